"""The session editor: a session made or changed in forms, never in JSON.

It edits the script's document (see relaxapp.core.editing): what the forms do not show is
kept. Every change is checked at once by the validator of ``relaxapp validate``, whose words
are shown next to the step they are about; Save is possible only when the session is valid.
Each change is one step of undo (Ctrl+Z) and redo (Ctrl+Shift+Z).

Over 400 lines: one page, with its list of steps, undo, the checks as one types and its
file actions; the forms are in editor_forms.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QFormLayout, QGridLayout, QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem, QMessageBox,
    QStackedWidget, QVBoxLayout, QWidget,
)

from relaxapp.core import editing, files
from relaxapp.core.scripts import BreatheStep
from relaxapp.core.wording import duration_text
from relaxapp.ui.pages.editor_forms import (Bounded, BreathForm, MuscleForm, SayForm, step_title,
                                            texts_by_region)
from relaxapp.ui.widgets.common import button, label, live, quiet
from relaxapp.core.language import QT_TR_NOOP, tr
from relaxapp.core.language import current as current_language

# What undo and redo name each change as (QUndoCommand's text)
ADD_STEP = {"breathe": QT_TR_NOOP("Add a breathing step"),
            "muscle": QT_TR_NOOP("Add a tense-and-release step"),
            "say": QT_TR_NOOP("Add spoken words")}


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


class EditorPage(QWidget):
    """The session editor (see the module's docstring).

    More than 25 attributes: the document being edited and its file, and the widgets the
    page changes as the steps, the checks and the undo stack change."""

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
        back = button(tr("← Back"), name=tr("Back, asking first if there are unsaved changes"))
        back.clicked.connect(self.leave)
        top.addWidget(back)
        self.heading = label("", "title")
        top.addWidget(self.heading)
        top.addStretch()
        self.undo_button = button(tr("&Undo"), name=tr("Undo"))
        self.redo_button = button(tr("&Redo"), name=tr("Redo"))
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
        self.title.setAccessibleName(tr("Title"))
        self.summary = QLineEdit()
        self.summary.setAccessibleName(tr("Summary"))
        about.addRow(tr("&Title"), self.title)
        about.addRow(tr("Su&mmary"), self.summary)
        self.title.editingFinished.connect(self._changed)
        self.summary.editingFinished.connect(self._changed)
        outer.addLayout(about)

        body = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(label(tr("Steps"), "heading"))
        self.steps = QListWidget()
        self.steps.setAccessibleName(tr("Steps: Alt+Up and Alt+Down move the chosen one"))
        self.steps.setDragDropMode(QListWidget.DragDropMode.InternalMove)
        self.steps.model().rowsMoved.connect(lambda *_: self._dragged())
        self.steps.currentRowChanged.connect(self._step_chosen)
        # Alt+arrows move the chosen step (the list would take them as plain arrows).
        for keys, by in (("Alt+Up", -1), ("Alt+Down", +1)):
            QShortcut(QKeySequence(keys), self.steps, lambda b=by: self.move_step(b),
                      context=Qt.ShortcutContext.WidgetShortcut)
        left.addWidget(self.steps, 1)
        adds = QGridLayout()
        for index, (text, kind) in enumerate(((tr("Add &breathing"), "breathe"),
                                               (tr("Add tense and re&lease"), "muscle"),
                                               (tr("Add &spoken words"), "say"))):
            add = button(text)
            add.clicked.connect(lambda _=False, k=kind: self.add_step(k))
            adds.addWidget(add, index // 2, index % 2)
        self.remove_button = button(tr("Remove step"))
        self.remove_button.clicked.connect(self.remove_step)
        adds.addWidget(self.remove_button, 1, 1)
        moves = QHBoxLayout()
        self.up_button = button(tr("Move up"), name=tr("Move the step up (Alt+Up)"))
        self.down_button = button(tr("Move down"), name=tr("Move the step down (Alt+Down)"))
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
        live(self.step_problem, tr("Problem with this step"))
        right.addWidget(self.step_problem)
        body.addLayout(right, 3)
        outer.addLayout(body, 1)

        bottom = QHBoxLayout()
        # A number typed out of its range, and what it became (see Bounded).
        self.range_note = label("", "caution", wrap=True)
        live(self.range_note, tr("Number corrected"))
        self.range_note.hide()
        outer.addWidget(self.range_note)
        self.problem = label("", "error", wrap=True)
        live(self.problem, tr("Problem"))
        self.length = label("", "muted")
        bottom.addWidget(self.problem, 1)
        bottom.addWidget(self.length)
        self.delete_button = button(tr("&Delete…"), name=tr("Delete this session"))
        self.delete_button.clicked.connect(self.delete)
        bottom.addWidget(self.delete_button)
        self.save_button = button(tr("Save"), "primary", tr("Save the session"))
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
        self.muscle_form.language = editing.language_of(self.data)
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
        self._record(before, tr("Change"))
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
        language = editing.language_of(self.data)  # a step added speaks the file's language
        if kind == "breathe":
            step = editing.breathing_step(language)
        elif kind == "muscle":
            step = editing.muscle_step(["shoulders"], texts_by_region(language), language)
        else:
            step = editing.say_step(language)
        row = self.steps.currentRow() + 1
        self.data.setdefault("steps", []).insert(row, step)
        self._record(before, tr(ADD_STEP[kind]))
        self.load(self.data)
        self.steps.setCurrentRow(row)

    def remove_step(self) -> None:
        row = self.steps.currentRow()
        steps = self.data.get("steps", [])
        if 0 <= row < len(steps):
            before = copy.deepcopy(self.data)
            del steps[row]
            self._record(before, tr("Remove a step"))
            self.load(self.data)

    def move_step(self, by: int) -> None:
        row = self.steps.currentRow()
        steps = self.data.get("steps", [])
        to = row + by
        if 0 <= row < len(steps) and 0 <= to < len(steps):
            before = copy.deepcopy(self.data)
            steps.insert(to, steps.pop(row))
            self._record(before, tr("Move a step"))
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
        self._record(before, tr("Move a step"))
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
        self.length.setText(tr("{length} in all").format(
            length=duration_text(script.planned_ms // 1000)) if script else "")
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
        heading = tr("Your session") if mine else tr("A new session")
        self.heading.setText(heading if clean else tr("{heading} (not saved)").format(
            heading=heading))
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
            self.problem.setText(tr("Not saved: {problem} ({path})").format(problem=error.strerror or error, path=path))
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
        box = QMessageBox(QMessageBox.Icon.Question, tr("Unsaved changes"),
                          tr("Save the changes to this session?"), parent=self)
        keep = box.addButton(tr("Save"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        stay = box.addButton(tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
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
    if session is None:  # in the language the app speaks
        code = current_language()
        data = editing.new_relaxation(taken, texts=texts_by_region(code), language=code) \
            if kind == "pmr" else editing.new_breathing(taken, language=code)
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
