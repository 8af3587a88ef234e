"""A breathing pattern drawn as its shape: two breaths, rising on the inhale, level on a
hold, falling on the exhale, each phase as wide as it is long. Still, for a preview."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize
from PySide6.QtGui import QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from relaxapp.core.scripts import BreatheStep
from relaxapp.core.timeline import HOLDS_AS_WRITTEN, ease, phase_ms
from relaxapp.ui.widgets import theme
from relaxapp.core.language import tr

BREATHS = 2
POINTS_PER_PHASE = 24


class PatternView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.step: BreatheStep | None = None
        self.stretch, self.holds = 1.0, HOLDS_AS_WRITTEN
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(tr("The breathing pattern"))

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(360, 72)

    def set_pattern(self, step: BreatheStep | None, stretch: float = 1.0,
                    holds: float = HOLDS_AS_WRITTEN) -> None:
        self.step, self.stretch, self.holds = step, stretch, holds
        self.update()

    def outline(self, area: QRectF) -> QPainterPath:
        """The line of ``BREATHS`` breaths across ``area``: full breath at the top."""
        step = self.step
        phases = [(phase_ms(phase, self.stretch, self.holds), levels)
                  for phase, levels in zip(step.pattern, step.levels())]
        total = BREATHS * sum(ms for ms, _ in phases) or 1
        path = QPainterPath()
        elapsed = 0
        for _ in range(BREATHS):
            for ms, (start, end) in phases:
                if not ms:
                    continue
                for i in range(POINTS_PER_PHASE + 1):
                    progress = i / POINTS_PER_PHASE
                    level = start + (end - start) * ease(progress)
                    point = QPointF(area.left() + area.width() * (elapsed + ms * progress) / total,
                                    area.bottom() - area.height() * level)
                    if not path.elementCount():  # (isEmpty() is True after a moveTo)
                        path.moveTo(point)
                    else:
                        path.lineTo(point)
                elapsed += ms
        return path

    def paintEvent(self, event) -> None:  # noqa: N802
        if self.step is None:
            return
        palette = theme.current()
        area = QRectF(self.rect()).adjusted(4, 6, -4, -6)
        line = self.outline(area)
        fill = QPainterPath(line)
        fill.lineTo(area.right(), area.bottom())
        fill.lineTo(area.left(), area.bottom())
        fill.closeSubpath()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillPath(fill, theme.brush(palette.accent_soft))
        pen = QPen(theme.color(palette.accent))
        pen.setWidthF(2.5)
        painter.strokePath(line, pen)
        painter.end()
