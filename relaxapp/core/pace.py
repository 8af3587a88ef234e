"""The breathing pace, in one vocabulary used everywhere.

People speak of *breaths a minute* (bpm): that is what is shown, said and stored in the
log. The timeline works with a *stretch*: how many times as long as written each breath
in and out lasts (1 as written, 2 twice as long, so slower). The settings keep the stretch
of the person's usual pace. A breath hold is shortened with a faster pace but never
lengthened with a slower one: 4-7-8 at half the speed would hold the breath 14 s.
``breath`` below is one breath as written (with the holds chosen): the ms spent breathing in
and out, and the ms held.
"""

from __future__ import annotations

from relaxapp.core.language import decimal, tr

MIN_STRETCH = 0.25  # of a running session, with faster and slower
MAX_STRETCH = 4.0
USUAL_MIN_STRETCH = 0.5  # of the usual pace kept in the settings: every session starts at it
USUAL_MAX_STRETCH = 2.0
STEP_BPM = 0.25  # one press of faster or slower
EXAMPLE_BPM = 6.0  # a written pace to show what the usual pace does to it


def clamped(stretch: float) -> float:
    return min(MAX_STRETCH, max(MIN_STRETCH, stretch))


def stretch_for(breath: tuple[int, int] | int, bpm: float) -> float:
    """The stretch that gives ``bpm``, within the limits; ``breath`` is (ms breathing, ms
    held), or the ms of a breath without holds."""
    moving, held = breath if isinstance(breath, tuple) else (breath, 0)
    if bpm <= 0:
        return MAX_STRETCH
    wanted = 60_000 / bpm
    if wanted <= moving + held or moving <= 0:  # faster: holds shorten with the rest
        return clamped(wanted / max(1, moving + held))
    return clamped((wanted - held) / moving)  # slower: only the breathing lengthens


def stepped(breath: tuple[int, int] | int, bpm: float, steps: int) -> float:
    """The stretch ``steps`` presses faster (positive) or slower (negative) than ``bpm``."""
    return stretch_for(breath, bpm + steps * STEP_BPM)


def bpm_text(bpm: float) -> str:
    """5.5, 6, 3.75: as many decimals as the pace has, at most two."""
    return f"{bpm:.2f}".rstrip("0").rstrip(".")


def shown(bpm: float) -> str:
    """``bpm_text`` with the decimal sign of the person's language ("5,5")."""
    return bpm_text(bpm).replace(".", decimal(0.5)[1])


def label(bpm: float) -> str:
    return tr("{bpm} breaths a minute").format(bpm=shown(bpm))


def usual_pace_text(stretch: float) -> str:
    """What the usual pace does, in breaths a minute: a stretch alone means little."""
    if abs(stretch - 1) < 0.005:
        return tr("As written: a session written at {written} breaths a minute runs at "
                  "{runs}.").format(written=shown(EXAMPLE_BPM), runs=shown(EXAMPLE_BPM))
    # Slower lengthens only the breathing, never a hold: the example has none.
    words = dict(written=shown(EXAMPLE_BPM), runs=shown(round(EXAMPLE_BPM / stretch, 2)))
    if stretch > 1:
        return tr("Slower than written: a session written at {written} breaths a minute, "
                  "without breath holds, runs at {runs}.").format(**words)
    return tr("Faster than written: a session written at {written} breaths a minute, "
              "without breath holds, runs at {runs}.").format(**words)
