"""Yes-or-cancel questions, and the one file action that needs two of them: deleting a
person's own session file (the editor's Delete, and the library's)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFile
from PySide6.QtWidgets import QMessageBox, QWidget

from relaxapp.core.language import tr


def agreed(parent: QWidget, title: str, text: str) -> bool:
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel
    return QMessageBox.question(parent, title, text, buttons) == QMessageBox.StandardButton.Yes


def delete_session_file(parent: QWidget, path: Path, title: str) -> bool:
    """Delete one of the person's own session files, after asking: to the trash where the
    desktop has one, else for good (and the question says which)."""
    if not agreed(parent, tr("Delete this session?"),
                  tr("“{title}” goes to the trash; you can restore it from there.").format(
                      title=title)):
        return False
    moved = QFile.moveToTrash(str(path))
    if (moved[0] if isinstance(moved, tuple) else moved) or not path.exists():
        return True
    if not agreed(parent, tr("No trash here"),
                  tr("This system has no trash for {folder}. Delete “{title}” for good?").format(
                      folder=path.parent, title=title)):
        return False
    path.unlink(missing_ok=True)
    return True
