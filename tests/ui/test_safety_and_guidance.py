"""What the app tells a person about symptoms, and the choices that keep practice safe:
breath holds shortened or left out, a pace found and kept, a session that ends in silence,
and where each session comes from."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment

from relaxapp.core.safety import BREATHING_NOTE, EMERGENCY_NOTE, SAFETY_NOTE, SELF_CARE_NOTE
from tests.ui.test_flows import card, start

pytestmark = pytest.mark.gui


def after_a_stopped_session(app, qtbot, session_id="first-breaths"):
    start(app, qtbot, session_id, rating=6)
    qtbot.keyClick(app.window.player, Qt.Key.Key_Escape)
    after = app.window.after_page
    assert app.window.pages.currentWidget() is after
    qtbot.mouseClick(after.details_button, Qt.MouseButton.LeftButton)  # one click to the symptoms
    assert after.details.isVisible()
    return after


def shown_notes(after) -> dict[str, str]:
    """The notes on screen, as a person reads them (without the emphasis markup)."""
    return {level: QTextDocumentFragment.fromHtml(note.text()).toPlainText()
            for level, note in after.notes.items() if not note.isHidden()}


def test_emergency_symptoms_say_call_for_help_now(app, qtbot):
    after = after_a_stopped_session(app, qtbot)
    assert shown_notes(after) == {}
    after.symptom_boxes["sudden_one_side"].setChecked(True)
    assert shown_notes(after) == {"emergency": EMERGENCY_NOTE}
    assert "emergency services now" in EMERGENCY_NOTE
    assert "practice" not in EMERGENCY_NOTE.lower()  # not "fine while you wait"
    after.symptom_boxes["weakness"].setChecked(True)  # both tiers, the urgent one first
    assert list(shown_notes(after)) == ["emergency", "doctor"]
    notes = [after.notes["emergency"], after.notes["doctor"]]
    assert notes[0].y() < notes[1].y()
    assert notes[0].property("role") == "emergency"
    qtbot.mouseClick(after.save_button, Qt.MouseButton.LeftButton)
    assert sorted(app.store.sessions()[0].symptoms) == ["sudden_one_side", "weakness"]


@pytest.mark.parametrize("code", ["face_speech", "chest_pain"])
def test_every_emergency_symptom_brings_the_emergency_note(app, qtbot, code):
    after = after_a_stopped_session(app, qtbot)
    after.symptom_boxes[code].setChecked(True)
    assert shown_notes(after) == {"emergency": EMERGENCY_NOTE}


def test_tingling_during_breathing_is_not_sent_to_a_doctor(app, qtbot):
    after = after_a_stopped_session(app, qtbot)
    after.symptom_boxes["breathing_tingling"].setChecked(True)
    assert shown_notes(after) == {"breathing": BREATHING_NOTE}
    assert "gentler" in BREATHING_NOTE and "pause" in BREATHING_NOTE.lower()
    after.symptom_boxes["breathing_tingling"].setChecked(False)
    after.symptom_boxes["numbness"].setChecked(True)  # lasting or coming back: a red flag
    assert shown_notes(after) == {"doctor": SAFETY_NOTE}
    assert "harmless" not in SAFETY_NOTE


def test_cramps_and_twitching_bring_what_else_helps(app, qtbot):
    after = after_a_stopped_session(app, qtbot)
    after.symptom_boxes["cramps"].setChecked(True)
    assert shown_notes(after) == {"self-care": SELF_CARE_NOTE}
    assert "ask a doctor before" in SELF_CARE_NOTE
    after.symptom_boxes["cramps"].setChecked(False)
    assert shown_notes(after) == {}
    after.symptom_boxes["twitching"].setChecked(True)
    assert shown_notes(after) == {"self-care": SELF_CARE_NOTE}


def test_about_page_has_both_tiers_the_safety_advice_and_every_source(app, qtbot):
    app.window.show_about()
    text = app.window.about_page.text.toPlainText()
    assert "Call emergency services now" in text and "See a doctor" in text
    assert "Sudden weakness or numbness on one side of the body" in text
    for phrase in ("driving", "Heide", "third", "open your eyes", "enough water",
                   "ask a doctor before taking supplements", "4.5 to 6.5"):
        assert phrase in text, phrase
    assert "settles fastest" not in text and "most are harmless" not in text
    for session in app.window.library.sessions:
        assert session.script.title in text
    # who made what it uses, and on what terms
    from relaxapp import __version__

    for phrase in (f"RelaxApp {__version__}", "GPL-3.0-or-later", "Piper", "joe", "CC0",
                   "lessac", "research use", "eSpeak NG", "pyqtgraph", "sqlite-utils"):
        assert phrase in text, phrase
        for source in session.script.sources:
            assert source in text


def test_about_page_shows_each_voice_added_with_its_licence_and_what_was_not_used(app, qtbot):
    from tests.test_voice_folder import add_voice

    voices = app.window.data_dir / "voices"
    app.window.show_about()
    text = app.window.about_page.text.toPlainText()
    assert "Natural voices you added" in text and str(voices) in text
    assert "None is installed." in text
    add_voice(voices, "de_DE-thorsten-medium", licence="Dataset: Thorsten\nLicense: CC0 {x}")
    add_voice(voices, "es_ES-no-terms", licence=None)
    app.window.show_home()
    app.window.show_about()
    text = app.window.about_page.text.toPlainText()
    assert "de_DE-thorsten-medium (German), its licence:" in text
    assert "Dataset: Thorsten\nLicense: CC0 {x}" in text  # as written
    assert "None is installed." not in text
    assert "es_ES-no-terms.onnx: no licence beside it" in text


def test_the_start_page_shows_where_a_session_comes_from(app, qtbot):
    qtbot.mouseClick(card(app, "cyclic-sighing"), Qt.MouseButton.LeftButton)
    page = app.window.start_page
    assert not page.about_heading.isHidden() and page.about_heading.text() == "About this exercise"
    assert "Balban" in page.sources.text() and not page.sources.isHidden()


def test_holds_can_be_left_out_before_a_session(app, qtbot):
    qtbot.mouseClick(card(app, "box-breathing"), Qt.MouseButton.LeftButton)
    page = app.window.start_page
    assert not page.holds_row.isHidden()
    assert page.pace_stepper.value.text() == "3.75 breaths a minute"
    qtbot.mouseClick(page.hold_buttons[0.0], Qt.MouseButton.LeftButton)
    assert page.pace_stepper.value.text() == "7.5 breaths a minute"  # 4 in, 4 out
    qtbot.keyClick(page, Qt.Key.Key_Return)
    player = app.window.player
    app.frames(26_000 + 4_000)  # the two introductions and one breath in
    assert player.phase.text() == "Exhale"  # no hold after the breath in
    app.frames(4_000)
    assert player.phase.text() == "Inhale"
    qtbot.keyClick(player, Qt.Key.Key_Escape)
    assert app.store.sessions()[0].pace == 7.5


def test_holds_half_as_long_keep_the_breaths(app, qtbot):
    qtbot.mouseClick(card(app, "breathing-4-7-8"), Qt.MouseButton.LeftButton)
    page = app.window.start_page
    qtbot.mouseClick(page.hold_buttons[0.5], Qt.MouseButton.LeftButton)
    qtbot.keyClick(page, Qt.Key.Key_Return)
    player = app.window.player
    app.frames(12_000 + 16_000 + 12_000 + 4_000 + 100)
    assert player.phase.text() == "Hold" and player.countdown.text() == "4"  # 3.5 s
    app.frames(3_500)
    assert player.phase.text() == "Whoosh out" and player.countdown.text() == "8"


def test_a_session_without_holds_offers_no_hold_choice(app, qtbot):
    qtbot.mouseClick(card(app, "resonance-6"), Qt.MouseButton.LeftButton)
    assert app.window.start_page.holds_row.isHidden()


def test_the_resonance_pace_found_is_kept_and_used(app, qtbot):
    start(app, qtbot, "resonance-finder")
    assert app.window.start_page.stretch == 1.0  # the paces to compare run as written
    app.frames(app.window.flow.practice.run.timeline.total_ms)
    after = app.window.after_page
    assert not after.pace_box.isHidden()
    assert [b.text() for b in after.pace_buttons] == ["6.5", "6", "5.5", "5", "4.5"]
    qtbot.mouseClick(after.pace_buttons[2], Qt.MouseButton.LeftButton)
    assert "5.5 breaths a minute" in after.pace_result.text()
    assert app.window.settings.resonance_bpm == 5.5
    qtbot.mouseClick(after.save_button, Qt.MouseButton.LeftButton)

    qtbot.mouseClick(card(app, "resonance-6"), Qt.MouseButton.LeftButton)
    assert app.window.start_page.pace_stepper.value.text() == "5.5 breaths a minute"
    app.window.show_library()
    qtbot.mouseClick(card(app, "extended-exhale"), Qt.MouseButton.LeftButton)
    assert app.window.start_page.pace_stepper.value.text() == "5 breaths a minute"  # not resonance


def test_other_sessions_ask_no_pace(app, qtbot):
    after = after_a_stopped_session(app, qtbot)
    assert after.pace_box.isHidden()


class RecordingCues:
    def __init__(self, cues):
        self.heard: list[str] = []
        cues.play = lambda phase, in_ms=0: self.heard.append(f"sound {phase}")
        cues.say = lambda text, in_ms=0: self.heard.append(f"say {text}")


def test_the_bedtime_session_ends_in_silence(app, qtbot):
    heard = RecordingCues(app.window.cues)
    start(app, qtbot, "bedtime-wind-down")
    app.frames(app.window.flow.practice.run.timeline.total_ms - 1_000)
    before_end = len(heard.heard)
    app.frames(1_000)
    assert app.window.flow.practice.ended == "completed"
    assert heard.heard[before_end:] == []  # no closing chime, no "Well done"


def test_other_sessions_still_close_with_a_chime(app, qtbot):
    heard = RecordingCues(app.window.cues)
    start(app, qtbot, "first-breaths")
    app.frames(app.window.flow.practice.run.timeline.total_ms)
    assert heard.heard[-2:] == ["say Well done.", "sound done"]


def test_about_has_twitches_and_cramp_first_aid_with_when_to_see_a_doctor(app, qtbot):
    app.window.show_about()
    text = app.window.about_page.text.toPlainText()
    section = text[text.index("Twitches and cramps"):text.index("Sources")]
    for phrase in ("usually harmless", "caffeine", "Blexrud", "weakness",  # twitches
                   "pull your toes up toward your shin", "back of the thigh",  # first aid
                   "front of the thigh", "diuretics", "statins", "pharmacist",
                   "blood clot", "same day"):
        assert phrase in section, phrase
    assert "Blexrud MD, Windebank AJ, Daube JR (1993)" in text  # and among the sources


def test_about_has_the_sleep_habits_of_insomnia_therapy_with_their_sources(app, qtbot):
    app.window.show_about()
    text = app.window.about_page.text.toPlainText()
    section = text[text.index("\nSleep\n"):text.index("Twitches and cramps")]
    for phrase in ("same time every day", "about 20", "get up", "caffeine", "CBT-I",
                   "Bootzin 1972", "Drake et al."):
        assert phrase in section, phrase
    assert "Bootzin RR (1972)" in text and "Drake C et al. (2013)" in text and "jeepney" in text


def test_about_says_how_much_to_practise_and_when_today_moves_on(app, qtbot):
    """The manuals' dose (twice a day, 15 to 20 minutes) and the rule Today applies,
    with the numbers Today uses."""
    from relaxapp.core.today import READY_DAYS, READY_SPAN_DAYS

    app.window.show_about()
    text = " ".join(app.window.about_page.text.toPlainText().split())
    assert "two practice sessions a day of 15 to 20 minutes" in text
    assert f"at least {READY_DAYS} days over {READY_SPAN_DAYS} days or more" in text
    assert "{" not in text  # every placeholder filled
