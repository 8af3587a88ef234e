"""The bundled library: complete, valid, and matching the published schema."""

from __future__ import annotations

import json

import jsonschema
import pytest

from relaxapp import resources
from relaxapp.core.library import load_library, script_files
from relaxapp.core.scripts import BreatheStep, MuscleStep
from tests.conftest import REPO


@pytest.fixture(scope="module")
def library():
    return load_library(resources.sessions_dir(), None)


def test_every_bundled_file_is_valid(library):
    assert library.problems == []
    assert len(library.sessions) == len(script_files(resources.sessions_dir()))


def test_library_has_enough_of_each_kind(library):
    kinds = [s.script.kind for s in library.sessions]
    assert kinds.count("breathing") >= 5 and kinds.count("pmr") >= 4


def breathing_paces(library, session_id):
    return [round(step.breaths_per_minute, 2) for step in library.get(session_id).script.steps
            if isinstance(step, BreatheStep)]


def test_breathing_sessions_use_their_named_patterns(library):
    assert set(breathing_paces(library, "resonance-6")) == {6.0}
    assert set(breathing_paces(library, "resonance-5-5")) == {5.5}
    def seconds(session_id):
        step = next(s for s in library.get(session_id).script.steps if isinstance(s, BreatheStep))
        return [(p.phase, p.seconds) for p in step.pattern]
    assert seconds("extended-exhale") == [("inhale", 4), ("exhale", 8)]
    assert seconds("box-breathing") == [("inhale", 4), ("hold", 4), ("exhale", 4), ("hold", 4)]
    assert seconds("breathing-4-7-8") == [("inhale", 4), ("hold", 7), ("exhale", 8)]
    sigh = seconds("cyclic-sighing")
    assert [kind for kind, _ in sigh] == ["inhale", "inhale", "exhale"]
    sighing = next(s for s in library.get("cyclic-sighing").script.steps if isinstance(s, BreatheStep))
    assert sighing.minutes == 5
    assert library.get("belly-breathing-intro").script.kind == "breathing"


def test_pmr_sessions_follow_the_procedure(library):
    def muscles(session_id):
        return [s for s in library.get(session_id).script.steps if isinstance(s, MuscleStep)]
    full = muscles("pmr-16-groups")
    assert len(full) == 16
    assert all(5 <= m.tense_seconds <= 7 and 30 <= m.release_seconds <= 40 for m in full)
    assert len(muscles("pmr-7-groups")) == 7 and len(muscles("pmr-4-groups")) == 4
    assert all(m.release_only for m in muscles("pmr-recall"))
    assert {"jaw", "neck", "shoulders"} <= set(library.get("neck-shoulders-jaw").script.regions)
    legs = library.get("gentle-legs").script
    assert legs.cautions and "half" in " ".join(legs.cautions).lower()
    assert set(legs.regions) <= {"right_thigh", "right_calf", "right_foot",
                                 "left_thigh", "left_calf", "left_foot"}


def test_sessions_with_holds_warn_about_them(library):
    for session in library.sessions:
        holds = any(p.phase == "hold" for step in session.script.steps
                    if isinstance(step, BreatheStep) for p in step.pattern)
        if holds:
            assert any("hold" in caution.lower() for caution in session.script.cautions), session.id


def test_published_schema_accepts_the_library_and_rejects_mistakes(library):
    schema = json.loads((REPO / "sessions" / "schema.json").read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    for session in library.sessions:
        assert list(validator.iter_errors(json.loads(session.path.read_text()))) == []
    good = json.loads(library.get("box-breathing").path.read_text())
    mistakes = [
        {**good, "titel": "x"},
        {**good, "id": "Box"},
        {**good, "steps": [{"type": "say", "text": "x", "seconds": 0}]},
        {**good, "steps": [{"type": "breathe", "cycles": 1, "minutes": 1,
                            "pattern": [{"phase": "inhale", "seconds": 4}, {"phase": "exhale", "seconds": 4}]}]},
        {**good, "steps": [{"type": "breathe", "cycles": 1, "pattern": [{"phase": "inhale", "seconds": 4}]}]},
        {**good, "steps": [{"type": "muscle", "regions": ["jaw"], "name": "J", "release": "x", "tense_seconds": 5}]},
        {**good, "steps": [{"type": "muscle", "regions": ["tail"], "name": "J", "release": "x"}]},
    ]
    for mistake in mistakes:
        assert list(validator.iter_errors(mistake)), mistake
