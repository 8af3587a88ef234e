"""The player's parts that hold no session: the frame it paints by, the work done after a
frame is shown (timed, when traced), and the two views laid over it (eyes closed, paused)."""

from __future__ import annotations

import math

import sys

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from relaxapp.core.clock import monotonic_ms
from relaxapp.sound_schedule import TRACE
from relaxapp.ui.widgets import theme
from relaxapp.ui.widgets.common import label, live
from relaxapp.core.language import tr


TRACE_HELD_MS = 100  # with RELAXAPP_AUDIO_TRACE, work that holds the window longer is said


def traced(work, what: str) -> None:
    """``work()``; with RELAXAPP_AUDIO_TRACE, said on stderr if it held the window long (a
    disk write on a busy machine), to tell it from other faults when a recording shows one."""
    began = monotonic_ms()
    work()
    if TRACE and monotonic_ms() - began > TRACE_HELD_MS:
        print(f"relaxapp player: {what} held the window {monotonic_ms() - began} ms",
              file=sys.stderr, flush=True)


def frame_interval_ms() -> int:
    """One frame at the screen's refresh rate (60 Hz when it cannot tell)."""
    screen = QGuiApplication.primaryScreen()
    rate = screen.refreshRate() if screen is not None else 60.0
    return max(4, int(1000 / (rate if rate and rate > 1 else 60.0)))



def clock_text(ms: int) -> str:
    """'4:05': minutes and seconds, rounded up (a session never shows 0:00 left early)."""
    seconds = math.ceil(max(0, ms) / 1000)
    return f"{seconds // 60}:{seconds % 60:02d}"

class AfterFrame(QObject):
    """Runs ``work`` once the frame asked for now is painted and shown.

    Qt posts a widget's paint request at low priority; this posts its own event lower
    still, so the event loop paints first and does the work in the time before the next
    frame, where a few milliseconds go unseen.
    """

    _type: QEvent.Type | None = None

    def __init__(self, work, parent: QObject | None = None):
        super().__init__(parent)
        self.work = work
        self.pending = False
        if AfterFrame._type is None:
            AfterFrame._type = QEvent.Type(QEvent.registerEventType())

    def post(self) -> None:
        if not self.pending:  # once, however many frames pass before it runs
            self.pending = True
            QCoreApplication.postEvent(self, QEvent(self._type),
                                       Qt.EventPriority.LowEventPriority.value - 1)

    def event(self, event: QEvent) -> bool:
        if event.type() != self._type:
            return super().event(event)
        self.pending = False
        self.work()
        return True


class EyesClosedView(QWidget):
    """The screen dimmed to almost nothing while the sounds and the voice guide: only the
    phase, in a dim grey on black, and how to get the full view back."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("eyesClosed")
        self.setStyleSheet("#eyesClosed { background: #050707; } QLabel { color: #4a5654; }")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QVBoxLayout(self)
        layout.addStretch()
        self.phase = label("", "phase")
        self.phase.setAlignment(Qt.AlignmentFlag.AlignCenter)
        live(self.phase, tr("Phase"))
        layout.addWidget(self.phase)
        layout.addStretch()
        hint = label(tr("Eyes-closed mode: follow the voice and the sounds. E shows the screen, "
                     "Space pauses, Esc stops."), wrap=True)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(hint)
        self.hide()


class PausedView(QWidget):
    """Over the breathing shape or the body map while paused: plainly paused, and how to
    go on. The picture shows through, dimmed, so it is clear where the session stands."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("paused")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAccessibleName(tr("Paused"))
        layout = QVBoxLayout(self)
        layout.addStretch()
        self.title = label(tr("Paused"), "title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = label(tr("Space or Resume goes on from here. Esc stops; what you did is kept."),
                          "muted", wrap=True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addStretch()
        self.hide()

    def cover(self, area: QWidget) -> None:
        """Show over ``area``, in the colours of the theme in use."""
        palette = theme.current()
        ground = theme.color(palette.background, 0.82)
        self.setStyleSheet(f"#paused {{ background: rgba({ground.red()}, {ground.green()}, "
                           f"{ground.blue()}, {ground.alpha()}); border-radius: 12px; }}")
        self.setGeometry(area.geometry())
        self.show()
        self.raise_()
