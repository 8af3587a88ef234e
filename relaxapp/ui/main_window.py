"""The main window: library, start screen, player, after-session rating, about."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QFileSystemWatcher, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QWidget

from relaxapp import paths, resources
from relaxapp.core.clock import monotonic_ms
from relaxapp.core.library import Library, load_library, script_files
from relaxapp.storage.errors import StoreError
from relaxapp.ui import theme
from relaxapp.ui.cues import Cues
from relaxapp.ui.library_page import LibraryPage
from relaxapp.ui.settings import BACKGROUNDS, THEMES, Settings

if TYPE_CHECKING:
    from relaxapp.practice import Practice
    from relaxapp.storage.log import Store
    from relaxapp.ui.about_page import AboutPage
    from relaxapp.ui.after_page import AfterPage
    from relaxapp.ui.player_page import PlayerPage
    from relaxapp.ui.start_page import StartPage

RELOAD_DELAY_MS = 300  # editors write files in bursts


class MainWindow(QMainWindow):
    def __init__(self, data_dir: Path, store: Store | None, settings: Settings,
                 clock: Callable[[], int] = monotonic_ms, store_pending: bool = False):
        super().__init__()
        self.data_dir = data_dir
        self.store = store
        self.settings = settings
        self.clock = clock
        self.library = Library()
        self.practice: Practice | None = None
        self._tension_before: int | None = None
        self._told: set[str] = set()
        self.setWindowTitle("RelaxApp")
        self.resize(1280, 800)
        self.setMinimumSize(640, 520)

        self.cues = Cues(paths.speech_cache_dir(data_dir), parent=self)
        self.cues.notice.connect(self.notify)
        self._apply_cue_settings()
        self.reminders = None  # a ReminderService, once start_reminders() has run
        self._quitting = False
        self.pages = QStackedWidget()
        self.library_page = LibraryPage(self.pages)  # made in place: moving it would re-style it
        self.pages.addWidget(self.library_page)
        self.setCentralWidget(self.pages)
        self._about_return = self.library_page
        self._lazy: dict[str, QWidget] = {}
        self.library_page.session_chosen.connect(self.open_start)
        self.library_page.open_folder.connect(self.open_sessions_folder)
        self.library_page.log_practice.connect(self.log_practice)
        self.library_page.show_about.connect(self.show_about)
        self.library_page.show_history.connect(self.show_history)
        self._build_menus()

        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._schedule_reload)
        self._watcher.fileChanged.connect(self._schedule_reload)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(self.reload_library)
        self.reload_library()
        self.show_library()
        if not store_pending:
            self.attach_store(store)

    def attach_store(self, store: Store | None) -> None:
        """The log, once open (the window paints first; see relaxapp.ui.app)."""
        self.store = store
        if store is None:
            self.notify("Your practice is not being saved: the log could not be opened.")

    # -------------------------------------------------------------- pages
    # Built, and their modules imported, on first use: only the library is needed to
    # paint the first window, and start-up time is what a person waits through.

    def _page(self, name: str, build) -> QWidget:
        page = self._lazy.get(name)
        if page is None:
            page = self._lazy[name] = build()
            self.pages.addWidget(page)
        return page

    @property
    def start_page(self) -> StartPage:
        def build():
            from relaxapp.ui.start_page import StartPage

            page = StartPage()
            page.back.connect(self.show_library)
            page.start.connect(self.start_session)
            return page
        return self._page("start", build)

    @property
    def player(self) -> PlayerPage:
        def build():
            from relaxapp.ui.player_page import PlayerPage

            page = PlayerPage(self.cues)
            page.finished.connect(self.session_finished)
            page.eyes_closed_changed.connect(self.eyes_closed_action.setChecked)
            return page
        return self._page("player", build)

    @property
    def after_page(self) -> AfterPage:
        def build():
            from relaxapp.ui.after_page import AfterPage

            page = AfterPage()
            page.saved.connect(self.save_after)
            page.show_about.connect(self.show_about)
            page.pace_chosen.connect(self._keep_resonance_pace)
            return page
        return self._page("after", build)

    @property
    def about_page(self) -> AboutPage:
        def build():
            from relaxapp.ui.about_page import AboutPage

            page = AboutPage()
            page.back.connect(lambda: self._show(self._about_return))
            return page
        return self._page("about", build)

    @property
    def history_page(self):
        def build():
            # pyqtgraph and numpy load here, the first time the history opens
            from relaxapp.ui.history_page import HistoryPage

            page = HistoryPage(self.store)
            page.back.connect(self.show_library)
            page.show_about.connect(self.show_about)
            return page
        return self._page("history", build)

    def show_history(self) -> None:
        if self._in_session():
            return
        if self.store is None:
            self.notify("The history needs the log, which could not be opened.")
            return
        page = self.history_page
        page.store = self.store
        page.refresh()
        self._show(page)

    def _in_session(self) -> bool:
        return "player" in self._lazy and self.pages.currentWidget() is self.player \
            and self.practice is not None and not self.practice.ended

    # -------------------------------------------------------------- menus

    def _build_menus(self) -> None:
        session = self.menuBar().addMenu("&Session")
        self._action(session, "&Log practice done elsewhere…", self.log_practice, "Ctrl+L")
        self._action(session, "Open my sessions &folder", self.open_sessions_folder)
        self._action(session, "&Library", self.show_library, "Ctrl+1")
        self._action(session, "&History", self.show_history, "Ctrl+H")
        self._action(session, "&Settings…", self.open_settings, "Ctrl+,")
        session.addSeparator()
        self._action(session, "&Quit", self.quit_app, QKeySequence.StandardKey.Quit)

        sound = self.menuBar().addMenu("S&ound")
        self.sound_action = self._toggle(sound, "Sound &cues", self.settings.sound, self._set_sound)
        self.voice_action = self._toggle(sound, "Spoken &guidance", self.settings.voice,
                                         self._set_voice)
        backgrounds = QActionGroup(self)
        background_menu = sound.addMenu("&Background sound")
        self.background_actions: dict[str, QAction] = {}
        for name, text in BACKGROUNDS:
            action = background_menu.addAction("&" + text)
            action.setCheckable(True)
            action.setChecked(name == self.settings.background)
            action.triggered.connect(lambda _=False, n=name: self.set_background(n))
            backgrounds.addAction(action)
            self.background_actions[name] = action

        view = self.menuBar().addMenu("&View")
        self.motion_action = self._toggle(view, "&Reduced motion", self.settings.reduced_motion,
                                          self._set_reduced_motion)
        self.eyes_closed_action = self._toggle(view, "&Eyes-closed mode (E in a session)",
                                               self.settings.eyes_closed, self._set_eyes_closed)
        themes = QActionGroup(self)
        theme_menu = view.addMenu("&Theme")
        self.theme_actions: dict[str, QAction] = {}
        for name in THEMES:
            action = theme_menu.addAction(name.capitalize())
            action.setCheckable(True)
            action.setChecked(name == self.settings.theme)
            action.triggered.connect(lambda _=False, n=name: self.set_theme(n))
            themes.addAction(action)
            self.theme_actions[name] = action

        help_menu = self.menuBar().addMenu("&Help")
        self._action(help_menu, "&About these exercises", self.show_about, "F1")

    def _action(self, menu, text, slot, shortcut=None) -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(slot)
        # setShortcuts, not setShortcut: the latter's overloads make PySide build all of
        # Qt's namespace enums, a cost the first paint need not wait for.
        if isinstance(shortcut, str):
            action.setShortcuts([QKeySequence(shortcut)])
        elif shortcut is not None:
            action.setShortcuts(shortcut)  # a standard key: every binding the platform has
        return action

    def _toggle(self, menu, text, checked, slot) -> QAction:
        action = menu.addAction(text)
        action.setCheckable(True)
        action.setChecked(checked)
        action.toggled.connect(slot)
        return action

    def set_background(self, name: str) -> None:
        self.settings.background = name
        self.background_actions[self.settings.background].setChecked(True)
        if self._in_session():
            self.cues.start_background(self.settings.background)

    def _set_sound(self, on: bool) -> None:
        self.settings.sound = self.cues.sound_enabled = on

    def _set_voice(self, on: bool) -> None:
        self.settings.voice = self.cues.voice_enabled = on
        if not on:
            self.cues.stop()

    def _set_eyes_closed(self, on: bool) -> None:
        self.settings.eyes_closed = on
        if "player" in self._lazy:
            self.player.set_eyes_closed(on)

    def _set_reduced_motion(self, on: bool) -> None:
        self.settings.reduced_motion = on
        if "player" in self._lazy:
            self.player.shape.reduced_motion = on
            self.player.shape.update()

    def set_theme(self, name: str) -> None:
        self.settings.theme = name
        self.theme_actions[name].setChecked(True)  # the menu agrees, wherever it was chosen
        theme.apply(QApplication.instance(), name)
        if "history" in self._lazy:
            self.history_page.apply_theme()
        self.update()

    # ------------------------------------------------------------ library

    def user_sessions_dir(self) -> Path:
        return paths.user_sessions_dir(self.data_dir)

    def reload_library(self) -> None:
        folder = self.user_sessions_dir()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            pass  # a read-only place: show what is there
        self.library = load_library(resources.sessions_dir(), folder)
        self.library_page.show_library(self.library)
        watched = self._watcher.directories() + self._watcher.files()
        if watched:
            self._watcher.removePaths(watched)
        # The folder and each file in it, broken ones too (fixed in place, they come back).
        # Not the data folder while the sessions folder exists: the log writes its journal
        # there, and every save would reload the library mid-session.
        try:
            wanted = [str(folder)] + [str(path) for path in script_files(folder)]
        except OSError:  # no sessions folder (yet): notice when one is made
            wanted = [str(self.data_dir)] if self.data_dir.is_dir() else []
        if wanted:
            self._watcher.addPaths(wanted)

    def _schedule_reload(self, _path: str = "") -> None:
        self._reload_timer.start()

    def open_sessions_folder(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        folder = self.user_sessions_dir()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # ------------------------------------------------------------- pages

    def _show(self, page) -> None:
        self.pages.setCurrentWidget(page)
        page.setFocus()

    def show_library(self) -> None:
        if self._in_session():
            return  # the player is left only by stopping or finishing
        self._show(self.library_page)

    def show_about(self) -> None:
        if self._in_session():
            return
        if self.pages.currentWidget() is not self._lazy.get("about"):
            self._about_return = self.pages.currentWidget()
        self.about_page.show_sessions(self.library.sessions)
        self._show(self.about_page)

    def open_start(self, session_id: str) -> bool:
        session = self.library.get(session_id)
        if session is None:
            self.notify(f"There is no session with the id “{session_id}”.")
            self.show_library()
            return False
        if self._in_session():
            self.notify(f"Stop this session first (Esc) to open “{session.script.title}”.")
            return False
        self.start_page.show_session(session, self.settings.pace_percent / 100,
                                     self.settings.resonance_bpm or None)
        self._prepare_voice(session.script)
        self._show(self.start_page)  # its focus goes to Start
        return True

    # ----------------------------------------------------------- sessions

    def start_session(self, tension_before: int | None, scale: float, holds: float) -> None:
        from relaxapp.practice import Practice

        session = self.start_page.session
        if session is None:
            return
        self._tension_before = tension_before
        self.practice = Practice(session.script, self.clock, self.store,
                                 on_store_error=self._store_error, scale=scale, holds=holds)
        self._show(self.player)
        self.player.begin(self.practice, tension_before, self.settings.reduced_motion,
                          count_in_ms=3_000 if self.settings.count_in else 0)
        self.player.set_eyes_closed(self.settings.eyes_closed)
        self.cues.start_background(self.settings.background)

    def session_finished(self, status: str) -> None:
        self.cues.stop_background()
        practice = self.practice
        script = practice.script
        paces = ()
        if script.choose_pace:  # the paces the session compared, as written
            paces = tuple(dict.fromkeys(round(step.breaths_per_minute, 2)
                                        for step in script.breathing_steps))
        self.after_page.prepare(script.title, status, self._tension_before,
                                practice.practiced_seconds / 60, paces)
        self._show(self.after_page)

    def save_after(self, values: dict) -> None:
        practice = self.practice
        if practice is not None and practice.uid is not None and self.store is not None:
            try:
                self.store.rate_after(practice.uid, **values)
            except (StoreError, ValueError) as error:
                self._store_error(error)
                return
        before, after = self._tension_before, values["tension_after"]
        summary = "Saved."
        if before is not None and after is not None:
            summary = f"Saved. Tension {before} → {after}."
        self.notify(summary)
        self._show(self.library_page)

    def _prepare_voice(self, script) -> None:
        """Render the session's words while its start screen shows: once the session runs,
        each line is only played."""
        from relaxapp.core import guidance
        from relaxapp.core.timeline import Timeline

        count = list(guidance.COUNT_IN) if self.settings.count_in else []
        self.cues.prepare(count + guidance.texts(Timeline(script)))

    def _keep_resonance_pace(self, bpm: float) -> None:
        self.settings.resonance_bpm = bpm

    def log_practice(self) -> None:
        if self.store is None:
            self.notify("Practice cannot be logged: the log could not be opened.")
            return
        from relaxapp.ui.log_dialog import LogDialog

        dialog = LogDialog(self)
        while dialog.exec():
            try:
                record = self.store.log_practice(**dialog.values())
            except ValueError as error:
                dialog.show_error(str(error).capitalize() + ".")
                continue
            except StoreError as error:
                dialog.show_error(error.message.capitalize() + ".")
                continue
            self.notify(f"Saved: {record.title}, {record.practiced_seconds // 60} min.")
            break

    # ----------------------------------------------- settings and reminders

    def _apply_cue_settings(self) -> None:
        self.cues.sound_enabled = self.settings.sound
        self.cues.voice_enabled = self.settings.voice
        self.cues.volume = self.settings.volume / 100
        self.cues.mixer.gains["voice"] = self.settings.voice_volume / 100
        self.cues.mixer.gains["background"] = self.settings.background_volume / 100
        self.cues.configure_voice(self.settings.voice_name, self.settings.voice_rate)

    def open_settings(self) -> None:
        from relaxapp.ui.settings_dialog import SettingsDialog

        sessions = [(s.id, s.script.title) for s in
                    sorted(self.library.sessions, key=lambda s: s.script.title)]
        dialog = SettingsDialog(self.settings, self.data_dir, sessions, self)
        dialog.test_sound.connect(self.test_sound)
        dialog.backup_requested.connect(lambda: dialog.backup_result.setText(self.back_up()))
        if dialog.exec():
            dialog.save()
        self.apply_settings()  # a test may have changed the sound, and Cancel undone it

    def test_sound(self) -> None:
        """A chime, then a line in the chosen voice (rendered first, if it is new)."""
        from relaxapp.core.guidance import TEST_LINE

        self._apply_cue_settings()
        self.cues.play("inhale")
        if not self.settings.voice:
            self.notify("Spoken guidance is off; the chime is the sound cue.")
            return
        if not self.cues.narrator.is_ready(TEST_LINE):
            self.notify("Preparing the voice…")
        self.cues.say_soon(TEST_LINE)  # at once if rendered, else as soon as it is

    def apply_settings(self) -> None:
        """Make the window follow the settings (after the settings dialog)."""
        self._apply_cue_settings()
        self.sound_action.setChecked(self.settings.sound)
        self.voice_action.setChecked(self.settings.voice)
        self.motion_action.setChecked(self.settings.reduced_motion)
        self.set_theme(self.settings.theme)
        if self.reminders is not None:
            self.reminders.set_reminders(self.settings.reminders)

    def back_up(self) -> str:
        """A consistent copy of the log beside it, named with the date; says where."""
        if self.store is None:
            return "There is no log to back up."
        try:
            path = self.store.connection.backup("backup")
        except StoreError as error:
            return f"Not backed up: {error.message}."
        return f"Backed up to {path}."

    def start_reminders(self, now=None, use_tray: bool | None = None) -> None:
        from relaxapp.ui.reminder_service import ReminderService
        from relaxapp.storage.log import now_local

        def title(session_id: str) -> str:
            session = self.library.get(session_id)
            return session.script.title if session is not None else session_id

        self.reminders = ReminderService(self.settings.reminders, title, now or now_local,
                                         use_tray, self)
        self.reminders.start_session.connect(lambda sid: self.bring_forward(sid))
        self.reminders.show_window.connect(lambda: self.bring_forward())
        self.reminders.quit_requested.connect(self.quit_app)
        if self.reminders.tray is not None:
            QApplication.instance().setQuitOnLastWindowClosed(False)

    def bring_forward(self, start_id: str | None = None) -> None:
        """Show the window in front (a reminder, a second start, the tray); open a session."""
        self.showNormal()
        self.raise_()
        self.activateWindow()
        if start_id:
            self.open_start(start_id)

    def handle_message(self, message: dict) -> None:
        """From a second start of the app: show this window, and its --start if given."""
        start = message.get("start")
        self.bring_forward(start if isinstance(start, str) else None)

    def maybe_welcome(self) -> None:
        """The first-run welcome, once; it does not block the window behind it."""
        if self.settings.onboarded:
            return
        from relaxapp.ui.onboarding import WelcomeDialog

        self.welcome = WelcomeDialog(self)
        self.welcome.finished.connect(lambda _result: self._welcome_done(self.welcome))
        self.welcome.open()

    def _welcome_done(self, dialog) -> None:
        from datetime import time

        from relaxapp.core.reminders import Reminder
        from relaxapp.ui.onboarding import FIRST_SESSION

        self.settings.onboarded = True
        if dialog.remind.isChecked():
            at = dialog.time.time()
            self.settings.reminders = self.settings.reminders + [
                Reminder(time(at.hour(), at.minute()), session_id=FIRST_SESSION)]
            if self.reminders is not None:
                self.reminders.set_reminders(self.settings.reminders)
        if dialog.try_first:
            self.open_start(FIRST_SESSION)

    def quit_app(self) -> None:
        self._quitting = True
        self.close()
        if self.reminders is not None:
            self.reminders.stop()
        QApplication.instance().quit()

    # -------------------------------------------------------------- other

    def notify(self, message: str) -> None:
        self.statusBar().showMessage(message, 10_000)

    def _store_error(self, error: Exception) -> None:
        message = getattr(error, "message", str(error))
        key = type(error).__name__ + message[:40]
        if key not in self._told:  # say it once, not every 10 s
            self._told.add(key)
            self.notify(f"Not saved: {message}")

    def closeEvent(self, event) -> None:  # noqa: N802
        if self.practice is not None and not self.practice.ended and self.practice.run.started:
            self.player.stop()  # closing is stopping: what was done is kept
        if "player" in self._lazy:
            self.player.end()
        if not self._quitting and self.reminders is not None and self.reminders.keeps_running:
            self.hide()  # reminders go on from the tray; "Quit RelaxApp" there ends the app
            self.reminders.tray.showMessage("RelaxApp is still here",
                                            "Your reminders will come. Quit from this icon's menu.")
            event.ignore()
            return
        self.cues.narrator.shutdown()
        self.cues.output.close()
        super().closeEvent(event)
