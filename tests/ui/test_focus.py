"""Every stop of the Tab key shows that it has the focus: a keyboard user always sees
where they are."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

pytestmark = pytest.mark.gui


def tab_stops(page: QWidget) -> list[QWidget]:
    return [w for w in page.findChildren(QWidget)
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisible() and w.isEnabled()
            and w.window() is page.window()]


def looks_focused(widget: QWidget) -> bool:
    """Whether the widget is drawn differently with the focus than without."""
    widget.clearFocus()
    QApplication.processEvents()
    without = widget.grab().toImage()
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    with_focus = widget.grab().toImage()
    return widget.hasFocus() and without != with_focus


def pages(app):
    window = app.window
    yield "home", window.home_page
    window.show_library()
    yield "library", window.library_page
    window.steps.open_start("box-breathing")
    yield "start", window.start_page
    window.start_page.start_button.click()
    window.player.stop()
    window.after_page.show_details()
    yield "after", window.after_page
    window.show_about()
    yield "about", window.about_page
    app.store.begin_session(session_id="box-breathing", title="Box", kind="breathing",
                            planned_seconds=60, tension_before=5)
    window.show_history()
    yield "history", window.history_page
    window.session_files.edit("box-breathing")
    window.editor_page.steps.setCurrentRow(2)
    yield "editor, breathing", window.editor_page
    window.session_files.edit(None, "pmr")
    window.editor_page.steps.setCurrentRow(1)
    yield "editor, relaxation", window.editor_page


def test_every_tab_stop_shows_its_focus(app, qtbot):
    unseen = []
    for name, page in pages(app):
        with qtbot.waitActive(app.window):  # (offscreen, a new chart's window can take it)
            app.window.activateWindow()
        stops = tab_stops(page)
        assert stops, name
        unseen += [f"{name}: {type(w).__name__} {w.accessibleName() or w.objectName()!r}"
                   for w in stops if not looks_focused(w)]
    assert unseen == [], "\n".join(unseen)
