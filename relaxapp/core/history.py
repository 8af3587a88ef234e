"""What the history charts show, computed without Qt: trends, relief, practice, totals.

The storage layer hands over one row per day (sums and counts, aggregated in
SQLite), so ten years of sessions, or a million ratings, is a few thousand rows
here. Times are Unix seconds (what pyqtgraph's DateAxisItem takes); a day is the
local calendar day a session happened on, from its own UTC offset.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections import deque
from dataclasses import dataclass
from typing import NamedTuple
from datetime import date, timedelta

from relaxapp.core.stats import STREAK_MIN_SECONDS, streaks
from relaxapp.core.wording import day_text, plural
from relaxapp.core.language import QT_TR_NOOP, SHORT_MONTHS, decimal, tr

# The history's ranges: an id (for code, the report, tests) and its days (None: the whole
# log), and what a person reads. The labels are kept apart from the ids, to be translated.
RANGES: dict[str, int | None] = {"2w": 14, "3m": 91, "1y": 365, "all": None}
RANGE_LABELS = {"2w": QT_TR_NOOP("2 weeks"), "3m": QT_TR_NOOP("3 months"),
                "1y": QT_TR_NOOP("1 year"), "all": QT_TR_NOOP("All")}  # shown through tr
DEFAULT_RANGE = "3m"  # where most logs begin
TREND_DAYS = 7
MIN_TO_RANK = 3  # relief averaged over fewer sessions is shown, but not ranked
GAP_DAYS = 30  # a pause this long is named in the history


@dataclass(frozen=True)
class Day:
    """One day of the log, summed."""

    day: date
    sessions: int = 0
    seconds: int = 0
    before_sum: float = 0
    before_count: int = 0
    after_sum: float = 0
    after_count: int = 0
    relief_sum: float = 0  # before minus after, over sessions rated both times
    relief_count: int = 0


class SessionPoint(NamedTuple):
    """One rated session on a chart."""
    time: float  # unix seconds
    before: int | None
    after: int | None
    title: str
    started_at: str  # as logged (ISO 8601, with the offset)


class SymptomEvent(NamedTuple):
    """One symptom logged, on a chart."""
    time: float  # unix seconds
    day: date
    code: str
    title: str  # of the session it was logged with


_EPOCH = date(1970, 1, 1).toordinal()


def noon(day: date) -> float:
    """A day as one moment on a chart (midday UTC keeps it on its date)."""
    return _noon(day.toordinal())


def _noon(ordinal: int) -> float:
    return (ordinal - _EPOCH) * 86_400.0 + 43_200.0


# The steps a time axis is labelled in: whole days, or weeks (from a Monday), else months
# (from the first of a month) or years. Days a month, to compare the two.
TICK_DAYS = (1, 2, 7, 14)
TICK_MONTHS = (1, 2, 3, 6, 12, 24, 60)
DAYS_A_MONTH = 30.4


def date_ticks(first: date, last: date, min_gap_days: float) -> tuple[float, list[date]]:
    """The days to label on a time axis from ``first`` to ``last``, at least
    ``min_gap_days`` apart, in the smallest step that allows it; with that step in days (to
    choose the labels' form, ``date_label``). The history's charts and the report both label
    their dates so."""
    for days in TICK_DAYS:
        if days >= min_gap_days:
            # Weeks count from the Monday on or before the first day, so that a chart moved
            # along time keeps its labels on the same Mondays.
            start = first - timedelta(days=first.weekday()) if days >= 7 else first
            ticks = (start + timedelta(days=n) for n in range(0, (last - start).days + 1, days))
            return days, [day for day in ticks if day >= first]
    for months in TICK_MONTHS:
        if months * DAYS_A_MONTH >= min_gap_days or months == TICK_MONTHS[-1]:
            ticks, year, month = [], first.year, first.month
            while date(year, month, 1) <= last:
                if date(year, month, 1) >= first and (month - 1) % min(months, 12) == 0 \
                        and year % max(1, months // 12) == 0:
                    ticks.append(date(year, month, 1))
                year, month = (year + 1, 1) if month == 12 else (year, month + 1)
            return months * DAYS_A_MONTH, ticks
    return TICK_MONTHS[-1] * DAYS_A_MONTH, []  # not reached


def date_label(day: date, step_days: float) -> str:
    """A tick's label, as precise as its step: "3 Nov", "Nov 2026" or "2026"."""
    if step_days < 28:
        return tr("{day} {month}", "a chart's date tick").format(
            day=day.day, month=tr(SHORT_MONTHS[day.month - 1]))
    if step_days < 360:
        return f"{tr(SHORT_MONTHS[day.month - 1])} {day.year}"
    return f"{day.year}"



def range_start(name: str, today: date) -> date | None:
    days = RANGES[name]
    return None if days is None else today - timedelta(days=days - 1)


def in_range(days: list[Day], start: date | None) -> list[Day]:
    return days if start is None else [d for d in days if d.day >= start]


def rolling_mean(days: list[Day], total: str, count: str,
                 window_days: int = TREND_DAYS) -> list[tuple[float, float]]:
    """(time, mean of every value in the ``window_days`` days up to each day with values).

    A pause longer than the window gets a NaN point, so the line has a gap there
    instead of a straight stroke across months without data. Days are handled as
    ordinals: this runs on every range switch, over up to years of days.
    """
    result: list[tuple[float, float]] = []
    window: deque[tuple[int, float, int]] = deque()
    value_sum, value_count = 0.0, 0
    previous = None
    for entry in days:
        n = getattr(entry, count)
        if not n:
            continue
        ordinal = entry.day.toordinal()
        if previous is not None and ordinal - previous > window_days:
            result.append((_noon(previous + 1), math.nan))
        previous = ordinal
        value = getattr(entry, total)
        window.append((ordinal, value, n))
        value_sum += value
        value_count += n
        while window[0][0] <= ordinal - window_days:
            _, old_value, old_n = window.popleft()
            value_sum -= old_value
            value_count -= old_n
        result.append((_noon(ordinal), value_sum / value_count))
    return result


def range_trend(days: list[Day], measure: str, start: date | None) -> list[tuple[float, float]]:
    """The 7-day trend of "before", "after" or "relief" over a range starting on ``start``
    (None: the whole log). Its first days still average the week before, as a 7-day mean
    should; ``days`` must reach back that far."""
    total, count = f"{measure}_sum", f"{measure}_count"
    if start is None:
        return rolling_mean(days, total, count)
    lookback = start - timedelta(days=TREND_DAYS)
    return trend_since(rolling_mean([d for d in days if d.day >= lookback], total, count), start)


def trend_since(trend: list[tuple[float, float]], start: date | None) -> list[tuple[float, float]]:
    """The points of a trend from ``start``'s day on. Given the whole log's trend, these are
    ``range_trend``'s points for a range from ``start`` (which looks a week back anyway),
    without working them out again on each range switch."""
    if start is None:
        return trend
    return trend[bisect_left(trend, noon(start) - 43_200, key=lambda point: point[0]):]


MEASURES = ("before", "after", "relief")


def weekly_means(days: list[Day]) -> dict[str, list[tuple[float, float, int]]]:
    """For "before", "after" and "relief": (time of the week's middle, mean, number of
    values) for each week with values. Weeks start on Monday (ordinal 1, 1 January of year
    1, was a Monday). One pass for the three: decades of days are read once."""
    weeks: dict[int, list] = {}
    for entry in days:
        ordinal = entry.day.toordinal()
        week = ordinal - (ordinal - 1) % 7
        sums = weeks.get(week)
        if sums is None:
            sums = weeks[week] = [0.0, 0, 0.0, 0, 0.0, 0]
        sums[0] += entry.before_sum
        sums[1] += entry.before_count
        sums[2] += entry.after_sum
        sums[3] += entry.after_count
        sums[4] += entry.relief_sum
        sums[5] += entry.relief_count
    ordered = sorted(weeks.items())
    return {measure: [(_noon(week + 3), sums[2 * index] / sums[2 * index + 1],
                       sums[2 * index + 1]) for week, sums in ordered if sums[2 * index + 1]]
            for index, measure in enumerate(MEASURES)}


@dataclass(frozen=True)
class ScriptRelief:
    title: str
    session_id: str | None
    mean_relief: float
    sessions: int

    @property
    def ranked(self) -> bool:
        return self.sessions >= MIN_TO_RANK


def rank_relief(rows: list[ScriptRelief]) -> list[ScriptRelief]:
    """Ranked ones first (best relief first), then those with too few sessions to rank."""
    return sorted(rows, key=lambda r: (not r.ranked, -r.mean_relief, -r.sessions, r.title))


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def practice_minutes(days: list[Day], by: str = "day") -> list[tuple[date, float]]:
    """Minutes practised per day or per week (weeks start on Monday), oldest first."""
    totals: dict[date, float] = {}
    for entry in days:
        key = entry.day if by == "day" else week_start(entry.day)
        totals[key] = totals.get(key, 0.0) + entry.seconds / 60
    return sorted(totals.items())


@dataclass(frozen=True)
class Totals:
    sessions: int
    minutes: float
    days_practised: int
    current_streak: int
    longest_streak: int
    rated: int  # sessions rated both before and after


def is_practice_day(day: Day) -> bool:
    """A day counts as practised as a streak counts it: a start of a few seconds is not one
    (Today, History, the report and stats agree)."""
    return day.seconds >= STREAK_MIN_SECONDS


def streaks_of(all_days: list[Day], today: date) -> tuple[int, int]:
    """(current, longest) streak over the whole log: a streak has no range."""
    return streaks({d.day for d in all_days if is_practice_day(d)}, today)


def totals(days: list[Day], all_days: list[Day], today: date,
           current: int | None = None) -> Totals:
    """Totals of a range: its longest streak, and the log's current one (``current`` if
    already worked out), as the report and ``relaxapp stats`` count them."""
    if current is None:
        current, _ = streaks_of(all_days, today)
    _, longest = streaks_of(days, today)
    return Totals(
        sessions=sum(d.sessions for d in days), minutes=sum(d.seconds for d in days) / 60,
        days_practised=sum(1 for d in days if is_practice_day(d)), current_streak=current,
        longest_streak=longest, rated=sum(d.relief_count for d in days),
    )


def longest_gap(days: list[Day]) -> tuple[date, date] | None:
    """The longest stretch without practice, if longer than GAP_DAYS: (last day, next day)."""
    active = [d.day for d in days if d.sessions]
    best = None
    for earlier, later in zip(active, active[1:]):
        if (later - earlier).days > GAP_DAYS and \
                (best is None or (later - earlier) > (best[1] - best[0])):
            best = (earlier, later)
    return best


def fitting_range(all_days: list[Day], today: date) -> str:
    """The shortest range that holds the whole log, so a few sessions are not squeezed
    into the edge of months; DEFAULT_RANGE for an empty log."""
    if not all_days:
        return DEFAULT_RANGE
    for name, days in RANGES.items():
        if days is not None and all_days[0].day >= today - timedelta(days=days - 1):
            return name
    return "all"


PERIOD_WORDS = {"2w": QT_TR_NOOP("the last 2 weeks"), "3m": QT_TR_NOOP("the last 3 months"),
                "1y": QT_TR_NOOP("the last year")}  # shown through tr
# A trend sentence's opening: whole, as a language may put the rest of the sentence after it.
OVER_PERIOD = {"2w": QT_TR_NOOP("Over the last 2 weeks"),
               "3m": QT_TR_NOOP("Over the last 3 months"), "1y": QT_TR_NOOP("Over the last year")}
SAME_WITHIN = 0.3  # points: a smaller change in the average is called "about the same"


COMPARE_DAYS = 14  # a span's first two weeks of ratings against its last two


def mean_of(days: list[Day], measure: str) -> tuple[float | None, int]:
    """The mean of ``measure`` ("before", "after") over ``days``, and how many ratings."""
    count = sum(getattr(d, f"{measure}_count") for d in days)
    total = sum(getattr(d, f"{measure}_sum") for d in days)
    return (total / count if count else None), count


def first_and_last(rated: list[Day], window_days: int) -> tuple[list[Day], list[Day]]:
    """The days in the first ``window_days`` of ``rated``'s span, and in its last."""
    return ([d for d in rated if (d.day - rated[0].day).days < window_days],
            [d for d in rated if (rated[-1].day - d.day).days < window_days])


def trend_sentence(days: list[Day], range_id: str, first_day: date | None) -> str:
    """One plain sentence on the tension after sessions in a range, like with like: the
    average of the first two weeks of its ratings against the last two (as the report
    compares them), or of the first half of their span against the second when they span
    less than four weeks; with how many ratings each rests on, and never more than the
    data says."""
    rated = [d for d in days if d.after_count]
    if not rated:
        return ""
    mean, count = mean_of(rated, "after")
    if count < 2:
        return tr("Your tension after your first rated session was {rating}. The trend shows "
                  "once more sessions are rated.").format(rating=f"{mean:.0f}")
    span = (rated[-1].day - rated[0].day).days + 1
    if span < 2:
        return tr("Your tension after sessions was {mean} on average ({ratings}, on one "
                  "day). The trend shows once sessions on more days are rated.").format(
            mean=decimal(mean), ratings=plural(count, "rating"))
    window = COMPARE_DAYS if span >= 2 * COMPARE_DAYS else span // 2
    (first, early), (last, late) = (mean_of(part, "after")
                                    for part in first_and_last(rated, window))
    if range_id in OVER_PERIOD:
        over = tr(OVER_PERIOD[range_id])
    else:
        over = tr("Since {day}").format(day=day_text(first_day)) if first_day else \
            tr("Since the start")
    part = tr("two weeks") if window == COMPARE_DAYS else tr("day") if window == 1 else \
        plural(window, "day")
    basis = tr("averages of the first and the last {part}: {early} and {late}").format(
        part=part, early=plural(early, "rating"), late=plural(late, "rating"))
    words = dict(over=over, first=decimal(first), last=decimal(last), basis=basis)
    # Rounded first: 4.0 - 3.7 is 0.2999... in floating point, and a change of 0.3 is a change.
    if round(abs(last - first), 9) < SAME_WITHIN:
        return tr("{over}, your tension after sessions stayed about the same: {first}, then "
                  "{last} ({basis}).").format(**words)
    if last < first:
        return tr("{over}, your tension after sessions went down from {first} to {last} "
                  "({basis}).").format(**words)
    return tr("{over}, your tension after sessions went up from {first} to {last} "
              "({basis}).").format(**words)
