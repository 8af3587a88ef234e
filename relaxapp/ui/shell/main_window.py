"""The main window: its pages and the steps between them. What passes between pages lives
in relaxapp.flow, the library in LibraryWatcher, the pages' table in relaxapp.ui.shell.pages, the
menus in relaxapp.ui.shell.menus, the session files' actions in relaxapp.ui.shell.session_files."""

from __future__ import annotations

from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QWidget

from relaxapp import paths
from relaxapp.core.clock import monotonic_ms, wall_now
from relaxapp.storage.errors import DatabaseUnusable, StoreError
from relaxapp.ui.shell import pages as page_table
from relaxapp.ui.pages.home_page import HomePage
from relaxapp.ui.shell.library_watcher import LibraryWatcher
from relaxapp.ui.shell.menus import add_menu_titles, build_menus
from relaxapp.ui.shell.settings import Settings
from relaxapp.ui.widgets.common import fit_to_screen
from relaxapp.ui.shell.window_settings import Preferences

if TYPE_CHECKING:
    from relaxapp.core.records import AfterRating
    from relaxapp.flow import SessionFlow
    from relaxapp.ui.sound.cues import Cues
    from relaxapp.storage.log import Store


# While the log has not taken something (it was busy in another program, full, or not open),
# it is tried again this often; each try waits at most WINDOW_BUSY_TIMEOUT_MS for the log.
SAVE_AGAIN_MS = 5_000


class MainWindow(QMainWindow):
    # The log took something (a session's answers, practice logged by hand, what was kept
    # while it could not): the pages showing the log follow it.
    log_changed = Signal()

    def __init__(self, data_dir: Path, store: Store | None, settings: Settings,
                 clock: Callable[[], int] = monotonic_ms, paint_first: bool = False,
                 wall_clock: Callable[[], datetime] = wall_now):
        super().__init__()
        self.data_dir = data_dir
        self.wall_clock = wall_clock  # the local time of day, for the home page
        self.store = store
        self.settings = settings
        self.clock = clock  # the session's monotonic clock (a fake one in tests)
        self._told: set[str] = set()
        self.setWindowTitle("RelaxApp")
        self.setMinimumSize(640, 520)
        fit_to_screen(self, 1280, 800)

        self.reminders = None  # a ReminderService, once start_reminders() has run
        self.welcome = None  # the first-run welcome, while it shows (relaxapp.ui.shell.onboarding)
        self.menu_actions = None  # the menu items that show a setting, once filled
        self._log_unusable = False  # the person chose to go on without an unusable log
        self.save_again = QTimer(self)  # see SAVE_AGAIN_MS
        self.save_again.setInterval(SAVE_AGAIN_MS)
        self.save_again.timeout.connect(self.try_saving_again)
        self._quitting = False
        # Each page is made in its place in the window: a page moved there would be styled
        # twice (the first paint waited 3 to 5 ms for it).
        self.pages = QStackedWidget()
        self.setCentralWidget(self.pages)
        self.home_page = HomePage(self.pages)
        self.pages.addWidget(self.home_page)
        self._about_return = self._start_return = self.home_page
        self._built: dict[str, QWidget] = {}  # the pages of page_table, once built
        self.library_watcher = LibraryWatcher(data_dir, self)
        self.library_watcher.changed.connect(self._library_changed)
        self.log_changed.connect(self._log_changed)
        self.preferences = Preferences(self)
        page_table.wire_home(self, self.home_page)
        self.menus = add_menu_titles(self)
        self.home_page.show_heading(self.wall_clock())
        self.show_page(self.home_page)
        if not paint_first:
            self.finish(store)

    def finish(self, store: Store | None, problem: StoreError | None = None) -> None:
        """What the first window paints without: the menus' items, the log, and the home
        page's day. At a start, it comes just after the first paint (relaxapp.ui.shell.app)."""
        self.menu_actions = build_menus(self)
        self.attach_store(store, problem)

    def attach_store(self, store: Store | None, problem: StoreError | None = None) -> None:
        """The log, once open; the home page then shows the day, from the log and the library
        (read now if not yet). At a start, the window paints first (see relaxapp.ui.shell.app).
        Without it (``problem`` says why), practice goes on, is kept, and is saved when the
        log can be opened: it is tried again in the background."""
        self.store = store
        if "flow" in self.__dict__:  # made
            self.flow.store = store
        if store is None:
            self._log_unusable = isinstance(problem, DatabaseUnusable)
            if self._log_unusable:
                self.notify("Your practice is not being saved: the log could not be used.")
            else:
                self.notify("Not saved yet: " + (problem.message if problem is not None
                                                 else "the log could not be opened") +
                            ". RelaxApp keeps trying; what you practise is kept meanwhile.")
            self._keep_trying()
        self.refresh_home()

    library = property(lambda self: self.library_watcher.library)
    practice = property(lambda self: self.flow.practice)

    # -------------------------------------------------------------- pages

    def open_sessions_folder(self) -> None:
        self.notify(self.library_watcher.open_folder())

    def page(self, name: str) -> QWidget:
        """The page of that name (relaxapp.ui.shell.pages), built on first use."""
        if (page := self._built.get(name)) is None:
            page = self._built[name] = page_table.build(self, name)
            self.pages.addWidget(page)
        return page

    def built(self, name: str) -> QWidget | None:
        """The page of that name if it has been built, without building it."""
        return self._built.get(name)

    library_page = property(lambda self: self.page("library"))
    start_page = property(lambda self: self.page("start"))
    player = property(lambda self: self.page("player"))
    after_page = property(lambda self: self.page("after"))
    about_page = property(lambda self: self.page("about"))
    history_page = property(lambda self: self.page("history"))
    editor_page = property(lambda self: self.page("editor"))

    @cached_property
    def flow(self) -> SessionFlow:
        """A session from its start screen to the log, made when first needed."""
        from relaxapp.flow import SessionFlow

        return SessionFlow(self.clock, self.store, on_store_error=self._store_error)

    @cached_property
    def cues(self) -> Cues:
        """The chimes and the voice, made when first needed (a start page, the settings):
        painting the first window needs neither."""
        from relaxapp.ui.sound.cues import Cues
        from relaxapp.ui.shell.window_settings import apply_cue_settings

        cues = Cues(paths.speech_cache_dir(self.data_dir), parent=self)
        cues.notice.connect(self.notify)
        apply_cue_settings(cues, self.settings)
        return cues

    @cached_property
    def session_files(self):
        from relaxapp.ui.shell.session_files import SessionFiles

        return SessionFiles(self)

    def leave_start(self) -> None:
        self.show_page(self._start_return)

    def leave_about(self) -> None:
        self.show_page(self._about_return)

    def show_page(self, page) -> None:
        self.pages.setCurrentWidget(page)
        page.setFocus()

    def may_leave(self) -> bool:
        """Before going elsewhere by a shortcut, a second start, a quick action or a
        reminder: the page's work is kept, not thrown away. The after page's answers are
        saved (or kept, if the log refuses them); the editor asks about unsaved changes."""
        current = self.pages.currentWidget()
        if current is self.built("after"):
            self.save_rating(self.after_page.answers())
        elif current is self.built("editor"):
            return self.editor_page.may_close()
        return True

    def in_session(self) -> bool:
        return self.pages.currentWidget() is self.built("player") and self.flow.running

    def show_home(self) -> None:
        # the player is left only by stopping or finishing
        if not self.in_session() and self.may_leave():
            self.refresh_home()
            self.show_page(self.home_page)

    def show_library(self) -> None:
        if not self.in_session() and self.may_leave():
            self.show_page(self.library_page)

    def _library_changed(self, library) -> None:
        if "library" in self._built:
            self.library_page.show_library(library)
        self.refresh_home()

    def _log_changed(self) -> None:
        self.refresh_home()
        if self.pages.currentWidget() is self._built.get("history"):
            self.history_page.refresh()  # a hidden history reads the log when next shown

    def refresh_home(self) -> None:
        """Today's suggestion and figures, from the library, the log and the settings."""
        from relaxapp.views.today import NOT_OPEN, read_today

        failure = None
        try:
            figures = read_today(self.store)
        except StoreError as error:  # the figures wait; practice does not
            figures, failure = NOT_OPEN, error
        self.home_page.refresh(self.library, figures, self.settings.reminders,
                               self.wall_clock(), self.settings.safety_read)
        if failure is not None:
            self._store_error(failure)
        unsaved = "flow" in self.__dict__ and self.flow.unsaved is not None
        self.home_page.unsaved_notice.say(
            "Your last session is not saved yet: the log did not take it. It is kept while "
            "RelaxApp is open." if unsaved else None)

    def show_history(self) -> None:
        if self.in_session() or not self.may_leave():
            return
        self.reopen_log()  # it may be free now
        if self.store is None:
            self.notify("The history needs the log, which could not be opened.")
            return
        page = self.history_page
        page.store = self.store
        page.refresh()
        self.show_page(page)

    def show_about(self) -> None:
        if self.in_session() or not self.may_leave():
            return
        if self.pages.currentWidget() is not self._built.get("about"):
            self._about_return = self.pages.currentWidget()
        self.about_page.show_sessions(self.library.sessions)
        self.show_page(self.about_page)

    # ----------------------------------------------------------- sessions

    def open_start(self, session_id: str) -> bool:
        session = self.library.get(session_id)
        if session is None:
            self.notify(f"There is no session with the id “{session_id}”.")
            self.show_home()
            return False
        if self.in_session():
            self.notify(f"Stop this session first (Esc) to open “{session.script.title}”.")
            return False
        if not self.may_leave():
            return False
        current = self.pages.currentWidget()
        if current in (self.home_page, self._built.get("library")):
            self._start_return = current
        self.flow.choose(session)
        self.start_page.show_session(session, self.settings.pace_stretch,
                                     self.settings.resonance_bpm or None)
        self.cues.prepare_session(session.script, self.settings.count_in)
        self.show_page(self.start_page)  # its focus goes to Start
        return True

    def begin_session(self, tension_before: int | None, stretch: float, holds: float) -> None:
        if (practice := self.flow.start(tension_before, stretch, holds)) is None:
            return
        self.show_page(self.player)
        self.player.begin(practice, tension_before, self.settings.reduced_motion,
                          count_in_ms=3_000 if self.settings.count_in else 0)
        self.player.set_eyes_closed(self.settings.eyes_closed)
        self.cues.start_background(self.settings.background)

    def session_finished(self, status: str) -> None:
        self.cues.stop_background()
        self.after_page.prepare(self.flow.after(status))
        if self.flow.unsaved is not None:  # the log did not take the session as it ran
            self.after_page.show_save_problem(
                "Not saved yet: the log could not record this session as it ran. Your answers "
                "are kept while RelaxApp is open; it tries again by itself, and so does Save.")
            self._keep_trying()
        self.show_page(self.after_page)

    def save_rating(self, rating: AfterRating) -> bool:
        """The after-page's answers so far, saved as they are given. When the log does not
        take them, the page says so and the flow keeps them (see ``save_unsaved``)."""
        self.reopen_log()
        try:
            said = self.flow.save_after(rating)
        except (StoreError, ValueError) as error:
            message = getattr(error, "message", str(error))
            self.after_page.show_save_problem(
                f"Not saved: {message}. Your answers are kept while RelaxApp is open: "
                "it tries again by itself, Enter tries now, and Today offers it too.")
            self.notify(f"Not saved: {message}")
            self._keep_trying()
            return False
        self.after_page.show_save_problem(None)
        self.notify(said)
        return True

    def save_unsaved(self) -> None:
        """Today's "Save now": the answers (and session) the log refused, tried again."""
        self.reopen_log()
        if self.flow.unsaved is not None:
            try:
                self.notify(self.flow.save_unsaved())
            except (StoreError, ValueError) as error:
                self.notify(f"Still not saved: {getattr(error, 'message', str(error))}")
        self.log_changed.emit()

    def safety_read(self) -> None:
        """Today's red-flag advice has been read: it goes until another is logged."""
        self.settings.safety_read = self.home_page.safety_uid
        self.home_page.show_safety_notice(None)
        self.home_page.setFocus()

    def reopen_log(self) -> None:
        """The log, opened again if it could not be at the start (it may be free now)."""
        if self.store is not None:
            return
        from relaxapp.storage.database import WINDOW_BUSY_TIMEOUT_MS
        from relaxapp.storage.log import open_store

        try:
            store = open_store(self.data_dir, busy_timeout_ms=WINDOW_BUSY_TIMEOUT_MS)
        except DatabaseUnusable:
            self._log_unusable = True  # no use trying again by itself: the person decides
            return
        except StoreError:
            return
        self._log_unusable = False
        self.attach_store(store)

    def _waiting_to_save(self) -> bool:
        """Whether something is kept that the log has not taken: the log itself (not open,
        though it may open later), a running session's row, or a session and its answers."""
        if self.store is None:
            return not self._log_unusable
        if "flow" not in self.__dict__:
            return False
        return self.flow.running_unrecorded is not None or self.flow.unsaved is not None

    def _keep_trying(self) -> None:
        if self._waiting_to_save() and not self.save_again.isActive():
            self.save_again.start()

    def try_saving_again(self) -> None:
        """What the log has not taken, tried again in the background (every SAVE_AGAIN_MS,
        waiting at most WINDOW_BUSY_TIMEOUT_MS each time): the log opened if it was not, a
        running session's row, a session and its answers. Only success is said."""
        self.reopen_log()
        if self.store is not None and "flow" in self.__dict__:
            if (practice := self.flow.running_unrecorded) is not None:
                try:
                    practice.record_late(self.store)  # its progress follows as it runs
                except StoreError:
                    pass
            if self.flow.unsaved is not None:
                try:
                    said = self.flow.save_unsaved()
                except (StoreError, ValueError):
                    pass
                else:
                    self.notify(said)
                    if "after" in self._built:
                        self.after_page.show_save_problem(None)
                    self.log_changed.emit()
        if not self._waiting_to_save():
            self.save_again.stop()

    def save_after(self, rating: AfterRating) -> None:
        if self.save_rating(rating):
            self.log_changed.emit()
            self.show_page(self.home_page)

    def make_report(self, range_name: str = "3 months") -> None:
        from relaxapp.ui.dialogs.report_dialog import make_report

        if not self.in_session():
            make_report(self, range_name)

    def log_practice(self) -> None:
        from relaxapp.ui.dialogs.log_dialog import log_elsewhere

        if log_elsewhere(self):  # the new entry shows at once
            self.log_changed.emit()

    # ------------------------------------------------------------- other

    def notify(self, message: str) -> None:
        self.statusBar().showMessage(message, 10_000)

    def _store_error(self, error: Exception) -> None:
        self._keep_trying()
        message = getattr(error, "message", str(error))
        key = type(error).__name__ + message[:40]
        if key not in self._told:  # say it once, not every 10 s
            self._told.add(key)
            self.notify(f"Not saved: {message}")

    def bring_forward(self, start_id: str | None = None) -> None:
        """Show the window in front (a reminder, a second start, the tray); open a session."""
        self.showNormal()
        self.raise_()
        self.activateWindow()
        if start_id:
            self.open_start(start_id)

    def quit_app(self) -> None:
        self._quitting = True
        self.close()
        if self.reminders is not None:
            self.reminders.stop()
        QApplication.instance().quit()

    def _close_ends_reminders(self) -> bool:
        """Without a tray, reminders come only while the window is open: say so on closing,
        and offer to keep it open, minimised. True to close."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Question, "Closing ends your reminders",
                          "Reminders come only while RelaxApp is open. Keep it open, "
                          "minimised, so they still come?", parent=self)
        keep = box.addButton("Keep open, minimised", QMessageBox.ButtonRole.AcceptRole)
        box.addButton("Close, no reminders", QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is not keep

    def closeEvent(self, event) -> None:  # noqa: N802
        reminders = self.reminders
        if not self._quitting and reminders is not None and reminders.running and \
                reminders.schedule.reminders and not reminders.keeps_running and \
                not self._close_ends_reminders():
            event.ignore()  # kept open, minimised, so its reminders still come
            self.showMinimized()
            return
        if self.pages.currentWidget() is self.built("after"):  # its answers are kept
            self.save_rating(self.after_page.answers())
        if "flow" in self.__dict__ and self.flow.running:
            self.player.stop()  # closing is stopping: what was done is kept
        if "player" in self._built:
            self.player.end()
        if not self._quitting and self.reminders is not None and self.reminders.keeps_running:
            self.hide()  # reminders go on from the tray; "Quit RelaxApp" there ends the app
            self.reminders.tray.showMessage("RelaxApp is still here",
                                            "Your reminders will come. Quit from this icon's menu.")
            event.ignore()
            return
        if "cues" in self.__dict__:  # made
            self.cues.narrator.shutdown()
            self.cues.output.shutdown()  # the audio thread ends before the window does
        super().closeEvent(event)
