"""The command line: list, validate, data folder; exit codes and one-line errors."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from relaxapp import paths
from relaxapp.cli import main
from tests.conftest import REPO, minimal_script


def run(*args, env=None, **kwargs) -> subprocess.CompletedProcess:
    """The real command, as a user runs it."""
    return subprocess.run([sys.executable, "-m", "relaxapp", *args], capture_output=True,
                          text=True, env=env, timeout=60, **kwargs)


def test_validate_accepts_valid_files_and_folders(tmp_path, write_script, capsys):
    write_script(minimal_script(id="one"), "one.json")
    write_script(minimal_script(id="two"), "two.json", tmp_path / "more")
    assert main(["validate", str(tmp_path / "one.json"), str(tmp_path / "more")]) == 0
    assert capsys.readouterr().out == "2 files checked: all valid.\n"


def test_validate_reports_every_problem_with_exit_1(tmp_path, write_script, capsys):
    good = write_script(minimal_script(id="good"), "good.json")
    bad = write_script(minimal_script(id="Bad", title=""), "bad.json")
    broken = write_script('{"format": 1,\n "id": }', "broken.json")
    assert main(["validate", str(good), str(bad), str(broken), str(tmp_path / "gone.json")]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out == [
        f"{tmp_path / 'gone.json'}: no such file or folder",
        f'{bad}: id: must be 1-64 lowercase letters, digits or hyphens, starting with a letter or digit (got "Bad")',
        f"{bad}: title: must not be empty",
        f"{broken}:2:8: invalid JSON: expecting value",
        "3 files checked: 3 with problems.",
    ]


def test_validate_reports_duplicate_ids_naming_both_files(tmp_path, write_script, capsys):
    write_script(minimal_script(id="same"), "a.json")
    write_script(minimal_script(id="same"), "b.json")
    assert main(["validate", str(tmp_path)]) == 1
    assert f'the id "same" is already used by {tmp_path / "a.json"}' in capsys.readouterr().out


@pytest.mark.spawns
def test_validate_without_paths_is_a_usage_error():
    result = run("validate")
    assert result.returncode == 2
    assert result.stderr == ("relaxapp validate: the following arguments are required: PATH "
                             "(see 'relaxapp validate --help')\n")


@pytest.mark.spawns
def test_validate_checks_the_bundled_library():
    result = run("validate", str(REPO / "sessions"))
    assert result.returncode == 0, result.stdout
    assert "all valid" in result.stdout


@pytest.mark.parametrize("content", [
    "{" * 200_000,
    '{"format": 1, "id": "a", "title": "t", "steps": [{"type": "say", "text": "x", "seconds": NaN}]}',
    '{"format": 1, "format": 1}',
    "\x00\xff\xfe garbage",
    '{"format": 1, "id": "a", "title": "t", "steps": [{"type": "say", "text": "x", "seconds": 1' + "0" * 5000 + "}]}",
    '"just a string"',
    "[]",
])
@pytest.mark.spawns
def test_hostile_files_give_messages_not_tracebacks(tmp_path, content):
    path = tmp_path / "hostile.json"
    path.write_text(content, encoding="utf-8", errors="surrogateescape")
    result = run("validate", str(path))
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    assert result.stdout.startswith(f"{path}")


@pytest.mark.spawns
def test_huge_file_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "huge.json"
    with path.open("w") as handle:
        handle.write('{"x-pad": "')
        handle.write("a" * (50 * 1024 * 1024))
        handle.write('"}')
    result = run("validate", str(path))
    assert result.returncode == 1
    assert result.stdout.splitlines()[0] == \
        f"{path}: file is {50 * 1024 * 1024 + 13:,} bytes; a session script may be at most 1 MiB"


def test_list_shows_bundled_and_user_sessions(tmp_path, write_script, capsys):
    user = tmp_path / "sessions"
    write_script(minimal_script(id="box-breathing", title="My box"), "box.json", user)
    write_script(minimal_script(id="evening", title="Evening"), "evening.json", user)
    write_script("{", "broken.json", user)
    assert main(["list", "--data-dir", str(tmp_path)]) == 0
    captured = capsys.readouterr()
    rows = [line.split("\t") for line in captured.out.splitlines()]
    by_id = {row[0]: row for row in rows}
    assert by_id["box-breathing"] == ["box-breathing", "breathing", "0.6", "My box", "user"]
    assert by_id["evening"][4] == "user"
    assert by_id["pmr-16-groups"][1:2] == ["pmr"] and by_id["pmr-16-groups"][4] == "bundled"
    assert sum(row[1] == "breathing" for row in rows) >= 5
    assert sum(row[1] == "pmr" for row in rows) >= 4
    assert captured.err == f"{user / 'broken.json'}:1:2: invalid JSON: expecting property name enclosed in double quotes\n"


def test_data_dir_option_wins_over_environment_over_default(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    assert paths.data_dir() == tmp_path / "home" / ".local" / "share" / "relaxapp"
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path / "env"))
    assert paths.data_dir() == tmp_path / "env"
    assert paths.data_dir(str(tmp_path / "option")) == tmp_path / "option"


@pytest.mark.spawns
def test_list_reads_the_folder_from_the_environment_and_creates_it(tmp_path, write_script):
    env_dir = tmp_path / "from-env"
    option_dir = tmp_path / "from-option"
    write_script(minimal_script(id="only-in-env"), "a.json", env_dir / "sessions")
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), paths.DATA_DIR_ENV: str(env_dir)}
    assert "only-in-env" in run("list", env=env, cwd=tmp_path).stdout
    result = run("--data-dir", str(option_dir), "list", env=env, cwd=tmp_path)
    assert "only-in-env" not in result.stdout
    assert (option_dir / "sessions").is_dir()
    # the option is accepted after the command name too
    assert "only-in-env" not in run("list", "--data-dir", str(option_dir), env=env, cwd=tmp_path).stdout


@pytest.mark.spawns
def test_unknown_command_is_a_usage_error():
    result = run("frobnicate")
    assert result.returncode == 2 and "invalid choice" in result.stderr


@pytest.mark.spawns
def test_starting_the_window_without_a_display_says_so(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    result = run("--data-dir", str(tmp_path), env=env)
    assert result.returncode == 1
    assert result.stderr == ("relaxapp: no display to open the window on (neither DISPLAY nor "
                             "WAYLAND_DISPLAY is set); start RelaxApp from a desktop session\n")


@pytest.mark.parametrize("argv, window_only", [
    ([], True), (["--data-dir", "/d"], True), (["--data-dir=/d", "--start", "x"], True),
    (["--start=box-breathing"], True), (["list"], False), (["--data-dir", "/d", "list"], False),
    (["--help"], False), (["--version"], False), (["--data", "/d"], False), (["what"], False),
])
def test_opening_the_window_parses_as_the_full_command_line_does(argv, window_only):
    """The window's start skips building the commands' parsers; what it reads is the same."""
    from relaxapp.cli import build_parser, opens_window_only

    assert opens_window_only(argv) is window_only
    if window_only:
        assert vars(build_parser(commands=False).parse_args(argv)) == \
            vars(build_parser().parse_args(argv))


def test_the_command_line_speaks_the_language_of_its_environment():
    """As command-line programs do: LANGUAGE (a list) before LC_ALL, LC_MESSAGES and LANG,
    read from the translations' own files, with their plural forms."""
    from relaxapp.cli import build_parser, use_environment_language
    from relaxapp.core import language

    try:
        assert use_environment_language({"LANG": "de_DE.UTF-8"}) == "de"
        shown = build_parser().format_help()
        assert shown.startswith("Aufruf: relaxapp") and "Optionen:" in shown
        assert "Geführtes Atmen und progressive Muskelentspannung" in shown
        assert language.tr("%n session(s)", None, 1) == "1 Übung"
        assert language.tr("%n session(s)", None, 3) == "3 Übungen"
        from datetime import date

        assert language.day(date(2026, 3, 3)) == "3. März 2026"  # no Qt to write it
        assert use_environment_language({"LANGUAGE": "fr:es", "LANG": "fr_FR.UTF-8"}) == "es"
        assert build_parser().format_help().startswith("uso: relaxapp")
        assert use_environment_language({"LANGUAGE": "de", "LC_ALL": "C"}) == "en"  # C wins
        assert use_environment_language({"LANGUAGE": "en:de", "LANG": "de_DE"}) == "en"
        assert build_parser().format_help().startswith("usage: relaxapp")
    finally:
        language.install(None)


def test_what_the_command_line_says_as_it_works_is_in_the_environments_language(tmp_path):
    """Not only --help: a broken session's problems, the summary, a saved entry, the
    figures of stats (with the language's decimal sign), in German and in Spanish."""
    bad = tmp_path / "sessions" / "bad.json"
    bad.parent.mkdir()
    bad.write_text('{"format": 1, "id": "bad", "title": "", "steps": [{"type": "breathe", '
                   '"pattern": [{"phase": "inhale", "seconds": 90}], "cycles": 3, "x": 1}]}')
    data = ["--data-dir", str(tmp_path / "data")]
    for code, said in (("de", ("title: darf nicht leer sein", "steps[0].x: unbekannter Schlüssel",
                               "muss zwischen 0.5 und 60 Sekunden liegen (gefunden: 90)",
                               "1 Datei geprüft: 1 mit Problemen.", "Gespeichert: Yoga, 20 min",
                               "Anspannung vorher:", "6,0 im Schnitt (1 bewertet)")),
                       ("es", ("title: no debe estar vacío", "steps[0].x: clave desconocida",
                               "1 archivo comprobado: 1 con problemas.", "Guardado: Yoga",
                               "Tensión antes:", "6,0 de media (1 con valoración)"))):
        env = dict(os.environ, LANGUAGE=code)
        shown = run("validate", str(bad.parent), env=env).stdout
        (tmp_path / "data" / "relaxapp.db").unlink(missing_ok=True)
        shown += run(*data, "log", "--activity", "Yoga", "--minutes", "20", "--before", "6",
                     "--after", "3", "--at", "2026-12-01T08:00", env=env).stdout
        shown += run(*data, "stats", env=env).stdout
        for text in said:
            assert text in shown, (code, text, shown)


def test_validate_checks_a_translation_against_its_original(tmp_path, capsys):
    """A file in a language's folder beside a session of its name is that session's
    translation: words only may differ, and where it differs in more is said."""
    import json
    import shutil

    from relaxapp import resources
    from relaxapp.cli import main

    shutil.copy(resources.sessions_dir() / "jaw-check.json", tmp_path / "jaw-check.json")
    (tmp_path / "de").mkdir()
    german = json.loads((resources.sessions_dir() / "de" / "jaw-check.json").read_text())
    (tmp_path / "de" / "jaw-check.json").write_text(json.dumps(german))
    assert main(["validate", str(tmp_path), str(tmp_path / "de")]) == 0
    assert "2 files checked: all valid." in capsys.readouterr().out
    german["steps"][0]["release_seconds"] = 20
    (tmp_path / "de" / "jaw-check.json").write_text(json.dumps(german))
    assert main(["validate", str(tmp_path / "de")]) == 1
    said = capsys.readouterr().out
    assert "de/jaw-check.json: steps[0].release_seconds: a translation differs" in said
