"""The heart rate of the last minute, a thin line under the breathing shape: drawn again when
a beat arrives (about once a second), never each frame, so the breathing stays smooth. When
the beats stop (the strap slipped, or went out of range), it says so instead of showing the
last figure as if it were now."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QWidget

from relaxapp.core.language import tr
from relaxapp.heart.stream import TRACE_S
from relaxapp.ui.widgets import theme

HEIGHT = 64
GAP = 12  # px between the line and the figure on its right
QUIET_S = 5  # no beat for this long: the figure is no longer the heart rate now


class HeartTrace(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.points: list[tuple[float, float]] = []
        self.now_s = 0.0
        self.figure = ""
        self.setFixedHeight(HEIGHT)
        self.setAccessibleName(tr("Heart rate, the last minute"))
        self.hide()

    def reset(self) -> None:
        """A new session: nothing heard yet, nothing shown."""
        self.points, self.now_s, self.figure = [], 0.0, ""
        self.hide()

    def show_points(self, points: list[tuple[float, float]], now_s: float) -> None:
        """The last minute's beats at ``now_s``. Once beats came, the trace stays, and says
        when they stop; before the first, it is hidden."""
        if not points and not self.figure:
            return
        self.points, self.now_s = points, now_s
        self.show()
        if points and now_s - points[-1][0] <= QUIET_S:
            self.figure = tr("%n beat(s) a minute", None, round(points[-1][1]))
        else:
            self.figure = tr("No beat heard")
        self.setAccessibleDescription(self.figure)
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802
        if not self.figure:
            return
        palette = theme.current()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        figure = self.figure
        width = max(1, self.width() - self.fontMetrics().horizontalAdvance(figure) - GAP)
        if self.points:
            values = [bpm for _, bpm in self.points]
            low, high = min(values) - 3, max(values) + 3  # a calm line, not a jagged one
            top, bottom = 6, self.height() - 6

            def at(t: float, bpm: float) -> QPointF:
                x = width * (1 - (self.now_s - t) / TRACE_S)
                return QPointF(x, bottom - (bpm - low) / (high - low) * (bottom - top))

            path = QPainterPath(at(*self.points[0]))
            for point in self.points[1:]:
                path.lineTo(at(*point))
            pen = QPen(theme.mix(palette.background, palette.accent, 0.7), 2)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            painter.drawPath(path)
        painter.setPen(theme.color(palette.muted))
        painter.drawText(self.rect().adjusted(width + GAP, 0, 0, 0),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, figure)
        painter.end()
