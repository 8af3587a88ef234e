"""Symptoms people log, which of them need a doctor's look, and what the app says.

RelaxApp is not a doctor and never suggests a diagnosis. Some symptoms are common
with anxiety-related muscle tension; others can come from conditions of the nerves
or muscles, and deserve a check whatever the cause turns out to be.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Symptom:
    code: str  # stored in the database and in exports
    label: str  # shown to the person
    red_flag: bool = False


SYMPTOMS: tuple[Symptom, ...] = (
    Symptom("twitching", "Twitching"),
    Symptom("cramps", "Cramps"),
    Symptom("stiffness", "Stiffness or aching"),
    Symptom("weakness", "Muscle weakness", red_flag=True),
    Symptom("wasting", "A muscle getting smaller", red_flag=True),
    Symptom("coordination", "Loss of coordination", red_flag=True),
    Symptom("numbness", "Numbness or tingling", red_flag=True),
    Symptom("spasms_sleep", "Spasms mostly during sleep", red_flag=True),
    Symptom("spasms_one_side", "Spasms on one side of the body only", red_flag=True),
)
BY_CODE = {symptom.code: symptom for symptom in SYMPTOMS}
RED_FLAGS = tuple(symptom for symptom in SYMPTOMS if symptom.red_flag)

SAFETY_NOTE = (
    "Please have this checked by a doctor. Symptoms like this are worth a look, because "
    "conditions other than anxiety can cause them. This is not a diagnosis: most of the "
    "time the cause turns out to be harmless, and a doctor can tell you what it is. "
    "Until then, relaxation practice is still fine if it feels comfortable."
)


def red_flags_in(codes) -> list[Symptom]:
    """The red-flag symptoms among the given codes, in list order."""
    chosen = set(codes)
    return [symptom for symptom in RED_FLAGS if symptom.code in chosen]
