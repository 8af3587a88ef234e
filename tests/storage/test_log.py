"""Recording sessions: from their start, as they run, and how they end."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from relaxapp.storage.log import Store

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
