"""Tens of thousands of frames of each view: no lost references to None, no growing memory."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtGui import QImage

pytestmark = [pytest.mark.gui, pytest.mark.slow]

FRAMES = 20_000


def resident_kib() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * 4


def paint_frames(app, session_id: str, frames: int) -> tuple[int, int]:
    """Run a session through the player, painting every frame; (None refs lost, KiB grown)."""
    window = app.window
    window.steps.open_start(session_id)
    window.start_page.start_button.click()
    player = window.player
    image = QImage(player.size(), QImage.Format.Format_ARGB32_Premultiplied)
    drawn = [0]

    def frame():
        app.clock.advance(16)
        player.tick()
        drawn[0] += 1
        # the animated view every frame; the whole page (labels, buttons) every 10th
        target = player if drawn[0] % 10 == 0 else player.visual.currentWidget()
        target.render(image)

    for _ in range(2_000):  # warm up caches and fonts first
        frame()
    none_before, memory_before = sys.getrefcount(None), resident_kib()
    for _ in range(frames):
        if window.pages.currentWidget() is not player:  # the session ended: start it again
            window.steps.open_start(session_id)
            window.start_page.start_button.click()
        frame()
    return none_before - sys.getrefcount(None), resident_kib() - memory_before


@pytest.mark.parametrize("session_id", ["cyclic-sighing", "pmr-16-groups"])
def test_views_paint_for_tens_of_thousands_of_frames(app, session_id):
    lost, grown = paint_frames(app, session_id, FRAMES)
    assert lost < 100, f"None lost {lost} references in {FRAMES} frames"
    assert grown < 20 * 1024, f"memory grew by {grown} KiB in {FRAMES} frames"
    assert app.window.player.frames >= FRAMES
