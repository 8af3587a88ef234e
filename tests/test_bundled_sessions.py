"""The bundled library: complete, valid, and matching the published schema."""

from __future__ import annotations

import json
import re

import jsonschema
import pytest

from relaxapp import resources
from relaxapp.core.library import load_library, script_files
from relaxapp.core.scripts import BreatheStep, MuscleStep, SayStep
from relaxapp.core.scripts import parse_script
from relaxapp.core import guidance
from relaxapp.core.timeline import Timeline
from tests.conftest import REPO, minimal_script


@pytest.fixture(scope="module")
def library():
    return load_library(resources.sessions_dir(), None)


@pytest.fixture(scope="module", params=["en", "de", "es"])
def library_in(request):
    """The bundled library as each shipped language loads it (its translations in place)."""
    return load_library(resources.sessions_dir(), None, request.param)


# How each language's introductions teach the tense cue (relaxapp.core.language.SESSION_WORDS)
CUE_TAUGHT = {"en": "tense when you hear “Now”", "de": "spannen Sie an, wenn Sie „Jetzt“ hören",
              "es": "tensa cuando oigas «Ahora»"}


def test_every_bundled_file_is_valid(library_in):
    library = library_in
    assert library.problems == []
    assert len(library.sessions) == len(script_files(resources.sessions_dir()))


def test_every_bundled_session_is_heard_whole_and_on_time(library_in):
    """No "Now" but the tense cue, no lead-in too long to hold in mind, and no line that
    makes the session wait for it at the default voice and rate."""
    from relaxapp.core.guidance import timing_warnings

    assert {session.id: timing_warnings(session.script) for session in library_in.sessions
            if timing_warnings(session.script)} == {}


def test_the_pmr_introductions_teach_the_cue_word(library_in):
    for session in library_in.sessions:
        steps = session.script.steps
        if any(isinstance(step, MuscleStep) and step.tense for step in steps):
            first = next(i for i, step in enumerate(steps) if isinstance(step, MuscleStep))
            said = " ".join(step.text for step in steps[:first] if isinstance(step, SayStep))
            assert CUE_TAUGHT[session.script.language] in said, session.id


def test_the_timing_check_finds_what_misleads_or_waits():
    from relaxapp.core.guidance import timing_warnings

    script = parse_script(json.dumps(minimal_script(steps=[
        {"type": "say", "text": "Settle.", "seconds": 3},
        {"type": "muscle", "regions": ["jaw"], "name": "Jaw", "tense": "Now the jaw: press "
         "your teeth together gently and feel the sides of your face tighten.",
         "release": "Let go.", "tense_seconds": 5, "release_seconds": 20},
        {"type": "say", "text": "Now rest.", "seconds": 5}])), "t.json")
    found = timing_warnings(script)
    assert [place for place, _ in found] == ["steps[1].tense", "steps[1].tense", "steps[2].text",
                                             "steps[1]"]
    assert "is 17 words" in found[1][1]
    assert found[3][1].startswith('"Jaw. Now the jaw: press your teeth together…" is still '
                                  'being said when "Now." is due (')


def test_library_has_enough_of_each_kind(library):
    kinds = [s.script.kind for s in library.sessions]
    assert kinds.count("breathing") >= 5 and kinds.count("pmr") >= 4


def breathing_paces(library, session_id):
    return [round(step.breaths_per_minute, 2) for step in library.get(session_id).script.steps
            if isinstance(step, BreatheStep)]


def test_breathing_sessions_use_their_named_patterns(library):
    assert set(breathing_paces(library, "resonance-6")) == {6.0}
    assert breathing_paces(library, "resonance-finder") == [6.5, 6.0, 5.5, 5.0, 4.5]
    assert set(breathing_paces(library, "resonance-5-5")) == {5.5}
    def seconds(session_id):
        step = next(s for s in library.get(session_id).script.steps if isinstance(s, BreatheStep))
        return [(p.phase, p.seconds) for p in step.pattern]
    assert seconds("extended-exhale") == [("inhale", 4), ("exhale", 8)]
    assert seconds("box-breathing") == [("inhale", 4), ("hold", 4), ("exhale", 4), ("hold", 4)]
    assert seconds("breathing-4-7-8") == [("inhale", 4), ("hold", 7), ("exhale", 8)]
    # Weil: at most four breaths at one sitting for the first month, after a full breath out
    b478 = library.get("breathing-4-7-8").script
    assert [s.planned_cycles for s in b478.breathing_steps] == [4]
    before = b478.steps[:b478.steps.index(b478.breathing_steps[0])]
    assert "breathe out completely" in before[-1].text.lower()
    assert "usually taught" not in b478.summary and "four breaths" in b478.summary.lower()
    sigh = seconds("cyclic-sighing")
    assert [kind for kind, _ in sigh] == ["inhale", "inhale", "exhale"]
    assert sigh[0][1] >= 3.5  # Balban et al.: a slow first breath in, not a brisk one
    sighing = next(s for s in library.get("cyclic-sighing").script.steps if isinstance(s, BreatheStep))
    assert sighing.minutes == 5
    assert library.get("belly-breathing-intro").script.kind == "breathing"


def test_pmr_sessions_follow_the_procedure(library):
    def muscles(session_id):
        return [s for s in library.get(session_id).script.steps if isinstance(s, MuscleStep)]
    full = muscles("pmr-16-groups")
    assert len(full) == 16
    # Bernstein & Borkovec: 5-7 s of tension, a first release of 30-40 s and a longer second
    for name, count in (("pmr-16-groups", 16), ("pmr-7-groups", 7), ("pmr-4-groups", 4)):
        groups = muscles(name)
        assert len(groups) == count
        for m in groups:
            assert 5 <= m.tense_seconds <= 7 and m.repeat == 2, (name, m.name)
            first, second = m.release_ms(0), m.release_ms(1)
            assert 30_000 <= first <= 40_000 and 45_000 <= second <= 60_000, (name, m.name)
        # the condensed forms end with about two minutes of quiet rest, then the way back
        rest = library.get(name).script.steps[-2]
        assert isinstance(rest, SayStep) and 100 <= rest.seconds <= 150, name
    # "dominant", not always the right: the stronger hand comes first
    assert "stronger" in full[0].name.lower()  # said in its lead-in: "Stronger hand and forearm. ..."
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


# ------------------------------------------------------- content checked for safety

TOES_DOWN = re.compile(
    r"\b(point|curl|flex)\w*\b[^.;:]*\b(toes?|foot|feet)\b[^.;:]*\b(down|under|away)\w*"
    r"|\bpoint\w*\b[^.;:]*\b(toes?|foot|feet)\b"
    r"|\b(toes?|foot|feet)\b[^.;:]*\b(point|curl)\w*\b[^.;:]*\b(down|under|away)?",
    re.IGNORECASE)
NEGATED = re.compile(r"\b(never|not|don't|do not|without|no)\b", re.IGNORECASE)
CLENCHED_CALF = re.compile(r"\b(clench|squeeze|tighten|tense)\w*\b[^.;:]*\bcalf", re.IGNORECASE)
HOLDS_BREATH = re.compile(r"\bhold\w*\b[^.;:]*\bbreath|\bbreath\w*\b[^.;:]*\bhold", re.IGNORECASE)


def instructions(script):
    """Every sentence a session tells a person to do, with where it stands."""
    for index, step in enumerate(script.steps):
        for key in ("text", "tense", "release"):
            text = getattr(step, key, None)
            if text:
                for sentence in re.split(r"(?<=[.!?:])\s+", text):
                    yield f"{script.id} steps[{index}].{key}", sentence


def unsafe_foot_sentences(scripts) -> list[str]:
    found = []
    for script in scripts:
        for where, sentence in instructions(script):
            if TOES_DOWN.search(sentence) and not NEGATED.search(sentence) \
                    and "up" not in sentence.lower().split():
                found.append(f"{where}: {sentence}")
            elif CLENCHED_CALF.search(sentence) and "toes" not in sentence.lower():
                found.append(f"{where}: {sentence}")
    return found


def holds_without_caution(scripts) -> list[str]:
    """Sessions that tell a person to hold the breath while tensing, and do not say who
    should breathe normally instead."""
    missing = []
    for script in scripts:
        holds = [where for where, sentence in instructions(script)
                 if where.endswith(".tense") and HOLDS_BREATH.search(sentence)]
        cautions = " ".join(script.cautions).lower()
        warned = all(word in cautions for word in ("blood pressure", "heart", "pregnan",
                                                   "breathe normally"))
        if holds and not warned:
            missing.append(f"{script.id}: {holds[0]}")
    return missing


def test_no_session_points_the_toes_or_curls_them_down(library):
    assert unsafe_foot_sentences(s.script for s in library.sessions) == []


def test_the_foot_check_catches_what_sets_off_cramps():
    bad = ["Curl the toes of your right foot downward.", "Point your toes away from you.",
           "Point your foot and feel the calf.", "Gently curl your toes under.",
           "Clench your calf as hard as you can."]
    good = ["Pull the toes of your right foot up toward you.", "Never point them.",
            "Spread your toes apart, without curling them.",
            "Pull the toes up, so the calf stretches and tightens."]
    for text in bad + good:
        script = parse_script(json.dumps(minimal_script(steps=[
            {"type": "say", "text": text, "seconds": 12}])), "t.json")
        assert bool(unsafe_foot_sentences([script])) == (text in bad), text


def test_holding_the_breath_while_tensing_always_comes_with_a_caution(library):
    assert holds_without_caution(s.script for s in library.sessions) == []
    held = [s.id for s in library.sessions
            if any(w.endswith(".tense") and HOLDS_BREATH.search(t) for w, t in instructions(s.script))]
    assert {"pmr-16-groups", "pmr-7-groups", "pmr-4-groups"} <= set(held)
    # and the instruction itself offers to keep breathing
    for session_id in held:
        for where, sentence in instructions(library.get(session_id).script):
            if where.endswith(".tense") and HOLDS_BREATH.search(sentence):
                assert "breathing normally" in sentence or "breathe normally" in sentence, where


def test_the_breath_hold_check_fails_a_session_without_the_caution():
    step = {"type": "muscle", "regions": ["chest"], "name": "Chest",
            "tense": "Take a breath in and hold it.", "release": "Let go."}
    bare = parse_script(json.dumps(minimal_script(steps=[step])), "t.json")
    assert holds_without_caution([bare]) == ["test-session: test-session steps[0].tense"]


def test_every_bundled_session_names_its_source(library):
    for session in library.sessions:
        assert session.script.sources, session.id
        assert all(re.search(r"\b(19|20)\d\d\b", source) for source in session.script.sources), \
            session.id


def test_hold_advice_is_true_of_the_app(library):
    # "leave out the holds" must point at the control that does it, not the pace control
    for session in library.sessions:
        text = " ".join(session.script.cautions).lower()
        if session.script.has_holds:
            assert "breath holds" in text, session.id
        assert "pace control" not in text, session.id


def test_sessions_for_sleep_and_cramps(library):
    bed = library.get("bedtime-wind-down").script
    assert bed.quiet_end and not bed.has_holds
    assert not any("open your eyes" in t.lower() or "get up" in t.lower()
                   for _, t in instructions(bed))
    assert any(isinstance(s, MuscleStep) and s.release_only for s in bed.steps)
    # The trial's protocol (Hallegraeff 2012): each stretch held 3 x 10 s, with 10 s' rest.
    # The first hold was once spent hearing a 25-word instruction, and the rests were 5 s.
    stretch = library.get("night-cramp-stretch").script
    assert stretch.planned_ms < 5 * 60_000
    holds = [s for s in stretch.steps if isinstance(s, SayStep) and s.text.startswith("Hold")]
    assert len(holds) == 6 and all(s.seconds == 10 and len(s.text.split()) <= 6 for s in holds)
    rests = [s for s in stretch.steps if isinstance(s, SayStep) and s.text.endswith("rest.")]
    assert len(rests) == 4 and all(s.seconds == 10 for s in rests)
    assert "keep breathing" in holds[0].text.lower()
    assert "Coppin" in stretch.summary and "mixed" in stretch.summary
    assert any("blood clot" in caution for caution in stretch.cautions)
    assert any("edge of the bed" in s.text for s in stretch.steps if isinstance(s, SayStep))
    applied = [library.get(f"applied-relaxation-{n}").script for n in (1, 2, 3)]
    assert all(any("Öst" in source for source in script.sources) for script in applied)
    assert all(isinstance(s, MuscleStep) and s.release_only for s in applied[0].steps
               if not isinstance(s, SayStep))
    assert any(p.label == "Relax" and p.phase == "exhale"
               for step in applied[1].breathing_steps for p in step.pattern)
    finder = library.get("resonance-finder").script
    assert finder.choose_pace
    assert all(step.minutes == 2 for step in finder.breathing_steps)


def test_the_library_reads_as_a_path(library):
    sections = library.sections()
    order = [s.id for _, sessions in sections for s in sessions]
    assert order[:3] == ["first-breaths", "belly-breathing-intro", "pmr-16-groups"]
    assert order.index("pmr-16-groups") < order.index("pmr-recall")
    assert order.index("pmr-16-groups") < order.index("pmr-7-groups") < order.index("pmr-4-groups")
    assert order.index("applied-relaxation-1") < order.index("applied-relaxation-2") \
        < order.index("applied-relaxation-3")
    assert sorted(order) == sorted(s.id for s in library.sessions)  # each once, none lost


DRIVING = re.compile(r"\b(red light|traffic light|at the wheel|while driving|in traffic|"
                     r"behind the wheel|in the car)\b", re.IGNORECASE)


def suggests_practice_while_driving(scripts) -> list[str]:
    """Sentences of the spoken guidance that place practice in a car: the sessions say
    "not while driving", and applied relaxation once suggested "a red light's wait"."""
    found = []
    for script in scripts:
        for text in guidance.texts(Timeline(script)):
            for sentence in re.split(r"(?<=[.!?])\s+", text):
                if DRIVING.search(sentence) and not re.search(r"\bnot\b|\bnever\b", sentence,
                                                              re.IGNORECASE):
                    found.append(f"{script.id}: {sentence}")
    return found


def test_no_session_suggests_practising_while_driving(library):
    assert suggests_practice_while_driving(s.script for s in library.sessions) == []
    bad = parse_script(json.dumps(minimal_script(steps=[{"type": "say", "seconds": 12, "text":
                       "Do this at a red light's wait, before a call, at the desk."}])), "t.json")
    assert suggests_practice_while_driving([bad]) != []


def test_the_pace_finder_says_it_chooses_by_feel_not_by_measuring(library):
    """Its sources find the resonance pace from heart rate; the session asks which pace felt
    easiest. It was called "Find your resonance pace"."""
    finder = library.get("resonance-finder").script
    assert "by feel" in finder.title and "resonance" not in finder.title.lower()
    assert "does not measure" in finder.summary
    for loaded in library.sessions:
        assert "Find your resonance pace" not in (loaded.script.summary or ""), loaded.id


def test_bedtime_follows_stimulus_control_not_replaying_in_bed(library):
    """Insomnia therapy: after about 20 minutes awake, get up; it said "play it again"."""
    bed = library.get("bedtime-wind-down").script
    said = " ".join(bed.cautions)
    assert "play it again" not in said and "20 minutes" in said and "get up" in said


def test_breathing_wording_follows_its_sources(library):
    """Cyclic sighing is two inhales through the nose (Balban 2023): a "sniff", not a "sip";
    a long exhale is slow and easy, not forced "all the way"; 4-7-8 keeps Weil's advice for
    a hold that is hard (count faster, keep the ratio)."""
    def words(session_id):
        script = library.get(session_id).script
        return " ".join(guidance.texts(Timeline(script)) + [script.summary] +
                        list(script.cautions)).lower()

    assert "sniff" in words("cyclic-sighing") and "sip" not in words("cyclic-sighing")
    assert "all the way" not in words("extended-exhale")
    assert "count faster" in words("breathing-4-7-8") and "proportions" in words("breathing-4-7-8")


def test_pmr_sessions_with_eyes_and_stomach_groups_say_who_should_go_gently(library):
    """A squeeze of the eyes after eye surgery or with glaucoma, a braced stomach or lying
    flat in later pregnancy: each needs its caution where the group is tensed."""
    for loaded in library.sessions:
        tensed = {region for step in loaded.script.steps if isinstance(step, MuscleStep)
                  and step.tense for region in step.regions}
        said = " ".join(loaded.script.cautions)
        if "eyes" in tensed:
            assert "glaucoma" in said and "eye surgery" in said, loaded.id
        if "abdomen" in tensed:
            assert "later pregnancy" in said and "flat on your back" in said, loaded.id


def test_tensing_keeps_breathing_by_default_and_the_hold_is_the_option(library):
    """The chest groups said "Hold your breath if you like, or keep breathing": breathing
    is the safe default (a hold while straining raises blood pressure), so it comes first."""
    for loaded in library.sessions:
        for step in loaded.script.steps:
            if isinstance(step, MuscleStep) and step.tense and "hold your breath" in \
                    step.tense.lower():
                assert "keep breathing" in step.tense.lower().split("hold your breath")[0], \
                    loaded.id


def test_the_anxious_moment_session_keeps_the_eyes_open_and_claims_nothing_it_cannot_know(
        library):
    """For a moment of panic: short, eyes open, a long breath out, the senses; the signs
    that it may not be anxiety in its cautions; and no "what you feel is anxiety", which
    the app cannot know."""
    script = library.get("anxious-moment").script
    said = " ".join(guidance.texts(Timeline(script))).lower()
    assert script.planned_ms <= 3 * 60_000 and "eyes open" in said
    assert "what you feel is anxiety" not in said and "not dangerous" in said
    cautions = " ".join(script.cautions).lower()
    for sign in ("chest pain", "fainting", "one side", "trouble speaking", "emergency"):
        assert sign in cautions, sign
    assert any("Clark" in source for source in script.sources)
    for step in script.breathing_steps:
        inhale = sum(p.seconds for p in step.pattern if p.phase == "inhale")
        exhale = sum(p.seconds for p in step.pattern if p.phase == "exhale")
        assert exhale > inhale and not any(p.phase == "hold" for p in step.pattern)


def test_the_jaw_sessions_let_go_without_clenching_and_can_be_asked_for_by_day(library):
    """For clenching and grinding: no hard clench to let go of, the day-time rule (lips
    together, teeth apart, tongue resting), and a 30-second check a reminder can open."""
    for session_id in ("jaw-release", "jaw-check"):
        script = library.get(session_id).script
        assert not any(isinstance(s, MuscleStep) and s.tense for s in script.steps), session_id
        said = " ".join(guidance.texts(Timeline(script))).lower()
        assert "lips together, teeth apart, tongue resting" in said, session_id
        assert any("Freitas" in source for source in script.sources), session_id
    assert library.get("jaw-check").script.planned_ms <= 45_000
    minutes = round(library.get("jaw-release").script.planned_ms / 60_000)
    assert f"About {minutes} minutes" in library.get("jaw-release").script.summary


def test_applied_relaxation_says_it_is_the_first_steps_of_a_longer_course(library):
    """Öst 1987 goes on with differential relaxation and application training in real
    anxious moments; the three sessions are its first steps, and say what follows."""
    headings = [heading for heading, _ in library.sections()]
    assert any(h.startswith("Applied relaxation, first steps") for h in headings)
    last = library.get("applied-relaxation-3").script.summary
    assert "relaxing while moving" in last and "real anxious moments" in last


def test_the_body_scan_notices_without_tensing_from_the_feet_to_the_head(library):
    script = library.get("body-scan").script
    steps = [s for s in script.steps if isinstance(s, MuscleStep)]
    assert steps and all(s.release_only for s in steps)  # attention, no tensing
    assert "left_foot" in steps[0].regions and "forehead" in steps[-1].regions
    assert 8 * 60_000 <= script.planned_ms <= 15 * 60_000
    assert any("Kabat-Zinn" in source for source in script.sources)
    assert "nothing needs to change" in " ".join(guidance.texts(Timeline(script))).lower()


WARNING = re.compile(r"\b(never|do not|don't|without)\b", re.IGNORECASE)


def warnings_after_the_cue(scripts) -> list[str]:
    """A "never", "do not" or "without" said after "Now": the tense has begun, and a
    person with the eyes closed may already be doing what it warns against. The lead-in
    (the group's name and the first sentence of its tense text) is said before the cue."""
    found = []
    for script in scripts:
        for index, step in enumerate(script.steps):
            if isinstance(step, MuscleStep) and step.tense:
                _, after_now = guidance.split_first_sentence(step.tense)
                if after_now and WARNING.search(after_now):
                    found.append(f"{script.id} steps[{index}]: {after_now}")
    return found


def test_what_not_to_do_is_said_before_the_cue_to_tense(library):
    """The toe and neck warnings once came after "Now", inside a 5-second tense
    ("Do not curl them down", "Never point them", "Do not let it touch")."""
    assert warnings_after_the_cue(s.script for s in library.sessions) == []
    late = parse_script(json.dumps(minimal_script(steps=[
        {"type": "muscle", "regions": ["right_foot"], "name": "Right foot",
         "tense": "Spread your toes. Do not curl them down.", "release": "Let go."}])), "t.json")
    assert warnings_after_the_cue([late]) == ["test-session steps[0]: Do not curl them down."]


def test_the_jaw_is_tensed_gently_with_a_caution_for_jaw_trouble(library):
    """Clenching is what many of these people come to undo: where a session tenses the jaw,
    the teeth meet gently, and its cautions say what to do with jaw pain or clenching."""
    tensed = 0
    for session in library.sessions:
        script = session.script
        jaw_steps = [s for s in script.steps
                     if isinstance(s, MuscleStep) and s.tense and "jaw" in s.regions]
        for step in jaw_steps:
            tensed += 1
            assert re.search(r"\b(gently|lightly)\b", step.tense), (session.id, step.tense)
        if jaw_steps:
            assert any("jaw" in caution and "clench" in caution for caution in script.cautions) \
                or any("jaw joint" in caution for caution in script.cautions), session.id
    assert tensed >= 4  # 16, 7, 4 groups and neck-shoulders-jaw


def test_the_neck_is_tensed_against_itself_as_in_the_manual(library):
    """Bernstein & Borkovec: the chin pulled down but kept from touching the chest, so the
    muscles at the front and the back work against each other; not a head pressed back
    against an imagined headrest."""
    necks = [(session.id, step.tense) for session in library.sessions
             for step in session.script.steps
             if isinstance(step, MuscleStep) and step.tense and list(step.regions) == ["neck"]]
    assert len(necks) >= 3  # 16 and 7 groups, neck-shoulders-jaw
    for session_id, tense in necks:
        assert "chin down" in tense and "stop it touching" in tense, session_id
        assert "headrest" not in tense, session_id


def test_the_translations_are_found_in_place_of_their_originals():
    """Each shipped translation stands for its original, words only; the rest stays English."""
    for code in ("de", "es"):
        translated = {path.stem for path in (resources.sessions_dir() / code).glob("*.json")}
        library = load_library(resources.sessions_dir(), None, code)
        assert library.problems == [] and translated
        assert {s.id for s in library.sessions if s.script.language == code} == translated
        assert all(s.path.parent.name == code for s in library.sessions if s.id in translated)
