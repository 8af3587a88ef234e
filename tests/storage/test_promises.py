"""Promises the log makes to its callers, each checked where it is kept: a failed write
changes nothing and says so, durability and cascades are on, and what it refuses."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from relaxapp.storage.errors import StoreError
from relaxapp.storage.log import MAX_NOTE, Store

START = datetime(2026, 11, 20, 8, 30, tzinfo=timezone.utc).astimezone()


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "relaxapp.db") as opened:
        yield opened


def begin(store, **extra):
    return store.begin_session(session_id="box-breathing", title="Box breathing", kind="breathing",
                               planned_seconds=276, started_at=START, **extra)


def test_an_error_inside_a_write_is_passed_on_and_nothing_of_it_is_kept(store):
    uid = begin(store)
    with pytest.raises(KeyError):
        with store.connection.write() as conn:
            conn.execute("DELETE FROM sessions")
            raise KeyError("the caller's own failure")
    assert [s.uid for s in store.sessions()] == [uid]


def test_an_sqlite_error_inside_a_write_is_reported_and_rolled_back(store):
    uid = begin(store)
    with pytest.raises(StoreError):
        with store.connection.write() as conn:
            conn.execute("DELETE FROM sessions")
            conn.execute("INSERT INTO no_such_table VALUES (1)")
    assert [s.uid for s in store.sessions()] == [uid]
    begin(store)  # and the log is usable afterwards: no transaction left open
    assert store.count() == 2


def test_durability_and_cascades_are_on(store):
    conn = store.connection.db.conn
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    uid = begin(store, regions_before={"neck": 6})
    store.rate_after(uid, tension_after=3, regions_after={"jaw": 4}, symptoms=["cramps"])
    with store.connection.write() as write:
        write.execute("DELETE FROM sessions WHERE uid = ?", (uid,))
    assert conn.execute("SELECT count(*) FROM region_ratings").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM symptoms").fetchone()[0] == 0


@pytest.mark.parametrize("value", [-1, 11, 2.5, True])
def test_a_region_rating_outside_0_to_10_is_refused(store, value):
    with pytest.raises(ValueError, match="0 to 10"):
        begin(store, regions_before={"neck": value})
    uid = begin(store)
    with pytest.raises(ValueError, match="0 to 10"):
        store.rate_after(uid, regions_after={"jaw": value})
    assert store.session(uid).regions == {}


def test_an_unknown_kind_of_session_is_refused(store):
    with pytest.raises(ValueError, match="unknown session kind 'yoga'"):
        store.begin_session(session_id="x", title="X", kind="yoga", planned_seconds=60)
    assert store.count() == 0


def test_a_note_may_be_exactly_as_long_as_promised(store):
    uid = begin(store)
    store.rate_after(uid, note="a" * MAX_NOTE)
    assert store.session(uid).note == "a" * MAX_NOTE
    with pytest.raises(ValueError, match="too long"):
        store.rate_after(uid, note="a" * (MAX_NOTE + 1))
    assert store.session(uid).note == "a" * MAX_NOTE  # the refused note changed nothing
    assert MAX_NOTE == 10_000
