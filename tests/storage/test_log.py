"""Recording sessions: from their start, as they run, and how they end."""

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


def test_app_session_is_recorded_from_its_start_as_interrupted(store):
    uid = begin(store, tension_before=7, regions_before={"neck": 8, "jaw": 6}, pace=6.0)
    record = store.session(uid)
    assert (record.status, record.practiced_seconds, record.tension_before) == ("interrupted", 0, 7)
    assert record.regions == {"before": {"jaw": 6, "neck": 8}}
    assert record.started_at == START.isoformat()
    store.update_progress(uid, 15)
    store.update_progress(uid, 30, pace=5.5)
    record = store.session(uid)
    assert (record.status, record.practiced_seconds, record.pace) == ("interrupted", 30, 5.5)


def test_finishing_and_rating_a_session(store):
    uid = begin(store, tension_before=7)
    store.end_session(uid, status="completed", practiced_seconds=276)
    store.rate_after(uid, tension_after=3, regions_after={"neck": 4}, symptoms=["twitching", "weakness"],
                     note="  Calmer.  ")
    record = store.session(uid)
    assert (record.status, record.practiced_seconds, record.tension_after) == ("completed", 276, 3)
    assert record.symptoms == ["twitching", "weakness"] and record.note == "Calmer."
    assert record.regions["after"] == {"neck": 4} and record.ended_at is not None
    store.rate_after(uid, tension_after=2)  # rating again replaces, does not add
    record = store.session(uid)
    assert (record.tension_after, record.symptoms, record.regions.get("after")) == (2, [], None)


def test_stopping_early_keeps_what_was_done(store):
    uid = begin(store)
    store.end_session(uid, status="stopped", practiced_seconds=95)
    assert (store.session(uid).status, store.session(uid).practiced_seconds) == ("stopped", 95)


@pytest.mark.parametrize("call, message", [
    (lambda s, uid: s.rate_after(uid, tension_after=11), "from 0 to 10"),
    (lambda s, uid: s.rate_after(uid, tension_after=True), "from 0 to 10"),
    (lambda s, uid: s.rate_after(uid, regions_after={"tail": 3}), "unknown body region"),
    (lambda s, uid: s.rate_after(uid, symptoms=["hiccups"]), "unknown symptom"),
    (lambda s, uid: s.rate_after(uid, note="x" * 10_001), "too long"),
    (lambda s, uid: s.end_session(uid, status="interrupted", practiced_seconds=1), "completed or stopped"),
    (lambda s, uid: s.log_practice(activity="", minutes=5), "needs a name"),
    (lambda s, uid: s.log_practice(activity="walk", minutes=0), "more than 0"),
    (lambda s, uid: s.log_practice(activity="walk", minutes=-3), "more than 0"),
    (lambda s, uid: s.log_practice(activity="walk", minutes=float("nan")), "more than 0"),
    (lambda s, uid: s.log_practice(activity="walk", minutes=100_000), "at most 1440"),
])
def test_bad_values_are_refused_and_nothing_changes(store, call, message):
    uid = begin(store)
    before = store.sessions()
    with pytest.raises(ValueError, match=message):
        call(store, uid)
    assert store.sessions() == before


def test_manual_practice(store):
    record = store.log_practice(activity="Walk by the river", minutes=25, at=START,
                                tension_before=6, tension_after=4, note="Windy")
    [stored] = store.sessions()
    assert stored == record
    assert (stored.source, stored.status, stored.practiced_seconds, stored.kind) == \
        ("manual", "completed", 1500, None)
    length = datetime.fromisoformat(stored.ended_at) - datetime.fromisoformat(stored.started_at)
    assert length.total_seconds() == 25 * 60


def test_sessions_are_ordered_by_real_time_across_time_zones(store):
    from datetime import timedelta

    later_but_east = datetime(2026, 11, 20, 10, 0, tzinfo=timezone(timedelta(hours=3)))  # 07:00 UTC
    earlier_west = datetime(2026, 11, 20, 7, 30, tzinfo=timezone(timedelta(hours=-1)))  # 08:30 UTC
    store.log_practice(activity="b", minutes=5, at=earlier_west)
    store.log_practice(activity="a", minutes=5, at=later_but_east)
    assert [r.title for r in store.sessions()] == ["a", "b"]
    assert [r.title for r in store.sessions(since=datetime(2026, 11, 20, 8, 0, tzinfo=timezone.utc))] == ["b"]


# Promises to callers, each checked where it is kept: a failed write changes nothing and
# says so, durability and cascades are on, and what the log refuses.


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
