"""The body map's two figures, front and back, as painter paths from assets/body_map.json.

Geometry only (QtGui, no widgets): the map on screen (relaxapp.ui.widgets.body_map) and the
doctor's report (relaxapp.drawing.report_pdf) draw the same figures.
"""

from __future__ import annotations

import json
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainterPath

from relaxapp import resources

GAP = 30  # between the two figures, in map units


@lru_cache(maxsize=1)
def load_map() -> dict:
    return json.loads(resources.asset("body_map.json").read_text(encoding="utf-8"))


def _path(shape: dict, dx: float) -> QPainterPath:
    path = QPainterPath()
    if "rect" in shape:
        x, y, w, h = shape["rect"]
        radius = shape.get("radius", 0)
        path.addRoundedRect(QRectF(x + dx, y, w, h), radius, radius)
    else:
        cx, cy, rx, ry = shape["ellipse"]
        path.addEllipse(QPointF(cx + dx, cy), rx, ry)
    return path


def figure_paths() -> tuple[list[tuple[str | None, QPainterPath]], tuple[float, float]]:
    """Every shape of the front and back figures, side by side, in map units, with the size
    of both together. A shape with no region is outline only (the head's back, the hands)."""
    data = load_map()
    width, height = data["size"]
    shapes = []
    for index, view in enumerate(("front", "back")):
        dx = index * (width + GAP)
        for item in data["views"][view]:
            shapes.append((item["region"], _path(item["shape"], dx)))
    return shapes, (2 * width + GAP, height)
