"""Work is never thrown away without asking: a shortcut, a second start, a quick action or a
reminder that goes elsewhere asks about the editor's unsaved changes first, and keeps the
after page's answers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.ui.test_safety_and_guidance import after_a_stopped_session

pytestmark = pytest.mark.gui


@pytest.fixture
def answer(monkeypatch):
    """Answer the next question boxes with these buttons, in order; the questions asked."""
    asked, answers = [], []

    def chosen(box):
        asked.append(box.text())
        wanted = answers.pop(0)
        box._chosen = next(b for b in box.buttons() if b.text() == wanted)

    monkeypatch.setattr(QMessageBox, "exec", chosen)
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda box: box._chosen)

    def give(*buttons):
        answers.extend(buttons)
        return asked
    yield give
    assert not answers  # every answer was asked for


def changed_editor(app):
    app.window.session_files.edit("box-breathing")
    editor = app.window.editor_page
    editor.title.setText("Changed")
    editor.title.editingFinished.emit()
    return editor


def test_leaving_the_editor_by_a_shortcut_asks_first(app, answer):
    editor = changed_editor(app)
    asked = answer("Cancel")
    app.window.show_home()  # Ctrl+0
    assert asked == ["Save the changes to this session?"]
    assert app.window.pages.currentWidget() is editor and editor.title.text() == "Changed"
    answer("Cancel")
    app.window.show_history()  # Ctrl+H
    assert app.window.pages.currentWidget() is editor
    answer("Discard")
    app.window.show_home()
    assert app.window.pages.currentWidget() is app.window.home_page


def test_a_second_start_or_a_reminder_asks_before_replacing_the_editor(app, answer):
    editor = changed_editor(app)
    answer("Cancel")
    app.window.bring_forward("first-breaths")  # `relaxapp --start`, a quick action, a reminder
    assert app.window.pages.currentWidget() is editor
    answer("Save")
    app.window.bring_forward("first-breaths")
    assert app.window.pages.currentWidget() is app.window.start_page
    saved = [path.read_text() for path in (app.data_dir / "sessions").glob("*.json")]
    assert any('"Changed"' in text for text in saved)


def test_the_after_page_answers_are_kept_when_a_shortcut_leaves_it(app, qtbot):
    after = after_a_stopped_session(app, qtbot)
    after.symptom_boxes["cramps"].setChecked(True)
    qtbot.keyClicks(after.note, "Calves tight.")
    app.window.show_history()  # Ctrl+H, before Save
    assert app.window.pages.currentWidget() is app.window.history_page
    [record] = app.store.sessions()
    assert record.symptoms == ["cramps"] and record.note == "Calves tight."


def test_a_second_start_keeps_the_after_page_answers(app, qtbot):
    after = after_a_stopped_session(app, qtbot)
    qtbot.keyClick(after, Qt.Key.Key_3)
    after.symptom_boxes["twitching"].setChecked(True)
    app.window.bring_forward("box-breathing")
    assert app.window.pages.currentWidget() is app.window.start_page
    [record] = app.store.sessions()
    assert (record.tension_after, record.symptoms) == (3, ["twitching"])
