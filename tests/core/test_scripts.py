"""The script validator: every rule of session-format.md, and the messages it gives."""

from __future__ import annotations

import copy
import json

import pytest

from relaxapp.core.scripts import (
    BreatheStep, MuscleStep, SayStep, ScriptError, load_script, parse_script,
)
from tests.conftest import minimal_script

BREATHE = {"type": "breathe",
           "pattern": [{"phase": "inhale", "seconds": 4}, {"phase": "exhale", "seconds": 6}],
           "cycles": 6}
MUSCLE = {"type": "muscle", "regions": ["right_hand", "right_forearm"], "name": "Right hand",
          "tense": "Make a fist.", "release": "Let go.", "tense_seconds": 7,
          "release_seconds": 30, "repeat": 1}


def problems(data, name="s.json") -> list[str]:
    text = data if isinstance(data, str) else json.dumps(data)
    with pytest.raises(ScriptError) as caught:
        parse_script(text, name)
    return [str(problem) for problem in caught.value.problems]


def with_step(step: dict, **overrides) -> dict:
    return minimal_script(steps=[step], **overrides)


def step_problems(step: dict) -> list[str]:
    return problems(with_step(step))


# ---------------------------------------------------------------------- valid input


def test_minimal_script_parses_into_a_typed_model():
    script = parse_script(json.dumps(minimal_script()), "s.json")
    assert script.id == "test-session"
    assert script.language == "en"
    assert isinstance(script.steps[0], SayStep)
    breathe = script.steps[1]
    assert isinstance(breathe, BreatheStep)
    assert breathe.cycle_ms == 10_000
    assert script.planned_ms == 5_000 + 3 * 10_000
    assert script.kind == "breathing"


def test_all_optional_keys_and_extensions_are_accepted():
    data = minimal_script(summary="A" * 300, tags=["a" * 30] * 10, language="de-CH",
                          cautions=["Go gently."], **{"x-author": {"name": "Dr X"}})
    data["steps"].append(MUSCLE)
    script = parse_script(json.dumps(data), "s.json")
    assert script.language == "de-CH"
    assert script.extras == {"x-author": {"name": "Dr X"}}
    assert script.kind == "mixed"
    assert script.regions == ("right_hand", "right_forearm")


def test_muscle_defaults_and_release_only():
    step = {"type": "muscle", "regions": ["jaw"], "name": "Jaw", "release": "Let go."}
    script = parse_script(json.dumps(with_step(step)), "s.json")
    muscle = script.steps[0]
    assert isinstance(muscle, MuscleStep)
    assert muscle.release_only and muscle.tense is None
    assert (muscle.release_seconds, muscle.repeat) == (30, 1)
    assert muscle.planned_ms == 30_000
    assert script.kind == "pmr"
    tensed = dict(step, tense="Clench gently.", repeat=2)
    assert parse_script(json.dumps(with_step(tensed)), "s.json").steps[0].planned_ms == 74_000


def test_minutes_runs_whole_cycles_at_least_one():
    step = dict(BREATHE, minutes=1.0)
    del step["cycles"]
    assert parse_script(json.dumps(with_step(step)), "s.json").steps[0].planned_cycles == 6
    step["minutes"] = 0.5  # 30 s fits 3 cycles of 10 s
    assert parse_script(json.dumps(with_step(step)), "s.json").steps[0].planned_cycles == 3
    slow = {"type": "breathe", "minutes": 0.5,
            "pattern": [{"phase": "inhale", "seconds": 60}, {"phase": "exhale", "seconds": 60}]}
    assert parse_script(json.dumps(with_step(slow)), "s.json").steps[0].planned_cycles == 1


def test_sigh_levels_follow_to_and_holds_keep_the_level():
    step = {"type": "breathe", "cycles": 5, "pattern": [
        {"phase": "inhale", "seconds": 2, "to": 0.8},
        {"phase": "inhale", "seconds": 1, "label": "Top-up breath"},
        {"phase": "hold", "seconds": 1},
        {"phase": "exhale", "seconds": 6}]}
    breathe = parse_script(json.dumps(with_step(step)), "s.json").steps[0]
    assert breathe.levels() == [(0.0, 0.8), (0.8, 1.0), (1.0, 1.0), (1.0, 0.0)]
    assert breathe.pattern[1].display_name == "Top-up breath"
    assert breathe.pattern[2].display_name == "Hold"


def test_whole_number_floats_count_as_integers():
    script = parse_script(json.dumps(with_step(dict(BREATHE, cycles=6.0), format=1.0)), "s.json")
    assert script.steps[0].cycles == 6 and isinstance(script.steps[0].cycles, int)


def test_byte_order_mark_is_tolerated(tmp_path):
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(minimal_script()).encode())
    assert load_script(path).id == "test-session"


# ------------------------------------------------------------------ JSON and files


@pytest.mark.parametrize("text, expected", [
    ('{"format": 1,\n  "id": "a"\n  "title": "x"}', "s.json:3:3: invalid JSON: expecting ',' delimiter"),
    ("", "s.json:1:1: invalid JSON: expecting value"),
    ("[1, 2", "s.json:1:6: invalid JSON: expecting ',' delimiter"),
    # Python 3.13 words this one differently; the place is what matters
    ('{"a": 1,}', "s.json:1:9: invalid JSON: "),
])
def test_malformed_json_names_line_and_column(text, expected):
    [problem] = problems(text)
    assert problem.startswith(expected)
    assert problem == expected or expected.endswith(": ")


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity"])
def test_non_finite_numbers_are_rejected_at_their_path(literal):
    text = json.dumps(with_step({"type": "say", "text": "x", "seconds": 5})).replace(
        '"seconds": 5', f'"seconds": {literal}')
    assert problems(text) == [f"s.json: steps[0].seconds: {literal} is not a valid JSON number"]


def test_overflowing_numbers_are_rejected():
    text = json.dumps(minimal_script()).replace('"seconds": 5', '"seconds": 1e400')
    assert problems(text) == ["s.json: steps[0].seconds: 1e400 is not a valid JSON number"]
    huge = json.dumps(minimal_script()).replace('"seconds": 5', '"seconds": ' + "9" * 5000)
    assert "steps[0].seconds" in problems(huge)[0]


def test_duplicate_keys_are_errors_wherever_they_are():
    text = ('{"format": 1, "id": "a", "title": "One", "title": "Two", "steps": ['
            '{"type": "say", "text": "x", "seconds": 5, "seconds": 50}], '
            '"x-notes": {"k": 1, "k": 2}}')
    assert problems(text) == [
        's.json: key "title" appears more than once',
        's.json: steps[0]: key "seconds" appears more than once',
        's.json: x-notes: key "k" appears more than once',
    ]


def test_deep_nesting_is_rejected_without_crashing():
    deep = '{"format": 1, "x-deep": ' + "[" * 100_000 + "]" * 100_000 + "}"
    assert problems(deep) == ["s.json:1:88: invalid JSON: nested more than 64 levels deep"]
    # brackets inside strings are text, not nesting
    text = json.dumps(minimal_script(summary="[" * 250))
    assert parse_script(text, "s.json").summary == "[" * 250


def test_files_over_one_mebibyte_are_rejected_before_parsing(tmp_path):
    path = tmp_path / "huge.json"
    path.write_text(json.dumps(minimal_script(**{"x-pad": "a" * (1024 * 1024)})))
    with pytest.raises(ScriptError) as caught:
        load_script(path)
    size = path.stat().st_size
    assert str(caught.value) == f"{path}: file is {size:,} bytes; a session script may be at most 1 MiB"


def test_unreadable_and_non_utf8_files(tmp_path):
    path = tmp_path / "latin1.json"
    path.write_bytes(json.dumps(minimal_script(title="Entspannung für Anfänger"))
                     .replace("\\u00fc", "\xfc").encode("latin-1"))
    with pytest.raises(ScriptError, match=r"latin1.json: not UTF-8 text \(byte 0xfc at offset"):
        load_script(path)
    with pytest.raises(ScriptError, match="missing.json: cannot read the file: no such file or folder"):
        load_script(tmp_path / "missing.json")


# ------------------------------------------------------------------------ top level


@pytest.mark.parametrize("data, expected", [
    ([1, 2], "s.json: the top level must be a JSON object (got a list)"),
    ({"id": "a", "title": "t", "steps": [BREATHE]}, "s.json: format: required, but missing"),
    (minimal_script(format=2), "s.json: format: this script needs a newer RelaxApp "
                               "(it is format 2; this version reads format 1)"),
    (minimal_script(format=0), "s.json: format: must be 1 (got 0)"),
    (minimal_script(format="1"), 's.json: format: must be the whole number 1 (got "1")'),
    (minimal_script(format=True), "s.json: format: must be the whole number 1 (got true)"),
    (minimal_script(id="Evening Calm"), 's.json: id: must be 1-64 lowercase letters, digits or '
                                        'hyphens, starting with a letter or digit (got "Evening Calm")'),
    (minimal_script(id="-calm"), 's.json: id: must be 1-64 lowercase letters, digits or hyphens, '
                                 'starting with a letter or digit (got "-calm")'),
    (minimal_script(id="a" * 65), "s.json: id: must be 1-64 lowercase letters, digits or hyphens, "
                                  'starting with a letter or digit (got "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa...")'),
    (minimal_script(id=7), "s.json: id: must be a string (got 7)"),
    (minimal_script(title=""), "s.json: title: must not be empty"),
    (minimal_script(title="   "), "s.json: title: must not be empty"),
    (minimal_script(title="T" * 81), "s.json: title: must be 1-80 characters (got 81)"),
    (minimal_script(title=None), "s.json: title: must be a string (got null)"),
    (minimal_script(summary="s" * 301), "s.json: summary: must be at most 300 characters (got 301)"),
    (minimal_script(tags="calm"), 's.json: tags: must be a list of tags (got "calm")'),
    (minimal_script(tags=["t"] * 11), "s.json: tags: must hold at most 10 tags (got 11)"),
    (minimal_script(tags=["ok", ""]), "s.json: tags[1]: must not be empty"),
    (minimal_script(tags=["t" * 31]), "s.json: tags[0]: must be 1-30 characters (got 31)"),
    (minimal_script(language="english please"), 's.json: language: must be a language tag such as '
                                                '"en" or "de-CH" (got "english please")'),
    (minimal_script(cautions="Careful"), 's.json: cautions: must be a list of strings (got "Careful")'),
    (minimal_script(cautions=[3]), "s.json: cautions[0]: must be a string (got 3)"),
    (minimal_script(steps=[]), "s.json: steps: must hold 1-1000 steps (got 0)"),
    (minimal_script(steps={"type": "say"}), "s.json: steps: must be a list of steps (got an object)"),
    (minimal_script(titel="Typo"), 's.json: titel: unknown key (did you mean "title"?)'),
    (minimal_script(author="me"), 's.json: author: unknown key (keys of your own must start with "x-")'),
])
def test_top_level_rules(data, expected):
    assert problems(data) == [expected]


def test_step_count_limit():
    say = {"type": "say", "text": "x", "seconds": 1}
    assert problems(minimal_script(steps=[say] * 1001)) == ["s.json: steps: must hold 1-1000 steps (got 1001)"]
    assert parse_script(json.dumps(minimal_script(steps=[say] * 1000)), "s.json")


@pytest.mark.parametrize("steps, got", [
    ([{"type": "say", "text": "x", "seconds": 9.999}], "9.999 s"),
    ([{"type": "breathe", "cycles": 10000,
       "pattern": [{"phase": "inhale", "seconds": 1}, {"phase": "exhale", "seconds": 1}]}], "5.56 h"),
])
def test_total_length_must_be_10_seconds_to_3_hours(steps, got):
    assert problems(minimal_script(steps=steps)) == [
        f"s.json: steps: the session's planned length must be between 10 seconds and 3 hours (got {got})"]


def test_total_length_limits_are_inclusive():
    ten = [{"type": "say", "text": "x", "seconds": 10}]
    three_hours = [{"type": "say", "text": "x", "seconds": 600}] * 18
    assert parse_script(json.dumps(minimal_script(steps=ten)), "s.json").planned_ms == 10_000
    assert parse_script(json.dumps(minimal_script(steps=three_hours)), "s.json").planned_ms == 10_800_000
    assert problems(minimal_script(steps=three_hours + ten))


def test_all_problems_of_a_file_are_reported_together():
    data = minimal_script(id="Bad", title="", tags=[""])
    data["steps"][1]["pattern"][0]["seconds"] = -4
    assert problems(data) == [
        's.json: id: must be 1-64 lowercase letters, digits or hyphens, starting with a letter or digit (got "Bad")',
        "s.json: title: must not be empty",
        "s.json: tags[0]: must not be empty",
        "s.json: steps[1].pattern[0].seconds: must be between 0.5 and 60 seconds (got -4)",
    ]


# --------------------------------------------------------------------------- steps


@pytest.mark.parametrize("step, expected", [
    ("say", "steps[0]: each step must be an object (got \"say\")"),
    ({"text": "x"}, 'steps[0].type: required, but missing (one of "say", "breathe", "muscle")'),
    ({"type": "breath"}, 'steps[0].type: must be one of "say", "breathe", "muscle" (got "breath") (did you mean "breathe"?)'),
    ({"type": "say", "text": "x", "seconds": 5, "voice": "calm"}, "steps[0].voice: unknown key"),
    ({"type": "say", "seconds": 5}, "steps[0].text: required, but missing"),
    ({"type": "say", "text": "", "seconds": 5}, "steps[0].text: must not be empty"),
    ({"type": "say", "text": "x" * 2001, "seconds": 5}, "steps[0].text: must be 1-2000 characters (got 2001)"),
    ({"type": "say", "text": "x", "seconds": 0.5}, "steps[0].seconds: must be between 1 and 600 seconds (got 0.5)"),
    ({"type": "say", "text": "x", "seconds": 601}, "steps[0].seconds: must be between 1 and 600 seconds (got 601)"),
    ({"type": "say", "text": "x", "seconds": "10"}, 'steps[0].seconds: must be a number (got "10")'),
    ({"type": "say", "text": "x", "seconds": True}, "steps[0].seconds: must be a number (got true)"),
    ({"type": "say", "text": 5, "seconds": 10}, "steps[0].text: must be a string (got 5)"),
])
def test_say_rules(step, expected):
    assert step_problems(step) == [f"s.json: {expected}"]


def _breathe(**changes) -> dict:
    step = copy.deepcopy(BREATHE)
    step.update(changes)
    return {key: value for key, value in step.items() if value is not None}


def _phase(**fields) -> dict:
    phase = {"phase": "inhale", "seconds": 4, **fields}
    return {key: value for key, value in phase.items() if value is not None}


@pytest.mark.parametrize("step, expected", [
    (_breathe(cycles=None), 'steps[0]: needs "cycles" (how many breaths) or "minutes" (how long)'),
    (_breathe(minutes=5), 'steps[0]: give either "cycles" or "minutes", not both'),
    (_breathe(cycles=0), "steps[0].cycles: must be between 1 and 10000 (got 0)"),
    (_breathe(cycles=10001), "steps[0].cycles: must be between 1 and 10000 (got 10001)"),
    (_breathe(cycles=2.5), "steps[0].cycles: must be a whole number (got 2.5)"),
    (_breathe(cycles="six"), 'steps[0].cycles: must be a whole number (got "six")'),
    (_breathe(cycles=None, minutes=0.4), "steps[0].minutes: must be between 0.5 and 180 minutes (got 0.4)"),
    (_breathe(cycles=None, minutes=181), "steps[0].minutes: must be between 0.5 and 180 minutes (got 181)"),
    (_breathe(text=""), "steps[0].text: must not be empty"),
    (_breathe(pattern=[]), "steps[0].pattern: must hold 1-8 phases (got 0)"),
    (_breathe(pattern=[_phase(), _phase(phase="exhale")] * 4 + [_phase()]),
     "steps[0].pattern: must hold 1-8 phases (got 9)"),
    (_breathe(pattern=None), "steps[0].pattern: required, but missing"),
    (_breathe(pattern=[_phase(), _phase()]), "steps[0].pattern: a cycle needs at least one inhale and one exhale"),
    (_breathe(pattern=[_phase(phase="exhale"), _phase(phase="hold")]),
     "steps[0].pattern: a cycle needs at least one inhale and one exhale"),
    (_breathe(pattern=[_phase(phase="breathe in"), _phase(phase="exhale")]),
     'steps[0].pattern[0].phase: must be "inhale", "hold" or "exhale" (got "breathe in")'),
    (_breathe(pattern=[_phase(seconds=0.4), _phase(phase="exhale")]),
     "steps[0].pattern[0].seconds: must be between 0.5 and 60 seconds (got 0.4)"),
    (_breathe(pattern=[_phase(seconds=61), _phase(phase="exhale")]),
     "steps[0].pattern[0].seconds: must be between 0.5 and 60 seconds (got 61)"),
    (_breathe(pattern=[_phase(), _phase(phase="exhale", seconds=None)]),
     "steps[0].pattern[1].seconds: required, but missing"),
    (_breathe(pattern=[_phase(label="L" * 61), _phase(phase="exhale")]),
     "steps[0].pattern[0].label: must be at most 60 characters (got 61)"),
    (_breathe(pattern=[_phase(to=1.5), _phase(phase="exhale")]),
     "steps[0].pattern[0].to: must be between 0 and 1 (got 1.5)"),
    (_breathe(pattern=[_phase(), _phase(phase="hold", to=1), _phase(phase="exhale")]),
     "steps[0].pattern[1].to: not allowed on a hold: a hold keeps the level the lungs are at"),
    (_breathe(pattern=[_phase(), _phase(speed=2), _phase(phase="exhale")]),
     "steps[0].pattern[1].speed: unknown key"),
    (_breathe(pattern=[_phase(), "exhale"]), 'steps[0].pattern[1]: each phase must be an object (got "exhale")'),
    (_breathe(pattern=[_phase(), _phase(phase="exhale", to=0.5), _phase(to=0.3), _phase(phase="exhale")]),
     "steps[0].pattern[2].to: an inhale cannot lower the fullness of the lungs (from 0.5 to 0.3)"),
    (_breathe(pattern=[_phase(to=0.5), _phase(phase="exhale", to=0.8), _phase(), _phase(phase="exhale")]),
     "steps[0].pattern[1].to: an exhale cannot raise the fullness of the lungs (from 0.5 to 0.8)"),
])
def test_breathe_rules(step, expected):
    assert step_problems(step) == [f"s.json: {expected}"]


def _muscle(**changes) -> dict:
    step = copy.deepcopy(MUSCLE)
    step.update(changes)
    return {key: value for key, value in step.items() if value is not None}


@pytest.mark.parametrize("step, expected", [
    (_muscle(regions=[]), "steps[0].regions: must hold 1-20 regions (got 0)"),
    (_muscle(regions=["jaw"] * 21), "steps[0].regions: must hold 1-20 regions (got 21)"),
    (_muscle(regions=["rigt_hand"]), 'steps[0].regions[0]: unknown region "rigt_hand" (did you mean "right_hand"?)'),
    (_muscle(regions=["jaw", 3]), "steps[0].regions[1]: must be a region name (got 3)"),
    (_muscle(regions="jaw"), 'steps[0].regions: must be a list of regions (got "jaw")'),
    (_muscle(name=None), "steps[0].name: required, but missing"),
    (_muscle(name="N" * 61), "steps[0].name: must be 1-60 characters (got 61)"),
    (_muscle(release=None), "steps[0].release: required, but missing"),
    (_muscle(release=""), "steps[0].release: must not be empty"),
    (_muscle(tense=""), "steps[0].tense: must not be empty"),
    (_muscle(tense_seconds=1), "steps[0].tense_seconds: must be between 2 and 20 seconds (got 1)"),
    (_muscle(tense_seconds=21), "steps[0].tense_seconds: must be between 2 and 20 seconds (got 21)"),
    (_muscle(tense=None), 'steps[0].tense_seconds: only allowed together with "tense" (a release-only step has no tension)'),
    (_muscle(release_seconds=4), "steps[0].release_seconds: must be between 5 and 120 seconds (got 4)"),
    (_muscle(release_seconds=121), "steps[0].release_seconds: must be between 5 and 120 seconds (got 121)"),
    (_muscle(repeat=0), "steps[0].repeat: must be between 1 and 5 (got 0)"),
    (_muscle(repeat=6), "steps[0].repeat: must be between 1 and 5 (got 6)"),
    (_muscle(repeat=1.5), "steps[0].repeat: must be a whole number (got 1.5)"),
    (_muscle(hold=3), 'steps[0].hold: unknown key'),
])
def test_muscle_rules(step, expected):
    assert step_problems(step) == [f"s.json: {expected}"]


def test_every_region_in_the_spec_is_accepted():
    from relaxapp.core.scripts import REGIONS

    assert len(REGIONS) == 22
    step = _muscle(regions=list(REGIONS[:20]))
    assert parse_script(json.dumps(with_step(step)), "s.json")
    step = _muscle(regions=list(REGIONS[20:]))
    assert parse_script(json.dumps(with_step(step)), "s.json")


def test_limits_are_inclusive():
    step = _breathe(pattern=[_phase(seconds=0.5, to=0), _phase(phase="exhale", seconds=60, to=0)],
                    cycles=1)
    assert parse_script(json.dumps(with_step(step)), "s.json")
    muscle = _muscle(tense_seconds=2, release_seconds=5, repeat=5)
    assert parse_script(json.dumps(with_step(muscle)), "s.json")
    muscle = _muscle(tense_seconds=20, release_seconds=120, repeat=1)
    assert parse_script(json.dumps(with_step(muscle)), "s.json")


def test_exactly_one_mebibyte_is_allowed(tmp_path):
    data = json.dumps(minimal_script(**{"x-pad": ""}))
    path = tmp_path / "edge.json"
    path.write_text(data.replace('"x-pad": ""', '"x-pad": "' + "a" * (1024 * 1024 - len(data)) + '"'))
    assert path.stat().st_size == 1024 * 1024
    assert load_script(path).id == "test-session"


# ------------------------------------------- sources, endings, paces and rounds


def test_sources_quiet_end_and_pace_choice_are_read():
    slow = {**BREATHE, "pattern": [{"phase": "inhale", "seconds": 5}, {"phase": "exhale", "seconds": 7}]}
    script = parse_script(json.dumps(minimal_script(
        steps=[BREATHE, {**slow, "pace": "resonance"}], quiet_end=True, choose_pace=True,
        sources=["Öst 1987, Behaviour Research and Therapy 25:397-409"])), "s.json")
    assert script.sources == ("Öst 1987, Behaviour Research and Therapy 25:397-409",)
    assert script.quiet_end is True and script.choose_pace is True
    assert [step.pace for step in script.breathing_steps] == [None, "resonance"]
    plain = parse_script(json.dumps(minimal_script()), "s.json")
    assert (plain.sources, plain.quiet_end, plain.choose_pace) == ((), False, False)


@pytest.mark.parametrize("overrides, expected", [
    ({"sources": "a book"}, 's.json: sources: must be a list of sources (got "a book")'),
    ({"sources": [""]}, "s.json: sources[0]: must not be empty"),
    ({"sources": ["x" * 301]}, "s.json: sources[0]: must be 1-300 characters (got 301)"),
    ({"sources": ["x"] * 11}, "s.json: sources: must hold at most 10 sources (got 11)"),
    ({"quiet_end": "yes"}, 's.json: quiet_end: must be true or false (got "yes")'),
    ({"choose_pace": 1}, "s.json: choose_pace: must be true or false (got 1)"),
    ({"choose_pace": True}, "s.json: choose_pace: needs at least two breathing steps at "
                            "different paces to choose from"),
])
def test_source_and_ending_rules(overrides, expected):
    assert problems(minimal_script(**overrides)) == [expected]


def test_a_step_pace_must_be_a_known_one():
    assert step_problems({**BREATHE, "pace": "fast"}) == \
        ['s.json: steps[0].pace: must be "resonance" (got "fast")']


def test_release_seconds_may_give_one_length_per_round():
    step = parse_script(json.dumps(with_step({**MUSCLE, "repeat": 2, "release_seconds": [35, 50]})),
                        "s.json").steps[0]
    assert step.release_seconds == (35, 50)
    assert step.planned_ms == 2 * 7_000 + 35_000 + 50_000
    assert step_problems({**MUSCLE, "repeat": 2, "release_seconds": [35]}) == [
        "s.json: steps[0].release_seconds: a list must hold one length per round: "
        "2 rounds (got 1)"]
    assert step_problems({**MUSCLE, "repeat": 2, "release_seconds": [35, 500]}) == [
        "s.json: steps[0].release_seconds[1]: must be between 5 and 120 seconds (got 500)"]
    assert step_problems({**MUSCLE, "repeat": 1, "release_seconds": ["35"]}) == [
        's.json: steps[0].release_seconds[0]: must be a number (got "35")']


def test_a_null_or_odd_list_is_refused_not_a_crash():
    # found by tests/fuzz.py: "regions": null used to raise a TypeError
    assert step_problems({**MUSCLE, "regions": None}) == [
        "s.json: steps[0].regions: must be a list of regions (got null)"]
    reported = problems(minimal_script(choose_pace="\ud800"))
    assert reported[0].startswith("s.json: choose_pace: holds a lone surrogate")
    assert reported[1].startswith("s.json: choose_pace: must be true or false")
    assert all(line.encode("utf-8") for line in reported)  # printable as they stand


def test_tags_are_read_in_order_as_written():
    import json

    from relaxapp.core.scripts import parse_script
    from tests.conftest import minimal_script

    script = parse_script(json.dumps(minimal_script(tags=["sleep", "before sleep", "PMR"])), "t")
    assert script.tags == ("sleep", "before sleep", "PMR")  # the home's suggestion reads them
    assert parse_script(json.dumps(minimal_script()), "t").tags == ()


@pytest.mark.parametrize("data, expected", [
    (minimal_script(quiet_end="no"), 's.json: quiet_end: must be true or false (got "no")'),
    (minimal_script(quiet_end=0), "s.json: quiet_end: must be true or false (got 0)"),
    (minimal_script(format=False), "s.json: format: must be the whole number 1 (got false)"),
    (minimal_script(title=2.5), "s.json: title: must be a string (got 2.5)"),
    (minimal_script(title=5.0), "s.json: title: must be a string (got 5)"),
    (minimal_script(title=1e16), "s.json: title: must be a string (got 1e+16)"),
    (minimal_script(title=["x"]), "s.json: title: must be a string (got a list)"),
    (minimal_script(id='a"b\\c'), 's.json: id: must be 1-64 lowercase letters, digits or hyphens, '
                                  'starting with a letter or digit (got "a\\"b\\\\c")'),
    (minimal_script(id="A" * 40), "s.json: id: must be 1-64 lowercase letters, digits or hyphens, "
                                  f'starting with a letter or digit (got "{"A" * 40}")'),
    (minimal_script(id="A" * 41), "s.json: id: must be 1-64 lowercase letters, digits or hyphens, "
                                  f'starting with a letter or digit (got "{"A" * 37}...")'),
])
def test_a_wrong_value_is_shown_as_it_was_written(data, expected):
    assert problems(data) == [expected]


def test_a_device_named_as_a_script_is_skipped_with_its_kind():
    with pytest.raises(ScriptError) as caught:
        load_script("/dev/zero", "zero.json")
    assert [str(p) for p in caught.value.problems] == [
        "zero.json: skipped: it is a character device, not a file"]
    with pytest.raises(ScriptError) as caught:
        load_script("/dev/zero")
    assert caught.value.problems[0].file == "/dev/zero"


def test_numbers_in_messages_read_as_written():
    data = minimal_script()
    data["steps"][1]["pattern"][0]["seconds"] = 90.0
    assert problems(data) == ["s.json: steps[1].pattern[0].seconds: must be between 0.5 and 60 "
                              "seconds (got 90)"]
    assert problems(minimal_script(title=1e15)) == [
        "s.json: title: must be a string (got 1000000000000000.0)"]  # too large to be a count
    assert problems('{"format": 1, "id": "a", "title": NaN, "steps": [{"type": "say", '
                    '"text": "Hi", "seconds": 20}]}') == [
        "s.json: title: NaN is not a valid JSON number", "s.json: title: must be a string (got NaN)"]
