"""Hostile files, text and pipes, tried from outside as a user or a tester would: each gets
one clear sentence and a non-zero exit, never a hang, a traceback or a lost record."""

from __future__ import annotations

import csv
import io
import json
import os
import stat
import subprocess
import sys

import pytest

from relaxapp.storage.errors import StoreError
from relaxapp.storage.log import Store
from tests.conftest import minimal_script


def run(*args, data_dir=None, timeout=60, **kwargs) -> subprocess.CompletedProcess:
    extra = ["--data-dir", str(data_dir)] if data_dir is not None else []
    return subprocess.run([sys.executable, "-m", "relaxapp", *args, *extra], capture_output=True,
                          text=True, timeout=timeout, **kwargs)


@pytest.mark.spawns
def test_a_fifo_named_like_a_session_is_skipped_not_waited_for(tmp_path, write_script):
    data = tmp_path / "data"
    sessions = data / "sessions"
    write_script(minimal_script(id="good"), "good.json", sessions)
    os.mkfifo(sessions / "pipe.json")
    result = run("validate", str(sessions / "pipe.json"), timeout=30)
    assert result.returncode == 1
    assert result.stdout.splitlines()[0] == \
        f"{sessions / 'pipe.json'}: skipped: it is a named pipe (FIFO), not a file"
    listed = run("list", data_dir=data, timeout=30)  # the library loads, the good file too
    assert listed.returncode == 0 and "\tgood\t" not in listed.stdout and "good\t" in listed.stdout
    assert "pipe.json: skipped: it is a named pipe (FIFO), not a file" in listed.stderr


@pytest.mark.spawns
def test_a_device_is_not_read_without_end(tmp_path):
    result = run("import", "/dev/zero", data_dir=tmp_path, timeout=30)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr == "relaxapp: cannot read /dev/zero: it is a character device, not a file\n"
    result = run("validate", "/dev/zero", timeout=30)
    assert result.stdout.splitlines()[0] == "/dev/zero: skipped: it is a character device, not a file"


@pytest.mark.spawns
def test_text_that_cannot_be_encoded_is_refused_with_its_field(tmp_path):
    path = tmp_path / "odd.json"
    path.write_text(json.dumps(minimal_script(title="Calm \ud800")).replace("\\ud800", "\\ud800"),
                    encoding="utf-8", errors="surrogatepass")
    text = path.read_text(encoding="utf-8", errors="surrogatepass")
    assert "\\ud800" in text  # the file holds the escape, as a hostile file would
    result = run("validate", str(path))
    assert result.returncode == 1
    assert result.stdout.splitlines()[0].startswith(f"{path}: title: holds a lone surrogate")
    data = tmp_path / "data"
    export = tmp_path / "export.json"
    assert run("log", "--activity", "Walk", "--minutes", "5", data_dir=data).returncode == 0
    assert run("export", "--format", "json", "-o", str(export), data_dir=data).returncode == 0
    document = export.read_text().replace('"note": null', '"note": "x \\udc00"')
    export.write_text(document)
    refused = run("import", str(export), data_dir=tmp_path / "other")
    assert refused.returncode == 1 and "note: holds a lone surrogate" in refused.stderr


@pytest.mark.spawns
def test_a_symbolic_link_loop_is_named_as_one(tmp_path):
    loop = tmp_path / "loop.json"
    loop.symlink_to(loop)
    result = run("validate", str(loop))
    assert result.stdout.splitlines()[0] == f"{loop}: a loop of symbolic links that leads nowhere"


@pytest.mark.spawns
def test_a_folder_with_no_session_files_is_a_warning(tmp_path):
    (tmp_path / "empty").mkdir()
    result = run("validate", str(tmp_path / "empty"))
    assert result.returncode == 1
    assert result.stdout.startswith("No session files found")


@pytest.mark.spawns
def test_a_data_folder_that_is_a_file(tmp_path):
    data = tmp_path / "data"
    data.write_text("not a folder")
    result = run("log", "--activity", "Walk", "--minutes", "5", data_dir=data)
    assert result.returncode == 1 and "Errno" not in result.stderr
    assert result.stderr.count("\n") == 1 and "is a file, not a folder" in result.stderr


@pytest.mark.spawns
def test_control_characters_are_not_sent_to_the_terminal(tmp_path, write_script):
    data = tmp_path / "data"
    write_script(minimal_script(id="sneaky", title="Calm\u001b]0;owned\u0007\u001b[2J"),
                 "sneaky.json", data / "sessions")
    result = run("list", data_dir=data)
    line = next(line for line in result.stdout.splitlines() if line.startswith("sneaky"))
    assert "\u001b" not in line and "\u0007" not in line
    assert "Calm\\x1b]0;owned\\x07\\x1b[2J" in line


@pytest.mark.parametrize("command", [["list"], ["stats"], ["export"]])
@pytest.mark.spawns
def test_output_into_a_closed_pipe_ends_quietly(tmp_path, command):
    data = tmp_path / "data"
    for n in range(3):
        run("log", "--activity", f"Walk {n}", "--minutes", "5", data_dir=data)
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader has gone before anything is written
    child = subprocess.run([sys.executable, "-m", "relaxapp", *command, "--data-dir", str(data)],
                           stdout=write_end, stderr=subprocess.PIPE, text=True, timeout=60)
    os.close(write_end)
    assert "Traceback" not in child.stderr and "BrokenPipe" not in child.stderr, child.stderr
    assert child.stderr == ""
    assert child.returncode == 1  # as documented: the output did not all arrive


@pytest.mark.spawns
def test_csv_rows_never_split_and_formulas_do_not_run(tmp_path):
    data = tmp_path / "data"
    formula = '=HYPERLINK("http://example.invalid","click")'
    assert run("log", "--activity", formula, "--minutes", "5", "--note", "line one\rline two",
               data_dir=data).returncode == 0
    for start in ("+1+1", "-2", "@SUM(A1)", "\tTAB"):
        assert run("log", f"--activity={start}x", "--minutes", "5", data_dir=data).returncode == 0
    exported = subprocess.run([sys.executable, "-m", "relaxapp", "export", "--data-dir", str(data)],
                              capture_output=True, timeout=60).stdout.decode()  # CRs kept
    rows = list(csv.reader(io.StringIO(exported, newline="")))
    assert len(rows) == 1 + 5  # the CR inside the note made no extra row
    titles = {row[5] for row in rows[1:]}
    assert "'" + formula in titles and "'+1+1x" in titles and "'-2x" in titles
    assert "'@SUM(A1)x" in titles and "TABx" in titles  # names are stripped when logged
    from relaxapp.storage.exchange import _cell

    assert [_cell(text) for text in ("\t=1+1", "\r=1", "plain", "a=b")] == \
        ["'\t=1+1", "'\r=1", "plain", "a=b"]
    note = next(row[13] for row in rows[1:] if row[5] == "'" + formula)
    assert note == "line one\rline two"
    document = json.loads(run("export", "--format", "json", data_dir=data).stdout)
    assert formula in [item["title"] for item in document["sessions"]]  # JSON stays exact
    assert rows[1][8] == "300"  # numbers are untouched


@pytest.mark.spawns
def test_export_over_a_file_keeps_its_mode(tmp_path):
    data = tmp_path / "data"
    run("log", "--activity", "Walk", "--minutes", "5", data_dir=data)
    target = tmp_path / "shared.csv"
    target.write_text("old")
    target.chmod(0o644)
    assert run("export", "-o", str(target), data_dir=data).returncode == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    fresh = tmp_path / "fresh.csv"
    assert run("export", "-o", str(fresh), data_dir=data, env={**os.environ}).returncode == 0
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o666 & ~umask


@pytest.mark.spawns
def test_a_zero_second_practice_is_refused(tmp_path):
    result = run("log", "--activity", "Blink", "--minutes", "1e-9", data_dir=tmp_path)
    assert result.returncode == 2 and "at least one second" in result.stderr
    with Store(tmp_path / "relaxapp.db") as store:
        with pytest.raises(ValueError, match="at least one second"):
            store.log_practice(activity="Blink", minutes=0.001)
        assert store.count() == 0


def test_a_refused_record_is_a_store_error(tmp_path):
    from relaxapp.storage.errors import RecordRefused

    with Store(tmp_path / "relaxapp.db") as store:
        with pytest.raises(RecordRefused) as caught:
            with store.connection.write() as conn:  # a symptom for a session that is not there
                conn.execute("INSERT INTO symptoms (session_uid, symptom) VALUES ('none', 'cramps')")
        assert isinstance(caught.value, StoreError) and "nothing was saved" in caught.value.message


@pytest.mark.parametrize("field, value", [("id", "evil\n"), ("id", "evil\r\n"),
                                          ("language", "en\n")])
def test_a_final_newline_does_not_pass_a_pattern(tmp_path, write_script, field, value):
    """'$' in a pattern also matches before a final newline: an id "evil\\n" broke `list`,
    made a file named "evil\\n.json" and a desktop entry GLib rejects."""
    from relaxapp.core.scripts import ScriptError, parse_script

    with pytest.raises(ScriptError) as raised:
        parse_script(json.dumps(minimal_script(**{field: value})), "evil.json")
    assert raised.value.problems[0].path == field


def test_an_export_uid_with_a_final_newline_is_refused(tmp_path):
    data = tmp_path / "data"
    assert run("log", "--activity", "walk", "--minutes", "5", data_dir=data).returncode == 0
    exported = tmp_path / "export.json"
    assert run("export", "--format", "json", "-o", str(exported), data_dir=data).returncode == 0
    document = json.loads(exported.read_text(encoding="utf-8"))
    document["sessions"][0]["uid"] += "\n"
    exported.write_text(json.dumps(document), encoding="utf-8")
    result = run("import", str(exported), data_dir=tmp_path / "other")
    assert result.returncode != 0 and "uid" in result.stderr, result.stderr


def test_a_long_run_of_escaped_quotes_is_read_in_one_pass(tmp_path):
    """The nesting check once rescanned a string from each of its quotes: 1 MiB of \\" kept
    `relaxapp validate` (and a running window's library) busy for hours. The timeout only
    guards against that hang; speed is measured in benchmarks/bench_strictjson.py."""
    hostile = tmp_path / "hostile.json"
    hostile.write_text("[" * 30 + '"' + '\\"' * 500_000 + '"' + "]" * 30 + "[]" * 40,
                       encoding="utf-8")
    result = run("validate", str(hostile), timeout=120)
    assert result.returncode == 1 and "hostile.json" in result.stdout + result.stderr


@pytest.mark.parametrize("place", ["format", "cycles", "repeat", "tense_seconds"])
def test_a_400_digit_number_is_a_problem_not_a_traceback(place):
    """A number too large for a float crashed `validate` and emptied `list`."""
    from relaxapp.core.scripts import ScriptError, parse_script

    script = minimal_script()
    script["steps"].append({"type": "muscle", "name": "Neck", "regions": ["neck"],
                            "tense": "Tense.", "release": "Let go.", "tense_seconds": 5,
                            "release_seconds": 20})
    huge = int("9" * 400)
    if place == "format":
        script["format"] = huge
    elif place == "cycles":
        script["steps"][1]["cycles"] = huge
    else:
        script["steps"][2][place] = huge
    with pytest.raises(ScriptError) as raised:
        parse_script(json.dumps(script), "huge.json")
    message = raised.value.problems[0].message
    assert "99999999999999999... (400 digits)" in message and len(message) < 200


def test_a_linked_settings_file_is_never_written_through(tmp_path, qapp):
    """Qt writes settings through a symbolic link: the target (once a device node) was
    overwritten. The link is replaced by a file of RelaxApp's own, with what it held."""
    from relaxapp.ui.shell.settings import Settings

    data = tmp_path / "data"
    data.mkdir()
    target = tmp_path / "elsewhere.ini"
    target.write_text("[view]\ntheme=dark\n", encoding="utf-8")
    (data / "settings.ini").symlink_to(target)
    settings = Settings(data)
    assert settings.problem and "was a link" in settings.problem
    assert settings.theme == "dark"  # what it pointed to is kept
    settings.theme = "light"
    settings.volume = 10
    assert target.read_text(encoding="utf-8") == "[view]\ntheme=dark\n"  # untouched
    assert not (data / "settings.ini").is_symlink()
    assert Settings(data).theme == "light" and Settings(data).problem is None


def test_a_settings_fifo_is_set_aside_not_waited_on(tmp_path):
    """A FIFO named settings.ini hung the start with no window."""
    data = tmp_path / "data"
    data.mkdir()
    os.mkfifo(data / "settings.ini")
    code = ("import sys; from relaxapp.ui.shell.settings import Settings; "
            "s = Settings(__import__('pathlib').Path(sys.argv[1])); s.volume = 5; "
            "print(s.problem)")
    result = subprocess.run([sys.executable, "-c", code, str(data)], capture_output=True,
                            text=True, timeout=60, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert result.returncode == 0, result.stderr
    assert "was not a file" in result.stdout
    assert stat.S_ISFIFO((data / "settings.ini.not-a-file").lstat().st_mode)
    assert (data / "settings.ini").is_file()


@pytest.mark.parametrize("args, said", [
    (["log", "--activity", "walk", "--minutes", "1e308"], "at most 1440"),
    (["report", "-o", "r.pdf", "--from", "0001-01-01"], "a date from 1900-01-01"),
    (["report", "-o", "r.pdf", "--to", "9999-12-31"], "a date from 1900-01-01"),
])
def test_numbers_and_dates_out_of_range_are_usage_errors(tmp_path, args, said):
    result = run(*args, data_dir=tmp_path, cwd=tmp_path)
    assert result.returncode == 2 and said in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("command", [["list"], ["export"], ["stats"], ["validate"]])
def test_output_into_a_full_device_is_one_sentence(tmp_path, command):
    extra = [str(tmp_path / "nothing.json")] if command == ["validate"] else []
    if extra:
        (tmp_path / "nothing.json").write_text(json.dumps(minimal_script()), encoding="utf-8")
    with open("/dev/full", "w") as full:
        result = subprocess.run([sys.executable, "-m", "relaxapp", "--data-dir",
                                 str(tmp_path / "data"), *command, *extra], stdout=full,
                                stderr=subprocess.PIPE, text=True, timeout=60)
    assert result.returncode == 1
    assert result.stderr.strip() == "relaxapp: No space left on device (writing the output)"


def test_a_title_the_locale_cannot_show_is_escaped_after_saving_once(tmp_path):
    """Under an ASCII locale, `log --activity café` saved, then crashed printing: a retry
    saved it twice."""
    env = dict(os.environ, PYTHONIOENCODING="ascii")
    result = run("log", "--activity", "café", "--minutes", "5", data_dir=tmp_path, env=env)
    assert result.returncode == 0 and "caf\\xe9" in result.stdout, result.stderr
    exported = run("export", "--format", "json", data_dir=tmp_path)
    assert json.loads(exported.stdout)["sessions"][0]["title"] == "café"


@pytest.mark.skipif(not os.path.isdir("/tmp/.X11-unix"),
                    reason="no X socket folder here to tell a missing server by")
def test_a_display_with_no_server_is_named_not_a_qt_abort(tmp_path):
    """DISPLAY=:99 with nothing there made Qt abort (exit 134) with a page of plugin names."""
    free = next(n for n in range(90, 200) if not os.path.exists(f"/tmp/.X11-unix/X{n}"))
    env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY",
                                                           "QT_QPA_PLATFORM")}
    env["DISPLAY"] = f":{free}"
    result = run(data_dir=tmp_path, env=env)
    assert result.returncode == 1 and f"no X server is running on the display :{free}" in \
        result.stderr and "plugin" not in result.stderr


def test_options_that_do_not_go_together_are_usage_errors(tmp_path):
    result = run("report", "-o", "r.pdf", "--days", "7", "--from", "2026-01-01",
                 data_dir=tmp_path, cwd=tmp_path)
    assert result.returncode == 2 and "not both" in result.stderr
    empty = subprocess.run([sys.executable, "-m", "relaxapp", "--data-dir", "", "list"],
                           capture_output=True, text=True, timeout=60)
    assert empty.returncode == 2 and "--data-dir is empty" in empty.stderr


def test_bidirectional_overrides_are_shown_as_escapes(tmp_path, write_script):
    """U+202E turns the rest of a line around: a title could make `list` lie."""
    data = tmp_path / "data"
    write_script(minimal_script(id="turned", title="Calm \u202enosaes\u202c end"), "t.json",
                 data / "sessions")
    line = next(line for line in run("list", data_dir=data).stdout.splitlines()
                if line.startswith("turned"))
    assert "\u202e" not in line and "Calm \\u202enosaes\\u202c end" in line


def test_export_to_a_dash_is_standard_output_not_a_file(tmp_path):
    data = tmp_path / "data"
    assert run("log", "--activity", "walk", "--minutes", "5", data_dir=data).returncode == 0
    result = run("export", "--format", "json", "-o", "-", data_dir=data, cwd=tmp_path)
    assert result.returncode == 0 and json.loads(result.stdout)["sessions"][0]["title"] == "walk"
    assert not (tmp_path / "-").exists()


def test_an_import_from_the_future_is_refused_whole(tmp_path):
    """Sessions dated ahead counted in every "last 30 days" as practice not done yet."""
    from datetime import datetime, timedelta, timezone

    from relaxapp.storage.exchange import ImportFileError, import_file

    data = tmp_path / "data"
    assert run("log", "--activity", "walk", "--minutes", "5", "--at", "2024-05-01T08:00",
               data_dir=data).returncode == 0
    exported = tmp_path / "export.json"
    assert run("export", "--format", "json", "-o", str(exported), data_dir=data).returncode == 0
    now = datetime(2024, 5, 2, 12, 0, tzinfo=timezone.utc)
    with Store(tmp_path / "other.db") as store:
        assert import_file(store, exported, now) == (1, 0)  # a day before "now": fine
    with Store(tmp_path / "again.db") as store:
        with pytest.raises(ImportFileError, match=r"sessions\[0\].started_at: is in the future"):
            import_file(store, exported, now - timedelta(days=3))
        assert store.sessions() == []


def test_an_offset_with_seconds_keeps_the_session_in_every_date_range(tmp_path):
    """A local mean time offset ("+05:53:28") is not read by SQLite's date functions: such a
    session dropped out of every `--days` query. It is stored as the same instant, in the
    offset rounded down to the minute."""
    from datetime import datetime, timedelta, timezone

    from relaxapp.storage.exchange import import_file

    data = tmp_path / "data"
    assert run("log", "--activity", "walk", "--minutes", "5", "--at", "2024-05-01T08:00",
               data_dir=data).returncode == 0
    exported = tmp_path / "export.json"
    assert run("export", "--format", "json", "-o", str(exported), data_dir=data).returncode == 0
    content = json.loads(exported.read_text())
    content["sessions"][0]["started_at"] = "2024-05-01T10:00:00+05:53:28"
    content["sessions"][0]["ended_at"] = None
    exported.write_text(json.dumps(content))
    with Store(tmp_path / "other.db") as store:
        import_file(store, exported, datetime(2024, 5, 2, tzinfo=timezone.utc))
        [record] = store.sessions(since=datetime(2024, 4, 30, tzinfo=timezone.utc))
        assert record.started_at == "2024-05-01T09:59:32+05:53"
        assert datetime.fromisoformat(record.started_at) == \
            datetime(2024, 5, 1, 10, 0, tzinfo=timezone(timedelta(hours=5, minutes=53,
                                                                    seconds=28)))
        assert store.sessions(since=datetime(2024, 5, 2, tzinfo=timezone.utc)) == []


def test_a_folder_named_like_a_session_is_named_as_skipped_not_passed_over(tmp_path,
                                                                           write_script):
    from relaxapp.core.library import load_library

    sessions = tmp_path / "sessions"
    write_script(minimal_script(id="good"), "good.json", sessions)
    (sessions / "x.json").mkdir()
    library = load_library(None, sessions)
    assert [loaded.id for loaded in library.sessions] == ["good"]
    assert [str(problem) for problem in library.problems] == \
        [f"{sessions / 'x.json'}: skipped: it is a folder, not a file"]
