"""The library, loaded when first asked for, and again whenever the user's sessions folder
changes."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from relaxapp import paths, resources

if TYPE_CHECKING:
    from relaxapp.core.library import Library

RELOAD_DELAY_MS = 300  # editors write files in bursts


class LibraryWatcher(QObject):
    changed = Signal(object)  # the Library, loaded again

    def __init__(self, data_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.data_dir = data_dir
        self._library: Library | None = None  # read when first asked for
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self.schedule_reload)
        self.watcher.fileChanged.connect(self.schedule_reload)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RELOAD_DELAY_MS)
        self._timer.timeout.connect(self.reload)

    @property
    def folder(self) -> Path:
        return paths.user_sessions_dir(self.data_dir)

    @property
    def library(self) -> Library:
        """The library, read the first time it is asked for: the first window paints
        without it (the scripts' validation loads and runs after)."""
        if self._library is None:
            self._load()
        return self._library

    def reload(self) -> Library:
        """Read the library again, and announce it."""
        self._load()
        self.changed.emit(self._library)
        return self._library

    def _load(self) -> None:
        from relaxapp.core.library import load_library, script_files

        folder = self.folder
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            pass  # a read-only place: show what is there
        self._library = load_library(resources.sessions_dir(), folder)
        watched = self.watcher.directories() + self.watcher.files()
        if watched:
            self.watcher.removePaths(watched)
        # The folder and each file in it, broken ones too (fixed in place, they come back).
        # Not the data folder while the sessions folder exists: the log writes its journal
        # there, and every save would reload the library mid-session.
        try:
            wanted = [str(folder)] + [str(path) for path in script_files(folder)]
        except OSError:  # no sessions folder (yet): notice when one is made
            wanted = [str(self.data_dir)] if self.data_dir.is_dir() else []
        if wanted:
            self.watcher.addPaths(wanted)

    def schedule_reload(self, _path: str = "") -> None:
        self._timer.start()

    def open_folder(self) -> str:
        """Show the user's sessions folder in the desktop's file manager; what to tell the
        person (where it is, and whether it opened)."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            return f"Your sessions folder {self.folder} cannot be made: {error.strerror}."
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder))):
            return f"Your sessions folder: {self.folder}"
        return f"No file manager opened. Your sessions folder is {self.folder}"
