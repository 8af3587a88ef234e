"""A person's session files: import one (validated first), export one to share, edit one,
delete one to the desktop's trash."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtWidgets import QFileDialog, QWidget

from relaxapp.core import editing, files
from relaxapp.core.library import Library, LoadedSession
from relaxapp.core.scripts import ScriptError, load_script
from relaxapp.ui.dialogs.questions import agreed
from relaxapp.core.language import tr

if TYPE_CHECKING:
    from relaxapp.ui.shell.window_parts import WindowParts


class SessionFiles:
    """The window's actions on session files: the editor's coming and going, import and
    export. Made on first use (relaxapp.ui.shell.main_window), like the editor."""

    def __init__(self, window: WindowParts):
        self.window = window
        self._editor_return: QWidget | None = None

    @property
    def folder(self) -> Path:
        return self.window.library_watcher.folder

    def wire_editor(self, page) -> None:
        w = self.window
        page.back.connect(lambda: w.show_page(self._editor_return))
        page.saved.connect(self._saved)
        page.deleted.connect(lambda title: (w.library_watcher.reload(), w.show_library(),
                                            w.notify(tr("“{title}” was deleted.").format(title=title))))

    def edit(self, session_id: str | None, kind: str = "breathing") -> None:
        """The editor, on a session (the person's own, or a copy of a bundled one), or on
        a new one of ``kind`` ("breathing" or "pmr", the kinds of relaxapp.core.scripts)."""
        from relaxapp.ui.pages.editor_page import open_in_editor

        w = self.window
        if not w.in_session() and w.may_leave():
            self._editor_return = w.pages.currentWidget()
            open_in_editor(w.editor_page, w.library, self.folder, session_id, kind)
            w.show_page(w.editor_page)

    def export(self) -> None:
        session = self.window.flow.session
        if session is not None and (said := ask_export(self.window, session)):
            self.window.notify(said)

    def import_sessions(self, paths: list[str] | None = None) -> None:
        """Session files into the person's folder, each validated first (asked for when
        ``paths`` is not given)."""
        w = self.window
        said = import_files(paths, self.folder, w.library,
                            lambda *clash: ask_copy(w, *clash)) if paths else \
            ask_import(w, self.folder, w.library)
        if said:
            w.library_watcher.reload()
            w.notify(said)

    def _saved(self, session_id: str) -> None:
        self.window.library_watcher.reload()
        self.window.notify(tr("Saved in {folder}.").format(folder=self.folder))
        self.window.steps.open_start(session_id)


def import_files(paths: list[str], folder: Path, library: Library,
                 as_copy: Callable[[str, str], bool] = lambda name, session_id: False) -> str:
    """Import each file; what to tell the person (every refusal, with its reason). A file
    whose id is one of the person's own is imported as a copy if ``as_copy(file name, id)``
    agrees."""
    said = []
    own = {s.id for s in library.sessions if s.origin == "user"}
    for name in paths:
        try:
            try:
                target = editing.import_session(name, folder, own)
            except editing.IdTaken as taken:
                if not as_copy(Path(name).name, taken.session_id):
                    raise
                target = editing.import_session(name, folder, own, as_copy=True)
                said.append(tr("Imported {name} as a copy, {file}.").format(
                    name=Path(name).name, file=target.name))
            else:
                said.append(tr("Imported {name} as {file}.").format(name=Path(name).name,
                                                                   file=target.name))
            own.add(load_script(target, target.name).id)  # a second file with it: a clash
        except ScriptError as error:
            said.append(tr("Not imported: {problem}").format(problem=error.problems[0]))
        except editing.IdTaken as error:
            said.append(tr("Not imported: {problem}; import it again to keep both, as a "
                           "copy.").format(problem=error))
        except (ValueError, OSError) as error:
            said.append(tr("Not imported: {problem}").format(
                problem=getattr(error, "strerror", None) or error))
    return " ".join(said)


def ask_copy(parent: QWidget, name: str, session_id: str) -> bool:
    return agreed(parent, tr("A session with this id is yours already"),
                  tr("You already have a session with the id “{id}”. Import {name} as a copy, "
                     "with an id of its own? Yours stays as it is.").format(id=session_id,
                                                                            name=name))


def ask_import(parent: QWidget, folder: Path, library: Library) -> str:
    paths, _ = QFileDialog.getOpenFileNames(parent, tr("Import a session file"),
                                            str(Path.home()), tr("Session files (*.json)"))
    return import_files(paths, folder, library, lambda *clash: ask_copy(parent, *clash)) \
        if paths else ""


def ask_export(parent: QWidget, session: LoadedSession) -> str:
    """Save a copy of the session where the person chooses, to share it."""
    path, _ = QFileDialog.getSaveFileName(parent, tr("Export the session"),
                                          str(Path.home() / f"{session.id}.json"),
                                          tr("Session files (*.json)"))
    if not path:
        return ""
    try:
        files.write_whole(Path(path), session.path.read_bytes())
    except OSError as error:
        return tr("Not exported: {reason} ({path}).").format(reason=error.strerror or error,
                                                             path=path)
    return tr("Exported to {path}.").format(path=path)
