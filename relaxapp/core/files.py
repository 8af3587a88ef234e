"""Reading a file a person named, safely: never blocking, never more than a limit.

A session file or an export may be anything with the right name: a FIFO (opening one to
read waits for a writer, for ever), a device such as /dev/zero (endless), a socket. Only
regular files are read, and only up to a limit counted in bytes actually read, not in the
size the file system reports.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import IO, Callable

from relaxapp.core.language import QT_TR_NOOP, tr

KINDS = ((stat.S_ISFIFO, QT_TR_NOOP("a named pipe (FIFO)")),
         (stat.S_ISSOCK, QT_TR_NOOP("a socket")),
         (stat.S_ISCHR, QT_TR_NOOP("a character device")),
         (stat.S_ISBLK, QT_TR_NOOP("a block device")), (stat.S_ISDIR, QT_TR_NOOP("a folder")))


class NotAFile(OSError):
    """The path exists but is not a regular file; ``kind`` says what it is."""

    def __init__(self, path: Path, kind: str):
        super().__init__(errno.EINVAL, tr("it is {kind}, not a file").format(kind=tr(kind)),
                         str(path))
        self.kind = kind


def kind_of(mode: int) -> str:
    return next((name for test, name in KINDS if test(mode)), QT_TR_NOOP("not a regular file"))


def read_limited(path: Path, limit: int) -> bytes:
    """At most ``limit + 1`` bytes of a regular file (one more than allowed shows it is too
    large). Raises :class:`NotAFile` for anything else, and OSError as ``open`` does."""
    nonblocking = getattr(os, "O_NONBLOCK", 0)
    if not nonblocking:  # Windows: no O_NONBLOCK (and no FIFOs among files); look first
        mode = os.stat(path).st_mode
        if not stat.S_ISREG(mode):
            raise NotAFile(path, kind_of(mode))
    # O_NONBLOCK: opening a FIFO returns at once instead of waiting for a writer. O_BINARY:
    # Windows opens in text mode otherwise.
    descriptor = os.open(path, os.O_RDONLY | nonblocking | getattr(os, "O_CLOEXEC", 0)
                         | getattr(os, "O_BINARY", 0))
    try:
        mode = os.fstat(descriptor).st_mode
        if not stat.S_ISREG(mode):
            raise NotAFile(path, kind_of(mode))
        # At first, what the file says it holds and one byte more (to see it is larger than
        # the limit) in one read: a large file is then held once, not twice while joined.
        first = os.read(descriptor, min(limit + 1, max(os.fstat(descriptor).st_size + 1,
                                                       1 << 16)))
        chunks, total = [first], len(first)
        while first and total <= limit:  # the file grew, or a read came short
            chunk = os.read(descriptor, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        return first if len(chunks) == 1 else b"".join(chunks)
    finally:
        os.close(descriptor)


def describe(error: OSError) -> str:
    """An OSError as a person reads it: "no such file", "a symbolic link loop"..."""
    if isinstance(error, NotAFile):
        return error.strerror
    if error.errno == errno.ELOOP:
        return tr("a loop of symbolic links that leads nowhere")
    if error.errno == errno.ENOENT:
        return tr("no such file or folder")
    if error.errno in (errno.EACCES, errno.EPERM):
        return tr("permission denied")
    return (error.strerror or str(error)).lower()


def write_whole(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all (see ``write_streamed``), making the
    folders on the way."""
    path.parent.mkdir(parents=True, exist_ok=True)
    write_streamed(path, lambda stream: stream.write(data), binary=True)


def write_streamed(path: Path, write: Callable[[IO], object], binary: bool = False) -> None:
    """Call ``write`` with a stream to a temporary file beside ``path``, then rename it into
    place: a crash or a full disk leaves the old file or none, never half of one. Text is
    UTF-8 with newlines as written. The file keeps the mode of the one it replaces; a new
    one gets what the umask allows, as any other new file would (not the 0600 of a
    temporary file)."""
    import tempfile  # here: the window's start does without it

    text = {} if binary else {"encoding": "utf-8", "newline": ""}
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".saving",
                                             dir=path.parent)
    try:
        with os.fdopen(descriptor, "wb" if binary else "w", **text) as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        _keep_mode(Path(temporary), path)
        os.replace(temporary, path)
        temporary = None
    finally:
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)


def _keep_mode(temporary: Path, path: Path) -> None:
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    os.chmod(temporary, mode)


def free_path(folder: Path, stem: str, suffix: str = ".json") -> Path:
    """``folder/stem.json``, or ``stem-2.json``, ``stem-3.json``... whichever is free."""
    path, number = folder / f"{stem}{suffix}", 2
    while path.exists():
        path, number = folder / f"{stem}-{number}{suffix}", number + 1
    return path
