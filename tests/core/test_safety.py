"""What the app says about the symptoms a person logs: the most urgent advice first, red flags
sorted emergencies first, and codes that never change meaning (they are in logs and exports)."""

from __future__ import annotations

from relaxapp.core.safety import (
    BREATHING_NOTE, BY_CODE, EMERGENCY, EMERGENCY_NOTE, RED_FLAGS, SAFETY_NOTE, SEE_A_DOCTOR,
    SELF_CARE_NOTE, SYMPTOMS, advice_for, red_flags_in, CRISIS_NOTE,
)


def test_the_stored_codes_and_their_urgency_stay_as_logs_and_exports_hold_them():
    assert {s.code: s.level for s in SYMPTOMS} == {
        "twitching": "common", "cramps": "common", "stiffness": "common",
        "breathing_tingling": "breathing", "breathing_short": "breathing",
        "weakness": "doctor", "wasting": "doctor", "coordination": "doctor",
        "numbness": "doctor", "spasms_sleep": "doctor", "spasms_one_side": "doctor",
        "sudden_one_side": "emergency", "face_speech": "emergency", "chest_pain": "emergency",
        "sudden_headache": "emergency", "sudden_confusion": "emergency",
        "fainting": "emergency", "spreading_weakness": "emergency", "dark_urine": "emergency",
        "swollen_calf": "emergency",
    }
    assert BY_CODE["weakness"].label == "Muscle weakness"
    assert [s.code for s in EMERGENCY][:3] == ["sudden_one_side", "face_speech", "chest_pain"]
    assert len(SEE_A_DOCTOR) == 6 and set(RED_FLAGS) == set(EMERGENCY) | set(SEE_A_DOCTOR)
    assert all(s.red_flag for s in RED_FLAGS)
    assert not any(BY_CODE[c].red_flag for c in ("twitching", "cramps", "stiffness",
                                                 "breathing_tingling", "breathing_short"))


def test_red_flags_are_picked_out_emergencies_first():
    found = red_flags_in(["cramps", "weakness", "chest_pain", "numbness", "unknown"])
    assert [s.code for s in found] == ["chest_pain", "weakness", "numbness"]
    assert red_flags_in(["twitching", "breathing_tingling"]) == []
    assert red_flags_in(iter(["face_speech"])) == [BY_CODE["face_speech"]]  # any iterable


def test_advice_comes_most_urgent_first_and_once_per_kind():
    advice = advice_for(["cramps", "weakness", "wasting", "sudden_one_side",
                         "breathing_tingling"])
    assert [(a.level, a.text) for a in advice] == [
        ("emergency", EMERGENCY_NOTE), ("doctor", SAFETY_NOTE),
        ("breathing", BREATHING_NOTE), ("self-care", SELF_CARE_NOTE)]


def test_each_kind_of_symptom_brings_only_its_own_advice():
    assert [a.level for a in advice_for(["chest_pain"])] == ["emergency"]
    assert [a.level for a in advice_for(["spasms_sleep"])] == ["doctor"]
    assert [a.level for a in advice_for(["breathing_tingling"])] == ["breathing"]
    assert [a.level for a in advice_for(["twitching"])] == ["self-care"]
    assert [a.level for a in advice_for(["cramps"])] == ["self-care"]
    assert advice_for(["stiffness"]) == []  # common, and nothing more to say
    assert advice_for([]) == []
    assert advice_for(["no-such-code"]) == []  # an unknown code (an old export) is ignored


def test_the_advice_says_what_to_do_in_plain_words():
    assert "Call emergency services now" in EMERGENCY_NOTE and "112" in EMERGENCY_NOTE
    assert "do not drive yourself" in EMERGENCY_NOTE
    assert SAFETY_NOTE.startswith("Please have this checked by a doctor")
    assert "This is not a diagnosis" in SAFETY_NOTE
    assert "over-breathing" in BREATHING_NOTE and "checked by a doctor" in BREATHING_NOTE
    assert "ask a doctor before taking supplements" in SELF_CARE_NOTE


def test_the_emergency_list_holds_the_signs_that_cannot_wait():
    """A clinical read found the list stopped at stroke and heart signs."""
    labels = " | ".join(s.label.lower() for s in EMERGENCY)
    for sign in ("sudden, severe headache", "sudden confusion", "loss of vision or balance",
                 "fainting", "first seizure", "weakness that spreads", "dark, cola-coloured urine",
                 "calf swollen", "chest pain or pressure", "breathlessness at rest"):
        assert sign in labels, sign
    assert "your local emergency number" in EMERGENCY_NOTE and "blood clot" in EMERGENCY_NOTE
    assert "988" in CRISIS_NOTE and "116 123" in CRISIS_NOTE


def test_short_of_air_during_practice_is_not_an_emergency_but_at_rest_is():
    """Every breathing caution says "stop if short of breath"; the one matching symptom was the
    emergency one. Air hunger at a slow pace that settles is the breathing tier."""
    assert [a.level for a in advice_for(["breathing_short"])] == ["breathing"]
    assert "short of air" in BREATHING_NOTE and "leave the holds out" in BREATHING_NOTE
    assert "emergency" in BREATHING_NOTE  # and what would make it one
    assert BY_CODE["chest_pain"].label.startswith("New chest pain or pressure")


def test_the_self_care_note_does_not_oversell_minerals_and_names_medicines_that_cause_cramps():
    assert "Magnesium is unlikely to help ordinary cramps" in SELF_CARE_NOTE
    assert "potassium supplements can be dangerous with kidney disease" in SELF_CARE_NOTE
    assert "matter too" not in SELF_CARE_NOTE
    for medicine in ("diuretics", "statins", "asthma", "pharmacist"):
        assert medicine in SELF_CARE_NOTE
