"""Small pieces of wording used across the app, written once."""

from __future__ import annotations

from datetime import date

from relaxapp.core import language
from relaxapp.core.language import MONTHS, QT_TR_NOOP, tr

MORNING_FROM_HOUR = 4  # the night ends


def greeting(hour: int) -> str:
    """The home page's greeting at ``hour`` (0-23)."""
    if MORNING_FROM_HOUR <= hour < 12:
        return tr("Good morning")
    return tr("Good afternoon") if 12 <= hour < 18 else tr("Good evening")


# Each count's words written out, so the translation tools find them with their plural forms.
_COUNTED = {
    "day": lambda n: tr("%n day(s)", None, n),
    "session": lambda n: tr("%n session(s)", None, n),
    "point": lambda n: tr("%n point(s)", None, n),
    "rating": lambda n: tr("%n rating(s)", None, n),
    "page": lambda n: tr("%n page(s)", None, n),
    "file": lambda n: tr("%n file(s)", None, n),
    "round": lambda n: tr("%n round(s)", None, n),
    "warning": lambda n: tr("%n warning(s)", None, n),
    "muscle group": lambda n: tr("%n muscle group(s)", None, n),
}


def plural(count: int, noun: str) -> str:
    """'1 session', '3 sessions', '0 days', in the person's language."""
    return _COUNTED[noun](count)


def day_text(day: date) -> str:
    """'3 March 2026': the month spelt out, so no reader mistakes day and month."""
    return language.day(day)


def short_day_text(day: date) -> str:
    """'3 Mar 2026', where room is short."""
    return language.day(day, short=True)


WEEKDAYS = (QT_TR_NOOP("Monday"), QT_TR_NOOP("Tuesday"), QT_TR_NOOP("Wednesday"),
            QT_TR_NOOP("Thursday"), QT_TR_NOOP("Friday"), QT_TR_NOOP("Saturday"),
            QT_TR_NOOP("Sunday"))


def weekday_and_day(day: date, year: bool = True) -> str:
    """'Tuesday 3 March 2026' ('Tuesday 3 March' without the year)."""
    if year:
        return tr("{weekday} {day}").format(weekday=tr(WEEKDAYS[day.weekday()]),
                                            day=day_text(day))
    return tr("{weekday} {day} {month}", "a date without its year").format(
        weekday=tr(WEEKDAYS[day.weekday()]), day=day.day, month=tr(MONTHS[day.month - 1]))




def duration_text(seconds: int) -> str:
    """'2 h 05 min', '12 min', '45 s'."""
    if seconds < 60:
        return tr("{seconds} s").format(seconds=seconds)
    minutes = round(seconds / 60)
    hours, minutes = divmod(minutes, 60)
    return tr("{hours} h {minutes} min").format(hours=hours, minutes=f"{minutes:02d}") \
        if hours else tr("{minutes} min").format(minutes=minutes)


def change_words(before: int, after: int) -> str:
    """'3 points lower', 'no change', '1 point higher'."""
    if before == after:
        return tr("no change")
    if after < before:
        return tr("%n point(s) lower", None, before - after)
    return tr("%n point(s) higher", None, after - before)


def change_text(before: int | None, after: int | None) -> str:
    """The change in tension over a session, said plainly and kindly: '7 → 4: 3 points
    lower.' A rise is named as one, never dressed up."""
    if after is None:
        return ""
    if before is None:
        return tr("Tension now: {after} of 10.").format(after=after)
    if after < before:
        return tr("{before} → {after}: {change}. Well done.").format(
            before=before, after=after, change=change_words(before, after))
    if after == before:
        return tr("{before} → {after}: the same as before. That happens; the practice still "
                  "counts.").format(before=before, after=after)
    return tr("{before} → {after}: {change}. Tension sometimes rises as you begin to relax; "
              "that is known and not harmful.").format(before=before, after=after,
                                                       change=change_words(before, after))
