"""What Today shows from the log: the days practised, what was tried and helped, the last
change in tension, and the latest red-flag symptoms."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from relaxapp.core.history import Day, ScriptRelief
from relaxapp.core.today import Practised


@dataclass(frozen=True)
class TodayFigures:
    days: list[Day] | None = None  # None: the log is not open, and the figures say nothing
    tried: dict[str, int] = field(default_factory=dict)  # sessions done to their end, by id
    practised: dict[str, Practised] = field(default_factory=dict)
    relief: list[ScriptRelief] = field(default_factory=list)
    last_change: tuple[int, int] | None = None  # (before, after) of the last rated session
    red_flags: tuple[str, datetime, list[str]] | None = None  # (uid, when, codes)


NOT_OPEN = TodayFigures()


def read_today(store) -> TodayFigures:
    """Today's figures from ``store`` (None while the log is not open: NOT_OPEN)."""
    if store is None:
        return NOT_OPEN
    from relaxapp.storage import history

    return TodayFigures(days=history.days(store),
                        tried=history.completed_by_session(store),
                        practised=history.practised_by_session(store),
                        relief=list(history.relief_by_script(store)),
                        last_change=history.last_change(store),
                        red_flags=history.latest_red_flags(store))
