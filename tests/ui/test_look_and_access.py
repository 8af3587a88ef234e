"""How it looks and who can use it: contrast in both themes, names for every control,
the system font size, drawn ticks and arrows, and markup rendered rather than shown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractSlider, QAbstractSpinBox, QCheckBox, QComboBox,
    QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QStyle, QStyleOptionButton,
)

from relaxapp import resources
from relaxapp.ui.widgets import theme

pytestmark = pytest.mark.gui


def contrast(a: str, b: str) -> float:
    def luminance(colour: str) -> float:
        channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("palette", [theme.LIGHT, theme.DARK], ids=["light", "dark"])
def test_colours_pass_wcag_aa_in_both_themes(palette):
    pairs = [(palette.text, palette.background), (palette.text, palette.surface),
             (palette.muted, palette.background), (palette.muted, palette.surface),
             (palette.muted, palette.raised), (palette.accent_text, palette.accent),
             (palette.caution_text, palette.caution_bg), (palette.tense, palette.background),
             (palette.emergency_text, palette.emergency_bg),
             (palette.release, palette.background), (palette.accent, palette.background),
             (palette.text, palette.accent_soft)]
    for foreground, background in pairs:
        assert contrast(foreground, background) >= 4.5, (foreground, background)


def test_every_control_has_an_accessible_name(app, qtbot):
    window = app.window
    window.steps.open_start("box-breathing")
    pages = [window.library_page, window.start_page, window.player, window.after_page,
             window.about_page]
    for page in pages:
        for control in page.findChildren(QAbstractButton):
            assert control.text().strip() or control.accessibleName().strip(), (page, control)
        for kind in (QComboBox, QAbstractSpinBox, QAbstractSlider, QPlainTextEdit, QLineEdit):
            for control in page.findChildren(kind):
                if type(control).__name__ != "QScrollBar":
                    assert control.accessibleName().strip(), (page, control)


def test_text_follows_the_system_font_size():
    small, large = theme.style_sheet(theme.LIGHT, 10), theme.style_sheet(theme.LIGHT, 15)
    assert "font-size: 22.0pt" in small and "font-size: 33.0pt" in large


def _pixels_near(image, colour: str, tolerance: int = 24) -> int:
    target = QColor(colour)
    count = 0
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            if max(abs(pixel.red() - target.red()), abs(pixel.green() - target.green()),
                   abs(pixel.blue() - target.blue())) <= tolerance:
                count += 1
    return count


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_check_marks_and_arrows_are_drawn_in_both_themes(qapp, qtbot, mode):
    """The style sheet draws them from image files: a wrong path shows a blank box."""
    palette = theme.apply(qapp, mode)
    try:
        box = QCheckBox("On")
        qtbot.addWidget(box)
        box.show()
        option = QStyleOptionButton()
        box.initStyleOption(option)
        indicator = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
        inside = indicator.adjusted(3, 3, -3, -3)  # within the border and round corners
        box.setChecked(True)
        ticked = box.grab(inside).toImage()
        assert _pixels_near(ticked, palette.accent, 8) > 10  # the box is filled...
        assert _pixels_near(ticked, palette.accent_text, 8) > 3  # ...and ticked

        spin = QSpinBox()
        qtbot.addWidget(spin)
        spin.resize(160, 40)
        spin.show()
        combo = QComboBox()
        combo.addItem("One")
        qtbot.addWidget(combo)
        combo.resize(160, 40)
        combo.show()
        for control in (spin, combo):
            arrows = control.grab().toImage()
            assert _pixels_near(arrows, theme.CONTROL_GREY, 16) >= 4, control  # the chevrons
    finally:
        theme.apply(qapp, "light")


@pytest.mark.parametrize("palette", [theme.LIGHT, theme.DARK], ids=["light", "dark"])
def test_control_arrows_and_scroll_bars_are_visible_in_both_themes(palette):
    for background in (palette.surface, palette.raised, palette.background):
        assert contrast(theme.CONTROL_GREY, background) >= 3.0, background  # WCAG, UI parts
    for arrow in ("chevron-up.svg", "chevron-down.svg"):
        assert theme.CONTROL_GREY in (resources.asset("ui") / arrow).read_text()


def test_markup_in_our_own_words_is_rendered_never_shown(app, qtbot):
    """Labels show script text literally; the few written with markup must say so."""
    from relaxapp.ui.dialogs.log_dialog import LogDialog
    from relaxapp.ui.shell.onboarding import WelcomeDialog

    window = app.window
    window.steps.open_start("box-breathing")
    welcome, log = WelcomeDialog(window), LogDialog(window)
    for widget in (window.library_page, window.start_page, window.player, window.after_page,
                   window.about_page, window.history_page, welcome, log):
        for shown in widget.findChildren(QLabel):
            if "<b>" in shown.text() or "<br>" in shown.text():
                assert shown.textFormat() != Qt.TextFormat.PlainText, shown.text()


def test_the_window_fits_the_screen_with_room_for_a_title_bar(app):
    room = app.window.screen().availableGeometry()
    size = app.window.size()
    assert size.width() <= room.width() - 16 and size.height() <= room.height() - 48
    assert size.width() >= 640 and size.height() >= 520


def test_enter_presses_the_focused_button(app, qtbot):
    from PySide6.QtCore import Qt as QtKeys

    app.window.show_about()
    back = app.window.about_page.findChildren(QAbstractButton)[0]
    back.setFocus()
    with qtbot.waitSignal(back.clicked, timeout=1_000):
        qtbot.keyClick(back, QtKeys.Key.Key_Return)
    assert app.window.pages.currentWidget() is app.window.home_page


def test_opening_the_sessions_folder_says_where_it_is_even_without_a_file_manager(
        app, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    app.window.open_sessions_folder()
    message = app.window.statusBar().currentMessage()
    assert message.startswith("No file manager opened") and str(app.data_dir / "sessions") in message
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    app.window.open_sessions_folder()
    assert app.window.statusBar().currentMessage().endswith(str(app.data_dir / "sessions"))


def test_dialog_buttons_carry_words_not_stock_icons(qapp):
    """Desktops whose style puts a tick, a cross or a floppy disk on OK, Cancel and Save
    (simulated by a style that asks for them) get the app's own plain buttons."""
    from PySide6.QtWidgets import QDialogButtonBox, QProxyStyle, QStyle

    from relaxapp.ui.widgets import theme

    class IconsOnButtons(QProxyStyle):
        def styleHint(self, hint, option=None, widget=None, data=None):  # noqa: N802
            if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
                return 1
            return super().styleHint(hint, option, widget, data)

    original = qapp.style().name()
    qapp.setStyle(IconsOnButtons(original))
    try:
        theme.apply(qapp, "light")  # the app's style sheet, over the desktop's style
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                               | QDialogButtonBox.StandardButton.Cancel)
        assert [b.icon().isNull() for b in box.buttons()] == [True, True]
        qapp.setStyleSheet("")
        bare = QDialogButtonBox(QDialogButtonBox.StandardButton.Save)
        assert not bare.buttons()[0].icon().isNull()  # the style would have put one
    finally:
        qapp.setStyle(original)
        theme.apply(qapp, "light")
