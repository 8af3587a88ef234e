"""What the beats say: artefacts corrected, RMSSD, how far the heart rate rose and fell with
each breath, low-frequency power, and the resonance assessment of Lehrer, Vaschillo &
Vaschillo (2000) as Shaffer & Meehan (2020) describe it: breathe 2 minutes at each of 6.5,
6.0, 5.5, 5.0 and 4.5 breaths a minute, and take the pace where the heart follows the breath
most, by low-frequency power and by peak-to-trough, reporting both.

numpy is imported here, and this module only when heart-rate data is analysed."""

from __future__ import annotations

from dataclasses import dataclass
from statistics import median
from typing import Sequence

import numpy as np

from relaxapp.heart.sources import RRSample

PACES = (6.5, 6.0, 5.5, 5.0, 4.5)  # breaths a minute
SEGMENT_S = 120
LF_BAND_HZ = (0.04, 0.15)
RESAMPLE_HZ = 4.0
OFF_BY = 0.2  # an interval this far from its neighbours' median is not a plain beat
NEIGHBOURS = 5  # on each side


@dataclass(frozen=True)
class Corrected:
    rr_s: tuple[float, ...]
    at_s: tuple[float, ...]
    corrected: int  # intervals changed, split or merged

    @property
    def share(self) -> float:
        return self.corrected / max(1, len(self.rr_s))


def correct_artefacts(samples: Sequence[RRSample]) -> Corrected:
    """A missed beat (an interval about twice its neighbours) is split in two; an early
    (ectopic) beat, a short interval with a long one after it, is merged into two even ones;
    any other interval more than 20% from the median of its neighbours is replaced by that
    median. The times of the beats stay where they were heard."""
    rr = [s.rr_s for s in samples]
    at = [s.at_s for s in samples]
    out_rr: list[float] = []
    out_at: list[float] = []
    corrected = 0
    index = 0
    while index < len(rr):
        around = rr[max(0, index - NEIGHBOURS):index] + rr[index + 1:index + 1 + NEIGHBOURS]
        local = median(around) if around else rr[index]
        value = rr[index]
        if abs(value - local) <= OFF_BY * local:
            out_rr.append(value)
            out_at.append(at[index])
        elif abs(value - 2 * local) <= OFF_BY * local:  # a beat the sensor missed
            out_rr += [value / 2, value / 2]
            out_at += [at[index] - value / 2, at[index]]
            corrected += 1
        elif value < local and index + 1 < len(rr) \
                and abs(value + rr[index + 1] - 2 * local) <= OFF_BY * local:
            pair = (value + rr[index + 1]) / 2  # an early beat and the pause after it
            out_rr += [pair, pair]
            out_at += [at[index + 1] - pair, at[index + 1]]
            corrected += 2
            index += 1
        else:
            out_rr.append(local)
            out_at.append(at[index])
            corrected += 1
        index += 1
    return Corrected(tuple(out_rr), tuple(out_at), corrected)


def rmssd_ms(rr_s: Sequence[float]) -> float:
    """The root mean square of successive differences, in milliseconds."""
    differences = np.diff(np.asarray(rr_s, dtype=float) * 1000)
    return float(np.sqrt(np.mean(differences ** 2))) if len(differences) else 0.0


def peak_to_trough(at_s: Sequence[float], rr_s: Sequence[float], pace_bpm: float) -> float:
    """How far the heart rate rose and fell in each breath, beats a minute, on average over
    the whole breaths in the stretch."""
    at = np.asarray(at_s, dtype=float)
    rate = 60 / np.asarray(rr_s, dtype=float)
    breath = 60 / pace_bpm
    swings = []
    start = at[0] if len(at) else 0.0
    while len(at) and start + breath <= at[-1]:
        inside = rate[(at >= start) & (at < start + breath)]
        if len(inside) >= 2:
            swings.append(float(inside.max() - inside.min()))
        start += breath
    return float(np.mean(swings)) if swings else 0.0


@dataclass(frozen=True)
class Spectrum:
    lf_power_ms2: float  # in the low-frequency band, 0.04-0.15 Hz
    peak_hz: float  # where the band is strongest
    peak_power_ms2: float  # at that frequency


def low_frequency(at_s: Sequence[float], rr_s: Sequence[float]) -> Spectrum:
    """The RR intervals as an even series (4 Hz, linear between beats), its straight-line
    trend taken out, through a Hann window: the power in the low-frequency band."""
    at = np.asarray(at_s, dtype=float)
    rr = np.asarray(rr_s, dtype=float) * 1000
    if len(at) < 8 or at[-1] - at[0] < 30:
        return Spectrum(0.0, 0.0, 0.0)
    grid = np.arange(at[0], at[-1], 1 / RESAMPLE_HZ)
    series = np.interp(grid, at, rr)
    series = series - np.polyval(np.polyfit(grid, series, 1), grid)
    window = np.hanning(len(series))
    spectrum = np.abs(np.fft.rfft(series * window)) ** 2
    spectrum *= 2 / (RESAMPLE_HZ * np.sum(window ** 2))  # ms² per Hz, one-sided
    frequencies = np.fft.rfftfreq(len(series), 1 / RESAMPLE_HZ)
    band = (frequencies >= LF_BAND_HZ[0]) & (frequencies <= LF_BAND_HZ[1])
    step = frequencies[1] - frequencies[0]
    peak = int(np.argmax(np.where(band, spectrum, -1)))
    return Spectrum(float(np.sum(spectrum[band]) * step), float(frequencies[peak]),
                    float(spectrum[peak] * step))


@dataclass(frozen=True)
class PaceResult:
    pace_bpm: float
    peak_to_trough: float  # beats a minute
    lf_peak_ms2: float
    rmssd_ms: float
    corrected_share: float  # of the intervals, changed as artefacts


@dataclass(frozen=True)
class Assessment:
    paces: tuple[PaceResult, ...]
    by_lf: float  # the pace with the strongest low-frequency peak
    by_peak_to_trough: float  # the pace with the largest rise and fall
    chosen: float  # the two together (the better sum of ranks; a tie: peak-to-trough)


def assess_resonance(segments: dict[float, Sequence[RRSample]]) -> Assessment:
    """One stretch of beats for each pace tried: which pace the heart followed most."""
    results = []
    for pace, samples in sorted(segments.items(), reverse=True):
        clean = correct_artefacts(samples)
        results.append(PaceResult(
            pace, peak_to_trough(clean.at_s, clean.rr_s, pace),
            low_frequency(clean.at_s, clean.rr_s).peak_power_ms2, rmssd_ms(clean.rr_s),
            clean.share))
    by_lf = max(results, key=lambda r: r.lf_peak_ms2)
    by_swing = max(results, key=lambda r: r.peak_to_trough)

    def rank(key) -> dict[float, int]:
        ordered = sorted(results, key=key, reverse=True)
        return {r.pace_bpm: place for place, r in enumerate(ordered)}

    lf_rank, swing_rank = rank(lambda r: r.lf_peak_ms2), rank(lambda r: r.peak_to_trough)
    chosen = min(results, key=lambda r: (lf_rank[r.pace_bpm] + swing_rank[r.pace_bpm],
                                         swing_rank[r.pace_bpm]))
    return Assessment(tuple(results), by_lf.pace_bpm, by_swing.pace_bpm, chosen.pace_bpm)
