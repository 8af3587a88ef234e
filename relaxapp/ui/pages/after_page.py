"""After a session: how tense now and the change; then, if wished, where, any symptoms and a
note, and what to do about symptoms that need help (see relaxapp.core.safety)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox, QGridLayout, QHBoxLayout, QLabel, QPlainTextEdit, QScrollArea, QVBoxLayout,
    QWidget,
)

from relaxapp.core import pace
from relaxapp.core.records import AfterRating
from relaxapp.flow import AfterPrompt
from relaxapp.core.safety import SYMPTOMS, advice_for
from relaxapp.core.wording import change_text
from relaxapp.core.scripts import region_name
from relaxapp.ui.widgets.body_map import BodyMap
from relaxapp.ui.widgets.common import RatingBar, alert, button, label, live, quiet
from relaxapp.core.language import QT_TR_NOOP, tr


def _emphasised(text: str) -> str:
    """The first sentence in bold: what to do comes before why."""
    first, _, rest = text.partition(". ")
    return f"<b>{escape(first)}.</b> {escape(rest)}" if rest else escape(text)


REGION_HINT = QT_TR_NOOP("Click a part of the body, or use the arrow keys on the map.")


class AfterPage(QWidget):
    """First one question, "How tense now?", answered by one key or click and saved at once
    (``rated``), with the change since before. Regions, symptoms and a note wait behind
    *Add details*; Enter, or Save, saves them all and leaves (``saved``)."""

    rated = Signal(object)  # an AfterRating, each time the tension now is chosen
    saved = Signal(object)  # an AfterRating
    show_about = Signal()
    report_requested = Signal(object)  # an AfterRating: the answers so far, saved first
    pace_chosen = Signal(float)  # breaths a minute that felt easiest (a pace-finding session)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.tension_before: int | None = None
        self.prompt_heading = ""  # how the session ended, said when no red flag is ticked
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 24, 32, 20)
        self.heading = label("", "title", wrap=True)
        self.subheading = label("", "muted", wrap=True)
        outer.addWidget(self.heading)
        outer.addWidget(self.subheading)

        self.scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # what it holds takes the focus
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setSpacing(10)
        layout.addWidget(label(tr("How tense now?"), "heading"))
        self.rating = RatingBar(tr("Tension after"))
        self.rating.changed.connect(self._rated)
        layout.addWidget(self.rating)
        layout.addWidget(label(tr("Type a number (1 then 0 for 10), use the arrow keys, or click. "
                               "0 is fully relaxed."), "muted"))
        self.change = label("", "figure", wrap=True)
        live(self.change, tr("Change in tension"))
        self.change.hide()
        layout.addWidget(self.change)

        self.pace_box = QWidget()  # only after a session that offers paces to choose from
        pace = QVBoxLayout(self.pace_box)
        pace.setContentsMargins(0, 0, 0, 0)
        pace.addWidget(label(tr("Which pace felt easiest?"), "heading"))
        pace.addWidget(label(tr("Smooth and comfortable, never short of air. Resonance breathing "
                             "will start at the pace you choose."), "muted", wrap=True))
        self.pace_row = QHBoxLayout()
        pace.addLayout(self.pace_row)
        self.pace_result = label("", "muted", wrap=True)
        pace.addWidget(self.pace_result)
        self.pace_buttons: list = []
        layout.addWidget(self.pace_box)
        self.pace_box.hide()

        self.details_button = button(tr("Add &details: where, symptoms, a note"),
                                     name=tr("Add details: where you feel tension, symptoms, a note"))
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(self.show_details)
        layout.addWidget(self.details_button, alignment=Qt.AlignmentFlag.AlignLeft)
        self.details = QWidget()
        details = QVBoxLayout(self.details)
        details.setContentsMargins(0, 0, 0, 0)
        details.setSpacing(10)
        layout.addWidget(self.details)
        self.details.hide()

        details.addWidget(label(tr("Where do you still feel tension?"), "heading"))
        regions = QVBoxLayout()  # map above its rating: fits narrow windows
        self.body = BodyMap(selectable=True)
        self.body.setMinimumSize(220, 260)
        self.body.setMaximumWidth(420)
        self.body.region_clicked.connect(self._region_chosen)
        regions.addWidget(self.body)
        side = QVBoxLayout()
        self.region_label = label(tr(REGION_HINT), "muted", wrap=True)
        self.region_rating = RatingBar(tr("Tension in the chosen region"))
        self.region_rating.setEnabled(False)
        self.region_rating.changed.connect(self._region_rated)
        side.addWidget(self.region_label)
        side.addWidget(self.region_rating)
        regions.addLayout(side)
        details.addLayout(regions)

        details.addWidget(label(tr("Anything you noticed?"), "heading"))
        self.symptom_boxes: dict[str, QCheckBox] = {}
        groups = (("common", tr("Common with tension")), ("doctor", tr("Worth a doctor's check")),
                  ("emergency", tr("Urgent")))
        for level, heading in groups:
            details.addWidget(label(heading, "muted"))
            grid = QGridLayout()
            chosen = [s for s in SYMPTOMS if s.level == level
                      or (level == "common" and s.level == "breathing")]
            columns = 1 if level == "doctor" else 2  # side by side where the list is long
            for index, symptom in enumerate(chosen):
                box = QCheckBox(symptom.label)
                box.toggled.connect(self._update_safety)
                self.symptom_boxes[symptom.code] = box
                grid.addWidget(box, index // columns, index % columns)
            details.addLayout(grid)
        # One note per kind of advice, the most urgent first; each shown when it applies.
        self.notes: dict[str, QLabel] = {}
        for level, role, name in (("emergency", "emergency", tr("Get emergency help now")),
                                  ("doctor", "safety", tr("Have this checked by a doctor")),
                                  ("breathing", "safety", tr("About tingling during breathing")),
                                  ("self-care", "caution", tr("What else helps"))):
            note = label("", role, wrap=True, rich=level == "emergency")
            live(note, name)
            note.hide()
            self.notes[level] = note
            details.addWidget(note)
        self.safety = self.notes["doctor"]
        self.safety_link = button(tr("Read more: when to get help"), "link")
        self.safety_link.clicked.connect(self.show_about)
        details.addWidget(self.safety_link, alignment=Qt.AlignmentFlag.AlignLeft)
        # What to bring to that check: a dated summary of what was logged.
        self.report_link = button(tr("Make a report to bring"), "link")
        self.report_link.clicked.connect(lambda: self.report_requested.emit(self.answers()))
        details.addWidget(self.report_link, alignment=Qt.AlignmentFlag.AlignLeft)

        details.addWidget(label(tr("Note"), "heading"))
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(tr("Note"))
        self.note.setPlaceholderText(tr("How did it go? Anything that helped, or got in the way?"))
        self.note.setFixedHeight(80)
        self.note.setTabChangesFocus(True)
        details.addWidget(self.note)
        layout.addStretch()
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        # Said when the log did not take the answers, until it does.
        self.save_problem = label("", "error", wrap=True)
        live(self.save_problem, tr("Not saved"))
        self.save_problem.hide()
        outer.addWidget(self.save_problem)
        bottom = QHBoxLayout()
        bottom.addWidget(label(tr("Enter saves."), "muted"))
        bottom.addStretch()
        self.save_button = button(tr("Save"), "primary", tr("Save how you feel"))
        self.save_button.clicked.connect(self._save)
        bottom.addWidget(self.save_button)
        outer.addLayout(bottom)
        self.region_ratings: dict[str, int] = {}
        self.setFocusProxy(self.rating)  # showing the page puts the keys on the rating

    def prepare(self, prompt: AfterPrompt) -> None:
        """Ask about the session just ended (relaxapp.flow says what to ask)."""
        self.prompt_heading = prompt.heading()
        self.heading.setText(self.prompt_heading)
        self.subheading.setText(prompt.summary())
        self.tension_before = prompt.tension_before
        with quiet(self.rating):  # a fresh page, not an answer
            self.rating.set_value(None)
        self.change.hide()
        self.region_ratings = {}
        self.body.set_ratings({})
        self.body.selected = None
        self.region_label.setText(tr(REGION_HINT))  # no region chosen yet: nothing to rate
        self.region_rating.set_value(None)
        self.region_rating.setEnabled(False)
        self.details_button.setChecked(False)
        for box in self.symptom_boxes.values():
            box.setChecked(False)
        self.note.clear()
        self.show_save_problem(None)
        self._offer_paces(prompt.paces)
        self._update_safety()
        self.scroll.verticalScrollBar().setValue(0)  # each session's questions from the top

    def show_heart(self, summary, beats_heard: int | None = None, stood_in=None) -> None:
        """With a heart-rate sensor: what the session's beats said (a HeartSummary), in
        plain figures, under how the session went; or that too few came to say anything
        (``beats_heard``: how many came; None with no sensor chosen). From a stand-in
        (relaxapp --heart-from), said as its figures, not the person's."""
        source = stood_in.title() if stood_in is not None else None
        said = None
        if summary is not None:
            said = summary.stand_in_sentence(source) if source else summary.sentence()
        elif beats_heard == 0:
            said = tr("{source} sent no beat in this session.").format(source=source) \
                if source else tr("Your heart-rate sensor was not heard in this session. Is it "
                                  "worn, with its contacts moist, and not connected to a phone?")
        elif beats_heard:
            said = (tr("{source} sent too few beats to say what they did: about a minute of "
                       "them is needed.").format(source=source) if source else
                    tr("Your heart-rate sensor sent too few beats to say what they did: about "
                       "a minute of them is needed."))
        if said:
            self.subheading.setText(self.subheading.text() + "\n" + said)
        # A pace "your sensor" measured: never a stand-in's.
        measured = summary.resonance_bpm if summary is not None and not source else None
        if measured is not None and self.pace_buttons:
            self.pace_result.setText(tr("Measured by your heart-rate sensor: {pace}. Keep it, "
                                        "or the pace that felt easiest.").format(
                pace=pace.label(measured)))

    def show_save_problem(self, text: str | None) -> None:
        """Say the answers are not saved, and why (None: they are)."""
        self.save_problem.setText(text or "")
        self.save_problem.setVisible(bool(text))
        self.save_button.setText(tr("Try saving again") if text else tr("Save"))

    def show_details(self, shown: bool = True) -> None:
        self.details_button.setChecked(shown)
        self.details.setVisible(shown)
        if shown:
            QTimer.singleShot(0, lambda: self.scroll.ensureWidgetVisible(self.details, 0, 0))

    def _rated(self, value) -> None:
        self.change.setText(change_text(self.tension_before, value))
        self.change.setVisible(value is not None)
        self.rated.emit(self.answers())

    def _offer_paces(self, paces: tuple[float, ...]) -> None:
        for old in self.pace_buttons:
            self.pace_row.removeWidget(old)
            old.deleteLater()
        self.pace_buttons = []
        for bpm in paces:
            choice = button(pace.shown(bpm), name=pace.label(bpm))
            choice.setCheckable(True)
            choice.clicked.connect(lambda _=False, b=bpm, c=choice: self._pace_clicked(b, c))
            self.pace_row.addWidget(choice)
            self.pace_buttons.append(choice)
        self.pace_row.addStretch()
        self.pace_result.setText("")
        self.pace_box.setVisible(bool(paces))

    def _pace_clicked(self, bpm: float, chosen) -> None:
        for other in self.pace_buttons:
            other.setChecked(other is chosen)
        self.pace_result.setText(tr("Kept as your breathing pace: {pace}.").format(pace=pace.label(bpm)))
        self.pace_chosen.emit(bpm)

    def _region_chosen(self, region: str) -> None:
        self.region_label.setText(tr("{region}: how tense is it?").format(region=region_name(region)))
        self.region_rating.setEnabled(True)
        with quiet(self.region_rating):
            self.region_rating.set_value(self.region_ratings.get(region))

    def _region_rated(self, value) -> None:
        region = self.body.selected
        if region is None:
            return
        if value is None:
            self.region_ratings.pop(region, None)
        else:
            self.region_ratings[region] = value
        self.body.set_ratings(self.region_ratings)

    def chosen_symptoms(self) -> list[str]:
        return [code for code, box in self.symptom_boxes.items() if box.isChecked()]

    def _update_safety(self) -> None:
        advice = {item.level: item.text for item in advice_for(self.chosen_symptoms())}
        appeared = None
        for level, note in self.notes.items():
            wanted = level in advice
            if wanted and note.isHidden() and appeared is None:
                appeared = note
            note.setText(_emphasised(advice.get(level, "")) if level == "emergency"
                         else advice.get(level, ""))
            note.setVisible(wanted)
        self.safety_link.setVisible(bool(advice))
        # An emergency sign is a call to make first, not a report to print.
        self.report_link.setVisible("doctor" in advice and "emergency" not in advice)
        # "Well done." does not fit the moment a red flag is ticked.
        self.heading.setText(tr("Please call for help now.") if "emergency" in advice else
                             tr("Thank you for noting this: please read the advice below.")
                             if "doctor" in advice else self.prompt_heading)
        if appeared is not None:  # bring the most urgent new note into view
            QTimer.singleShot(0, lambda: self.scroll.ensureWidgetVisible(appeared))
            if appeared is self.notes["emergency"]:
                alert(appeared)  # heard at once, not only when someone reads that far

    def answers(self) -> AfterRating:
        return AfterRating(
            tension_after=self.rating.value(), regions_after=dict(self.region_ratings),
            symptoms=tuple(self.chosen_symptoms()), note=self.note.toPlainText())

    def keyPressEvent(self, event) -> None:  # noqa: N802
        """A digit answers "How tense now?" from anywhere but the details (the map has a
        rating of its own, the note takes digits); Enter saves. A focused button takes
        its own Enter, the note its own keys: only what they leave comes here."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._save()
        elif self.details.isAncestorOf(self.focusWidget()) or not self.rating.take_digit(event):
            super().keyPressEvent(event)

    def _save(self) -> None:
        self.saved.emit(self.answers())
