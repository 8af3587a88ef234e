"""Starting the app: the Qt application, the log (handled with care), the window."""

from __future__ import annotations

import sys
from pathlib import Path

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from relaxapp import paths
from relaxapp.storage.errors import DatabaseUnusable, LogBusy, StoreError
from relaxapp.ui.widgets import theme
from relaxapp.ui.shell.garbage import collect_between_events
from relaxapp.ui.shell.main_window import MainWindow
from relaxapp.ui.shell.settings import Settings
from relaxapp.ui.widgets.common import app_icon
from relaxapp.core.language import tr

if TYPE_CHECKING:
    from relaxapp.storage.log import Store


def application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("RelaxApp")
    app.setApplicationDisplayName("RelaxApp")
    app.setDesktopFileName("relaxapp")
    return app


def open_log(data_dir: Path, parent=None) -> tuple[Store | None, StoreError | None]:
    """The log, or None and why it cannot be used now. An unusable file is explained, never
    touched unless the person chooses to set it aside; a log busy in another program is
    not a question to ask: the window tries again in the background (MainWindow)."""
    from PySide6.QtWidgets import QMessageBox

    from relaxapp.storage.database import WINDOW_BUSY_TIMEOUT_MS, set_aside
    from relaxapp.storage.log import open_store

    try:
        return open_store(data_dir, busy_timeout_ms=WINDOW_BUSY_TIMEOUT_MS), None
    except LogBusy as error:
        return None, error
    except DatabaseUnusable as error:
        box = QMessageBox(QMessageBox.Icon.Warning, tr("RelaxApp cannot open your log"),
                          f"{error.message[:1].upper()}{error.message[1:]}.", parent=parent)
        box.setInformativeText(
            tr("RelaxApp can set this file aside under a new name and start a fresh log. "
            "Nothing is deleted: the old file stays in the same folder.") if error.reason != "newer" else
            tr("Update RelaxApp to use it. You can also set it aside and start a fresh log; "
            "nothing is deleted."))
        fresh = box.addButton(tr("Set it aside and start afresh"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("Continue without saving"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is fresh:
            moved = set_aside(error.path)
            store = open_store(data_dir, busy_timeout_ms=WINDOW_BUSY_TIMEOUT_MS)
            QMessageBox.information(parent, tr("A fresh log"),
                                    tr("The old file is now {name}, in {folder}.").format(
                                        name=moved.name, folder=moved.parent))
            return store, None
        return None, error
    except StoreError as error:
        QMessageBox.warning(parent, tr("RelaxApp cannot save"),
                            tr("{problem}. You can still practise: RelaxApp keeps what you "
                               "do while it is open, and saves it if the log can be written "
                               "later.").format(
                                problem=f"{error.message[:1].upper()}{error.message[1:]}"))
        return None, error


def create_window(data_dir: Path, start_id: str | None = None, minimized: bool = False,
                  heart_stand_in=None) -> MainWindow:
    """The main window, shown; the log, reminders and single-instance listening start
    just after the first paint (the welcome too, on a first run not asked for a session)."""
    app = application()
    try:
        paths.ensure_data_dir(data_dir)
    except OSError:
        pass
    settings = Settings(data_dir)
    settings.heart_stand_in = heart_stand_in  # --heart-from: for this run only
    from relaxapp.ui.shell import languages

    languages.apply(languages.resolve(settings.language))  # before any page is built
    theme.apply(app, settings.theme)
    window = MainWindow(data_dir, None, settings, paint_first=True)
    # The window paints first, then reads the library and the log: a problem with the log
    # is best explained over the window, and the page is filled once, from both.
    def after_first_paint():
        app.setWindowIcon(app_icon())  # here: QIcon costs the first paint 2 ms
        window.finish(*open_log(data_dir, window))
        if settings.problem:  # settings.ini was a link, or not a file
            window.notify(settings.problem)
        from relaxapp.ui.shell.onboarding import welcome_once
        from relaxapp.ui.shell.reminder_service import start_reminders
        from relaxapp.ui.shell.single_instance import InstanceServer

        window.reminders = start_reminders(window)
        # A second start of the app speaks to this one (the window owns the server).
        InstanceServer(data_dir, window).message_received.connect(
            lambda message: bring_forward(window, message))
        if not start_id:  # asked for a session: Enter begins it, no welcome in between
            window.welcome = welcome_once(window)
        QTimer.singleShot(HISTORY_WARM_UP_MS, window, lambda: warm_up_history(window))

    if minimized:  # at login: nothing is painted, so what follows the paint starts now
        window.showMinimized()
        QTimer.singleShot(0, after_first_paint)
    else:
        AfterFirstPaint(window, after_first_paint)
        window.show()
    if start_id:
        window.steps.open_start(start_id)
    return window


def bring_forward(window: MainWindow, message: dict) -> None:
    """From a second start of the app: show this window, and its --start if given."""
    start = message.get("start")
    window.bring_forward(start if isinstance(start, str) else None)


# Past the start-up (its time and memory are measured at one second), and before most people
# open the history.
HISTORY_WARM_UP_MS = 3_000
HISTORY_MODULE = "relaxapp.ui.pages.history_page"


def warm_up_history(window: MainWindow) -> bool:
    """Build the history page ahead of need (importing pyqtgraph and numpy, about 0.4 s, and
    making its charts), so the history opens at once the first time. Only on a page that
    does not move: this holds the GUI thread, and during a session a breath would stall. On
    the player, it waits and tries again. Returns whether it built the page."""
    if window.pages.built("history") is not None:
        return False
    if window.pages.currentWidget() is window.pages.built("player"):
        QTimer.singleShot(HISTORY_WARM_UP_MS, window, lambda: warm_up_history(window))
        return False
    window.pages.page("history")
    return True


class AfterFirstPaint(QObject):
    """Runs ``action`` once, as soon as the window has painted for the first time."""

    def __init__(self, window: QWidget, action):
        super().__init__(window)
        self._action = action
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._action)
        return False


def run(data_dir: Path, start_id: str | None = None, minimized: bool = False,
        heart_stand_in=None) -> int:
    app = application()
    collect_between_events(app)
    from relaxapp.ui.shell.single_instance import send_to_running

    if send_to_running(data_dir, {"start": start_id}):
        return 0  # the running RelaxApp came forward instead
    window = create_window(data_dir, start_id, minimized, heart_stand_in)
    try:
        return application().exec()
    finally:
        if window.store is not None:
            window.store.close()
