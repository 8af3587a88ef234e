"""Practice reminders: which are due now. Qt-free, with time passed in.

A reminder is due when its time of day passes, on one of its days, while the app
is running. One missed by more than ``GRACE`` (the app was closed, the machine was
asleep) is dropped, not fired late: a burst of stale reminders after a night's
sleep would nag, not help. "Later" snoozes it for ``SNOOZE``.
"""

from __future__ import annotations

from relaxapp.core.language import QT_TR_NOOP

import re
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

GRACE = timedelta(minutes=2)
SNOOZE = timedelta(minutes=10)
DAY_NAMES = (QT_TR_NOOP("Mon"), QT_TR_NOOP("Tue"), QT_TR_NOOP("Wed"), QT_TR_NOOP("Thu"),
             QT_TR_NOOP("Fri"), QT_TR_NOOP("Sat"), QT_TR_NOOP("Sun"))  # shown through tr
_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


@dataclass(frozen=True)
class Reminder:
    at: time
    days: frozenset[int] = frozenset(range(7))  # 0 is Monday
    session_id: str = "resonance-6"

    def to_text(self) -> str:
        """'08:00 Mon,Tue resonance-6', the form kept in the settings file."""
        days = ",".join(DAY_NAMES[d] for d in sorted(self.days))
        return f"{self.at.strftime('%H:%M')} {days} {self.session_id}"

    @classmethod
    def from_text(cls, text: str) -> Reminder:
        parts = text.split()
        if len(parts) != 3 or not _TIME.fullmatch(parts[0]):
            raise ValueError(f"not a reminder: {text!r}")
        hour, minute = map(int, parts[0].split(":"))
        names = parts[1].split(",")
        if any(name not in DAY_NAMES for name in names):
            raise ValueError(f"unknown day in {text!r}")
        return cls(time(hour, minute), frozenset(DAY_NAMES.index(n) for n in names), parts[2])

    def occurrences(self, start: datetime, end: datetime) -> list[datetime]:
        """The moments of this reminder in (start, end], in the times' own time zone."""
        found = []
        day = start.date()
        while day <= end.date():
            if day.weekday() in self.days:
                moment = datetime.combine(day, self.at, tzinfo=start.tzinfo)
                if start < moment <= end:
                    found.append(moment)
            day += timedelta(days=1)
        return found


@dataclass
class Schedule:
    """Decides, each time it is asked, which reminders to show now."""

    reminders: list[Reminder] = field(default_factory=list)
    last_check: datetime | None = None
    snoozed: list[tuple[datetime, Reminder]] = field(default_factory=list)

    def due(self, now: datetime) -> list[Reminder]:
        """Reminders to show at ``now``; each occurrence is shown at most once."""
        if self.last_check is None or now < self.last_check:
            self.last_check = now  # first look, or the clock went back: nothing is owed
            return []
        start, self.last_check = self.last_check, now
        shown = []
        for reminder in self.reminders:
            moments = reminder.occurrences(start, now)
            if moments and now - moments[-1] <= GRACE:
                shown.append(reminder)
        still = []
        for wake, reminder in self.snoozed:
            if wake <= now:
                if now - wake <= GRACE:
                    shown.append(reminder)
            else:
                still.append((wake, reminder))
        self.snoozed = still
        return list(dict.fromkeys(shown))

    def snooze(self, reminder: Reminder, now: datetime) -> datetime:
        wake = now + SNOOZE
        self.snoozed.append((wake, reminder))
        return wake

    def ms_until_next(self, now: datetime) -> int | None:
        """How long until the next reminder falls, in ms (None: none is set)."""
        upcoming = self.next_after(now)
        return None if upcoming is None else max(0, round((upcoming - now).total_seconds() * 1000))

    def next_after(self, now: datetime) -> datetime | None:
        """When the next reminder falls (the tray icon says so)."""
        upcoming = self.next_reminder(now)
        return upcoming[0] if upcoming else None

    def next_reminder(self, now: datetime) -> tuple[datetime, Reminder] | None:
        """The next reminder and when it falls (the home page says so)."""
        moments = [(m, r) for r in self.reminders
                   for m in r.occurrences(now, now + timedelta(days=8))]
        moments += [(wake, r) for wake, r in self.snoozed if wake > now]
        return min(moments, key=lambda pair: pair[0]) if moments else None
