"""Small pieces of wording used across the app, written once."""

from __future__ import annotations

from datetime import date


MORNING_FROM_HOUR = 4  # the night ends


def greeting(hour: int) -> str:
    """The home page's greeting at ``hour`` (0-23)."""
    if MORNING_FROM_HOUR <= hour < 12:
        return "Good morning"
    return "Good afternoon" if 12 <= hour < 18 else "Good evening"


def plural(count: int, noun: str) -> str:
    """'1 session', '3 sessions', '0 days'."""
    return f"{count} {noun}{'' if count == 1 else 's'}"


def day_text(day: date) -> str:
    """'3 March 2026': the month spelt out, so no reader mistakes day and month."""
    return f"{day.day} {day:%B %Y}"


def short_day_text(day: date) -> str:
    """'3 Mar 2026', where room is short."""
    return f"{day.day} {day:%b %Y}"


def duration_text(seconds: int) -> str:
    """'2 h 05 min', '12 min', '45 s'."""
    if seconds < 60:
        return f"{seconds} s"
    minutes = round(seconds / 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min" if hours else f"{minutes} min"


def change_words(before: int, after: int) -> str:
    """'3 points lower', 'no change', '1 point higher'."""
    if before == after:
        return "no change"
    return f"{plural(abs(before - after), 'point')} {'lower' if after < before else 'higher'}"


def change_text(before: int | None, after: int | None) -> str:
    """The change in tension over a session, said plainly and kindly: '7 → 4: 3 points
    lower.' A rise is named as one, never dressed up."""
    if after is None:
        return ""
    if before is None:
        return f"Tension now: {after} of 10."
    if after < before:
        return f"{before} → {after}: {change_words(before, after)}. Well done."
    if after == before:
        return f"{before} → {after}: the same as before. That happens; the practice still counts."
    return (f"{before} → {after}: {change_words(before, after)}. Tension sometimes "
            "rises as you begin to relax; that is known and not harmful.")
