"""History aggregation without Qt: trends, relief ranking, practice, totals."""

from __future__ import annotations

import math
from datetime import date, timedelta

from relaxapp.core.history import (
    Day, ScriptRelief, longest_gap, noon, practice_minutes, range_start, rank_relief,
    rolling_mean, totals, weekly_means,
)

MONDAY = date(2026, 11, 2)


def day(offset: int, **fields) -> Day:
    return Day(MONDAY + timedelta(days=offset), **fields)


def test_rolling_mean_weights_every_rating_and_breaks_at_gaps():
    days = [day(0, before_sum=14, before_count=2), day(3, before_sum=4, before_count=1),
            day(5, sessions=1), day(7, before_sum=2, before_count=1),
            day(40, before_sum=5, before_count=1)]
    trend = rolling_mean(days, "before_sum", "before_count")
    assert trend[0] == (noon(MONDAY), 7.0)
    assert trend[1] == (noon(MONDAY + timedelta(days=3)), 6.0)  # (8 + 6 + 4) / 3
    assert trend[2] == (noon(MONDAY + timedelta(days=7)), 3.0)  # day 0 has left the window
    assert math.isnan(trend[3][1])  # a month without data is not drawn across
    assert trend[4] == (noon(MONDAY + timedelta(days=40)), 5.0)
    assert rolling_mean([], "before_sum", "before_count") == []


def test_relief_is_ranked_only_with_enough_sessions():
    ranking = rank_relief([ScriptRelief("Sigh", "sigh", 7.0, 1), ScriptRelief("PMR", "pmr", 1.33, 3),
                           ScriptRelief("Box", "box", 3.67, 12), ScriptRelief("Walk", None, 2.0, 2)])
    assert [(r.title, r.ranked) for r in ranking] == [
        ("Box", True), ("PMR", True), ("Sigh", False), ("Walk", False)]


def test_practice_by_day_and_by_week():
    days = [day(0, seconds=900), day(2, seconds=1200), day(7, seconds=1800)]
    assert practice_minutes(days) == [(MONDAY, 15.0), (MONDAY + timedelta(days=2), 20.0),
                                      (MONDAY + timedelta(days=7), 30.0)]
    assert practice_minutes(days, by="week") == [(MONDAY, 35.0), (MONDAY + timedelta(days=7), 30.0)]


def test_totals_count_the_range_and_streaks_the_whole_log():
    all_days = [day(0, sessions=1, seconds=600), day(1, sessions=2, seconds=1200),
                day(2, sessions=1, seconds=30),  # under a minute: no streak day
                day(5, sessions=1, seconds=600), day(6, sessions=1, seconds=600, relief_count=1)]
    summary = totals(all_days[3:], all_days, today=MONDAY + timedelta(days=6))
    assert (summary.sessions, summary.minutes, summary.days_practised, summary.rated) == (2, 20.0, 2, 1)
    assert (summary.current_streak, summary.longest_streak) == (2, 2)


def test_ranges_and_gaps():
    assert range_start("2 weeks", MONDAY) == MONDAY - timedelta(days=13)
    assert range_start("All", MONDAY) is None
    days = [day(0, sessions=1), day(10, sessions=1), day(100, sessions=1), day(101, sessions=1)]
    assert longest_gap(days) == (MONDAY + timedelta(days=10), MONDAY + timedelta(days=100))
    assert longest_gap(days[:2]) is None


def test_weekly_means_weight_every_value():
    days = [day(0, before_sum=12, before_count=2), day(4, before_sum=3, before_count=1),
            day(8, before_sum=5, before_count=1), day(9)]
    assert weekly_means(days, "before_sum", "before_count") == [
        (noon(MONDAY + timedelta(days=3)), 5.0, 3), (noon(MONDAY + timedelta(days=10)), 5.0, 1)]


def test_the_default_range_is_the_shortest_that_holds_the_log():
    from relaxapp.core.history import fitting_range

    today = date(2026, 11, 26)
    assert fitting_range([], today) == "3 months"
    assert fitting_range([Day(today - timedelta(days=13))], today) == "2 weeks"
    assert fitting_range([Day(today - timedelta(days=14))], today) == "3 months"
    assert fitting_range([Day(today - timedelta(days=300))], today) == "1 year"
    assert fitting_range([Day(today - timedelta(days=365))], today) == "All"


def test_the_trend_sentence_says_down_up_or_the_same_and_no_more():
    from relaxapp.core.history import trend_sentence

    assert trend_sentence([], "3 months", None, 0) == ""
    assert trend_sentence([(0, 5.06), (1, math.nan), (2, 3.44)], "3 months", None, 9) == (
        "Over the last 3 months, your tension after sessions went down from 5.1 to 3.4 "
        "(7-day averages).")
    assert "went up from 3.0 to 4.5" in trend_sentence([(0, 3), (1, 4.5)], "2 weeks", None, 5)
    same = trend_sentence([(0, 4.0), (1, 4.2)], "1 year", None, 5)
    assert same.startswith("Over the last year, your tension after sessions stayed about the same")
    since = trend_sentence([(0, 6), (1, 2)], "All", date(2020, 3, 1), 50)
    assert since.startswith("Since 1 March 2020, your tension after sessions went down")
    assert trend_sentence([(0, 4)], "All", date(2020, 3, 1), 1).startswith(
        "Your tension after your first rated session was 4.")


def test_the_longest_of_several_long_pauses_is_named():
    days = [day(0, sessions=1), day(40, sessions=1), day(120, sessions=1), day(170, sessions=1)]
    assert longest_gap(days) == (MONDAY + timedelta(days=40), MONDAY + timedelta(days=120))
    assert longest_gap([day(0, sessions=1), day(31, sessions=1)]) is not None  # 31 > 30
    assert longest_gap([day(0, sessions=1), day(30, sessions=1)]) is None  # 30 is no pause


def test_a_day_of_exactly_one_minute_keeps_a_streak():
    all_days = [day(0, sessions=1, seconds=60), day(1, sessions=1, seconds=60)]
    assert totals(all_days, all_days, today=MONDAY + timedelta(days=1)).current_streak == 2
    short = [day(0, sessions=1, seconds=59), day(1, sessions=1, seconds=60)]
    assert totals(short, short, today=MONDAY + timedelta(days=1)).current_streak == 1
