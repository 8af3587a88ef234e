"""The breathing pace, in one vocabulary used everywhere.

People speak of *breaths a minute* (bpm): that is what is shown, said and stored in the
log. The timeline works with a *stretch*: how many times as long as written each breathing
phase lasts (1 as written, 2 twice as long, so slower). The settings keep the stretch of
the person's usual pace. ``one_breath_ms`` below is one breath as written (with the breath
holds chosen), so ``bpm = 60,000 / (one_breath_ms * stretch)``.
"""

from __future__ import annotations

MIN_STRETCH = 0.25
MAX_STRETCH = 4.0
STEP_BPM = 0.25  # one press of faster or slower


def clamped(stretch: float) -> float:
    return min(MAX_STRETCH, max(MIN_STRETCH, stretch))


def stretch_for(one_breath_ms: int, bpm: float) -> float:
    """The stretch that gives ``bpm``, within the limits."""
    return clamped(60_000 / (one_breath_ms * bpm)) if bpm > 0 else MAX_STRETCH


def stepped(one_breath_ms: int, bpm: float, steps: int) -> float:
    """The stretch ``steps`` presses faster (positive) or slower (negative) than ``bpm``."""
    return stretch_for(one_breath_ms, bpm + steps * STEP_BPM)


def bpm_text(bpm: float) -> str:
    """5.5, 6, 3.75: as many decimals as the pace has, at most two."""
    return f"{bpm:.2f}".rstrip("0").rstrip(".")


def label(bpm: float) -> str:
    return f"{bpm_text(bpm)} breaths a minute"
