"""One audio path: chimes, voice and a background sound mixed into one stream.

Qt-free and standard-library only, so it is tested exactly: ``Mixer.render(n)`` gives the
next ``n`` frames of 16-bit mono audio at ``RATE``. Each kind of sound has its own volume,
and the background is dipped (with a short ramp, no click) while the voice speaks. The
window feeds ``render`` into one output stream that stays open for the session
(relaxapp.ui.sound.audio_out), so every sound starts with the same, short latency: separate
players per sound each start with a latency of their own.

The output renders from a thread of its own while the window places sounds: every change
and every render holds ``lock``.
"""

from __future__ import annotations

import array
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path

from relaxapp.speech.audio import read_mono16

RATE = 44_100
CHANNELS = ("cue", "voice", "background")
DIP = 0.35  # the background's share while the voice speaks
RAMP_FRAMES = RATE // 20  # 50 ms from full to dipped and back
LIMIT = 32_767


def load_wav(path: Path) -> array.array:
    """A WAV file as 16-bit mono samples at RATE (22,050 Hz speech is doubled up)."""
    samples, rate = read_mono16(path)
    if rate == RATE:
        return samples
    if rate * 2 == RATE:  # the voices: each sample twice, halfway points between
        doubled = array.array("h", bytes(4 * len(samples)))
        doubled[0::2] = samples
        doubled[1::2] = array.array("h", ((a + b) // 2 for a, b in
                                          zip(samples, samples[1:] + samples[-1:])))
        return doubled
    raise ValueError(f"{path}: {rate} Hz audio (RelaxApp plays {RATE} or {RATE // 2} Hz)")


@dataclass
class Playing:
    samples: array.array
    channel: str
    position: int = 0  # frames already mixed; negative: starts that many frames from now
    loop: bool = False
    ends_in: int | None = None  # frames until a later sound of its channel takes over


@dataclass
class Mixer:
    gains: dict = field(default_factory=lambda: {"cue": 0.6, "voice": 0.8, "background": 0.3})
    playing: list = field(default_factory=list)
    _dip: float = 1.0  # the background's current share, ramping toward its target
    frames_rendered: int = 0  # since the mixer was made: where "now" is in the mix
    lock: threading.RLock = field(default_factory=threading.RLock, repr=False, compare=False)

    def play(self, samples: array.array, channel: str, delay_frames: int = 0,
             loop: bool = False) -> Playing | None:
        """Start ``samples`` after ``delay_frames``. A new voice line ends the one before
        when it begins, as a new chime ends the chime before it; a new background replaces
        the old. Sounds are placed ahead so that they begin on their moment exactly, not
        on the frame that hands them over."""
        if channel not in CHANNELS:
            raise ValueError(f"unknown channel {channel!r}")
        with self.lock:
            return self._play(samples, channel, delay_frames, loop)

    def _play(self, samples, channel, delay_frames, loop) -> Playing | None:
        delay_frames = max(0, delay_frames)
        for sound in self.playing:
            if sound.channel == channel:
                sound.ends_in = delay_frames if sound.ends_in is None else \
                    min(sound.ends_in, delay_frames)
        self.playing = [p for p in self.playing if p.ends_in is None or p.ends_in > -p.position]
        if not len(samples):
            return None
        sound = Playing(samples, channel, -delay_frames, loop)
        self.playing.append(sound)
        return sound

    def stop(self, channel: str | None = None) -> None:
        with self.lock:
            self.playing = [p for p in self.playing
                            if channel is not None and p.channel != channel]

    def cancel_pending(self) -> list[Playing]:
        """Forget the sounds placed ahead that have not begun (a pause, a skip), and return
        them; the ones they were to end play on."""
        with self.lock:
            cancelled = [p for p in self.playing if p.position < 0]
            self.playing = [p for p in self.playing if p.position >= 0]
            for sound in self.playing:
                sound.ends_in = None
            return cancelled

    def speaking(self) -> bool:
        return any(p.channel == "voice" and p.position >= 0 for p in self.playing)

    def render(self, frames: int) -> bytes:
        """The next ``frames`` frames of the mix, as little-endian 16-bit bytes."""
        with self.lock:
            self.frames_rendered += frames
            return self._render(frames)

    def _render(self, frames: int) -> bytes:
        if not self.playing:
            self._dip = 1.0
            return bytes(2 * frames)  # most of a session: nothing sounds, nothing to work out
        mix = [0.0] * frames
        target = DIP if self.speaking() else 1.0
        step = (1.0 - DIP) / RAMP_FRAMES
        for sound in list(self.playing):
            gain = self.gains.get(sound.channel, 1.0)
            start = max(0, -sound.position)  # frames of this block before it begins
            if start >= frames:
                sound.position += frames
                if sound.ends_in is not None:
                    sound.ends_in -= frames
                continue
            position = max(0, sound.position)
            length = len(sound.samples)
            dip = self._dip
            end = frames if sound.ends_in is None else min(frames, sound.ends_in)
            for index in range(start, end):
                if position >= length:
                    if not sound.loop:
                        break
                    position = 0
                if sound.channel == "background":
                    dip += max(-step, min(step, target - dip))
                    mix[index] += sound.samples[position] * gain * dip
                else:
                    mix[index] += sound.samples[position] * gain
                position += 1
            if sound.channel == "background":
                self._dip = dip
            sound.position = position
            if sound.ends_in is not None:
                sound.ends_in -= frames
            if (position >= length and not sound.loop) or \
                    (sound.ends_in is not None and sound.ends_in <= 0):
                self.playing.remove(sound)
        out = array.array("h", (LIMIT if v > LIMIT else -LIMIT if v < -LIMIT else int(v)
                                for v in mix))
        if sys.byteorder == "big":
            out.byteswap()
        return out.tobytes()
