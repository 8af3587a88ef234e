"""The heart over weeks, as the history and the report say it: figures that are the log's,
with their counts, and a 7-day average that breaks over a pause."""

from __future__ import annotations

import math
from datetime import date, timedelta

from relaxapp.core.history import noon
from relaxapp.heart.trends import HeartPoint, in_range, overview, swing_trend

FIRST = date(2026, 9, 1)


def point(day: int, swing=10.0, bpm=66.0, rmssd=40.0, resonance=None, share=0.0):
    on = FIRST + timedelta(days=day)
    return HeartPoint(noon(on), on, "Paced breathing", 500, bpm, rmssd, swing, share, resonance)


def test_nothing_measured_says_nothing():
    assert overview([]) is None


def test_the_figures_are_the_sessions_means_with_their_counts():
    measured = [point(0, 8, 70, 30), point(1, None, 64, 50), point(2, 12, 62, 40, resonance=5.5)]
    summary = overview(measured)
    assert summary.sessions == 3 and (summary.first, summary.last) == (FIRST, FIRST + timedelta(2))
    assert summary.swing == (10.0, 2)  # the session without paced breathing is not counted
    assert math.isclose(summary.mean_bpm, 65.333, abs_tol=0.001)
    assert math.isclose(summary.rmssd_ms, 40.0)
    assert summary.change is None  # three days: no first and last two weeks to compare
    assert summary.resonance == (FIRST + timedelta(2), 5.5)
    lines = summary.lines()
    assert lines[1] == ("With your breath, your heart rate rose and fell by 10.0 beats a "
                        "minute on average (2 sessions with paced breathing).")
    assert lines[2] == "Average heart rate: 65 beats a minute. Beat-to-beat variation (RMSSD): 40 ms."
    assert lines[3].startswith("The resonance finder last measured 5.5 breaths a minute, on ")
    assert not any("rough" in line for line in lines)


def test_four_weeks_or_more_compare_the_first_two_with_the_last_two():
    measured = [point(day, swing=6 + day / 5) for day in range(0, 35, 2)]
    summary = overview(measured)
    early = [6 + day / 5 for day in range(0, 14, 2)]
    late = [6 + day / 5 for day in range(22, 35, 2)]
    assert summary.change == (sum(early) / 7, 7, sum(late) / 7, 7)
    assert "In the first two weeks: 7.2 (7 sessions); in the last two: 11.6 (7 sessions)." \
        in summary.lines()


def test_rough_figures_are_called_rough():
    assert "so these figures are rough" in overview([point(0, share=0.2)]).lines()[-1]


def test_the_seven_day_average_breaks_over_a_pause_and_looks_a_week_back():
    measured = [point(0, 8), point(1, 10), point(2, None), point(20, 4), point(21, 6)]
    trend = swing_trend(measured, None)
    assert [value for _, value in trend][:2] == [8.0, 9.0]
    assert math.isnan(trend[2][1])  # the pause: a gap, not a line across it
    assert [value for _, value in trend][3:] == [4.0, 5.0]
    since = swing_trend(measured, FIRST + timedelta(days=1))
    assert since[0] == (noon(FIRST + timedelta(days=1)), 9.0)  # day 0 still counts
    assert in_range(measured, FIRST + timedelta(days=2), FIRST + timedelta(days=20)) == \
        measured[2:4]
