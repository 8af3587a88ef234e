"""The heart over weeks: what the history's Heart tab and the report say of the sessions a
heart-rate sensor measured. Qt-free and without numpy (a session is one row of the log).

It reports what was measured, with its counts, and never scores it: the rise and fall with
the breath (the heart rate's peak to trough within each breath, while breathing at a set
pace), the session's average heart rate and RMSSD, and the pace the resonance finder
measured. Slow breathing at a person's resonance pace makes that rise and fall largest
(Lehrer, Vaschillo & Vaschillo 2000); the words say so and no more.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from statistics import fmean
from typing import NamedTuple

from relaxapp.core.history import COMPARE_DAYS, noon, rolling_mean
from relaxapp.core.language import decimal, tr
from relaxapp.core.wording import plural, short_day_text


class HeartPoint(NamedTuple):
    """One session a sensor measured, as the log keeps it (storage.log.HEART_COLUMNS)."""
    time: float  # unix seconds the session began
    day: date  # its local day
    title: str
    beats: int
    mean_bpm: float
    rmssd_ms: float
    swing_bpm: float | None  # None: no paced breathing in the session
    corrected_share: float
    resonance_bpm: float | None  # the resonance finder's measured pace
    started_at: str = ""  # as logged (ISO 8601, with the offset)


class _DaySum(NamedTuple):
    """A day's rises and falls summed, in the shape core.history.rolling_mean reads."""
    day: date
    total: float
    count: int


@dataclass(frozen=True)
class HeartOverview:
    """The sessions measured in a range, summed up."""

    sessions: int
    first: date
    last: date
    mean_bpm: float  # the sessions' average heart rates, averaged
    rmssd_ms: float
    swing: tuple[float | None, int]  # the rises and falls averaged, over how many sessions
    # The first two weeks of rises and falls against the last two: (mean, n, mean, n), or
    # None when they span less than four weeks.
    change: tuple[float, int, float, int] | None
    resonance: tuple[date, float] | None  # the latest pace the resonance finder measured
    corrected_share: float  # of the intervals, put right as artefacts, averaged

    def lines(self) -> list[str]:
        """What the history says beside its chart, a sentence a line."""
        said = [tr("{sessions} measured with a heart-rate sensor, from {first} to {last}.").format(
            sessions=plural(self.sessions, "session"), first=short_day_text(self.first),
            last=short_day_text(self.last))]
        swing, counted = self.swing
        if swing is None:
            said.append(tr("None of them had paced breathing, so the rise and fall with the "
                           "breath was not measured."))
        else:
            said.append(tr("With your breath, your heart rate rose and fell by {swing} beats a "
                           "minute on average ({sessions} with paced breathing).").format(
                swing=decimal(swing), sessions=plural(counted, "session")))
        if self.change is not None:
            early, early_n, late, late_n = self.change
            said.append(tr("In the first two weeks: {early} ({early_sessions}); in the last "
                           "two: {late} ({late_sessions}).").format(
                early=decimal(early), early_sessions=plural(early_n, "session"),
                late=decimal(late), late_sessions=plural(late_n, "session")))
        said.append(tr("Average heart rate: {bpm} beats a minute. Beat-to-beat variation "
                       "(RMSSD): {rmssd} ms.").format(bpm=round(self.mean_bpm),
                                                      rmssd=round(self.rmssd_ms)))
        if self.resonance is not None:
            day, pace = self.resonance
            said.append(tr("The resonance finder last measured {pace} breaths a minute, on "
                           "{day}.").format(pace=decimal(pace), day=short_day_text(day)))
        if self.corrected_share > 0.1:
            said.append(tr("The sensor missed or added many beats, so these figures are "
                           "rough."))
        return said


def in_range(points: list[HeartPoint], start: date | None,
             end: date | None = None) -> list[HeartPoint]:
    return [p for p in points if (start is None or p.day >= start)
            and (end is None or p.day <= end)]


def overview(points: list[HeartPoint]) -> HeartOverview | None:
    """The sessions measured, summed up; None for none."""
    if not points:
        return None
    swings = [p for p in points if p.swing_bpm is not None]
    change = None
    if swings and (swings[-1].day - swings[0].day).days + 1 >= 2 * COMPARE_DAYS:
        early = [p.swing_bpm for p in swings
                 if p.day < swings[0].day + timedelta(days=COMPARE_DAYS)]
        late = [p.swing_bpm for p in swings
                if p.day > swings[-1].day - timedelta(days=COMPARE_DAYS)]
        change = (fmean(early), len(early), fmean(late), len(late))
    found = [p for p in points if p.resonance_bpm is not None]
    return HeartOverview(
        sessions=len(points), first=points[0].day, last=points[-1].day,
        mean_bpm=fmean(p.mean_bpm for p in points), rmssd_ms=fmean(p.rmssd_ms for p in points),
        swing=(fmean(p.swing_bpm for p in swings) if swings else None, len(swings)),
        change=change,
        resonance=(found[-1].day, found[-1].resonance_bpm) if found else None,
        corrected_share=fmean(p.corrected_share for p in points))


def swing_trend(points: list[HeartPoint], start: date | None) -> list[tuple[float, float]]:
    """The 7-day average of the rise and fall with the breath, from ``start`` (None: all), a
    point a day with sessions, its first days still averaging the week before; a gap (NaN)
    after a pause longer than a week. ``points`` must reach back a week before ``start``."""
    days: dict[date, list[float]] = {}
    for point in points:
        if point.swing_bpm is not None:
            days.setdefault(point.day, []).append(point.swing_bpm)
    trend = rolling_mean([_DaySum(day, sum(values), len(values))
                          for day, values in sorted(days.items())], "total", "count")
    if start is None:
        return trend
    return [(time, value) for time, value in trend if time >= noon(start) - 43_200]
