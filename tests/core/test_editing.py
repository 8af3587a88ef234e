"""Sessions made and changed without JSON: the document kept whole, written one stable way,
checked by the validator of ``relaxapp validate``."""

from __future__ import annotations

import json

import pytest

from relaxapp import resources
from relaxapp.core import editing
from relaxapp.core.scripts import load_script

BUNDLED = sorted(p for p in resources.sessions_dir().glob("*.json") if p.name != "schema.json")


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.stem)
def test_every_bundled_session_comes_back_unchanged(path, tmp_path):
    data = json.loads(path.read_text(encoding="utf-8"))
    written = tmp_path / path.name
    written.write_text(editing.to_text(data), encoding="utf-8")
    assert load_script(written) == load_script(path)  # same steps, same timings
    assert json.loads(written.read_text(encoding="utf-8")) == data


def test_the_file_is_diff_friendly():
    data = {"steps": [{"pattern": [{"seconds": 4, "phase": "inhale", "label": "In"},
                                   {"phase": "exhale", "seconds": 6}], "type": "breathe",
                       "minutes": 5}],
            "title": "Mine", "x-colour": "blue", "format": 1, "id": "mine"}
    text = editing.to_text(data)
    assert text.splitlines()[:4] == ['{', '  "format": 1,', '  "id": "mine",', '  "title": "Mine",']
    assert '        {"phase": "inhale", "seconds": 4, "label": "In"},' in text.splitlines()
    assert text.index('"steps"') < text.index('"x-colour"')  # extras kept, after the format's keys
    assert json.loads(text) == data


def test_a_copy_is_the_persons_own_with_a_free_id():
    data = {"format": 1, "id": "box-breathing", "title": "Box breathing, 4-4-4-4", "steps": []}
    mine = editing.copy_of(data, {"box-breathing", "box-breathing-4-4-4-4-mine-ab12"}, "ab12")
    assert (mine["id"], mine["title"]) == ("box-breathing-4-4-4-4-mine-ab12-2",
                                           "Box breathing, 4-4-4-4 (mine)")
    assert data["id"] == "box-breathing"  # the original is untouched
    long = editing.copy_of(dict(data, title="x" * 80), set())
    assert len(long["title"]) == 80 and long["title"].endswith(" (mine)")


def test_new_sessions_are_valid_and_worded_from_the_bundled_groups():
    texts = editing.texts_by_region(str(resources.sessions_dir() / "pmr-16-groups.json"))
    relax = editing.new_relaxation({"my-relaxation-ab12"}, ("jaw",), texts, mark="ab12")
    assert relax["id"] == "my-relaxation-ab12-2"
    script, problems = editing.check(relax)
    assert problems == [] and script.kind == "pmr"
    jaw = relax["steps"][1]
    assert jaw["name"] == "Jaw and lower cheeks" and "teeth" in jaw["tense"].lower()
    breathing, problems = editing.check(editing.new_breathing(()))
    assert problems == [] and breathing.breathing_steps[0].breaths_per_minute == 6


def test_a_new_session_and_each_step_added_are_worded_in_the_sessions_language():
    german = editing.texts_by_region(str(resources.sessions_dir() / "de" / "pmr-16-groups.json"))
    relax = editing.new_relaxation((), ("jaw",), german, mark="ab12", language="de")
    script, problems = editing.check(relax)
    assert problems == [] and script.language == "de" and relax["id"] == "meine-entspannung-ab12"
    assert relax["title"] == "Meine Entspannung" and relax["steps"][0]["text"].startswith(
        "Kommen Sie zur Ruhe.")
    assert "Zähne" in relax["steps"][1]["tense"]  # the German 16 groups' words for the jaw
    breathing = editing.new_breathing((), mark="ab12", language="es")
    assert breathing["title"] == "Mi respiración" and breathing["language"] == "es"
    assert breathing["steps"][1]["text"] == "Respira bajo y despacio, hacia el vientre."
    assert editing.say_step("de")["text"] == "Spüren Sie, wie Sie sich fühlen."
    assert editing.muscle_step(["left_foot"], {}, "es")["tense"] == \
        "Tensa estos músculos con firmeza, nunca hasta el dolor."
    assert "language" not in editing.new_breathing(())  # English, as the format's default
    assert editing.language_of({"language": "de-CH"}) == "de"
    assert editing.language_of({}) == "en"
    german = json.loads((resources.sessions_dir() / "de" / "jaw-check.json").read_text())
    assert editing.copy_of(german, (), "ab12")["title"].endswith(" (meine)")


def test_problems_come_in_the_validators_words_with_their_place():
    data = editing.new_breathing(())
    data["steps"][1]["pattern"][0]["seconds"] = 90
    script, problems = editing.check(data)
    assert script is None
    assert [(p.path, p.message) for p in problems] == [
        ("steps[1].pattern[0].seconds", "must be between 0.5 and 60 seconds (got 90)")]


TEXTS = {"jaw": {"name": "Jaw", "regions": ["jaw"], "tense": "Clench your teeth.",
                 "release": "Let the jaw hang."},
         "neck": {"name": "Neck and shoulders", "regions": ["neck", "shoulders"],
                  "release": "Let the shoulders drop."}}


def test_a_muscle_step_is_worded_as_the_bundled_step_sharing_most_of_its_places():
    step = editing.muscle_step(["neck", "shoulders", "jaw"], TEXTS)
    assert step == {"type": "muscle", "name": "Neck and shoulders",
                    "regions": ["neck", "shoulders", "jaw"],
                    "tense": "Tense these muscles.",  # the bundled step has no words for it
                    "tense_seconds": 7, "release": "Let the shoulders drop.",
                    "release_seconds": 30}
    assert editing.muscle_step(["jaw"], TEXTS)["tense"] == "Clench your teeth."


def test_a_muscle_step_for_places_without_bundled_words_starts_plainly():
    assert editing.muscle_step(["upper_back", "chest"], TEXTS) == {
        "type": "muscle", "name": "Upper back, chest", "regions": ["upper_back", "chest"],
        "tense": "Tense these muscles firmly, never to pain.", "tense_seconds": 7,
        "release": "And let go. Notice the difference.", "release_seconds": 30}
    assert editing.muscle_step([], None)["name"] == "Muscles"


def test_a_free_id_is_made_from_any_words():
    assert editing.free_id("My Calm  Breathing!", ()) == "my-calm-breathing"
    assert editing.free_id("!!!", ()) == "session"
    assert len(editing.free_id("a" * 100, ())) == 56
    assert editing.free_id("calm", {"calm", "calm-2", "calm-3"}) == "calm-4"
    assert editing.free_id("calm", {"calm-2"}) == "calm"


def test_new_sessions_start_calm_and_short():
    breathing = editing.new_breathing({"my-breathing-ab12"}, "ab12")
    assert (breathing["id"], breathing["title"]) == ("my-breathing-ab12-2", "My breathing")
    breathe = breathing["steps"][1]
    assert breathe["pattern"] == [{"phase": "inhale", "seconds": 4}, {"phase": "exhale", "seconds": 6}]
    assert breathe["minutes"] == 5 and breathing["format"] == 1
    relax = editing.new_relaxation((), texts={}, mark="ab12")
    assert relax["title"] == "My relaxation" and relax["id"] == "my-relaxation-ab12"
    assert [step.get("regions") for step in relax["steps"]] == [None, ["neck"], ["shoulders"], ["jaw"]]
    assert relax["steps"][0]["seconds"] == 10


def test_a_copy_without_id_or_title_still_gets_both():
    mine = editing.copy_of({"format": 1, "steps": []}, (), "ab12")
    assert (mine["id"], mine["title"]) == ("session-mine-ab12", "Session (mine)")


def test_importing_copies_the_file_under_a_free_name_and_refuses_an_own_id(tmp_path):
    from relaxapp.core.scripts import ScriptError
    from tests.conftest import minimal_script

    source = tmp_path / "download.json"
    source.write_text(json.dumps(minimal_script(id="calm")), encoding="utf-8")
    folder = tmp_path / "sessions"
    (folder).mkdir()
    (folder / "calm.json").write_text("{}", encoding="utf-8")  # a file, not an id the person has
    target = editing.import_session(source, folder, own_ids=["other"])
    assert target == folder / "calm-2.json"
    assert target.read_bytes() == source.read_bytes()
    with pytest.raises(editing.IdTaken) as raised:
        editing.import_session(source, folder, own_ids=["calm"])
    assert str(raised.value) == "download.json: you already have a session with the id “calm”"
    assert raised.value.session_id == "calm"
    source.write_text('{"format": 1}', encoding="utf-8")
    with pytest.raises(ScriptError):
        editing.import_session(source, folder, own_ids=[])
    assert sorted(p.name for p in folder.iterdir()) == ["calm-2.json", "calm.json"]


def test_new_sessions_start_from_these_exact_words():
    assert editing.new_breathing((), "ab12") == {
        "format": 1, "id": "my-breathing-ab12", "title": "My breathing", "summary": "", "steps": [
            {"type": "say", "text": "Sit comfortably, and let your shoulders drop.", "seconds": 8},
            {"type": "breathe", "pattern": [{"phase": "inhale", "seconds": 4},
                                            {"phase": "exhale", "seconds": 6}],
             "minutes": 5, "text": "Breathe low and slow, into your belly."}]}
    relax = editing.new_relaxation((), ("jaw",), {})
    assert relax["summary"] == ""
    assert relax["steps"][0] == {"type": "say", "text": "Settle in. Tense each place firmly but "
                                 "never to pain, then let go all at once.", "seconds": 10}
    assert editing.muscle_step(["jaw"], None)["name"] == "Jaw"  # no bundled words given


def test_the_written_file_orders_each_steps_keys_folds_every_phase_and_keeps_accents():
    data = {"format": 1, "id": "d", "title": "Détente", "steps": [
        {"cycles": 2, "type": "breathe", "pattern": [
            {"phase": "inhale", "seconds": 4}, {"seconds": 6, "phase": "exhale"}]}, "odd"]}
    lines = editing.to_text(data).splitlines()
    assert '  "title": "Détente",' in lines  # written as is, not as \\u00e9
    assert lines[5:7] == ['    {', '      "type": "breathe",']
    assert '        {"phase": "inhale", "seconds": 4},' in lines
    assert '        {"phase": "exhale", "seconds": 6}' in lines
    assert '    "odd"' in lines  # what is not a step object is kept as it is
    assert editing.to_text({"format": 1}) == '{\n  "format": 1\n}\n'


def test_problems_name_this_session_unless_told_the_file():
    data = editing.new_breathing(())
    data["title"] = ""
    _, problems = editing.check(data)
    assert problems and all(p.file == "this session" for p in problems)
    _, problems = editing.check(data, "mine.json")
    assert all(p.file == "mine.json" for p in problems)


def test_a_copy_is_deep_and_free_ids_count_up_one_by_one():
    data = {"format": 1, "id": "calm", "title": "Calm", "steps": [{"type": "say", "text": "Hi",
                                                                   "seconds": 5}]}
    mine = editing.copy_of(data, ())
    mine["steps"][0]["text"] = "Changed"
    assert data["steps"][0]["text"] == "Hi"  # the original's steps are untouched
    assert editing.free_id("calm", {"calm", "calm-2"}) == "calm-3"


def test_an_invalid_import_is_named_by_its_file(tmp_path):
    from relaxapp.core.scripts import ScriptError

    source = tmp_path / "download.json"
    source.write_text('{"format": 1}', encoding="utf-8")
    with pytest.raises(ScriptError) as raised:
        editing.import_session(source, tmp_path / "sessions", own_ids=[])
    assert all(problem.file == "download.json" for problem in raised.value.problems)


def test_ids_come_from_the_title_with_random_letters_so_shared_sessions_do_not_meet():
    first = editing.id_for("Evening calm", ())
    assert first.startswith("evening-calm-") and editing.mark_of(first) is not None
    # two people's sessions of one title: 65,536 marks, so draws rarely meet
    marks = {editing.mark_of(editing.id_for("Evening calm", ())) for _ in range(200)}
    assert len(marks) > 190
    # accents kept as their letters ("Mi respiración": mi-respiracion), and the id kept free
    assert editing.id_for("Évening!! calm", {"evening-calm-ab12"}, "ab12") == "evening-calm-ab12-2"
    assert editing.id_for("Mi respiración", (), "ab12") == "mi-respiracion-ab12"
    assert editing.id_for("x" * 90, (), "ab12") == "x" * 50 + "-ab12"
    assert editing.id_for("", (), "ab12") == "session-ab12"
    assert editing.mark_of("my-breathing-ab12-2") == "ab12"
    assert editing.mark_of("box-breathing") is None


def test_an_import_that_clashes_comes_in_as_a_copy_with_its_own_id(tmp_path):
    from tests.conftest import minimal_script

    source = tmp_path / "shared.json"
    source.write_text(json.dumps(minimal_script(id="calm", title="Calm")), encoding="utf-8")
    folder = tmp_path / "sessions"
    folder.mkdir()
    target = editing.import_session(source, folder, own_ids=["calm"], as_copy=True, mark="ab12")
    copied = json.loads(target.read_text(encoding="utf-8"))
    assert target.name == "calm-copy-ab12.json"
    assert (copied["id"], copied["title"]) == ("calm-copy-ab12", "Calm (copy)")
    assert copied["steps"] == minimal_script()["steps"]
    # without a clash, as_copy changes nothing: the file comes in as it is
    plain = editing.import_session(source, folder, own_ids=[], as_copy=True)
    assert plain.read_bytes() == source.read_bytes()
