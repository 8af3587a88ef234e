"""The session editor: a session made or changed in forms, never in JSON.

It edits the script's document (see relaxapp.core.editing): what the forms do not show is
kept. Every change is checked at once by the validator of ``relaxapp validate``, whose words
are shown next to the step they are about; Save is possible only when the session is valid.
Each change is one step of undo (Ctrl+Z) and redo (Ctrl+Shift+Z).
"""

from __future__ import annotations

import copy
import re
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand, QUndoStack, QValidator
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QGridLayout, QHBoxLayout, QLineEdit,
    QListWidget, QListWidgetItem, QMessageBox, QPlainTextEdit, QSpinBox, QStackedWidget,
    QVBoxLayout, QWidget,
)

from relaxapp import resources
from relaxapp.core import editing, files, pace
from relaxapp.core.scripts import BreatheStep
from relaxapp.core.timeline import cycle_ms
from relaxapp.core.wording import duration_text
from relaxapp.core.scripts import REGION_NAMES
from relaxapp.ui.widgets.pattern_view import PatternView
from relaxapp.ui.widgets.common import button, label, live, quiet

PHASES = ("inhale", "hold", "exhale")
STEP_WORDS = {"breathe": "Breathing", "muscle": "Tense and release", "say": "Spoken words"}


def _texts_by_region() -> dict[str, dict]:
    return editing.texts_by_region(str(resources.sessions_dir() / "pmr-16-groups.json"))


def step_title(step: dict) -> str:
    kind = step.get("type")
    if kind == "breathe":
        parts = [f"{p.get('phase', '?')} {p.get('seconds', '?')}"
                 for p in step.get("pattern", []) if isinstance(p, dict)]
        return f"Breathing: {' · '.join(parts)} s"
    if kind == "muscle":
        return f"Tense and release: {step.get('name', '')}"
    return f"Spoken: {str(step.get('text', ''))[:48]}"


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


class Snapshot(QUndoCommand):
    """One change: the whole document before and after (sessions are small)."""

    def __init__(self, page: EditorPage, before: dict, after: dict, text: str):
        super().__init__(text)
        self.page, self.before, self.after = page, before, after
        self.first = True

    def redo(self) -> None:
        if self.first:  # pushed after the change was made: nothing to do yet
            self.first = False
            return
        self.page.load(self.after)

    def undo(self) -> None:
        self.page.load(self.before)


class BreathForm(QWidget):
    changed = Signal()

    def __init__(self):
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label("One breath", "heading"))
        self.rows = QGridLayout()
        layout.addLayout(self.rows)
        # (kind, seconds, label, remove, move earlier) for each phase
        self.phase_widgets: list[tuple] = []
        self.add_phase = button("Add a hold (&phase)", name="Add a phase: a hold of 2 seconds")
        self.add_phase.clicked.connect(self.add_hold)
        layout.addWidget(self.add_phase, alignment=Qt.AlignmentFlag.AlignLeft)
        self.preview = PatternView()
        self.preview_text = label("", "muted")
        layout.addWidget(self.preview)
        layout.addWidget(self.preview_text)
        form = QFormLayout()
        length = QHBoxLayout()
        self.amount = _spin(0.5, 10_000, 1, "How long")
        self.unit = QComboBox()
        self.unit.addItems(["minutes", "breaths"])
        self.unit.setAccessibleName("Minutes or breaths")
        length.addWidget(self.amount)
        length.addWidget(self.unit)
        form.addRow("Length", length)
        self.text = QLineEdit()
        self.text.setAccessibleName("Instruction shown during the breathing")
        form.addRow("Instruction", self.text)
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
        kind.setAccessibleName(f"Phase {index + 1}")
        seconds = _spin(0.5, 60, 0.5, f"Phase {index + 1}: seconds", 2)
        seconds.setValue(float(phase.get("seconds", 4)))
        name = QLineEdit(str(phase.get("label", "")))
        name.setPlaceholderText("label (optional)")
        name.setAccessibleName(f"Phase {index + 1}: label")
        remove = button("Remove", name=f"Remove phase {index + 1}")
        earlier = button("↑", name=f"Move phase {index + 1} earlier")
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
        self.preview_text.setText(f"{pace.label(60_000 / cycle_ms(step))} · this step "
                                  f"{duration_text(step.planned_ms // 1000)}")


class MuscleForm(QWidget):
    changed = Signal()

    def __init__(self):
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.regions = QListWidget()
        self.regions.setAccessibleName("Regions: Space ticks one")
        for region, name in REGION_NAMES.items():
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, region)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.regions.addItem(item)
        self.regions.itemChanged.connect(lambda _item: self.changed.emit())
        column = QVBoxLayout()
        column.addWidget(label("Where", "heading"))
        column.addWidget(self.regions)
        layout.addLayout(column)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setAccessibleName("Name of the muscle group")
        self.recall = QCheckBox("Release only (relaxation by recall: no tensing)")
        self.tense = QPlainTextEdit()
        self.tense.setAccessibleName("What to do to tense")
        self.tense.setTabChangesFocus(True)
        self.tense.setFixedHeight(70)
        self.tense_seconds = _spin(2, 20, 1, "Tense for, seconds", 0)
        self.release = QPlainTextEdit()
        self.release.setAccessibleName("What to say to release")
        self.release.setTabChangesFocus(True)
        self.release.setFixedHeight(70)
        self.release_seconds = _spin(5, 120, 5, "Release for, seconds", 0)
        self.repeat = QSpinBox()
        self.repeat.setRange(1, 5)
        self.repeat.setAccessibleName("Rounds")
        for text, widget in (("Name", self.name), ("", self.recall), ("Tense", self.tense),
                             ("Tense for (s)", self.tense_seconds), ("Release", self.release),
                             ("Release for (s)", self.release_seconds), ("Rounds", self.repeat)):
            form.addRow(text, widget)
        self.use_words = button("Use the bundled &words for these regions")
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
        words = editing.muscle_step(self.checked_regions(), _texts_by_region())
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
            step["tense"] = self.tense.toPlainText().strip() or "Tense these muscles."
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
        self.text.setAccessibleName("Words to say")
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(90)
        self.seconds = _spin(1, 600, 1, "Seconds", 0)
        form.addRow("Words", self.text)
        form.addRow("Seconds", self.seconds)
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


class EditorPage(QWidget):
    saved = Signal(str)  # the session's id, once its file is written
    back = Signal()
    deleted = Signal(str)  # the title of the person's own session, deleted

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.data: dict = {}
        self.path: Path | None = None  # the file being changed, or None for a new one
        self.folder: Path | None = None
        self.taken: set[str] = set()
        self.mark = ""  # the random letters of a new session's id (editing.id_for)
        self.valid = False
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(lambda _clean: self._show_state())

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 12)
        top = QHBoxLayout()
        back = button("← Back", name="Back, asking first if there are unsaved changes")
        back.clicked.connect(self.leave)
        top.addWidget(back)
        self.heading = label("", "title")
        top.addWidget(self.heading)
        top.addStretch()
        self.undo_button = button("&Undo", name="Undo")
        self.redo_button = button("&Redo", name="Redo")
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        top.addWidget(self.undo_button)
        top.addWidget(self.redo_button)
        outer.addLayout(top)
        for keys, slot in (("Ctrl+Z", self.undo_stack.undo), ("Ctrl+Shift+Z", self.undo_stack.redo),
                           ("Ctrl+Y", self.undo_stack.redo), ("Ctrl+S", self.save)):
            QShortcut(QKeySequence(keys), self, slot,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        about = QFormLayout()
        self.title = QLineEdit()
        self.title.setAccessibleName("Title")
        self.summary = QLineEdit()
        self.summary.setAccessibleName("Summary")
        about.addRow("&Title", self.title)
        about.addRow("Su&mmary", self.summary)
        self.title.editingFinished.connect(self._changed)
        self.summary.editingFinished.connect(self._changed)
        outer.addLayout(about)

        body = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(label("Steps", "heading"))
        self.steps = QListWidget()
        self.steps.setAccessibleName("Steps: Alt+Up and Alt+Down move the chosen one")
        self.steps.setDragDropMode(QListWidget.DragDropMode.InternalMove)
        self.steps.model().rowsMoved.connect(lambda *_: self._dragged())
        self.steps.currentRowChanged.connect(self._step_chosen)
        # Alt+arrows move the chosen step (the list would take them as plain arrows).
        for keys, by in (("Alt+Up", -1), ("Alt+Down", +1)):
            QShortcut(QKeySequence(keys), self.steps, lambda b=by: self.move_step(b),
                      context=Qt.ShortcutContext.WidgetShortcut)
        left.addWidget(self.steps, 1)
        adds = QGridLayout()
        for index, (text, kind) in enumerate((("Add &breathing", "breathe"),
                                               ("Add tense and re&lease", "muscle"),
                                               ("Add &spoken words", "say"))):
            add = button(text)
            add.clicked.connect(lambda _=False, k=kind: self.add_step(k))
            adds.addWidget(add, index // 2, index % 2)
        self.remove_button = button("Remove step")
        self.remove_button.clicked.connect(self.remove_step)
        adds.addWidget(self.remove_button, 1, 1)
        moves = QHBoxLayout()
        self.up_button = button("Move up", name="Move the step up (Alt+Up)")
        self.down_button = button("Move down", name="Move the step down (Alt+Down)")
        self.up_button.clicked.connect(lambda: self.move_step(-1))
        self.down_button.clicked.connect(lambda: self.move_step(+1))
        moves.addWidget(self.up_button)
        moves.addWidget(self.down_button)
        left.addLayout(adds)
        left.addLayout(moves)
        body.addLayout(left, 2)

        right = QVBoxLayout()
        self.forms = QStackedWidget()
        self.breath_form, self.muscle_form, self.say_form = BreathForm(), MuscleForm(), SayForm()
        self.form_for = {"breathe": self.breath_form, "muscle": self.muscle_form,
                         "say": self.say_form}
        for form in self.form_for.values():
            self.forms.addWidget(form)
            form.changed.connect(self._changed)
        right.addWidget(self.forms, 1)
        self.step_problem = label("", "error", wrap=True)
        live(self.step_problem, "Problem with this step")
        right.addWidget(self.step_problem)
        body.addLayout(right, 3)
        outer.addLayout(body, 1)

        bottom = QHBoxLayout()
        # A number typed out of its range, and what it became (see Bounded).
        self.range_note = label("", "caution", wrap=True)
        live(self.range_note, "Number corrected")
        self.range_note.hide()
        outer.addWidget(self.range_note)
        self.problem = label("", "error", wrap=True)
        live(self.problem, "Problem")
        self.length = label("", "muted")
        bottom.addWidget(self.problem, 1)
        bottom.addWidget(self.length)
        self.delete_button = button("&Delete…", name="Delete this session")
        self.delete_button.clicked.connect(self.delete)
        bottom.addWidget(self.delete_button)
        self.save_button = button("Save", "primary", "Save the session")
        self.save_button.clicked.connect(self.save)
        bottom.addWidget(self.save_button)
        outer.addLayout(bottom)
        self._loading = False
        self._marked: list[QWidget] = []  # fields outlined for a problem

    # ------------------------------------------------------------ opening

    def edit(self, data: dict, path: Path | None, folder: Path, taken: set[str]) -> None:
        """Edit ``data``; ``path`` is its file when it is one of the person's own."""
        self.path, self.folder, self.taken = path, folder, set(taken)
        # a new session's id keeps its random letters while it follows the title
        self.mark = editing.mark_of(str(data.get("id", ""))) or editing.new_mark()
        self.undo_stack.clear()
        self.load(copy.deepcopy(data))
        self.undo_stack.setClean()
        steps = self.data.get("steps", [])
        # The first step that is more than words: what a person most likely came to change.
        first = next((i for i, step in enumerate(steps) if step.get("type") != "say"), 0)
        self.steps.setCurrentRow(first)
        self.title.setFocus()

    def load(self, data: dict) -> None:
        """Show ``data`` in the forms (opening, undo and redo)."""
        self._loading = True
        self.data = copy.deepcopy(data)
        self.title.setText(str(self.data.get("title", "")))
        self.summary.setText(str(self.data.get("summary", "")))
        row = max(0, self.steps.currentRow())
        with quiet(self.steps):
            self.steps.clear()
            for index, step in enumerate(self.data.get("steps", [])):
                item = QListWidgetItem(step_title(step))
                item.setData(Qt.ItemDataRole.UserRole, index)  # which step, through a drag
                self.steps.addItem(item)
        self._loading = False
        self.steps.setCurrentRow(min(row, self.steps.count() - 1))
        self._step_chosen(self.steps.currentRow())
        self._validate()

    # ------------------------------------------------------------ changes

    def _step_chosen(self, row: int) -> None:
        steps = self.data.get("steps", [])
        if not 0 <= row < len(steps):
            return
        step = steps[row]
        form = self.form_for.get(step.get("type"), self.say_form)
        self._loading = True
        form.show_step(step)
        self._loading = False
        self.forms.setCurrentWidget(form)
        self._validate()

    def _record(self, before: dict, text: str) -> None:
        if before != self.data:
            self.undo_stack.push(Snapshot(self, before, copy.deepcopy(self.data), text))

    def _changed(self) -> None:
        """A field changed: read the forms into the document, and check it."""
        if self._loading:
            return
        before = copy.deepcopy(self.data)
        self.data["title"] = self.title.text().strip()
        if self.path is None:  # not saved yet: its id follows its title (then stays)
            self.data["id"] = editing.id_for(self.data["title"], self.taken, self.mark)
        if self.summary.text().strip():
            self.data["summary"] = self.summary.text().strip()
        else:
            self.data.pop("summary", None)
        row = self.steps.currentRow()
        steps = self.data.get("steps", [])
        if 0 <= row < len(steps):
            self.forms.currentWidget().read()
            item = self.steps.item(row)
            if item is not None:
                item.setText(step_title(steps[row]))
        self._record(before, "Change")
        self._validate()
        if not any(spin.note for spin in self.findChildren(Bounded)):
            self.range_note.hide()  # said about an earlier change

    def show_range_notes(self) -> None:
        """Say which numbers were typed out of their range, and what they became."""
        notes = [spin.note for spin in self.findChildren(Bounded) if spin.note]
        for spin in self.findChildren(Bounded):
            spin.note = ""
        if notes:
            self.range_note.setText(" ".join(notes))
            self.range_note.show()

    def add_step(self, kind: str) -> None:
        before = copy.deepcopy(self.data)
        if kind == "breathe":
            step = copy.deepcopy(editing.new_breathing(())["steps"][1])
        elif kind == "muscle":
            step = editing.muscle_step(["shoulders"], _texts_by_region())
        else:
            step = {"type": "say", "text": "Notice how you feel.", "seconds": 8}
        row = self.steps.currentRow() + 1
        self.data.setdefault("steps", []).insert(row, step)
        self._record(before, f"Add {STEP_WORDS[kind].lower()}")
        self.load(self.data)
        self.steps.setCurrentRow(row)

    def remove_step(self) -> None:
        row = self.steps.currentRow()
        steps = self.data.get("steps", [])
        if 0 <= row < len(steps):
            before = copy.deepcopy(self.data)
            del steps[row]
            self._record(before, "Remove a step")
            self.load(self.data)

    def move_step(self, by: int) -> None:
        row = self.steps.currentRow()
        steps = self.data.get("steps", [])
        to = row + by
        if 0 <= row < len(steps) and 0 <= to < len(steps):
            before = copy.deepcopy(self.data)
            steps.insert(to, steps.pop(row))
            self._record(before, "Move a step")
            self.load(self.data)
            self.steps.setCurrentRow(to)

    def _dragged(self) -> None:
        """The list was reordered by drag: the steps follow their titles."""
        order = [self.steps.item(i).data(Qt.ItemDataRole.UserRole)
                 for i in range(self.steps.count())]
        steps = self.data.get("steps", [])
        if sorted(order) != list(range(len(steps))):
            return  # (the list is between a removal and an insertion)
        before = copy.deepcopy(self.data)
        self.data["steps"] = [steps[index] for index in order]
        self._record(before, "Move a step")
        row = self.steps.currentRow()
        self.load(self.data)
        self.steps.setCurrentRow(row)

    # ------------------------------------------------------------ checking

    def _validate(self) -> None:
        script, problems = editing.check(self.data, "this session")
        self.valid = script is not None
        row = self.steps.currentRow()
        here = f"steps[{row}]"
        at_step = [p for p in problems if p.path == here or p.path.startswith(here + ".")
                   or p.path.startswith(here + "[")]
        other = [p for p in problems if p not in at_step]
        self.step_problem.setText("\n".join(_said(p) for p in at_step))
        self.step_problem.setVisible(bool(at_step))
        self._mark_fields(at_step, problems, here)
        self.problem.setText("\n".join(_said(p) for p in other[:3]))
        for index in range(self.steps.count()):
            wrong = any(re.match(rf"steps\[{index}\](\.|\[|$)", p.path) for p in problems)
            item = self.steps.item(index)
            item.setText(("⚠ " if wrong else "") + step_title(self.data["steps"][index]))
        self.length.setText(f"{duration_text(script.planned_ms // 1000)} in all"
                            if script else "")
        breathing = None
        if script is not None and 0 <= row < len(script.steps) and \
                isinstance(script.steps[row], BreatheStep):
            breathing = script.steps[row]
        self.breath_form.show_preview(breathing)
        self._show_state()

    def _mark_fields(self, at_step, problems, here: str) -> None:
        """Each field a problem is about: outlined, its words in its tooltip and in what a
        screen reader says of it."""
        for widget in self._marked:
            widget.setProperty("invalid", False)
            widget.setToolTip("")
            widget.setAccessibleDescription("")
            widget.style().polish(widget)
        self._marked = []
        form = self.forms.currentWidget()
        wanted = [(form.field(p.path[len(here):].lstrip(".")), p) for p in at_step]
        wanted += [({"title": self.title, "summary": self.summary}.get(p.path), p)
                   for p in problems]
        for widget, problem in wanted:
            if widget is None or widget in self._marked:
                continue
            widget.setProperty("invalid", True)
            widget.setToolTip(problem.message)
            widget.setAccessibleDescription(problem.message)
            widget.style().polish(widget)
            self._marked.append(widget)

    def _show_state(self) -> None:
        try:
            clean = self.undo_stack.isClean()
        except RuntimeError:  # the window is closing: Qt has deleted the stack
            return
        self.save_button.setEnabled(self.valid)
        mine = self.path is not None
        unsaved = "" if clean else " (not saved)"
        self.heading.setText(("Your session" if mine else "A new session") + unsaved)
        self.delete_button.setVisible(mine)  # only a file of one's own is deleted

    # ------------------------------------------------------------ saving

    def target(self) -> Path:
        """Where Save writes: the file being changed, or a new one named by the id."""
        if self.path is not None:
            return self.path
        return files.free_path(self.folder, str(self.data.get("id", "session")))

    def save(self) -> bool:
        if not self.valid:
            return False
        path = self.target()
        text = editing.to_text(self.data)
        try:
            files.write_whole(path, text.encode("utf-8"))
        except OSError as error:
            self.problem.setText(f"Not saved: {error.strerror or error} ({path})")
            return False
        self.path = path
        self.undo_stack.setClean()
        self.saved.emit(self.data["id"])
        return True

    def delete(self) -> None:
        from relaxapp.ui.dialogs.questions import delete_session_file

        if self.path is not None and \
                delete_session_file(self, self.path, str(self.data.get("title", ""))):
            self.undo_stack.clear()
            self.deleted.emit(str(self.data.get("title", "")))

    def may_close(self) -> bool:
        """Whether the editor may be left: asks first when there are changes not saved
        (Save, Discard or Cancel); False to stay."""
        try:
            if self.undo_stack.isClean():
                return True
        except RuntimeError:  # the window is closing: Qt has deleted the stack
            return True
        box = QMessageBox(QMessageBox.Icon.Question, "Unsaved changes",
                          "Save the changes to this session?", parent=self)
        keep = box.addButton("Save", QMessageBox.ButtonRole.AcceptRole)
        box.addButton("Discard", QMessageBox.ButtonRole.DestructiveRole)
        stay = box.addButton("Cancel", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        if box.clickedButton() is stay or (box.clickedButton() is keep and not self.save()):
            return False
        self.undo_stack.clear()
        return True

    def leave(self) -> None:
        """Back, asking first when there are changes not saved."""
        if self.may_close():
            self.back.emit()


def open_in_editor(page: EditorPage, library, folder: Path, session_id: str | None,
                   kind: str = "breathing") -> None:
    """Put a session in the editor: the person's own as it is, a bundled one as a copy,
    or a new one of ``kind``."""
    import json

    taken = {session.id for session in library.sessions}
    session = library.get(session_id) if session_id else None
    if session is None:
        data = editing.new_relaxation(taken, texts=_texts_by_region()) \
            if kind == "relaxation" else editing.new_breathing(taken)
        page.edit(data, None, folder, taken)
        return
    data = json.loads(session.path.read_text(encoding="utf-8-sig"))
    if session.origin == "user":
        page.edit(data, session.path, folder, taken - {session.id})
    else:
        page.edit(editing.copy_of(data, taken), None, folder, taken)


def _said(problem) -> str:
    """A validator message for the person editing: the place in words, then the message."""
    place = problem.path
    match = re.match(r"steps\[(\d+)\](?:\.pattern\[(\d+)\])?\.?(.*)", place)
    if match:
        step, phase, rest = match.groups()
        words = f"Step {int(step) + 1}" + (f", phase {int(phase) + 1}" if phase else "")
        place = f"{words}{': ' + rest if rest else ''}"
    return f"{place}: {problem.message}" if place else problem.message
