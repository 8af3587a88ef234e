"""The breathing animation: a soft circle that follows the lungs' fullness."""

from __future__ import annotations

import math

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from relaxapp.ui.widgets import theme
from relaxapp.core.language import tr

MIN_RADIUS = 0.34  # of the largest radius: empty lungs still show a shape
MARGIN = 2  # px round what is repainted, for antialiased edges
SHAPE = 0.95  # of the guide ring's radius, at a full breath: the halo stays inside the ring
HALO = 1.02  # the soft outer layer, of the shape's radius

# Looked up once: PySide finds an enum value named in code anew each time it is asked.
ANTIALIASING = QPainter.RenderHint.Antialiasing
NO_PEN = Qt.PenStyle.NoPen


class Placement:
    """Where things are for one widget size, worked out once rather than every frame.
    Whole pixels, so the backdrop covers exactly what each frame repaints."""

    def __init__(self, width: int, height: int):
        half = int(min(width, height) * 0.46)  # the guide ring's radius
        left, top = (width - 2 * half) // 2, (height - 2 * half) // 2
        self.half = half
        self.centre_x, self.centre_y = left + half, top + half
        self.centre = QPointF(self.centre_x, self.centre_y)
        self.square = QRectF(left, top, 2 * half, 2 * half)  # the square the ring fills
        # what a frame may repaint: the square and a margin for antialiased edges
        self.repainted = QRect(left - MARGIN, top - MARGIN, 2 * (half + MARGIN),
                               2 * (half + MARGIN))
        self.backdrop_at = QPoint(left - MARGIN, top - MARGIN)


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
        self.setAccessibleName(tr("Breathing guide"))
        # It fills its own background, so Qt need not repaint the page behind it each frame.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._placement: Placement | None = None  # for the current size
        self._backdrop_key = None
        self._backdrop_pixmap: QPixmap | None = None
        self._layer_colours: dict[tuple[str, bool], list[tuple[float, QColor]]] = {}

    def show_state(self, fullness: float | None, progress: float) -> None:
        """Repaint when the picture changes; during a hold nothing is redrawn."""
        active = fullness is not None
        fullness = self.fullness if fullness is None else fullness
        ring = self.reduced_motion and progress != self.progress
        if active != self.active or fullness != self.fullness or ring:
            before = self.radius_fraction()
            self.active, self.fullness, self.progress = active, fullness, progress
            placement = self.placement()
            if ring:
                self.update(placement.repainted)
            else:  # only round the larger of the old and the new shape, halo included
                reach = math.ceil(placement.half * SHAPE * HALO *
                                  max(before, self.radius_fraction())) + MARGIN
                self.update(placement.centre_x - reach, placement.centre_y - reach,
                            2 * reach, 2 * reach)

    def placement(self) -> Placement:
        if self._placement is None:
            self._placement = Placement(self.width(), self.height())
        return self._placement

    def resizeEvent(self, event) -> None:  # noqa: N802
        self._placement = None
        super().resizeEvent(event)

    def _layers(self, palette: theme.Palette, active: bool) -> list[tuple[float, QColor]]:
        """The shape's layers, outside in: (size, colour). Opaque colours pre-mixed with
        the background, worked out once rather than every frame; fainter at rest."""
        key = (palette.name, active)
        if key not in self._layer_colours:
            strength = 1.0 if active else 0.5
            self._layer_colours[key] = [
                (scale, theme.mix(palette.background, colour, share * strength))
                for scale, colour, share in ((HALO, palette.accent, 0.14),
                                             (0.86, palette.accent, 0.45),
                                             (0.6, palette.accent_soft, 0.55))]
        return self._layer_colours[key]

    def _backdrop(self, palette: theme.Palette, placement: Placement) -> QPixmap:
        """The still part, drawn once per size, theme and screen: background and guide ring."""
        ratio = self.devicePixelRatioF()
        key = (placement.half, palette.name, ratio)
        if self._backdrop_key != key:
            side = placement.repainted.width()
            pixmap = QPixmap(round(side * ratio), round(side * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(theme.color(palette.background))
            painter = QPainter(pixmap)
            painter.setRenderHint(ANTIALIASING)
            painter.setPen(QPen(theme.mix(palette.background, palette.accent, 0.3), 2))
            painter.drawEllipse(QPointF(side / 2, side / 2), placement.half, placement.half)
            painter.end()
            self._backdrop_pixmap, self._backdrop_key = pixmap, key
        return self._backdrop_pixmap

    def paintEvent(self, event) -> None:  # noqa: N802
        # Runs every frame: what can be is worked out beforehand (see Placement, _backdrop
        # and _layers), since each call into Qt from a frame's cold caches costs.
        palette = theme.current()
        placement = self.placement()
        painter = QPainter(self)
        if not placement.repainted.contains(event.rect()):
            # more than a frame's square (a resize, a theme change): clear it all first
            painter.fillRect(event.rect(), theme.color(palette.background))
        painter.drawPixmap(placement.backdrop_at, self._backdrop(palette, placement))
        painter.setRenderHint(ANTIALIASING)
        radius = placement.half * SHAPE * self.radius_fraction()

        # Soft layers of opaque colour, pre-mixed with the background: a halo round the
        # body, and a lighter core. Calm, and cheap to fill every frame.
        # (Fills, not a wide pen: stroking a thick antialiased circle costs several fills.)
        painter.setPen(NO_PEN)
        for scale, colour in self._layers(palette, self.active):
            painter.setBrush(colour)
            painter.drawEllipse(placement.centre, radius * scale, radius * scale)

        if self.reduced_motion and self.active:
            # no growing shape: a thin ring fills as the phase goes on
            pen = QPen(theme.color(palette.accent), 5)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            inset = pen.widthF() / 2  # the whole pen inside the square
            painter.drawArc(placement.square.adjusted(inset, inset, -inset, -inset),
                            90 * 16, -int(360 * 16 * max(0.0, min(1.0, self.progress))))
        painter.end()

    def radius_fraction(self) -> float:
        """How big the shape is drawn, 0-1 of the guide ring (for tests and measuring)."""
        if self.reduced_motion:
            return 0.75
        return MIN_RADIUS + (1 - MIN_RADIUS) * (self.fullness if self.active else 0.0)
