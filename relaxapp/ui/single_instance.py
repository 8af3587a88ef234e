"""One RelaxApp at a time per data folder: a second start hands its --start to the first.

The first instance listens on a local socket named after the data folder; a later
one sends it a line of JSON and exits, and the first brings its window forward.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalSocket

WAIT_MS = 1_000


def server_name(data_dir: Path) -> str:
    digest = hashlib.sha1(str(data_dir.resolve()).encode()).hexdigest()[:16]
    return f"relaxapp-{digest}"


def _nobody_listens(name: str) -> bool:
    """On Unix a listening RelaxApp has a socket file where Qt puts it (QDir::tempPath): with
    none there, nobody can answer. Knowing it spares loading QtNetwork before the first paint."""
    if sys.platform == "win32":
        return False  # named pipes: ask
    return not (Path(os.environ.get("TMPDIR") or "/tmp") / name).exists()


def send_to_running(data_dir: Path, message: dict) -> bool:
    """True if a running RelaxApp took the message (this one should then exit)."""
    name = server_name(data_dir)
    if _nobody_listens(name):
        return False
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(WAIT_MS):
        return False
    socket.write((json.dumps(message) + "\n").encode())
    socket.flush()
    socket.waitForBytesWritten(WAIT_MS)
    socket.disconnectFromServer()
    return True


class InstanceServer(QObject):
    message_received = Signal(dict)

    def __init__(self, data_dir: Path, parent: QObject | None = None):
        from PySide6.QtNetwork import QLocalServer  # after the first paint (see above)

        super().__init__(parent)
        self.server = QLocalServer(self)
        name = server_name(data_dir)
        if not self.server.listen(name):
            QLocalServer.removeServer(name)  # left behind by a crash
            self.server.listen(name)
        self.server.newConnection.connect(self._connected)

    def _connected(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            # No deleteLater on disconnection: the socket was then deleted a second time,
            # now and then (a crash in ~QLocalSocket, seen under gdb). The server, its
            # parent, deletes it with itself; a second start of the app is rare.
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        while socket.canReadLine():
            try:
                message = json.loads(bytes(socket.readLine()).decode())
            except ValueError:
                continue
            if isinstance(message, dict):
                self.message_received.emit(message)
