"""The breathing animation: a soft circle that follows the lungs' fullness."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPen, QRadialGradient
from PySide6.QtWidgets import QSizePolicy, QWidget

from relaxapp.ui import theme

MIN_RADIUS = 0.34  # of the largest radius: empty lungs still show a shape


class BreathShape(QWidget):
    """Draws the state it is given; it keeps no time of its own."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.fullness = 0.0
        self.progress = 0.0
        self.active = False  # False outside breathing steps: a quiet resting shape
        self.reduced_motion = False
        self.setMinimumSize(160, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName("Breathing guide")

    def show_state(self, fullness: float | None, progress: float) -> None:
        active = fullness is not None
        fullness = self.fullness if fullness is None else fullness
        if (active, fullness, progress) != (self.active, self.fullness, self.progress):
            self.active, self.fullness, self.progress = active, fullness, progress
            self.update()

    def paintEvent(self, event) -> None:  # noqa: N802
        palette = theme.current()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height())
        centre = QPointF(self.width() / 2, self.height() / 2)
        largest = side * 0.46
        if self.reduced_motion:
            scale = 0.75
        else:
            scale = MIN_RADIUS + (1 - MIN_RADIUS) * (self.fullness if self.active else 0.0)
        radius = largest * scale

        # the guide ring: where a full breath reaches
        painter.setPen(QPen(theme.color(palette.accent, 0.25), 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, largest, largest)

        gradient = QRadialGradient(centre, radius)
        gradient.setColorAt(0.0, theme.color(palette.accent_soft, 0.95))
        gradient.setColorAt(0.75, theme.color(palette.accent, 0.55 if self.active else 0.3))
        gradient.setColorAt(1.0, theme.color(palette.accent, 0.0))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(gradient))
        painter.drawEllipse(centre, radius * 1.08, radius * 1.08)
        painter.setBrush(theme.color(palette.accent, 0.35 if self.active else 0.18))
        painter.drawEllipse(centre, radius * 0.82, radius * 0.82)

        if self.reduced_motion and self.active:
            # no growing shape: a thin ring fills as the phase goes on
            pen = QPen(theme.color(palette.accent), 5)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            rect = QRectF(centre.x() - largest, centre.y() - largest, 2 * largest, 2 * largest)
            painter.drawArc(rect, 90 * 16, -int(360 * 16 * max(0.0, min(1.0, self.progress))))
        painter.end()

    def radius_fraction(self) -> float:
        """How big the shape is drawn, 0-1 of the guide ring (for tests and measuring)."""
        if self.reduced_motion:
            return 0.75
        return MIN_RADIUS + (1 - MIN_RADIUS) * (self.fullness if self.active else 0.0)
