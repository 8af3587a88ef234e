"""History: is my tension going down, does a session help, how much do I practise,
which sessions work best, where do I hold tension, and which symptoms came when.

This module imports pyqtgraph (and numpy); the main window imports it only when the
history is first opened, so the app starts without them. All aggregation happens in
storage.history (SQL) and core.history; this page only draws. Only the visible tab is
redrawn when the range changes; the others catch up when they are shown.
"""

from __future__ import annotations

import csv
from datetime import date, datetime, timedelta, timezone
from html import escape
from pathlib import Path
from typing import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup, QFileDialog, QHBoxLayout, QSplitter, QTabWidget, QVBoxLayout, QWidget,
)

from relaxapp.core import history
from relaxapp.core.history import SessionPoint
from relaxapp.core.safety import BY_CODE
from relaxapp.core.wording import duration_text, plural, short_day_text
from relaxapp.views import history as queries
from relaxapp.ui.widgets import theme
from relaxapp.core.scripts import REGION_NAMES
from relaxapp.ui.widgets.body_map import BodyMap, RatingKey
from relaxapp.ui.widgets.chart_kit import DAY_SECONDS, Chart, brush, charted, pen, trend_line
from relaxapp.ui.widgets.common import back_row, button, label, live

pg.setConfigOptions(antialias=True)

COMMON_SYMPTOMS = (("twitching", "o"), ("cramps", "t"), ("stiffness", "s"))
# Beyond this many sessions in view, points that close together cannot be told apart:
# the charts show one point per week (its mean) instead, and stay quick to redraw.
MAX_POINTS = 5_000
# The tabs, in order: an id (for code, exports and file names) and what a person reads.
TABS = (("tension", "Tension"), ("relief", "Relief"), ("practice", "Practice"), ("body", "Body"),
        ("symptoms", "Symptoms"))
TAB_LABELS = dict(TABS)
TAB_IDS = [tab_id for tab_id, _ in TABS]


def _when(unix: float) -> str:
    return datetime.fromtimestamp(unix, tz=timezone.utc).astimezone().strftime("%d %b %Y, %H:%M")


# A weekly point's data is a negative number, -(1 + the week's place in its measure's list
# + WEEK_CODE * the measure's place in MEASURES); a session's is its row, from 0. Plain numbers
# rather than an object a point: ten years are 500 weeks a line, and a million ratings'
# 4,700 objects a switch set off the garbage collector over the log's days (40 ms).
WEEK_CODE = 10_000_000


class HistoryPage(QWidget):
    back = Signal()
    show_about = Signal()
    start_requested = Signal()  # from the empty history: begin a first session
    report_requested = Signal(str)  # the range shown, for the report's period

    def __init__(self, store, today: Callable[[], date] = date.today,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.today = today
        self.range_name = "3 months"
        self.range_chosen = False  # until the person picks one, the range fits the log
        self._dirty: set[int] = set()
        self._tip_rows: list[SessionPoint] | None = None
        self.all_days: list = []
        self._per_range: dict[tuple[str, str], object] = {}  # the log's trends; weeks per range
        self.exported: dict[str, list[list]] = {}  # the data behind each tab, for CSV export

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 12)
        top = back_row("Today", self.back, "History")
        self.range_buttons = QButtonGroup(self)
        for name in history.RANGES:
            choice = button(name, name=f"Show {name}")
            choice.setCheckable(True)
            choice.setChecked(name == self.range_name)
            self.range_buttons.addButton(choice)
            choice.clicked.connect(lambda _=False, n=name: self.set_range(n))
            top.addWidget(choice)
        outer.addLayout(top)
        self.lead = label("", "lead", wrap=True)
        live(self.lead, "In short")
        self.summary = label("", "muted", wrap=True)
        live(self.summary, "Totals")
        self.message = label("", "note", wrap=True)
        self.message.hide()
        outer.addWidget(self.lead)
        outer.addWidget(self.summary)
        outer.addWidget(self.message)

        # An empty log shows a way in, not empty axes.
        self.empty = QWidget()
        empty = QVBoxLayout(self.empty)
        empty.setContentsMargins(0, 24, 0, 0)
        empty.addWidget(label("Your history starts with your first session", "heading"))
        empty.addWidget(label("Rate how tense you feel before and after each session. Within a "
                              "week or two, this page shows whether your tension is going "
                              "down, which sessions help you most, and where in the body you "
                              "hold it.", wrap=True))
        self.start_button = button("Start a session", "primary")
        self.start_button.clicked.connect(self.start_requested)
        empty.addWidget(self.start_button, alignment=Qt.AlignmentFlag.AlignLeft)
        empty.addStretch()
        outer.addWidget(self.empty, 1)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Charts")
        outer.addWidget(self.tabs, 1)
        self._build_tension()
        self._build_relief()
        self._build_practice()
        self._build_body()
        self._build_symptoms()
        self.tabs.currentChanged.connect(self._tab_shown)
        # A method, not a lambda: Qt drops the connection when the page is deleted.
        theme.changes().changed.connect(self.apply_theme)

        bottom = QHBoxLayout()
        self.report_button = button("Make a report…", name="Make a report for a doctor or "
                                                          "therapist")
        self.report_button.clicked.connect(lambda: self.report_requested.emit(self.range_name))
        bottom.addWidget(self.report_button)
        bottom.addStretch()
        self.png_button = png = button("Save chart as PNG…")
        self.csv_button = data = button("Save data as CSV…")
        png.clicked.connect(self._ask_png)
        data.clicked.connect(self._ask_csv)
        bottom.addWidget(png)
        bottom.addWidget(data)
        outer.addLayout(bottom)

    # ----------------------------------------------------------------- building

    def _build_tension(self) -> None:
        palette = theme.current()
        self.tension_chart = chart = Chart("Tension (0-10)")
        self.before_points = pg.ScatterPlotItem(size=7, pen=None, brush=brush(palette.tense),
                                                hoverable=True, tip=self._tip, name="Before")
        self.after_points = pg.ScatterPlotItem(size=7, pen=None, brush=brush(palette.release),
                                               hoverable=True, tip=self._tip, name="After")
        self.before_trend = trend_line(palette.tense, "Before, 7-day average")
        self.after_trend = trend_line(palette.release, "After, 7-day average")
        for item in (self.before_points, self.after_points, self.before_trend, self.after_trend):
            chart.addItem(item)
        chart.key("tense", "Before")
        chart.key("release", "After")
        chart.key("tense", "Before, 7-day average", "━")
        chart.key("release", "After, 7-day average", "━")
        self.tabs.addTab(charted(chart), TAB_LABELS["tension"])

    def _build_relief(self) -> None:
        palette = theme.current()
        page = QSplitter()
        self.relief_chart = chart = Chart("Points lower after", y_range=None)
        self.relief_zero = pg.InfiniteLine(pos=0, angle=0, pen=pg.mkPen(palette.border, width=1))
        chart.addItem(self.relief_zero)
        self.relief_points = pg.ScatterPlotItem(size=7, pen=None, brush=brush(palette.accent),
                                                hoverable=True, tip=self._tip, name="Each session")
        self.relief_trend = trend_line(palette.accent, "7-day average")
        chart.addItem(self.relief_points)
        chart.addItem(self.relief_trend)
        chart.key("accent", "Each session")
        chart.key("accent", "7-day average", "━")
        self.ranking = label("", wrap=True, rich=True)
        self.ranking.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.ranking.setMinimumWidth(260)
        page.addWidget(charted(chart))
        page.addWidget(self.ranking)
        page.setSizes([900, 340])
        self.tabs.addTab(page, TAB_LABELS["relief"])

    def _build_practice(self) -> None:
        self.practice_chart = chart = Chart("Minutes", y_range=None)
        chart.setMouseEnabled(x=True, y=False)
        self.practice_bars = pg.BarGraphItem(x=[], height=[], width=DAY_SECONDS * 0.8,
                                             brush=brush(theme.current().accent, 0.8), pen=None)
        chart.addItem(self.practice_bars)
        self.tabs.addTab(charted(chart), TAB_LABELS["practice"])

    def _build_body(self) -> None:
        page = QSplitter()
        left = QWidget()
        column = QVBoxLayout(left)
        self.body_map = BodyMap(selectable=True)
        self.body_map.region_clicked.connect(self._region_chosen)
        column.addWidget(self.body_map, 1)
        self.rating_key = RatingKey()
        column.addWidget(self.rating_key)
        self.region_list = label("", "muted", wrap=True, rich=True)
        column.addWidget(self.region_list)
        self.region_chart = Chart("Tension after (0-10)")
        self.region_line = trend_line(theme.current().tense, symbol="o", symbolSize=5,
                                 symbolBrush=theme.current().tense, symbolPen=None)
        self.region_chart.addItem(self.region_line)
        page.addWidget(left)
        page.addWidget(charted(self.region_chart))
        page.setSizes([480, 760])
        self.selected_region: str | None = None
        self.tabs.addTab(page, TAB_LABELS["body"])

    def _build_symptoms(self) -> None:
        palette = theme.current()
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        self.symptom_chart = chart = Chart("Tension after (0-10)", y_range=(-0.4, 13.2))
        self.symptom_trend = trend_line(palette.release, "Tension after, 7-day average")
        chart.addItem(self.symptom_trend)
        self.symptom_markers: dict[str, pg.ScatterPlotItem] = {}
        for code, symbol in COMMON_SYMPTOMS:
            marker = pg.ScatterPlotItem(size=10, symbol=symbol, pen=pg.mkPen(palette.muted),
                                        brush=brush(palette.muted, 0.5), hoverable=True,
                                        tip=self._tip, name=BY_CODE[code].label)
            chart.addItem(marker)
            self.symptom_markers[code] = marker
        self.red_flag_markers = pg.ScatterPlotItem(size=14, symbol="star", pen=pg.mkPen(palette.tense),
                                                   brush=brush(palette.tense, 0.9), hoverable=True,
                                                   tip=self._tip, name="Needs a doctor's look")
        chart.addItem(self.red_flag_markers)
        # An emergency sign apart from a doctor's check, by its shape as well as its colour.
        self.emergency_markers = pg.ScatterPlotItem(
            size=16, symbol="t1", pen=pg.mkPen(palette.emergency_text),
            brush=brush(palette.emergency_text, 0.9), hoverable=True, tip=self._tip,
            name="Emergency sign")
        chart.addItem(self.emergency_markers)
        chart.key("release", "Tension after, 7-day average", "━")
        for (code, _), mark in zip(COMMON_SYMPTOMS, "○▽□"):
            chart.key("muted", BY_CODE[code].label, mark)
        chart.key("tense", "Needs a doctor's look", "★")
        chart.key("emergency_text", "Emergency sign", "▲")
        column.addWidget(charted(chart), 1)
        self.red_flag_note = label("", "safety", wrap=True)
        self.red_flag_link = button("When to see a doctor", "link")
        self.red_flag_link.clicked.connect(self.show_about)
        column.addWidget(self.red_flag_note)
        column.addWidget(self.red_flag_link, alignment=Qt.AlignmentFlag.AlignLeft)
        self.tabs.addTab(page, TAB_LABELS["symptoms"])

    def _tip(self, x, y, data) -> str:
        """Tooltips are written when hovered: formatting thousands up front costs more
        than drawing them."""
        if isinstance(data, str):
            return data
        if data is not None and int(data) < 0:
            return self._week_tip(-int(data) - 1)
        if data is None or self._tip_rows is None:
            return ""
        point = self._tip_rows[int(data)]
        show = lambda value: "-" if value is None else str(value)  # noqa: E731
        return (f"{point.title}\n{_when(point.time)}\nBefore {show(point.before)} · "
                f"After {show(point.after)}")

    def _week_tip(self, code: int) -> str:
        measure = history.MEASURES[code // WEEK_CODE]
        middle, mean, n = self._weeks(measure)[code % WEEK_CODE]
        week = _when(middle - 3 * DAY_SECONDS)[:11]
        if measure == "relief":
            return f"Week of {week}: {mean:.1f} points lower on average ({n} sessions)"
        return f"Week of {week}: {measure} {mean:.1f} on average ({n} ratings)"

    def _week_points(self, item: pg.ScatterPlotItem, measure: str) -> None:
        weeks = self._weeks(measure)
        first = WEEK_CODE * history.MEASURES.index(measure)
        self._set_points(item, [(x, y) for x, y, _ in weeks],
                         [-(first + index + 1) for index in range(len(weeks))])

    # ------------------------------------------------------------------ refresh

    def set_range(self, name: str, chosen: bool = True) -> None:
        self.range_name = name
        self.range_chosen = self.range_chosen or chosen
        for choice in self.range_buttons.buttons():
            choice.setChecked(choice.text() == name)
        self.refresh(reload=False)

    def refresh(self, reload: bool = True) -> None:
        """Recompute the summary and redraw the visible tab; the others when shown.

        ``reload`` reads the day table again (the log changed); a range switch does not.
        """
        today = self.today()
        self.start = history.range_start(self.range_name, today)
        if reload or not self.all_days:
            self.all_days = queries.days(self.store)
            self._per_range = {}
            self._streaks = history.streaks_of(self.all_days, today)
            if not self.range_chosen:
                self.range_name = history.fitting_range(self.all_days, today)
                self.start = history.range_start(self.range_name, today)
                for choice in self.range_buttons.buttons():
                    choice.setChecked(choice.text() == self.range_name)
        self.days = history.in_range(self.all_days, self.start)
        # The charts span the range, or less where the log begins later: a few weeks of
        # practice fill the width, not its right edge (a week at the least).
        first = self.start or (date.min if self.all_days else today)  # "All": the log's own
        if self.all_days:
            first = max(first, min(self.all_days[0].day, today - timedelta(days=6)))
        self.span = (history.noon(first) - DAY_SECONDS / 2, history.noon(today) + DAY_SECONDS / 2)
        self._show_summary(today)
        self._dirty = set(range(self.tabs.count()))
        self._tab_shown(self.tabs.currentIndex())

    def _trend(self, measure: str) -> list[tuple[float, float]]:
        """The range's 7-day trend of "before", "after" or "relief", its first days still
        averaging the week before as a 7-day mean should: the range's part of the whole
        log's, which is worked out once each time the log is read."""
        key = ("trend", measure)
        if key not in self._per_range:
            self._per_range[key] = history.range_trend(self.all_days, measure, None)
        return history.trend_since(self._per_range[key], self.start)

    def _tab_shown(self, index: int) -> None:
        if index in self._dirty:
            self._dirty.discard(index)
            {"tension": self._draw_tension, "relief": self._draw_relief,
             "practice": self._draw_practice, "body": self._draw_body,
             "symptoms": self._draw_symptoms}[TAB_IDS[index]]()

    def _show_summary(self, today: date) -> None:
        summary = history.totals(self.days, self.all_days, today, self._streaks[0])
        empty = not self.all_days
        self.empty.setVisible(empty)
        self.tabs.setVisible(not empty)
        for choice in self.range_buttons.buttons() + [self.png_button, self.csv_button,
                                                      self.report_button]:
            choice.setVisible(not empty)
        self.lead.setText(history.trend_sentence(
            self.days, self.range_name, self.start or
            (self.all_days[0].day if self.all_days else None)))
        self.lead.setVisible(bool(self.lead.text()))
        self.summary.setVisible(not empty)
        practised = duration_text(round(summary.minutes * 60))
        self.summary.setText(
            f"{plural(summary.sessions, 'session')} · {practised} practised · "
            f"{plural(summary.days_practised, 'day')} with practice · current streak "
            f"{plural(summary.current_streak, 'day')} (longest "
            f"{'in ' + history.PERIOD_WORDS[self.range_name] if self.start else 'ever'}: "
            f"{plural(summary.longest_streak, 'day')})")
        self.totals = summary
        message = ""
        rated = sum(d.before_count + d.after_count for d in self.days)
        if not self.all_days:
            message = ""  # the empty page says it, with a way in
        elif not self.days:
            message = (f"No sessions in this range. Choose a longer range, or start a session: "
                       f"the last one was on {short_day_text(self.all_days[-1].day)}.")
        elif summary.sessions == 1:
            message = "One session so far. The trend lines appear as more sessions follow."
        elif not rated:
            message = ("These sessions have no tension ratings. Rate before and after a session "
                       "to see whether your tension is going down.")
        else:
            gap = history.longest_gap(self.days)
            if gap is not None:
                message = (f"No practice between {short_day_text(gap[0])} and {short_day_text(gap[1])}: "
                           "the trend lines have a gap there. Welcome back.")
        self.message.setText(message)
        self.message.setVisible(bool(message))

    def _session_points(self):
        """Each rated session of the range, or None when there are more than MAX_POINTS.
        The days tell that first for a long log, which spares counting it again."""
        if max(sum(d.before_count for d in self.days),
               sum(d.after_count for d in self.days)) > MAX_POINTS:
            return None
        return queries.session_points(self.store, self.start, MAX_POINTS)

    def _weeks(self, measure: str) -> list[tuple[float, float, int]]:
        """The range's weekly means of a measure, kept per range like its trends."""
        key = ("weeks", self.range_name)
        if key not in self._per_range:
            self._per_range[key] = history.weekly_means(self.days)
        return self._per_range[key][measure]

    def _draw_tension(self) -> None:
        points = self._session_points()
        rows = []
        if points is None:  # too many to show one by one: a point per week instead
            self._week_points(self.before_points, "before")
            self._week_points(self.after_points, "after")
        else:
            self._tip_rows = points
            before = [(p.time, p.before, index) for index, p in enumerate(points)
                      if p.before is not None]
            after = [(p.time, p.after, index) for index, p in enumerate(points)
                     if p.after is not None]
            rows = [[p.started_at, p.title, p.before, p.after] for p in points]
            self._set_points(self.before_points, [(x, y) for x, y, _ in before], [i for *_, i in before])
            self._set_points(self.after_points, [(x, y) for x, y, _ in after], [i for *_, i in after])
        self._setline(self.before_trend, self._trend("before"))
        self._setline(self.after_trend, self._trend("after"))
        self.exported["tension"] = [["started_at", "title", "tension_before", "tension_after"]] + rows
        self.tension_chart.show_span(*self.span)

    def _draw_relief(self) -> None:
        points = self._session_points()
        if points is None:
            self._week_points(self.relief_points, "relief")
        else:
            self._tip_rows = points
            both = [(p.time, p.before - p.after, index) for index, p in enumerate(points)
                    if p.before is not None and p.after is not None]
            self._set_points(self.relief_points, [(x, y) for x, y, _ in both], [i for *_, i in both])
        self._setline(self.relief_trend, self._trend("relief"))
        self.relief_chart.show_span(*self.span)
        # Symmetric about "no change", at least 3 points each way: a scale that fits.
        values = self.relief_points.getData()[1]
        reach = max(3.0, float(np.abs(values).max()) if values is not None and len(values) else 0)
        self.relief_chart.setYRange(-reach - 0.5, reach + 0.5, padding=0)
        ranking = history.rank_relief(queries.relief_by_script(self.store, self.start))
        self.ranking_rows = ranking
        lines = ["<b>Average relief by session</b><br>"]
        if not ranking:
            lines.append("Rate your tension before and after sessions to compare them.")
        place = 0
        for row in ranking:
            sessions = plural(row.sessions, "session")
            if row.ranked:
                place += 1
                lines.append(f"{place}. {escape(row.title)}: <b>{row.mean_relief:.1f}</b> points "
                             f"lower ({sessions})")
            else:
                lines.append(f"· {escape(row.title)}: {row.mean_relief:.1f} points ({sessions}; "
                             f"too few to rank, {history.MIN_TO_RANK} are needed)")
        self.ranking.setText("<br>".join(lines))
        self.exported["relief"] = [["title", "session_id", "mean_relief", "sessions"]] + [
            [r.title, r.session_id or "", f"{r.mean_relief:.2f}", r.sessions] for r in ranking]

    def _draw_practice(self) -> None:
        weekly = self.range_name in ("1 year", "All")
        bars = history.practice_minutes(self.days, "week" if weekly else "day")
        width = DAY_SECONDS * (6 if weekly else 0.8)
        centre = DAY_SECONDS * 3 if weekly else 0
        x = np.array([history.noon(day) + centre for day, _ in bars], dtype=float)
        heights = np.array([minutes for _, minutes in bars], dtype=float)
        self.practice_bars.setOpts(x=x, height=heights, width=width)
        self.practice_chart.setLabel("left", "Minutes a week" if weekly else "Minutes a day")
        self.practice_chart.show_span(*self.span)
        top = float(heights.max()) if len(heights) else 0.0
        self.practice_chart.setYRange(0, max(10.0, top * 1.1), padding=0)  # whole minutes
        self.exported["practice"] = [["week_starting" if weekly else "day", "minutes"]] + [
            [day.isoformat(), f"{minutes:.1f}"] for day, minutes in bars]

    def _draw_body(self) -> None:
        averages = queries.region_averages(self.store, self.start)
        self.region_averages = averages
        self.body_map.set_ratings({region: round(mean) for region, (mean, _) in averages.items()})
        if averages:
            ordered = sorted(averages.items(), key=lambda item: -item[1][0])
            text = "<b>Where you hold tension</b> (average after sessions):<br>" + "<br>".join(
                f"{escape(REGION_NAMES[region])}: {mean:.1f} ({plural(count, 'rating')})"
                for region, (mean, count) in ordered[:6])
        else:
            text = ("No body areas rated in this range. After a session, mark where you still feel "
                    "tension on the body map, and the places you hold it show here.")
        self.region_list.setText(text)
        region = self.selected_region or (max(averages, key=lambda r: averages[r][0]) if averages else None)
        self._draw_region(region)
        self.exported["body"] = [["region", "average_tension", "ratings"]] + [
            [region, f"{mean:.2f}", count] for region, (mean, count) in sorted(averages.items())]

    def _region_chosen(self, region: str) -> None:
        self.selected_region = region
        self._draw_region(region)

    def _draw_region(self, region: str | None) -> None:
        if region is None:
            self._setline(self.region_line, [])
            self.region_chart.setTitle("")
            return
        days = queries.region_days(self.store, region, self.start)
        self._setline(self.region_line, history.rolling_mean(days, "after_sum", "after_count"))
        self.region_chart.setTitle(f"{REGION_NAMES[region]}: 7-day average", color=theme.current().text)
        self.region_chart.show_span(*self.span)

    def _draw_symptoms(self) -> None:
        events = queries.symptom_events(self.store, self.start)
        self._setline(self.symptom_trend, self._trend("after"))
        rows = {code: 11.0 - index * 0.45 for index, (code, _) in enumerate(COMMON_SYMPTOMS)}
        for code, marker in self.symptom_markers.items():
            found = [(e.time, rows[code], f"{BY_CODE[code].label}\n{_when(e.time)}\n{e.title}")
                     for e in events if e.code == code]
            self._set_points(marker, [(x, y) for x, y, _ in found], [t for *_, t in found])
        flags = [(e.time, 11.6, f"{BY_CODE[e.code].label}\n{_when(e.time)}\n{e.title}", e.day,
                  e.code) for e in events if BY_CODE[e.code].red_flag]
        for marker, level in ((self.red_flag_markers, "doctor"),
                              (self.emergency_markers, "emergency")):
            chosen = [flag for flag in flags if BY_CODE[flag[-1]].level == level]
            self._set_points(marker, [(x, y) for x, y, *_ in chosen],
                             [t for _, _, t, *_ in chosen])
        if flags:
            names = sorted({BY_CODE[code].label.lower() for *_, code in flags})
            levels = {BY_CODE[code].level for *_, code in flags}
            urgent = "emergency" in levels
            marks = "★ for a doctor's check, ▲ for an emergency sign" if len(levels) == 2 \
                else "▲" if urgent else "★"
            self.red_flag_note.setText(
                f"You logged {', '.join(names)} (marked {marks}). "
                "Symptoms like these deserve a check by a doctor, because conditions other than "
                "anxiety can cause them."
                + (" If sudden one-sided weakness or numbness, a drooping face, trouble speaking "
                   "or chest pain come again, call emergency services at once." if urgent else ""))
        self.red_flag_note.setVisible(bool(flags))
        self.red_flag_link.setVisible(bool(flags))
        self.symptom_chart.show_span(*self.span)
        self.exported["symptoms"] = [["time", "symptom", "session"]] + [
            [_when(unix), BY_CODE[code].label, title] for unix, _, code, title in events]

    @staticmethod
    def _set_points(item: pg.ScatterPlotItem, points, tips) -> None:
        if not points:
            item.setData(x=[], y=[])
            return
        xy = np.array(points, dtype=float)
        data = np.array(tips, dtype=int if tips and isinstance(tips[0], int) else object)
        item.setData(x=xy[:, 0], y=xy[:, 1], data=data)

    @staticmethod
    def _setline(item: pg.PlotDataItem, points, limit: int = 500) -> None:
        """Years of daily points are thinned to about ``limit`` (gaps kept): a chart is
        about a thousand pixels wide, and stroking more costs time and shows nothing."""
        if not points:
            item.setData(x=[], y=[])
            return
        xy = np.array(points, dtype=float)
        # Over a year or more the line is dense enough that antialiasing shows little
        # and costs most of a redraw.
        item.opts["antialias"] = len(xy) < 200
        if len(xy) > limit:
            keep = np.zeros(len(xy), dtype=bool)
            keep[::-(-len(xy) // limit)] = True
            keep[-1] = True
            keep |= np.isnan(xy[:, 1])
            xy = xy[keep]
        item.setData(x=xy[:, 0], y=xy[:, 1])

    # ------------------------------------------------------------------- export

    def current_tab(self) -> str:
        """The id of the tab shown (see TABS)."""
        return TAB_IDS[self.tabs.currentIndex()]

    def export_png(self, path: Path) -> None:
        self.tabs.currentWidget().grab().save(str(path), "PNG")

    def export_csv(self, path: Path) -> None:
        with Path(path).open("w", newline="", encoding="utf-8") as stream:
            csv.writer(stream).writerows(self.exported.get(self.current_tab(), []))

    def _ask_png(self) -> None:
        name = f"relaxapp-{self.current_tab()}-{self.today().isoformat()}.png"
        path, _ = QFileDialog.getSaveFileName(self, "Save chart", name, "PNG images (*.png)")
        if path:
            self.export_png(Path(path))

    def _ask_csv(self) -> None:
        name = f"relaxapp-{self.current_tab()}-{self.today().isoformat()}.csv"
        path, _ = QFileDialog.getSaveFileName(self, "Save data", name, "CSV files (*.csv)")
        if path:
            self.export_csv(Path(path))

    def apply_theme(self, _palette=None) -> None:
        """Every chart, pen and brush in the colours of the theme now in use."""
        palette = theme.current()
        for chart in (self.tension_chart, self.relief_chart, self.practice_chart,
                      self.region_chart, self.symptom_chart):
            chart.apply_theme()
        for points, colour in ((self.before_points, palette.tense),
                               (self.after_points, palette.release),
                               (self.relief_points, palette.accent)):
            points.setBrush(brush(colour))
        for line, colour in ((self.before_trend, palette.tense), (self.after_trend, palette.release),
                             (self.relief_trend, palette.accent), (self.region_line, palette.tense),
                             (self.symptom_trend, palette.release)):
            line.setPen(pen(colour))
        self.region_line.setSymbolBrush(palette.tense)
        self.relief_zero.setPen(pg.mkPen(palette.border, width=1))
        self.practice_bars.setOpts(brush=brush(palette.accent, 0.8))
        for marker in self.symptom_markers.values():
            marker.setPen(pg.mkPen(palette.muted))
            marker.setBrush(brush(palette.muted, 0.5))
        self.red_flag_markers.setPen(pg.mkPen(palette.tense))
        self.red_flag_markers.setBrush(brush(palette.tense, 0.9))
        self.emergency_markers.setPen(pg.mkPen(palette.emergency_text))
        self.emergency_markers.setBrush(brush(palette.emergency_text, 0.9))
        if self.isVisible():  # hidden, it is drawn afresh when next shown
            self.refresh(reload=False)

