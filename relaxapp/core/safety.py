"""Symptoms people log, how urgent each is, and what the app says about them.

RelaxApp is not a doctor and never suggests a diagnosis. It sorts what a person
logs into four kinds, each with its own plain advice:

- ``emergency``: signs of a stroke, a heart attack, a blood clot, a fast-spreading nerve
  or muscle disorder and the like. Call emergency services now.
- ``doctor``: symptoms that can come from conditions of the nerves or muscles and
  deserve a check, whatever the cause turns out to be.
- ``breathing``: tingling or light-headedness during or just after breathing
  practice, which is usually over-breathing and passes with gentler breaths; or feeling
  short of air at a slow pace, which settles when breathing goes back to normal.
- ``common``: twitching, cramps and stiffness, common with muscle tension.

The codes are stored in the log and in exports, so a code never changes meaning. The notes
are kept in English and shown through ``tr`` (``advice_for`` and ``lasting_notice`` do it);
docs/safety-translations.md holds each translation with its translation back into English.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Literal

from relaxapp.core.language import QT_TR_NOOP, tr

Level = Literal["emergency", "doctor", "breathing", "common"]


@dataclass(frozen=True)
class Symptom:
    code: str  # stored in the database and in exports
    words: str  # in English, marked for translation: shown as ``label``
    level: Level = "common"

    @property
    def label(self) -> str:
        """What the person reads, in their language."""
        return tr(self.words)

    @property
    def red_flag(self) -> bool:
        """Needs a doctor, or emergency help: listed first wherever symptoms are shown."""
        return self.level in ("emergency", "doctor")


SYMPTOMS: tuple[Symptom, ...] = (
    Symptom("twitching", QT_TR_NOOP("Twitching")),
    Symptom("cramps", QT_TR_NOOP("Cramps")),
    Symptom("stiffness", QT_TR_NOOP("Stiffness or aching")),
    Symptom("breathing_tingling", QT_TR_NOOP("Tingling or light-headed during or just after breathing"),
            "breathing"),
    Symptom("breathing_short", QT_TR_NOOP("Short of air during breathing practice, settling within a "
            "minute of normal breathing"), "breathing"),
    Symptom("weakness", QT_TR_NOOP("Muscle weakness"), "doctor"),
    Symptom("wasting", QT_TR_NOOP("A muscle getting smaller"), "doctor"),
    Symptom("coordination", QT_TR_NOOP("Loss of coordination"), "doctor"),
    Symptom("numbness", QT_TR_NOOP("Numbness or tingling that lasts or keeps coming back"), "doctor"),
    Symptom("spasms_sleep", QT_TR_NOOP("Spasms mostly during sleep"), "doctor"),
    Symptom("spasms_one_side", QT_TR_NOOP("Spasms on one side of the body only"), "doctor"),
    Symptom("sudden_one_side", QT_TR_NOOP("Sudden weakness or numbness on one side of the body"),
            "emergency"),
    Symptom("face_speech", QT_TR_NOOP("Face drooping, or trouble speaking or swallowing"), "emergency"),
    Symptom("chest_pain", QT_TR_NOOP("New chest pain or pressure, or breathlessness at rest that does "
            "not settle"), "emergency"),
    Symptom("sudden_headache", QT_TR_NOOP("A sudden, severe headache"), "emergency"),
    Symptom("sudden_confusion", QT_TR_NOOP("Sudden confusion, or sudden loss of vision or balance"),
            "emergency"),
    Symptom("fainting", QT_TR_NOOP("Fainting, or a first seizure"), "emergency"),
    Symptom("spreading_weakness", QT_TR_NOOP("Weakness that spreads or gets worse over hours or days"),
            "emergency"),
    Symptom("dark_urine", QT_TR_NOOP("Severe muscle pain with dark, cola-coloured urine"), "emergency"),
    Symptom("swollen_calf", QT_TR_NOOP("One calf swollen and painful (a possible blood clot)"), "emergency"),
)
BY_CODE = {symptom.code: symptom for symptom in SYMPTOMS}
RED_FLAGS = tuple(symptom for symptom in SYMPTOMS if symptom.red_flag)
EMERGENCY = tuple(symptom for symptom in SYMPTOMS if symptom.level == "emergency")
SEE_A_DOCTOR = tuple(symptom for symptom in SYMPTOMS if symptom.level == "doctor")
# Logged with these, the person is also shown what else eases muscle symptoms.
SELF_CARE_FOR = ("cramps", "twitching")

EMERGENCY_NOTE = QT_TR_NOOP(
    "Call emergency services now (112 in Europe, 911 in North America, 999 in the UK, or "
    "your local emergency number). Signs like these can come from a stroke, a heart attack, "
    "a blood clot or another condition that needs treatment at once, where every minute "
    "counts. Do not wait to see whether it passes, and do not drive yourself."
)

# Said wherever the emergency signs are listed (About, Today's and the welcome's link).
CRISIS_NOTE = QT_TR_NOOP(
    "If you have thoughts of harming yourself, call a crisis line now: 988 in the US and "
    "Canada, 116 123 (Samaritans) in the UK and Ireland, or your local emergency number."
)

SAFETY_NOTE = QT_TR_NOOP(
    "Please have this checked by a doctor. Symptoms like this can come from conditions "
    "other than anxiety, and an examination is the way to find out. This is not a "
    "diagnosis. Relaxation practice is fine meanwhile if it feels comfortable."
)

BREATHING_NOTE = QT_TR_NOOP(
    "Tingling or light-headedness during or just after breathing practice usually means "
    "breathing more than the body needs (over-breathing); feeling short of air at a slow pace "
    "usually means the pace or the holds are longer than is comfortable for now. Pause and "
    "breathe normally for a minute. Next time take smaller, gentler breaths, set the pace a "
    "little faster, or leave the holds out. If numbness or tingling lasts, or comes back away "
    "from practice, have it checked by a doctor; breathlessness at rest that does not settle, "
    "or chest pain, needs emergency help."
)

SELF_CARE_NOTE = QT_TR_NOOP(
    "Besides breathing and relaxation, these may ease cramps and twitching: gentle exercise "
    "and stretching (the calf and hamstring stretch before bed), enough water, enough sleep, "
    "and less caffeine and alcohol. Magnesium is unlikely to help ordinary cramps, and "
    "potassium supplements can be dangerous with kidney disease or some blood-pressure "
    "medicines: ask a doctor before taking supplements. Some medicines cause cramps "
    "(diuretics, statins, some asthma and blood-pressure drugs): a pharmacist can tell you. "
    "Cramps that come often deserve a check by a doctor."
)


LOGGED = QT_TR_NOOP("{day} you logged: {symptoms}.")  # Today's notice, before the advice
# The history's note under its symptoms chart, when red flags were logged in the range.
HISTORY_NOTE = QT_TR_NOOP(
    "You logged {symptoms} (marked {marks}). Symptoms like these deserve a check by a doctor, "
    "because conditions other than anxiety can cause them.")
HISTORY_EMERGENCY_NOTE = QT_TR_NOOP(
    "If sudden one-sided weakness or numbness, a drooping face, trouble speaking or chest pain "
    "come again, call emergency services at once.")


@dataclass(frozen=True)
class Advice:
    level: Literal["emergency", "doctor", "breathing", "self-care"]
    text: str


def red_flags_in(codes: Iterable[str]) -> list[Symptom]:
    """The red-flag symptoms among the given codes, emergencies first."""
    chosen = set(codes)
    return sorted((symptom for symptom in RED_FLAGS if symptom.code in chosen),
                  key=lambda symptom: symptom.level != "emergency")


def advice_for(codes: Iterable[str]) -> list[Advice]:
    """What to tell a person who logged these symptoms, the most urgent first, in their
    language."""
    chosen = set(codes)
    levels = {BY_CODE[code].level for code in chosen if code in BY_CODE}
    advice = []
    if "emergency" in levels:
        advice.append(Advice("emergency", tr(EMERGENCY_NOTE)))
    if "doctor" in levels:
        advice.append(Advice("doctor", tr(SAFETY_NOTE)))
    if "breathing" in levels:
        advice.append(Advice("breathing", tr(BREATHING_NOTE)))
    if chosen & set(SELF_CARE_FOR):
        advice.append(Advice("self-care", tr(SELF_CARE_NOTE)))
    return advice


def lasting_notice(codes: Iterable[str], day: str) -> tuple[str, str] | None:
    """What Today keeps in view after red-flag symptoms were logged ``day`` ("today", "on
    Thursday 3 December 2026"), until the person has read it: (level, text), or None."""
    flags = red_flags_in(codes)
    if not flags:
        return None
    level = flags[0].level
    logged = "; ".join(symptom.label for symptom in flags)
    advice = tr(EMERGENCY_NOTE if level == "emergency" else SAFETY_NOTE)
    said = tr(LOGGED).format(day=day, symptoms=logged)
    return level, f"{said[:1].upper()}{said[1:]} {advice}"
