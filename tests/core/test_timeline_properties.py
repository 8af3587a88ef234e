"""Properties of the timeline for any valid script (hypothesis)."""

from __future__ import annotations

import json
import math
import sys

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from relaxapp.core.scripts import (
    MAX_TOTAL_MS, MIN_TOTAL_MS, REGIONS, BreatheStep, ScriptError, parse_script,
)
from relaxapp.core.timeline import Timeline

# Mutation testing (scripts/mutation) runs these once for each mutant of the script reader
# and the timeline: fewer examples there keep that run to minutes, not hours.
EXAMPLES = 20 if "mutmut" in sys.modules else 150

# Phase lengths in tenths of a second keep sums exact and cover 0.5-60 s.
seconds = st.integers(5, 600).map(lambda tenths: tenths / 10)
level = st.sampled_from([0, 0.2, 0.5, 0.8, 1])


@st.composite
def patterns(draw):
    body = draw(st.lists(st.sampled_from(["inhale", "hold", "exhale"]), min_size=0, max_size=6))
    kinds = draw(st.permutations(body + ["inhale", "exhale"]))
    pattern = [{"phase": kind, "seconds": draw(seconds)} for kind in kinds]
    # Give some inhales and exhales an explicit "to", kept consistent with the direction.
    for phase in pattern:
        if phase["phase"] != "hold" and draw(st.booleans()):
            phase["to"] = draw(level)
    return pattern


say_steps = st.builds(lambda s: {"type": "say", "text": "Rest.", "seconds": s},
                      st.integers(1, 600))
breathe_steps = st.builds(
    lambda pattern, count, use_minutes: {"type": "breathe", "pattern": pattern,
                                         **({"minutes": count / 2} if use_minutes
                                            else {"cycles": count})},
    patterns(), st.integers(1, 40), st.booleans())
muscle_steps = st.builds(
    lambda regions, tense, t, r, repeat: {
        "type": "muscle", "regions": regions, "name": "Group", "release": "Let go.",
        "release_seconds": r, "repeat": repeat,
        **({"tense": "Tense.", "tense_seconds": t} if tense else {})},
    st.lists(st.sampled_from(REGIONS), min_size=1, max_size=4), st.booleans(),
    st.integers(2, 20), st.integers(5, 120), st.integers(1, 5))


@st.composite
def timelines(draw, breathing: bool = False):
    """Timelines of up to six steps; with ``breathing``, one of them a breathing step (drawn
    in, not filtered for: filtering for it made the health check fail now and then)."""
    steps = draw(st.lists(st.one_of(say_steps, breathe_steps, muscle_steps),
                          min_size=0 if breathing else 1, max_size=5 if breathing else 6))
    if breathing:
        steps.insert(draw(st.integers(0, len(steps))), draw(breathe_steps))
    data = {"format": 1, "id": "generated", "title": "Generated", "steps": steps}
    try:
        script = parse_script(json.dumps(data), "generated.json")
    except ScriptError:
        assume(False)  # e.g. an inhale drawn with a "to" below the level before it
    assume(MIN_TOTAL_MS <= script.planned_ms <= MAX_TOTAL_MS)
    return Timeline(script)


def max_step_per_ms(tl: Timeline, stretch: float = 1.0) -> float:
    """The steepest the eased fullness can change in 1 ms: pi/2 over the shortest
    moving phase (at the smallest stretch in use), with 1% for whole-ms rounding."""
    shortest = min((phase.ms for step in tl.script.steps if isinstance(step, BreatheStep)
                    for phase, (start, end) in zip(step.pattern, step.levels()) if start != end),
                   default=None)
    if shortest is None:
        return 1e-9  # the lungs never move in this script
    return 1.01 * math.pi / 2 / (shortest * min(1.0, stretch)) + 1e-9


def breathing_moments(tl: Timeline, times):
    for t in times:
        a, b = tl.state_at(t), tl.state_at(t + 1)
        if not b.finished and a.fullness is not None and b.fullness is not None \
                and a.step_index == b.step_index:
            yield a, b


@settings(max_examples=EXAMPLES, deadline=None)
@given(timelines(), st.lists(st.floats(0, 1), min_size=1, max_size=50))
def test_schedule_is_monotonic_and_complete(tl, fractions):
    assert tl.total_ms == tl.script.planned_ms
    times = sorted(int(f * tl.total_ms) for f in fractions)
    states = [tl.state_at(t) for t in times]
    for earlier, later in zip(states, states[1:]):
        assert (earlier.step_index, earlier.cycle, earlier.phase_index) <= \
               (later.step_index, later.cycle, later.phase_index) or earlier.step_index < later.step_index
        assert earlier.step_index <= later.step_index
    for t, state in zip(times, states):
        if state.finished:
            assert t >= tl.total_ms
            continue
        assert state.elapsed_ms + state.remaining_ms == tl.total_ms
        assert 0 < state.phase_remaining_ms <= state.step_remaining_ms <= state.remaining_ms
        assert 0 <= state.progress < 1
        assert 1 <= state.cycle <= state.cycles
        if state.fullness is not None:
            assert 0 <= state.fullness <= 1


@settings(max_examples=EXAMPLES, deadline=None)
@given(timelines(breathing=True))
def test_fullness_is_continuous_across_every_phase_boundary(tl):
    bound = max_step_per_ms(tl)
    boundaries = [t - 1 for t in tl.phase_starts() if t > 0][:2000]
    for a, b in breathing_moments(tl, boundaries):
        assert abs(b.fullness - a.fullness) <= bound


@settings(max_examples=EXAMPLES, deadline=None)
@given(timelines())
def test_cycles_start_exactly_on_schedule(tl):
    """No drift: cycle k of a step begins at step start + k * cycle length, in whole ms."""
    starts = tl.phase_starts()
    assert starts == sorted(set(starts))
    t = 0
    for step in tl.script.steps:
        if isinstance(step, BreatheStep):
            for k in {0, 1, step.planned_cycles // 2, step.planned_cycles - 1} & \
                    set(range(step.planned_cycles)):
                state = tl.state_at(t + k * step.cycle_ms)
                assert (state.cycle, state.phase_index, state.progress) == (k + 1, 0, 0)
        t += step.planned_ms
    assert t == tl.total_ms


@settings(max_examples=EXAMPLES * 4 // 3, deadline=None)
@given(timelines(), st.floats(0, 1), st.floats(0.5, 2.0), st.lists(st.floats(0, 1), max_size=30))
def test_pace_change_keeps_the_past_and_the_fullness(tl, at, stretch, later):
    t = int(at * (tl.total_ms - 1))
    changed = tl.with_pace(t, stretch)
    before, after = tl.state_at(t), changed.state_at(t)
    assert (before.step_index, before.key, before.phase) == (after.step_index, after.key, after.phase)
    if before.fullness is not None:
        assert abs(after.fullness - before.fullness) < 1e-9
    for earlier in (0, t // 2, t - 1):
        if 0 <= earlier:
            old, new = tl.state_at(earlier), changed.state_at(earlier)
            assert old.key == new.key
            assert abs(old.progress - new.progress) < 1e-9
            assert old.fullness is None or abs(old.fullness - new.fullness) < 1e-9
    # and the re-planned schedule is continuous too
    bound = max_step_per_ms(tl, stretch)
    times = [t] + [t + int(f * (changed.total_ms - t)) for f in later]
    times += [start - 1 for start in changed.phase_starts() if start > t][:500]
    for a, b in breathing_moments(changed, times):
        assert abs(b.fullness - a.fullness) <= bound


@settings(max_examples=EXAMPLES, deadline=None)
@given(timelines(), st.floats(0, 1))
def test_skip_moves_the_rest_earlier_exactly(tl, at):
    t = int(at * (tl.total_ms - 1))
    step = tl.state_at(t).step_index
    skipped = tl.skip_step(t)
    rest = sum(s.planned_ms for s in tl.script.steps[step + 1:])
    assert skipped.total_ms == t + rest
    if step + 1 < len(tl.script.steps):
        assert skipped.state_at(t).step_index == step + 1
    else:
        assert skipped.state_at(t).finished
