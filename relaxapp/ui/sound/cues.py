"""Soft sounds at each phase change and spoken guidance, each optional, through one
audio path (relaxapp.audio's mixer, one output stream) with a volume for each.

QtMultimedia loads lazily (it costs start-up time). The voice's lines are rendered by a
separate process (see narrator.py). With no audio device or no voice the app runs
silently and says why, once.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from relaxapp import resources
from relaxapp.audio import RATE, Mixer, Playing, load_wav
from relaxapp.ui.sound.audio_out import AudioOut
from relaxapp.ui.sound.narrator import Narrator
from relaxapp.core.language import tr

SOUND_FOR_PHASE = {"inhale": "inhale", "exhale": "exhale", "hold": "hold", "tense": "tense",
                   "release": "release", "say": "hold", "done": "done"}


class Cues(QObject):
    """Plays the cue for a phase and speaks its words, as the settings allow, all through
    one mixer and one output stream."""

    notice = Signal(str)  # a quiet, one-time explanation for the status bar

    def __init__(self, cache_dir: Path, parent: QObject | None = None,
                 voices_dir: Path | None = None):
        super().__init__(parent)
        self.sound_enabled = True
        self.voice_enabled = True
        self.mixer = Mixer()
        self.output = AudioOut(self.mixer, self)
        self._sounds: dict = {}
        self._told: set[str] = set()
        self.narrator = Narrator(cache_dir, self.mixer, self, voices_dir)
        self.narrator.notice.connect(lambda message: self.tell_once("voice", message))

    @property
    def volume(self) -> float:
        return self.mixer.gains["cue"]

    @volume.setter
    def volume(self, value: float) -> None:
        self.mixer.gains["cue"] = value

    def tell_once(self, key: str, message: str) -> None:
        if key not in self._told:
            self._told.add(key)
            self.notice.emit(message)

    # ----------------------------------------------------------------- sound

    def _chimes(self) -> dict:
        """The chimes, read once the output is open; empty (and said once) without audio.
        A device that appears later is found at the next sound."""
        try:
            opened = self.output.is_open or self.output.open()
        except ImportError as error:  # e.g. the PulseAudio client library is missing
            self.tell_once("sound", tr("Sound is off: audio is not available ({reason}).")
                           .format(reason=error))
            return {}
        if not opened:
            self.tell_once("sound", tr("Sound is silent: no audio output was found."))
            return {}
        if not self._sounds:
            self._sounds = {name: load_wav(resources.asset(f"sounds/{name}.wav"))
                            for name in set(SOUND_FOR_PHASE.values())}
        return self._sounds

    def delay_frames(self, in_ms: int) -> int:
        """Where in the mix a sound must go to be heard ``in_ms`` from now: what is
        rendered now is heard after the output's lead. (Under the mixer's lock, with the
        placing: the output renders from a thread of its own.)"""
        return max(0, in_ms - self.output.lead_ms()) * RATE // 1000

    def lead_ms(self) -> int:
        return self.output.lead_ms()

    def play(self, phase: str, in_ms: int = 0) -> Playing | None:
        """The cue for ``phase``, heard ``in_ms`` from now (or as soon as can be): the
        sound in the mix, or None when there is none."""
        name = SOUND_FOR_PHASE.get(phase)
        if not self.sound_enabled or name is None:
            return None
        sound = self._chimes().get(name)
        if sound is None:
            return None
        with self.mixer.lock:
            return self.mixer.play(sound, "cue", self.delay_frames(in_ms))

    def cancel_pending(self) -> list[Playing]:
        """Take back the cues and lines placed ahead and not yet begun (a pause, a skip)."""
        return self.mixer.cancel_pending()

    def start_background(self, name: str) -> None:
        """Loop a background sound under the session (dipped while the voice speaks)."""
        self.mixer.stop("background")
        if name and self._chimes():
            self.mixer.play(load_wav(resources.asset(f"background/{name}.wav")), "background",
                            loop=True)

    def stop_background(self) -> None:
        self.mixer.stop("background")

    # ----------------------------------------------------------------- voice

    def configure_voice(self, choice: str, rate: float) -> None:
        self.narrator.configure(choice, rate)

    def voice_wait_ms(self, timeline, before_ms: int) -> int:
        """How long to hold a session's start so that each of its lines is rendered by its
        moment, whatever the cache holds; ``before_ms``: the count-in, or the lead. 0 when
        nothing will be said."""
        from relaxapp.core import guidance

        narrator = self.narrator
        if not (self.voice_enabled and self.output.is_open) or narrator.gave_up:
            return 0
        count = guidance.count_in(before_ms, timeline.script.language)
        lines = count + guidance.schedule(timeline, narrator.duration_ms)
        return guidance.wait_for_voice_ms(
            lines, narrator.is_ready,
            lambda text: narrator.duration_ms(text) or guidance.estimated_ms(text),
            before_ms=before_ms, render_share=narrator.render_share(),
            startup_ms=0 if narrator.worker_ready else guidance.WORKER_START_MS)

    def prepare(self, texts) -> None:
        """Get ready while a session's start screen shows: open the output stream (a stream
        opened at the first chime loses that chime) and render the session's lines."""
        if not (self.sound_enabled or self.voice_enabled):
            return  # nothing will sound: no stream
        if self._chimes() and self.voice_enabled:
            self.narrator.prepare(texts)

    def prepare_session(self, script, count_in: bool) -> None:
        """Render a session's words while its start screen shows: once it runs, each line
        is only played."""
        from relaxapp.core import guidance
        from relaxapp.core.timeline import Timeline

        count = [line.text for line in guidance.count_in(len(guidance.COUNT_IN) * 1000,
                                                         script.language)] if count_in else []
        # in the session's voice: a German session in a German voice, whatever the app's
        self.narrator.configure(self.narrator.choice, self.narrator.rate, script.language)
        self.prepare(count + guidance.texts(Timeline(script)))

    def preload(self, texts) -> None:
        if self.voice_enabled:
            self.narrator.preload(texts)

    def voice_on(self) -> bool:
        """Whether lines will be spoken: the voice is on, there is an output, and the
        speech worker has not given up."""
        return self.voice_enabled and self.output.is_open and not self.narrator.gave_up

    def say(self, text: str, in_ms: int = 0) -> Playing | None:
        """Say a line ``in_ms`` from now: the sound in the mix (see play)."""
        if not self.voice_enabled or not text or not self._chimes():
            return None
        self.narrator.preload([text])  # read from disk first, not while the mixer waits
        with self.mixer.lock:
            return self.narrator.play(text, self.delay_frames(in_ms)) or None

    def say_soon(self, text: str, within_s: float | None = None) -> None:
        """Say a line made up now (a pace change): as soon as it is rendered, if that is
        soon (within ``within_s``, if given)."""
        if self.voice_enabled and text and self._chimes():
            if within_s is None:
                self.narrator.speak_soon(text)
            else:
                self.narrator.speak_soon(text, within_s)

    def stop(self) -> None:
        self.narrator.stop()
