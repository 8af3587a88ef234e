"""One RelaxApp at a time per data folder: a second start hands its --start to the first.

The first instance listens on a Unix socket named after the data folder, in a folder only
this user can enter ($XDG_RUNTIME_DIR, or a relaxapp-<uid> folder of mode 0700 in the
temporary folder, checked to be this user's own); a later one sends it a line of JSON and
exits, and the first brings its window forward. Each end checks the other is this user
(SO_PEERCRED). A message is one short line of one shape, read within half a second in all.
Plain sockets, watched by Qt's event loop: QtNetwork would cost every start about 3 MiB.

At most starts nobody listens: finding that out loads nothing more. The socket and json
modules load once there is a socket to speak to, or when this start opens its own, after
the first paint; before it, they would cost every start about 6 ms.

Where the system has no user ids to make a folder private by (Windows), Qt's local server
carries the same line instead: a named pipe there, named after the data folder and the user,
open to this user only (``UserAccessOption``).
"""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSocketNotifier, Signal

try:  # the SHA-1 that hashlib falls back to: hashlib loads OpenSSL, 3 ms of every start
    from _sha1 import sha1
except ImportError:  # a Python built without it
    from hashlib import sha1

if TYPE_CHECKING:
    import socket

WAIT_MS = 500  # for a whole message, however it trickles in
MAX_MESSAGE = 4096  # a --start is a few dozen bytes; a longer line is not ours
MAX_ID = 64  # as a session id


def server_name(data_dir: Path) -> str:
    digest = sha1(str(data_dir.resolve()).encode()).hexdigest()[:16]
    return f"relaxapp-{digest}"


def _without_user_ids() -> bool:
    return not hasattr(os, "getuid")


def pipe_name(data_dir: Path) -> str:
    """The local server's name where there are no user ids: a named pipe on Windows, which
    every user's programs share, so the user's name is part of it."""
    import getpass

    try:
        user = getpass.getuser()
    except (OSError, KeyError, ImportError, AttributeError):  # no name to be found
        user = "user"
    return f"{server_name(data_dir)}-{''.join(c for c in user if c.isalnum())[:32] or 'user'}"


def _private(folder: Path) -> bool:
    """A folder (not a link to one) of this user's own that nobody else may enter."""
    import stat

    try:
        info = folder.lstat()
    except OSError:
        return False
    return stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid() and \
        not info.st_mode & 0o077


def socket_dir() -> Path | None:
    """Where the socket goes: $XDG_RUNTIME_DIR, else relaxapp-<uid> in the temporary
    folder, made with mode 0700; None if neither is private (then each start is on its
    own: better than speaking to, or through, another user's socket). None too where the
    system has no user ids and modes to make a folder private by (Windows)."""
    if not hasattr(os, "getuid"):
        return None
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and _private(Path(runtime)):
        return Path(runtime)
    folder = Path(os.environ.get("TMPDIR") or "/tmp") / f"relaxapp-{os.getuid()}"
    try:
        folder.mkdir(mode=0o700)
    except OSError:
        pass  # there already (checked below), or the temporary folder is read-only
    return folder if _private(folder) else None


def socket_path(data_dir: Path) -> Path | None:
    folder = socket_dir()
    return None if folder is None else folder / server_name(data_dir)


def _same_user(connection: socket.socket) -> bool:
    """Whether the other end of ``connection`` runs as this user (where the system says)."""
    import socket
    import struct

    if not hasattr(socket, "SO_PEERCRED"):
        return True  # the private folder alone keeps others out
    try:
        _, uid, _ = struct.unpack("3i", connection.getsockopt(
            socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i")))
    except OSError:
        return False
    return uid == os.getuid()


def send_to_running(data_dir: Path, message: dict) -> bool:
    """True if a running RelaxApp took the message (this one should then exit)."""
    if _without_user_ids():
        return _send_to_local_server(pipe_name(data_dir), message)
    path = socket_path(data_dir)
    if path is None or not path.exists():
        return False  # nobody listens
    import json
    import socket

    if not hasattr(socket, "AF_UNIX"):
        return False
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
        connection.settimeout(WAIT_MS / 1000)
        try:
            connection.connect(str(path))
            if not _same_user(connection):
                return False  # not ours: this start opens its own window
            connection.sendall((json.dumps(message) + "\n").encode())
        except OSError:  # left behind by a crash, or not answering
            return False
    return True


def _send_to_local_server(name: str, message: dict) -> bool:
    import json

    from PySide6.QtNetwork import QLocalSocket

    connection = QLocalSocket()
    connection.connectToServer(name)
    if not connection.waitForConnected(WAIT_MS):
        return False  # nobody listens
    connection.write((json.dumps(message) + "\n").encode())
    sent = connection.waitForBytesWritten(WAIT_MS)
    connection.disconnectFromServer()
    return sent


class InstanceServer(QObject):
    """Listens for later starts while the window lives (it is the parent)."""

    message_received = Signal(dict)

    def __init__(self, data_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.path = socket_path(data_dir)
        self.server: socket.socket | None = None
        self.local_server = None  # a QLocalServer, where there are no user ids
        if _without_user_ids():
            self._listen_locally(pipe_name(data_dir))
            return
        import socket

        if not hasattr(socket, "AF_UNIX") or self.path is None:
            return  # no Unix sockets, or no private place for one: each start is on its own
        try:
            self.server = self._listen()
        except OSError:
            return  # a read-only or full temporary folder: each start is on its own
        self._notifier = QSocketNotifier(self.server.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._accept)
        server, path = self.server, self.path
        self.destroyed.connect(lambda: _stop_listening(server, path))  # with the window

    def _listen(self) -> socket.socket:
        import socket

        server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            try:
                server.bind(str(self.path))
            except OSError as error:
                if error.errno != errno.EADDRINUSE:
                    raise
                self.path.unlink(missing_ok=True)  # left behind by a crash, or taken over
                server.bind(str(self.path))
            os.chmod(self.path, 0o600)  # this user's starts only
            server.listen(4)
            server.setblocking(False)
        except OSError:
            server.close()
            raise
        return server

    def _listen_locally(self, name: str) -> None:
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(name):
            QLocalServer.removeServer(name)  # left behind by a crash (where it is a file)
            if not server.listen(name):
                return  # taken, or not allowed: each start is on its own
        server.newConnection.connect(self._accept_local)
        self.local_server = server

    def _accept_local(self) -> None:
        import time

        while self.local_server is not None and \
                (connection := self.local_server.nextPendingConnection()) is not None:
            # Read here and now, as _read_line does: this user only, the wait bounded.
            deadline = time.monotonic() + WAIT_MS / 1000
            received = bytearray()
            while b"\n" not in received and len(received) <= MAX_MESSAGE:
                left_ms = int((deadline - time.monotonic()) * 1000)
                if left_ms <= 0 or not (connection.bytesAvailable() or
                                        connection.waitForReadyRead(left_ms)):
                    break
                received += bytes(connection.readAll())
            connection.disconnectFromServer()
            connection.deleteLater()
            if (message := _message(received)) is not None:
                self.message_received.emit(message)

    def close(self) -> None:
        if self.local_server is not None:
            self.local_server.close()
            self.local_server = None
        if self.server is not None:
            self._notifier.setEnabled(False)
            _stop_listening(self.server, self.path)
            self.server = None

    def _accept(self) -> None:
        while self.server is not None:
            try:
                connection, _ = self.server.accept()
            except OSError:  # none left waiting
                return
            with connection:
                message = _read_line(connection) if _same_user(connection) else None
            if message is not None:
                self.message_received.emit(message)


def _stop_listening(server: socket.socket, path: Path) -> None:
    if server.fileno() != -1:  # not closed yet
        server.close()
        path.unlink(missing_ok=True)


def _read_line(connection: socket.socket, clock=None) -> dict | None:
    """The one line a later start sends (it writes it whole, then closes): {"start": an id
    or null}, or None if it is anything else, longer than MAX_MESSAGE or slower than
    WAIT_MS in all. Read here and now: the peer is this user, and the wait bounded."""
    import time

    clock = clock or time.monotonic
    deadline = clock() + WAIT_MS / 1000
    received = bytearray()
    try:
        while b"\n" not in received and len(received) <= MAX_MESSAGE:
            left = deadline - clock()
            if left <= 0:
                return None  # trickled in too slowly: not a start of RelaxApp
            connection.settimeout(left)
            chunk = connection.recv(4096)
            if not chunk:
                break
            received += chunk
    except OSError:
        return None
    return _message(received)


def _message(received: bytes) -> dict | None:
    """The line received, if it is one a later start sends: {"start": an id or null}."""
    import json

    if len(received) > MAX_MESSAGE:
        return None
    try:
        message = json.loads(received.split(b"\n", 1)[0].decode())
    except (ValueError, RecursionError):  # "[" * 3000 nests past the parser
        return None
    if not isinstance(message, dict) or set(message) != {"start"}:
        return None
    start = message["start"]
    if start is not None and not (isinstance(start, str) and 0 < len(start) <= MAX_ID):
        return None
    return message
