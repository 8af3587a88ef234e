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
    conn = store.connection.conn
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


@pytest.mark.parametrize("call, message", [
    (lambda s, uid: s.rate_after(uid, tension_after=11),
     "tension after must be a whole number from 0 to 10 (got 11)"),
    (lambda s, uid: s.rate_after(uid, regions_after={"jaw": -1}),
     "the tension of jaw must be a whole number from 0 to 10 (got -1)"),
    (lambda s, uid: s.rate_after(uid, regions_after={"tail": 3}), "unknown body region 'tail'"),
    (lambda s, uid: s.rate_after(uid, symptoms=["cramps", "hiccups"]), "unknown symptom 'hiccups'"),
    (lambda s, uid: s.rate_after(uid, note="x" * 10_001),
     "the note is too long (at most 10,000 characters)"),
    (lambda s, uid: s.rate_after(uid, note="bad \ud800"),
     "the note holds a character that cannot be stored as text"),
    (lambda s, uid: s.end_session(uid, status="interrupted", practiced_seconds=1),
     "a session ends completed or stopped, not 'interrupted'"),
    (lambda s, uid: s.begin_session(session_id="x", title="x", kind="yoga", planned_seconds=1),
     "unknown session kind 'yoga'"),
    (lambda s, uid: s.begin_session(session_id="x", title="x", kind="pmr", planned_seconds=1,
                                    tension_before=12),
     "tension before must be a whole number from 0 to 10 (got 12)"),
    (lambda s, uid: s.log_practice(activity="  ", minutes=5), "the activity needs a name"),
    (lambda s, uid: s.log_practice(activity="a" * 201, minutes=5),
     "the activity name is too long (at most 200 characters)"),
    (lambda s, uid: s.log_practice(activity="a\udfff", minutes=5),
     "the activity name holds a character that cannot be stored as text"),
    (lambda s, uid: s.log_practice(activity="walk", minutes=0.5 / 60),
     "minutes must be more than 0 (at least one second) and at most 1440 (a day)"),
    (lambda s, uid: s.log_practice(activity="walk", minutes=1440.01),
     "minutes must be more than 0 (at least one second) and at most 1440 (a day)"),
    (lambda s, uid: s.log_practice(activity="walk", minutes=True),
     "minutes must be more than 0 (at least one second) and at most 1440 (a day)"),
    (lambda s, uid: s.log_practice(activity="walk", minutes="5"),
     "minutes must be more than 0 (at least one second) and at most 1440 (a day)"),
    (lambda s, uid: s.log_practice(activity="walk", minutes=5, tension_after=-1),
     "tension after must be a whole number from 0 to 10 (got -1)"),
    (lambda s, uid: s.log_practice(activity="walk", minutes=5, symptoms=["x"]),
     "unknown symptom 'x'"),
])
def test_each_refusal_says_exactly_what_is_wrong(store, call, message):
    uid = begin(store)
    before = store.sessions()
    with pytest.raises(ValueError) as raised:
        call(store, uid)
    assert str(raised.value) == message
    assert store.sessions() == before


def test_practice_elsewhere_from_one_second_to_a_day(store):
    short = store.log_practice(activity=" walk ", minutes=1 / 60, at=START)
    day = store.log_practice(activity="a" * 200, minutes=1440, at=START, symptoms=["cramps", "cramps"])
    assert (short.title, short.practiced_seconds) == ("walk", 1)
    assert day.practiced_seconds == 86_400 and day.symptoms == ["cramps"]
    assert {r.uid for r in store.sessions()} == {short.uid, day.uid}
    assert store.log_practice(activity="w", minutes=5, note="   ").note is None  # blank: none


def test_a_running_session_keeps_its_time_and_pace_as_it_goes(store):
    uid = begin(store, pace=6.0, tension_before=7, regions_before={"neck": 8})
    store.update_progress(uid, 42.7)
    assert store.session(uid).practiced_seconds == 42
    store.update_progress(uid, -5, pace=5.5)
    record = store.session(uid)
    assert (record.practiced_seconds, record.pace) == (0, 5.5)
    store.update_progress(uid, 60)  # no pace given: the last one stays
    assert store.session(uid).pace == 5.5
    store.end_session(uid, status="completed", practiced_seconds=-1, ended_at=START)
    record = store.session(uid)
    assert (record.status, record.practiced_seconds, record.pace, record.ended_at) == \
        ("completed", 0, 5.5, START.isoformat())
    assert (record.tension_before, record.regions) == (7, {"before": {"neck": 8}})


def test_a_long_title_is_cut_to_what_the_log_keeps(store):
    uid = store.begin_session(session_id="x", title="t" * 300, kind="mixed", planned_seconds=60)
    assert store.session(uid).title == "t" * 200


def test_rating_again_replaces_the_after_answers_and_keeps_the_before_ones(store):
    uid = begin(store, regions_before={"jaw": 5})
    store.rate_after(uid, tension_after=3, regions_after={"neck": 4}, symptoms=["cramps"],
                     note=" first ")
    assert store.session(uid).note == "first"
    store.rate_after(uid, tension_after=2, regions_after={"jaw": 1}, symptoms=["twitching"])
    record = store.session(uid)
    assert (record.tension_after, record.note, record.symptoms) == (2, None, ["twitching"])
    assert record.regions == {"before": {"jaw": 5}, "after": {"jaw": 1}}


def test_adding_records_skips_those_already_there_and_counts_the_new(store):
    first = store.log_practice(activity="walk", minutes=5, at=START, symptoms=["cramps"])
    from dataclasses import replace

    again = replace(first, title="changed", symptoms=["twitching"])
    other = replace(first, uid="other", regions={"after": {"neck": 2}})
    assert store.add_records([again, other]) == 1
    assert store.count() == 2
    assert store.session(first.uid).title == "walk"  # the one there is kept as it was
    assert store.session(first.uid).symptoms == ["cramps"]
    assert store.session("other").regions == {"after": {"neck": 2}}
    assert store.session("missing") is None


def test_the_sessions_practised_longest_come_first(store):
    for seconds, sid in ((100, "a"), (500, "b"), (300, "c"), (300, "a")):
        uid = store.begin_session(session_id=sid, title=sid, kind="breathing", planned_seconds=1)
        store.end_session(uid, status="completed", practiced_seconds=seconds)
    store.log_practice(activity="long walk", minutes=60)  # not one of the app's sessions
    assert store.most_practised(2) == ["b", "a"]
    assert store.most_practised(5) == ["b", "a", "c"]


def test_a_record_gives_statistics_what_they_need(store):
    record = store.log_practice(activity="walk", minutes=5, at=START, tension_before=6,
                                tension_after=4)
    entry = record.practice_entry()
    assert (entry.started_at, entry.practiced_seconds, entry.status, entry.tension_before,
            entry.tension_after) == (START, 300, "completed", 6, 4)
