"""The history's Heart tab, shown once a session was measured with a heart-rate sensor: how
far the heart rate rose and fell with the breath in each session, its 7-day average, and
beside it what the sensor measured in the range, in sentences (relaxapp.heart.trends)."""

from __future__ import annotations

from datetime import timedelta
from html import escape

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter

from relaxapp.core.history import TREND_DAYS
from relaxapp.core.language import decimal, tr
from relaxapp.heart import trends
from relaxapp.ui.pages.history_tabs import InView, Tab, set_line, set_points, shown_when, when_text
from relaxapp.ui.widgets import theme
from relaxapp.ui.widgets.chart_kit import Chart, brush, charted, pen, trend_line
from relaxapp.ui.widgets.common import label
from relaxapp.views import history as queries

class HeartTab(Tab):
    """The rise and fall with the breath, session by session, and the range in words."""

    def __init__(self):
        super().__init__()
        palette = theme.current()
        self.widget = QSplitter()
        self.chart = chart = Chart(tr("Rise and fall with the breath (beats a minute)"),
                                   y_range=None)
        self.points = pg.ScatterPlotItem(size=7, pen=None, brush=brush(palette.accent),
                                         hoverable=True, tip=self.tip,
                                         name=tr("Each session"))
        self.trend = trend_line(palette.accent, tr("7-day average"))
        chart.addItem(self.points)
        chart.addItem(self.trend)
        chart.key("accent", tr("Each session"))
        chart.key("accent", tr("7-day average"), "━")
        self.words = label("", wrap=True, rich=True)
        self.words.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.words.setMinimumWidth(260)
        self.widget.addWidget(charted(chart))
        self.widget.addWidget(self.words)
        self.widget.setSizes([900, 340])
        self.overview: trends.HeartOverview | None = None

    def draw(self, view: InView) -> None:
        self.view = view
        if ("heart",) not in view.cache:  # a row a session: the whole log is read once
            view.cache[("heart",)] = queries.heart_points(view.store)
        measured = view.cache[("heart",)]
        shown = trends.in_range(measured, view.start)
        paced = [p for p in shown if p.swing_bpm is not None]
        set_points(self.points, [(p.time, p.swing_bpm) for p in paced],
                   [self._tip_text(p) for p in paced])
        lookback = view.start - timedelta(days=TREND_DAYS) if view.start else None
        set_line(self.trend, trends.swing_trend(trends.in_range(measured, lookback), view.start))
        self.chart.show_span(*view.span)
        top = max((p.swing_bpm for p in paced), default=0.0)
        self.chart.setYRange(0, max(10.0, top * 1.1), padding=0)
        self.overview = trends.overview(shown)
        lines = self.overview.lines() if self.overview else [
            tr("No session in this range was measured with a heart-rate sensor.")]
        self.words.setText(
            "<p><b>" + tr("What your heart-rate sensor measured") + "</b></p>"
            + "".join(f"<p>{escape(line)}</p>" for line in lines)
            + "<p style='color:{muted}'>".format(muted=theme.current().muted)
            + escape(tr("Slow breathing at your resonance pace makes this rise and fall "
                        "largest (Lehrer, Vaschillo & Vaschillo 2000). These are "
                        "measurements, not a diagnosis.")) + "</p>")
        self.rows = [["time", "title", "beats", "mean_bpm", "rmssd_ms", "swing_bpm",
                      "corrected_share", "resonance_bpm"]] + [
            [when_text(p.time), p.title, p.beats, f"{p.mean_bpm:.1f}", f"{p.rmssd_ms:.1f}",
             "" if p.swing_bpm is None else f"{p.swing_bpm:.1f}", f"{p.corrected_share:.3f}",
             "" if p.resonance_bpm is None else f"{p.resonance_bpm:.1f}"] for p in shown]

    @staticmethod
    def _tip_text(point: trends.HeartPoint) -> str:
        return f"{point.title}\n{shown_when(point.time)}\n" + tr(
            "Rose and fell by {swing} · heart rate {bpm} · RMSSD {rmssd} ms").format(
            swing=decimal(point.swing_bpm), bpm=round(point.mean_bpm),
            rmssd=round(point.rmssd_ms))

    def apply_theme(self, palette) -> None:
        self.chart.apply_theme()
        self.points.setBrush(brush(palette.accent))
        self.trend.setPen(pen(palette.accent))

