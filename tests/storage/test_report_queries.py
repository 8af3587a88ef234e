"""The report's figures straight from the log, without Qt: a period has two ends, the streak at
its end counts days before it, the 7-day means look back a week, and notes stay in the log
unless they are asked for."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from relaxapp.core.report import DEFAULT_SECTIONS, Period
from relaxapp.storage import history as queries
from relaxapp.storage.log import SessionRecord, Store
from relaxapp.storage.report import gather

TZ = timezone(timedelta(hours=-5))  # the local day is the one written, not UTC's
D = date(2026, 3, 10)


def record(day: date, before=None, after=None, minutes=10, title="Box breathing",
           kind="breathing", note=None, symptoms=(), regions=None, hour=23, source="app"):
    when = datetime.combine(day, datetime.min.time(), tzinfo=TZ) + timedelta(hours=hour)
    return SessionRecord(uid=f"{day}-{hour}-{title}", started_at=when.isoformat(), source=source,
                         title=title, session_id=None if source == "manual" else title,
                         kind=None if source == "manual" else kind, status="completed",
                         practiced_seconds=minutes * 60, tension_before=before,
                         tension_after=after, note=note, symptoms=list(symptoms),
                         regions={"after": regions} if regions else {})


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "relaxapp.db") as opened:
        yield opened


def test_every_query_keeps_to_both_ends_of_the_period(store):
    store.add_records([record(D - timedelta(days=1), 8, 6, regions={"neck": 9}, symptoms=["cramps"],
                              note="before"),
                       record(D, 6, 4, regions={"neck": 5}, symptoms=["weakness"], note="first"),
                       record(D + timedelta(days=2), 4, 4, regions={"jaw": 2}, note="last",
                              title="Walk", source="manual"),
                       record(D + timedelta(days=3), 2, 1, regions={"neck": 1}, note="after")])
    first, last = D, D + timedelta(days=2)
    assert [d.day for d in queries.days(store, first, last)] == [D, D + timedelta(days=2)]
    assert [d.day for d in queries.days(store, None, last)][0] == D - timedelta(days=1)
    assert queries.kinds(store, first, last) == {"breathing": 1, None: 1}
    assert queries.region_averages(store, first, last) == {"neck": (5.0, 1), "jaw": (2.0, 1)}
    assert [(day, code) for _, day, code, _ in queries.symptom_events(store, first, last)] == \
        [(D, "weakness")]
    assert [(r.title, r.mean_relief, r.sessions) for r in
            sorted(queries.relief_by_script(store, first, last), key=lambda r: r.title)] == \
        [("Box breathing", 2.0, 1), ("Walk", 0.0, 1)]
    assert queries.notes(store, first, last) == [(D, "Box breathing", "first"),
                                                 (last, "Walk", "last")]
    assert queries.first_day(store) == D - timedelta(days=1)


def test_an_empty_log_has_no_first_day_and_nothing_to_report(store):
    assert queries.first_day(store) is None
    data = gather(store, Period(D, D), D)
    assert (data.sessions, data.kinds, data.regions, data.symptoms, data.notes) == (0, {}, {}, [], [])


def test_the_streak_at_the_period_end_counts_the_days_before_it(store):
    store.add_records([record(D - timedelta(days=n), 5, 3) for n in range(10)]
                      + [record(D - timedelta(days=20), 5, 3)])
    data = gather(store, Period(D - timedelta(days=2), D), D)
    assert data.streak == (10, 3)  # ten days in a row up to the end; three of them in the period
    short = [record(D - timedelta(days=30 + n), minutes=0) for n in range(3)]
    store.add_records(short)  # days with no practice time do not count
    assert gather(store, Period(D - timedelta(days=31), D - timedelta(days=30)), D).streak == (0, 0)


def test_the_seven_day_means_on_the_first_days_look_back_a_week(store):
    store.add_records([record(D - timedelta(days=3), 9, 9), record(D, 3, 3)])
    data = gather(store, Period(D, D), D)
    assert [value for _, value in data.trend_after] == [6.0]  # (9 + 3) / 2, the week before too
    assert [value for _, value in data.trend_before] == [6.0]
    assert len(data.days) == 1  # but only the period's own days are counted and charted


def test_notes_are_read_only_when_their_section_is_asked_for(store):
    store.add_records([record(D, 5, 3, note="Private words"),
                       record(D - timedelta(days=1), note="Older words")])
    unasked = gather(store, Period(D, D), D)
    assert unasked.notes == [] and unasked.name == ""
    assert "notes" not in DEFAULT_SECTIONS
    noted = gather(store, Period(D, D), D, DEFAULT_SECTIONS | {"notes"}, "  A  Name ")
    # Only the period's notes: the day before stays out.
    assert [(n.day, n.title, n.text) for n in noted.notes] == [(D, "Box breathing", "Private words")]
    assert noted.name == "A Name"


def test_symptoms_come_dated_red_flags_first(store):
    store.add_records([record(D, symptoms=["twitching", "numbness"]),
                       record(D + timedelta(days=1), symptoms=["twitching"])])
    data = gather(store, Period(D, D + timedelta(days=1)), D)
    assert [(s.symptom.code, s.dates) for s in data.symptoms] == [
        ("numbness", (D,)), ("twitching", (D, D + timedelta(days=1)))]
    assert data.kinds == {"breathing": 2} and data.sessions == 2
    assert data.period == Period(D, D + timedelta(days=1)) and data.made_on == D


def test_the_tension_chart_gets_each_rated_session_or_none_when_too_many(store):
    store.add_records([record(D, 7, 4, hour=8), record(D, None, None, hour=9, title="Unrated"),
                       record(D + timedelta(days=1), None, 3, hour=7, title="After only"),
                       record(D - timedelta(days=5), 9, 9)])
    points = queries.session_points(store, D)
    assert [(before, after, title) for _, before, after, title, _ in points] == [
        (7, 4, "Box breathing"), (None, 3, "After only")]
    unix, *_, started = points[0]
    assert unix == pytest.approx(datetime.fromisoformat(started).timestamp(), abs=0.01)
    assert len(queries.session_points(store)) == 3
    assert queries.session_points(store, None, limit=3) is not None
    assert queries.session_points(store, None, limit=2) is None  # more than the chart shows


def test_one_regions_ratings_come_summed_by_day(store):
    store.add_records([record(D, regions={"neck": 6, "jaw": 1}, hour=8),
                       record(D, regions={"neck": 2}, hour=20),
                       record(D + timedelta(days=2), regions={"neck": 5}),
                       record(D - timedelta(days=9), regions={"neck": 9})])
    days = queries.region_days(store, "neck", D)
    assert [(d.day, d.sessions, d.after_sum, d.after_count) for d in days] == [
        (D, 2, 8, 2), (D + timedelta(days=2), 1, 5, 1)]
    assert len(queries.region_days(store, "neck")) == 3
    assert queries.region_days(store, "calves", D) == []


def test_the_report_holds_only_its_periods_sessions(store):
    store.add_records([record(D - timedelta(days=1), 9, 9, regions={"neck": 10}, title="Out",
                              kind="pmr", symptoms=["weakness"], note="before"),
                       record(D, 6, 3, regions={"neck": 4}, symptoms=["cramps"], note="in"),
                       record(D + timedelta(days=1), 6, 3, regions={"neck": 2}),
                       record(D + timedelta(days=2), 6, 3),
                       record(D + timedelta(days=3), 1, 1, regions={"jaw": 0}, title="Out",
                              kind="pmr", symptoms=["numbness"], note="after")])
    data = gather(store, Period(D, D + timedelta(days=2)), D, DEFAULT_SECTIONS | {"notes"})
    assert data.kinds == {"breathing": 3}
    assert [(r.title, r.mean_relief, r.sessions) for r in data.relief] == [("Box breathing", 3.0, 3)]
    assert data.regions == {"neck": (3.0, 2)}
    assert [(s.symptom.code, s.dates) for s in data.symptoms] == [("cramps", (D,))]
    assert [n.text for n in data.notes] == ["in"]
    # No sensor measured a session of this log: the heart's section is left out.
    assert data.sections == (DEFAULT_SECTIONS | {"notes"}) - {"heart"}
    assert isinstance(data.sections, frozenset)


def test_every_query_reads_the_whole_log_when_given_no_bounds(store):
    store.add_records([record(D - timedelta(days=400), 8, 6, regions={"neck": 7},
                              symptoms=["cramps"], note="old"),
                       record(D, 6, 4, regions={"neck": 3}, symptoms=["cramps"], note="new")])
    assert [d.day for d in queries.days(store)] == [D - timedelta(days=400), D]
    assert queries.kinds(store) == {"breathing": 2}
    assert [(r.mean_relief, r.sessions) for r in queries.relief_by_script(store)] == [(2.0, 2)]
    assert queries.region_averages(store) == {"neck": (5.0, 2)}
    assert len(queries.symptom_events(store)) == 2
    assert [text for _, _, text in queries.notes(store)] == ["old", "new"]
    assert [d.after_sum for d in queries.region_days(store, "neck")] == [7, 3]
