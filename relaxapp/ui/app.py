"""Starting the app: the Qt application, the log (handled with care), the window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from relaxapp import paths, resources
from relaxapp.storage.database import DatabaseUnusable, StoreError, set_aside
from relaxapp.storage.log import Store, open_store
from relaxapp.ui import theme
from relaxapp.ui.main_window import MainWindow
from relaxapp.ui.settings import Settings


def application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("RelaxApp")
    app.setApplicationDisplayName("RelaxApp")
    app.setDesktopFileName("relaxapp")
    app.setWindowIcon(QIcon(str(resources.asset("icon.svg"))))
    return app


def open_log(data_dir: Path, parent=None) -> Store | None:
    """The log, or None if it cannot be used; an unusable file is explained, never touched
    unless the person chooses to set it aside."""
    try:
        return open_store(data_dir)
    except DatabaseUnusable as error:
        box = QMessageBox(QMessageBox.Icon.Warning, "RelaxApp cannot open your log",
                          f"{error.message[:1].upper()}{error.message[1:]}.", parent=parent)
        box.setInformativeText(
            "RelaxApp can set this file aside under a new name and start a fresh log. "
            "Nothing is deleted: the old file stays in the same folder." if error.reason != "newer" else
            "Update RelaxApp to use it. You can also set it aside and start a fresh log; "
            "nothing is deleted.")
        fresh = box.addButton("Set it aside and start afresh", QMessageBox.ButtonRole.AcceptRole)
        box.addButton("Continue without saving", QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is fresh:
            moved = set_aside(error.path)
            store = open_store(data_dir)
            QMessageBox.information(parent, "A fresh log",
                                    f"The old file is now {moved.name}, in {moved.parent}.")
            return store
        return None
    except StoreError as error:
        QMessageBox.warning(parent, "RelaxApp cannot save",
                            f"{error.message[:1].upper()}{error.message[1:]}. You can still "
                            "practise; sessions will not be recorded.")
        return None


def run(data_dir: Path, start_id: str | None = None) -> int:
    app = application()
    try:
        paths.ensure_data_dir(data_dir)
    except OSError:
        pass
    settings = Settings(data_dir)
    theme.apply(app, settings.theme)
    store = open_log(data_dir)
    window = MainWindow(data_dir, store, settings)
    window.show()
    if start_id:
        window.open_start(start_id)
    try:
        return app.exec()
    finally:
        if store is not None:
            store.close()
