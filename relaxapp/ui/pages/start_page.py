"""A session's start screen: what it is and where it comes from, its cautions, the pace and
the breath holds, and how tense you feel."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from relaxapp.core import pace
from relaxapp.core.library import KIND_HEADINGS, LoadedSession
from relaxapp.core.wording import duration_text
from relaxapp.core.scripts import BreatheStep, MuscleStep
from relaxapp.core.timeline import (
    HOLDS_AS_WRITTEN, HOLDS_LEFT_OUT, HOLDS_SHORTER, breath_ms, cycle_ms, pattern_text,
)
from relaxapp.ui.widgets.body_map import BodyMap
from relaxapp.ui.widgets.pattern_view import PatternView
from relaxapp.ui.widgets.common import PaceStepper, RatingBar, back_row, button, label, live
from relaxapp.core import language
from relaxapp.core.language import LANGUAGE_NAMES, QT_TR_NOOP, tr


HOLD_CHOICES = ((HOLDS_AS_WRITTEN, QT_TR_NOOP("As written")),
                (HOLDS_SHORTER, QT_TR_NOOP("Half as long")),
                (HOLDS_LEFT_OUT, QT_TR_NOOP("Leave out")))  # shown through tr


class StartPage(QWidget):
    # tension before (int | None), pace stretch (float), breath holds (float, see timeline)
    start = Signal(object, object, object)
    back = Signal()
    edit = Signal()  # change it (the person's own) or make a copy to change
    export = Signal()  # save a copy of its file elsewhere, to share it

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.session: LoadedSession | None = None
        self.stretch = 1.0
        self.holds = HOLDS_AS_WRITTEN
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 24, 32, 24)
        outer.addLayout(back_row(tr("Back"), self.back))

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # what it holds takes the focus
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setSpacing(12)
        self.title = label("", "title", wrap=True)
        self.details = label("", "muted")
        self.cautions = label("", "caution", wrap=True)
        self.about_heading = label(tr("About this exercise"), "heading")
        self.summary = label("", wrap=True)
        self.sources = label("", "muted", wrap=True)
        live(self.sources, tr("Sources"))
        layout.addWidget(self.title)
        layout.addWidget(self.details)

        # A preview: the breath as its shape and seconds, the muscle groups on the body.
        self.preview = QWidget()
        preview = QHBoxLayout(self.preview)
        preview.setContentsMargins(0, 4, 0, 4)
        preview.setSpacing(24)
        self.breath_box = QWidget()
        breath = QVBoxLayout(self.breath_box)
        breath.setContentsMargins(0, 0, 0, 0)
        self.pattern_view = PatternView()
        self.pattern_view.setMaximumWidth(440)
        self.pattern_text = label("", "figure")
        self.pattern_text.setAccessibleName(tr("One breath"))
        breath.addWidget(self.pattern_view)
        breath.addWidget(self.pattern_text)
        breath.addStretch()
        preview.addWidget(self.breath_box, 1)
        self.muscle_box = QWidget()
        muscles = QHBoxLayout(self.muscle_box)
        muscles.setContentsMargins(0, 0, 0, 0)
        self.body = BodyMap()
        self.body.setFixedSize(150, 190)
        self.groups = label("", "muted")
        self.group_columns = (label(""), label(""))  # the names in two columns: it fits
        names = QGridLayout()
        names.setContentsMargins(0, 0, 0, 0)
        names.addWidget(self.groups, 0, 0, 1, 2)
        for column, names_label in enumerate(self.group_columns):
            names_label.setAlignment(Qt.AlignmentFlag.AlignTop)
            names.addWidget(names_label, 1, column)
        names.setRowStretch(2, 1)
        names.setColumnStretch(2, 1)
        names.setHorizontalSpacing(32)
        muscles.addWidget(self.body)
        muscles.addLayout(names, 1)
        preview.addWidget(self.muscle_box, 1)
        layout.addWidget(self.preview)
        layout.addWidget(self.cautions)
        layout.addWidget(self.about_heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.sources)

        self.pace_row = QWidget()
        pace_layout = QHBoxLayout(self.pace_row)
        pace_layout.setContentsMargins(0, 0, 0, 0)
        pace_layout.addWidget(label(tr("Pace"), "heading"))
        self.pace_stepper = PaceStepper("Slower", "Faster")
        self.pace_stepper.stepped.connect(self._step_pace)
        pace_layout.addWidget(self.pace_stepper)
        pace_layout.addStretch()
        self.pace_hint = label(tr("You can change it during the session with the arrow keys."),
                               "muted", wrap=True)
        layout.addWidget(self.pace_row)
        layout.addWidget(self.pace_hint)

        # Holds shortened or left out alone: the breaths in and out keep their length.
        self.holds_row = QWidget()
        holds = QHBoxLayout(self.holds_row)
        holds.setContentsMargins(0, 0, 0, 0)
        holds.addWidget(label(tr("Breath holds"), "heading"))
        self.hold_buttons: dict[float, object] = {}
        for value, text in HOLD_CHOICES:
            choice = button(tr(text), name=tr("Breath holds: {choice}").format(choice=tr(text).lower()))
            choice.setCheckable(True)
            choice.clicked.connect(lambda _=False, v=value: self.set_holds(v))
            self.hold_buttons[value] = choice
            holds.addWidget(choice)
        holds.addStretch()
        layout.addWidget(self.holds_row)

        layout.addStretch()
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        # The rating stays in view above Start, however long the page above: a digit typed
        # on a short screen shows its answer.
        footer = QVBoxLayout()
        footer.setContentsMargins(layout.contentsMargins().left(), 8, 0, 4)  # in line above
        footer.addWidget(label(tr("How tense do you feel right now?"), "heading"))
        self.rating = RatingBar(tr("Tension before"))
        footer.addWidget(self.rating)
        footer.addWidget(label(tr("Optional. 0 is fully relaxed, 10 the most tense you can "
                               "imagine."), "muted"))
        outer.addLayout(footer)

        bottom = QHBoxLayout()
        self.edit_button = button(tr("Make a &copy to edit"))
        self.edit_button.clicked.connect(self.edit)
        bottom.addWidget(self.edit_button)
        export = button(tr("E&xport…"), name=tr("Export this session to share it"))
        export.clicked.connect(self.export)
        bottom.addWidget(export)
        bottom.addStretch()
        self.start_button = button(tr("Start"), "primary", tr("Start the session"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self._start)
        bottom.addWidget(self.start_button)
        outer.addLayout(bottom)
        self.setFocusProxy(self.start_button)

    def show_session(self, session: LoadedSession, stretch: float = 1.0,
                     resonance_bpm: float | None = None) -> None:
        """``stretch`` is the breathing pace to begin with (from the settings);
        ``resonance_bpm`` the person's own pace, for steps that run at it."""
        self.session = session
        script = session.script
        self.holds = HOLDS_AS_WRITTEN
        self.title.setText(script.title)
        mine = " · " + tr("your own session") if session.origin == "user" else ""
        if script.language.split("-")[0].lower() != language.current():
            # no translation into the person's language yet: said before it is heard
            written = script.language.split("-")[0].lower()
            mine += " · " + tr("in {language}: not translated yet").format(
                language=tr(LANGUAGE_NAMES[written]) if written in LANGUAGE_NAMES
                else script.language)
        self.edit_button.setText(tr("&Edit") if session.origin == "user" else tr("Make a &copy to edit"))
        self.edit_button.setAccessibleName(tr("Edit this session") if session.origin == "user"
                                           else tr("Make a copy of this session to edit"))
        self.details.setText(tr(KIND_HEADINGS[script.kind]) + " · " +
                             duration_text(script.planned_ms // 1000) + mine)
        self.summary.setText(script.summary)
        self.summary.setVisible(bool(script.summary))
        self.sources.setText(tr("Source(s): {sources}", None, len(script.sources)).format(
            sources=" · ".join(script.sources)))
        self.sources.setVisible(bool(script.sources))
        self.about_heading.setVisible(bool(script.summary or script.sources))
        self.cautions.setText("\n\n".join(script.cautions))
        self.cautions.setVisible(bool(script.cautions))
        first = self._first_breathing()
        # A session that compares paces runs them as written.
        pace_free = first is not None and not script.choose_pace
        self.pace_row.setVisible(pace_free)
        self.pace_hint.setVisible(pace_free)
        if not pace_free:
            stretch = 1.0
        elif first.pace == "resonance" and resonance_bpm:
            stretch = pace.stretch_for(breath_ms(first), resonance_bpm)
        self.stretch = pace.clamped(stretch)
        self.holds_row.setVisible(script.has_holds)
        muscle_steps = [step for step in script.steps if isinstance(step, MuscleStep)]
        self.breath_box.setVisible(first is not None)
        self.muscle_box.setVisible(bool(muscle_steps))
        self.preview.setVisible(first is not None or bool(muscle_steps))
        self.body.set_highlight({region for step in muscle_steps for region in step.regions})
        names = list(dict.fromkeys(step.name for step in muscle_steps))
        self.groups.setText(tr("%n muscle group(s), in this order:", None, len(names)))
        half = (len(names) + 1) // 2
        for column, part in zip(self.group_columns, (names[:half], names[half:])):
            column.setText("\n".join(part))
        self.muscle_box.setAccessibleDescription(", ".join(names))
        self.set_holds(HOLDS_AS_WRITTEN)
        self.rating.set_value(None)
        self._show_pace()

    def set_holds(self, holds: float) -> None:
        self.holds = holds
        for value, choice in self.hold_buttons.items():
            choice.setChecked(value == holds)
        self._show_pace()

    def _first_breathing(self) -> BreatheStep | None:
        if self.session is None:
            return None
        return next((s for s in self.session.script.steps if isinstance(s, BreatheStep)), None)

    def breaths_per_minute(self) -> float | None:
        step = self._first_breathing()
        return None if step is None else 60_000 / cycle_ms(step, self.stretch, self.holds)

    def _step_pace(self, steps: int) -> None:
        step = self._first_breathing()
        if step is None:
            return
        self.stretch = pace.stepped(breath_ms(step, self.holds), self.breaths_per_minute(),
                                    steps)
        self._show_pace()

    def _show_pace(self) -> None:
        bpm = self.breaths_per_minute()
        if bpm is not None:
            self.pace_stepper.show_pace(bpm)
            step = self._first_breathing()
            self.pattern_view.set_pattern(step, self.stretch, self.holds)
            text = pattern_text(step, self.stretch, self.holds)
            self.pattern_text.setText(text[:1].upper() + text[1:])

    def keyPressEvent(self, event) -> None:  # noqa: N802
        """A digit rates the tension from anywhere on the page; Enter starts, unless a
        focused button (Back, the pace) takes it for itself."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._start()
        elif not self.rating.take_digit(event):
            super().keyPressEvent(event)

    def _start(self) -> None:
        if self.session is not None and self.isVisible():
            self.start.emit(self.rating.value(), self.stretch, self.holds)
