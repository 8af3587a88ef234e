"""What the window's helpers may use of it: the typed interface ``WindowParts``.

The menus, a session's steps, Today's keeper, closing, the page table, the session files,
the settings' follower, the reminders and the dialogs are given the window typed as this,
not as MainWindow, and use nothing else of it: ``tests/test_layering.py`` reads each
helper's source and finds any other member it reaches for. A helper that needs more adds
it here, where the next reader sees the whole of what the window offers.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Protocol

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenuBar, QWidget

    from relaxapp.core.library import Library
    from relaxapp.flow import SessionFlow
    from relaxapp.storage.log import Store
    from relaxapp.ui.shell.closing import Closing
    from relaxapp.ui.shell.library_watcher import LibraryWatcher
    from relaxapp.ui.shell.log_keeper import LogKeeper
    from relaxapp.ui.shell.menus import MenuActions
    from relaxapp.ui.shell.pages import PageStack
    from relaxapp.ui.shell.reminder_service import ReminderService
    from relaxapp.ui.shell.session_files import SessionFiles
    from relaxapp.ui.shell.session_steps import SessionSteps
    from relaxapp.ui.shell.settings import Settings
    from relaxapp.ui.shell.today_keeper import TodayKeeper
    from relaxapp.ui.shell.window_settings import Preferences
    from relaxapp.ui.sound.cues import Cues


class WindowParts(Protocol):
    # What the window holds.
    data_dir: Path
    settings: Settings
    wall_clock: Callable[[], datetime]
    reminders: ReminderService | None
    menu_actions: MenuActions | None
    menus: dict
    log: LogKeeper
    steps: SessionSteps
    today: TodayKeeper
    closing: Closing
    preferences: Preferences
    library_watcher: LibraryWatcher
    pages: PageStack
    home_page: QWidget

    @property
    def store(self) -> Store | None: ...
    @property
    def library(self) -> Library: ...
    @property
    def flow(self) -> SessionFlow: ...
    @property
    def cues(self) -> Cues: ...
    @property
    def session_files(self) -> SessionFiles: ...

    def made(self, part: str) -> bool: ...  # "flow", "cues": made on first need

    # Its pages, each built on first use.
    @property
    def start_page(self) -> QWidget: ...
    @property
    def player(self) -> QWidget: ...
    @property
    def after_page(self) -> QWidget: ...
    @property
    def editor_page(self) -> QWidget: ...

    # The ways between them.
    def show_page(self, page: QWidget) -> None: ...
    def show_home(self) -> None: ...
    def show_library(self) -> None: ...
    def show_history(self) -> None: ...
    def show_about(self) -> None: ...
    def leave_about(self) -> None: ...
    def may_leave(self) -> bool: ...
    def in_session(self) -> bool: ...
    def make_report(self, range_id: str | None = None) -> None: ...
    def log_practice(self) -> None: ...
    def open_sessions_folder(self) -> None: ...
    def bring_forward(self, start_id: str | None = None) -> None: ...
    def notify(self, message: str) -> None: ...

    # The few window calls of Qt's they make.
    def menuBar(self) -> QMenuBar: ...  # noqa: N802
    def hide(self) -> None: ...
    def showMinimized(self) -> None: ...  # noqa: N802
    def close(self) -> bool: ...
    def update(self) -> None: ...
