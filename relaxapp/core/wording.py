"""Small pieces of wording used across the app, written once."""

from __future__ import annotations


def plural(count: int, noun: str) -> str:
    """'1 session', '3 sessions', '0 days'."""
    return f"{count} {noun}{'' if count == 1 else 's'}"


def duration_text(seconds: int) -> str:
    """'2 h 05 min', '12 min', '45 s'."""
    if seconds < 60:
        return f"{seconds} s"
    minutes = round(seconds / 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min" if hours else f"{minutes} min"
