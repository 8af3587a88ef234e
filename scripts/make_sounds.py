"""Synthesise RelaxApp's cue sounds into assets/sounds/ (soft, short, mono WAVs).

Each cue is a few sine partials with a gentle attack and a long exponential
decay, quiet (about -20 dBFS) so it never startles. Run: python scripts/make_sounds.py
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 44_100
PEAK = 0.1  # about -20 dBFS
OUT = Path(__file__).resolve().parent.parent / "assets" / "sounds"


def tone(seconds: float, partials, glide: float = 0.0, attack: float = 0.03, decay: float = 3.0):
    """partials: (frequency, amplitude); glide: relative pitch change over the sound."""
    samples = []
    count = int(seconds * RATE)
    phases = [0.0] * len(partials)
    for n in range(count):
        t = n / RATE
        envelope = min(1.0, t / attack) * math.exp(-decay * t / seconds)
        envelope *= min(1.0, (count - n) / (0.02 * RATE))  # no click at the end
        bend = 1 + glide * t / seconds
        value = 0.0
        for i, (frequency, amplitude) in enumerate(partials):
            phases[i] += 2 * math.pi * frequency * bend / RATE
            value += amplitude * math.sin(phases[i])
        samples.append(value * envelope)
    return samples


def write(name: str, samples) -> None:
    top = max(abs(s) for s in samples) or 1.0
    frames = b"".join(struct.pack("<h", int(32767 * PEAK * s / top)) for s in samples)
    with wave.open(str(OUT / f"{name}.wav"), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(frames)


BELL = [(1.0, 1.0), (2.0, 0.25), (3.01, 0.08)]


def partials(base: float, shape=BELL):
    return [(base * ratio, amplitude) for ratio, amplitude in shape]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    write("inhale", tone(0.9, partials(392.0), glide=0.06, attack=0.12))   # G4, rising a little
    write("exhale", tone(1.1, partials(329.6), glide=-0.06, attack=0.12))  # E4, falling a little
    write("hold", tone(0.5, partials(440.0), attack=0.05, decay=4.0))      # A4, short
    write("tense", tone(0.6, partials(261.6, [(1.0, 1.0), (2.0, 0.15)]), attack=0.04, decay=3.5))
    write("release", tone(1.8, partials(523.3) + partials(659.3), attack=0.08, decay=2.5))
    write("done", tone(2.5, partials(392.0) + partials(587.3) + partials(784.0), attack=0.1, decay=2.2))


# ------------------------------------------------------------- background loops
# Quiet, even sounds under a session, none on by default. Each loops without a seam: it
# fades over its last second into its own first second. 22,050 Hz mono keeps them small.

LOOP_RATE = 22_050
LOOP_SECONDS = 12


def _seamless(samples: list[float]) -> list[float]:
    overlap = LOOP_RATE
    body = samples[overlap:]
    for n in range(overlap):
        share = n / overlap
        body[len(body) - overlap + n] = body[len(body) - overlap + n] * (1 - share) + samples[n] * share
    return body


def _noise(seconds: float, seed: int) -> list[float]:
    """Brown-ish noise: white noise, gently integrated, so it is soft rather than hissing."""
    import random

    rng = random.Random(seed)
    value, out = 0.0, []
    for _ in range(int((seconds + 1) * LOOP_RATE)):
        value = 0.985 * value + rng.uniform(-1, 1)
        out.append(value)
    return out


def _write_loop(name: str, samples: list[float], peak: float) -> None:
    top = max(abs(s) for s in samples) or 1.0
    frames = b"".join(struct.pack("<h", int(32767 * peak * s / top)) for s in samples)
    with wave.open(str(OUT.parent / "background" / f"{name}.wav"), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(LOOP_RATE)
        out.writeframes(frames)


def backgrounds() -> None:
    import random

    (OUT.parent / "background").mkdir(parents=True, exist_ok=True)
    _write_loop("soft-noise", _seamless(_noise(LOOP_SECONDS, 1)), 0.25)
    rain = _noise(LOOP_SECONDS, 2)
    rng = random.Random(3)
    for _ in range(900):  # drops: short, bright clicks at random, softly
        at = rng.randrange(len(rain) - 200)
        size = rng.uniform(0.5, 3.0)
        for n in range(120):
            rain[at + n] += size * math.exp(-n / 25) * math.sin(n * rng.uniform(0.9, 1.6))
    _write_loop("rain", _seamless(rain), 0.25)
    drone = [sum(a * math.sin(2 * math.pi * f * n / LOOP_RATE) for f, a in
                 ((55.0, 1.0), (82.5, 0.5), (110.0, 0.25)))
             * (0.8 + 0.2 * math.sin(2 * math.pi * n / (LOOP_RATE * (LOOP_SECONDS + 1))))
             for n in range((LOOP_SECONDS + 1) * LOOP_RATE)]
    _write_loop("drone", _seamless(drone), 0.2)


if __name__ == "__main__":
    main()
    backgrounds()
