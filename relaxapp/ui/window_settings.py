"""The settings as the window follows them: the Sound and View menus' choices, the settings
dialog with its test of sound and voice, and the backup it offers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from relaxapp.views import StoreError
from relaxapp.ui import theme

if TYPE_CHECKING:
    from relaxapp.ui.cues import Cues
    from relaxapp.ui.main_window import MainWindow
    from relaxapp.ui.settings import Settings


def apply_cue_settings(cues: Cues, settings: Settings) -> None:
    cues.sound_enabled = settings.sound
    cues.voice_enabled = settings.voice
    cues.volume = settings.volume / 100
    cues.mixer.gains["voice"] = settings.voice_volume / 100
    cues.mixer.gains["background"] = settings.background_volume / 100
    cues.configure_voice(settings.voice_name, settings.voice_rate)


TEST_WAIT_S = 60.0  # how long "Test sound and voice" waits for its line to be rendered


class Preferences(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.settings = window.settings

    @property
    def cues(self) -> Cues:
        return self.window.cues  # made on first use, with the settings applied

    def set_sound(self, on: bool) -> None:
        self.settings.sound = self.cues.sound_enabled = on

    def set_voice(self, on: bool) -> None:
        self.settings.voice = self.cues.voice_enabled = on
        if not on:
            self.cues.stop()

    def set_background(self, name: str) -> None:
        self.settings.background = name
        self.window.menu_actions.backgrounds[self.settings.background].setChecked(True)
        if self.window.flow.running:
            self.cues.start_background(self.settings.background)

    def set_eyes_closed(self, on: bool) -> None:
        self.settings.eyes_closed = on
        if self.window.built("player") is not None:
            self.window.player.set_eyes_closed(on)

    def set_reduced_motion(self, on: bool) -> None:
        self.settings.reduced_motion = on
        if self.window.built("player") is not None:
            self.window.player.shape.reduced_motion = on
            self.window.player.shape.update()

    def set_theme(self, name: str) -> None:
        self.settings.theme = name
        self.window.menu_actions.themes[name].setChecked(True)  # the menu agrees, wherever chosen
        theme.apply(QApplication.instance(), name)  # pages that keep colours follow its signal
        self.window.update()

    def open_dialog(self) -> None:
        from relaxapp.ui.settings_dialog import SettingsDialog

        sessions = [(s.id, s.script.title) for s in
                    sorted(self.window.library.sessions, key=lambda s: s.script.title)]
        dialog = SettingsDialog(self.settings, self.window.data_dir, sessions, self.window)
        dialog.test_sound.connect(self.test_sound)
        dialog.backup_requested.connect(lambda: dialog.backup_result.setText(self.back_up()))
        if dialog.exec():
            dialog.save()
            if dialog.login_result:
                self.window.notify(dialog.login_result)
        self.apply()  # a test may have changed the sound, and Cancel undone it

    def test_sound(self) -> None:
        """A chime, then a line in the chosen voice (rendered first, if it is new)."""
        from relaxapp.core.guidance import TEST_LINE

        apply_cue_settings(self.cues, self.settings)
        self.cues.play("inhale")
        if not self.settings.voice:
            self.window.notify("Spoken guidance is off; the chime is the sound cue.")
            return
        if not self.cues.narrator.is_ready(TEST_LINE):
            self.window.notify("Preparing the voice… The first time takes a few seconds.")
        # At once if rendered, else when it is: the person is waiting to hear it, and the
        # first render (the voice's start) can take longer than a pace change may wait.
        self.cues.say_soon(TEST_LINE, within_s=TEST_WAIT_S)

    def apply(self) -> None:
        """Make the window follow the settings (after the settings dialog)."""
        window = self.window
        apply_cue_settings(self.cues, self.settings)
        window.menu_actions.sound.setChecked(self.settings.sound)
        window.menu_actions.voice.setChecked(self.settings.voice)
        window.menu_actions.reduced_motion.setChecked(self.settings.reduced_motion)
        self.set_theme(self.settings.theme)
        if window.reminders is not None:
            window.reminders.set_reminders(self.settings.reminders)
        window.refresh_home()  # it names the next reminder

    def back_up(self) -> str:
        """A consistent copy of the log beside it, named with the date; says where."""
        if self.window.store is None:
            return "There is no log to back up."
        try:
            path = self.window.store.connection.backup("backup")
        except StoreError as error:
            return f"Not backed up: {error.message}."
        return f"Backed up to {path}."
