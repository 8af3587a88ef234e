"""The main window: its pages and the ways between them. Each of its other parts has a home
of its own: what passes between pages, relaxapp.flow; a session's steps, session_steps; the
log and what it has not taken, log_keeper; the library, library_watcher; the pages' table,
pages; the menus, menus; the session files' actions, session_files; closing, closing."""

from __future__ import annotations

from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtWidgets import QMainWindow

from relaxapp import paths
from relaxapp.core.clock import monotonic_ms, wall_now
from relaxapp.views import StoreError
from relaxapp.ui.shell import pages as page_table
from relaxapp.ui.shell.closing import Closing
from relaxapp.ui.pages.home_page import HomePage
from relaxapp.ui.shell.library_watcher import LibraryWatcher
from relaxapp.ui.shell.log_keeper import LogKeeper
from relaxapp.ui.shell.menus import add_menu_titles, build_menus
from relaxapp.ui.shell.session_steps import SessionSteps
from relaxapp.ui.shell.settings import Settings
from relaxapp.ui.shell.today_keeper import TodayKeeper
from relaxapp.ui.widgets.common import fit_to_screen
from relaxapp.ui.shell.window_settings import Preferences
from relaxapp.core.language import tr

if TYPE_CHECKING:
    from relaxapp.flow import SessionFlow
    from relaxapp.ui.sound.cues import Cues
    from relaxapp.storage.log import Store


class MainWindow(QMainWindow):
    def __init__(self, data_dir: Path, store: Store | None, settings: Settings,
                 clock: Callable[[], int] = monotonic_ms, paint_first: bool = False,
                 wall_clock: Callable[[], datetime] = wall_now):
        super().__init__()
        self.data_dir = data_dir
        self.wall_clock = wall_clock  # the local time of day, for the home page
        self.settings = settings
        self.clock = clock  # the session's monotonic clock (a fake one in tests)
        self.setWindowTitle(tr("RelaxApp"))
        self.setMinimumSize(640, 520)
        fit_to_screen(self, 1280, 800)

        self.reminders = None  # a ReminderService, once start_reminders() has run
        self.welcome = None  # the first-run welcome, while it shows (relaxapp.ui.shell.onboarding)
        self.menu_actions = None  # the menu items that show a setting, once filled
        self.log = LogKeeper(data_dir, store, self.notify, self)
        self.closing = Closing(self)
        self.pages = page_table.PageStack(self)
        self.setCentralWidget(self.pages)
        self.home_page = HomePage(self.pages)
        self.pages.addWidget(self.home_page)
        self._about_return = self.home_page
        self.library_watcher = LibraryWatcher(data_dir, self)
        self.steps = SessionSteps(self)
        self.today = TodayKeeper(self)
        # Today follows the library, the log and what the log took; so does each page that
        # shows them, once built (relaxapp.ui.shell.pages).
        self.library_watcher.changed.connect(lambda _library: self.today.refresh())
        self.log.attached.connect(self.today.refresh)
        self.log.changed.connect(self.today.refresh)
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
        """The log, once open (see LogKeeper.attach); Today then shows the day. At a start,
        the window paints first (see relaxapp.ui.shell.app)."""
        self.log.attach(store, problem)

    store = property(lambda self: self.log.store)
    library = property(lambda self: self.library_watcher.library)

    # -------------------------------------------------------------- pages

    def open_sessions_folder(self) -> None:
        self.notify(self.library_watcher.open_folder())

    library_page = property(lambda self: self.pages.page("library"))
    start_page = property(lambda self: self.pages.page("start"))
    player = property(lambda self: self.pages.page("player"))
    after_page = property(lambda self: self.pages.page("after"))
    about_page = property(lambda self: self.pages.page("about"))
    history_page = property(lambda self: self.pages.page("history"))
    editor_page = property(lambda self: self.pages.page("editor"))

    def made(self, part: str) -> bool:
        """Whether a part made on first need ("flow", "cues") has been made."""
        return part in self.__dict__

    @cached_property
    def flow(self) -> SessionFlow:
        """A session from its start screen to the log, made when first needed."""
        from relaxapp.flow import SessionFlow

        flow = self.log.flow = SessionFlow(self.clock, self.store,
                                           on_store_error=self.log.store_error)
        return flow

    @cached_property
    def cues(self) -> Cues:
        """The chimes and the voice, made when first needed (a start page, the settings):
        painting the first window needs neither."""
        from relaxapp.ui.sound.cues import Cues
        from relaxapp.ui.shell.window_settings import apply_cue_settings

        cues = Cues(paths.speech_cache_dir(self.data_dir), parent=self,
                    voices_dir=paths.voices_dir(self.data_dir))
        cues.notice.connect(self.notify)
        apply_cue_settings(cues, self.settings)
        return cues

    @cached_property
    def session_files(self):
        from relaxapp.ui.shell.session_files import SessionFiles

        return SessionFiles(self)

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
        if current is self.pages.built("after"):
            self.steps.save_rating(self.after_page.answers())
        elif current is self.pages.built("editor"):
            return self.editor_page.may_close()
        return True

    def in_session(self) -> bool:
        return self.pages.currentWidget() is self.pages.built("player") and self.flow.running

    def may_go(self) -> bool:
        """Whether a shortcut, a menu or a link may show another page now: the player is
        left only by stopping or finishing; the page's work is kept (``may_leave``)."""
        return not self.in_session() and self.may_leave()

    def show_home(self) -> None:
        if self.may_go():
            self.today.refresh()
            self.show_page(self.home_page)

    def show_library(self) -> None:
        if self.may_go():
            self.show_page(self.library_page)

    def show_history(self) -> None:
        if not self.may_go():
            return
        self.log.reopen()  # it may be free now
        if self.store is None:
            self.notify(tr("The history needs the log, which could not be opened."))
            return
        page = self.history_page
        page.store = self.store
        page.refresh()
        self.show_page(page)

    def show_about(self) -> None:
        if not self.may_go():
            return
        if self.pages.currentWidget() is not self.pages.built("about"):
            self._about_return = self.pages.currentWidget()
        self.about_page.show_sessions(self.library.sessions, paths.voices_dir(self.data_dir))
        self.show_page(self.about_page)

    def make_report(self, range_id: str | None = None) -> None:
        """The report dialog, for the history's range (by id) or the usual one."""
        from relaxapp.ui.dialogs.report_dialog import make_report

        if not self.in_session():
            make_report(self, range_id)

    def log_practice(self) -> None:
        from relaxapp.ui.dialogs.log_dialog import log_elsewhere

        if log_elsewhere(self):  # the new entry shows at once
            self.log.changed.emit()

    # ------------------------------------------------------------- other

    def notify(self, message: str) -> None:
        self.statusBar().showMessage(message, 10_000)

    def bring_forward(self, start_id: str | None = None) -> None:
        """Show the window in front (a reminder, a second start, the tray); open a session."""
        self.showNormal()
        self.raise_()
        self.activateWindow()
        if start_id:
            self.steps.open_start(start_id)

    def closeEvent(self, event) -> None:  # noqa: N802
        if self.closing.may_close(event):
            super().closeEvent(event)
