"""The history's first five tabs (the sixth, Heart, is history_heart): each a chart (and what
stands beside it), drawn from the range in view (``InView``), re-coloured with the theme, and
the data behind it kept for CSV export.

Imports pyqtgraph and numpy, as the history page does (it is built when first opened).

Over 400 lines: five tabs of under 100 lines each, beside the range they draw from and the
point and line helpers they share (with history_heart too)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from html import escape
from typing import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from relaxapp.core import history
from relaxapp.core.history import SessionPoint
from relaxapp.core.safety import BY_CODE, HISTORY_EMERGENCY_NOTE, HISTORY_NOTE
from relaxapp.core.scripts import region_name
from relaxapp.core.wording import plural, short_day_text
from relaxapp.ui.widgets import theme
from relaxapp.ui.widgets.body_map import BodyMap, RatingKey
from relaxapp.ui.widgets.chart_kit import DAY_SECONDS, Chart, brush, charted, pen, trend_line
from relaxapp.ui.widgets.common import button, label
from relaxapp.views import history as queries
from relaxapp.core.language import decimal, tr

pg.setConfigOptions(antialias=True)

COMMON_SYMPTOMS = (("twitching", "o"), ("cramps", "t"), ("stiffness", "s"))
# Beyond this many sessions in view, points that close together cannot be told apart:
# the charts show one point per week (its mean) instead, and stay quick to redraw.
MAX_POINTS = 5_000
# A weekly point's data is a negative number, -(1 + the week's place in its measure's list
# + WEEK_CODE * the measure's place in MEASURES); a session's is its row, from 0. Plain numbers
# rather than an object a point: ten years are 500 weeks a line, and a million ratings'
# 4,700 objects a switch set off the garbage collector over the log's days (40 ms).
WEEK_CODE = 10_000_000


def when_text(unix: float) -> str:
    """As the CSV export writes a moment: '03 Mar 2026, 19:30', in any language."""
    return datetime.fromtimestamp(unix, tz=timezone.utc).astimezone().strftime("%d %b %Y, %H:%M")


def shown_when(unix: float) -> str:
    """A moment as the person's language writes it, for a tooltip: '3 Mar 2026, 19:30'."""
    moment = datetime.fromtimestamp(unix, tz=timezone.utc).astimezone()
    return f"{short_day_text(moment.date())}, {moment:%H:%M}"


@dataclass
class InView:
    """The range shown: what every tab draws from. ``cache`` holds the log's trends and each
    range's weeks; it is emptied when the log is read again."""

    store: object
    range_id: str
    start: date | None  # None: the whole log
    span: tuple[float, float]  # the charts' x range, in seconds
    days: list  # the range's days (core.history's DayRow)
    all_days: list
    cache: dict = field(default_factory=dict)

    def trend(self, measure: str) -> list[tuple[float, float]]:
        """The range's 7-day trend of "before", "after" or "relief", its first days still
        averaging the week before as a 7-day mean should: the range's part of the whole
        log's, which is worked out once each time the log is read."""
        key = ("trend", measure)
        if key not in self.cache:
            self.cache[key] = history.range_trend(self.all_days, measure, None)
        return history.trend_since(self.cache[key], self.start)

    def weeks(self, measure: str) -> list[tuple[float, float, int]]:
        """The range's weekly means of a measure, kept per range like its trends."""
        key = ("weeks", self.range_id)
        if key not in self.cache:
            self.cache[key] = history.weekly_means(self.days)
        return self.cache[key][measure]

    def session_points(self) -> list[SessionPoint] | None:
        """Each rated session of the range, or None when there are more than MAX_POINTS.
        The days tell that first for a long log, which spares counting it again."""
        if max(sum(d.before_count for d in self.days),
               sum(d.after_count for d in self.days)) > MAX_POINTS:
            return None
        return queries.session_points(self.store, self.start, MAX_POINTS)


def set_points(item: pg.ScatterPlotItem, points, tips) -> None:
    if not points:
        item.setData(x=[], y=[])
        return
    xy = np.array(points, dtype=float)
    data = np.array(tips, dtype=int if tips and isinstance(tips[0], int) else object)
    item.setData(x=xy[:, 0], y=xy[:, 1], data=data)


def set_line(item: pg.PlotDataItem, points, limit: int = 500) -> None:
    """Years of daily points are thinned to about ``limit`` (gaps kept): a chart is about a
    thousand pixels wide, and stroking more costs time and shows nothing."""
    if not points:
        item.setData(x=[], y=[])
        return
    xy = np.array(points, dtype=float)
    # Over a year or more the line is dense enough that antialiasing shows little and costs
    # most of a redraw.
    item.opts["antialias"] = len(xy) < 200
    if len(xy) > limit:
        keep = np.zeros(len(xy), dtype=bool)
        keep[::-(-len(xy) // limit)] = True
        keep[-1] = True
        keep |= np.isnan(xy[:, 1])
        xy = xy[keep]
    item.setData(x=xy[:, 0], y=xy[:, 1])


def each_session_and_average(chart: Chart, tip) -> tuple[pg.ScatterPlotItem, pg.PlotDataItem]:
    """A point for each session (``tip`` says what, when hovered) and their 7-day average,
    in the accent colour, named in the chart's legend."""
    palette = theme.current()
    points = pg.ScatterPlotItem(size=7, pen=None, brush=brush(palette.accent), hoverable=True,
                                tip=tip, name=tr("Each session"))
    trend = trend_line(palette.accent, tr("7-day average"))
    chart.addItem(points)
    chart.addItem(trend)
    chart.key("accent", tr("Each session"))
    chart.key("accent", tr("7-day average"), "━")
    return points, trend


def words_beside(splitter: QSplitter, chart: Chart):
    """``chart`` with a column of words on its right, in ``splitter``; the words' label."""
    words = label("", wrap=True, rich=True)
    words.setAlignment(Qt.AlignmentFlag.AlignTop)
    words.setMinimumWidth(260)
    splitter.addWidget(charted(chart))
    splitter.addWidget(words)
    splitter.setSizes([900, 340])
    return words


class Tab:
    """One tab: its widget, drawn from a range in view, and the data behind it (``rows``,
    a header row first) for CSV export."""

    def __init__(self):
        self.view: InView | None = None
        self.rows: list[list] = []
        self._tip_rows: list[SessionPoint] | None = None  # the sessions drawn, for tooltips

    def tip(self, x, y, data) -> str:
        """Tooltips are written when hovered: formatting thousands up front costs more than
        drawing them."""
        if isinstance(data, str):
            return data
        if data is not None and int(data) < 0:
            return self._week_tip(-int(data) - 1)
        if data is None or self._tip_rows is None:
            return ""
        point = self._tip_rows[int(data)]
        show = lambda value: "-" if value is None else str(value)  # noqa: E731
        return f"{point.title}\n{shown_when(point.time)}\n" + tr(
            "Before {before} · After {after}").format(before=show(point.before),
                                                     after=show(point.after))

    def _week_tip(self, code: int) -> str:
        measure = history.MEASURES[code // WEEK_CODE]
        middle, mean, n = self.view.weeks(measure)[code % WEEK_CODE]
        week = shown_when(middle - 3 * DAY_SECONDS).split(",")[0]
        words = dict(week=week, mean=decimal(mean), sessions=plural(n, "session"),
                     ratings=plural(n, "rating"))
        if measure == "relief":
            return tr("Week of {week}: {mean} points lower on average ({sessions})").format(**words)
        return (tr("Week of {week}: before {mean} on average ({ratings})") if measure == "before"
                else tr("Week of {week}: after {mean} on average ({ratings})")).format(**words)

    def _week_points(self, item: pg.ScatterPlotItem, measure: str) -> None:
        weeks = self.view.weeks(measure)
        first = WEEK_CODE * history.MEASURES.index(measure)
        set_points(item, [(x, y) for x, y, _ in weeks],
                   [-(first + index + 1) for index in range(len(weeks))])


class TensionTab(Tab):
    """Tension before and after each session, with their 7-day averages."""

    def __init__(self):
        super().__init__()
        palette = theme.current()
        self.chart = chart = Chart(tr("Tension (0-10)"))
        self.before_points = pg.ScatterPlotItem(size=7, pen=None, brush=brush(palette.tense),
                                                hoverable=True, tip=self.tip, name=tr("Before"))
        self.after_points = pg.ScatterPlotItem(size=7, pen=None, brush=brush(palette.release),
                                               hoverable=True, tip=self.tip, name=tr("After"))
        self.before_trend = trend_line(palette.tense, tr("Before, 7-day average"))
        self.after_trend = trend_line(palette.release, tr("After, 7-day average"))
        for item in (self.before_points, self.after_points, self.before_trend, self.after_trend):
            chart.addItem(item)
        chart.key("tense", tr("Before"))
        chart.key("release", tr("After"))
        chart.key("tense", tr("Before, 7-day average"), "━")
        chart.key("release", tr("After, 7-day average"), "━")
        self.widget = charted(chart)

    def draw(self, view: InView) -> None:
        self.view = view
        points = view.session_points()
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
            set_points(self.before_points, [(x, y) for x, y, _ in before], [i for *_, i in before])
            set_points(self.after_points, [(x, y) for x, y, _ in after], [i for *_, i in after])
        set_line(self.before_trend, view.trend("before"))
        set_line(self.after_trend, view.trend("after"))
        self.rows = [["started_at", "title", "tension_before", "tension_after"]] + rows
        self.chart.show_span(*view.span)

    def apply_theme(self, palette) -> None:
        self.chart.apply_theme()
        self.before_points.setBrush(brush(palette.tense))
        self.after_points.setBrush(brush(palette.release))
        self.before_trend.setPen(pen(palette.tense))
        self.after_trend.setPen(pen(palette.release))


class ReliefTab(Tab):
    """How many points lower after each session, and the sessions ranked by it."""

    def __init__(self):
        super().__init__()
        palette = theme.current()
        self.widget = QSplitter()
        self.chart = chart = Chart(tr("Points lower after"), y_range=None)
        self.zero = pg.InfiniteLine(pos=0, angle=0, pen=pg.mkPen(palette.border, width=1))
        chart.addItem(self.zero)
        self.points, self.trend = each_session_and_average(chart, self.tip)
        self.ranking = words_beside(self.widget, chart)
        self.ranking_rows = []

    def draw(self, view: InView) -> None:
        self.view = view
        points = view.session_points()
        if points is None:
            self._week_points(self.points, "relief")
        else:
            self._tip_rows = points
            both = [(p.time, p.before - p.after, index) for index, p in enumerate(points)
                    if p.before is not None and p.after is not None]
            set_points(self.points, [(x, y) for x, y, _ in both], [i for *_, i in both])
        set_line(self.trend, view.trend("relief"))
        self.chart.show_span(*view.span)
        # Symmetric about "no change", at least 3 points each way: a scale that fits.
        values = self.points.getData()[1]
        reach = max(3.0, float(np.abs(values).max()) if values is not None and len(values) else 0)
        self.chart.setYRange(-reach - 0.5, reach + 0.5, padding=0)
        ranking = history.rank_relief(queries.relief_by_script(view.store, view.start))
        self.ranking_rows = ranking
        lines = ["<b>" + tr("Average relief by session") + "</b><br>"]
        if not ranking:
            lines.append(tr("Rate your tension before and after sessions to compare them."))
        place = 0
        for row in ranking:
            words = dict(title=escape(row.title), relief=decimal(row.mean_relief),
                         sessions=plural(row.sessions, "session"), needed=history.MIN_TO_RANK)
            if row.ranked:
                place += 1
                lines.append(f"{place}. " + tr("{title}: <b>{relief}</b> points lower "
                                               "({sessions})").format(**words))
            else:
                lines.append("· " + tr("{title}: {relief} points ({sessions}; too few to rank, "
                                       "{needed} are needed)").format(**words))
        self.ranking.setText("<br>".join(lines))
        self.rows = [["title", "session_id", "mean_relief", "sessions"]] + [
            [r.title, r.session_id or "", f"{r.mean_relief:.2f}", r.sessions] for r in ranking]

    def apply_theme(self, palette) -> None:
        self.chart.apply_theme()
        self.points.setBrush(brush(palette.accent))
        self.trend.setPen(pen(palette.accent))
        self.zero.setPen(pg.mkPen(palette.border, width=1))


class PracticeTab(Tab):
    """Minutes practised a day, or a week over a year or more."""

    def __init__(self):
        super().__init__()
        self.chart = chart = Chart(tr("Minutes"), y_range=None)
        chart.setMouseEnabled(x=True, y=False)
        self.bars = pg.BarGraphItem(x=[], height=[], width=DAY_SECONDS * 0.8,
                                    brush=brush(theme.current().accent, 0.8), pen=None)
        chart.addItem(self.bars)
        self.widget = charted(chart)

    def draw(self, view: InView) -> None:
        self.view = view
        days = history.RANGES[view.range_id]
        weekly = days is None or days >= 365  # a bar a day would be thinner than a pixel
        bars = history.practice_minutes(view.days, "week" if weekly else "day")
        width = DAY_SECONDS * (6 if weekly else 0.8)
        centre = DAY_SECONDS * 3 if weekly else 0
        x = np.array([history.noon(day) + centre for day, _ in bars], dtype=float)
        heights = np.array([minutes for _, minutes in bars], dtype=float)
        self.bars.setOpts(x=x, height=heights, width=width)
        self.chart.setLabel("left", tr("Minutes a week") if weekly else tr("Minutes a day"))
        self.chart.show_span(*view.span)
        top = float(heights.max()) if len(heights) else 0.0
        self.chart.setYRange(0, max(10.0, top * 1.1), padding=0)  # whole minutes
        self.rows = [["week_starting" if weekly else "day", "minutes"]] + [
            [day.isoformat(), f"{minutes:.1f}"] for day, minutes in bars]

    def apply_theme(self, palette) -> None:
        self.chart.apply_theme()
        self.bars.setOpts(brush=brush(palette.accent, 0.8))


class BodyTab(Tab):
    """Where tension is held: the body map coloured by region, and a region's trend."""

    def __init__(self):
        super().__init__()
        self.widget = QSplitter()
        left = QWidget()
        column = QVBoxLayout(left)
        self.body_map = BodyMap(selectable=True)
        self.body_map.region_clicked.connect(self._region_chosen)
        column.addWidget(self.body_map, 1)
        self.rating_key = RatingKey()
        column.addWidget(self.rating_key)
        self.region_list = label("", "muted", wrap=True, rich=True)
        column.addWidget(self.region_list)
        self.chart = Chart(tr("Tension after (0-10)"))
        self.region_line = trend_line(theme.current().tense, symbol="o", symbolSize=5,
                                      symbolBrush=theme.current().tense, symbolPen=None)
        self.chart.addItem(self.region_line)
        self.widget.addWidget(left)
        self.widget.addWidget(charted(self.chart))
        self.widget.setSizes([480, 760])
        self.selected_region: str | None = None
        self.region_averages: dict[str, tuple[float, int]] = {}

    def draw(self, view: InView) -> None:
        self.view = view
        averages = queries.region_averages(view.store, view.start)
        self.region_averages = averages
        self.body_map.set_ratings({region: round(mean) for region, (mean, _) in averages.items()})
        if averages:
            ordered = sorted(averages.items(), key=lambda item: -item[1][0])
            text = tr("<b>Where you hold tension</b> (average after sessions):") + "<br>" + \
                "<br>".join(f"{escape(region_name(region))}: {decimal(mean)} "
                            f"({plural(count, 'rating')})" for region, (mean, count) in ordered[:6])
        else:
            text = tr("No body areas rated in this range. After a session, mark where you still "
                      "feel tension on the body map, and the places you hold it show here.")
        self.region_list.setText(text)
        region = self.selected_region or (max(averages, key=lambda r: averages[r][0])
                                          if averages else None)
        self._draw_region(region)
        self.rows = [["region", "average_tension", "ratings"]] + [
            [region, f"{mean:.2f}", count] for region, (mean, count) in sorted(averages.items())]

    def _region_chosen(self, region: str) -> None:
        self.selected_region = region
        if self.view is not None:
            self._draw_region(region)

    def _draw_region(self, region: str | None) -> None:
        if region is None:
            set_line(self.region_line, [])
            self.chart.setTitle("")
            return
        days = queries.region_days(self.view.store, region, self.view.start)
        set_line(self.region_line, history.rolling_mean(days, "after_sum", "after_count"))
        self.chart.setTitle(tr("{region}: 7-day average").format(region=region_name(region)),
                           color=theme.current().text)
        self.chart.show_span(*self.view.span)

    def apply_theme(self, palette) -> None:
        self.chart.apply_theme()
        self.region_line.setPen(pen(palette.tense))
        self.region_line.setSymbolBrush(palette.tense)


class SymptomsTab(Tab):
    """Symptoms logged over tension after, red flags marked, with what to do about them."""

    def __init__(self, show_about: Callable[[], None]):
        super().__init__()
        palette = theme.current()
        self.widget = QWidget()
        column = QVBoxLayout(self.widget)
        column.setContentsMargins(0, 0, 0, 0)
        self.chart = chart = Chart(tr("Tension after (0-10)"), y_range=(-0.4, 13.2))
        self.trend = trend_line(palette.release, tr("Tension after, 7-day average"))
        chart.addItem(self.trend)
        self.markers: dict[str, pg.ScatterPlotItem] = {}
        for code, symbol in COMMON_SYMPTOMS:
            marker = pg.ScatterPlotItem(size=10, symbol=symbol, pen=pg.mkPen(palette.muted),
                                        brush=brush(palette.muted, 0.5), hoverable=True,
                                        tip=self.tip, name=BY_CODE[code].label)
            chart.addItem(marker)
            self.markers[code] = marker
        self.red_flag_markers = pg.ScatterPlotItem(
            size=14, symbol="star", pen=pg.mkPen(palette.tense), brush=brush(palette.tense, 0.9),
            hoverable=True, tip=self.tip, name=tr("Needs a doctor's look"))
        chart.addItem(self.red_flag_markers)
        # An emergency sign apart from a doctor's check, by its shape as well as its colour.
        self.emergency_markers = pg.ScatterPlotItem(
            size=16, symbol="t1", pen=pg.mkPen(palette.emergency_text),
            brush=brush(palette.emergency_text, 0.9), hoverable=True, tip=self.tip,
            name=tr("Emergency sign"))
        chart.addItem(self.emergency_markers)
        chart.key("release", tr("Tension after, 7-day average"), "━")
        for (code, _), mark in zip(COMMON_SYMPTOMS, "○▽□"):
            chart.key("muted", BY_CODE[code].label, mark)
        chart.key("tense", tr("Needs a doctor's look"), "★")
        chart.key("emergency_text", tr("Emergency sign"), "▲")
        column.addWidget(charted(chart), 1)
        self.red_flag_note = label("", "safety", wrap=True)
        self.red_flag_link = button(tr("When to see a doctor"), "link")
        self.red_flag_link.clicked.connect(show_about)
        column.addWidget(self.red_flag_note)
        column.addWidget(self.red_flag_link, alignment=Qt.AlignmentFlag.AlignLeft)

    def draw(self, view: InView) -> None:
        self.view = view
        events = queries.symptom_events(view.store, view.start)
        set_line(self.trend, view.trend("after"))
        rows = {code: 11.0 - index * 0.45 for index, (code, _) in enumerate(COMMON_SYMPTOMS)}
        for code, marker in self.markers.items():
            found = [(e.time, rows[code], f"{BY_CODE[code].label}\n{shown_when(e.time)}\n{e.title}")
                     for e in events if e.code == code]
            set_points(marker, [(x, y) for x, y, _ in found], [t for *_, t in found])
        flags = [(e.time, 11.6, f"{BY_CODE[e.code].label}\n{shown_when(e.time)}\n{e.title}",
                  e.day, e.code) for e in events if BY_CODE[e.code].red_flag]
        for marker, level in ((self.red_flag_markers, "doctor"),
                              (self.emergency_markers, "emergency")):
            chosen = [flag for flag in flags if BY_CODE[flag[-1]].level == level]
            set_points(marker, [(x, y) for x, y, *_ in chosen], [t for _, _, t, *_ in chosen])
        if flags:
            names = sorted({BY_CODE[code].label.lower() for *_, code in flags})
            levels = {BY_CODE[code].level for *_, code in flags}
            urgent = "emergency" in levels
            marks = tr("★ for a doctor's check, ▲ for an emergency sign") if len(levels) == 2 \
                else "▲" if urgent else "★"
            self.red_flag_note.setText(
                tr(HISTORY_NOTE).format(symptoms=", ".join(names), marks=marks)
                + (" " + tr(HISTORY_EMERGENCY_NOTE) if urgent else ""))
        self.red_flag_note.setVisible(bool(flags))
        self.red_flag_link.setVisible(bool(flags))
        self.chart.show_span(*view.span)
        self.rows = [["time", "symptom", "session"]] + [
            [when_text(unix), BY_CODE[code].label, title] for unix, _, code, title in events]

    def apply_theme(self, palette) -> None:
        self.chart.apply_theme()
        self.trend.setPen(pen(palette.release))
        for marker in self.markers.values():
            marker.setPen(pg.mkPen(palette.muted))
            marker.setBrush(brush(palette.muted, 0.5))
        self.red_flag_markers.setPen(pg.mkPen(palette.tense))
        self.red_flag_markers.setBrush(brush(palette.tense, 0.9))
        self.emergency_markers.setPen(pg.mkPen(palette.emergency_text))
        self.emergency_markers.setBrush(brush(palette.emergency_text, 0.9))
