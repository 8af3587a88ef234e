"""The body map on screen: the two figures (relaxapp.drawing.body_figure), drawn with Qt.

It highlights the regions a muscle step works on, shows per-region ratings as
colour, and (when ``selectable``) lets the person pick a region by click or keys.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from relaxapp.core.scripts import REGIONS, region_name
from relaxapp.drawing.body_figure import GAP, figure_paths, load_map
from relaxapp.ui.widgets import theme
from relaxapp.core.language import tr

def rating_color(value: int) -> QColor:
    """0 calm (the release colour) to 10 tense (the tension colour)."""
    palette = theme.current()
    return theme.mix(palette.release, palette.tense, max(0, min(10, value)) / 10)


class BodyMap(QWidget):
    region_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None, selectable: bool = False):
        super().__init__(parent)
        self._size = load_map()["size"]
        self._shapes = figure_paths()[0]
        self.highlighted: set[str] = set()
        self.highlight_color = "accent"  # or "tense" / "release"
        self.ratings: dict[str, int] = {}
        self.selected: str | None = None
        self.selectable = selectable
        self.setMinimumSize(150, 150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(tr("Body map"))
        if selectable:
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.setCursor(Qt.CursorShape.PointingHandCursor)

    # ------------------------------------------------------------------ state

    def set_highlight(self, regions, color: str = "accent") -> None:
        regions = set(regions)
        if regions != self.highlighted or color != self.highlight_color:
            self.highlighted, self.highlight_color = regions, color
            self.setAccessibleDescription(", ".join(region_name(r) for r in REGIONS if r in regions))
            self.update()

    def set_ratings(self, ratings: dict[str, int]) -> None:
        self.ratings = dict(ratings)
        self.update()

    def select(self, region: str | None) -> None:
        self.selected = region
        self.update()
        if region is not None:
            self.region_clicked.emit(region)

    # --------------------------------------------------------------- geometry

    def _transform(self) -> tuple[float, float, float]:
        width = 2 * self._size[0] + GAP
        scale = min(self.width() / width, self.height() / self._size[1]) * 0.96
        dx = (self.width() - width * scale) / 2
        dy = (self.height() - self._size[1] * scale) / 2
        return scale, dx, dy

    def region_at(self, point: QPointF) -> str | None:
        scale, dx, dy = self._transform()
        local = QPointF((point.x() - dx) / scale, (point.y() - dy) / scale)
        for region, path in reversed(self._shapes):
            if region is not None and path.contains(local):
                return region
        return None

    # ------------------------------------------------------------------ input

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if self.selectable:
            region = self.region_at(event.position())
            if region is not None:
                self.select(region)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if not self.selectable:
            return super().keyPressEvent(event)
        step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_Left: -1}
        if event.key() in step:
            index = REGIONS.index(self.selected) if self.selected else -1
            self.select(REGIONS[(index + step[event.key()]) % len(REGIONS)])
        else:
            super().keyPressEvent(event)

    # ---------------------------------------------------------------- drawing

    def paintEvent(self, event) -> None:  # noqa: N802
        palette = theme.current()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scale, dx, dy = self._transform()
        painter.translate(dx, dy)
        painter.scale(scale, scale)
        outline = QPen(QColor(palette.border), 1.2)
        highlight = QColor(getattr(palette, self.highlight_color))
        for region, path in self._shapes:
            if region in self.highlighted:
                fill = highlight
            elif region in self.ratings:
                fill = rating_color(self.ratings[region])
            else:
                fill = QColor(palette.body_idle)
            painter.setPen(outline)
            painter.setBrush(fill)
            painter.drawPath(path)
            if region is not None and region == self.selected:
                painter.setPen(QPen(QColor(palette.text), 2.5))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawPath(path)
        # Words at the widget's own font size, whatever the map's scale, so they stay
        # readable on a small map: which view is which, and which side is the right.
        painter.resetTransform()
        if self.hasFocus():  # the arrow keys move between regions: show where they act
            painter.setPen(QPen(QColor(palette.accent), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 8, 8)
        painter.setPen(QColor(palette.muted))
        painter.setFont(self.font())
        line = self.fontMetrics().height()
        width = self._size[0] * scale
        for index, text in enumerate((tr("Front", "the body seen from the front"),
                                      tr("Back", "the body seen from behind"))):
            x = dx + index * (self._size[0] + GAP) * scale
            painter.drawText(QRectF(x, dy + self._size[1] * scale - line, width, line),
                             Qt.AlignmentFlag.AlignCenter, text)
        # The front view faces us: the person's right is on our left (the back view: right),
        # in a right-to-left language too (Absolute: not mirrored with the layout).
        absolute = Qt.AlignmentFlag.AlignAbsolute
        painter.drawText(QRectF(dx, dy, width, line), Qt.AlignmentFlag.AlignLeft | absolute,
                         tr("R", "the body's own right side"))
        painter.drawText(QRectF(dx, dy, width, line), Qt.AlignmentFlag.AlignRight | absolute,
                         tr("L", "the body's own left side"))
        painter.end()


class RatingKey(QWidget):
    """The body map's colour key: a swatch for each rating, 0 (relaxed) to 10 (most tense)."""

    SWATCH = 18

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(tr("Colour key: from green-blue at 0, relaxed, to red-brown at 10, "
                               "most tense"))
        self.setMinimumHeight(self.SWATCH + self.fontMetrics().height() + 4)

    def sizeHint(self):  # noqa: N802
        from PySide6.QtCore import QSize

        return QSize(11 * (self.SWATCH + 2) + 8, self.minimumHeight())

    def paintEvent(self, event) -> None:  # noqa: N802
        palette = theme.current()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        for value in range(11):
            painter.setBrush(rating_color(value))
            painter.drawRoundedRect(QRectF(value * (self.SWATCH + 2), 0, self.SWATCH,
                                           self.SWATCH), 3, 3)
        painter.setPen(QColor(palette.muted))
        line = self.fontMetrics().height()
        width = 11 * (self.SWATCH + 2) - 2
        below = QRectF(0, self.SWATCH + 2, width, line)
        painter.drawText(below, Qt.AlignmentFlag.AlignLeft, "0 relaxed")
        painter.drawText(below, Qt.AlignmentFlag.AlignRight, "10 most tense")
        painter.end()
