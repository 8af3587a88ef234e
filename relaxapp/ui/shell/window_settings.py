"""The settings as the window follows them: the Sound and View menus' choices, the settings
dialog with its test of sound and voice, and the backup it offers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from relaxapp.views import StoreError
from relaxapp.ui.widgets import theme
from relaxapp.core.language import tr

if TYPE_CHECKING:
    from relaxapp.ui.sound.cues import Cues
    from relaxapp.ui.shell.window_parts import WindowParts
    from relaxapp.ui.shell.settings import Settings


def apply_cue_settings(cues: Cues, settings: Settings) -> None:
    cues.sound_enabled = settings.sound
    cues.voice_enabled = settings.voice
    cues.volume = settings.volume / 100
    cues.mixer.gains["voice"] = settings.voice_volume / 100
    cues.mixer.gains["background"] = settings.background_volume / 100
    cues.configure_voice(settings.voice_name, settings.voice_rate)


TEST_WAIT_S = 60.0  # how long "Test sound and voice" waits for its line to be rendered


class Preferences(QObject):
    """The window following its settings: whatever changes one (a menu, the settings dialog,
    the welcome), the settings announce it (``Settings.watch``) and the window follows."""

    def __init__(self, window: WindowParts):
        super().__init__(window)
        self.window = window
        self.settings = window.settings
        self.settings.watch(self.follow)

    @property
    def cues(self) -> Cues:
        return self.window.cues  # made on first use, with the settings applied

    def _cues_made(self) -> bool:
        return self.window.made("cues")

    def follow(self, name: str) -> None:
        """One setting has changed: the sound, the menus, the player and Today follow it."""
        window, settings = self.window, self.settings
        actions = window.menu_actions  # None before the menus are filled
        if name in ("sound", "voice", "volume", "voice_volume", "background_volume",
                    "voice_name", "voice_rate") and self._cues_made():
            apply_cue_settings(self.cues, settings)
            if name == "voice" and not settings.voice:
                self.cues.stop()
        if actions is not None:
            checked = {"sound": (actions.sound, settings.sound),
                       "voice": (actions.voice, settings.voice),
                       "reduced_motion": (actions.reduced_motion, settings.reduced_motion),
                       "eyes_closed": (actions.eyes_closed, settings.eyes_closed),
                       "background": (actions.backgrounds.get(settings.background), True),
                       "theme": (actions.themes.get(settings.theme), True)}.get(name)
            if checked is not None and checked[0] is not None:
                checked[0].setChecked(checked[1])
        player = window.pages.built("player")
        if name == "background" and window.flow.running:
            self.cues.start_background(settings.background)
        elif name == "eyes_closed" and player is not None:
            player.set_eyes_closed(settings.eyes_closed)
        elif name == "reduced_motion" and player is not None:
            player.shape.reduced_motion = settings.reduced_motion
            player.shape.update()
        elif name == "theme":
            theme.apply(QApplication.instance(), settings.theme)  # pages that keep colours
            window.update()                                       # follow its signal
        elif name == "reminders":
            if window.reminders is not None:
                window.reminders.set_reminders(settings.reminders)
            window.today.refresh()  # it names the next reminder

    def open_dialog(self) -> None:
        from relaxapp.ui.dialogs.settings_dialog import SettingsDialog

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
        from relaxapp.core import language
        from relaxapp.core.guidance import TEST_LINE

        line = tr(TEST_LINE)  # in the app's language, and its voice
        apply_cue_settings(self.cues, self.settings)
        self.cues.narrator.configure(self.settings.voice_name, self.settings.voice_rate,
                                     language.current())
        self.cues.play("inhale")
        if not self.settings.voice:
            self.window.notify(tr("Spoken guidance is off; the chime is the sound cue."))
            return
        if not self.cues.narrator.is_ready(line):
            self.window.notify(tr("Preparing the voice… The first time takes a few seconds."))
        # At once if rendered, else when it is: the person is waiting to hear it, and the
        # first render (the voice's start) can take longer than a pace change may wait.
        self.cues.say_soon(line, within_s=TEST_WAIT_S)

    def apply(self) -> None:
        """The sound as the settings have it again: a test of sound and voice in the dialog
        may have changed it, and Cancel undone that."""
        apply_cue_settings(self.cues, self.settings)

    def back_up(self) -> str:
        """A consistent copy of the log beside it, named with the date; says where."""
        if self.window.store is None:
            return tr("There is no log to back up.")
        try:
            path = self.window.store.connection.backup("backup")
        except StoreError as error:
            return tr("Not backed up: {reason}.").format(reason=error.message)
        return tr("Backed up to {path}.").format(path=path)
