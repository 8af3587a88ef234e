"""Render assets/icon.svg to PNGs for the desktop (assets/icons/relaxapp-SIZE.png)."""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
app = QGuiApplication(sys.argv[:1])
renderer = QSvgRenderer(str(ROOT / "assets" / "icon.svg"))
for size in (16, 32, 48, 64, 128, 256):
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    image.save(str(ROOT / "assets" / "icons" / f"relaxapp-{size}.png"))
print("icons written")
