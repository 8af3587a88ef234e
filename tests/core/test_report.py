"""What the doctor's report says, worked out without Qt: its period, the change from the
first two weeks to the last two, and the symptoms with their dates, red flags first."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from relaxapp.core.history import Day
from relaxapp.core.report import (
    Period, ReportData, clean_name, compare, dates_text, rated_span, symptom_dates,
)

D = date(2026, 3, 1)


def rated(offset: int, before: float, after: float, n: int = 1) -> Day:
    return Day(D + timedelta(days=offset), sessions=n, seconds=600 * n,
               before_sum=before * n, before_count=n, after_sum=after * n, after_count=n,
               relief_sum=(before - after) * n, relief_count=n)


def test_a_period_counts_both_its_ends_and_refuses_to_run_backwards():
    assert Period.last_days(90, date(2026, 11, 26)) == Period(date(2026, 8, 29), date(2026, 11, 26))
    assert Period(D, D).days == 1
    assert Period(D, D).text() == "1 March 2026 to 1 March 2026"
    with pytest.raises(ValueError, match="starts .1 March 2026. after it ends .28 February 2026."):
        Period(D, D - timedelta(days=1))
    with pytest.raises(ValueError):
        Period.last_days(0, D)


def test_the_first_two_weeks_of_ratings_are_compared_with_the_last_two():
    days = [rated(0, 8, 6), rated(13, 6, 4, n=3),  # the first two weeks: days 0-13
            rated(14, 1, 1), rated(40, 9, 9),  # in neither
            rated(41, 5, 2), rated(54, 3, 2)]  # the last two weeks: days 41-54
    result = compare(days)
    assert result.early == Period(D, D + timedelta(days=13))
    assert result.late == Period(D + timedelta(days=41), D + timedelta(days=54))
    assert result.before == (pytest.approx((8 + 18) / 4), 4, 4.0, 2)
    assert result.after == (pytest.approx((6 + 12) / 4), 4, 2.0, 2)


def test_ratings_spanning_less_than_four_weeks_are_not_compared():
    assert compare([rated(0, 8, 6), rated(26, 4, 3)]) is None  # 27 days: the halves overlap
    assert compare([rated(0, 8, 6), rated(27, 4, 3)]) is not None  # 28 days: two whole fortnights
    assert compare([]) is None
    unrated = Day(D + timedelta(days=60), sessions=1, seconds=600)
    assert compare([rated(0, 8, 6), unrated]) is None  # a day without ratings does not count
    assert rated_span([rated(0, 8, 6), rated(26, 4, 3), unrated]) == 27
    assert rated_span([unrated]) == 0


def test_a_comparison_keeps_before_and_after_apart_when_only_one_was_rated():
    only_after = Day(D + timedelta(days=30), sessions=1, after_sum=3, after_count=1)
    result = compare([rated(0, 8, 6), only_after])
    assert result.before == (8.0, 1, None, 0)
    assert result.after == (6.0, 1, 3.0, 1)


def test_symptoms_list_red_flags_first_emergencies_first_each_with_its_dates():
    events = [(D, "twitching"), (D + timedelta(days=2), "weakness"), (D, "cramps"),
              (D + timedelta(days=5), "chest_pain"), (D + timedelta(days=1), "weakness"),
              (D, "twitching"), (D, "made_up_code")]
    result = symptom_dates(events)
    assert [entry.symptom.code for entry in result] == [
        "chest_pain", "weakness", "twitching", "cramps", "made_up_code"]
    weakness = result[1]
    assert weakness.times == 2 and weakness.dates == (D + timedelta(days=1), D + timedelta(days=2))
    assert result[2].times == 2  # logged twice on one day: both times count
    assert result[-1].symptom.label == "made_up_code"  # an unknown code is kept, not dropped


def test_dates_are_written_out_grouped_by_month_and_the_latest_kept_when_many():
    days = (date(2026, 3, 2), date(2026, 3, 5), date(2026, 3, 5), date(2026, 4, 4))
    assert dates_text(days) == "2 and 5 (×2) March 2026; 4 April 2026"
    assert dates_text((date(2026, 3, 2),)) == "2 March 2026"
    many = tuple(date(2020, 1, 1) + timedelta(days=3 * n) for n in range(40))
    assert dates_text(many, limit=5) == ("on 40 days from 1 January 2020; the latest 5: "
                                         "15, 18, 21, 24 and 27 April 2020")


def test_the_totals_and_the_relief_within_sessions_come_from_the_days():
    unrated = Day(D + timedelta(days=3), sessions=2, seconds=60)
    data = ReportData(Period(D, D + timedelta(days=9)), D, frozenset(),
                      days=[rated(0, 8, 5, n=2), unrated])
    assert (data.sessions, data.seconds, data.days_practised) == (4, 1260, 2)
    short = Day(D + timedelta(days=4), sessions=1, seconds=5)  # a start, not a day's practice
    assert ReportData(Period(D, D + timedelta(days=9)), D, frozenset(),
                      days=[rated(0, 8, 5, n=2), unrated, short]).days_practised == 2
    assert data.within_session == (3.0, 2)
    assert ReportData(Period(D, D), D, frozenset()).within_session == (None, 0)


def test_the_name_is_one_line_and_bounded():
    assert clean_name("  Alex \n\t Example ") == "Alex Example"
    assert len(clean_name("x" * 500)) == 100
    assert clean_name(None) == ""


def test_the_shortest_period_is_one_day():
    assert Period.last_days(1, D) == Period(D, D)
    with pytest.raises(ValueError) as raised:
        Period.last_days(0, D)
    assert str(raised.value) == "a period is at least 1 day"


def test_a_day_rated_only_after_counts_for_the_span():
    only_after = Day(D + timedelta(days=4), sessions=1, after_sum=2, after_count=1)
    assert rated_span([rated(0, 6, 4), only_after]) == 5
    assert rated_span([rated(0, 6, 4), rated(1, 5, 4), only_after]) == 5  # first to last


def test_twenty_four_days_are_all_listed_and_more_are_counted():
    days = tuple(D + timedelta(days=n) for n in range(24))
    assert not dates_text(days).startswith("on ")
    more = days + (D + timedelta(days=30),)
    assert dates_text(more).startswith("on 25 days from 1 March 2026; the latest 24: 2, 3")


def test_known_symptoms_keep_their_labels():
    assert [s.symptom.label for s in symptom_dates([(D, "weakness"), (D, "cramps")])] == [
        "Muscle weakness", "Cramps"]
