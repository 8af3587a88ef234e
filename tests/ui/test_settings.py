"""Settings: kept, read back, upgraded from older files, and the backup they offer."""

from __future__ import annotations

import re
import sqlite3
from datetime import time

import pytest

from PySide6.QtCore import QTime

from relaxapp.core.reminders import Reminder
from relaxapp.ui.widgets import theme
from relaxapp.ui.shell.settings import Settings

pytestmark = pytest.mark.gui


def test_settings_round_trip_and_dialog(app, qtbot):
    settings = app.window.settings
    settings.volume, settings.voice_rate, settings.pace_stretch = 35, 0.3, 1.2
    settings.reminders = [Reminder(time(8, 0), frozenset({0, 1, 2, 3, 4}), "resonance-6")]
    again = Settings(app.data_dir)
    assert (again.volume, again.voice_rate, again.pace_stretch) == (35, 0.3, 1.2)
    assert again.reminders == settings.reminders
    settings._store.setValue("reminders/list", ["08:00 Mon x", "garbage", "25:00 Mon y"])
    assert Settings(app.data_dir).reminders == [Reminder(time(8, 0), frozenset({0}), "x")]

    from relaxapp.ui.dialogs.settings_dialog import SettingsDialog

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
    assert (settings.volume, settings.theme, settings.pace_stretch, settings.voice_name) == \
        (80, "dark", 0.9, "natural")
    assert app.window.cues.volume == 0.8 and theme.current().name == "dark"
    assert app.window.menu_actions.themes["dark"].isChecked()  # the View menu follows the dialog
    assert [r.to_text() for r in settings.reminders] == ["08:00 Mon x", "21:30 Sat,Sun box-breathing"]
    app.window.steps.open_start("extended-exhale")
    assert app.window.start_page.stretch == 0.9  # the default pace is used
    app.window.settings.theme = "light"


def test_back_up_now_makes_a_dated_consistent_copy(app):
    app.store.log_practice(activity="walk", minutes=5)
    message = app.window.preferences.back_up()
    [copy] = [p for p in app.data_dir.iterdir() if p.name.endswith("-backup.db")]
    assert message == f"Backed up to {copy}."
    assert re.fullmatch(r"relaxapp-\d{4}-\d\d-\d\d-\d{6}-backup\.db", copy.name)  # dated
    conn = sqlite3.connect(copy)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM sessions").fetchone()[0] == 1
    conn.close()




def test_an_older_settings_file_is_upgraded_and_keeps_its_choices(tmp_path):
    (tmp_path / "settings.ini").write_text(
        "[app]\nonboarded=true\n\n[breathing]\npace_percent=120\n\n[cues]\nvolume=35\n")
    settings = Settings(tmp_path)
    assert settings.pace_stretch == 1.2 and settings.volume == 35 and settings.onboarded
    text = (tmp_path / "settings.ini").read_text()
    assert "pace_percent" not in text and "settings_version=2" in text
    settings.pace_stretch = 0.9  # upgraded once: a later start leaves it alone
    assert Settings(tmp_path).pace_stretch == 0.9


@pytest.mark.parametrize("old", ["fast", "", "1e999"])
def test_a_hand_edited_pace_in_an_older_file_falls_back_to_the_default(tmp_path, old):
    (tmp_path / "settings.ini").write_text(f"[breathing]\npace_percent={old}\n")
    assert Settings(tmp_path).pace_stretch == 1.0  # the default


def test_a_file_from_a_newer_version_is_read_as_it_is(tmp_path):
    (tmp_path / "settings.ini").write_text(
        "[app]\nsettings_version=9\n\n[breathing]\nstretch=1.5\n")
    assert Settings(tmp_path).pace_stretch == 1.5


def test_a_setting_changed_anywhere_is_followed_by_the_menus_the_sound_and_today(app, qtbot):
    """The settings announce each change; the window no longer needs to be told."""
    from datetime import time as clock_time

    from relaxapp.core.reminders import Reminder

    window, settings = app.window, app.window.settings
    heard = []
    settings.watch(heard.append)
    settings.voice = not settings.voice
    assert window.menu_actions.voice.isChecked() == settings.voice
    assert window.cues.voice_enabled == settings.voice
    settings.theme = "dark"
    assert window.menu_actions.themes["dark"].isChecked() and theme.current().name == "dark"
    settings.theme = "dark"  # the same value again: nothing to follow, nothing said
    settings.reminders = [Reminder(clock_time(21, 0), session_id="box-breathing")]
    assert heard == ["voice", "theme", "reminders"]
    assert "21:00" in window.home_page.reminder.text()
