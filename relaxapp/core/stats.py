"""Summaries of the practice log: totals, average tension, streaks. Qt-free."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Iterable

from relaxapp.core.records import Status

# A day counts towards a streak once this much practice is logged on it, so an
# accidental start of a few seconds does not keep a streak alive.
STREAK_MIN_SECONDS = 60


@dataclass(frozen=True)
class PracticeEntry:
    """The few facts about one logged session that statistics need."""

    started_at: datetime  # aware; its own offset gives the local day it happened on
    practiced_seconds: int
    status: str
    tension_before: int | None = None
    tension_after: int | None = None


@dataclass(frozen=True)
class Summary:
    sessions: int
    completed: int
    practiced_seconds: int
    average_before: float | None
    rated_before: int
    average_after: float | None
    rated_after: int
    average_relief: float | None  # before minus after, over sessions rated both times
    rated_both: int
    current_streak: int
    longest_streak: int


def practice_days(entries: Iterable[PracticeEntry]) -> set[date]:
    seconds: dict[date, int] = {}
    for entry in entries:
        _add_day(seconds, entry)
    return _days_counted(seconds)


def _add_day(seconds: dict[date, int], entry: PracticeEntry) -> None:
    day = entry.started_at.date()
    seconds[day] = seconds.get(day, 0) + entry.practiced_seconds


def _days_counted(seconds: dict[date, int]) -> set[date]:
    """The days with enough practice in all to count in a streak."""
    return {day for day, total in seconds.items() if total >= STREAK_MIN_SECONDS}


def streaks(days: set[date], today: date) -> tuple[int, int]:
    """(current, longest) runs of consecutive practice days.

    The current streak is still alive on a day not yet practised: it counts back
    from today, or from yesterday when today has no practice so far.
    """
    longest = run = 0
    previous = None
    for day in sorted(days):
        run = run + 1 if previous is not None and day - previous == timedelta(days=1) else 1
        longest = max(longest, run)
        previous = day
    current = 0
    day = today if today in days else today - timedelta(days=1)
    while day in days:
        current += 1
        day -= timedelta(days=1)
    return current, longest


def summarize(entries: Iterable[PracticeEntry], today: date,
              whole_log: Iterable[PracticeEntry] | None = None) -> Summary:
    """In one pass over ``entries`` (a million are read as they come, not held)."""
    sessions = completed = practiced = 0
    before, after, relief = _Mean(), _Mean(), _Mean()
    seconds_by_day: dict[date, int] = {}
    for entry in entries:
        sessions += 1
        completed += entry.status == Status.COMPLETED
        practiced += entry.practiced_seconds
        before.add(entry.tension_before)
        after.add(entry.tension_after)
        if entry.tension_before is not None and entry.tension_after is not None:
            relief.add(entry.tension_before - entry.tension_after)
        _add_day(seconds_by_day, entry)
    days = _days_counted(seconds_by_day)
    # The longest run within these entries; the current one as the whole log has it (a
    # run that began before a range's first day is still going).
    _, longest = streaks(days, today)
    current, _ = streaks(days if whole_log is None else practice_days(whole_log), today)
    return Summary(
        sessions=sessions, completed=completed, practiced_seconds=practiced,
        average_before=before.value, rated_before=before.count,
        average_after=after.value, rated_after=after.count,
        average_relief=relief.value, rated_both=relief.count,
        current_streak=current, longest_streak=longest,
    )


class _Mean:
    """A mean kept as it goes; None values are not counted."""

    def __init__(self):
        self.total = self.count = 0

    def add(self, value: int | None) -> None:
        if value is not None:
            self.total += value
            self.count += 1

    @property
    def value(self) -> float | None:
        return self.total / self.count if self.count else None
