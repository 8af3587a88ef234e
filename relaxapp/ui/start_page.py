"""A session's start screen: what it is, its cautions, the pace, and how tense you feel."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from relaxapp.core.library import LoadedSession
from relaxapp.core.scripts import BreatheStep
from relaxapp.core.timeline import MAX_SCALE, MIN_SCALE
from relaxapp.practice import PACE_STEP_BPM
from relaxapp.ui.library_page import minutes_text
from relaxapp.ui.widgets import RatingBar, back_row, button, label


class StartPage(QWidget):
    start = Signal(object, object)  # tension before (int | None), pace scale (float)
    back = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.session: LoadedSession | None = None
        self.scale = 1.0
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 24, 32, 24)
        outer.addLayout(back_row("Library", self.back))

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setSpacing(12)
        self.title = label("", "title", wrap=True)
        self.details = label("", "muted")
        self.summary = label("", wrap=True)
        self.cautions = label("", "caution", wrap=True)
        layout.addWidget(self.title)
        layout.addWidget(self.details)
        layout.addWidget(self.summary)
        layout.addWidget(self.cautions)

        self.pace_row = QWidget()
        pace = QHBoxLayout(self.pace_row)
        pace.setContentsMargins(0, 0, 0, 0)
        pace.addWidget(label("Pace", "heading"))
        self.slower = button("−", name="Slower")
        self.pace_label = label("")
        self.faster = button("+", name="Faster")
        self.slower.clicked.connect(lambda: self._step_pace(-1))
        self.faster.clicked.connect(lambda: self._step_pace(+1))
        for widget in (self.slower, self.faster):
            widget.setFixedWidth(44)
        for widget in (self.slower, self.pace_label, self.faster):
            pace.addWidget(widget)
        pace.addStretch()
        self.pace_hint = label("You can change it during the session with the arrow keys.",
                               "muted", wrap=True)
        layout.addWidget(self.pace_row)
        layout.addWidget(self.pace_hint)

        layout.addWidget(label("How tense do you feel right now?", "heading"))
        self.rating = RatingBar("Tension before")
        layout.addWidget(self.rating)
        layout.addWidget(label("Optional. 0 is fully relaxed, 10 the most tense you can imagine.",
                               "muted"))
        layout.addStretch()
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        bottom = QHBoxLayout()
        bottom.addStretch()
        self.start_button = button("Start", "primary", "Start the session")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self._start)
        bottom.addWidget(self.start_button)
        outer.addLayout(bottom)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self, self._start,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.setFocusProxy(self.start_button)

    def show_session(self, session: LoadedSession, scale: float = 1.0) -> None:
        """``scale`` is the breathing pace to begin with (from the settings)."""
        self.session = session
        script = session.script
        self.scale = min(MAX_SCALE, max(MIN_SCALE, scale))
        self.title.setText(script.title)
        kind = {"breathing": "Breathing", "pmr": "Progressive muscle relaxation",
                "mixed": "Breathing and relaxation"}[script.kind]
        mine = " · your own session" if session.origin == "user" else ""
        self.details.setText(f"{kind} · {minutes_text(script.planned_ms)}{mine}")
        self.summary.setText(script.summary)
        self.summary.setVisible(bool(script.summary))
        self.cautions.setText("\n\n".join(script.cautions))
        self.cautions.setVisible(bool(script.cautions))
        self.pace_row.setVisible(self._first_breathing() is not None)
        self.pace_hint.setVisible(self._first_breathing() is not None)
        self.rating.set_value(None)
        self._show_pace()

    def _first_breathing(self) -> BreatheStep | None:
        if self.session is None:
            return None
        return next((s for s in self.session.script.steps if isinstance(s, BreatheStep)), None)

    def breaths_per_minute(self) -> float | None:
        step = self._first_breathing()
        return None if step is None else 60_000 / (step.cycle_ms * self.scale)

    def _step_pace(self, steps: int) -> None:
        step = self._first_breathing()
        if step is None:
            return
        bpm = self.breaths_per_minute() + steps * PACE_STEP_BPM
        scale = 60_000 / (step.cycle_ms * bpm) if bpm > 0 else MAX_SCALE
        self.scale = min(MAX_SCALE, max(MIN_SCALE, scale))
        self._show_pace()

    def _show_pace(self) -> None:
        bpm = self.breaths_per_minute()
        if bpm is not None:
            self.pace_label.setText(f"{bpm:.2f}".rstrip("0").rstrip(".") + " breaths a minute")

    def _start(self) -> None:
        if self.session is not None and self.isVisible():
            self.start.emit(self.rating.value(), self.scale)
