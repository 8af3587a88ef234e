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
    assert range_start("2w", MONDAY) == MONDAY - timedelta(days=13)
    assert range_start("all", MONDAY) is None
    days = [day(0, sessions=1), day(10, sessions=1), day(100, sessions=1), day(101, sessions=1)]
    assert longest_gap(days) == (MONDAY + timedelta(days=10), MONDAY + timedelta(days=100))
    assert longest_gap(days[:2]) is None


def test_weekly_means_weight_every_value():
    days = [day(0, before_sum=12, before_count=2, relief_sum=4, relief_count=2),
            day(4, before_sum=3, before_count=1, after_sum=2, after_count=1),
            day(8, before_sum=5, before_count=1), day(9),
            day(15, after_sum=9, after_count=3)]
    weeks = weekly_means(days)
    assert weeks["before"] == [
        (noon(MONDAY + timedelta(days=3)), 5.0, 3), (noon(MONDAY + timedelta(days=10)), 5.0, 1)]
    # each measure has only the weeks with its own values
    assert weeks["after"] == [(noon(MONDAY + timedelta(days=3)), 2.0, 1),
                              (noon(MONDAY + timedelta(days=17)), 3.0, 3)]
    assert weeks["relief"] == [(noon(MONDAY + timedelta(days=3)), 2.0, 2)]
    assert weekly_means([]) == {"before": [], "after": [], "relief": []}


def test_the_default_range_is_the_shortest_that_holds_the_log():
    from relaxapp.core.history import fitting_range

    today = date(2026, 11, 26)
    assert fitting_range([], today) == "3m"
    assert fitting_range([Day(today - timedelta(days=13))], today) == "2w"
    assert fitting_range([Day(today - timedelta(days=14))], today) == "3m"
    assert fitting_range([Day(today - timedelta(days=300))], today) == "1y"
    assert fitting_range([Day(today - timedelta(days=365))], today) == "all"


def after(offset: int, *ratings: float) -> Day:
    return day(offset, sessions=len(ratings), after_sum=sum(ratings), after_count=len(ratings))


def test_the_trend_sentence_says_down_up_or_the_same_and_no_more():
    from relaxapp.core.history import trend_sentence

    assert trend_sentence([], "3m", None) == ""
    three_months = [after(n, 5.0 if n < 45 else 3.4) for n in range(0, 90, 3)]
    assert trend_sentence(three_months, "3m", None) == (
        "Over the last 3 months, your tension after sessions went down from 5.0 to 3.4 ("
        "averages of the first and the last two weeks: 5 ratings and 5 ratings).")
    assert "went up from 3.0 to 4.5" in trend_sentence([after(0, 3), after(13, 4.5)], "2w",
                                                       None)
    same = trend_sentence([after(0, 4.0), after(200, 4.2)], "1y", None)
    assert same.startswith("Over the last year, your tension after sessions stayed about the same")
    since = trend_sentence([after(0, 6), after(60, 2)], "all", date(2020, 3, 1))
    assert since.startswith("Since 1 March 2020, your tension after sessions went down")
    assert trend_sentence([after(0, 4)], "all", date(2020, 3, 1)).startswith(
        "Your tension after your first rated session was 4.")


def test_the_trend_sentence_compares_like_with_like_not_a_first_day_alone():
    """Six months: a first day of two low ratings, then a month around 4.4, falling to about
    1.9 in the last month. The 7-day averages of the first and last day said "from 2.5 to
    2.1"; the chart showed a fall from over 4 to under 2."""
    from relaxapp.core.history import trend_sentence

    days = [after(0, 2, 3)] + [after(n, 4.4) for n in range(1, 30)] + \
        [after(n, 3.0) for n in range(30, 150, 2)] + [after(n, 1.9) for n in range(150, 180)]
    sentence = trend_sentence(days, "all", MONDAY)
    assert sentence.startswith("Since 2 November 2026, your tension after sessions went down "
                               "from 4.1 to 1.9 (averages of the first and the last two weeks: "
                               "15 ratings and 14 ratings).")


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


def test_a_day_on_the_chart_is_its_noon_in_unix_time():
    assert noon(date(1970, 1, 1)) == 43_200.0
    assert noon(date(1970, 1, 3)) == 2 * 86_400.0 + 43_200.0
    assert noon(date(2026, 3, 1)) == 1_772_366_400.0


def test_a_trend_breaks_only_at_a_pause_longer_than_its_window():
    week = [day(0, after_sum=4, after_count=1), day(7, after_sum=2, after_count=1)]
    assert [v for _, v in rolling_mean(week, "after_sum", "after_count")] == [4.0, 2.0]  # 7: no break
    gap = [day(0, after_sum=4, after_count=1), day(8, after_sum=2, after_count=1)]
    trend = rolling_mean(gap, "after_sum", "after_count")
    assert trend[1][0] == noon(MONDAY + timedelta(days=1)) and math.isnan(trend[1][1])
    assert trend[2] == (noon(MONDAY + timedelta(days=8)), 2.0)


def test_old_ratings_leave_the_window_with_their_weight():
    days = [day(0, after_sum=30, after_count=3), day(2, after_sum=1, after_count=1),
            day(7, after_sum=2, after_count=1), day(8, after_sum=3, after_count=1)]
    assert [v for _, v in rolling_mean(days, "after_sum", "after_count")] == [
        10.0, 7.75, 1.5, 2.0]  # day 0's three ratings leave on day 7; day 2's stay to day 8


def test_a_ranges_trend_looks_back_a_week_and_starts_on_its_first_day():
    from relaxapp.core.history import range_trend

    days = [day(-7, after_sum=9, after_count=1), day(-6, after_sum=8, after_count=1),
            day(0, after_sum=2, after_count=1)]
    assert range_trend(days, "after", None) == rolling_mean(days, "after_sum", "after_count")
    assert range_trend(days, "after", MONDAY) == [(noon(MONDAY), 5.0)]  # (8 + 2) / 2; day -7 is out
    assert range_trend(days, "before", MONDAY) == []
    assert range_trend([day(-1, after_sum=6, after_count=1)], "after", MONDAY) == []


def test_in_range_keeps_the_days_from_its_start():
    from relaxapp.core.history import in_range

    days = [day(-1, sessions=1), day(0, sessions=1), day(1, sessions=1)]
    assert in_range(days, None) is days
    assert [d.day for d in in_range(days, MONDAY)] == [MONDAY, MONDAY + timedelta(days=1)]


def test_equal_relief_is_ranked_by_more_sessions_then_title():
    rows = [ScriptRelief("B", "b", 2.0, 3), ScriptRelief("A", "a", 2.0, 3),
            ScriptRelief("C", "c", 2.0, 9)]
    assert [r.title for r in rank_relief(rows)] == ["C", "A", "B"]


def test_totals_count_only_days_with_practice_and_take_a_given_current_streak():
    days = [day(0, sessions=1, seconds=0), day(1, sessions=1, seconds=1),
            day(2, sessions=2, seconds=600, relief_count=1)]
    result = totals(days, days, today=MONDAY + timedelta(days=2), current=7)
    # the current streak as given (the whole log's); the longest, this range's own; a day of
    # 1 s is no day of practice, as for a streak
    assert (result.days_practised, result.current_streak, result.longest_streak) == (1, 7, 1)
    assert (result.sessions, result.minutes, result.rated) == (4, 601 / 60, 1)


def test_of_two_equal_pauses_the_first_is_named():
    days = [day(0, sessions=1), day(40, sessions=1), day(80, sessions=1)]
    assert longest_gap(days) == (MONDAY, MONDAY + timedelta(days=40))


def test_the_trend_sentence_at_its_edges():
    from relaxapp.core.history import trend_sentence

    assert trend_sentence([after(0, 4.0)], "2w", None) == (
        "Your tension after your first rated session was 4. The trend shows once more "
        "sessions are rated.")
    assert trend_sentence([after(0, 4.0, 5.0)], "2w", None) == (
        "Your tension after sessions was 4.5 on average (2 ratings, on one day). The trend "
        "shows once sessions on more days are rated.")
    assert trend_sentence([after(0, 4.0), after(1, 5.0)], "all", None) == (
        "Since the start, your tension after sessions went up from 4.0 to 5.0 (averages of "
        "the first and the last day: 1 rating and 1 rating).")
    # Under four weeks of ratings: the first half of their span against the second.
    assert trend_sentence([after(0, 4.0), after(3, 3.0), after(9, 3.8)], "2w", None) == (
        "Over the last 2 weeks, your tension after sessions went up from 3.5 to 3.8 ("
        "averages of the first and the last 5 days: 2 ratings and 1 rating).")
    assert "stayed about the same: 3.5, then 3.7" in trend_sentence(
        [after(0, 4.0), after(3, 3.0), after(9, 3.7)], "2w", None)
    assert "went down from 4.0 to 3.7" in trend_sentence([after(0, 4.0), after(9, 3.7)],
                                                         "2w", None)
    assert "went up from 4.0 to 4.3" in trend_sentence([after(0, 4.0), after(9, 4.3)],
                                                       "2w", None)


def test_a_ranges_trend_is_its_part_of_the_whole_logs():
    import random

    from relaxapp.core.history import range_trend, trend_since

    rng = random.Random(7)
    days, offset = [], 0
    for _ in range(300):  # practice most days, with pauses of up to three weeks
        offset += rng.choice([1, 1, 1, 2, 3, 9, 22])
        n = rng.randint(0, 2)
        days.append(day(offset, before_sum=5.0 * n, before_count=n, after_sum=3.0 * n,
                        after_count=n, relief_sum=2.0 * n, relief_count=n))
    for measure in ("before", "after", "relief"):
        whole = range_trend(days, measure, None)
        assert any(math.isnan(value) for _, value in whole)  # the pauses are in it
        for start in [None] + [MONDAY + timedelta(days=d) for d in range(-3, offset + 10, 5)]:
            expected = range_trend(days, measure, start)
            got = trend_since(whole, start)
            assert [(t, round(v, 9)) for t, v in got if not math.isnan(v)] == \
                [(t, round(v, 9)) for t, v in expected if not math.isnan(v)]
            assert [t for t, v in got if math.isnan(v)] == [t for t, v in expected if math.isnan(v)]



def test_date_ticks_take_the_smallest_step_that_keeps_labels_apart():
    from relaxapp.core.history import date_label, date_ticks

    first, last = date(2026, 11, 4), date(2026, 11, 30)  # a Wednesday to a Monday
    step, days = date_ticks(first, last, 1)
    assert step == 1 and days[0] == first and days[-1] == last and len(days) == 27
    step, days = date_ticks(first, last, 5)
    assert step == 7 and all(day.weekday() == 0 for day in days)  # Mondays
    assert days[0] == date(2026, 11, 9) and days[-1] == last
    assert date_label(days[0], step) == "9 Nov"
    step, days = date_ticks(first, last, 10)  # fortnights, from the Monday before the first day
    assert step == 14 and days == [date(2026, 11, 16), date(2026, 11, 30)]
    step, days = date_ticks(date(2026, 1, 15), date(2026, 12, 31), 40)
    assert step == 2 * 30.4 and days == [date(2026, m, 1) for m in (3, 5, 7, 9, 11)]
    assert date_label(days[0], step) == "Mar 2026"
    step, days = date_ticks(date(2016, 12, 4), date(2026, 12, 3), 360)
    assert days == [date(y, 1, 1) for y in range(2017, 2027)]
    assert date_label(days[0], step) == "2017"
    step, days = date_ticks(date(1990, 1, 1), date(2026, 12, 3), 10_000)  # wider than any step
    assert step == 60 * 30.4 and days == [date(y, 1, 1) for y in range(1990, 2027, 5)]
