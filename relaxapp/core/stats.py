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


def _mean(values: list[int]) -> float | None:
    return sum(values) / len(values) if values else None


def practice_days(entries: Iterable[PracticeEntry]) -> set[date]:
    seconds: dict[date, int] = {}
    for entry in entries:
        day = entry.started_at.date()
        seconds[day] = seconds.get(day, 0) + entry.practiced_seconds
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
    entries = list(entries)
    before = [e.tension_before for e in entries if e.tension_before is not None]
    after = [e.tension_after for e in entries if e.tension_after is not None]
    relief = [e.tension_before - e.tension_after for e in entries
              if e.tension_before is not None and e.tension_after is not None]
    # The longest run within these entries; the current one as the whole log has it (a
    # run that began before a range's first day is still going).
    _, longest = streaks(practice_days(entries), today)
    current, _ = streaks(practice_days(entries if whole_log is None else whole_log), today)
    return Summary(
        sessions=len(entries),
        completed=sum(e.status == Status.COMPLETED for e in entries),
        practiced_seconds=sum(e.practiced_seconds for e in entries),
        average_before=_mean(before), rated_before=len(before),
        average_after=_mean(after), rated_after=len(after),
        average_relief=_mean(relief), rated_both=len(relief),
        current_streak=current, longest_streak=longest,
    )
