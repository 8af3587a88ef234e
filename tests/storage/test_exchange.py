"""Export and import in-process: the CSV a spreadsheet opens, the JSON that comes back whole,
and for every field of an import file that is wrong, a message naming the file, the place and
the problem, with nothing written."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

import pytest

from relaxapp.storage.exchange import (
    CSV_COLUMNS, EXPORT_FORMAT, ImportFileError, export_document, import_file, read_export,
    write_csv, write_json,
)
from relaxapp.storage.log import SessionRecord, Store

FULL = SessionRecord(
    uid="s-1", started_at="2026-03-01T09:00:00+01:00", ended_at="2026-03-01T09:10:00+01:00",
    source="app", session_id="box-breathing", title="Box breathing", kind="breathing",
    planned_seconds=600, practiced_seconds=590, status="completed", pace=5.5,
    tension_before=7, tension_after=3, note="=SUM(A1) calm",
    regions={"before": {"neck": 8}, "after": {"neck": 4, "jaw": 2}},
    symptoms=["cramps", "weakness"])
BARE = SessionRecord(uid="s-2", started_at="2026-03-02T08:00:00+00:00", source="manual",
                     title="Walk", status="completed", practiced_seconds=1800)


def csv_rows(records) -> list[dict]:
    out = io.StringIO()
    write_csv(records, out)
    assert "\r\n" in out.getvalue()  # lines end as spreadsheets expect
    return list(csv.DictReader(io.StringIO(out.getvalue())))


def test_the_csv_has_its_columns_in_order_and_every_value_as_text():
    out = io.StringIO()
    write_csv([FULL, BARE], out)
    header = out.getvalue().split("\r\n")[0]
    assert header == ",".join(CSV_COLUMNS)
    full, bare = csv_rows([FULL, BARE])
    assert full["pace"] == "5.5" and full["practiced_seconds"] == "590"
    assert full["symptoms"] == "cramps;weakness"
    assert full["regions_before"] == "neck=8" and full["regions_after"] == "jaw=2;neck=4"
    assert bare["pace"] == "" and bare["kind"] == "" and bare["regions_after"] == ""
    assert csv_rows([SessionRecord(**{**BARE.__dict__, "pace": 6.0})])[0]["pace"] == "6"


@pytest.mark.parametrize("text", ["=1+1", "+1", "-1", "@cmd", "\tx", "\rx", "\nx"])
def test_a_cell_a_spreadsheet_would_run_is_kept_as_text(text):
    row = csv_rows([SessionRecord(**{**BARE.__dict__, "title": text})])[0]
    assert row["title"] == "'" + text
    assert csv_rows([FULL])[0]["note"] == "'=SUM(A1) calm"
    assert csv_rows([SessionRecord(**{**BARE.__dict__, "title": "a=1"})])[0]["title"] == "a=1"


def test_the_json_export_says_what_it_is_and_keeps_every_value_exactly():
    document = export_document([FULL])
    assert (document["format"], document["app"]) == (EXPORT_FORMAT, "relaxapp")
    assert document["app_version"] and document["exported_at"]
    (item,) = document["sessions"]
    assert item["note"] == "=SUM(A1) calm"  # no apostrophe here: JSON is not run
    assert list(item)[:3] == ["uid", "started_at", "ended_at"]
    assert list(item)[-2:] == ["regions", "symptoms"]
    out = io.StringIO()
    write_json([FULL], out)
    assert out.getvalue().endswith("}\n") and "\n \"format\": 1," in out.getvalue()


def write_export(tmp_path: Path, sessions, **top) -> Path:
    path = tmp_path / "export.json"
    document = {"format": EXPORT_FORMAT, "sessions": sessions, **top}
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def item(**changes) -> dict:
    base = export_document([FULL])["sessions"][0]
    base.update(changes)
    return {k: v for k, v in base.items() if v != "DROP"}


def test_an_export_comes_back_whole_and_importing_twice_adds_nothing(tmp_path):
    out = io.StringIO()
    write_json([FULL, BARE], out)
    path = tmp_path / "export.json"
    path.write_text(out.getvalue(), encoding="utf-8")
    assert read_export(path) == [FULL, BARE]
    with Store(tmp_path / "relaxapp.db") as store:
        assert import_file(store, path) == (2, 0)
        assert import_file(store, path) == (0, 2)
        assert store.sessions() == [FULL, BARE]


def test_repeated_symptoms_and_empty_region_maps_are_tidied(tmp_path):
    path = write_export(tmp_path, [item(symptoms=["cramps", "cramps"],
                                        regions={"before": {}, "after": {"jaw": 1}})])
    (record,) = read_export(path)
    assert record.symptoms == ["cramps"] and record.regions == {"after": {"jaw": 1}}
    (record,) = read_export(write_export(tmp_path, [item(pace=6)]))
    assert record.pace == 6.0 and isinstance(record.pace, float)


@pytest.mark.parametrize("changes, message", [
    ({"uid": "DROP"}, "sessions[0].uid: required, but missing"),
    ({"uid": "has space"}, "sessions[0].uid: is not valid ('has space')"),
    ({"uid": "x" * 65}, "sessions[0].uid: must be at most 64 characters"),
    ({"uid": 5}, "sessions[0].uid: must be a string"),
    ({"title": "  "}, "sessions[0].title: must be a non-empty string"),
    ({"title": "t" * 201}, "sessions[0].title: must be at most 200 characters"),
    ({"nonsense": 1}, "sessions[0].nonsense: unknown field"),
    ({"started_at": "yesterday"}, "sessions[0].started_at: is not an ISO 8601 date and time ('yesterday')"),
    ({"started_at": "2026-03-01T09:00:00"}, "sessions[0].started_at: needs a UTC offset ('2026-03-01T09:00:00')"),
    ({"ended_at": "2026-03-01T08:00:00+01:00"}, "sessions[0].ended_at: is before started_at"),
    ({"source": "phone"}, "sessions[0].source: must be one of app, manual (got 'phone')"),
    ({"status": "done"}, "sessions[0].status: must be one of completed, stopped, interrupted (got 'done')"),
    ({"kind": "yoga"}, "sessions[0].kind: must be one of breathing, pmr, mixed (got 'yoga')"),
    ({"tension_after": 11}, "sessions[0].tension_after: must be a whole number from 0 to 10 (got 11)"),
    ({"tension_before": -1}, "sessions[0].tension_before: must be a whole number from 0 to 10 (got -1)"),
    ({"tension_before": True}, "sessions[0].tension_before: must be a whole number from 0 to 10 (got True)"),
    ({"tension_before": 2.5}, "sessions[0].tension_before: must be a whole number from 0 to 10 (got 2.5)"),
    ({"practiced_seconds": 86_401}, "sessions[0].practiced_seconds: must be a whole number from 0 to 86400 (got 86401)"),
    ({"pace": 0}, "sessions[0].pace: must be a number of breaths a minute above 0 and at most 60 (got 0)"),
    ({"pace": 61}, "sessions[0].pace: must be a number of breaths a minute above 0 and at most 60 (got 61)"),
    ({"pace": True}, "sessions[0].pace: must be a number of breaths a minute above 0 and at most 60 (got True)"),
    ({"pace": "6"}, "sessions[0].pace: must be a number of breaths a minute above 0 and at most 60 (got '6')"),
    ({"regions": [1]}, "sessions[0].regions: must be an object"),
    ({"regions": {"during": {}}}, "sessions[0].regions: must map \"before\" and \"after\" to ratings (got 'during')"),
    ({"regions": {"after": 3}}, "sessions[0].regions: must map \"before\" and \"after\" to ratings (got 'after')"),
    ({"regions": {"after": {"tail": 3}}}, "sessions[0].regions.after: unknown body region 'tail'"),
    ({"regions": {"after": {"neck": 11}}}, "sessions[0].regions.after.neck: must be a whole number from 0 to 10 (got 11)"),
    ({"regions": {"after": {"neck": False}}}, "sessions[0].regions.after.neck: must be a whole number from 0 to 10 (got False)"),
    ({"symptoms": ["itching"]}, "sessions[0].symptoms: must be a list of: twitching, cramps"),
    ({"symptoms": [1]}, "sessions[0].symptoms: must be a list of: twitching, cramps"),
    ({"symptoms": "cramps"}, "sessions[0].symptoms: must be a list of: twitching, cramps"),
])
def test_each_wrong_field_is_named_with_its_place(tmp_path, changes, message):
    path = write_export(tmp_path, [item(**changes)])
    with pytest.raises(ImportFileError) as raised:
        read_export(path)
    assert str(raised.value).startswith(f"{path}: {message}")


def test_the_lowest_and_highest_values_allowed_are_accepted(tmp_path):
    path = write_export(tmp_path, [item(tension_before=0, tension_after=10, pace=60,
                                        practiced_seconds=86_400, planned_seconds=0,
                                        regions={"after": {"neck": 0, "jaw": 10}},
                                        uid="u" * 64, title="t" * 200)])
    (record,) = read_export(path)
    assert (record.tension_before, record.tension_after, record.pace) == (0, 10, 60.0)
    assert record.ended_at == "2026-03-01T09:10:00+01:00"


@pytest.mark.parametrize("document, message", [
    ([], " is not a RelaxApp export (it needs \"format\" and \"sessions\")"),
    ({"format": 1}, " is not a RelaxApp export (it needs \"format\" and \"sessions\")"),
    ({"sessions": []}, " is not a RelaxApp export (it needs \"format\" and \"sessions\")"),
    ({"format": "1", "sessions": []}, ": format: must be a whole number (got '1')"),
    ({"format": True, "sessions": []}, ": format: must be a whole number (got True)"),
    ({"format": 2, "sessions": []}, " was exported by a newer version of RelaxApp (format 2); "
                                   "update RelaxApp to import it"),
    ({"format": 0, "sessions": []}, ": format: must be 1 (got 0)"),
    ({"format": 1, "sessions": {}}, ": sessions: must be a list"),
    ({"format": 1, "sessions": [3]}, ": sessions[0]: each session must be an object"),
])
def test_a_file_that_is_not_an_export_says_why(tmp_path, document, message):
    path = tmp_path / "export.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ImportFileError) as raised:
        read_export(path)
    assert str(raised.value) == f"{path}{message}"


def test_a_session_twice_in_one_file_is_named(tmp_path):
    path = write_export(tmp_path, [item(), item()])
    with pytest.raises(ImportFileError, match=r"sessions\[1\]\.uid: s-1 appears twice$"):
        read_export(path)


def test_unreadable_bytes_and_broken_json_are_named(tmp_path):
    path = tmp_path / "export.json"
    path.write_bytes(b"\xff\xfe not text")
    with pytest.raises(ImportFileError) as raised:
        read_export(path)
    assert str(raised.value) == f"{path} is not a RelaxApp export (it is not UTF-8 text)"
    path.write_text('{"format": 1,\n "sessions": [,]}', encoding="utf-8")
    with pytest.raises(ImportFileError) as raised:
        read_export(path)
    assert str(raised.value).startswith(f"{path} is not valid JSON at line 2, column ")
    with pytest.raises(ImportFileError) as raised:
        read_export(tmp_path / "missing.json")
    assert str(raised.value) == f"cannot read {tmp_path / 'missing.json'}: no such file or folder"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"format": 1, "sessions": []}).encode())
    assert read_export(path) == []  # a byte-order mark, as some editors write, is fine


def test_a_file_larger_than_an_export_can_be_is_refused_unread(tmp_path, monkeypatch):
    from relaxapp.storage import exchange

    monkeypatch.setattr(exchange, "MAX_IMPORT_BYTES", 100)
    path = write_export(tmp_path, [item()])
    with pytest.raises(ImportFileError) as raised:
        read_export(path)
    size = path.stat().st_size
    assert str(raised.value) == (f"{path} is {size:,} bytes, more than an export can be (0 MiB)")


def test_a_bad_session_anywhere_writes_nothing(tmp_path):
    path = write_export(tmp_path, [item(), item(uid="s-9", tension_after=12)])
    with Store(tmp_path / "relaxapp.db") as store:
        with pytest.raises(ImportFileError, match=r"sessions\[1\]\.tension_after"):
            import_file(store, path)
        assert store.count() == 0


@pytest.mark.parametrize("records", [[], [FULL], [FULL, BARE, FULL]])
def test_the_json_export_is_written_a_session_at_a_time_as_one_document(records, monkeypatch):
    """Streamed (a million sessions are not held), yet the very text of one json.dump."""
    from relaxapp.storage import exchange

    monkeypatch.setattr(exchange, "wall_now", lambda: datetime(2026, 1, 2, 3, 4, 5))
    out = io.StringIO()
    assert write_json(iter(records), out) == len(records)
    whole = json.dumps(export_document(records), ensure_ascii=False, indent=1) + "\n"
    assert out.getvalue() == whole


def test_sessions_are_read_a_batch_at_a_time_with_their_ratings_and_symptoms(tmp_path,
                                                                            monkeypatch):
    from relaxapp.storage import log

    monkeypatch.setattr(log, "READ_BATCH", 2)  # batches end between a session's rows
    records = [replace(FULL, uid=f"u{n}", started_at=f"2026-03-0{n + 1}T08:00:00+01:00",
                       ended_at=None, symptoms=["cramps"] if n % 2 else [],
                       regions={"after": {"jaw": n}} if n != 3 else {})
               for n in range(5)]
    with Store(tmp_path / "relaxapp.db") as store:
        store.add_records(records)
        assert store.sessions() == records
        streamed = store.iter_sessions(datetime(2026, 3, 2, tzinfo=timezone.utc))
        assert next(streamed) == records[1]
        assert list(streamed) == records[2:]
        assert [entry.tension_before for entry in store.practice_entries()] == \
            [record.tension_before for record in records]


def exported_text(records) -> str:
    out = io.StringIO()
    write_json(records, out)
    return out.getvalue()


def broken(text: str, old: str, new: str) -> str:
    assert old in text
    return text.replace(old, new, 1)


SYNTAX = "where and what Python's json, reading the whole text, says"
SESSIONS_READ_ONE_AT_A_TIME = [
    # (what, how the export is changed, the error, or None if it imports)
    ("sessions before format", lambda t: '{"sessions": ' + t[t.index("["):t.rindex("]") + 1]
     + ', "format": 1}', None),
    ("sessions twice", lambda t: broken(t, '"format": 1,', '"format": 1, "sessions": [],'),
     'top level: key "sessions" appears more than once'),
    ("text after the end", lambda t: t + "[]", SYNTAX),
    ("a comma missing between sessions", lambda t: broken(t, "},\n  {", "}\n  {"), SYNTAX),
    ("a session cut short", lambda t: t[:t.rindex('"symptoms"')], SYNTAX),
    ("a colon missing", lambda t: broken(t, '"format": 1', '"format" 1'), SYNTAX),
    ("a key twice in a session", lambda t: broken(t, '"note": null', '"note": null, "note": "x"'),
     'sessions[1]: key "note" appears more than once'),
    ("NaN in a session", lambda t: broken(t, '"pace": null', '"pace": NaN'),
     "sessions[1].pace: NaN is not a valid JSON number"),
    ("nested too deep in a session", lambda t: broken(t, '"note": null', '"x-deep": '
                                                      + "[" * 70 + "]" * 70),
     "nested more than 64 levels deep"),
    ("a bad last session", lambda t: broken(t, '"title": "Walk"', '"title": 5'),
     "sessions[1].title: must be a non-empty string"),
]


@pytest.mark.parametrize("what, change, error", SESSIONS_READ_ONE_AT_A_TIME,
                         ids=[case[0] for case in SESSIONS_READ_ONE_AT_A_TIME])
def test_an_export_read_a_session_at_a_time_is_as_strict_as_one_read_whole(
        tmp_path, what, change, error):
    path = tmp_path / "export.json"
    text = change(exported_text([FULL, BARE]))
    path.write_text(text, encoding="utf-8")
    if error is SYNTAX:
        with pytest.raises(json.JSONDecodeError) as whole:
            json.loads(text)
        found = whole.value
        error = (f"is not valid JSON at line {found.lineno}, column {found.colno}: "
                 f"{found.msg[:1].lower()}{found.msg[1:]}")
    with Store(tmp_path / "relaxapp.db") as store:
        if error is None:
            assert import_file(store, path) == (2, 0) and store.sessions() == [FULL, BARE]
            return
        with pytest.raises(ImportFileError) as caught:
            import_file(store, path)
        assert error in str(caught.value), str(caught.value)
        assert store.sessions() == []  # all or nothing, though read one at a time


def test_a_sound_export_is_read_from_its_bytes_not_decoded_whole(tmp_path, monkeypatch):
    """Held once as the file's bytes, each session decoded as it comes: the whole text is
    decoded only to name a syntax error where Python's json names it."""
    from relaxapp.storage import exchange

    def whole(*args):
        raise AssertionError("read as a whole text")

    monkeypatch.setattr(exchange, "_document_in_text", whole)
    accented = replace(FULL, title="Entspannung nach Öst → ruhig 🙂", note="‮ calm")
    path = tmp_path / "export.json"
    path.write_text("\ufeff" + exported_text([accented, BARE]), encoding="utf-8")
    assert read_export(path) == [accented, BARE]


@pytest.mark.parametrize("what, change, error", SESSIONS_READ_ONE_AT_A_TIME[1:],
                         ids=[case[0] for case in SESSIONS_READ_ONE_AT_A_TIME[1:]])
def test_what_the_quick_reading_cannot_follow_is_named_by_the_whole_reading(
        tmp_path, what, change, error):
    """Each broken export is refused with the same words however it was first read."""
    from relaxapp.storage import exchange

    path = tmp_path / "export.json"
    text = change(exported_text([FULL, BARE]))
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ImportFileError) as quick:
        list(exchange.export_records(path))
    with pytest.raises(ImportFileError) as whole:
        list(exchange._checked(exchange._document_in_text(text, path), path))
    assert str(quick.value) == str(whole.value)
