"""The report to bring to a doctor or therapist: what it holds, worked out without Qt.

A short, dated summary of what the person logged in a period: practice, tension before
and after (with the change from the period's first two weeks to its last two), relief by
session, where tension is held, symptoms with their dates, red flags first, and what a
heart-rate sensor measured (when one measured any session in the log). Notes are
private and only included when asked for. It reports; it never interprets: no advice, no
diagnosis, figures with their counts so a reader can judge how much they rest on.
relaxapp.storage.report gathers it from the log; relaxapp.drawing.report_pdf prints it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from relaxapp.core.history import (
    COMPARE_DAYS, Day, ScriptRelief, first_and_last, mean_of, rank_relief,
)
from relaxapp.core.safety import BY_CODE, SYMPTOMS, Symptom
from relaxapp.core.wording import MONTHS, day_text
from relaxapp.core.language import QT_TR_NOOP, tr

SECTIONS = {  # key -> what the person ticks; notes are private, so off unless ticked
    "practice": QT_TR_NOOP("Practice"),
    "tension": QT_TR_NOOP("Tension before and after"),
    "relief": QT_TR_NOOP("Relief by session"),
    "body": QT_TR_NOOP("Where tension is held"),
    "symptoms": QT_TR_NOOP("Symptoms, dated"),
    "heart": QT_TR_NOOP("Heart rate, measured by a sensor"),  # offered once one measured
    "notes": QT_TR_NOOP("My notes"),
}  # shown through tr
DEFAULT_SECTIONS = frozenset(SECTIONS) - {"notes"}
MIN_SESSIONS = 3  # relief over fewer sessions says too little to print
FOOTER = QT_TR_NOOP("Self-reported by the user with a relaxation app. Not a diagnosis.")
MAX_NAME = 100
KIND_NAMES = {"breathing": QT_TR_NOOP("Breathing"),
              "pmr": QT_TR_NOOP("Progressive muscle relaxation"),
              "mixed": QT_TR_NOOP("Breathing and relaxation"),
              None: QT_TR_NOOP("Practice logged by hand")}  # (these, and FOOTER, through tr)


@dataclass(frozen=True)
class Period:
    """From ``first`` to ``last``, both included, in local days."""

    first: date
    last: date

    def __post_init__(self):
        if self.first > self.last:
            raise ValueError(f"the period starts ({day_text(self.first)}) after it ends "
                             f"({day_text(self.last)})")

    @classmethod
    def last_days(cls, days: int, today: date) -> Period:
        """The ``days`` days up to and including today."""
        if days < 1:
            raise ValueError("a period is at least 1 day")
        return cls(today - timedelta(days=days - 1), today)

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def text(self) -> str:
        return tr("{first} to {last}").format(first=day_text(self.first), last=day_text(self.last))


@dataclass(frozen=True)
class Comparison:
    """Mean tension in the first and last two weeks of the ratings in a period."""

    early: Period
    late: Period
    before: tuple[float | None, int, float | None, int]  # early mean, n, late mean, n
    after: tuple[float | None, int, float | None, int]


@dataclass(frozen=True)
class SymptomDates:
    symptom: Symptom
    dates: tuple[date, ...]  # one per time it was logged, oldest first

    @property
    def times(self) -> int:
        return len(self.dates)


@dataclass(frozen=True)
class Note:
    day: date
    title: str
    text: str


@dataclass(frozen=True)
class ReportData:
    period: Period
    made_on: date
    sections: frozenset[str]
    name: str = ""
    days: list[Day] = field(default_factory=list)  # days with practice in the period
    kinds: dict[str | None, int] = field(default_factory=dict)  # sessions by kind
    streak: tuple[int, int] = (0, 0)  # (current at the period's end, longest in it)
    trend_before: list[tuple[float, float]] = field(default_factory=list)  # 7-day means
    trend_after: list[tuple[float, float]] = field(default_factory=list)
    relief: list[ScriptRelief] = field(default_factory=list)
    regions: dict[str, tuple[float, int]] = field(default_factory=dict)
    symptoms: list[SymptomDates] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    # Each session a heart-rate sensor measured (relaxapp.heart.trends.HeartPoint), and the
    # 7-day average of their rise and fall with the breath.
    heart: list = field(default_factory=list)
    heart_trend: list[tuple[float, float]] = field(default_factory=list)

    @property
    def sessions(self) -> int:
        return sum(d.sessions for d in self.days)

    @property
    def seconds(self) -> int:
        return sum(d.seconds for d in self.days)

    @property
    def days_practised(self) -> int:
        from relaxapp.core.history import is_practice_day

        return sum(1 for d in self.days if is_practice_day(d))

    @property
    def comparison(self) -> Comparison | None:
        return compare(self.days)

    @property
    def ranked_relief(self) -> list[ScriptRelief]:
        return [row for row in rank_relief(self.relief) if row.sessions >= MIN_SESSIONS]

    @property
    def within_session(self) -> tuple[float | None, int]:
        """Mean drop from before to after a session, and over how many sessions."""
        count = sum(d.relief_count for d in self.days)
        return (sum(d.relief_sum for d in self.days) / count if count else None), count


def clean_name(text: str) -> str:
    """The optional name on the report: one line, at most MAX_NAME characters."""
    return " ".join(str(text or "").split())[:MAX_NAME]


def compare(days: list[Day]) -> Comparison | None:
    """The first two weeks of ratings against the last two, or None when the ratings span
    less than four weeks (the two would overlap, and say nothing about change)."""
    rated = [d for d in days if d.before_count or d.after_count]
    if not rated or (rated[-1].day - rated[0].day).days + 1 < 2 * COMPARE_DAYS:
        return None
    early = Period(rated[0].day, rated[0].day + timedelta(days=COMPARE_DAYS - 1))
    late = Period(rated[-1].day - timedelta(days=COMPARE_DAYS - 1), rated[-1].day)
    first, last = first_and_last(rated, COMPARE_DAYS)
    return Comparison(early, late, mean_of(first, "before") + mean_of(last, "before"),
                      mean_of(first, "after") + mean_of(last, "after"))


def rated_span(days: list[Day]) -> int:
    """How many days the ratings in ``days`` span, first to last (0 with none)."""
    rated = [d.day for d in days if d.before_count or d.after_count]
    return (rated[-1] - rated[0]).days + 1 if rated else 0


def symptom_dates(events: list[tuple[date, str]]) -> list[SymptomDates]:
    """Each symptom logged, with its dates: red flags first (emergencies first), then the
    others in the app's order. Codes the app does not know are kept, under their code."""
    by_code: dict[str, list[date]] = {}
    for day, code in events:
        by_code.setdefault(code, []).append(day)
    order = {symptom.code: index for index, symptom in enumerate(SYMPTOMS)}

    def rank(code: str):
        symptom = BY_CODE.get(code)
        urgency = 2 if symptom is None or not symptom.red_flag else \
            (0 if symptom.level == "emergency" else 1)
        return urgency, order.get(code, len(order)), code

    return [SymptomDates(BY_CODE.get(code) or Symptom(code, code), tuple(sorted(by_code[code])))
            for code in sorted(by_code, key=rank)]


def dates_text(dates: tuple[date, ...], limit: int = 24) -> str:
    """'2, 5 and 19 March 2026; 4 April 2026', each day once (×2 for a day logged twice).
    Past ``limit`` days: how many, since when, and the latest ``limit`` of them, since the
    latest are what a reader asks about first."""
    counts: dict[date, int] = {}
    for day in dates:
        counts[day] = counts.get(day, 0) + 1
    days = sorted(counts)
    months: dict[tuple[int, int], list[str]] = {}
    for day in days[-limit:]:
        months.setdefault((day.year, day.month), []).append(
            tr("{day}", "a day of the month, in a list of them").format(day=day.day)
            + (f" (×{counts[day]})" if counts[day] > 1 else ""))
    parts = []
    for (year, month), numbers in months.items():
        listed = numbers[0] if len(numbers) == 1 else tr("{some} and {last}").format(
            some=", ".join(numbers[:-1]), last=numbers[-1])
        parts.append(tr("{days} {month} {year}", "days of a month").format(
            days=listed, month=tr(MONTHS[month - 1]), year=year))
    text = "; ".join(parts)
    if len(days) > limit:
        text = tr("on {count} days from {day}; the latest {limit}: ").format(
            count=len(days), day=day_text(days[0]), limit=limit) + text
    return text
