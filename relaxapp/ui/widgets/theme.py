"""One calm palette per theme, and the style sheet built from it.

Custom-painted widgets (the breathing shape, the body map) read their colours from
``current()`` as they paint. What keeps colours of its own (the history's charts, their
pens, brushes and legends) restyles on ``changes().changed``, which every ``apply`` emits.
"""

from __future__ import annotations

import functools
from typing import NamedTuple

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from relaxapp import resources


class Palette(NamedTuple):  # not a dataclass: that module and class cost the first paint 4 ms
    name: str
    background: str
    surface: str
    raised: str  # hovered cards, pressed buttons
    text: str
    muted: str  # secondary text; >= 4.5:1 on background and surface
    border: str
    accent: str  # buttons, focus, the breath
    accent_text: str  # text on accent
    accent_soft: str  # the breath's glow, selected rating
    tense: str
    release: str
    caution_bg: str
    caution_text: str
    emergency_bg: str  # the note that says to call emergency services
    emergency_text: str
    body_idle: str


LIGHT = Palette(
    name="light", background="#f3f6f5", surface="#ffffff", raised="#e8f0ed", text="#1d2b29",
    muted="#53635f", border="#d5e0dc", accent="#2c6a62", accent_text="#ffffff",
    accent_soft="#bfe0d7", tense="#a64f30", release="#2c7a6c", caution_bg="#fbf1e4",
    caution_text="#6b4415", emergency_bg="#fbe3de", emergency_text="#7a1d10", body_idle="#dfe7e4",
)
DARK = Palette(
    name="dark", background="#141b1a", surface="#1d2725", raised="#273532", text="#e4ecea",
    muted="#a3b3af", border="#32413d", accent="#7fc7b7", accent_text="#0f1716",
    accent_soft="#2b4b44", tense="#e39a80", release="#7fc7b7", caution_bg="#2f2619",
    caution_text="#f0d3ab", emergency_bg="#3d1c16", emergency_text="#ffc9bc", body_idle="#34423f",
)

# Scroll bars and the arrows of spin and combo boxes (assets/ui/chevron-*.svg): one grey
# with 3:1 contrast on every field and background of both themes.
CONTROL_GREY = "#788884"

_current = LIGHT


def current() -> Palette:
    return _current


class ThemeChanges(QObject):
    changed = Signal(object)  # the Palette now in use


_changes: ThemeChanges | None = None


def changes() -> ThemeChanges:
    """The one object that announces a change of theme."""
    global _changes
    if _changes is None:
        _changes = ThemeChanges()
    return _changes


def system_prefers_dark() -> bool:
    """Whether the desktop is in a dark mode: its window colour is darker than its text.

    The palette follows the desktop's light or dark mode wherever Qt knows of one. (Asking
    ``QStyleHints.colorScheme()`` instead would build all of Qt's namespace enums, about
    15 ms, before the first paint; see ``brush``.)
    """
    palette = QGuiApplication.palette()
    return (palette.color(QPalette.ColorRole.Window).lightnessF()
            < palette.color(QPalette.ColorRole.WindowText).lightnessF())


def resolve(choice: str) -> Palette:
    if choice == "dark" or (choice == "system" and system_prefers_dark()):
        return DARK
    return LIGHT


def apply(app: QApplication, choice: str = "system") -> Palette:
    """Set the palette for the whole application; returns it."""
    global _current
    _current = resolve(choice)
    app.setStyleSheet(style_sheet(_current, app.font().pointSizeF()))
    changes().changed.emit(_current)
    return _current


def color(value: str, alpha: float = 1.0) -> QColor:
    result = QColor(value)
    result.setAlphaF(alpha)
    return result


@functools.cache  # a few colours, asked for on every paint
def brush(value: str) -> QBrush:
    """A solid brush of ``value``, to fill with or to colour text with.

    Made by way of a palette, not ``QBrush(QColor)``: resolving QBrush's overloads (and
    QPainter.setPen's, and QPen's) makes PySide build every enum of Qt's namespace, about
    15 ms, which a page's first paint would wait for.
    """
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(value))
    return palette.brush(QPalette.ColorRole.Window)


def mix(base: str, over: str, share: float) -> QColor:
    """``over`` laid on ``base`` at ``share`` opacity, as one opaque colour."""
    a, b = QColor(base), QColor(over)
    return QColor.fromRgbF(a.redF() + (b.redF() - a.redF()) * share,
                           a.greenF() + (b.greenF() - a.greenF()) * share,
                           a.blueF() + (b.blueF() - a.blueF()) * share)


def _ui_image(name: str) -> str:
    """A control's image (arrows, check mark) for the style sheet. The arrows are drawn in
    ``CONTROL_GREY``; each theme has its own check mark, in its ``accent_text`` on its
    ``accent``."""
    return (resources.asset("ui") / name).as_posix()


BREATH_MARK_SIZE = 112  # the home's emblem: three rings, drawn by the style sheet


def _breath_mark_rings(p: Palette) -> str:
    """The emblem's three rings (from the centre: 0.46, 0.74 and all of its radius) as a
    radial gradient; a 1 px blend between rings smooths their edges, as antialiasing would."""
    blend = 0.5 / (BREATH_MARK_SIZE / 2 - 2)
    inner, middle, outer = (mix(p.surface, over, amount).name() for over, amount in (
        (p.accent, 0.75), (p.accent_soft, 1.0), (p.accent_soft, 0.55)))
    return (f"qradialgradient(cx: 0.5, cy: 0.5, radius: 0.5, fx: 0.5, fy: 0.5, "
            f"stop: 0 {inner}, stop: {0.46 - blend:.3f} {inner}, stop: {0.46 + blend:.3f} {middle}, "
            f"stop: {0.74 - blend:.3f} {middle}, stop: {0.74 + blend:.3f} {outer}, stop: 1 {outer})")


def style_sheet(p: Palette, base: float = 10.0) -> str:
    """Sizes are multiples of ``base``, the system's font size, so larger system text
    makes every heading larger too."""
    base = base if base > 0 else 10.0

    def size(factor: float) -> str:
        return f"{base * factor:.1f}pt"

    return f"""
    QWidget {{ background: {p.background}; color: {p.text}; }}
    QMainWindow, QDialog {{ background: {p.background}; }}
    QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}
    QLabel {{ background: transparent; }}
    QLabel[role="title"] {{ font-size: {size(2.2)}; font-weight: 600; }}
    QLabel[role="heading"] {{ font-size: {size(1.4)}; font-weight: 600; margin-top: 8px; }}
    QLabel[role="muted"] {{ color: {p.muted}; }}
    QFrame[role="card"] {{ background: {p.surface}; border: 1px solid {p.border};
        border-radius: 12px; }}
    QFrame[role="card"] QWidget {{ background: transparent; }}
    QFrame[role="card"] QPushButton {{ background: {p.surface}; }}
    QFrame[role="card"] QPushButton:hover {{ background: {p.raised}; }}
    QFrame[role="card"] QPushButton[role="primary"] {{ background: {p.accent}; }}
    QFrame[role="card"] QProgressBar {{ background: {p.border}; }}
    QFrame[role="card"] QFrame[role="breath-mark"] {{ margin: 2px;
        border-radius: {BREATH_MARK_SIZE // 2 - 2}px; background: {_breath_mark_rings(p)}; }}
    QLabel[role="lead"] {{ font-size: {size(1.25)}; }}
    QLabel[role="note"] {{ background: {p.surface}; border: 1px solid {p.border};
        border-radius: 8px; padding: 10px 12px; }}
    QTabWidget::pane {{ border: 1px solid {p.border}; border-radius: 8px; top: -1px;
        background: {p.surface}; }}
    QTabBar::tab {{ background: transparent; color: {p.muted}; border: none;
        border-bottom: 3px solid transparent; padding: 8px 16px; margin-right: 4px; }}
    QTabBar::tab:selected {{ color: {p.text}; border-bottom: 3px solid {p.accent};
        font-weight: 600; }}
    QTabBar::tab:hover {{ color: {p.text}; }}
    QTabBar::tab:focus {{ color: {p.accent}; }}
    QLabel[role="suggestion"] {{ font-size: {size(1.7)}; font-weight: 600; }}
    QLabel[role="figure"] {{ font-size: {size(1.25)}; font-weight: 600; }}
    QLabel[role="phase"] {{ font-size: {size(2.6)}; font-weight: 500; }}
    QLabel[role="count"] {{ font-size: {size(1.5)}; color: {p.muted}; }}
    QLabel[role="instruction"] {{ font-size: {size(1.4)}; }}
    QLabel[role="caution"] {{ background: {p.caution_bg}; color: {p.caution_text};
        border-radius: 8px; padding: 10px 12px; }}
    QLabel[role="safety"] {{ background: {p.caution_bg}; color: {p.caution_text};
        border-radius: 8px; padding: 12px 14px; }}
    QLabel[role="emergency"] {{ background: {p.emergency_bg}; color: {p.emergency_text};
        border-left: 5px solid {p.emergency_text}; border-radius: 8px; padding: 12px 14px; }}
    QLabel[role="error"] {{ color: {p.tense}; }}
    QPushButton {{ background: {p.surface}; border: 1px solid {p.border}; border-radius: 8px;
        padding: 8px 16px; min-height: 22px; }}
    QPushButton:hover {{ background: {p.raised}; }}
    QPushButton:focus {{ border: 2px solid {p.accent}; }}
    QPushButton:checked {{ background: {p.accent_soft}; border: 2px solid {p.accent}; }}
    QPushButton:checked:focus {{ border: 2px solid {p.text}; }}
    QPushButton:disabled {{ color: {p.muted}; }}
    QPushButton[role="primary"] {{ background: {p.accent}; color: {p.accent_text};
        border: 2px solid {p.accent}; font-weight: 600; padding: 10px 28px; }}
    QPushButton[role="primary"]:focus {{ border: 2px solid {p.text}; }}
    QPushButton[role="primary"]:disabled {{ background: {p.surface}; color: {p.muted};
        border: 2px dashed {p.border}; }}
    QPushButton[role="rating"] {{ min-width: 30px; padding: 6px 4px; }}
    QPushButton[role="link"] {{ border: none; background: transparent; color: {p.accent};
        text-decoration: underline; padding: 2px; }}
    QPushButton[role="link"]:focus {{ border: 2px solid {p.accent}; border-radius: 4px; }}
    QScrollArea, QScrollArea > QWidget > QWidget {{ background: {p.background}; border: none; }}
    QPlainTextEdit, QLineEdit, QSpinBox, QDoubleSpinBox, QDateTimeEdit, QComboBox {{
        background: {p.surface}; border: 1px solid {p.border}; border-radius: 6px; padding: 6px; }}
    QPlainTextEdit:focus, QLineEdit:focus, QSpinBox:focus, QDoubleSpinBox:focus,
    QDateTimeEdit:focus, QComboBox:focus {{ border: 2px solid {p.accent}; }}
    QAbstractSpinBox, QComboBox {{ padding-right: 26px; }}
    QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"], QAbstractSpinBox[invalid="true"],
    QComboBox[invalid="true"], QListWidget[invalid="true"] {{ border: 2px solid {p.tense}; }}
    QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{
        subcontrol-origin: border; width: 24px; border: none;
        border-left: 1px solid {p.border}; background: transparent; }}
    QAbstractSpinBox::up-button {{ subcontrol-position: top right; border-top-right-radius: 6px; }}
    QAbstractSpinBox::down-button {{
        subcontrol-position: bottom right; border-bottom-right-radius: 6px; }}
    QAbstractSpinBox::up-button:hover, QAbstractSpinBox::down-button:hover {{
        background: {p.raised}; }}
    QComboBox::drop-down {{ subcontrol-origin: border; subcontrol-position: center right;
        width: 24px; border: none; background: transparent; }}
    QAbstractSpinBox::up-arrow {{
        image: url("{_ui_image("chevron-up.svg")}"); width: 10px; height: 6px; }}
    QAbstractSpinBox::down-arrow, QComboBox::down-arrow {{
        image: url("{_ui_image("chevron-down.svg")}"); width: 10px; height: 6px; }}
    QScrollBar:vertical {{ background: transparent; width: 12px; margin: 2px; }}
    QScrollBar:horizontal {{ background: transparent; height: 12px; margin: 2px; }}
    QScrollBar::handle {{ background: {CONTROL_GREY}; border-radius: 4px; }}
    QScrollBar::handle:vertical {{ min-height: 32px; }}
    QScrollBar::handle:horizontal {{ min-width: 32px; }}
    QScrollBar::handle:hover, QScrollBar::handle:pressed {{ background: {p.accent}; }}
    QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; border: none; }}
    QScrollBar::add-page, QScrollBar::sub-page {{ background: transparent; }}
    QSlider {{ background: transparent; min-height: 20px; }}
    QSlider::groove:horizontal {{ height: 4px; background: {p.border}; border-radius: 2px; }}
    QSlider::sub-page:horizontal {{ background: {p.accent}; border-radius: 2px; }}
    QSlider::handle:horizontal {{ background: {p.surface}; border: 2px solid {p.accent};
        width: 12px; height: 12px; margin: -6px 0; border-radius: 8px; }}
    QSlider::handle:horizontal:focus {{ background: {p.accent_soft}; }}
    QCheckBox {{ background: transparent; spacing: 8px; padding: 3px; }}
    QCheckBox::indicator {{ width: 16px; height: 16px; border: 2px solid {p.muted};
        border-radius: 4px; background: {p.surface}; }}
    QCheckBox::indicator:checked {{ background: {p.accent}; border-color: {p.accent};
        image: url("{_ui_image(f"check-{p.name}.svg")}"); }}
    QCheckBox:focus {{ color: {p.accent}; }}
    QRadioButton {{ background: transparent; spacing: 8px; padding: 3px; }}
    QRadioButton::indicator {{ width: 12px; height: 12px; border: 2px solid {p.muted};
        border-radius: 8px; background: {p.surface}; }}
    QRadioButton::indicator:checked {{ border-color: {p.accent}; background: qradialgradient(
        cx: 0.5, cy: 0.5, radius: 0.5, fx: 0.5, fy: 0.5, stop: 0 {p.accent}, stop: 0.55 {p.accent},
        stop: 0.6 {p.surface}, stop: 1 {p.surface}); }}
    QRadioButton:focus {{ color: {p.accent}; }}
    QMenuBar {{ background: {p.background}; }}
    QMenuBar::item:selected, QMenu::item:selected {{ background: {p.raised}; color: {p.text}; }}
    QMenu {{ background: {p.surface}; border: 1px solid {p.border}; }}
    QStatusBar {{ color: {p.muted}; }}
    QProgressBar {{ background: {p.raised}; border: none; border-radius: 3px; max-height: 6px; }}
    QProgressBar::chunk {{ background: {p.accent}; border-radius: 3px; }}
    QTextBrowser {{ background: {p.surface}; border: 1px solid {p.border}; border-radius: 8px;
        padding: 12px; }}
    QListWidget {{ background: {p.surface}; border: 1px solid {p.border}; border-radius: 8px;
        padding: 4px; }}
    QListWidget:focus {{ border: 2px solid {p.accent}; padding: 3px; }}
    QListWidget::item {{ padding: 5px 6px; border-radius: 4px; }}
    QListWidget::item:selected {{ background: {p.accent_soft}; color: {p.text}; }}
    QListWidget::indicator {{ width: 14px; height: 14px; border: 2px solid {p.muted};
        border-radius: 3px; background: {p.surface}; }}
    QListWidget::indicator:checked {{ background: {p.accent}; border-color: {p.accent};
        image: url("{_ui_image(f"check-{p.name}.svg")}"); }}
    QTextBrowser:focus {{ border: 2px solid {p.accent}; padding: 11px; }}
    """
