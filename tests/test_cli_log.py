"""The log commands as a user runs them: log, export, import, stats, and bad input."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone

import pytest

from relaxapp.cli import main
from relaxapp.storage.log import Store

CSV_HEAD = ["uid", "started_at", "ended_at", "source", "session_id", "title", "kind",
            "planned_seconds", "practiced_seconds", "status", "pace", "tension_before",
            "tension_after", "note"]


def cli(data_dir, *args, stdin=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "relaxapp", "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, timeout=120, input=stdin)


def one_sentence_error(result, status):
    assert result.returncode == status, (result.stdout, result.stderr)
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    return result.stderr


@pytest.mark.spawns
def test_log_then_export_csv_has_the_columns_in_order(tmp_path):
    result = cli(tmp_path, "log", "--activity", "Walk, by the river", "--minutes", "25",
                 "--before", "7", "--after", "4", "--at", "2024-11-20T18:30+01:00",
                 "--note", 'Windy, "cold"\nbut nice')
    assert result.returncode == 0 and result.stdout.startswith("Saved: Walk, by the river, 25 min on 2024-11-20 18:30")
    exported = cli(tmp_path, "export")
    rows = list(csv.reader(io.StringIO(exported.stdout)))
    assert rows[0][:14] == CSV_HEAD
    row = dict(zip(rows[0], rows[1]))
    assert row["started_at"] == "2024-11-20T18:30:00+01:00"
    assert row["ended_at"] == "2024-11-20T18:55:00+01:00"
    assert (row["source"], row["title"], row["status"], row["practiced_seconds"]) == \
        ("manual", "Walk, by the river", "completed", "1500")
    assert (row["tension_before"], row["tension_after"], row["kind"], row["pace"]) == ("7", "4", "", "")
    assert row["note"] == 'Windy, "cold"\nbut nice'


@pytest.mark.spawns
def test_log_with_only_a_date_and_local_time(tmp_path):
    assert cli(tmp_path, "log", "--activity", "yoga", "--minutes", "30", "--at", "2024-11-02").returncode == 0
    assert cli(tmp_path, "log", "--activity", "yoga", "--minutes", "0.5", "--at", "2024-11-03 07:15").returncode == 0
    rows = list(csv.DictReader(io.StringIO(cli(tmp_path, "export").stdout)))
    assert rows[0]["started_at"].startswith("2024-11-02T12:00:00")
    assert rows[1]["started_at"].startswith("2024-11-03T07:15:00") and rows[1]["practiced_seconds"] == "30"
    assert all(datetime.fromisoformat(r["started_at"]).tzinfo is not None for r in rows)


@pytest.mark.parametrize("args, words", [
    (["--minutes", "10"], "--activity"),
    (["--activity", "walk"], "--minutes"),
    (["--activity", "walk", "--minutes", "abc"], "minutes must be a number"),
    (["--activity", "walk", "--minutes", "-5"], "minutes must be a number above 0"),
    (["--activity", "walk", "--minutes", "0"], "above 0"),
    (["--activity", "walk", "--minutes", "nan"], "above 0"),
    (["--activity", "walk", "--minutes", "inf"], "above 0"),
    (["--activity", "walk", "--minutes", "100000"], "at most 1440"),
    (["--activity", "walk", "--minutes", "10", "--before", "11"], "0 to 10"),
    (["--activity", "walk", "--minutes", "10", "--after", "-1"], "0 to 10"),
    (["--activity", "walk", "--minutes", "10", "--after", "7.5"], "0 to 10"),
    (["--activity", "walk", "--minutes", "10", "--after", "seven"], "0 to 10"),
    (["--activity", "walk", "--minutes", "10", "--at", "yesterday"], "not an ISO 8601"),
    (["--activity", "walk", "--minutes", "10", "--at", "2026-13-45"], "not an ISO 8601"),
    (["--activity", "walk", "--minutes", "10", "--at", "2999-01-01"], "in the future"),
    (["--activity", "   ", "--minutes", "10"], "needs a name"),
    (["--activity", "x" * 201, "--minutes", "10"], "too long"),
    (["--activity", "walk", "--minutes", "10", "--note", "n" * 10_001], "too long"),
])
@pytest.mark.spawns
def test_log_refuses_bad_input_with_a_usage_error(tmp_path, args, words):
    error = one_sentence_error(cli(tmp_path, "log", *args), 2)
    assert words in error
    assert not (tmp_path / "relaxapp.db").exists() or \
        Store(tmp_path / "relaxapp.db").count() == 0


@pytest.mark.spawns
def test_json_export_round_trips_losslessly_and_import_is_idempotent(tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    with Store(first / "relaxapp.db") as store:
        uid = store.begin_session(session_id="box-breathing", title="Box breathing", kind="breathing",
                                  planned_seconds=276, tension_before=7, regions_before={"neck": 8},
                                  pace=3.75)
        store.end_session(uid, status="stopped", practiced_seconds=120)
        store.rate_after(uid, tension_after=5, regions_after={"neck": 5, "jaw": 3},
                         symptoms=["cramps", "numbness"], note="Ünïcödé ✓")
        store.begin_session(session_id="pmr-4-groups", title="PMR 4", kind="pmr", planned_seconds=400)
        store.log_practice(activity="walk", minutes=20, tension_before=6)
    export_file = tmp_path / "export.json"
    assert cli(first, "export", "--format", "json", "-o", str(export_file)).returncode == 0
    document = json.loads(export_file.read_text())
    assert document["format"] == 1 and len(document["sessions"]) == 3
    assert cli(second, "import", str(export_file)).stdout == "Imported 3 sessions.\n"
    assert cli(second, "import", str(export_file)).stdout == "Imported 0 sessions (3 already in the log).\n"
    with Store(first / "relaxapp.db") as a, Store(second / "relaxapp.db") as b:
        assert a.sessions() == b.sessions()
        record = next(r for r in b.sessions() if r.uid == uid)
    assert record.regions == {"before": {"neck": 8}, "after": {"jaw": 3, "neck": 5}}
    assert record.symptoms == ["cramps", "numbness"] and record.note == "Ünïcödé ✓"
    assert cli(first, "export").stdout == cli(second, "export").stdout


def good_export(**changes) -> dict:
    session = {"uid": "abc-1", "started_at": "2026-11-20T08:00:00+01:00", "source": "manual",
               "title": "walk", "status": "completed", "practiced_seconds": 600}
    session.update(changes)
    return {"format": 1, "sessions": [session]}


@pytest.mark.parametrize("content, words", [
    ("{not json", "is not valid JSON at line 1, column 2"),
    ("", "is not valid JSON"),
    (b"\xff\xfe\x00garbage", "not UTF-8"),
    ('{"format": 1, "sessions": [], "sessions": []}', 'key "sessions" appears more than once'),
    ("[" * 100_000, "nested more than 64 levels"),
    ('{"format": 1, "sessions": [{"practiced_seconds": NaN}]}', "NaN is not a valid JSON number"),
    ('{"format": 2, "sessions": []}', "exported by a newer version of RelaxApp"),
    ('{"sessions": []}', "is not a RelaxApp export"),
    ('"hello"', "is not a RelaxApp export"),
    (good_export(tension_before=11), "sessions[0].tension_before: must be a whole number from 0 to 10 (got 11)"),
    (good_export(tension_after="5"), "sessions[0].tension_after: must be a whole number"),
    (good_export(practiced_seconds=-1), "sessions[0].practiced_seconds"),
    (good_export(practiced_seconds=10**30), "sessions[0].practiced_seconds"),
    (good_export(started_at="last tuesday"), "sessions[0].started_at: is not an ISO 8601"),
    (good_export(started_at="2026-11-20T08:00:00"), "needs a UTC offset"),
    (good_export(ended_at="2026-11-19T08:00:00+00:00"), "is before started_at"),
    (good_export(status="running"), "sessions[0].status: must be one of"),
    (good_export(source="phone"), "sessions[0].source: must be one of"),
    (good_export(uid="'; DROP TABLE sessions; --"), "sessions[0].uid: is not valid"),
    (good_export(uid=None), "sessions[0].uid: required"),
    (good_export(title=""), "sessions[0].title: must be a non-empty string"),
    (good_export(note="x" * 10_001), "sessions[0].note: must be at most 10,000 characters"),
    (good_export(regions={"during": {"neck": 3}}), "sessions[0].regions"),
    (good_export(regions={"after": {"tail": 3}}), "unknown body region"),
    (good_export(regions={"after": {"neck": 30}}), "regions.after.neck"),
    (good_export(symptoms=["hiccups"]), "sessions[0].symptoms"),
    (good_export(pace=0), "sessions[0].pace"),
    (good_export(password="x"), "sessions[0].password: unknown field"),
    ({"format": 1, "sessions": [good_export()["sessions"][0]] * 2}, "appears twice"),
])
@pytest.mark.spawns
def test_import_refuses_malformed_or_hostile_files_and_adds_nothing(tmp_path, content, words):
    path = tmp_path / "import.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content if isinstance(content, str) else json.dumps(content))
    cli(tmp_path, "log", "--activity", "existing", "--minutes", "5")
    error = one_sentence_error(cli(tmp_path, "import", str(path)), 1)
    assert words in error, error
    assert str(path) in error
    with Store(tmp_path / "relaxapp.db") as store:
        assert [r.title for r in store.sessions()] == ["existing"]


@pytest.mark.spawns
def test_import_is_all_or_nothing(tmp_path):
    document = good_export()
    document["sessions"] = [dict(document["sessions"][0], uid=f"s{n}") for n in range(500)]
    document["sessions"][400]["tension_after"] = 99
    path = tmp_path / "import.json"
    path.write_text(json.dumps(document))
    assert "sessions[400].tension_after" in one_sentence_error(cli(tmp_path, "import", str(path)), 1)
    assert Store(tmp_path / "relaxapp.db").count() == 0


@pytest.mark.spawns
def test_import_of_a_missing_or_enormous_file(tmp_path):
    error = one_sentence_error(cli(tmp_path, "import", str(tmp_path / "nope.json")), 1)
    assert "cannot read" in error and "nope.json" in error
    huge = tmp_path / "huge.json"
    with huge.open("wb") as handle:
        handle.truncate(300 * 1024 * 1024)  # sparse: costs no disk
    assert "more than an export can be" in one_sentence_error(cli(tmp_path, "import", str(huge)), 1)
    assert "cannot read" in one_sentence_error(cli(tmp_path, "import", str(tmp_path)), 1)


# A fixed evening, so the days counted back from it are the same on any day the tests run.
NOW = datetime(2026, 11, 20, 18, 30, tzinfo=timezone(timedelta(hours=1)))


def test_stats_summarises_practice(tmp_path, capsys):
    def run(*args) -> str:
        code = main(["--data-dir", str(tmp_path), *args], now=lambda: NOW)
        out = capsys.readouterr().out
        assert code == 0, out
        return out

    for days_ago, before, after, minutes in [(0, 7, 4, 10), (1, 6, 3, 20), (2, None, None, 5),
                                            (5, 8, 8, 15), (40, 5, 2, 30)]:
        when = NOW - timedelta(days=days_ago, hours=1)
        args = ["log", "--activity", "walk", "--minutes", str(minutes), "--at", when.isoformat()]
        run(*args, *(["--before", str(before), "--after", str(after)] if before is not None else []))
    text = run("stats")
    assert "Sessions:          5 (5 completed)" in text
    assert "Time practised:    1 h 20 min" in text
    assert "Tension before:    6.5 on average (4 rated)" in text
    assert "Tension after:     4.2 on average (4 rated)" in text
    assert "Relief:            2.2 points lower after than before, on average (4 sessions rated both times)" in text
    assert "Current streak:    3 days (longest ever: 3 days)" in text
    week = run("stats", "--days", "7")
    assert "the last 7 days" in week and "Sessions:          4" in week
    assert "No sessions yet" in run("--data-dir", str(tmp_path / "empty"), "stats")
    for bad in ("0", "-3", "many"):
        assert "--days" in one_sentence_error(cli(tmp_path, "stats", "--days", bad), 2)


def test_a_moment_is_in_the_future_by_the_clock_the_command_is_given(tmp_path, capsys):
    late = NOW + timedelta(minutes=30)
    with pytest.raises(SystemExit) as exited:
        main(["--data-dir", str(tmp_path), "log", "--activity", "walk", "--minutes", "5",
              "--at", late.isoformat()], now=lambda: NOW)
    assert exited.value.code == 2 and "is in the future" in capsys.readouterr().err
    assert main(["--data-dir", str(tmp_path), "log", "--activity", "walk", "--minutes", "5",
                 "--at", late.isoformat()], now=lambda: late) == 0


@pytest.mark.spawns
def test_export_to_stdout_survives_a_closed_pipe(tmp_path):
    with Store(tmp_path / "relaxapp.db") as store:
        from relaxapp.storage.log import SessionRecord

        store.add_records([SessionRecord(uid=f"u{n}", started_at="2026-01-01T10:00:00+00:00",
                                         source="manual", title="walk", status="completed",
                                         practiced_seconds=60) for n in range(20_000)])
    result = subprocess.run(f"{sys.executable} -m relaxapp --data-dir {tmp_path} export | head -n 2",
                            shell=True, capture_output=True, text=True, timeout=120)
    assert result.stdout.count("\n") == 2 and "Traceback" not in result.stderr


@pytest.mark.spawns
def test_export_to_a_file_replaces_it_whole(tmp_path):
    target = tmp_path / "out.csv"
    target.write_text("old content")
    cli(tmp_path, "log", "--activity", "walk", "--minutes", "5")
    result = cli(tmp_path, "export", "-o", str(target))
    assert result.returncode == 0 and result.stderr == f"Exported 1 session to {target}.\n"
    assert target.read_text().startswith("uid,started_at")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out.csv")] == []
    missing_folder = tmp_path / "nowhere" / "out.csv"
    assert "cannot write" in one_sentence_error(cli(tmp_path, "export", "-o", str(missing_folder)), 1)
    assert os.path.exists(target)
