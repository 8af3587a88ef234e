"""The start page previews the session: the breath as its shape and seconds, the muscle
groups on the body."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, Qt

from relaxapp.core.timeline import HOLDS_LEFT_OUT, HOLDS_SHORTER

pytestmark = pytest.mark.gui


def test_a_breathing_pattern_is_shown_as_its_seconds_and_shape(app):
    app.window.steps.open_start("box-breathing")
    page = app.window.start_page
    assert page.pattern_text.text() == "In 4 · hold 4 · out 4 · hold 4 s"
    assert page.pace_stepper.value.text() == "3.75 breaths a minute"  # the rate, secondary
    assert page.breath_box.isVisible() and not page.muscle_box.isVisible()
    page.set_holds(HOLDS_SHORTER)
    assert page.pattern_text.text() == "In 4 · hold 2 · out 4 · hold 2 s"
    page.set_holds(HOLDS_LEFT_OUT)
    assert page.pattern_text.text() == "In 4 · out 4 s"
    page.pace_stepper.slower.click()  # slower: every phase longer, the same shape
    assert page.pattern_text.text() == "In 4.1 · out 4.1 s"  # 7.5 → 7.25 breaths a minute
    assert page.pace_stepper.value.text() == "7.25 breaths a minute"
    # the shape: up over the inhale, level through a hold, down over the exhale
    page.set_holds(1.0)
    page.stretch = 1.0
    page._show_pace()
    line = page.pattern_view.outline(QRectF(0, 0, 320, 100))  # two breaths of 16 s
    points = [line.elementAt(i) for i in range(line.elementCount())]

    def height_at(second: float) -> float:  # 0 is empty lungs, 100 full
        x = 320 * second / 32
        return 100 - min(points, key=lambda p: abs(p.x - x)).y

    assert height_at(0) == pytest.approx(0) and height_at(2) == pytest.approx(50, abs=5)
    assert height_at(4) == pytest.approx(100, abs=1) and height_at(7) == pytest.approx(100)
    assert height_at(10) == pytest.approx(50, abs=5)  # half-way out
    assert height_at(13) == pytest.approx(0) and height_at(18) == pytest.approx(50, abs=5)


def test_a_relaxation_session_shows_its_groups_on_the_body(app):
    app.window.steps.open_start("neck-shoulders-jaw")
    page = app.window.start_page
    script = page.session.script
    assert page.muscle_box.isVisible() and not page.breath_box.isVisible()
    worked = {region for step in script.steps if hasattr(step, "regions") for region in step.regions}
    assert page.body.highlighted == worked and worked
    names = [step.name for step in script.steps if hasattr(step, "regions")]
    shown = "\n".join(column.text() for column in page.group_columns).split("\n")
    assert [name for name in shown if name] == list(dict.fromkeys(names))
    assert page.groups.text().startswith(f"{len(set(names))} muscle group")


@pytest.mark.parametrize("session_id", ["pmr-16-groups", "resonance-finder", "night-cramp-stretch"])
def test_the_before_rating_is_in_view_at_1366x768(app, qtbot, session_id):
    """A short screen (1366x768, less a title bar and a panel): the rating is not scrolled
    out of sight below a long page, so a digit shows its answer."""
    app.window.resize(1366, 700)
    app.window.steps.open_start(session_id)
    page = app.window.start_page
    qtbot.keyClick(page, Qt.Key.Key_6)
    assert page.rating.value() == 6
    top_left = page.rating.mapTo(page, page.rating.rect().topLeft())
    bottom = page.rating.mapTo(page, page.rating.rect().bottomRight())
    assert page.rect().contains(top_left) and page.rect().contains(bottom)
    assert page.rating.visibleRegion().boundingRect().height() == page.rating.height()


def test_the_pace_is_shown_whole_after_a_session_without_one(app, qtbot):
    """Shown after a relaxation session (no pace: the row hidden), the pace was squeezed to
    the width of its first, empty text: "3.75" with the + over the rest."""
    from PySide6.QtWidgets import QApplication

    app.window.resize(1280, 800)
    app.window.show()
    app.window.steps.open_start("pmr-16-groups")
    QApplication.processEvents()
    app.window.steps.open_start("box-breathing")
    QApplication.processEvents()
    value = app.window.start_page.pace_stepper.value
    assert value.text() == "3.75 breaths a minute"
    assert value.width() >= value.sizeHint().width()
