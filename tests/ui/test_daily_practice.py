"""Daily practice: reminders on a fake clock, settings, single instance, onboarding,
desktop entry, contrast and accessible names."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import datetime, time, timedelta, timezone

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractSlider, QAbstractSpinBox, QApplication, QCheckBox, QComboBox,
    QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QStyle, QStyleOptionButton,
)

from relaxapp import resources
from relaxapp.core.reminders import Reminder
from relaxapp.ui import theme
from relaxapp.ui.onboarding import welcome_once
from relaxapp.ui.reminder_service import start_reminders
from relaxapp.ui.settings import Settings
from relaxapp.ui.single_instance import InstanceServer

pytestmark = pytest.mark.gui
TZ = timezone(timedelta(hours=1))


class Now:
    def __init__(self, moment):
        self.moment = moment

    def __call__(self):
        return self.moment

    def advance(self, **delta):
        self.moment += timedelta(**delta)


def reminders_at(app, now, use_tray, *items):
    app.window.settings.reminders = list(items)
    start_reminders(app.window, now=now, use_tray=use_tray)
    return app.window.reminders


def test_reminder_window_start_now_and_later(app, qtbot):
    now = Now(datetime(2026, 11, 25, 7, 59, tzinfo=TZ))
    service = reminders_at(app, now, False, Reminder(time(8, 0), session_id="box-breathing"))
    service.check()
    assert service.window is None
    now.advance(minutes=1, seconds=10)
    service.check()
    assert service.window is not None and service.window.isVisible()
    assert "Box breathing, 4-4-4-4" in " ".join(w.text() for w in service.window.findChildren(QLabel))
    service.window.later.emit()  # "Later (10 min)"
    assert service.window is None
    now.advance(minutes=9)
    service.check()
    assert service.window is None
    now.advance(minutes=1, seconds=30)
    service.check()
    assert service.window is not None
    service.window.start_now.emit()
    assert app.window.pages.currentWidget() is app.window.start_page
    assert app.window.start_page.session.id == "box-breathing"
    service.stop()


def test_reminders_missed_while_asleep_are_not_fired_late(app):
    now = Now(datetime(2026, 11, 25, 7, 0, tzinfo=TZ))
    service = reminders_at(app, now, False, Reminder(time(8, 0)), Reminder(time(12, 0)))
    now.advance(hours=6)  # the machine slept through both
    service.check()
    assert service.window is None and service.current is None
    service.stop()


def test_tray_notification_start_later_and_quit(app, qtbot, monkeypatch):
    now = Now(datetime(2026, 11, 25, 21, 29, 50, tzinfo=TZ))
    service = reminders_at(app, now, True, Reminder(time(21, 30), session_id="pmr-recall"))
    assert service.tray is not None and not service.start_action.isEnabled()
    now.advance(seconds=20)
    service.check()
    assert service.start_action.isEnabled() and service.start_action.text() == "Start now: Relaxation by recall"
    service.later_action.trigger()
    assert not service.start_action.isEnabled() and len(service.schedule.snoozed) == 1
    now.advance(minutes=10)
    service.check()
    service.tray.messageClicked.emit()  # clicking the notification starts it
    assert app.window.start_page.session.id == "pmr-recall"

    app.window.close()  # with a tray and reminders, closing keeps the app in the tray
    assert not app.window.isVisible() and app.window.reminders is service
    service.show_window.emit()
    assert app.window.isVisible()
    quits = []
    monkeypatch.setattr(QApplication, "quit", lambda *args: quits.append(True))
    app.window.quit_app()
    assert quits == [True] and not app.window.isVisible()


def test_settings_round_trip_and_dialog(app, qtbot):
    settings = app.window.settings
    settings.volume, settings.voice_rate, settings.pace_percent = 35, 0.3, 120
    settings.reminders = [Reminder(time(8, 0), frozenset({0, 1, 2, 3, 4}), "resonance-6")]
    again = Settings(app.data_dir)
    assert (again.volume, again.voice_rate, again.pace_percent) == (35, 0.3, 120)
    assert again.reminders == settings.reminders
    settings._store.setValue("reminders/list", ["08:00 Mon x", "garbage", "25:00 Mon y"])
    assert Settings(app.data_dir).reminders == [Reminder(time(8, 0), frozenset({0}), "x")]

    from relaxapp.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(settings, app.data_dir, [("box-breathing", "Box")])
    qtbot.addWidget(dialog)
    dialog.volume.setValue(80)
    dialog.theme.setCurrentIndex(2)
    dialog.pace.setValue(90)
    dialog.voice_name.setCurrentIndex(1)
    dialog.new_time.setTime(QTime(21, 30))
    for box in dialog.day_boxes[:5]:
        box.setChecked(False)
    dialog.new_session.setCurrentIndex(0)
    dialog._add_reminder()
    assert dialog.reminder_list.item(1).text() == "21:30, Sat, Sun: Box"
    dialog.save()
    app.window.preferences.apply()
    assert (settings.volume, settings.theme, settings.pace_percent, settings.voice_name) == (80, "dark", 90, "natural")
    assert app.window.cues.volume == 0.8 and theme.current().name == "dark"
    assert app.window.theme_actions["dark"].isChecked()  # the View menu follows the dialog
    assert [r.to_text() for r in settings.reminders] == ["08:00 Mon x", "21:30 Sat,Sun box-breathing"]
    app.window.open_start("extended-exhale")
    assert app.window.start_page.scale == 0.9  # the default pace is used
    app.window.preferences.set_theme("light")


def test_back_up_now_makes_a_dated_consistent_copy(app):
    app.store.log_practice(activity="walk", minutes=5)
    message = app.window.preferences.back_up()
    [copy] = [p for p in app.data_dir.iterdir() if p.name.endswith("-backup.db")]
    assert message == f"Backed up to {copy}." and datetime.now().strftime("%Y-%m-%d") in copy.name
    conn = sqlite3.connect(copy)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM sessions").fetchone()[0] == 1
    conn.close()


def test_a_second_start_hands_over_to_the_running_app(app, qtbot):
    server = InstanceServer(app.data_dir)
    server.message_received.connect(app.window.handle_message)
    second = subprocess.Popen([sys.executable, "-m", "relaxapp", "--data-dir", str(app.data_dir),
                               "--start", "cyclic-sighing"], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    qtbot.waitUntil(lambda: second.poll() is not None, timeout=30_000)
    out, err = second.communicate()
    assert second.returncode == 0, err
    qtbot.waitUntil(lambda: app.window.pages.currentWidget() is app.window.start_page, timeout=5000)
    assert app.window.start_page.session.id == "cyclic-sighing"
    server.close()


def test_first_run_welcome_sets_a_reminder_and_offers_two_minutes(app, qtbot):
    window = app.window
    welcome_once(window)
    dialog = window.welcome
    assert dialog.isVisible()
    dialog.remind.setChecked(True)
    dialog.time.setTime(QTime(7, 30))
    dialog._try()
    assert window.settings.onboarded
    assert window.settings.reminders == [Reminder(time(7, 30), session_id="first-breaths")]
    assert window.start_page.session.id == "first-breaths"
    assert 110 <= window.start_page.session.script.planned_ms / 1000 <= 130
    window.welcome = None
    welcome_once(window)
    assert window.welcome is None  # once only


@pytest.mark.parametrize("start_id", [None, "box-breathing"])
def test_a_first_run_welcomes_unless_a_session_was_asked_for(qtbot, tmp_path, start_id):
    from PySide6.QtCore import Qt

    from relaxapp.ui.app import create_window

    window = create_window(tmp_path / "data", start_id)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.store is not None, timeout=5000)  # after the first paint
    try:
        welcome = getattr(window, "welcome", None)
        if start_id is None:
            assert welcome is not None and welcome.isVisible()
            welcome.reject()
        else:
            assert welcome is None
            assert window.pages.currentWidget() is window.start_page
            qtbot.keyClick(window.start_page, Qt.Key.Key_Return)  # Enter begins it
            assert window.pages.currentWidget() is window.player
            assert window.practice.script.id == start_id
            window.player.stop()
    finally:
        window.findChild(InstanceServer).close()
        window.store.close()
        window.close()


def test_desktop_entry_and_icons(tmp_path):
    from relaxapp.desktop import desktop_entry, install

    text = desktop_entry("relaxapp", [("box-breathing", "Box breathing, 4-4-4-4")])
    assert "Exec=relaxapp\n" in text and "Actions=start-box-breathing;" in text
    assert "[Desktop Action start-box-breathing]\nName=Box breathing, 4-4-4-4\nExec=relaxapp --start box-breathing" in text
    entry = install(tmp_path / "data", home=tmp_path / "home", command="relaxapp")
    written = entry.read_text()
    assert written.count("[Desktop Action") == 3 and "--data-dir" in written
    for size in (16, 48, 256):
        icon = tmp_path / "home" / ".local/share/icons/hicolor" / f"{size}x{size}/apps/relaxapp.png"
        assert icon.read_bytes()[:4] == b"\x89PNG"


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
    window.open_start("box-breathing")
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
    from relaxapp.ui.log_dialog import LogDialog
    from relaxapp.ui.onboarding import WelcomeDialog

    window = app.window
    window.open_start("box-breathing")
    welcome, log = WelcomeDialog(window), LogDialog(window)
    for widget in (window.library_page, window.start_page, window.player, window.after_page,
                   window.about_page, window.history_page, welcome, log):
        for shown in widget.findChildren(QLabel):
            if "<b>" in shown.text() or "<br>" in shown.text():
                assert shown.textFormat() != Qt.TextFormat.PlainText, shown.text()
