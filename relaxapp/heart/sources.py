"""Where beat-to-beat (RR) intervals come from, as one stream of samples: a sensor's
notifications (measurement.py), a plain file of intervals (to replay a recording), or a
simulated heart whose rate rises and falls with the breath by a known amount (demos, tests).
Standard library only."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from relaxapp.core.language import tr
from relaxapp.heart.measurement import HeartRateMeasurement

SHORTEST_RR_S, LONGEST_RR_S = 0.25, 3.0  # 240 and 20 beats a minute: a file's values beyond
LARGEST_RR_FILE = 32 * 2**20  # a day of beats is about 1 MiB


@dataclass(frozen=True)
class RRSample:
    at_s: float  # when the beat that ends the interval came, from the stream's start
    rr_s: float
    contact: bool | None = None  # as the sensor said; None: it cannot tell


def from_measurements(measurements: Iterable[HeartRateMeasurement],
                      start_s: float = 0.0) -> list[RRSample]:
    """Each interval of the notifications, in order, placed by adding the intervals up (a
    notification's own arrival time says nothing exact about its beats)."""
    samples, at = [], start_s
    for measurement in measurements:
        for rr in measurement.rr_s:
            at += rr
            samples.append(RRSample(at, rr, measurement.contact))
    return samples


class RRFileError(ValueError):
    pass


def read_rr_file(path: Path) -> list[RRSample]:
    """A recording as plain text: one interval a line, in milliseconds ("1016"), or a time in
    seconds and the interval ("12.5,1016"); blank lines and lines starting with # are passed
    over. RRFileError names the line of a value that is not one; OSError for a file that
    cannot be read."""
    path = Path(path)
    if path.stat().st_size > LARGEST_RR_FILE:
        raise RRFileError(tr("{path} is too large for a recording of heartbeats (over {mib} "
                             "MiB)").format(path=path, mib=LARGEST_RR_FILE // 2**20))
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError:
        raise RRFileError(tr("{path} is not a text file").format(path=path)) from None
    samples: list[RRSample] = []
    at = 0.0
    for number, line in enumerate(lines, 1):
        text = line.strip()
        if not text or text.startswith("#"):
            continue
        parts = [part.strip() for part in text.replace(";", ",").split(",")]
        where = dict(path=path, line=number, text=repr(text[:40]))
        try:
            values = [float(part) for part in parts]
        except ValueError:
            raise RRFileError(tr("{path}, line {line}: not a number ({text})").format(
                **where)) from None
        if len(values) not in (1, 2) or not all(math.isfinite(v) for v in values):
            raise RRFileError(tr("{path}, line {line}: give an interval in ms, or a time in "
                                 "seconds and an interval ({text})").format(**where))
        rr = values[-1] / 1000
        if not SHORTEST_RR_S <= rr <= LONGEST_RR_S:
            raise RRFileError(tr("{path}, line {line}: {ms} ms is not a heartbeat's interval "
                                 "(250-3000 ms)").format(**where, ms=f"{values[-1]:g}"))
        at = values[0] if len(values) == 2 else at + rr
        samples.append(RRSample(at, rr, True))
    return samples


@dataclass
class SimulatedHeart:
    """A heart whose rate follows the breath (respiratory sinus arrhythmia) by an amount that
    is largest at its resonance pace and falls off on either side, as the resonance studies
    describe (Lehrer, Vaschillo & Vaschillo 2000); with a little beat-to-beat noise."""

    resonance_bpm: float = 5.5  # breaths a minute
    mean_hr: float = 66.0  # beats a minute
    largest_swing: float = 14.0  # peak to trough, beats a minute, at resonance
    width: float = 0.7  # breaths a minute, for the swing to halve
    noise_ms: float = 6.0
    seed: int = 1

    def __post_init__(self) -> None:
        self._random = random.Random(self.seed)

    def swing(self, pace_bpm: float) -> float:
        """Peak to trough at this pace, beats a minute."""
        return self.largest_swing / (1 + ((pace_bpm - self.resonance_bpm) / self.width) ** 2)

    def beats(self, pace_bpm: float, seconds: float, start_s: float = 0.0) -> list[RRSample]:
        """The beats of ``seconds`` of breathing at ``pace_bpm``, from ``start_s``."""
        samples, at = [], start_s
        while at < start_s + seconds:
            rr = self.next_rr(at - start_s, pace_bpm)
            at += rr
            samples.append(RRSample(at, rr, True))
        return samples

    def next_rr(self, at_s: float, pace_bpm: float | None,
                fullness: float | None = None) -> float:
        """The interval of the beat that starts ``at_s`` seconds into breathing at
        ``pace_bpm`` (None: not paced, and the rate barely moves). Given how full the lungs
        are (0-1), the rate follows them, rising as they fill, as the breath drives it."""
        swing = self.swing(pace_bpm) if pace_bpm else 0.0
        if fullness is None:
            wave = 0.5 * math.sin(2 * math.pi * (pace_bpm or 0) / 60 * at_s)
        else:
            wave = fullness - 0.5
        return 60 / (self.mean_hr + swing * wave) + self._random.gauss(0, self.noise_ms / 1000)
