"""The report's heart-rate section: the rise and fall with the breath in each session a
sensor measured, its 7-day mean, and the period's figures with their counts, with what each
measure is, for a reader who did not see the app. It reports; it never interprets."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPen

from relaxapp.core.language import decimal, tr
from relaxapp.core.report import ReportData
from relaxapp.core.wording import plural, short_day_text
from relaxapp.drawing.report_layout import (
    INK, Block, Pages, chart_legend, heading, number_text, table_html, time_axes, trend_path,
)
from relaxapp.heart import trends


def heart_blocks(data: ReportData, pages: Pages):
    yield heading(pages, "heart")
    summary = trends.overview(data.heart)
    if summary is None:
        yield pages.text_block("<p>" + tr("No session in this period was measured with a "
                                          "heart-rate sensor.") + "</p>")
        return
    if summary.swing[0] is not None:
        chart_height = pages.mm(52)
        yield Block(chart_height, lambda painter, top: _swing_chart(
            painter, QRectF(0, top, pages.width, chart_height - pages.mm(3)), data, pages),
            keep_with_next=True)  # with the figures and words that say what it shows
    swing, counted = summary.swing
    rows = [[tr("Sessions measured"), tr("{sessions}, {first} to {last}").format(
                sessions=plural(summary.sessions, "session"),
                first=short_day_text(summary.first), last=short_day_text(summary.last))],
            [tr("Heart rate, mean of the sessions"),
             tr("{bpm} beats a minute").format(bpm=number_text(summary.mean_bpm, 0))],
            [tr("Rise and fall with the breath, mean"),
             tr("{swing} beats a minute ({sessions} with paced breathing)").format(
                 swing=number_text(swing), sessions=plural(counted, "session"))
             if swing is not None else tr("not measured (no paced breathing)")]]
    if summary.change is not None:
        early, early_n, late, late_n = summary.change
        rows.append([tr("Rise and fall, first and last 2 weeks"),
                     tr("{early} beats a minute ({early_sessions}), then {late} "
                        "({late_sessions})").format(
                         early=number_text(early), early_sessions=plural(early_n, "session"),
                         late=number_text(late), late_sessions=plural(late_n, "session"))])
    rows.append([tr("Beat-to-beat variation (RMSSD), mean"),
                 tr("{rmssd} ms").format(rmssd=number_text(summary.rmssd_ms, 0))])
    if summary.resonance is not None:
        day, pace = summary.resonance
        rows.append([tr("Resonance pace measured, latest"),
                     tr("{pace} breaths a minute, {day}").format(pace=decimal(pace),
                                                               day=short_day_text(day))])
    rows.append([tr("Intervals corrected as artefacts, mean"),
                 f"{number_text(summary.corrected_share * 100)} %"])
    yield pages.text_block(table_html([], rows, [40, 60]) + "<p class='muted'>" + tr(
        "Beat-to-beat intervals from a chest strap, during the sessions, with missed and "
        "extra beats corrected. Rise and fall with the breath: the heart rate's peak to "
        "trough within each breath, while breathing at a set pace (respiratory sinus "
        "arrhythmia). RMSSD: the root mean square of successive differences between beats, "
        "over the whole session. Resonance pace: of the paces 6.5 to 4.5 breaths a minute, "
        "two minutes each, the one at which the heart rate followed the breath most (Lehrer, "
        "Vaschillo & Vaschillo 2000).") + "</p>")


def _swing_chart(painter: QPainter, area: QRectF, data: ReportData, pages: Pages) -> None:
    """Each session's rise and fall as a black dot, the 7-day mean as a line."""
    painter.save()
    top = max(p.swing_bpm for p in data.heart if p.swing_bpm is not None)
    step = 2 if top <= 9 else 5
    ceiling = max(10, step * math.ceil(top * 1.05 / step))
    plot, x_of, y_of, line = time_axes(painter, area, data.period, pages,
                                       range(0, ceiling + 1, step))
    radius = pages.points(1.4)
    painter.setPen(QPen(INK, pages.points(0.5)))
    painter.setBrush(QBrush(INK))
    for point in data.heart:
        if point.swing_bpm is not None:
            painter.drawEllipse(QPointF(x_of(point.time), y_of(point.swing_bpm)), radius, radius)
    painter.setPen(QPen(INK, pages.points(1.2)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(trend_path(data.heart_trend, x_of, y_of))

    chart_legend(painter, QPointF(plot.left(), area.top() + line * 0.8), line, radius, (
        (tr("Rise and fall with the breath, each session (beats a minute)"),
         QPen(INK, pages.points(0.5)), QBrush(INK), None),
        (tr("7-day mean"), None, None, QPen(INK, pages.points(1.2)))))
    painter.restore()
