"""The log as the window holds it: open or not, and what it has not taken yet.

When the log cannot be opened (busy in another program, full, locked) practice goes on: a
running session's row and a session's answers are kept by the flow, and tried again in the
background until the log takes them. Only success is said; a failure is said once."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QObject, QTimer, Signal

from relaxapp.storage.errors import DatabaseUnusable, StoreError
from relaxapp.core.language import tr

if TYPE_CHECKING:
    from relaxapp.flow import SessionFlow
    from relaxapp.storage.log import Store


# While the log has not taken something (it was busy in another program, full, or not open),
# it is tried again this often; each try waits at most WINDOW_BUSY_TIMEOUT_MS for the log.
SAVE_AGAIN_MS = 5_000


class LogKeeper(QObject):
    # The log took something (a session's answers, practice logged by hand, what was kept
    # while it could not): the pages showing the log follow it.
    changed = Signal()
    # The log was opened, or could not be (None): the window's parts that read it follow.
    attached = Signal(object)

    def __init__(self, data_dir: Path, store: Store | None, notify: Callable[[str], None],
                 parent: QObject | None = None):
        super().__init__(parent)
        self.data_dir = data_dir
        self.store = store
        self.flow: SessionFlow | None = None  # once the window has made it
        self.notify = notify
        self._unusable = False  # the person chose to go on without an unusable log
        self._told: set[str] = set()
        self.save_again = QTimer(self)  # see SAVE_AGAIN_MS
        self.save_again.setInterval(SAVE_AGAIN_MS)
        self.save_again.timeout.connect(self.try_again)

    def attach(self, store: Store | None, problem: StoreError | None = None) -> None:
        """The log, once open. Without it (``problem`` says why), practice goes on, is kept,
        and is saved when the log can be opened: it is tried again in the background."""
        self.store = store
        if self.flow is not None:
            self.flow.store = store
        if store is None:
            self._unusable = isinstance(problem, DatabaseUnusable)
            if self._unusable:
                self.notify(tr("Your practice is not being saved: the log could not be used."))
            else:
                self.notify(tr("Not saved yet: {problem}. RelaxApp keeps trying; what you "
                               "practise is kept meanwhile.").format(
                    problem=problem.message if problem is not None
                    else tr("the log could not be opened")))
            self.keep_trying()
        self.attached.emit(store)

    def reopen(self) -> None:
        """The log, opened again if it could not be at the start (it may be free now)."""
        if self.store is not None:
            return
        from relaxapp.storage.database import WINDOW_BUSY_TIMEOUT_MS
        from relaxapp.storage.log import open_store

        try:
            store = open_store(self.data_dir, busy_timeout_ms=WINDOW_BUSY_TIMEOUT_MS)
        except DatabaseUnusable:
            self._unusable = True  # no use trying again by itself: the person decides
            return
        except StoreError:
            return
        self._unusable = False
        self.attach(store)

    def waiting(self) -> bool:
        """Whether something is kept that the log has not taken: the log itself (not open,
        though it may open later), a running session's row, or a session and its answers."""
        if self.store is None:
            return not self._unusable
        if self.flow is None:
            return False
        return self.flow.running_unrecorded is not None or self.flow.unsaved is not None

    def keep_trying(self) -> None:
        if self.waiting() and not self.save_again.isActive():
            self.save_again.start()

    def try_again(self) -> None:
        """What the log has not taken, tried again in the background (every SAVE_AGAIN_MS,
        waiting at most WINDOW_BUSY_TIMEOUT_MS each time): the log opened if it was not, a
        running session's row, a session and its answers. Only success is said."""
        self.reopen()
        if self.store is not None and self.flow is not None:
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
                    self.changed.emit()
        if not self.waiting():
            self.save_again.stop()

    def store_error(self, error: Exception) -> None:
        """The log refused something as a session ran: said once, not every 10 s; tried again."""
        self.keep_trying()
        message = getattr(error, "message", str(error))
        key = type(error).__name__ + message[:40]
        if key not in self._told:
            self._told.add(key)
            self.notify(tr("Not saved: {problem}").format(problem=message))
