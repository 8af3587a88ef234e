"""A session in the person's language: its translation beside it, words only."""

from __future__ import annotations

import copy
import json

from relaxapp.core import guidance
from relaxapp.core.library import load_library
from relaxapp.core.timeline import Timeline
from tests.conftest import minimal_script

GERMAN = {"title": "Testübung", "language": "de",
          "steps": [{"type": "say", "text": "Kommen Sie zur Ruhe.", "seconds": 5},
                    {"type": "breathe", "text": "Langsam.",
                     "pattern": [{"phase": "inhale", "seconds": 4},
                                 {"phase": "exhale", "seconds": 6}], "cycles": 3}]}


def folders(tmp_path, translation: dict | None, name="test-session.json"):
    bundled = tmp_path / "sessions"
    (bundled / "de").mkdir(parents=True)
    original = minimal_script()
    original["steps"][1]["text"] = "Slowly."
    (bundled / "test-session.json").write_text(json.dumps(original))
    if translation is not None:
        (bundled / "de" / name).write_text(json.dumps(minimal_script(**translation)))
    return bundled


def test_a_translation_stands_for_its_original_in_its_language(tmp_path):
    bundled = folders(tmp_path, GERMAN)
    english = load_library(bundled, None).get("test-session")
    german = load_library(bundled, None, "de").get("test-session")
    assert (english.script.title, english.script.language) == ("Test session", "en")
    assert (german.script.title, german.script.language) == ("Testübung", "de")
    assert german.path == bundled / "de" / "test-session.json"  # what an editor copies
    assert Timeline(german.script).total_ms == Timeline(english.script).total_ms
    spoken = [line.text for line in guidance.schedule(Timeline(german.script))]
    assert "Einatmen" in spoken and "Gut gemacht." in spoken  # the app's words in German too


def test_a_translation_that_changes_more_than_words_is_reported_and_not_used(tmp_path):
    slower = copy.deepcopy(GERMAN)
    slower["steps"][1]["pattern"][1]["seconds"] = 8
    library = load_library(folders(tmp_path, slower), None, "de")
    assert library.get("test-session").script.language == "en"  # the original, as it is
    [problem] = library.problems
    assert problem.file.endswith("de/test-session.json")
    assert problem.path == "steps[1].pattern[1].seconds"
    assert "only in its words" in problem.message


def test_a_translation_with_another_id_or_language_is_reported(tmp_path):
    other = dict(GERMAN, language="fr")
    library = load_library(folders(tmp_path, other), None, "de")
    assert [p.path for p in library.problems] == ["language"]
    renamed = dict(GERMAN, id="another")
    library = load_library(folders(tmp_path / "b", renamed), None, "de")
    assert [p.path for p in library.problems] == ["id"]
    assert library.get("test-session").script.language == "en"


def test_without_a_translation_the_session_stays_in_its_own_language(tmp_path):
    library = load_library(folders(tmp_path, None), None, "de")
    assert library.problems == [] and library.get("test-session").script.language == "en"
    assert library.get("test-session").script.steps[1].text == "Slowly."


def test_a_broken_translation_file_is_reported_like_any_file(tmp_path):
    bundled = folders(tmp_path, None)
    (bundled / "de" / "test-session.json").write_text("{broken")
    library = load_library(bundled, None, "de")
    assert library.get("test-session").script.language == "en"
    assert len(library.problems) == 1 and "invalid JSON" in library.problems[0].message
