"""Python's cycle collector, run only between Qt events.

Left to itself, the collector runs whenever enough objects have been made, which can be in
the middle of a Qt call that holds Qt's signal lock (connecting or disconnecting a signal).
If it then frees a widget, say an old chart's menu, the widget's destructor waits for that
same lock and the window freezes for good. Run from a timer, the collector starts only from
the event loop, where no Qt call is under way.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


def collect_due() -> None:
    """Collect the oldest generation whose count is past its threshold, as Python would have."""
    due = [generation for generation, (count, threshold)
           in enumerate(zip(gc.get_count(), gc.get_threshold())) if count > threshold]
    if due:
        gc.collect(due[-1])


def collect_between_events(owner: QObject) -> QTimer:
    """Turn the automatic collector off and run it from the event loop instead, for as long
    as ``owner`` lives."""
    gc.disable()
    timer = QTimer(owner)
    timer.setInterval(INTERVAL_MS)
    timer.timeout.connect(collect_due)
    timer.start()
    return timer
