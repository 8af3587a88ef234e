"""What a person tells the app about a session, as it passes from a form to the log.

Frozen dataclasses, so a form's values arrive whole and typed rather than as a dict of
strings; the log checks them (relaxapp.storage.log) and says what is wrong.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class Status(StrEnum):
    """How a session in the log ended. Stored as its value."""

    COMPLETED = "completed"  # ran to its end, most of it practised
    STOPPED = "stopped"  # ended early by the person, or mostly skipped
    INTERRUPTED = "interrupted"  # still running when last saved: the app closed or crashed


@dataclass(frozen=True)
class AfterRating:
    """The after-page: how tense now, where, any symptoms, a note."""

    tension_after: int | None = None
    regions_after: dict[str, int] = field(default_factory=dict)
    symptoms: tuple[str, ...] = ()
    note: str = ""

    def fields(self) -> dict:
        return {"tension_after": self.tension_after, "regions_after": dict(self.regions_after),
                "symptoms": self.symptoms, "note": self.note}


@dataclass(frozen=True)
class PracticeElsewhere:
    """Practice done away from the app (the log dialog, ``relaxapp log``)."""

    activity: str
    minutes: float
    at: datetime | None = None
    tension_before: int | None = None
    tension_after: int | None = None
    note: str = ""
    symptoms: tuple[str, ...] = ()

    def fields(self) -> dict:
        return {"activity": self.activity, "minutes": self.minutes, "at": self.at,
                "tension_before": self.tension_before, "tension_after": self.tension_after,
                "note": self.note, "symptoms": self.symptoms}
