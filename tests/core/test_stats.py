"""The summary ``relaxapp stats`` prints: counts, averages, relief and streaks."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from relaxapp.core.stats import PracticeEntry, practice_days, streaks, summarize

TZ = timezone(timedelta(hours=-5))  # a local day is the session's own, not UTC's
TODAY = date(2026, 11, 26)


def entry(days_ago, seconds=600, status="completed", before=None, after=None, hour=9):
    moment = datetime.combine(TODAY - timedelta(days=days_ago), datetime.min.time(), tzinfo=TZ)
    return PracticeEntry(moment + timedelta(hours=hour), seconds, status, before, after)


def test_the_summary_counts_averages_and_relief_as_before_minus_after():
    entries = [entry(0, before=7, after=4), entry(1, before=6, after=2, status="stopped"),
               entry(1, before=5, hour=20), entry(3, seconds=30, after=3)]
    summary = summarize(entries, TODAY)
    assert (summary.sessions, summary.completed, summary.practiced_seconds) == (4, 3, 1830)
    assert (summary.average_before, summary.rated_before) == (6.0, 3)
    assert (summary.average_after, summary.rated_after) == (3.0, 3)
    assert (summary.average_relief, summary.rated_both) == (3.5, 2)  # (3 + 4) / 2: lower is relief
    assert (summary.current_streak, summary.longest_streak) == (2, 2)


def test_nothing_rated_has_no_average_rather_than_zero():
    summary = summarize([entry(0)], TODAY)
    assert summary.average_before is summary.average_after is summary.average_relief is None
    empty = summarize([], TODAY)
    assert (empty.sessions, empty.practiced_seconds, empty.current_streak) == (0, 0, 0)


def test_a_day_counts_once_it_holds_a_minute_of_practice_in_all():
    late_evening = entry(1, seconds=40, hour=23)  # 23:00 local is the next day in UTC
    assert practice_days([late_evening, entry(1, seconds=20, hour=8)]) == {TODAY - timedelta(days=1)}
    assert practice_days([entry(2, seconds=59)]) == set()


def test_a_streak_lives_through_today_until_it_is_practised():
    days = {TODAY - timedelta(days=n) for n in (1, 2, 3, 7, 8)}
    assert streaks(days, TODAY) == (3, 3)  # today not yet practised: still 3
    assert streaks(days | {TODAY}, TODAY) == (4, 4)
    assert streaks(days, TODAY + timedelta(days=1)) == (0, 3)  # a day missed ends it
