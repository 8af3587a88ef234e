"""One RelaxApp at a time per data folder: a second start hands its --start to the first.

The first instance listens on a local socket named after the data folder; a later
one sends it a line of JSON and exits, and the first brings its window forward.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

WAIT_MS = 1_000


def server_name(data_dir: Path) -> str:
    digest = hashlib.sha1(str(data_dir.resolve()).encode()).hexdigest()[:16]
    return f"relaxapp-{digest}"


def send_to_running(data_dir: Path, message: dict) -> bool:
    """True if a running RelaxApp took the message (this one should then exit)."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
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
