"""What a heart-rate strap measured in a session, kept with it in the log: saved, read,
exported and imported whole, checked for sense, and brought to a log written before it."""

from __future__ import annotations

import io
import json
import sqlite3

import pytest

from relaxapp.storage import database
from relaxapp.storage.exchange import ImportFileError, import_file, write_csv, write_json
from relaxapp.storage.log import Store

HEART = {"beats": 412, "mean_bpm": 66.2, "rmssd_ms": 48.5, "swing_bpm": 11.8,
         "corrected_share": 0.012, "resonance_bpm": 5.5}


def session(store: Store) -> str:
    uid = store.begin_session(session_id="resonance-6", title="Resonance breathing",
                              kind="breathing", planned_seconds=600)
    store.end_session(uid, status="completed", practiced_seconds=600)
    return uid


def test_saved_read_replaced_and_gone_with_its_session(tmp_path):
    with Store(tmp_path / "relaxapp.db") as store:
        uid = session(store)
        store.save_heart(uid, HEART)
        assert store.session(uid).heart == HEART
        store.save_heart(uid, dict(HEART, swing_bpm=None))  # a session without paced breathing
        assert store.session(uid).heart["swing_bpm"] is None
        other = session(store)
        assert store.session(other).heart is None


@pytest.mark.parametrize("wrong", [{"beats": 0}, {"mean_bpm": 400}, {"rmssd_ms": -1},
                                   {"corrected_share": 1.5}, {"beats": True},
                                   {"swing_bpm": "12"}, {"score": 3}, {"resonance_bpm": 0}])
def test_a_summary_out_of_range_is_refused_and_nothing_kept(tmp_path, wrong):
    with Store(tmp_path / "relaxapp.db") as store:
        uid = session(store)
        with pytest.raises(ValueError):
            store.save_heart(uid, dict(HEART, **wrong))
        assert store.session(uid).heart is None


def test_exported_and_imported_whole(tmp_path):
    with Store(tmp_path / "relaxapp.db") as store:
        uid = session(store)
        store.save_heart(uid, HEART)
        stream = io.StringIO()
        write_json(store.iter_sessions(), stream)
        csv_text = io.StringIO()
        write_csv(store.iter_sessions(), csv_text)
    exported = tmp_path / "export.json"
    exported.write_text(stream.getvalue())
    assert json.loads(stream.getvalue())["sessions"][0]["heart"] == HEART
    header, row = csv_text.getvalue().splitlines()[:2]
    assert header.endswith("heart_beats,heart_mean_bpm,heart_rmssd_ms,heart_swing_bpm,"
                           "heart_corrected_share,heart_resonance_bpm")
    assert row.endswith("412,66.2,48.5,11.8,0.01,5.5")
    with Store(tmp_path / "other.db") as other:
        assert import_file(other, exported) == (1, 0)
        assert other.session(uid).heart == HEART
    document = json.loads(stream.getvalue())
    document["sessions"][0]["heart"]["mean_bpm"] = 900
    exported.write_text(json.dumps(document))
    with Store(tmp_path / "third.db") as third, pytest.raises(ImportFileError,
                                                              match=r"sessions\[0\]\.heart"):
        import_file(third, exported)


def test_a_log_from_before_heart_rates_is_brought_up_to_date_with_nothing_lost(tmp_path):
    path = tmp_path / "relaxapp.db"
    with Store(path, migrations=database.MIGRATIONS[:1]) as old:  # as the last release wrote it
        uid = session(old)
    with Store(path) as store:
        assert store.session(uid).status == "completed" and store.session(uid).heart is None
        store.save_heart(uid, HEART)
        assert store.session(uid).heart == HEART
        assert store.connection.backup_path is not None  # a copy was made before it changed
    tables = {row[0] for row in sqlite3.connect(path).execute(
        "SELECT name FROM sqlite_master WHERE type='table'")}
    assert "session_heart" in tables
