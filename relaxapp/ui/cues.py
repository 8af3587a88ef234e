"""Soft sounds at each phase change and spoken guidance, each optional, through one
audio path (QSoundEffect) with a volume for each.

QtMultimedia loads lazily (it costs start-up time). The voice's lines are rendered by a
separate process (see narrator.py). With no audio device or no voice the app runs
silently and says why, once.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from relaxapp import resources
from relaxapp.ui.narrator import Narrator

SOUND_FOR_PHASE = {"inhale": "inhale", "exhale": "exhale", "hold": "hold", "tense": "tense",
                   "release": "release", "say": "hold", "done": "done"}


class Cues(QObject):
    """Plays the cue for a phase and speaks its words, as the settings allow."""

    notice = Signal(str)  # a quiet, one-time explanation for the status bar

    def __init__(self, cache_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.sound_enabled = True
        self.voice_enabled = True
        self.volume = 0.6
        self._effects: dict | None = None
        self._told: set[str] = set()
        self.narrator = Narrator(cache_dir, self)
        self.narrator.notice.connect(lambda message: self._tell_once("voice", message))

    def _tell_once(self, key: str, message: str) -> None:
        if key not in self._told:
            self._told.add(key)
            self.notice.emit(message)

    # ----------------------------------------------------------------- sound

    def _load_effects(self) -> dict:
        if self._effects is not None:
            return self._effects
        self._effects = {}
        try:
            from PySide6.QtCore import QUrl
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError as error:  # e.g. the PulseAudio client library is missing
            self._tell_once("sound", f"Sound cues are off: audio is not available ({error}).")
            return self._effects
        if not QMediaDevices.audioOutputs():
            self._tell_once("sound", "Sound cues are silent: no audio output was found.")
            return self._effects
        for name in set(SOUND_FOR_PHASE.values()):
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(resources.asset(f"sounds/{name}.wav"))))
            effect.setVolume(self.volume)
            self._effects[name] = effect
        return self._effects

    def play(self, phase: str) -> None:
        name = SOUND_FOR_PHASE.get(phase)
        if not self.sound_enabled or name is None:
            return
        effect = self._load_effects().get(name)
        if effect is not None:
            effect.setVolume(self.volume)
            effect.play()

    # ----------------------------------------------------------------- voice

    def configure_voice(self, choice: str, rate: float) -> None:
        self.narrator.configure(choice, rate)

    def prepare(self, texts) -> None:
        """Render a session's lines ahead, while its start screen shows."""
        if self.voice_enabled and self._load_effects():
            self.narrator.prepare(texts)

    def preload(self, texts) -> None:
        if self.voice_enabled:
            self.narrator.preload(texts)

    def say(self, text: str) -> None:
        if not self.voice_enabled or not text or not self._load_effects():
            return
        self.narrator.play(text)

    def say_soon(self, text: str) -> None:
        """Say a line made up now (a pace change): as soon as it is rendered, if that is soon."""
        if self.voice_enabled and text and self._load_effects():
            self.narrator.speak_soon(text)

    def stop(self) -> None:
        self.narrator.stop()
