"""Loading the library: good files load beside bad ones; duplicates and overrides."""

from __future__ import annotations

from relaxapp.core.library import load_library
from tests.conftest import minimal_script


def test_bad_files_never_hide_good_ones(tmp_path, write_script):
    user = tmp_path / "user"
    write_script(minimal_script(id="good"), "a-good.json", user)
    write_script("{not json", "b-broken.json", user)
    write_script(minimal_script(id="wrong", steps=[]), "c-wrong.json", user)
    write_script("x" * 10, "d.JSON", user)
    write_script("ignored", "notes.txt", user)
    write_script("ignored", ".#lock.json", user)
    (user / "folder.json").mkdir()
    library = load_library(None, user)
    assert [s.id for s in library.sessions] == ["good"]
    assert [p.file for p in library.problems] == [
        str(user / n) for n in ("b-broken.json", "c-wrong.json", "d.JSON", "folder.json")]


def test_user_session_replaces_bundled_one_of_the_same_id(tmp_path, write_script):
    bundled, user = tmp_path / "bundled", tmp_path / "user"
    write_script(minimal_script(id="calm", title="Bundled calm"), "calm.json", bundled)
    write_script(minimal_script(id="other", title="Other"), "other.json", bundled)
    write_script(minimal_script(id="calm", title="My calm"), "mine.json", user)
    library = load_library(bundled, user)
    calm = library.get("calm")
    assert calm.script.title == "My calm" and calm.origin == "user" and calm.replaces_bundled
    assert library.get("other").origin == "bundled" and not library.get("other").replaces_bundled
    assert library.problems == []


def test_invalid_user_override_keeps_the_bundled_session(tmp_path, write_script):
    bundled, user = tmp_path / "bundled", tmp_path / "user"
    write_script(minimal_script(id="calm"), "calm.json", bundled)
    write_script(minimal_script(id="calm", title=""), "calm.json", user)
    library = load_library(bundled, user)
    assert library.get("calm").origin == "bundled"
    assert len(library.problems) == 1


def test_two_user_files_with_one_id_first_in_name_order_wins(tmp_path, write_script):
    user = tmp_path / "user"
    write_script(minimal_script(id="dup", title="Second"), "b.json", user)
    write_script(minimal_script(id="dup", title="First"), "a.json", user)
    library = load_library(None, user)
    assert library.get("dup").script.title == "First"
    [problem] = library.problems
    assert str(problem) == (f'{user / "b.json"}: id: the id "dup" is already used by '
                            f'{user / "a.json"}; this file is not loaded')


def test_schema_file_beside_the_sessions_is_not_a_session(tmp_path, write_script):
    folder = tmp_path / "sessions"
    write_script({"$schema": "https://json-schema.org/draft/2020-12/schema"}, "schema.json", folder)
    write_script(minimal_script(), "s.json", folder)
    library = load_library(folder, None)
    assert len(library.sessions) == 1 and library.problems == []


def test_missing_folders_are_empty(tmp_path):
    library = load_library(tmp_path / "nope", tmp_path / "nothing")
    assert library.sessions == [] and library.problems == []


def test_unreadable_file_and_folder_are_reported(tmp_path, write_script, monkeypatch):
    # chmod cannot lock root out, so the operating system's refusal is injected.
    from pathlib import Path

    user = tmp_path / "user"
    locked = write_script(minimal_script(id="locked"), "locked.json", user)
    write_script(minimal_script(id="open"), "open.json", user)
    import os

    real_open, real_iterdir = os.open, Path.iterdir

    def refuse(path, *args, **kwargs):
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse)  # as root, a chmod would not stop the read
    library = load_library(None, user)
    assert [s.id for s in library.sessions] == ["open"]
    assert str(library.problems[0]) == f"{locked}: cannot read the file: permission denied"
    monkeypatch.setattr(os, "open", real_open)

    def refuse_folder(path):
        if path == user:
            raise PermissionError(13, "Permission denied")
        return real_iterdir(path)

    monkeypatch.setattr(Path, "iterdir", refuse_folder)
    assert str(load_library(None, user).problems[0]) == \
        f"{user}: cannot read the folder: Permission denied"


def test_the_learning_path_is_read_as_headings_each_with_its_ids():
    from relaxapp.core.library import read_path

    text = ("# a comment before any section\nstray-id\n## First steps \n  box-breathing\n\n"
            "# a comment\nfirst-breaths\n##Not a heading\n## Going further\npmr-16-groups\n")
    assert read_path(text) == [("First steps", ("box-breathing", "first-breaths")),
                               ("Going further", ("pmr-16-groups",))]
    assert read_path("") == []
    assert read_path("## Empty\n") == [("Empty", ())]


def test_the_library_shows_the_path_first_then_the_rest_by_kind_and_length(tmp_path, write_script):
    from tests.conftest import minimal_script

    def breathe(minutes):
        return [{"type": "breathe", "pattern": [{"phase": "inhale", "seconds": 4},
                                                {"phase": "exhale", "seconds": 6}],
                 "minutes": minutes}]

    def muscle():
        return [{"type": "muscle", "name": "Jaw", "regions": ["jaw"], "tense": "Clench.",
                 "tense_seconds": 5, "release": "Let go.", "release_seconds": 20}]

    bundled = tmp_path / "bundled"
    write_script(minimal_script(id="long", title="Long", steps=breathe(10)), "a.json", bundled)
    write_script(minimal_script(id="short", title="Short", steps=breathe(2)), "b.json", bundled)
    write_script(minimal_script(id="pathed", title="Pathed", steps=breathe(5)), "c.json", bundled)
    write_script(minimal_script(id="jaw", title="Jaw", steps=muscle()), "d.json", bundled)
    (bundled / "learning-path.txt").write_text("## Start here\npathed\nmissing\npathed\n"
                                               "## Nothing found\nnone\n", encoding="utf-8")
    library = load_library(bundled, None)
    assert [(heading, [s.id for s in sessions]) for heading, sessions in library.sections()] == [
        ("Start here", ["pathed"]), ("Breathing", ["short", "long"]),
        ("Progressive muscle relaxation", ["jaw"])]
    assert [s.id for s in library.by_kind("pmr")] == ["jaw"]
    assert library.get("short").id == "short" and library.get("nowhere") is None
    assert all(s.origin == "bundled" and not s.replaces_bundled for s in library.sessions)


def test_a_bad_file_first_does_not_stop_the_files_after_it(tmp_path, write_script):
    from relaxapp.core.library import load_files

    bad = write_script("{ broken", "a-bad.json", tmp_path)
    good = write_script(minimal_script(id="good"), "b-good.json", tmp_path)
    again = write_script(minimal_script(id="good"), "c-again.json", tmp_path)
    loaded, problems = load_files([bad, good, again], "user", name_of=lambda p: p.name)
    assert [(s.id, s.path, s.origin) for s in loaded] == [("good", good, "user")]
    assert [p.file for p in problems] == ["a-bad.json", "c-again.json"]
    assert problems[1].message == ('the id "good" is already used by b-good.json; this file is '
                                   "not loaded")


def test_a_persons_own_session_keeps_its_file(tmp_path, write_script):
    user = tmp_path / "user"
    path = write_script(minimal_script(id="mine"), "mine.json", user)
    (session,) = load_library(None, user).sessions
    assert (session.path, session.origin, session.replaces_bundled) == (path, "user", False)
