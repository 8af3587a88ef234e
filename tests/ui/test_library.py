"""The first window: the library's painted cards, used like any other control, and the theme."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette

from relaxapp.ui.widgets import theme
from tests.conftest import minimal_script

pytestmark = pytest.mark.gui


def card(app, session_id):
    app.window.show_library()
    return next(c for c in app.window.library_page.cards if c.session.id == session_id)


def test_script_text_is_shown_as_written_not_as_markup(app, qtbot, write_script):
    write_script(minimal_script(id="mine", title="<b>Mine</b> & <i>yours</i>", summary="a < b"),
                 "mine.json", app.data_dir / "sessions")
    app.window.library_watcher.reload()
    mine = card(app, "mine")
    assert (mine.title, mine.summary, mine.details) == ("<b>Mine</b> & <i>yours</i>", "a < b", "35 s · yours")
    assert mine.accessibleName() == "<b>Mine</b> & <i>yours</i>, 35 s"
    qtbot.mouseClick(mine, Qt.MouseButton.LeftButton)
    title = app.window.start_page.title
    assert title.text() == "<b>Mine</b> & <i>yours</i>"
    assert title.textFormat() == Qt.TextFormat.PlainText


def test_cards_grow_taller_as_the_window_narrows(app):
    box = card(app, "cyclic-sighing")
    assert box.hasHeightForWidth()
    wide, narrow = box.heightForWidth(1200), box.heightForWidth(360)
    assert narrow > wide  # the summary wraps onto more lines
    for width in (1280, 700):
        app.window.resize(width, 700)
        app.window.library_page.layout().activate()
        box.parentWidget().layout().activate()
        assert box.height() == box.heightForWidth(box.width())


def test_space_and_enter_open_a_card_and_arrows_move_between_cards(app, qtbot):
    with qtbot.waitActive(app.window):  # focus needs the active window (it can come late)
        app.window.activateWindow()
    app.window.show_library()
    cards = app.window.library_page.cards
    cards[0].setFocus()
    qtbot.keyClick(cards[0], Qt.Key.Key_Down)
    assert cards[1].hasFocus()
    qtbot.keyClick(cards[1], Qt.Key.Key_Up)
    assert cards[0].hasFocus()
    qtbot.keyClick(cards[0], Qt.Key.Key_Space)
    assert app.window.pages.currentWidget() is app.window.start_page
    assert app.window.start_page.session.id == cards[0].session.id
    app.window.show_library()
    cards[1].setFocus()
    qtbot.keyClick(cards[1], Qt.Key.Key_Enter)
    assert app.window.start_page.session.id == cards[1].session.id


def colour_at(widget, x, y) -> str:
    return widget.grab().toImage().pixelColor(x, y).name()


def test_cards_follow_the_theme_and_show_focus(app, qtbot):
    box = card(app, "box-breathing")
    inside = (box.width() - 6, box.height() // 2)  # in the margin, clear of text
    assert colour_at(box, *inside) == theme.LIGHT.surface
    box.setFocus()
    assert colour_at(box, 0, box.height() // 2) == theme.LIGHT.accent
    app.window.settings.theme = "dark"
    assert colour_at(box, *inside) == theme.DARK.surface
    # the title is drawn in the theme's text colour: on dark, its lightest pixel
    image = box.grab().toImage()
    title_row = [QColor(image.pixelColor(x, 22)).lightness() for x in range(18, 200)]
    assert max(title_row) == QColor(theme.DARK.text).lightness()
    app.window.settings.theme = "light"


def test_the_system_theme_follows_the_desktops_palette(qapp):
    original = qapp.palette()
    try:
        dark = QPalette(original)
        dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
        dark.setColor(QPalette.ColorRole.WindowText, QColor("#f0f0f0"))
        qapp.setPalette(dark)
        assert theme.system_prefers_dark() and theme.resolve("system") is theme.DARK
        assert theme.resolve("light") is theme.LIGHT
        light = QPalette(original)
        light.setColor(QPalette.ColorRole.Window, QColor("#f0f0f0"))
        light.setColor(QPalette.ColorRole.WindowText, QColor("#202020"))
        qapp.setPalette(light)
        assert not theme.system_prefers_dark() and theme.resolve("system") is theme.LIGHT
        assert theme.resolve("dark") is theme.DARK
    finally:
        qapp.setPalette(original)
