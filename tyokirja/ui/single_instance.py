"""One window per diary file: the first instance listens on a local socket; a second launch asks it to come forward.

The socket's name is derived from a hash of the diary's path (never the path itself). Only the
holder of the diary's QLockFile listens, so a socket left by a crashed process can be removed safely.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

RAISE_MESSAGE = b"raise\n"
TIMEOUT_MS = 500


def server_name(db_path: Path) -> str:
    user = getattr(os, "getuid", lambda: "")()
    digest = hashlib.sha256(str(Path(db_path).expanduser().resolve()).encode("utf-8")).hexdigest()[:20]
    return f"tyokirja-{user}-{digest}"


class InstanceServer(QObject):
    """Listens in the first instance; emits raise_requested when a second launch knocks."""

    raise_requested = Signal()

    def __init__(self, db_path: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.name = server_name(db_path)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._on_new_connection)

    def listen(self) -> bool:
        """Start listening (the caller holds the diary's lock, so a leftover socket is stale)."""
        QLocalServer.removeServer(self.name)
        return self.server.listen(self.name)

    def close(self) -> None:
        self.server.close()

    def _on_new_connection(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(self._on_ready_read)
            socket.disconnected.connect(socket.deleteLater)  # the second launch hangs up after one line

    def _on_ready_read(self) -> None:
        socket = self.sender()
        if not isinstance(socket, QLocalSocket):
            return
        data = bytes(socket.readAll().data())
        if RAISE_MESSAGE.strip() in data:
            self.raise_requested.emit()


def ask_first_instance_to_raise(db_path: Path, timeout_ms: int = TIMEOUT_MS) -> bool:
    """From a second launch: ask the instance that has `db_path` open to come forward."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(db_path))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(RAISE_MESSAGE)
    sent = socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return sent


def bring_forward(window: QWidget) -> None:
    """Show the window un-minimised and ask the window system to activate it (where it allows)."""
    if window.isMinimized():
        window.showNormal()
    else:
        window.show()
    window.raise_()
    window.activateWindow()
