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
    mine = editing.copy_of(data, {"box-breathing", "box-breathing-mine"})
    assert (mine["id"], mine["title"]) == ("box-breathing-mine-2", "Box breathing, 4-4-4-4 (mine)")
    assert data["id"] == "box-breathing"  # the original is untouched
    long = editing.copy_of(dict(data, title="x" * 80), set())
    assert len(long["title"]) == 80 and long["title"].endswith(" (mine)")


def test_new_sessions_are_valid_and_worded_from_the_bundled_groups():
    texts = editing.texts_by_region(str(resources.sessions_dir() / "pmr-16-groups.json"))
    relax = editing.new_relaxation({"my-relaxation"}, ("jaw",), texts)
    assert relax["id"] == "my-relaxation-2"
    script, problems = editing.check(relax)
    assert problems == [] and script.kind == "pmr"
    jaw = relax["steps"][1]
    assert jaw["name"] == "Jaw and lower cheeks" and "teeth" in jaw["tense"].lower()
    breathing, problems = editing.check(editing.new_breathing(()))
    assert problems == [] and breathing.breathing_steps[0].breaths_per_minute == 6


def test_problems_come_in_the_validators_words_with_their_place():
    data = editing.new_breathing(())
    data["steps"][1]["pattern"][0]["seconds"] = 90
    script, problems = editing.check(data)
    assert script is None
    assert [(p.path, p.message) for p in problems] == [
        ("steps[1].pattern[0].seconds", "must be between 0.5 and 60 seconds (got 90)")]
