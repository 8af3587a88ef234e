"""The breathing shape repaints only what changes, and what is on screen is always whole."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect

from relaxapp.ui.widgets.breath_shape import BreathShape

pytestmark = pytest.mark.gui


def on_screen(widget):
    return widget.screen().grabWindow(widget.winId()).toImage()


def test_partial_repaints_leave_no_trace(qtbot, qapp):
    shape = BreathShape()
    qtbot.addWidget(shape)
    shape.resize(420, 380)
    with qtbot.waitExposed(shape):
        shape.show()
    steps = [(0.0, 0.0), (0.3, 0.1), (1.0, 0.4), (1.0, 0.5), (0.6, 0.6), (0.05, 0.9), (None, 1.0),
             (0.5, 0.0), (0.95, 0.2)]
    for reduced in (False, True):
        shape.reduced_motion = reduced
        shape.update()
        for fullness, progress in steps:
            shape.show_state(fullness, progress)
            qapp.processEvents()  # only the region show_state asked for is repainted
            whole = shape.grab().toImage()  # everything drawn afresh
            assert on_screen(shape).convertToFormat(whole.format()) == whole, (reduced, fullness)


def test_a_frame_repaints_only_round_the_shape(qtbot, qapp, monkeypatch):
    shape = BreathShape()
    qtbot.addWidget(shape)
    shape.resize(600, 600)
    with qtbot.waitExposed(shape):
        shape.show()
    shape.show_state(0.0, 0.0)
    qapp.processEvents()
    asked = []
    monkeypatch.setattr(shape, "update", lambda *rect: asked.append(
        QRect(*rect) if len(rect) == 4 else rect[0] if rect else None))
    shape.show_state(0.1, 0.0)  # small lungs: a small square round the centre
    (small,) = asked
    assert small.width() < 0.5 * shape.width() and small.center() == shape.rect().center()
