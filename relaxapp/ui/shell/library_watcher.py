"""The library, loaded when first asked for, and again whenever the user's sessions folder
changes: then in a thread of its own, so that a slow disk or a large file never holds up
the window (a session's frames and sound go on meanwhile)."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from relaxapp import paths, resources
from relaxapp.core.language import tr

if TYPE_CHECKING:
    from relaxapp.core.library import Library

RELOAD_DELAY_MS = 300  # editors write files in bursts


class LibraryWatcher(QObject):
    changed = Signal(object)  # the Library, loaded again
    # A Library read in the background: its read's number, the library, its files.
    _read_elsewhere = Signal(int, object, object)

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
        self._timer.timeout.connect(self.reload_in_background)
        self._read_elsewhere.connect(self._take)  # queued: emitted from the reading thread
        self._reading = False
        self._read_again = False  # the folder changed again while it was being read
        self._reads = 0  # reads begun, numbered: a read older than the one shown is dropped
        self._shown_read = 0

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
        """Read the library again now, and announce it (after the app's own change)."""
        self._load()
        self.changed.emit(self._library)
        return self._library

    def reload_in_background(self) -> None:
        """Read the library again in a thread of its own; announce it once read."""
        if self._reading:
            self._read_again = True
            return
        self._reading = True
        self._reads += 1
        threading.Thread(target=self._read_in_background, args=(self._reads,), name="library",
                         daemon=True).start()

    def _read_in_background(self, number: int) -> None:
        library, files = self._read()
        try:
            self._read_elsewhere.emit(number, library, files)
        except RuntimeError:  # the window closed meanwhile
            pass

    def _take(self, number: int, library: Library, files: list[str] | None) -> None:
        self._reading = False
        if number > self._shown_read:  # not overtaken by a read made here meanwhile
            self._shown_read = number
            self._library = library
            self._watch(files)
            self.changed.emit(library)
        if self._read_again:
            self._read_again = False
            self.reload_in_background()

    def _load(self) -> None:
        self._reads += 1
        self._shown_read = self._reads
        self._library, files = self._read()
        self._watch(files)

    def _read(self) -> tuple[Library, list[str] | None]:
        """The library, and the files to watch (None: no sessions folder yet). Touches
        nothing of Qt's: it may run in another thread."""
        from relaxapp.core.library import load_library, script_files

        folder = self.folder
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            pass  # a read-only place: show what is there
        from relaxapp.core import language

        library = load_library(resources.sessions_dir(), folder, language.current())
        try:
            files = [str(folder)] + [str(path) for path in script_files(folder)]
        except OSError:
            files = None
        return library, files

    def _watch(self, files: list[str] | None) -> None:
        watched = self.watcher.directories() + self.watcher.files()
        if watched:
            self.watcher.removePaths(watched)
        # The folder and each file in it, broken ones too (fixed in place, they come back).
        # Not the data folder while the sessions folder exists: the log writes its journal
        # there, and every save would reload the library mid-session.
        wanted = files
        if wanted is None:  # no sessions folder (yet): notice when one is made
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
            return tr("Your sessions folder {folder} cannot be made: {reason}.").format(
                folder=self.folder, reason=error.strerror)
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder))):
            return tr("Your sessions folder: {folder}").format(folder=self.folder)
        return tr("No file manager opened. Your sessions folder is {folder}").format(
            folder=self.folder)
