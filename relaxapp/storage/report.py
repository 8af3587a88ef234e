"""Gathering the report to bring to a doctor or therapist from the log (see core.report)."""

from __future__ import annotations

from datetime import date, timedelta

from relaxapp.core import history
from relaxapp.core.report import (
    DEFAULT_SECTIONS, Note, Period, ReportData, clean_name, symptom_dates,
)
from relaxapp.heart import trends
from relaxapp.storage import history as queries
from relaxapp.storage.log import Store


def gather(store: Store, period: Period, made_on: date,
           sections: frozenset[str] = DEFAULT_SECTIONS, name: str = "") -> ReportData:
    """Everything the report prints, for the local days of ``period``. Notes are read only
    when their section is asked for; the heart's section is left out when no session in the
    whole log was measured with a sensor (it would say nothing to anyone without one)."""
    first, last = period.first, period.last
    # Up to the period's end: the streak at its end counts days before it too.
    upto_end = queries.days(store, None, last)
    days = [d for d in upto_end if d.day >= first]
    current, _ = history.streaks_of(upto_end, last)
    _, longest = history.streaks_of(days, last)
    notes = []
    if "notes" in sections:
        notes = [Note(day, title, text) for day, title, text in queries.notes(store, first, last)]
    if "heart" in sections and not queries.any_heart(store):
        sections = frozenset(sections) - {"heart"}
    heart = []
    if "heart" in sections:  # from a week before: the 7-day average's first days
        heart = queries.heart_points(store, first - timedelta(days=history.TREND_DAYS), last)
    return ReportData(
        period=period, made_on=made_on, sections=frozenset(sections), name=clean_name(name),
        days=days, kinds=queries.kinds(store, first, last), streak=(current, longest),
        trend_before=history.range_trend(upto_end, "before", first),
        trend_after=history.range_trend(upto_end, "after", first),
        relief=queries.relief_by_script(store, first, last),
        regions=queries.region_averages(store, first, last),
        symptoms=symptom_dates([(day, code) for _, day, code, _ in
                                queries.symptom_events(store, first, last)]),
        notes=notes, heart=trends.in_range(heart, first),
        heart_trend=trends.swing_trend(heart, first))
