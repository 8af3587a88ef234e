"""What can go wrong with the log, as one-sentence errors. Standard library only, so the
window can name these before the database code (and sqlite-utils) is loaded."""

from __future__ import annotations

import errno
from pathlib import Path

from relaxapp.core.language import tr


class StoreError(Exception):
    """A failure to report in one sentence; ``path`` is the file concerned."""

    def __init__(self, message: str, path: Path | None = None):
        super().__init__(message)
        self.message = message
        self.path = path


class DatabaseUnusable(StoreError):
    """The file is there but cannot be used; it has been left exactly as it was.

    ``reason`` is "not-a-database", "damaged" or "newer".
    """

    def __init__(self, message: str, path: Path, reason: str):
        super().__init__(message, path)
        self.reason = reason


class LogBusy(StoreError):
    """Another program holds the log (a backup, a sync tool, a second RelaxApp writing):
    nothing was written, and the same write can simply be tried again later."""


class RecordRefused(StoreError):
    """The database's own rules refused a record (a constraint): nothing was saved."""


def describe_os_error(error: BaseException, path: Path) -> StoreError:
    """Turn a full disk, a read-only place or a locked file into one clear sentence."""
    import sqlite3  # here, not above: the window imports this module before its first paint

    text = str(error).lower()
    code = getattr(error, "errno", None)
    full = code == errno.ENOSPC or getattr(error, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL
    if full or "disk is full" in text or "no space" in text:
        return StoreError(tr("the disk holding {path} is full; nothing was saved").format(
            path=path), path)
    if code in (errno.EROFS, errno.EACCES, errno.EPERM) or "readonly" in text \
            or "read-only" in text or "unable to open" in text:
        return StoreError(tr("cannot write to {path}: the folder or file is read-only or not "
                             "accessible; nothing was saved").format(path=path), path)
    if "locked" in text or "busy" in text:
        return LogBusy(tr("{path} is busy in another program; nothing was saved, try again in a "
                          "moment").format(path=path), path)
    if code in (errno.ENOTDIR, errno.EEXIST):
        return StoreError(tr("cannot use {path}: part of its path is a file, not a folder").format(
            path=path), path)
    first_line = (str(error).splitlines() or [tr("unknown error")])[0][:200]
    return StoreError(tr("cannot use {path}: {reason}").format(path=path, reason=first_line),
                      path)
