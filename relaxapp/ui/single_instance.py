"""One RelaxApp at a time per data folder: a second start hands its --start to the first.

The first instance listens on a Unix socket named after the data folder; a later one sends
it a line of JSON and exits, and the first brings its window forward. Plain sockets, watched
by Qt's event loop: QtNetwork would cost every start about 3 MiB. (The socket is where
QLocalServer put it, so an older RelaxApp still running is found too.)

At most starts nobody listens: finding that out loads nothing more. The socket and json
modules load once there is a socket to speak to, or when this start opens its own, after
the first paint; before it, they would cost every start about 6 ms.
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

WAIT_MS = 1_000
MAX_MESSAGE = 64 * 1024  # a --start is a few dozen bytes; a longer line is not ours


def server_name(data_dir: Path) -> str:
    digest = sha1(str(data_dir.resolve()).encode()).hexdigest()[:16]
    return f"relaxapp-{digest}"


def socket_path(data_dir: Path) -> Path:
    return Path(os.environ.get("TMPDIR") or "/tmp") / server_name(data_dir)


def send_to_running(data_dir: Path, message: dict) -> bool:
    """True if a running RelaxApp took the message (this one should then exit)."""
    path = socket_path(data_dir)
    if not path.exists():
        return False  # nobody listens
    import json
    import socket

    if not hasattr(socket, "AF_UNIX"):
        return False
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
        connection.settimeout(WAIT_MS / 1000)
        try:
            connection.connect(str(path))
            connection.sendall((json.dumps(message) + "\n").encode())
        except OSError:  # left behind by a crash, or not answering
            return False
    return True


class InstanceServer(QObject):
    """Listens for later starts while the window lives (it is the parent)."""

    message_received = Signal(dict)

    def __init__(self, data_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.path = socket_path(data_dir)
        self.server: socket.socket | None = None
        import socket

        if not hasattr(socket, "AF_UNIX"):
            return  # no Unix sockets here: each start is on its own
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

    def close(self) -> None:
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
                message = _read_line(connection)
            if isinstance(message, dict):
                self.message_received.emit(message)


def _stop_listening(server: socket.socket, path: Path) -> None:
    if server.fileno() != -1:  # not closed yet
        server.close()
        path.unlink(missing_ok=True)


def _read_line(connection: socket.socket) -> object:
    """The one line a later start sends (it writes it whole, then closes), as JSON; None if
    it is not that. Read here and now: the socket is this user's alone, and the line short."""
    import json

    connection.settimeout(WAIT_MS / 1000)
    received = bytearray()
    try:
        while b"\n" not in received and len(received) <= MAX_MESSAGE:
            chunk = connection.recv(4096)
            if not chunk:
                break
            received += chunk
        return json.loads(received.split(b"\n", 1)[0].decode())
    except (OSError, ValueError):
        return None
