"""Spoken lines as WAV files, at one loudness that sits with the chimes.

The chimes (assets/sounds) are about -31 dBFS RMS with peaks at -20 dBFS. Speech is the
guidance, so it sits a little above them: its speaking parts are brought to
``TARGET_DBFS`` RMS, and never past ``PEAK_DBFS``, so nothing clips.
"""

from __future__ import annotations

import array
import math
import os
import sys
import wave
from pathlib import Path

TARGET_DBFS = -24.0
PEAK_DBFS = -3.0
FULL_SCALE = 32767
SILENCE = 0.01  # blocks quieter than this (of full scale) are pauses, not speech
BLOCK = 441  # 20 ms at 22,050 Hz


def _speech_rms(samples: array.array) -> float:
    """RMS of the blocks that hold speech, so pauses do not make a line sound louder."""
    loud = []
    for start in range(0, len(samples), BLOCK):
        block = samples[start:start + BLOCK]
        if not block:
            continue
        rms = math.sqrt(sum(s * s for s in block) / len(block))
        if rms > SILENCE * FULL_SCALE:
            loud.append(rms * rms)
    return math.sqrt(sum(loud) / len(loud)) if loud else 0.0


LEAD_MS = 10  # kept before the first sound of a line: a line starts on its moment
ONSET = 0.02  # of the line's peak: where its first sound begins


def trimmed(samples: array.array, rate: int) -> array.array:
    """``samples`` without the silence a voice puts before its first word (50-80 ms for
    the natural voice), so that "Now." sounds on the moment the tense begins."""
    peak = max((abs(s) for s in samples), default=0)
    first = next((i for i, s in enumerate(samples) if abs(s) > ONSET * peak), 0)
    return samples[max(0, first - rate * LEAD_MS // 1000):]


def normalised(samples: array.array) -> array.array:
    """``samples`` (16-bit mono) scaled to the target loudness, peaks kept below the limit."""
    rms = _speech_rms(samples)
    peak = max((abs(s) for s in samples), default=0)
    if rms == 0 or peak == 0:
        return array.array("h", samples)
    gain = FULL_SCALE * 10 ** (TARGET_DBFS / 20) / rms
    gain = min(gain, FULL_SCALE * 10 ** (PEAK_DBFS / 20) / peak)
    return array.array("h", (max(-FULL_SCALE, min(FULL_SCALE, round(s * gain))) for s in samples))


def read_mono16(path) -> tuple[array.array, int]:
    """16-bit samples of a WAV file (a path, or a file open for reading), and its rate."""
    with wave.open(path if hasattr(path, "read") else str(path), "rb") as source:
        if source.getsampwidth() != 2:
            raise ValueError("not 16-bit audio")
        channels, rate = source.getnchannels(), source.getframerate()
        if not 8_000 <= rate <= 192_000 or not 1 <= channels <= 8:
            raise ValueError(f"not playable audio ({rate} Hz, {channels} channels)")
        samples = array.array("h", source.readframes(source.getnframes()))
    if sys.byteorder == "big":
        samples.byteswap()
    if channels > 1:  # keep the first channel
        samples = samples[::channels]
    return samples, rate


def write_mono16(path: Path, samples: array.array, rate: int) -> None:
    """Write atomically: a reader sees the whole file or none of it."""
    partial = path.with_name(path.name + ".part")
    if sys.byteorder == "big":
        samples = array.array("h", samples)
        samples.byteswap()
    try:
        with wave.open(str(partial), "wb") as target:
            target.setnchannels(1)
            target.setsampwidth(2)
            target.setframerate(rate)
            target.writeframes(samples.tobytes())
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)  # a full disk leaves no half-written file behind
        raise


# No line is longer: a script's text is at most 2,000 characters, about 3 minutes at the
# slowest rate. A cached "line" longer or larger than this is not one of ours (a 300 MB file
# froze the window 20 s as it was read, and the session would have waited for its length).
LONGEST_LINE_MS = 10 * 60_000
LARGEST_CLIP_BYTES = 48_000 * 2 * LONGEST_LINE_MS // 1000 + 4096


def duration_ms(path: Path) -> int | None:
    """How long a rendered line lasts; None if it is not a readable WAV of a line's length
    (it is then rendered again)."""
    try:
        if Path(path).stat().st_size > LARGEST_CLIP_BYTES:
            return None
        with wave.open(str(path), "rb") as source:
            rate = source.getframerate()
            if not 8_000 <= rate <= 192_000 or source.getsampwidth() != 2:
                return None  # damaged (a rate of 0 divided by zero): rendered again
            ms = round(1000 * source.getnframes() / rate)
            return ms if ms <= LONGEST_LINE_MS else None
    except (OSError, EOFError, wave.Error):
        return None


def dbfs(samples: array.array) -> tuple[float, float]:
    """(speech RMS, peak) in dBFS: for tests and benchmarks."""
    rms = _speech_rms(samples)
    peak = max((abs(s) for s in samples), default=0)
    to_db = lambda value: 20 * math.log10(value / FULL_SCALE) if value else -math.inf  # noqa: E731
    return to_db(rms), to_db(peak)
