"""The main window: its pages and the wiring between them. What passes between pages lives
in relaxapp.flow, the library in LibraryWatcher, the menus in relaxapp.ui.menus."""

from __future__ import annotations

from datetime import datetime
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QWidget

from relaxapp import paths
from relaxapp.core.clock import monotonic_ms
from relaxapp.flow import SessionFlow
from relaxapp.storage.errors import StoreError
from relaxapp.ui.cues import Cues
from relaxapp.ui.home_page import HomePage
from relaxapp.ui.library_watcher import LibraryWatcher
from relaxapp.ui.menus import build_menus
from relaxapp.ui.settings import Settings
from relaxapp.ui.widgets import fit_to_screen
from relaxapp.ui.window_settings import Preferences

if TYPE_CHECKING:
    from relaxapp.core.records import AfterRating
    from relaxapp.storage.log import Store

# The pages after Today's, each built (and its module imported) on first use: only the home
# is needed to paint the first window, and start-up is what a person waits through.
# name: (module, class, what its constructor is given, the window's method that wires it)
PAGES = {
    "library": ("relaxapp.ui.library_page", "LibraryPage", lambda w: (), "_wire_library"),
    "start": ("relaxapp.ui.start_page", "StartPage", lambda w: (), "_wire_start"),
    "player": ("relaxapp.ui.player_page", "PlayerPage", lambda w: (w.cues,), "_wire_player"),
    "after": ("relaxapp.ui.after_page", "AfterPage", lambda w: (), "_wire_after"),
    "about": ("relaxapp.ui.about_page", "AboutPage", lambda w: (), "_wire_about"),
    "editor": ("relaxapp.ui.editor_page", "EditorPage", lambda w: (), "_wire_editor"),
    # pyqtgraph and numpy load here, the first time the history opens
    "history": ("relaxapp.ui.history_page", "HistoryPage", lambda w: (w.store,), "_wire_history"),
}


class MainWindow(QMainWindow):
    def __init__(self, data_dir: Path, store: Store | None, settings: Settings,
                 clock: Callable[[], int] = monotonic_ms, store_pending: bool = False,
                 wall_clock: Callable[[], datetime] = lambda: datetime.now().astimezone()):
        super().__init__()
        self.data_dir = data_dir
        self.wall_clock = wall_clock  # the local time of day, for the home page
        self.store = store
        self.settings = settings
        self.flow = SessionFlow(clock, store, on_store_error=self._store_error)
        self._told: set[str] = set()
        self.setWindowTitle("RelaxApp")
        self.setMinimumSize(640, 520)
        fit_to_screen(self, 1280, 800)

        self.cues = Cues(paths.speech_cache_dir(data_dir), parent=self)
        self.cues.notice.connect(self.notify)
        self.reminders = None  # a ReminderService, once start_reminders() has run
        self._quitting = False
        self.pages = QStackedWidget()
        self.home_page = HomePage(self.pages)  # made in place: moving it would re-style it
        self.pages.addWidget(self.home_page)
        self.setCentralWidget(self.pages)
        self._about_return = self._start_return = self.home_page
        self._lazy: dict[str, QWidget] = {}
        home = self.home_page
        home.start_session.connect(self.open_start)
        home.show_library.connect(self.show_library)
        home.show_history.connect(self.show_history)
        home.log_practice.connect(self.log_practice)
        home.show_about.connect(self.show_about)
        self.library_watcher = LibraryWatcher(data_dir, self)
        self.library_watcher.changed.connect(self._library_changed)
        self.preferences = Preferences(self)
        home.set_reminders.connect(self.preferences.open_dialog)
        build_menus(self)
        self.library_watcher.reload()  # which fills the home page (see _library_changed)
        self._show(self.home_page)
        if not store_pending:
            self.attach_store(store)

    def attach_store(self, store: Store | None) -> None:
        """The log, once open (the window paints first; see relaxapp.ui.app)."""
        self.store = self.flow.store = store
        if store is None:
            self.notify("Your practice is not being saved: the log could not be opened.")
        self.refresh_home()

    library = property(lambda self: self.library_watcher.library)
    practice = property(lambda self: self.flow.practice)

    # -------------------------------------------------------------- pages

    def open_sessions_folder(self) -> None:
        self.notify(self.library_watcher.open_folder())

    def page(self, name: str) -> QWidget:
        page = self._lazy.get(name)
        if page is None:
            module, cls, arguments, wire = PAGES[name]
            page = self._lazy[name] = getattr(import_module(module), cls)(*arguments(self))
            getattr(self, wire)(page)
            self.pages.addWidget(page)
        return page

    library_page = property(lambda self: self.page("library"))
    start_page = property(lambda self: self.page("start"))
    player = property(lambda self: self.page("player"))
    after_page = property(lambda self: self.page("after"))
    about_page = property(lambda self: self.page("about"))
    history_page = property(lambda self: self.page("history"))
    editor_page = property(lambda self: self.page("editor"))

    def _wire_library(self, page) -> None:
        page.back.connect(self.show_home)
        page.session_chosen.connect(self.open_start)
        page.open_folder.connect(self.open_sessions_folder)
        page.new_session.connect(lambda kind: self.edit_session(None, kind))
        page.files_dropped.connect(self.import_sessions)
        page.copy_to_edit.connect(self.edit_session)
        page.show_library(self.library)

    def _wire_start(self, page) -> None:
        page.back.connect(lambda: self._show(self._start_return))
        page.start.connect(self.start_session)
        page.edit.connect(lambda: self.edit_session(self.flow.session.id))
        page.export.connect(self._export_session)

    def _wire_player(self, page) -> None:
        page.finished.connect(self.session_finished)
        page.eyes_closed_changed.connect(self.eyes_closed_action.setChecked)

    def _wire_after(self, page) -> None:
        page.rated.connect(self.save_rating)
        page.saved.connect(self.save_after)
        page.show_about.connect(self.show_about)
        page.report_requested.connect(lambda rating: self.save_rating(rating) and self.make_report())
        page.pace_chosen.connect(lambda bpm: setattr(self.settings, "resonance_bpm", bpm))

    def _wire_editor(self, page) -> None:
        page.back.connect(lambda: self._show(self._editor_return))
        page.saved.connect(self._session_saved)
        page.deleted.connect(lambda title: (self.library_watcher.reload(), self.show_library(),
                                            self.notify(f"“{title}” was deleted.")))

    def edit_session(self, session_id: str | None, kind: str = "breathing") -> None:
        """The editor, on a session (the person's own, or a copy of a bundled one), or on
        a new one of ``kind`` ("breathing" or "relaxation")."""
        from relaxapp.ui.editor_page import open_in_editor

        if not self._in_session():
            self._editor_return = self.pages.currentWidget()
            open_in_editor(self.editor_page, self.library, self.library_watcher.folder,
                           session_id, kind)
            self._show(self.editor_page)

    def _export_session(self) -> None:
        from relaxapp.ui.session_files import ask_export

        if self.flow.session is not None and (said := ask_export(self, self.flow.session)):
            self.notify(said)

    def import_sessions(self, paths: list[str] | None = None) -> None:
        """Session files into the person's folder, each validated first (asked for when
        ``paths`` is not given)."""
        from relaxapp.ui.session_files import ask_import, import_files

        folder = self.library_watcher.folder
        said = import_files(paths, folder, self.library) if paths else \
            ask_import(self, folder, self.library)
        if said:
            self.library_watcher.reload()
            self.notify(said)

    def _session_saved(self, session_id: str) -> None:
        self.library_watcher.reload()
        self.notify(f"Saved in {self.library_watcher.folder}.")
        self.open_start(session_id)

    def _wire_about(self, page) -> None:
        page.back.connect(lambda: self._show(self._about_return))

    def _wire_history(self, page) -> None:
        page.back.connect(self.show_home)
        page.start_requested.connect(self.home_page.start_button.click)  # Today's suggestion
        page.show_about.connect(self.show_about)
        page.report_requested.connect(self.make_report)

    def _show(self, page) -> None:
        self.pages.setCurrentWidget(page)
        page.setFocus()

    def _in_session(self) -> bool:
        return "player" in self._lazy and self.pages.currentWidget() is self.player \
            and self.flow.running

    def show_home(self) -> None:
        if not self._in_session():  # the player is left only by stopping or finishing
            self.refresh_home()
            self._show(self.home_page)

    def show_library(self) -> None:
        if not self._in_session():
            self._show(self.library_page)

    def _library_changed(self, library) -> None:
        if "library" in self._lazy:
            self.library_page.show_library(library)
        self.refresh_home()

    def refresh_home(self) -> None:
        """Today's suggestion and figures, from the library, the log and the settings."""
        try:
            self.home_page.refresh(self.library, self.store, self.settings.reminders,
                                   self.wall_clock())
        except StoreError as error:  # the figures wait; practice does not
            self._store_error(error)

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

    def show_about(self) -> None:
        if self._in_session():
            return
        if self.pages.currentWidget() is not self._lazy.get("about"):
            self._about_return = self.pages.currentWidget()
        self.about_page.show_sessions(self.library.sessions)
        self._show(self.about_page)

    # ----------------------------------------------------------- sessions

    def open_start(self, session_id: str) -> bool:
        session = self.library.get(session_id)
        if session is None:
            self.notify(f"There is no session with the id “{session_id}”.")
            self.show_home()
            return False
        if self._in_session():
            self.notify(f"Stop this session first (Esc) to open “{session.script.title}”.")
            return False
        current = self.pages.currentWidget()
        if current in (self.home_page, self._lazy.get("library")):
            self._start_return = current
        self.flow.choose(session)
        self.start_page.show_session(session, self.settings.pace_stretch,
                                     self.settings.resonance_bpm or None)
        self.cues.prepare_session(session.script, self.settings.count_in)
        self._show(self.start_page)  # its focus goes to Start
        return True

    def start_session(self, tension_before: int | None, stretch: float, holds: float) -> None:
        if (practice := self.flow.start(tension_before, stretch, holds)) is None:
            return
        self._show(self.player)
        self.player.begin(practice, tension_before, self.settings.reduced_motion,
                          count_in_ms=3_000 if self.settings.count_in else 0)
        self.player.set_eyes_closed(self.settings.eyes_closed)
        self.cues.start_background(self.settings.background)

    def session_finished(self, status: str) -> None:
        self.cues.stop_background()
        self.after_page.prepare(self.flow.after(status))
        self._show(self.after_page)

    def save_rating(self, rating: AfterRating) -> bool:
        """The after-page's answers so far, saved as they are given."""
        try:
            self.notify(self.flow.save_after(rating))
        except (StoreError, ValueError) as error:
            self._store_error(error)
            return False
        return True

    def save_after(self, rating: AfterRating) -> None:
        if self.save_rating(rating):
            self.show_home()

    def make_report(self, range_name: str = "3 months") -> None:
        """The report to bring to a doctor or therapist (ui.report_dialog)."""
        from relaxapp.ui.report_dialog import ReportDialog

        if self._in_session():
            return
        if self.store is None:
            self.notify("The report needs the log, which could not be opened.")
            return
        dialog = ReportDialog(self.store, self.wall_clock().date(), range_name, self)
        dialog.saved.connect(self.notify)
        dialog.exec()

    def log_practice(self) -> None:
        from relaxapp.ui.log_dialog import log_elsewhere

        if log_elsewhere(self):  # the new entry shows at once
            if self.pages.currentWidget() is self._lazy.get("history"):
                self.history_page.refresh()
            self.refresh_home()

    # ------------------------------------------------------------- other

    def notify(self, message: str) -> None:
        self.statusBar().showMessage(message, 10_000)

    def _store_error(self, error: Exception) -> None:
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

    def handle_message(self, message: dict) -> None:
        """From a second start of the app: show this window, and its --start if given."""
        start = message.get("start")
        self.bring_forward(start if isinstance(start, str) else None)

    def quit_app(self) -> None:
        self._quitting = True
        self.close()
        if self.reminders is not None:
            self.reminders.stop()
        QApplication.instance().quit()

    def closeEvent(self, event) -> None:  # noqa: N802
        if self.flow.running:
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
