"""The breathing animation: a soft circle that follows the lungs' fullness."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from relaxapp.ui import theme

MIN_RADIUS = 0.34  # of the largest radius: empty lungs still show a shape
MARGIN = 2  # px round what is repainted, for antialiased edges
SHAPE = 0.95  # of the guide ring's radius, at a full breath: the halo stays inside the ring
HALO = 1.02  # the soft outer layer, of the shape's radius


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
        # It fills its own background, so Qt need not repaint the page behind it each frame.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._backdrop_key = None
        self._backdrop_pixmap: QPixmap | None = None
        self._square_rect: QRectF | None = None  # for the current size
        self._layer_colours: dict[tuple[str, float], list[tuple[float, QColor]]] = {}

    def show_state(self, fullness: float | None, progress: float) -> None:
        """Repaint when the picture changes; during a hold nothing is redrawn."""
        active = fullness is not None
        fullness = self.fullness if fullness is None else fullness
        ring = self.reduced_motion and progress != self.progress
        if active != self.active or fullness != self.fullness or ring:
            before = self._reach()
            self.active, self.fullness, self.progress = active, fullness, progress
            if ring:
                self.update(self._repainted().toRect())
            else:  # only round the larger of the old and the new shape
                centre, reach = self._square().center(), max(before, self._reach()) + MARGIN
                self.update(QRectF(centre.x() - reach, centre.y() - reach, 2 * reach, 2 * reach)
                            .toAlignedRect())

    def _reach(self) -> float:
        """How far from the centre the shape (its halo) reaches."""
        return self._square().width() / 2 * SHAPE * HALO * self.radius_fraction()

    def _square(self) -> QRectF:
        """The square the guide ring fills: the only part that changes from frame to frame.
        Whole pixels, so the backdrop covers exactly what each frame repaints."""
        if self._square_rect is None:
            largest = int(min(self.width(), self.height()) * 0.46)
            self._square_rect = QRectF((self.width() - 2 * largest) // 2,
                                       (self.height() - 2 * largest) // 2, 2 * largest, 2 * largest)
        return self._square_rect

    def resizeEvent(self, event) -> None:  # noqa: N802
        self._square_rect = None
        super().resizeEvent(event)

    def _layers(self, palette: theme.Palette, strength: float) -> list[tuple[float, QColor]]:
        """The shape's layers, outside in: (size, colour). Opaque colours pre-mixed with
        the background, worked out once rather than every frame."""
        key = (palette.name, strength)
        if key not in self._layer_colours:
            self._layer_colours[key] = [
                (scale, theme.mix(palette.background, colour, share * strength))
                for scale, colour, share in ((HALO, palette.accent, 0.14), (0.86, palette.accent, 0.45),
                                             (0.6, palette.accent_soft, 0.55))]
        return self._layer_colours[key]

    def _repainted(self) -> QRectF:
        """What each frame repaints: the square and a margin for antialiased edges."""
        return self._square().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)

    def _backdrop(self, square: QRectF) -> QPixmap:
        """The still part, drawn once per size and theme: background and guide ring."""
        palette = theme.current()
        ratio = self.devicePixelRatioF()
        key = (round(square.width()), palette.name, ratio)
        if self._backdrop_key != key:
            side = square.width() + 2 * MARGIN
            pixmap = QPixmap(round(side * ratio), round(side * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(theme.color(palette.background))
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(theme.mix(palette.background, palette.accent, 0.3), 2))
            painter.drawEllipse(QPointF(side / 2, side / 2), square.width() / 2, square.width() / 2)
            painter.end()
            self._backdrop_pixmap, self._backdrop_key = pixmap, key
        return self._backdrop_pixmap

    def paintEvent(self, event) -> None:  # noqa: N802
        palette = theme.current()
        painter = QPainter(self)
        square = self._square()
        if not self._repainted().contains(QRectF(event.rect())):
            # more than a frame's square (a resize, a theme change): clear it all first
            painter.fillRect(event.rect(), theme.color(palette.background))
        painter.drawPixmap(self._repainted().topLeft(), self._backdrop(square))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        centre = square.center()
        radius = square.width() / 2 * SHAPE * self.radius_fraction()

        # Soft layers of opaque colour, pre-mixed with the background: a halo round the
        # body, and a lighter core. Calm, and cheap to fill every frame.
        # (Fills, not a wide pen: stroking a thick antialiased circle costs several fills.)
        painter.setPen(Qt.PenStyle.NoPen)
        for scale, colour in self._layers(palette, 1.0 if self.active else 0.5):
            painter.setBrush(colour)
            painter.drawEllipse(centre, radius * scale, radius * scale)

        if self.reduced_motion and self.active:
            # no growing shape: a thin ring fills as the phase goes on
            pen = QPen(theme.color(palette.accent), 5)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            inset = pen.widthF() / 2  # the whole pen inside the square
            painter.drawArc(square.adjusted(inset, inset, -inset, -inset),
                            90 * 16, -int(360 * 16 * max(0.0, min(1.0, self.progress))))
        painter.end()

    def radius_fraction(self) -> float:
        """How big the shape is drawn, 0-1 of the guide ring (for tests and measuring)."""
        if self.reduced_motion:
            return 0.75
        return MIN_RADIUS + (1 - MIN_RADIUS) * (self.fullness if self.active else 0.0)
