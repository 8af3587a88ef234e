"""The session editor: a session made by keys and clicks, saved, found and played."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt

from tests.conftest import minimal_script

pytestmark = pytest.mark.gui


def set_phase(form, index, kind, seconds):
    combo, spin, *_ = form.phase_widgets[index]
    combo.setCurrentText(kind)
    spin.setValue(seconds)


def test_make_in_2_hold_6_out_for_5_minutes_save_find_and_play(app, qtbot):
    window = app.window
    window.show_library()
    qtbot.mouseClick(next(b for b in window.library_page.findChildren(type(window.home_page.start_button))
                          if b.text() == "New &breathing session"), Qt.MouseButton.LeftButton)
    editor = window.editor_page
    assert window.pages.currentWidget() is editor and editor.save_button.isEnabled()
    editor.title.setText("Four in, six out")
    editor.title.editingFinished.emit()
    assert editor.steps.currentRow() == 1  # the breathing step of the template: 4 in, 6 out
    form = editor.breath_form
    qtbot.mouseClick(form.add_phase, Qt.MouseButton.LeftButton)  # a hold, after the inhale
    assert [(w[0].currentText(), w[1].value()) for w in form.phase_widgets] == [
        ("inhale", 4), ("hold", 2), ("exhale", 6)]
    qtbot.mouseClick(form.add_phase, Qt.MouseButton.LeftButton)  # a second: at the end
    assert form.phase_widgets[3][0].currentText() == "hold"
    qtbot.mouseClick(form.phase_widgets[3][4], Qt.MouseButton.LeftButton)  # moved earlier
    assert [w[0].currentText() for w in form.phase_widgets] == ["inhale", "hold", "hold",
                                                                 "exhale"]
    qtbot.mouseClick(form.phase_widgets[2][3], Qt.MouseButton.LeftButton)  # removed again
    assert editor.valid and form.preview_text.text().startswith("5 breaths a minute")
    form.amount.setValue(5)
    assert editor.data["steps"][1]["pattern"] == [
        {"phase": "inhale", "seconds": 4}, {"phase": "hold", "seconds": 2},
        {"phase": "exhale", "seconds": 6}]
    assert editor.data["steps"][1]["minutes"] == 5
    assert "(not saved)" in editor.heading.text()
    # the id follows the title until saved, with random letters kept from the template's
    session_id = editor.data["id"]
    mark = session_id.rsplit("-", 1)[1]
    assert session_id == f"four-in-six-out-{mark}" and len(mark) == 4
    qtbot.keyClick(editor.title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S
    path = app.data_dir / "sessions" / f"{session_id}.json"
    assert path.exists()
    assert window.pages.currentWidget() is window.start_page
    assert window.start_page.session.id == session_id
    assert window.start_page.pattern_text.text() == "In 4 · hold 2 · out 6 s"
    assert any(c.session.id == session_id for c in window.library_page.cards)
    result = subprocess.run([sys.executable, "-m", "relaxapp", "validate", str(path)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    qtbot.keyClick(window.start_page, Qt.Key.Key_Return)  # and it plays
    assert window.pages.currentWidget() is window.player
    app.frames(8_000 + 4_000 + 500)
    assert window.player.phase.text() == "Hold"


def test_a_problem_is_shown_at_its_step_in_the_validators_words_and_blocks_save(app, qtbot):
    app.window.session_files.edit(None, "breathing")
    editor = app.window.editor_page
    editor.steps.setCurrentRow(1)
    form = editor.breath_form
    set_phase(form, 0, "exhale", 4)  # two exhales, no inhale
    assert not editor.valid and not editor.save_button.isEnabled()
    assert editor.step_problem.text() == \
        "Step 2: pattern: a cycle needs at least one inhale and one exhale"
    assert editor.steps.item(1).text().startswith("⚠")
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo
    assert editor.valid and editor.data["steps"][1]["pattern"][0]["phase"] == "inhale"
    assert form.phase_widgets[0][0].currentText() == "inhale"
    qtbot.keyClick(editor, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert not editor.valid  # redo


def test_a_copy_keeps_everything_it_does_not_show_and_steps_move_by_keys(app, qtbot,
                                                                         write_script):
    original = minimal_script(id="mine", title="Mine")
    original["x-colour"] = "blue"
    original["steps"][1]["pattern"][0]["to"] = 0.8
    path = write_script(original, "mine.json", app.data_dir / "sessions")
    app.window.library_watcher.reload()
    app.window.steps.open_start("mine")
    assert app.window.start_page.edit_button.text() == "&Edit"  # one's own: changed in place
    app.window.start_page.edit_button.click()
    editor = app.window.editor_page
    editor.steps.setCurrentRow(1)
    editor.steps.setFocus()
    qtbot.keyClick(editor.steps, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [s["type"] for s in editor.data["steps"]] == ["breathe", "say"]
    assert editor.steps.currentRow() == 0
    assert editor.save()
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["x-colour"] == "blue" and saved["steps"][0]["pattern"][0]["to"] == 0.8
    assert [s["type"] for s in saved["steps"]] == ["breathe", "say"]


def test_leaving_with_unsaved_changes_asks_first(app, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    app.window.steps.open_start("box-breathing")
    app.window.start_page.edit_button.click()
    editor = app.window.editor_page
    assert editor.title.text() == "Box breathing, 4-4-4-4 (mine)"
    editor.title.setText("Changed")
    editor.title.editingFinished.emit()
    asked = []

    def cancel(box):
        asked.append(box.text())
        box._chosen = next(b for b in box.buttons() if b.text() == "Cancel")

    monkeypatch.setattr(QMessageBox, "exec", cancel)
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda box: box._chosen)
    editor.leave()
    assert asked == ["Save the changes to this session?"]
    assert app.window.pages.currentWidget() is editor  # Cancel: still here
    assert not (app.data_dir / "sessions" / "box-breathing-mine.json").exists()


def test_import_validates_first_and_refuses_plainly(app, qtbot, tmp_path, write_script,
                                                    monkeypatch):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    good = write_script(minimal_script(id="shared", title="Shared"), "shared.json", tmp_path / "in")
    bad = write_script('{"format": 1, "id": "x", "title": "X", "steps": []}', "bad.json",
                       tmp_path / "in")
    window = app.window
    window.show_library()
    page = window.library_page
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(good)), QUrl.fromLocalFile(str(bad))])
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, data,
                      Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    page.dropEvent(drop)
    said = window.statusBar().currentMessage()
    assert "Imported shared.json as shared.json." in said
    assert "Not imported: bad.json: steps: " in said  # the validator's own words and place
    assert (app.data_dir / "sessions" / "shared.json").exists()
    assert not (app.data_dir / "sessions" / "bad.json").exists()
    assert any(c.session.id == "shared" for c in page.cards)
    offers = []
    monkeypatch.setattr("relaxapp.ui.shell.session_files.ask_copy",
                        lambda parent, name, session_id: offers.append(session_id) or False)
    window.session_files.import_sessions([str(good)])  # the same id again, not as a copy
    assert offers == ["shared"]
    assert "you already have a session with the id “shared”" in \
        window.statusBar().currentMessage()
    monkeypatch.setattr("relaxapp.ui.shell.session_files.ask_copy", lambda *clash: True)
    window.session_files.import_sessions([str(good)])  # and as a copy: both are kept
    said = window.statusBar().currentMessage()
    assert said.startswith("Imported shared.json as a copy, shared-copy-") and "Not" not in said
    titles = sorted(c.session.script.title for c in page.cards if c.session.origin == "user")
    assert titles == ["Shared", "Shared (copy)"]
    assert not window.library.problems


class FakeTrash:
    """The desktop's trash, in a test folder (Qt's own would be the real home's)."""

    def __init__(self, folder, exists=True):
        self.folder, self.exists = folder, exists

    def moveToTrash(self, name):  # noqa: N802 (Qt's name)
        if not self.exists:
            return False
        from pathlib import Path

        self.folder.mkdir(parents=True, exist_ok=True)
        Path(name).rename(self.folder / Path(name).name)
        return True


@pytest.mark.parametrize("has_trash", [True, False])
def test_export_and_delete_to_the_trash(app, qtbot, tmp_path, monkeypatch, write_script,
                                        has_trash):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from relaxapp.ui.dialogs import questions

    monkeypatch.setattr(questions, "QFile", FakeTrash(tmp_path / "trash", has_trash))
    path = write_script(minimal_script(id="mine", title="Mine"), "mine.json",
                        app.data_dir / "sessions")
    app.window.library_watcher.reload()
    app.window.steps.open_start("mine")
    out = tmp_path / "shared" / "mine.json"
    out.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    app.window.session_files.export()
    assert out.read_bytes() == path.read_bytes()
    assert app.window.statusBar().currentMessage() == f"Exported to {out}."
    app.window.start_page.edit_button.click()
    editor = app.window.editor_page
    assert editor.delete_button.isVisible()
    questions = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *a, **k: (
        questions.append(title), QMessageBox.StandardButton.Yes)[1])
    editor.delete()
    assert not path.exists()
    if has_trash:
        assert [p.name for p in (tmp_path / "trash").iterdir()] == ["mine.json"]
        assert questions == ["Delete this session?"]
    else:  # no trash: asked again, since it is gone for good
        assert questions == ["Delete this session?", "No trash here"]
    assert app.window.library.get("mine") is None
    assert app.window.pages.currentWidget() is app.window.library_page
    assert app.window.statusBar().currentMessage() == "“Mine” was deleted."


def test_every_bundled_session_opens_in_the_editor_and_saves_unchanged(app, qtbot):
    """Open, save without a change: the same steps and timings, as the person's copy."""
    window = app.window
    for session in list(window.library.sessions):
        window.session_files.edit(session.id)
        editor = window.editor_page
        for row in range(editor.steps.count()):  # every step shown in its form, and left
            editor.steps.setCurrentRow(row)
            editor._changed()
        assert editor.valid, session.id
        assert editor.save(), session.id
        saved = window.library_watcher.reload().get(editor.data["id"])
        assert saved.origin == "user" and saved.script.steps == session.script.steps, session.id
        assert saved.script.title == session.script.title[:73] + " (mine)"


def test_the_field_a_problem_is_about_is_marked_in_the_validators_words(app, qtbot,
                                                                          write_script):
    script = minimal_script(id="mine", title="Mine")
    script["steps"][1]["pattern"][1]["seconds"] = 90  # as a hand-written file could say
    script["steps"][1]["pattern"][1]["phase"] = "exhale"
    write_script(script, "mine.json", app.data_dir / "sessions")
    app.window.library_watcher.reload()  # the library refuses it; the editor opens it
    editor = app.window.editor_page
    editor.edit(script, None, app.data_dir / "sessions", set())
    assert editor.steps.currentRow() == 1 and not editor.valid
    spin = editor.breath_form.phase_widgets[1][1]
    assert spin.property("invalid") is True
    assert spin.toolTip() == spin.accessibleDescription() == \
        "must be between 0.5 and 60 seconds (got 90)"
    assert editor.step_problem.text() == \
        "Step 2, phase 2: seconds: must be between 0.5 and 60 seconds (got 90)"
    set_phase(editor.breath_form, 1, "exhale", 6)  # mended: the mark goes
    assert editor.valid and spin.property("invalid") is False and spin.toolTip() == ""


def test_a_dragged_step_takes_its_own_content_along(app, qtbot):
    from PySide6.QtCore import QModelIndex

    app.window.session_files.edit(None, "breathing")  # a spoken step, then the breathing
    editor = app.window.editor_page
    editor.steps.setCurrentRow(1)
    editor.add_step("say")
    editor.add_step("say")  # two spoken steps alike, at rows 2 and 3
    editor.say_form.seconds.setValue(20)  # ...but for their length
    assert [s.get("seconds") for s in editor.data["steps"]] == [8, None, 8, 20]
    # what a drag does to the list: the 20 s one moved to the top
    assert editor.steps.model().moveRow(QModelIndex(), 3, QModelIndex(), 0)
    assert [s.get("seconds") for s in editor.data["steps"]] == [20, 8, None, 8]
    assert editor.valid
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [s.get("seconds") for s in editor.data["steps"]] == [8, None, 8, 20]


def test_the_editor_keeps_the_language_of_the_file_it_edits(app, qtbot):
    """A step added to a German session is worded in German, whatever the app speaks; its
    suggested words for a muscle group come from the German 16 groups."""
    import json

    from relaxapp import resources

    german = json.loads((resources.sessions_dir() / "de" / "jaw-check.json").read_text())
    german["id"] = "kiefer-mine"
    (app.window.data_dir / "sessions" / "kiefer-mine.json").write_text(json.dumps(german))
    app.window.library_watcher.reload()
    app.window.session_files.edit("kiefer-mine")
    editor = app.window.editor_page
    editor.add_step("say")
    assert editor.data["steps"][editor.steps.currentRow()]["text"] == \
        "Spüren Sie, wie Sie sich fühlen."
    editor.add_step("muscle")
    added = editor.data["steps"][editor.steps.currentRow()]
    assert "Schultern" in added["name"], added
    assert editor.data["language"] == "de"


def test_a_library_card_offers_a_copy_to_edit(app, qtbot):
    app.window.show_library()
    card = next(c for c in app.window.library_page.cards if c.session.id == "cyclic-sighing")
    menu = card.context_menu()  # what a right click or the Menu key shows
    assert [action.text() for action in menu.actions()] == ["Make a &copy to edit"]
    menu.actions()[0].trigger()
    assert app.window.pages.currentWidget() is app.window.editor_page
    assert app.window.editor_page.data["id"].startswith("cyclic-sighing-mine-")


def test_a_number_typed_out_of_range_is_corrected_and_said_not_cut(app, qtbot):
    app.window.session_files.edit(None, "pmr")
    editor = app.window.editor_page
    editor.steps.setCurrentRow(1)  # a muscle group: tense for 2 to 20 s
    spin = editor.muscle_form.tense_seconds
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "99")
    assert spin.text() == "99"  # typed as typed: "99" used to become "9"
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.range_note.isVisible(), timeout=2_000)
    assert spin.value() == 20
    assert editor.range_note.text() == ("Tense for, seconds: 99 is more than 20, the most "
                                        "allowed here, so it is 20.")
    assert editor.data["steps"][1]["tense_seconds"] == 20
    editor.title.setText("Changed")
    editor.title.editingFinished.emit()
    assert editor.range_note.isHidden()  # said once, about that change


def test_a_disabled_save_does_not_look_like_the_enabled_one(app):
    app.window.session_files.edit(None, "breathing")
    editor = app.window.editor_page
    enabled = editor.save_button.grab().toImage()
    editor.save_button.setEnabled(False)
    disabled = editor.save_button.grab().toImage()
    centre = enabled.rect().center()
    assert enabled.pixelColor(5, centre.y()) != disabled.pixelColor(5, centre.y())
