"""After a session: how tense now, where, any symptoms, a note; and the safety note."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox, QGridLayout, QHBoxLayout, QPlainTextEdit, QScrollArea, QVBoxLayout, QWidget,
)

from relaxapp.core.safety import SAFETY_NOTE, SYMPTOMS, red_flags_in
from relaxapp.ui.body_map import REGION_NAMES, BodyMap
from relaxapp.ui.widgets import RatingBar, button, label


class AfterPage(QWidget):
    saved = Signal(dict)  # tension_after, regions_after, symptoms, note
    show_about = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 24, 32, 20)
        self.heading = label("", "title", wrap=True)
        self.subheading = label("", "muted", wrap=True)
        outer.addWidget(self.heading)
        outer.addWidget(self.subheading)

        self.scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setSpacing(10)
        layout.addWidget(label("How tense do you feel now?", "heading"))
        self.rating = RatingBar("Tension after")
        layout.addWidget(self.rating)

        layout.addWidget(label("Where do you still feel tension? (optional)", "heading"))
        regions = QVBoxLayout()  # map above its rating: fits narrow windows
        self.body = BodyMap(selectable=True)
        self.body.setMinimumSize(220, 260)
        self.body.setMaximumWidth(420)
        self.body.region_clicked.connect(self._region_chosen)
        regions.addWidget(self.body)
        side = QVBoxLayout()
        self.region_label = label("Click a part of the body, or use the arrow keys on the map.",
                                  "muted", wrap=True)
        self.region_rating = RatingBar("Tension in the chosen region")
        self.region_rating.setEnabled(False)
        self.region_rating.changed.connect(self._region_rated)
        side.addWidget(self.region_label)
        side.addWidget(self.region_rating)
        regions.addLayout(side)
        layout.addLayout(regions)

        layout.addWidget(label("Anything you noticed? (optional)", "heading"))
        grid = QGridLayout()
        self.symptom_boxes: dict[str, QCheckBox] = {}
        for index, symptom in enumerate(SYMPTOMS):
            box = QCheckBox(symptom.label)
            box.toggled.connect(self._update_safety)
            self.symptom_boxes[symptom.code] = box
            grid.addWidget(box, index % 5, index // 5)
        layout.addLayout(grid)
        self.safety = label(SAFETY_NOTE, "safety", wrap=True)
        self.safety.setAccessibleName("A note about these symptoms")
        self.safety_link = button("Read more: when to see a doctor", "link")
        self.safety_link.clicked.connect(self.show_about)
        layout.addWidget(self.safety)
        layout.addWidget(self.safety_link, alignment=Qt.AlignmentFlag.AlignLeft)

        layout.addWidget(label("Note (optional)", "heading"))
        self.note = QPlainTextEdit()
        self.note.setAccessibleName("Note")
        self.note.setPlaceholderText("How did it go? Anything that helped, or got in the way?")
        self.note.setFixedHeight(80)
        self.note.setTabChangesFocus(True)
        layout.addWidget(self.note)
        layout.addStretch()
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        bottom = QHBoxLayout()
        bottom.addStretch()
        self.save_button = button("Save", "primary", "Save how you feel")
        self.save_button.clicked.connect(self._save)
        bottom.addWidget(self.save_button)
        outer.addLayout(bottom)
        self.region_ratings: dict[str, int] = {}
        self.setFocusProxy(self.rating)  # showing the page puts the keys on the rating

    def prepare(self, title: str, status: str, tension_before: int | None,
                minutes: float) -> None:
        self.heading.setText("Well done." if status == "completed" else "Stopped early: that's fine.")
        done = f"{minutes:.0f} min" if minutes >= 1 else "under a minute"
        before = f" You rated your tension {tension_before} before." if tension_before is not None else ""
        self.subheading.setText(f"{title}: {done} of practice.{before}")
        self.rating.set_value(None)
        self.region_ratings = {}
        self.body.set_ratings({})
        self.body.selected = None
        self.region_rating.setEnabled(False)
        for box in self.symptom_boxes.values():
            box.setChecked(False)
        self.note.clear()
        self._update_safety()

    def _region_chosen(self, region: str) -> None:
        self.region_label.setText(f"{REGION_NAMES[region]}: how tense is it?")
        self.region_rating.setEnabled(True)
        self.region_rating.blockSignals(True)
        self.region_rating.set_value(self.region_ratings.get(region))
        self.region_rating.blockSignals(False)

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
        flagged = bool(red_flags_in(self.chosen_symptoms()))
        shown = not self.safety.isHidden()
        self.safety.setVisible(flagged)
        self.safety_link.setVisible(flagged)
        if flagged and not shown:  # bring the note into view when it appears
            QTimer.singleShot(0, lambda: self.scroll.ensureWidgetVisible(self.safety_link))

    def _save(self) -> None:
        self.saved.emit({
            "tension_after": self.rating.value(),
            "regions_after": dict(self.region_ratings),
            "symptoms": self.chosen_symptoms(),
            "note": self.note.toPlainText(),
        })

