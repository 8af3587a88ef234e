"""Soft sounds at each phase change and spoken guidance, each optional.

Both load lazily (QtMultimedia and QtTextToSpeech cost start-up time). With no
audio device or no speech engine the app runs silently and says why, once.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from relaxapp import resources

SOUND_FOR_PHASE = {"inhale": "inhale", "exhale": "exhale", "hold": "hold", "tense": "tense",
                   "release": "release", "say": "hold", "done": "done"}


class Cues(QObject):
    """Plays the cue for a phase and speaks its words, as the settings allow."""

    notice = Signal(str)  # a quiet, one-time explanation for the status bar

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.sound_enabled = True
        self.voice_enabled = False
        self.volume = 0.6
        self.rate = -0.2  # a little slower than the engine's default: calm guidance
        self.voice_name = ""
        self._effects: dict | None = None
        self._speech = None
        self._speech_checked = False
        self._told: set[str] = set()

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

    def _engine(self):
        if self._speech_checked:
            return self._speech
        self._speech_checked = True
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError as error:
            self._tell_once("voice", f"Spoken guidance is off: speech is not available ({error}).")
            return None
        engines = [engine for engine in QTextToSpeech.availableEngines() if engine != "mock"]
        if not engines:
            self._tell_once("voice", "Spoken guidance is off: no speech engine is installed "
                                     "(on Linux, install speech-dispatcher).")
            return None
        speech = QTextToSpeech(engines[0], self)
        if speech.state() == QTextToSpeech.State.Error:
            self._tell_once("voice", "Spoken guidance is off: the speech engine did not start.")
            return None
        self._speech = speech
        self.apply_voice()
        return speech

    def apply_voice(self) -> None:
        """Speaking rate and chosen voice, once an engine exists."""
        if self._speech is None:
            return
        self._speech.setRate(self.rate)
        for voice in self._speech.availableVoices():
            if voice.name() == self.voice_name:
                self._speech.setVoice(voice)

    def available_voices(self) -> list[str]:
        engine = self._engine()
        return [voice.name() for voice in engine.availableVoices()] if engine is not None else []

    def set_language(self, tag: str) -> None:
        """Speak in the script's language where a voice for it exists."""
        engine = self._engine() if self.voice_enabled else None
        if engine is None:
            return
        wanted = tag.replace("-", "_").lower()
        locales = engine.availableLocales()
        match = next((loc for loc in locales if loc.name().lower() == wanted), None) or \
            next((loc for loc in locales
                  if loc.name().lower().split("_")[0] == wanted.split("_")[0]), None)
        if match is not None:
            engine.setLocale(match)

    def say(self, text: str) -> None:
        if not self.voice_enabled or not text:
            return
        engine = self._engine()
        if engine is not None:
            engine.stop()
            engine.say(text)

    def stop(self) -> None:
        if self._speech is not None:
            self._speech.stop()
