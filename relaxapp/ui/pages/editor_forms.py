"""The session editor's forms: one for each kind of step (breathing, tense and release,
spoken words), each showing a step of the script's document and reading it back, keeping
what it does not show and numbers as written.

Over 400 lines: three forms of about 100 lines each, and the number field they share."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QGridLayout, QHBoxLayout, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QSpinBox, QVBoxLayout, QWidget,
)

from relaxapp import resources
from relaxapp.core import editing, pace
from relaxapp.core.scripts import REGION_NAMES, BreatheStep, region_name
from relaxapp.core.timeline import cycle_ms
from relaxapp.core.wording import duration_text
from relaxapp.ui.widgets.common import button, label, quiet
from relaxapp.ui.widgets.pattern_view import PatternView
from relaxapp.core.language import spoken, tr

PHASES = ("inhale", "hold", "exhale")


def texts_by_region(language: str = "en") -> dict[str, dict]:
    """The bundled 16 groups' words for each region, in ``language`` where translated."""
    translated = resources.sessions_dir() / language / "pmr-16-groups.json"
    original = resources.sessions_dir() / "pmr-16-groups.json"
    return editing.texts_by_region(str(translated if translated.is_file() else original))


def step_title(step: dict) -> str:
    kind = step.get("type")
    if kind == "breathe":
        parts = [f"{p.get('phase', '?')} {p.get('seconds', '?')}"
                 for p in step.get("pattern", []) if isinstance(p, dict)]
        return tr("Breathing: {pattern} s").format(pattern=" · ".join(parts))
    if kind == "muscle":
        return tr("Tense and release: {name}").format(name=step.get("name", ""))
    return tr("Spoken: {words}").format(words=str(step.get("text", ""))[:48])


class Bounded(QDoubleSpinBox):
    """A number box that takes a number out of its range as typed, then sets the nearest
    one it allows and says so (``note``), rather than dropping keys: "99" in a box of at
    most 20 became "9", silently."""

    def __init__(self):
        super().__init__()
        self.note = ""  # what was corrected, until the editor has shown it

    def validate(self, text: str, pos: int):
        state, text, pos = super().validate(text, pos)
        if state == QValidator.State.Invalid and self._number(text) is not None:
            state = QValidator.State.Intermediate  # corrected when typing ends
        return state, text, pos

    def fixup(self, text: str) -> str:
        typed = self._number(text)
        if typed is None:
            return super().fixup(text)
        nearest = min(max(typed, self.minimum()), self.maximum())
        self.note = (f"{self.accessibleName()}: {typed:g} is more than {self.maximum():g}, the "
                     f"most allowed here, so it is {nearest:g}." if typed > self.maximum() else
                     f"{self.accessibleName()}: {typed:g} is less than {self.minimum():g}, the "
                     f"least allowed here, so it is {nearest:g}.")
        page = self.parentWidget()
        while page is not None and not hasattr(page, "show_range_notes"):
            page = page.parentWidget()
        if page is not None:  # once the value is set (and the change recorded)
            QTimer.singleShot(0, page.show_range_notes)
        return self.textFromValue(nearest)

    def _number(self, text: str) -> float | None:
        try:
            return float(text.strip().replace(self.locale().decimalPoint(), "."))
        except ValueError:
            return None


def _spin(low: float, high: float, step: float, name: str, decimals: int = 1) -> QDoubleSpinBox:
    spin = Bounded()
    spin.setRange(low, high)
    spin.setSingleStep(step)
    spin.setDecimals(decimals)
    spin.setAccessibleName(name)
    spin.setKeyboardTracking(False)  # one change when typing ends, not one a keystroke
    return spin


class BreathForm(QWidget):
    changed = Signal()

    def __init__(self):
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label(tr("One breath"), "heading"))
        self.rows = QGridLayout()
        layout.addLayout(self.rows)
        # (kind, seconds, label, remove, move earlier) for each phase
        self.phase_widgets: list[tuple] = []
        self.add_phase = button(tr("Add a hold (&phase)"), name=tr("Add a phase: a hold of 2 seconds"))
        self.add_phase.clicked.connect(self.add_hold)
        layout.addWidget(self.add_phase, alignment=Qt.AlignmentFlag.AlignLeft)
        self.preview = PatternView()
        self.preview_text = label("", "muted")
        layout.addWidget(self.preview)
        layout.addWidget(self.preview_text)
        form = QFormLayout()
        length = QHBoxLayout()
        self.amount = _spin(0.5, 10_000, 1, tr("How long"))
        self.unit = QComboBox()
        self.unit.addItems([tr("minutes"), tr("breaths")])  # (read by index)
        self.unit.setAccessibleName(tr("Minutes or breaths"))
        length.addWidget(self.amount)
        length.addWidget(self.unit)
        form.addRow(tr("Length"), length)
        self.text = QLineEdit()
        self.text.setAccessibleName(tr("Instruction shown during the breathing"))
        form.addRow(tr("Instruction"), self.text)
        layout.addLayout(form)
        self.amount.valueChanged.connect(self.changed)
        self.unit.currentIndexChanged.connect(self.changed)
        self.text.editingFinished.connect(self.changed)
        self.step: dict = {}

    def add_hold(self) -> None:
        """A 2 s hold: after the first inhale when the breath has none yet (in, hold, out),
        else at the end (the hold after the out of box breathing)."""
        self.read()
        pattern = self.step.setdefault("pattern", [])
        kinds = [phase.get("phase") for phase in pattern]
        at = kinds.index("inhale") + 1 if "hold" not in kinds and "inhale" in kinds \
            else len(pattern)
        pattern.insert(at, {"phase": "hold", "seconds": 2})
        self.show_step(self.step)
        self.changed.emit()

    def _add_phase(self, phase: dict) -> None:
        index = len(self.phase_widgets)
        kind = QComboBox()
        kind.addItems(PHASES)
        kind.setCurrentText(str(phase.get("phase", "hold")))
        kind.setAccessibleName(tr("Phase {number}").format(number=index + 1))
        seconds = _spin(0.5, 60, 0.5, tr("Phase {number}: seconds").format(number=index + 1), 2)
        seconds.setValue(float(phase.get("seconds", 4)))
        name = QLineEdit(str(phase.get("label", "")))
        name.setPlaceholderText(tr("label (optional)"))
        name.setAccessibleName(tr("Phase {number}: label").format(number=index + 1))
        remove = button(tr("Remove"), name=tr("Remove phase {number}").format(number=index + 1))
        earlier = button("↑", name=tr("Move phase {number} earlier").format(number=index + 1))
        earlier.setEnabled(index > 0)
        earlier.clicked.connect(lambda _=False, i=index: self._move_phase(i))
        for column, widget in enumerate((kind, seconds, name, earlier, remove)):
            self.rows.addWidget(widget, index, column)
        kind.currentIndexChanged.connect(self.changed)
        seconds.valueChanged.connect(self.changed)
        name.editingFinished.connect(self.changed)
        remove.clicked.connect(lambda _=False, i=index: self._remove_phase(i))
        self.phase_widgets.append((kind, seconds, name, remove, earlier))

    def _move_phase(self, index: int) -> None:
        """Phase ``index`` one place earlier."""
        self.read()
        pattern = self.step["pattern"]
        pattern.insert(index - 1, pattern.pop(index))
        self.show_step(self.step)
        self.changed.emit()
        self.phase_widgets[index - 1][0].setFocus()

    def _remove_phase(self, index: int) -> None:
        self.read()
        del self.step["pattern"][index]
        self.show_step(self.step)
        self.changed.emit()

    def show_step(self, step: dict) -> None:
        self.step = step
        for widgets in self.phase_widgets:
            for widget in widgets:
                self.rows.removeWidget(widget)
                widget.deleteLater()
        self.phase_widgets = []
        for phase in step.get("pattern", []):
            self._add_phase(phase)
        self.add_phase.setEnabled(len(self.phase_widgets) < 8)
        minutes = "cycles" not in step
        with quiet(self.amount, self.unit):
            self.unit.setCurrentIndex(0 if minutes else 1)
            self.amount.setDecimals(1 if minutes else 0)
            self.amount.setValue(float(step.get("minutes" if minutes else "cycles", 5)))
        self.text.setText(str(step.get("text", "")))

    def read(self) -> dict:
        """The step as the form shows it, keeping what the form does not show."""
        pattern = self.step.setdefault("pattern", [])
        for phase, (kind, seconds, name, *_) in zip(pattern, self.phase_widgets):
            phase["phase"] = kind.currentText()
            phase["seconds"] = _kept(phase.get("seconds"), seconds)
            if name.text().strip():
                phase["label"] = name.text().strip()
            else:
                phase.pop("label", None)
            if phase["phase"] == "hold":
                phase.pop("to", None)  # a hold keeps the level: "to" is not allowed on it
        minutes = self.unit.currentIndex() == 0
        self.step.pop("cycles" if minutes else "minutes", None)
        self.amount.setDecimals(1 if minutes else 0)
        key = "minutes" if minutes else "cycles"
        self.step[key] = _kept(self.step.get(key), self.amount) if minutes \
            else max(1, round(self.amount.value()))
        if self.text.text().strip():
            self.step["text"] = self.text.text().strip()
        else:
            self.step.pop("text", None)
        return self.step

    def field(self, rest: str) -> QWidget | None:
        """The widget of a validator's path within the step ("pattern[1].seconds")."""
        if match := re.match(r"pattern\[(\d+)\](?:\.(\w+))?", rest):
            index, key = int(match.group(1)), match.group(2)
            if index < len(self.phase_widgets):
                kind, seconds, name, *_ = self.phase_widgets[index]
                return {"seconds": seconds, "label": name}.get(key, kind)
        return {"minutes": self.amount, "cycles": self.amount, "text": self.text}.get(rest)

    def show_preview(self, step: BreatheStep | None) -> None:
        self.preview.set_pattern(step)
        if step is None:
            self.preview_text.setText("")
            return
        self.preview_text.setText(tr("{pace} · this step {length}").format(
            pace=pace.label(60_000 / cycle_ms(step)), length=duration_text(step.planned_ms // 1000)))


class MuscleForm(QWidget):
    changed = Signal()

    def __init__(self):
        super().__init__()
        self.language = "en"  # of the session edited: the words it suggests are in it
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.regions = QListWidget()
        self.regions.setAccessibleName(tr("Regions: Space ticks one"))
        for region in REGION_NAMES:
            name = region_name(region)
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, region)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.regions.addItem(item)
        self.regions.itemChanged.connect(lambda _item: self.changed.emit())
        column = QVBoxLayout()
        column.addWidget(label(tr("Where"), "heading"))
        column.addWidget(self.regions)
        layout.addLayout(column)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setAccessibleName(tr("Name of the muscle group"))
        self.recall = QCheckBox(tr("Release only (relaxation by recall: no tensing)"))
        self.tense = QPlainTextEdit()
        self.tense.setAccessibleName(tr("What to do to tense"))
        self.tense.setTabChangesFocus(True)
        self.tense.setFixedHeight(70)
        self.tense_seconds = _spin(2, 20, 1, tr("Tense for, seconds"), 0)
        self.release = QPlainTextEdit()
        self.release.setAccessibleName(tr("What to say to release"))
        self.release.setTabChangesFocus(True)
        self.release.setFixedHeight(70)
        self.release_seconds = _spin(5, 120, 5, tr("Release for, seconds"), 0)
        self.repeat = QSpinBox()
        self.repeat.setRange(1, 5)
        self.repeat.setAccessibleName(tr("Rounds"))
        for text, widget in ((tr("Name"), self.name), ("", self.recall), (tr("Tense"), self.tense),
                             (tr("Tense for (s)"), self.tense_seconds),
                             (tr("Release"), self.release),
                             (tr("Release for (s)"), self.release_seconds),
                             (tr("Rounds"), self.repeat)):
            form.addRow(text, widget)
        self.use_words = button(tr("Use the bundled &words for these regions"))
        self.use_words.clicked.connect(self._use_words)
        form.addRow("", self.use_words)
        layout.addLayout(form, 1)
        self.name.editingFinished.connect(self.changed)
        self.recall.toggled.connect(self.changed)
        for spin in (self.tense_seconds, self.release_seconds, self.repeat):
            spin.valueChanged.connect(self.changed)
        for text in (self.tense, self.release):
            text.textChanged.connect(self.changed)
        self.step: dict = {}

    def field(self, rest: str) -> QWidget | None:
        key = rest.split("[")[0].split(".")[0]
        return {"regions": self.regions, "name": self.name, "tense": self.tense,
                "tense_seconds": self.tense_seconds, "release": self.release,
                "release_seconds": self.release_seconds, "repeat": self.repeat}.get(key)

    def checked_regions(self) -> list[str]:
        return [self.regions.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.regions.count())
                if self.regions.item(i).checkState() == Qt.CheckState.Checked]

    def _use_words(self) -> None:
        words = editing.muscle_step(self.checked_regions(), texts_by_region(self.language),
                                    self.language)
        self.name.setText(words["name"])
        self.tense.setPlainText(words["tense"])
        self.release.setPlainText(words["release"])
        self.changed.emit()

    def show_step(self, step: dict) -> None:
        self.step = step
        with quiet(self.regions, self.name, self.recall, self.tense, self.tense_seconds,
                   self.release, self.release_seconds, self.repeat):
            self._fill(step)

    def _fill(self, step: dict) -> None:
        chosen = set(step.get("regions", []))
        for i in range(self.regions.count()):
            item = self.regions.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole)
                               in chosen else Qt.CheckState.Unchecked)
        self.name.setText(str(step.get("name", "")))
        self.recall.setChecked("tense" not in step)
        self.tense.setPlainText(str(step.get("tense", "")))
        self.tense.setEnabled("tense" in step)
        self.tense_seconds.setEnabled("tense" in step)
        self.tense_seconds.setValue(float(step.get("tense_seconds", 7)))
        self.release.setPlainText(str(step.get("release", "")))
        releases = step.get("release_seconds", 30)
        self.release_seconds.setValue(float(releases[0] if isinstance(releases, list) and
                                            releases else releases))
        self.repeat.setValue(int(step.get("repeat", 1)))

    def read(self) -> dict:
        step = self.step
        checked = self.checked_regions()
        written = [region for region in step.get("regions", []) if region in checked]
        step["regions"] = written + [region for region in checked if region not in written]
        step["name"] = self.name.text().strip()
        if self.recall.isChecked():
            step.pop("tense", None)
            step.pop("tense_seconds", None)
        else:
            step["tense"] = self.tense.toPlainText().strip() or \
                spoken("Tense these muscles.", self.language)
            step["tense_seconds"] = _kept(step.get("tense_seconds", 7), self.tense_seconds)
        step["release"] = self.release.toPlainText().strip()
        releases = step.get("release_seconds", 30)
        # A list of release lengths (one a round) is kept unless its first is changed.
        if isinstance(releases, list):
            if not (releases and _kept(releases[0], self.release_seconds) == releases[0]
                    and len(releases) == self.repeat.value()):
                step["release_seconds"] = _number(self.release_seconds.value())
        else:
            step["release_seconds"] = _kept(releases, self.release_seconds)
        if self.repeat.value() == 1:
            step.pop("repeat", None)
        else:
            step["repeat"] = self.repeat.value()
        self.tense.setEnabled(not self.recall.isChecked())
        self.tense_seconds.setEnabled(not self.recall.isChecked())
        return step


class SayForm(QWidget):
    changed = Signal()

    def __init__(self):
        super().__init__()
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(tr("Words to say"))
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(90)
        self.seconds = _spin(1, 600, 1, "Seconds", 0)
        form.addRow(tr("Words"), self.text)
        form.addRow(tr("Seconds"), self.seconds)
        self.text.textChanged.connect(self.changed)
        self.seconds.valueChanged.connect(self.changed)
        self.step: dict = {}

    def field(self, rest: str) -> QWidget | None:
        return {"text": self.text, "seconds": self.seconds}.get(rest)

    def show_step(self, step: dict) -> None:
        self.step = step
        with quiet(self.text, self.seconds):
            self.text.setPlainText(str(step.get("text", "")))
            self.seconds.setValue(float(step.get("seconds", 8)))

    def read(self) -> dict:
        self.step["text"] = self.text.toPlainText().strip()
        self.step["seconds"] = _kept(self.step.get("seconds"), self.seconds)
        return self.step


def _number(value: float) -> float | int:
    """4.0 is written 4, 4.5 stays 4.5."""
    return int(value) if float(value).is_integer() else round(value, 2)


def _kept(written, spin) -> float | int:
    """What a number field holds: the value as written when the field shows it unchanged
    (3.695 in a field of two decimals reads 3.7: it stays 3.695), else the field's value."""
    try:
        if round(float(written), spin.decimals()) == round(spin.value(), spin.decimals()):
            return written
    except (TypeError, ValueError):
        pass
    return _number(spin.value())
