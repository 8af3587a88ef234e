"""The session timeline: what is happening at any moment of a session.

A script compiles into an exact schedule of *spans*, each a run of identical
cycles (a breathing pattern repeated, a muscle group's tense-and-release
repeated, a single spoken instruction). Times are whole milliseconds since the
session started, so the end of cycle N is computed, never accumulated: a
60-minute session ends exactly on schedule however the frames fall.

Views never keep their own timers: each frame they ask ``state_at(elapsed)``.
Pace changes and skips return a new timeline that keeps the past as it was and
re-plans from the moment of the change, so the fullness of the lungs carries on
from where it was without a jump.

Over 400 lines: compiling a script into spans, the state at a moment, and re-planning
after a pace change or a skip share the span arithmetic that keeps time exact.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from itertools import accumulate
from typing import Callable, NamedTuple

from relaxapp.core import pace
from relaxapp.core.language import QT_TR_NOOP, decimal, spoken, tr
from relaxapp.core.scripts import (
    BreathPhase, BreatheStep, MuscleStep, SayStep, Script, Step, cycles_in, to_ms,
)

# How long breath holds last, as a share of what the script says: the person may shorten
# them or leave them out (0) without changing the breaths in and out.
HOLDS_AS_WRITTEN, HOLDS_SHORTER, HOLDS_LEFT_OUT = 1.0, 0.5, 0.0


@dataclass(frozen=True)
class Segment:
    """One phase as scheduled (possibly the rest of a phase after a pace change)."""

    kind: str  # inhale, hold, exhale, say, tense, release
    duration_ms: int
    label: str
    text: str
    start_level: float | None = None  # fullness at phase progress 0 (breathing only)
    end_level: float | None = None  # fullness at phase progress 1
    progress_from: float = 0.0  # how far through its phase this segment starts...
    progress_to: float = 1.0  # ...and ends (less than 1 when cut short by a change)
    index: int = 0  # the phase's place in its breathing pattern; 0 tense, 1 release

    def progress(self, into_ms: int) -> float:
        return self.progress_from + (self.progress_to - self.progress_from) * \
            into_ms / self.duration_ms


@dataclass(frozen=True)
class Span:
    """``reps`` repetitions of ``segments``, starting at ``start_ms``."""

    start_ms: int
    step_index: int
    step_start_ms: int
    segments: tuple[Segment, ...]
    reps: int
    first_cycle: int  # 0-based number of the first repetition within its step
    cycles_in_step: int
    offsets: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        object.__setattr__(self, "offsets",
                           tuple(accumulate((s.duration_ms for s in self.segments), initial=0)))

    @property
    def cycle_ms(self) -> int:
        return self.offsets[-1]

    @property
    def duration_ms(self) -> int:
        return self.reps * self.cycle_ms

    @property
    def end_ms(self) -> int:
        return self.start_ms + self.duration_ms

    def locate(self, t: int) -> tuple[int, int, int]:
        """(repetition, segment index, ms into that segment) at time t inside the span."""
        rep, within = divmod(t - self.start_ms, self.cycle_ms)
        index = bisect_right(self.offsets, within) - 1
        return rep, index, within - self.offsets[index]


class State(NamedTuple):
    """Everything a view needs to draw one frame. (A named tuple: made every frame, and
    quicker to make than a frozen dataclass.)"""

    elapsed_ms: int
    total_ms: int
    finished: bool
    step_index: int
    step: Step | None
    phase: str  # inhale, hold, exhale, say, tense, release, or "done"
    label: str  # what to show and speak for the phase
    text: str  # the step's instruction
    phase_index: int  # index within the breathing pattern, or 0/1 for tense/release
    cycle: int  # 1-based breath or repeat number within the step
    cycles: int
    progress: float  # 0-1 through the phase
    phase_remaining_ms: int
    step_remaining_ms: int
    fullness: float | None  # 0-1 lungs, eased; None outside breathing

    @property
    def remaining_ms(self) -> int:
        return self.total_ms - self.elapsed_ms

    @property
    def key(self) -> tuple[int, int, int]:
        """Changes exactly when a new phase begins: cue sounds and speech follow it."""
        return (self.step_index, self.cycle, self.phase_index)


def ease(progress: float) -> float:
    """A breath speeds up and slows down smoothly: half a cosine wave."""
    return 0.5 - 0.5 * math.cos(math.pi * progress)


def stretched_ms(ms: int, stretch: float) -> int:
    return max(1, round(ms * stretch))


def phase_ms(phase: BreathPhase, stretch: float = 1.0, holds: float = HOLDS_AS_WRITTEN) -> int:
    """How long a phase runs at a pace and a holds choice; 0 for a hold left out. A slower
    pace never lengthens a hold (see relaxapp.core.pace)."""
    if phase.phase == "hold":
        if holds <= 0:
            return 0
        return stretched_ms(phase.ms, min(stretch, 1.0) * holds)
    return stretched_ms(phase.ms, stretch)


def cycle_ms(step: BreatheStep, stretch: float = 1.0, holds: float = HOLDS_AS_WRITTEN) -> int:
    """One breath of a step as it is practised."""
    return sum(phase_ms(phase, stretch, holds) for phase in step.pattern)


def breath_ms(step: BreatheStep, holds: float = HOLDS_AS_WRITTEN) -> tuple[int, int]:
    """One breath of a step as written, with the holds chosen: (ms breathing in and out, ms
    held), what relaxapp.core.pace turns into a stretch."""
    held = sum(phase_ms(phase, 1.0, holds) for phase in step.pattern if phase.phase == "hold")
    return cycle_ms(step, 1.0, holds) - held, held


PHASE_WORDS = {"inhale": QT_TR_NOOP("in"), "hold": QT_TR_NOOP("hold"),
               "exhale": QT_TR_NOOP("out")}  # shown through tr
# What a phase is called when the script gives it no label: shown and said in the session's
# language (relaxapp.core.language.spoken).
PHASE_NAMES = {"inhale": "Inhale", "hold": "Hold", "exhale": "Exhale"}


def pattern_text(step: BreatheStep, stretch: float = 1.0, holds: float = HOLDS_AS_WRITTEN) -> str:
    """One breath as practised, phase by phase: 'in 4 · hold 4 · out 4 · hold 4 s'. Holds
    left out are left out here too."""
    parts = []
    for phase in step.pattern:
        if ms := phase_ms(phase, stretch, holds):
            parts.append(f"{tr(PHASE_WORDS[phase.phase])} "
                         f"{decimal(ms / 1000).removesuffix('.0').removesuffix(',0')}")
    return " · ".join(parts) + " s"


def _breath_segments(step: BreatheStep, stretch: float, holds: float,
                     first_phase: int = 0) -> list[Segment]:
    text = step.text or ""
    return [
        Segment(phase.phase, ms, phase.display_name, text, start, end, index=index)
        for index, (phase, (start, end)) in enumerate(zip(step.pattern, step.levels()))
        if index >= first_phase and (ms := phase_ms(phase, stretch, holds))
    ]


def _muscle_segments(step: MuscleStep, round_index: int) -> tuple[Segment, ...]:
    release = Segment("release", step.release_ms(round_index), "Release", step.release, index=1)
    if step.tense is None:
        return (release,)
    return (Segment("tense", to_ms(step.tense_seconds), "Tense", step.tense), release)


def _muscle_spans(step: MuscleStep, index: int, start_ms: int) -> list[Span]:
    """One span for all rounds alike, or one a round where the releases differ."""
    if not isinstance(step.release_seconds, tuple):
        return [Span(start_ms, index, start_ms, _muscle_segments(step, 0), step.repeat, 0,
                     step.repeat)]
    spans = []
    for round_index in range(step.repeat):
        at = spans[-1].end_ms if spans else start_ms
        spans.append(Span(at, index, start_ms, _muscle_segments(step, round_index), 1,
                          round_index, step.repeat))
    return spans


def _step_spans(step: Step, index: int, start_ms: int, stretch: float,
                holds: float) -> list[Span]:
    if isinstance(step, SayStep):
        segments = (Segment("say", step.planned_ms, "", step.text),)
        return [Span(start_ms, index, start_ms, segments, 1, 0, 1)]
    if isinstance(step, MuscleStep):
        return _muscle_spans(step, index, start_ms)
    segments = tuple(_breath_segments(step, stretch, holds))
    if step.cycles is not None:
        cycles = step.cycles
    else:
        cycles = cycles_in(to_ms(step.minutes * 60), sum(s.duration_ms for s in segments))
    return [Span(start_ms, index, start_ms, segments, cycles, 0, cycles)]


class Timeline:
    """An immutable schedule for one script at one pace; answers ``state_at(t)``."""

    def __init__(self, script: Script, stretch: float = 1.0, spans: list[Span] | None = None,
                 holds: float = HOLDS_AS_WRITTEN):
        if not pace.MIN_STRETCH <= stretch <= pace.MAX_STRETCH:
            raise ValueError(f"pace stretch must be between {pace.MIN_STRETCH} and "
                             f"{pace.MAX_STRETCH}")
        if not 0 <= holds <= 1:
            raise ValueError("holds must be between 0 (left out) and 1 (as written)")
        self.script = script
        self.stretch = stretch  # multiplies the length of every breathing phase from now on
        self.holds = holds  # and a hold's length is multiplied by this too
        self.spans = spans if spans is not None else self._plan(0, 0)
        # Worked out once: state_at runs every frame, and the spans never change.
        self.total_ms = self.spans[-1].end_ms if self.spans else 0
        self._starts = [span.start_ms for span in self.spans]
        self._step_ends = [0] * len(self.spans)  # where the step each span belongs to ends
        for index in reversed(range(len(self.spans))):
            following = index + 1 < len(self.spans) and \
                self.spans[index + 1].step_index == self.spans[index].step_index
            self._step_ends[index] = self._step_ends[index + 1] if following \
                else self.spans[index].end_ms

    # ------------------------------------------------------------------ planning

    def _plan(self, first_step: int, start_ms: int) -> list[Span]:
        spans = []
        for index in range(first_step, len(self.script.steps)):
            spans.extend(_step_spans(self.script.steps[index], index, start_ms, self.stretch,
                                     self.holds))
            start_ms = spans[-1].end_ms
        return spans

    def _span_at(self, t: int) -> int | None:
        if t >= self.total_ms:
            return None
        return max(0, bisect_right(self._starts, t) - 1)

    @staticmethod
    def _until(span: Span, t: int) -> list[Span]:
        """The part of ``span`` before ``t``: its whole repetitions and a cut-short last one."""
        rep, index, into = span.locate(t)
        kept = []
        if rep:
            kept.append(replace(span, reps=rep))
        head = list(span.segments[:index])
        if into:
            head.append(_cut(span.segments[index], into))
        if head:
            kept.append(Span(span.start_ms + rep * span.cycle_ms, span.step_index,
                             span.step_start_ms, tuple(head), 1, span.first_cycle + rep,
                             span.cycles_in_step))
        return kept

    def skip_step(self, t: int) -> Timeline:
        """End the step running at ``t`` now; the following steps move earlier."""
        t = max(0, t)
        at = self._span_at(t)
        if at is None:
            return self
        span = self.spans[at]
        spans = self.spans[:at] + self._until(span, t)
        spans += self._plan(span.step_index + 1, t)
        return Timeline(self.script, self.stretch, spans, self.holds)

    def with_pace(self, t: int, stretch: float) -> Timeline:
        """Breathing phases from ``t`` on last ``stretch`` times as long as written.

        The phase running at ``t`` keeps how far through it the breath is, so the
        fullness of the lungs is the same just before and just after the change.
        """
        t = max(0, t)
        at = self._span_at(t)
        if at is None:
            return Timeline(self.script, stretch, self.spans, self.holds)
        changed = Timeline(self.script, stretch, self.spans, self.holds)  # validates the stretch
        span = self.spans[at]
        step = self.script.steps[span.step_index]
        # The rest of the running step's spans are re-planned; find where they end.
        after = at
        while after < len(self.spans) and self.spans[after].step_index == span.step_index:
            after += 1
        if not isinstance(step, BreatheStep):
            spans = self.spans[:after] + changed._plan(span.step_index + 1,
                                                       self.spans[after - 1].end_ms)
            return Timeline(self.script, stretch, spans, self.holds)

        rep, index, into = span.locate(t)
        cycle = span.first_cycle + rep
        phase_at = span.segments[index].index
        done = span.segments[index].progress(into)
        rest = _breath_segments(step, stretch, self.holds, phase_at)
        rest[0] = replace(rest[0], duration_ms=max(1, round((1 - done) * rest[0].duration_ms)),
                          progress_from=done)
        cycle_end = t + sum(s.duration_ms for s in rest)
        full = _breath_segments(step, stretch, self.holds)
        full_ms = sum(s.duration_ms for s in full)
        if step.cycles is not None:
            more = step.cycles - cycle - 1
        else:  # as many whole cycles as still fit in the minutes the step was given
            step_end = span.step_start_ms + to_ms(step.minutes * 60)
            more = max(0, (step_end - cycle_end) // full_ms)
        total_cycles = cycle + 1 + more
        spans = self.spans[:at] + self._until(span, t)
        spans.append(Span(t, span.step_index, span.step_start_ms, tuple(rest), 1, cycle,
                          total_cycles))
        if more:
            spans.append(Span(cycle_end, span.step_index, span.step_start_ms, tuple(full),
                              more, cycle + 1, total_cycles))
        spans += changed._plan(span.step_index + 1, spans[-1].end_ms)
        return Timeline(self.script, stretch, spans, self.holds)

    # ------------------------------------------------------------------- queries

    def state_at(self, t: int) -> State:
        """The state ``t`` ms after the start (paused time excluded)."""
        # Runs every frame: written out flat, since a frame's few calls into Python run from
        # cold caches and each one costs far more than in a tight loop.
        t = max(0, int(t))
        total = self.total_ms
        if t >= total:
            return State(total, total, True, len(self.script.steps), None, "done", "", "",
                         0, 0, 0, 1.0, 0, 0, None)
        at = max(0, bisect_right(self._starts, t) - 1)
        span = self.spans[at]
        offsets = span.offsets
        rep, within = divmod(t - span.start_ms, offsets[-1])
        index = bisect_right(offsets, within) - 1
        segment = span.segments[index]
        progress = segment.progress(within - offsets[index])
        fullness = None
        if segment.start_level is not None:
            fullness = segment.start_level + \
                (segment.end_level - segment.start_level) * ease(progress)
        return State(
            elapsed_ms=t, total_ms=total, finished=False, step_index=span.step_index,
            step=self.script.steps[span.step_index], phase=segment.kind,
            label=spoken(segment.label, self.script.language)
            if segment.label == PHASE_NAMES.get(segment.kind) else segment.label,
            text=segment.text, phase_index=segment.index,
            cycle=span.first_cycle + rep + 1, cycles=span.cycles_in_step, progress=progress,
            phase_remaining_ms=span.start_ms + rep * offsets[-1] + offsets[index + 1] - t,
            step_remaining_ms=self._step_ends[at] - t, fullness=fullness,
        )

    def phase_starts(self) -> list[int]:
        """Every moment a phase begins: when a cue sounds."""
        starts = []
        for span in self.spans:
            for rep in range(span.reps):
                base = span.start_ms + rep * span.cycle_ms
                for index, segment in enumerate(span.segments):
                    if rep == 0 and index == 0 and segment.progress_from > 0:
                        continue  # the rest of a phase after a pace change: no new phase
                    starts.append(base + span.offsets[index])
        return starts

    def breaths_per_minute(self, step_index: int) -> float | None:
        step = self.script.steps[step_index]
        if not isinstance(step, BreatheStep):
            return None
        return 60_000 / cycle_ms(step, self.stretch, self.holds)


def _cut(segment: Segment, into: int) -> Segment:
    """The first ``into`` ms of a segment: same phase and levels, ending part way."""
    return replace(segment, duration_ms=into, progress_to=segment.progress(into))


# --------------------------------------------------------------------------- running


class Run:
    """A timeline being practised: start, pause, resume, pace and skip, on a clock.

    ``clock`` returns monotonic whole milliseconds (see relaxapp.core.clock);
    tests pass a fake one. Paused time does not count as session time.

    The session may also wait for its voice, like an instructor who finishes a sentence
    before the next breath: a *quiet* holds the session at a moment (in session time)
    for a while, or until it is let go (a line not yet rendered). Time spent in a quiet
    is not session time either; ``run_ms`` tells when a moment will be reached, quiets
    included, so sounds can be placed on it.
    """

    def __init__(self, timeline: Timeline, clock: Callable[[], int]):
        self.timeline = timeline
        self._clock = clock
        self._started_at: int | None = None
        self._paused_at: int | None = None
        self._paused_total = 0
        self._quiets: list[list] = []  # [session ms, length ms or None while held], in order

    def start(self, count_in_ms: int = 0) -> None:
        """Start now, or after a count-in: until then ``elapsed_ms`` is negative and the
        state is the first moment's."""
        self._started_at = self._clock() + count_in_ms

    def start_sooner(self, count_in_ms: int) -> None:
        """Bring a start still to come forward to ``count_in_ms`` from now (never later):
        what was being waited for is ready sooner than reckoned."""
        if self.started and not self.paused and not self._quiets \
                and self.elapsed_ms() < -count_in_ms:
            self._started_at = self._clock() + count_in_ms - self._paused_total

    @property
    def started(self) -> bool:
        return self._started_at is not None

    def clock_ms(self) -> int:
        """The clock the run keeps its time by."""
        return self._clock()

    @property
    def paused(self) -> bool:
        return self._paused_at is not None

    def run_ms(self) -> int:
        """Time run since the start (negative before it), pauses left out, quiets in."""
        if self._started_at is None:
            return 0
        now = self._paused_at if self._paused_at is not None else self._clock()
        return now - self._started_at - self._paused_total

    def _position(self) -> tuple[int, bool]:
        """Session time (what has run, less the quiets), and whether the session stands
        in a quiet now."""
        run, waited = self.run_ms(), 0
        for at, length in self._quiets:
            if run - waited < at:
                break
            if length is None or run - waited - at < length:
                return at, True  # inside this quiet: the session stands at its moment
            waited += length
        return run - waited, False

    def elapsed_ms(self) -> int:
        """Session time: what has run, less the quiets."""
        if self._started_at is None:
            return 0
        return min(self._position()[0], self.timeline.total_ms)

    def run_ms_at(self, session_ms: int) -> int | None:
        """When the session reaches ``session_ms``, in run time, the quiets at or before it
        waited out; None while a quiet before it is held open."""
        waited = 0
        for at, length in self._quiets:
            if at > session_ms:
                break
            if length is None:
                return None
            waited += length
        return session_ms + waited

    def shown_ms(self) -> int:
        """The moment to show: ``elapsed_ms``, or just before it while the session stands in
        a quiet, so that what begins at the quiet's moment (a phase, its chime, its word)
        shows when it is heard, not while the session waits for it."""
        at = self.elapsed_ms()
        return at - 1 if self.holding() and at < self.timeline.total_ms else at

    def ms_until(self, session_ms: int) -> int | None:
        """How long from now, on the clock, until the session reaches ``session_ms`` (if it
        is not paused meanwhile); None while a hold before it is open."""
        run = self.run_ms_at(session_ms)
        return None if run is None or not self.started else run - self.run_ms()

    def quiet(self, at_ms: int, ms: int) -> None:
        """Hold the session at ``at_ms`` (not before now) for ``ms`` more."""
        at_ms = max(at_ms, self.elapsed_ms())
        if ms <= 0:
            return
        for entry in self._quiets:
            if entry[0] == at_ms and entry[1] is not None:
                entry[1] += ms
                return
        self._quiets.append([at_ms, ms])
        self._quiets.sort(key=lambda entry: entry[0])

    def go_back(self, at_ms: int) -> None:
        """Back to ``at_ms``, which the session passed while nothing was shown or heard of it
        (the window was held up): the time since is left out, as a quiet at that moment."""
        reached = self.run_ms_at(at_ms)
        if reached is None or at_ms >= self.elapsed_ms():
            return
        for entry in self._quiets:
            if entry[0] == at_ms and entry[1] is not None:
                entry[1] += self.run_ms() - reached
                return
        self._quiets.append([at_ms, self.run_ms() - reached])
        self._quiets.sort(key=lambda entry: entry[0])

    def hold(self, at_ms: int) -> None:
        """Hold the session at ``at_ms`` (not before now) until ``release``."""
        if self.held:
            return
        at_ms = max(at_ms, self.elapsed_ms())
        self._quiets.append([at_ms, None])
        self._quiets.sort(key=lambda entry: entry[0])

    @property
    def held(self) -> bool:
        return any(length is None for _, length in self._quiets)

    def holding(self) -> bool:
        """Whether the session stands still now for a quiet or a hold (not a pause)."""
        return self.started and self._position()[1]

    def release(self) -> None:
        """Let go of a hold: the session goes on from its moment now (or when it gets
        there, if it has not yet)."""
        run, waited = self.run_ms(), 0
        for entry in self._quiets:
            if entry[1] is None:
                entry[1] = max(0, run - waited - entry[0])
                return
            waited += entry[1]

    def pause(self) -> None:
        if self.started and not self.paused:
            self._paused_at = self._clock()

    def resume(self) -> None:
        if self._paused_at is not None:
            self._paused_total += self._clock() - self._paused_at
            self._paused_at = None

    def state(self) -> State:
        return self.timeline.state_at(self.elapsed_ms())

    @property
    def finished(self) -> bool:
        return self.started and self.elapsed_ms() >= self.timeline.total_ms

    def set_stretch(self, stretch: float) -> None:
        self._settle_quiets()
        self.timeline = self.timeline.with_pace(self.elapsed_ms(), stretch)

    def set_breaths_per_minute(self, bpm: float) -> None:
        """Pace the running breathing step at ``bpm``, scaling every phase alike."""
        state = self.state()
        if not isinstance(state.step, BreatheStep):
            return
        self.set_stretch(pace.stretch_for(breath_ms(state.step, self.timeline.holds), bpm))

    def skip_step(self) -> None:
        self._settle_quiets()
        self.timeline = self.timeline.skip_step(self.elapsed_ms())

    def _settle_quiets(self) -> None:
        """Before a new plan (a skip, a pace change): the session goes on from where it
        stands, and the quiets ahead, made for the old plan, are forgotten."""
        if not self.started:
            return
        now, run = self.elapsed_ms(), self.run_ms()
        self._paused_total += run - now  # what was waited so far is kept as waited
        self._quiets = []
