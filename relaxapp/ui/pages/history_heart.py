"""The history's Heart tab, shown once a session was measured with a heart-rate sensor: how
far the heart rate rose and fell with the breath in each session, its 7-day average, and
beside it what the sensor measured in the range, in sentences (relaxapp.heart.trends)."""

from __future__ import annotations

from datetime import timedelta
from html import escape

from PySide6.QtWidgets import QSplitter

from relaxapp.core.history import TREND_DAYS
from relaxapp.core.language import decimal, tr
from relaxapp.heart import trends
from relaxapp.ui.pages.history_tabs import (
    InView, Tab, each_session_and_average, set_line, set_points, shown_when, words_beside,
)
from relaxapp.ui.widgets import theme
from relaxapp.ui.widgets.chart_kit import Chart, brush, pen
from relaxapp.views import history as queries


class HeartTab(Tab):
    """The rise and fall with the breath, session by session, and the range in words."""

    def __init__(self):
        super().__init__()
        self.widget = QSplitter()
        self.chart = Chart(tr("Rise and fall with the breath (beats a minute)"), y_range=None)
        self.points, self.trend = each_session_and_average(self.chart, self.tip)
        self.words = words_beside(self.widget, self.chart)
        self.overview: trends.HeartOverview | None = None
        self.paced: list[trends.HeartPoint] = []  # the sessions drawn, for their tooltips

    def draw(self, view: InView) -> None:
        self.view = view
        lookback = view.start - timedelta(days=TREND_DAYS) if view.start else None
        key = ("heart", view.range_id)  # a row a session, read once a range
        if key not in view.cache:
            view.cache[key] = queries.heart_points(view.store, lookback)
        measured = view.cache[key]
        shown = trends.in_range(measured, view.start)
        self.paced = [p for p in shown if p.swing_bpm is not None]
        set_points(self.points, [(p.time, p.swing_bpm) for p in self.paced],
                   list(range(len(self.paced))))
        set_line(self.trend, trends.swing_trend(measured, view.start))
        self.chart.show_span(*view.span)
        top = max((p.swing_bpm for p in self.paced), default=0.0)
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
        # As logged (the CSV writes None as an empty cell); a moment as the tension tab's.
        self.rows = [["started_at", "title", "beats", "mean_bpm", "rmssd_ms", "swing_bpm",
                      "corrected_share", "resonance_bpm"]] + [
            [p.started_at, p.title, p.beats, p.mean_bpm, p.rmssd_ms, p.swing_bpm,
             p.corrected_share, p.resonance_bpm] for p in shown]

    def tip(self, x, y, data) -> str:
        """A session's figures, written when hovered (ten years are thousands of points)."""
        point = self.paced[int(data)]
        return f"{point.title}\n{shown_when(point.time)}\n" + tr(
            "Rose and fell by {swing} · heart rate {bpm} · RMSSD {rmssd} ms").format(
            swing=decimal(point.swing_bpm), bpm=round(point.mean_bpm),
            rmssd=round(point.rmssd_ms))

    def apply_theme(self, palette) -> None:
        self.chart.apply_theme()
        self.points.setBrush(brush(palette.accent))
        self.trend.setPen(pen(palette.accent))

