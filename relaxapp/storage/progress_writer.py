"""A running session's practised time, written from a thread of its own.

Each write is a fully synced commit. On a disk busy with other work one took up to 7.5 s,
and on the window's thread that froze the picture and could hold back a chime or a line.
Here the window hands over the latest figures and goes on at once; the thread writes them
through its own connection to the same file. Only the newest figures wait: a write that
could not keep up is replaced, never queued behind.

Qt-free. Errors are kept for the caller to collect on its own thread (``take_errors``).
"""

from __future__ import annotations

import threading
from pathlib import Path

from relaxapp.storage.errors import StoreError

# Off the window's thread a busy log can be waited for longer than the window waits.
WRITER_BUSY_TIMEOUT_MS = 5_000


class ProgressWriter:
    def __init__(self, path: Path, busy_timeout_ms: int = WRITER_BUSY_TIMEOUT_MS):
        self.path = path
        self.busy_timeout_ms = busy_timeout_ms
        self._lock = threading.Condition()
        self._pending: tuple[str, int, float | None] | None = None
        self._writing = False
        self._closed = False
        self._errors: list[StoreError] = []
        self._thread: threading.Thread | None = None

    def write(self, uid: str, practiced_seconds: int, pace: float | None) -> None:
        """Hand over the session's figures; returns at once."""
        with self._lock:
            if self._closed:
                return
            self._pending = (uid, practiced_seconds, pace)
            if self._thread is None:
                # A daemon: quitting never waits for the disk. A write cut off by the end of
                # the process is rolled back whole by SQLite; the row keeps the last one.
                self._thread = threading.Thread(target=self._run, name="progress-writer",
                                                daemon=True)
                self._thread.start()
            self._lock.notify()

    def take_errors(self) -> list[StoreError]:
        with self._lock:
            errors, self._errors = self._errors, []
        return errors

    def wait(self, timeout_s: float | None = None) -> bool:
        """Whether everything handed over was written (or failed) within ``timeout_s``."""
        with self._lock:
            return self._lock.wait_for(lambda: self._pending is None and not self._writing,
                                       timeout_s)

    def close(self) -> None:
        """No more writes: the one under way finishes, one not begun is dropped (the
        session's end, written by the caller, says more than it would)."""
        with self._lock:
            self._closed = True
            self._pending = None
            self._lock.notify_all()

    def _run(self) -> None:
        from relaxapp.storage.log import Store

        store: Store | None = None
        try:
            while True:
                with self._lock:
                    self._lock.wait_for(lambda: self._pending is not None or self._closed)
                    if self._closed:
                        return
                    job, self._pending = self._pending, None
                    self._writing = True
                try:
                    if store is None:
                        store = Store(self.path, busy_timeout_ms=self.busy_timeout_ms)
                    store.update_progress(*job)
                except StoreError as error:
                    with self._lock:
                        self._errors.append(error)
                except Exception as error:  # noqa: BLE001 - said, and the thread lives on
                    with self._lock:
                        self._errors.append(StoreError(
                            f"the time practised could not be saved ({error})", self.path))
                finally:
                    with self._lock:
                        self._writing = False
                        self._lock.notify_all()
        finally:
            if store is not None:
                store.close()
