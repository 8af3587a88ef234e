"""The report's page kit: blocks flowing down pages with a footer on each, the print palette,
text laid out by QTextDocument, tables, and the frame of a chart over time. What goes on the
pages is report_pdf's (and report_heart's, for the heart's section)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from html import escape
from typing import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor, QFont, QFontDatabase, QPagedPaintDevice, QPainter, QPainterPath, QPen, QTextDocument,
)

from relaxapp.core import history
from relaxapp.core.report import FOOTER, SECTIONS
from relaxapp.core.language import decimal, tr

DPI = 300
MARGIN_MM = 16
FONT_PT = 9.5
INK = QColor("#000000")
GREY = QColor("#6b6b6b")
RULE = QColor("#b8b8b8")
CSS = """
h1 { font-size: 16pt; margin: 0 0 4pt 0; }
h2 { font-size: 12pt; margin: 10pt 0 3pt 0; }
h3 { font-size: 10pt; margin: 6pt 0 2pt 0; }
p { margin: 0 0 3pt 0; }
.muted { color: #555555; }
table { border-collapse: collapse; }
th { text-align: left; font-weight: bold; border-bottom: 1px solid #888888; }
td, th { padding: 2pt 6pt 2pt 0; }
"""

@dataclass
class Block:
    height: float
    draw: Callable[[QPainter, float], None]  # draws at the given top, full width
    keep_with_next: bool = False  # a heading: never the last thing on a page


class Pages:
    """Blocks flowing down pages, drawn in a second pass so each footer knows the page count."""

    def __init__(self, device: QPagedPaintDevice):
        self.device = device
        self.dpi = device.logicalDpiY()
        self.width = float(device.width())
        footer_room = self.points(FONT_PT * 3)
        self.height = device.height() - footer_room
        self.font = QFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont))
        self.font.setPointSizeF(FONT_PT)
        # No ligatures: an "fi" drawn as one glyph is read back as "ﬁ", and a search of the
        # PDF for "first" or "flag" would miss it.
        self.font.setFeature(QFont.Tag("liga"), 0)
        self.pages: list[list[tuple[float, Block]]] = [[]]
        self.y = 0.0
        self._held: list[Block] = []

    def points(self, value: float) -> float:
        """A length in typographic points, in device pixels."""
        return value * self.dpi / 72

    def mm(self, value: float) -> float:
        return value * self.dpi / 25.4

    def text(self, html: str, width: float | None = None) -> QTextDocument:
        document = QTextDocument()
        document.documentLayout().setPaintDevice(self.device)
        document.setDefaultFont(self.font)
        document.setDefaultStyleSheet(CSS)
        document.setDocumentMargin(0)
        document.setHtml(html)
        document.setTextWidth(width or self.width)
        return document

    def text_block(self, html: str, keep_with_next: bool = False) -> Block:
        document = self.text(html)

        def draw(painter: QPainter, top: float) -> None:
            painter.save()
            painter.translate(0, top)
            document.drawContents(painter)
            painter.restore()

        return Block(document.size().height(), draw, keep_with_next)

    def add(self, block: Block) -> None:
        self._held.append(block)
        if block.keep_with_next:
            return
        held, self._held = self._held, []
        needed = sum(b.height for b in held)
        if self.y > 0 and self.y + needed > self.height:
            self.pages.append([])
            self.y = 0.0
        for item in held:
            self.pages[-1].append((self.y, item))
            self.y += item.height

    def draw(self) -> int:
        for block in self._held:  # a heading left at the end still prints
            self.pages[-1].append((self.y, block))
            self.y += block.height
        painter = QPainter(self.device)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        total = len(self.pages)
        for number, page in enumerate(self.pages, 1):
            if number > 1:
                self.device.newPage()
            for top, block in page:
                block.draw(painter, top)
            self._footer(painter, number, total)
        painter.end()
        return total

    def _footer(self, painter: QPainter, number: int, total: int) -> None:
        bottom = float(self.device.height())
        line = self.points(FONT_PT * 1.5)
        painter.setPen(QPen(RULE, self.points(0.5)))
        painter.drawLine(QPointF(0, bottom - 2 * line), QPointF(self.width, bottom - 2 * line))
        font = QFont(self.font)
        font.setPointSizeF(FONT_PT - 1)
        painter.setFont(font)
        painter.setPen(INK)
        area = QRectF(0, bottom - 1.7 * line, self.width, line)
        painter.drawText(area, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         tr(FOOTER))
        painter.setPen(GREY)
        painter.drawText(area, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         tr("Page {number} of {total}").format(number=number, total=total))



def number_text(value: float | None, digits: int = 1) -> str:
    return "–" if value is None else decimal(value, digits).replace("-", "−")


def table_html(header: list[str], rows: list[list[str]], widths: list[int] | None = None) -> str:
    """An HTML table; cells are escaped here, so callers pass plain text."""
    def cells(tag: str, values: list[str]) -> str:
        return "".join(f"<{tag}" + (f' width="{widths[i]}%"' if widths else "") + f">{escape(v)}</{tag}>"
                       for i, v in enumerate(values))
    head = f"<tr>{cells('th', header)}</tr>" if header else ""
    body = "".join(f"<tr>{cells('td', row)}</tr>" for row in rows)
    return f'<table width="100%" cellspacing="0">{head}{body}</table>'


def heading(pages: Pages, key: str) -> Block:
    return pages.text_block(f"<h2>{escape(tr(SECTIONS[key]))}</h2>", keep_with_next=True)


def small_print(painter: QPainter, pages: Pages) -> float:
    """The charts' words, a little smaller than the text; returns their line height."""
    font = QFont(pages.font)
    font.setPointSizeF(FONT_PT - 1.5)
    painter.setFont(font)
    return painter.fontMetrics().height()


def time_axes(painter: QPainter, area: QRectF, period, pages: Pages, values: range):
    """A chart's frame over ``period``: the grid at ``values`` (the last the top), dates
    below, room for a legend row above. Returns the plot's rectangle, the functions placing
    a moment (unix seconds) and a value in it, and the height of a line of its words."""
    line = small_print(painter, pages)
    legend_height = line * 1.6
    plot = QRectF(area.left() + line * 2.2, area.top() + legend_height,
                  area.width() - line * 2.6, area.height() - legend_height - line * 1.6)
    first = history.noon(period.first) - 43_200
    last = history.noon(period.last) + 43_200
    top = values[-1]

    def x_of(unix: float) -> float:
        return plot.left() + (unix - first) / (last - first) * plot.width()

    def y_of(value: float) -> float:
        return plot.bottom() - value / top * plot.height()

    thin = pages.points(0.4)
    for value in values:
        painter.setPen(QPen(RULE, thin))
        painter.drawLine(QPointF(plot.left(), y_of(value)), QPointF(plot.right(), y_of(value)))
        painter.setPen(INK)
        painter.drawText(QRectF(area.left(), y_of(value) - line / 2, line * 1.8, line),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(value))
    for unix, text in axis_dates(period.first, period.last):
        x = x_of(unix)
        painter.setPen(QPen(RULE, thin))
        painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + line * 0.3))
        painter.setPen(INK)
        painter.drawText(QRectF(x - line * 4, plot.bottom() + line * 0.3, line * 8, line),
                         Qt.AlignmentFlag.AlignCenter, text)
    painter.setPen(QPen(INK, pages.points(0.6)))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    painter.drawLine(plot.bottomLeft(), plot.topLeft())
    return plot, x_of, y_of, line


def chart_legend(painter: QPainter, start: QPointF, line: float, radius: float, entries) -> None:
    """A chart's legend in a row from ``start`` (its middle height): each entry a mark and
    its words, as (words, the point's pen, its brush, None) or (words, None, None, the line's
    pen), so it reads in black and white."""
    x, middle = start.x(), start.y()
    for text, point_pen, point_brush, line_pen in entries:
        if line_pen is None:
            painter.setPen(point_pen)
            painter.setBrush(point_brush)
            painter.drawEllipse(QPointF(x + radius, middle), radius, radius)
            x += radius * 2 + line * 0.4
        else:
            painter.setPen(line_pen)
            painter.drawLine(QPointF(x, middle), QPointF(x + line * 1.8, middle))
            x += line * 2.2
        painter.setPen(INK)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        width = painter.fontMetrics().horizontalAdvance(text)
        painter.drawText(QRectF(x, middle - line / 2, width + 2, line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        x += width + line * 1.2


def trend_path(trend, x_of, y_of) -> QPainterPath:
    path = QPainterPath()
    pen_up = True
    for unix, value in trend:
        if math.isnan(value):  # a pause longer than a week: the line breaks
            pen_up = True
            continue
        point = QPointF(x_of(unix), y_of(value))
        if pen_up:
            path.moveTo(point)
            pen_up = False
        else:
            path.lineTo(point)
    return path


def axis_dates(first: date, last: date) -> list[tuple[float, str]]:
    """Dates along the time axis, as the history's charts label them: about 4 to 10."""
    step_days, days = history.date_ticks(first, last, ((last - first).days + 1) / 10)
    return [(history.noon(day), history.date_label(day, step_days)) for day in days]
