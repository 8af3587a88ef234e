"""The report to bring to a doctor or therapist, printed with Qt's own PDF writer.

Made for paper, not for the screen: black text, a print palette that still reads in black
and white (tension is told by shape and line style, the body map by a light-to-dark
ramp), charts drawn as vectors with QPainter rather than grabbed from the history page.
Text is laid out by QTextDocument, so it stays selectable and searchable in the PDF. The
blocks flow down the pages (report_layout); a heading never ends a page; every page has the
footer. The heart's section is report_heart's.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush, QColor, QPageLayout, QPageSize, QPagedPaintDevice, QPainter, QPdfWriter, QPen,
)

from relaxapp import __version__
from relaxapp.core import history
from relaxapp.core.report import (
    COMPARE_DAYS, KIND_NAMES, SECTIONS, ReportData, dates_text, rated_span,
)
from relaxapp.core.wording import day_text, duration_text, plural, short_day_text
from relaxapp.core.scripts import REGION_NAMES, region_name
from relaxapp.drawing.body_figure import figure_paths
from relaxapp.drawing.report_heart import heart_blocks
from relaxapp.drawing.report_layout import (
    DPI, GREY, INK, MARGIN_MM, RULE, Block, Pages, chart_legend, heading, number_text,
    small_print, table_html, time_axes, trend_path,
)
from relaxapp.core.language import decimal, tr

# Light to dark, so the body map still reads printed in black and white (ColorBrewer Oranges).
RAMP = ("#fee6ce", "#fdd0a2", "#fdae6b", "#fd8d3c", "#f16913", "#d94801", "#a63603",
        "#7f2704", "#5f1d03", "#461502", "#2e0e01")
LETTER_TERRITORIES = {QLocale.Country.UnitedStates, QLocale.Country.Canada,
                      QLocale.Country.Mexico, QLocale.Country.Philippines}


def page_size_for(locale: QLocale | None = None) -> QPageSize:
    """Letter where paper is Letter (the US, Canada, Mexico, the Philippines), else A4."""
    locale = locale or QLocale.system()
    letter = locale.territory() in LETTER_TERRITORIES or \
        locale.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return QPageSize(QPageSize.PageSizeId.Letter if letter else QPageSize.PageSizeId.A4)


def pdf_bytes(data: ReportData, page_size: QPageSize | None = None) -> tuple[bytes, int]:
    """The whole report as a PDF, in memory (the caller writes it in one piece), and its
    number of pages."""
    buffer_data = QByteArray()
    buffer = QBuffer(buffer_data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(DPI)
    writer.setTitle(tr("RelaxApp report, {period}").format(period=data.period.text()))
    writer.setCreator(f"RelaxApp {__version__}")
    writer.setPageSize(page_size or page_size_for())
    writer.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                          QPageLayout.Unit.Millimeter)
    pages = paint(data, writer)
    del writer  # the PDF is finished when its writer goes
    buffer.close()
    return bytes(buffer_data), pages


def paint(data: ReportData, device: QPagedPaintDevice) -> int:
    """Lay the report out on ``device`` (a QPdfWriter, or a QPrinter) and draw it; returns
    the number of pages."""
    pages = Pages(device)
    for block in _blocks(data, pages):
        pages.add(block)
    return pages.draw()


# ------------------------------------------------------------------------- content

def _blocks(data: ReportData, pages: Pages):
    name = "<p>" + tr("Name: {name}").format(name=escape(data.name)) + "</p>" if data.name else ""
    yield pages.text_block(
        "<h1>" + tr("Tension and relaxation practice") + "</h1>"
        "<p><b>" + tr("Period: {period}").format(period=data.period.text()) + "</b> "
        f"({plural(data.period.days, 'day')})</p>"
        f"{name}{_red_flags_line(data)}<p class='muted'>" + tr(
            "Made by RelaxApp on {day}. What the user logged in RelaxApp, an app for paced "
            "breathing and progressive muscle relaxation. Tension is rated by the user from 0 "
            "(fully relaxed) to 10 (as tense as can be), before and after each "
            "session.").format(day=day_text(data.made_on)) + "</p>")
    if not data.sessions:
        yield pages.text_block("<p>" + tr("No sessions were logged in this period.") + "</p>")
        return
    for key in SECTIONS:
        if key in data.sections:
            yield from SECTION_BLOCKS[key](data, pages)


def _red_flags_line(data: ReportData) -> str:
    """On page 1, where a reader starts: the red-flag symptoms logged in the period, with
    their dates, or that none were (the table under Symptoms has the rest)."""
    if "symptoms" not in data.sections:
        return ""
    flagged = [entry for entry in data.symptoms if entry.symptom.red_flag]
    if not flagged:
        return "<p><b>" + tr("Red-flag symptoms logged: none.") + "</b></p>"
    listed = "; ".join(f"{escape(entry.symptom.label)} ({dates_text(entry.dates)})"
                       for entry in flagged)
    return "<p><b>" + tr("Red-flag symptoms logged: {symptoms}.").format(symptoms=listed) + \
        "</b> " + tr("See Symptoms.") + "</p>"


def _practice(data: ReportData, pages: Pages):
    yield heading(pages, "practice")
    current, longest = data.streak
    kinds = " · ".join(f"{tr(KIND_NAMES[kind]) if kind in KIND_NAMES else kind}: {count}"
                       for kind, count in data.kinds.items())
    rows = [[tr("Sessions"), str(data.sessions)],
            [tr("Time practised"), duration_text(data.seconds)],
            [tr("Days with practice"), tr("{done} of {days}").format(done=data.days_practised,
                                                                     days=data.period.days)],
            [tr("Longest run of days in a row in the period"), plural(longest, "day")],
            [tr("Days in a row at the end of the period"), plural(current, "day")],
            [tr("Kinds of session"), kinds]]
    yield pages.text_block(table_html([], rows, [40, 60]))


def _tension(data: ReportData, pages: Pages):
    yield heading(pages, "tension")
    if not any(d.before_count or d.after_count for d in data.days):
        yield pages.text_block("<p>" + tr("No tension ratings in this period.") + "</p>")
        return
    chart_height = pages.mm(62)
    yield Block(chart_height, lambda painter, top: _tension_chart(
        painter, QRectF(0, top, pages.width, chart_height - pages.mm(3)), data, pages))
    comparison = data.comparison
    if comparison is None:
        text = "<p>" + tr("The ratings span {span}: the first and last two weeks are compared "
                          "once they span {days} days or more.").format(
            span=plural(rated_span(data.days), "day"), days=2 * COMPARE_DAYS) + "</p>"
    else:
        rows = []
        for word, (early, early_n, late, late_n) in ((tr("Before sessions"), comparison.before),
                                                     (tr("After sessions"), comparison.after)):
            change = None if early is None or late is None else late - early
            rows.append([word, f"{number_text(early)} ({early_n})", f"{number_text(late)} ({late_n})",
                         ("+" if change and change > 0 else "") + number_text(change)])
        text = "<h3>" + tr("Change over the period: mean tension (number of ratings)") + \
            "</h3>" + table_html(
                ["", tr("First 2 weeks, {first}–{last}").format(
                    first=short_day_text(comparison.early.first),
                    last=short_day_text(comparison.early.last)),
                 tr("Last 2 weeks, {first}–{last}").format(
                     first=short_day_text(comparison.late.first),
                     last=short_day_text(comparison.late.last)),
                 tr("Change")], rows, [22, 30, 30, 18])
    drop, count = data.within_session
    if count:
        text += "<p>" + tr("Within a session, tension after was {change} than before, on "
                           "average over {sessions} rated both times.").format(
            change=_signed_drop(drop), sessions=plural(count, "session")) + "</p>"
    yield pages.text_block(text)


def _signed_drop(drop: float) -> str:
    """A mean change from before to after, in words: '2.4 points lower'."""
    if abs(drop) < 0.05:
        return tr("no different")
    return (tr("{points} points lower") if drop > 0 else tr("{points} points higher")).format(
        points=decimal(abs(drop)))


def _relief(data: ReportData, pages: Pages):
    rows = data.ranked_relief
    yield heading(pages, "relief")
    if not rows:
        yield pages.text_block(
            "<p class='muted'>" + tr("No session was rated before and after 3 or more times in "
                                     "this period.") + "</p>")
        return
    yield pages.text_block(
        table_html([tr("Session"), tr("Rated before and after"), tr("Mean change, before to after")],
               [[row.title, str(row.sessions), _signed_drop(row.mean_relief)] for row in rows],
               [46, 22, 32])
        + "<p class='muted'>" + tr("Sessions rated before and after 3 or more times.") + "</p>")


def _body(data: ReportData, pages: Pages):
    yield heading(pages, "body")
    if not data.regions:
        yield pages.text_block(
            "<p class='muted'>" + tr("No body areas were rated in this period.") + "</p>")
        return
    ordered = sorted(data.regions.items(), key=lambda item: (-item[1][0], item[0]))
    table = pages.text(
        "<p class='muted'>" + tr("Average tension after sessions, by body area (0-10), most "
                                 "tense first.") + "</p>" +
        table_html([tr("Body area"), tr("Average"), tr("Ratings")],
                              [[region_name(region) if region in REGION_NAMES else region, number_text(mean), str(count)]
                               for region, (mean, count) in ordered], [56, 20, 24]),
        pages.width * 0.48)
    map_height = pages.mm(78)
    height = max(map_height, table.size().height())

    def draw(painter: QPainter, top: float) -> None:
        _body_map(painter, QRectF(0, top, pages.width * 0.48, map_height), data, pages)
        painter.save()
        painter.translate(pages.width * 0.52, top)
        table.drawContents(painter)
        painter.restore()

    yield Block(height + pages.mm(2), draw)


def _symptoms(data: ReportData, pages: Pages):
    yield heading(pages, "symptoms")
    if not data.symptoms:
        yield pages.text_block("<p>" + tr("No symptoms were logged in this period.") + "</p>")
        return
    flagged = [entry for entry in data.symptoms if entry.symptom.red_flag]
    others = [entry for entry in data.symptoms if not entry.symptom.red_flag]
    for title, entries in ((tr("Red-flag symptoms"), flagged), (tr("Other symptoms"), others)):
        if not entries:
            continue
        rows = [[entry.symptom.label, str(entry.times), dates_text(entry.dates)]
                for entry in entries]
        yield pages.text_block(f"<h3>{title}</h3>" + table_html(
            [tr("Symptom"), tr("Times logged"), tr("Dates logged")], rows, [34, 12, 54]))


def _notes(data: ReportData, pages: Pages):
    yield heading(pages, "notes")
    if not data.notes:
        yield pages.text_block("<p class='muted'>" + tr("No notes in this period.") + "</p>")
        return
    for note in data.notes:
        text = escape(note.text).replace("\n", "<br>")
        yield pages.text_block(f"<p><b>{day_text(note.day)}, {escape(note.title)}:</b> {text}</p>")


SECTION_BLOCKS = {"practice": _practice, "tension": _tension, "relief": _relief,
                  "body": _body, "symptoms": _symptoms, "heart": heart_blocks, "notes": _notes}


# ------------------------------------------------------------------------- drawing

def _tension_chart(painter: QPainter, area: QRectF, data: ReportData, pages: Pages) -> None:
    """Before and after ratings (daily means; weekly beyond four months) as grey rings and
    black dots, with their 7-day means as a dashed and a solid line."""
    painter.save()
    plot, x_of, y_of, line = time_axes(painter, area, data.period, pages, range(0, 11, 2))
    legend_height = line * 1.6

    weekly = data.period.days > 120
    radius = pages.points(1.6 if weekly else 1.4)
    styles = (("before", QPen(GREY, pages.points(0.7)), QBrush(Qt.BrushStyle.NoBrush),
               QPen(GREY, pages.points(1.2), Qt.PenStyle.DashLine), data.trend_before),
              ("after", QPen(INK, pages.points(0.5)), QBrush(INK),
               QPen(INK, pages.points(1.4)), data.trend_after))
    weeks = history.weekly_means(data.days) if weekly else {}
    for measure, point_pen, point_brush, line_pen, trend in styles:
        if weekly:
            points = [(x, y) for x, y, _ in weeks[measure]]
        else:
            points = [(history.noon(d.day), getattr(d, f"{measure}_sum") / getattr(d, f"{measure}_count"))
                      for d in data.days if getattr(d, f"{measure}_count")]
        painter.setPen(point_pen)
        painter.setBrush(point_brush)
        for unix, value in points:
            painter.drawEllipse(QPointF(x_of(unix), y_of(value)), radius, radius)
        painter.setPen(line_pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(trend_path(trend, x_of, y_of))

    # The legend, above the plot: marks and line styles, so it reads in black and white.
    every = tr("weekly mean") if weekly else tr("daily mean")
    chart_legend(painter, QPointF(plot.left(), area.top() + legend_height / 2), line, radius, (
        (tr("Before ({every})").format(every=every), styles[0][1], styles[0][2], None),
        (tr("Before, 7-day mean"), None, None, styles[0][3]),
        (tr("After ({every})").format(every=every), styles[1][1], styles[1][2], None),
        (tr("After, 7-day mean"), None, None, styles[1][3])))
    painter.restore()


def ramp_color(value: float) -> QColor:
    return QColor(RAMP[max(0, min(10, round(value)))])


def _body_map(painter: QPainter, area: QRectF, data: ReportData, pages: Pages) -> None:
    """Front and back figures, each rated area filled by its average; unrated areas white and
    hatched; with the key below."""
    painter.save()
    line = small_print(painter, pages)
    key_height = line * 3.2
    shapes, (width, height) = figure_paths()
    figure = QRectF(area.left(), area.top() + line * 1.2, area.width(),
                    area.height() - key_height - line * 1.2)
    scale = min(figure.width() / width, figure.height() / height)
    left = figure.left() + (figure.width() - width * scale) / 2
    painter.setPen(INK)
    half = width * scale / 2
    for index, text in enumerate((tr("Front (R on the left)"),
                                  tr("Back", "the body seen from behind"))):
        painter.drawText(QRectF(left + index * half, area.top(), half, line),
                         Qt.AlignmentFlag.AlignCenter, text)
    painter.translate(left, figure.top())
    painter.scale(scale, scale)
    outline = QPen(GREY, pages.points(0.5) / scale)
    unrated = QBrush(RULE, Qt.BrushStyle.BDiagPattern)
    for region, path in shapes:
        painter.setPen(outline)
        if region in data.regions:
            painter.setBrush(ramp_color(data.regions[region][0]))
        else:
            painter.setBrush(Qt.BrushStyle.NoBrush if region is None else unrated)
        painter.drawPath(path)
    painter.resetTransform()
    painter.restore()
    _ramp_key(painter, QRectF(area.left(), area.bottom() - key_height + line * 0.6,
                              area.width(), key_height - line * 0.6), pages)


def _ramp_key(painter: QPainter, area: QRectF, pages: Pages) -> None:
    painter.save()
    line = small_print(painter, pages)
    swatch = min(area.width() / 14, line * 1.2)
    painter.setPen(QPen(GREY, pages.points(0.4)))
    for value in range(11):
        painter.setBrush(ramp_color(value))
        painter.drawRect(QRectF(area.left() + value * swatch, area.top(), swatch, swatch))
    hatch = QRectF(area.left() + 11.6 * swatch, area.top(), swatch, swatch)
    painter.setBrush(QBrush(RULE, Qt.BrushStyle.BDiagPattern))
    painter.drawRect(hatch)
    painter.setPen(INK)
    below = QRectF(area.left(), area.top() + swatch, 11 * swatch, line)
    painter.drawText(below, Qt.AlignmentFlag.AlignLeft, tr("0 relaxed"))
    painter.drawText(below, Qt.AlignmentFlag.AlignRight, tr("10 most tense"))
    painter.drawText(QRectF(hatch.right() + line * 0.3, area.top(), line * 6, swatch),
                     Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, tr("not rated"))
    painter.restore()
