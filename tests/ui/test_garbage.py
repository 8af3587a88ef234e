"""Python's cycle collector runs between Qt events, never inside a Qt call."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject

from relaxapp.ui.shell import garbage


class Cycle:
    def __init__(self):
        self.me = self


def test_the_collector_runs_from_the_event_loop_only(qtbot):
    owner = QObject()
    was_enabled = gc.isenabled()
    gc.enable()
    try:
        timer = garbage.collect_between_events(owner)
        assert not gc.isenabled() and timer.isActive()
        for _ in range(3 * gc.get_threshold()[0]):
            Cycle()  # garbage that only the cycle collector frees
        assert gc.get_count()[0] > gc.get_threshold()[0]  # not collected as it was made
        collected = []
        gc.callbacks.append(lambda phase, info: collected.append((phase, info["generation"])))
        try:
            qtbot.waitUntil(lambda: any(phase == "stop" for phase, _ in collected),
                            timeout=3 * garbage.INTERVAL_MS)
        finally:
            gc.callbacks.pop()
        assert gc.get_count()[0] < gc.get_threshold()[0]
    finally:
        owner.deleteLater()
        if was_enabled:
            gc.enable()
        else:
            gc.disable()
