"""The history's chart kit, on pyqtgraph: a time axis labelled in whole days, weeks,
months or years; a themed chart with its legend in a row above it; the pens, lines and
brushes the charts draw with. Imported with the history page only (pyqtgraph and numpy load
with it)."""

from __future__ import annotations

from datetime import datetime, timezone
from html import escape

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from relaxapp.core import history
from relaxapp.ui.widgets import theme

DAY_SECONDS = 86_400


class DayAxis(pg.AxisItem):
    """Dates along time in one row of labels ("3 Nov", "Nov 2026", "2026"), spaced by whole
    days, weeks, months or years so that no two labels ever touch. (pyqtgraph's own date
    axis puts two rows of labels on one line, which collide.) Days are drawn at noon UTC
    (core.history.noon), so a tick's UTC date is its day."""

    LABEL_PX = 84  # the room one label needs, with a gap

    def __init__(self):
        super().__init__(orientation="bottom")

    def tickValues(self, min_value, max_value, size):  # noqa: N802 (pyqtgraph's names)
        if size <= 0 or not max_value > min_value:
            return []
        first = datetime.fromtimestamp(max(min_value, 0), tz=timezone.utc).date()
        last = datetime.fromtimestamp(max(max_value, 0), tz=timezone.utc).date()
        wanted_days = self.LABEL_PX * (max_value - min_value) / size / DAY_SECONDS
        step_days, days = history.date_ticks(first, last, wanted_days)
        ticks = [history.noon(day) for day in days]
        return [(step_days * DAY_SECONDS, [t for t in ticks if min_value <= t <= max_value])]

    def tickStrings(self, values, scale, spacing):  # noqa: N802
        return [history.date_label(datetime.fromtimestamp(value, tz=timezone.utc).date(),
                                   spacing / DAY_SECONDS) for value in values]


class Chart(pg.PlotWidget):
    """A themed time chart: dates below, zoom and pan along time, tension 0-10 by default.
    Its legend is a row above it (``legend``), never over the data."""

    def __init__(self, y_label: str, y_range: tuple[float, float] | None = (-0.4, 10.4)):
        super().__init__(axisItems={"bottom": DayAxis()})
        self.y_range = y_range
        self.setMouseEnabled(x=True, y=False)
        # No keys to press on a chart: Tab passes over it (Ctrl and the wheel zoom it).
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.showGrid(y=True, alpha=0.18)
        self.setLabel("left", y_label)
        self.getAxis("left").enableAutoSIPrefix(False)  # never "(x0.001)"
        if y_range is not None:
            self.getAxis("left").setTicks([[(value, str(value)) for value in range(0, 11, 2)]])
        self.legend = Legend()
        if y_range is not None:
            self.setYRange(*y_range, padding=0)
        self.apply_theme()

    def key(self, colour: str, name: str, mark: str = "●") -> None:
        """Name a series in the legend row."""
        self.legend.entries.append((colour, mark, name))
        self.legend.show_entries()

    def apply_theme(self) -> None:
        palette = theme.current()
        self.setBackground(palette.surface)
        for name in ("left", "bottom"):
            axis = self.getAxis(name)
            axis.setPen(pg.mkPen(palette.border))
            axis.setTextPen(pg.mkPen(palette.muted))
        self.legend.show_entries()

    def wheelEvent(self, event) -> None:  # noqa: N802
        """The wheel scrolls past a chart; with Ctrl it zooms along time."""
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            super().wheelEvent(event)
        else:
            event.ignore()

    def show_span(self, start: float, end: float) -> None:
        self.setXRange(start, end, padding=0.02)
        if self.y_range is not None:
            self.setYRange(*self.y_range, padding=0)


class Legend(QLabel):
    """A chart's series, each a coloured mark and a name, in a row of text above it."""

    def __init__(self):
        super().__init__()
        self.entries: list[tuple[str, str, str]] = []  # (palette colour name, mark, name)
        self.setTextFormat(Qt.TextFormat.RichText)

    def show_entries(self) -> None:
        palette = theme.current()
        self.setText("&nbsp;&nbsp;&nbsp;".join(
            f'<span style="color:{getattr(palette, colour)}">{mark}</span> {escape(name)}'
            for colour, mark, name in self.entries))
        self.setVisible(bool(self.entries))


def charted(chart: Chart) -> QWidget:
    """A chart under its legend row."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 4, 0, 0)
    column.setSpacing(2)
    column.addWidget(chart.legend)
    column.addWidget(chart, 1)
    return box

def pen(colour: str, width: float = 2):
    return pg.mkPen(colour, width=width)


def trend_line(colour: str, name: str | None = None, **options) -> pg.PlotDataItem:
    """A trend line drawn only where it is seen, and thinned to the screen's resolution:
    stroking thousands of antialiased segments is the slowest thing a chart does."""
    return pg.PlotDataItem(pen=pen(colour), connect="finite", name=name, clipToView=True,
                           autoDownsample=True, downsampleMethod="mean", **options)


def brush(colour: str, alpha: float = 0.55):
    return pg.mkBrush(theme.color(colour, alpha))
