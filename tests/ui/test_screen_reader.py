"""What a screen reader hears: the text a label says now, as its name (Qt then tells it of
each change), with what it is as the description; urgent advice as an alert."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from tests.ui.test_flows import start
from tests.ui.test_safety_and_guidance import after_a_stopped_session

pytestmark = pytest.mark.gui


def heard(widget) -> tuple[str, str]:
    """(name, description), as Qt's accessibility gives them to a screen reader."""
    face = QAccessible.queryAccessibleInterface(widget)
    return face.text(QAccessible.Text.Name), face.text(QAccessible.Text.Description)


def test_the_player_says_the_phase_and_the_time_as_they_are(app, qtbot):
    start(app, qtbot, "box-breathing")
    player = app.window.player
    while not player.phase.text():  # past the spoken introduction, into the breathing
        app.frames(1_000)
    for widget, what in ((player.phase, "Phase"), (player.countdown, "Phase countdown"),
                         (player.time_left, "Time left")):
        name, description = heard(widget)
        assert name == widget.text() and name.strip() and description == what, what
    before = heard(player.phase)[0]
    app.frames(4_000)  # the next phase
    assert heard(player.phase)[0] == player.phase.text() != before


def test_problems_and_sources_are_heard_whole(app, qtbot):
    app.window.steps.open_start("box-breathing")
    page = app.window.start_page
    assert heard(page.sources) == (page.sources.text(), "Sources")
    assert page.sources.text().startswith("Source")
    app.window.session_files.edit("box-breathing")
    editor = app.window.editor_page
    editor.title.setText("")
    editor.title.editingFinished.emit()
    assert editor.problem.text() and heard(editor.problem) == (editor.problem.text(), "Problem")


def test_an_urgent_symptom_is_announced_with_its_numbers(app, qtbot, monkeypatch):
    events = []
    monkeypatch.setattr(QAccessible, "updateAccessibility",
                        lambda event: events.append((event.type(), event.object())))
    after = after_a_stopped_session(app, qtbot)
    after.symptom_boxes["weakness"].setChecked(True)
    assert not [e for e in events if e[0] == QAccessible.Event.Alert]  # a doctor's check: calm
    after.symptom_boxes["chest_pain"].setChecked(True)
    note = after.notes["emergency"]
    assert (QAccessible.Event.Alert, note) in events
    name, description = heard(note)
    assert "112" in name and "911" in name and "999" in name
    assert description == "Get emergency help now"


def test_the_way_back_is_named_as_said(app):
    app.window.show_history()
    back = app.window.history_page.findChildren(type(app.window.home_page.start_button))[0]
    assert back.accessibleName() == "Back to Today"


def test_a_rating_is_one_radio_group_that_the_arrows_move_through(app, qtbot):
    app.window.steps.open_start("box-breathing")
    rating = app.window.start_page.rating
    question = heard(rating)[0]
    assert question == "Tension before"
    for value, choice in enumerate(rating.buttons):  # radio buttons, in a group so named
        face = QAccessible.queryAccessibleInterface(choice)
        assert face.role() == QAccessible.Role.RadioButton
        assert face.parent().text(QAccessible.Text.Name) == question
        assert face.text(QAccessible.Text.Name) == f"{question} {value} of 10"
    rating.buttons[5].setFocus()
    qtbot.keyClick(rating.buttons[5], Qt.Key.Key_Right)  # none chosen: from the focused one
    assert rating.value() == 6 and rating.buttons[6].hasFocus()
    assert QAccessible.queryAccessibleInterface(rating.buttons[6]).state().checked
    qtbot.keyClick(rating.buttons[6], Qt.Key.Key_Down)
    qtbot.keyClick(rating.buttons[5], Qt.Key.Key_Left)
    assert rating.value() == 4 and [b.isChecked() for b in rating.buttons].count(True) == 1
    for _ in range(8):
        qtbot.keyClick(rating.buttons[rating.value()], Qt.Key.Key_Up)
    assert rating.value() == 10  # and no further
    for _ in range(12):
        qtbot.keyClick(rating.buttons[rating.value()], Qt.Key.Key_Left)
    assert rating.value() == 0


def test_the_arrows_rate_on_the_after_page_as_its_hint_says(app, qtbot):
    start(app, qtbot, "first-breaths", rating=6)
    qtbot.keyClick(app.window.player, Qt.Key.Key_Escape)
    after = app.window.after_page
    assert "arrow keys" in " ".join(w.text() for w in after.findChildren(type(after.heading)))
    assert app.window.focusWidget() is after.rating.buttons[5]  # the page puts the keys there
    qtbot.keyClick(app.window.focusWidget(), Qt.Key.Key_Right)
    assert after.rating.value() == 6
