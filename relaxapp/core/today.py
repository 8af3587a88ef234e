"""The home page's day: one session to suggest now, and the week so far. Qt-free.

The suggestion follows, in this order: the first steps of the learning path until each
has been done once, for a newcomer (fewer than ``NEWCOMER_UNDER`` sessions done), who
learns the basics before anything else; in the evening,
a session for winding down; the next, shorter form of relaxation once this person's log
shows the one before practised for about two weeks with relief (``ready_for_next``); the
session that has lowered this person's tension most
(ranked only over enough rated sessions, see core.history); the next session on the
path not yet tried; and last, the one practised most.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from relaxapp.core.wording import MORNING_FROM_HOUR, WEEKDAYS
from relaxapp.core.language import decimal, tr

if TYPE_CHECKING:
    from relaxapp.core.history import Day, ScriptRelief
    from relaxapp.core.library import Library, LoadedSession

EVENING_FROM_HOUR = 19  # from when, until the morning, a wind-down is suggested
NIGHT_UNTIL_HOUR = MORNING_FROM_HOUR
SLEEP_TAGS = ("sleep", "before sleep")  # the first tag is the better fit
HELPED_AT_LEAST = 1.0  # points lower on average, for a session to be called helpful
NEWCOMER_UNDER = 5  # sessions done to their end: below this, the first steps come first


# The relaxation training's order (Bernstein & Borkovec 1973): each shorter form once the one
# before is learnt. Learnt, here, as this person's log shows it: practised on READY_DAYS days
# over READY_SPAN_DAYS or more, with tension at least HELPED_AT_LEAST lower after, on average.
NEXT_FORM = {"pmr-16-groups": "pmr-7-groups", "pmr-7-groups": "pmr-4-groups",
             "pmr-4-groups": "pmr-recall"}
READY_DAYS = 8
READY_SPAN_DAYS = 14


@dataclass(frozen=True)
class Practised:
    """One session in this person's log, done to its end: over which days, how often, and
    the change in tension where it was rated before and after."""

    first_day: date
    last_day: date
    days: int
    mean_relief: float | None
    rated: int


@dataclass(frozen=True)
class Suggestion:
    session: LoadedSession
    why: str  # one short sentence, shown under the title


@dataclass(frozen=True)
class Week:
    """Practice from Monday to today."""

    days_practised: int
    minutes: float
    sessions: int


def is_evening(hour: int) -> bool:
    return hour >= EVENING_FROM_HOUR or hour < NIGHT_UNTIL_HOUR


def ready_for_next(library: Library, practised: dict[str, Practised],
                   tried: dict[str, int]) -> Suggestion | None:
    """The next form of relaxation, once the one before is learnt and the next not begun,
    with the reason from the log."""
    for current, following in NEXT_FORM.items():
        done, ahead = practised.get(current), library.get(following)
        if done is None or ahead is None or library.get(current) is None or tried.get(following):
            continue
        weeks = ((done.last_day - done.first_day).days + 1) / 7
        if done.days >= READY_DAYS and weeks * 7 >= READY_SPAN_DAYS and \
                done.mean_relief is not None and done.mean_relief >= HELPED_AT_LEAST:
            return Suggestion(ahead, tr(
                "Ready for the next step: you did “{title}” on {days} days over {weeks} "
                "weeks, and your tension was {relief} points lower after it, on "
                "average.").format(title=library.get(current).script.title, days=done.days,
                                   weeks=f"{weeks:.0f}", relief=decimal(done.mean_relief)))
    return None


def suggest(library: Library, tried: dict[str, int], relief: list[ScriptRelief],
            hour: int, practised: dict[str, Practised] | None = None) -> Suggestion | None:
    """The session to offer now. ``tried`` counts the sessions done to their end, by id;
    ``practised`` says more of each (see ``ready_for_next``)."""
    sections = library.sections()
    in_order = [session for _, sessions in sections for session in sessions]
    if not in_order:
        return None
    newcomer = sum(tried.values()) < NEWCOMER_UNDER
    first_steps = sections[0][1] if library.path and newcomer else []
    for session in first_steps:
        if not tried.get(session.id):
            return Suggestion(session, tr("The next of the first steps: each one builds on the last."))
    helpful = {r.session_id: r for r in relief
               if r.ranked and r.mean_relief >= HELPED_AT_LEAST and library.get(r.session_id or "")}
    if is_evening(hour):
        for tag in SLEEP_TAGS:
            for_sleep = [s for s in in_order if tag in s.script.tags]
            if for_sleep:
                best = max(for_sleep, key=lambda s: (s.id in helpful and helpful[s.id].mean_relief,
                                                     -in_order.index(s)))
                return Suggestion(best, tr("For the evening: a calm way towards sleep."))
    if (ready := ready_for_next(library, practised or {}, tried)) is not None:
        return ready
    if helpful:
        best = max(helpful.values(), key=lambda r: (r.mean_relief, r.sessions))
        return Suggestion(library.get(best.session_id),
                          tr("Your tension dropped most after this one: on average {relief} "
                             "points less tense afterwards, over {sessions} sessions.").format(
                              relief=decimal(best.mean_relief), sessions=best.sessions))
    for session in in_order:
        if not tried.get(session.id):
            return Suggestion(session, tr("Next on the path, and new to you."))
    favourite = max(in_order, key=lambda s: (tried.get(s.id, 0), -in_order.index(s)))
    return Suggestion(favourite, tr("The one you have practised most."))


def this_week(days: list[Day], today: date) -> Week:
    from relaxapp.core.history import week_start
    from relaxapp.core.stats import STREAK_MIN_SECONDS

    monday = week_start(today)
    week = [d for d in days if monday <= d.day <= today]
    # A day counts as a streak counts it: a start of a few seconds is no day of practice.
    return Week(days_practised=sum(1 for d in week if d.seconds >= STREAK_MIN_SECONDS),
                minutes=sum(d.seconds for d in week) / 60, sessions=sum(d.sessions for d in week))


def streak(days: list[Day], today: date) -> int:
    from relaxapp.core.history import streaks_of

    return streaks_of(days, today)[0]


def when_text(moment: datetime, now: datetime) -> str:
    """'today at 19:30', 'tomorrow at 08:00', 'Saturday at 08:00'."""
    at = f"{moment:%H:%M}"
    if moment.date() == now.date():
        return tr("today at {time}").format(time=at)
    if moment.date() == now.date() + timedelta(days=1):
        return tr("tomorrow at {time}").format(time=at)
    return tr("{weekday} at {time}").format(weekday=tr(WEEKDAYS[moment.weekday()]), time=at)
