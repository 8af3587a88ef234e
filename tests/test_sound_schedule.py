"""When chimes and spoken lines are handed over, on a fake clock, with no Qt and no sound:
each heard on its moment, none lost, none cutting another, the session waiting for its voice."""

from __future__ import annotations

import json

from relaxapp.core.clock import FakeClock
from relaxapp.core.scripts import parse_script
from relaxapp.core.timeline import Run, Timeline
from relaxapp.sound_schedule import LATE_LINE_MS, SoundSchedule, plan_sounds
from tests.conftest import minimal_script

LEAD_MS = 220  # the output's queue and device
LOOKAHEAD_MS = 300
FRAME_MS = 16


class FakeVoice:
    def __init__(self, length_ms: int = 500):
        self.length_ms = length_ms
        self.ready: set[str] | None = None  # None: every line is ready
        self.failed: set[str] = set()
        self.missed: list[str] = []
        self.asked: list[str] = []

    def is_ready(self, text):
        return self.ready is None or text in self.ready

    def cannot_say(self, text):
        return text in self.failed

    def duration_ms(self, text):
        return self.length_ms if self.is_ready(text) else None

    def prepare(self, texts):
        self.asked += texts


class FakeOutput:
    """Records each sound as (clock ms it is heard at, what); a sound not yet begun can be
    taken back, as the mixer's can."""

    def __init__(self, clock: FakeClock):
        self.clock = clock
        self.narrator = FakeVoice()
        self.heard: list[list] = []
        self.told: list[str] = []

    def lead_ms(self):
        return LEAD_MS

    def voice_on(self):
        return True

    def _place(self, what, in_ms):
        assert in_ms >= LEAD_MS, f"{what!r} placed {in_ms} ms ahead: sooner than it can be heard"
        sound = [self.clock() + in_ms, what]
        self.heard.append(sound)
        return sound

    def play(self, phase, in_ms=0):
        return self._place(f"<{phase}>", in_ms)

    def say(self, text, in_ms=0):
        return self._place(text, in_ms)

    def cancel_pending(self):
        pending = [sound for sound in self.heard if sound[0] > self.clock()]
        self.heard = [sound for sound in self.heard if sound[0] <= self.clock()]
        return pending

    def preload(self, texts):
        list(texts)

    def tell_once(self, key, message):
        self.told.append(key)


def session(steps=None):
    script = parse_script(json.dumps(minimal_script(**({"steps": steps} if steps else {}))),
                          "t.json")
    clock = FakeClock()
    output = FakeOutput(clock)
    schedule = SoundSchedule(output, LOOKAHEAD_MS)
    run = Run(Timeline(script), clock)
    run.start(count_in_ms=LOOKAHEAD_MS)  # the lead before the first moment, as the player has it
    schedule.begin([])
    return clock, output, schedule, run


def play_for(clock, schedule, run, ms, frame_ms=FRAME_MS):
    for _ in range(ms // frame_ms):
        schedule.step(run)
        clock.advance(frame_ms)
    schedule.step(run)


def test_every_cue_and_line_is_heard_on_its_moment_once():
    clock, output, schedule, run = session()
    started = clock() + LOOKAHEAD_MS
    play_for(clock, schedule, run, run.timeline.total_ms + 2_000)
    planned = plan_sounds(run.timeline, output.narrator.duration_ms, 0)
    expected = [[started + s.at_ms, s.what if s.kind == "line" else f"<{s.what}>"]
                for s in planned]
    assert sorted(output.heard) == sorted(expected)
    assert run.state().finished and not run.holding()  # nothing waited: every line fitted


def test_a_line_not_rendered_holds_the_session_at_its_moment_until_it_is():
    clock, output, schedule, run = session()
    output.narrator.ready = {"Settle in."}
    play_for(clock, schedule, run, 5_000 + LOOKAHEAD_MS + 100)  # past the first breath
    assert output.narrator.asked == ["Inhale"] and run.holding()
    held_at = run.elapsed_ms()
    play_for(clock, schedule, run, 3_000)  # the voice takes 3 s more
    assert run.elapsed_ms() == held_at == 5_000  # the session waited, at the breath
    assert "Inhale" not in [what for _, what in output.heard]
    output.narrator.ready = None
    schedule.step(run)
    heard = dict((what, at) for at, what in output.heard)
    # said as soon as it can be heard, and the breath (its chime too) begins with it
    assert heard["Inhale"] == heard["<inhale>"] == clock() + LEAD_MS
    clock.advance(LEAD_MS)
    assert run.elapsed_ms() == 5_000
    clock.advance(1)
    assert run.elapsed_ms() == 5_001  # and goes on


def test_a_line_that_cannot_be_made_is_left_out_said_on_screen_and_the_session_goes_on():
    clock, output, schedule, run = session()
    output.narrator.ready = {"Settle in."}
    output.narrator.failed = {"Inhale"}
    started = clock() + LOOKAHEAD_MS
    play_for(clock, schedule, run, 6_000 + LOOKAHEAD_MS)
    assert run.elapsed_ms() == clock() - started  # never held
    assert output.narrator.missed == ["Inhale"] and output.told == ["unsaid"]
    assert "<inhale>" in [what for _, what in output.heard]


def test_a_frame_held_up_past_a_moment_stands_the_session_still_until_its_chime_is_heard():
    """No frame for 1.2 s (a frozen window): the breath's moment has passed when the next
    frame comes. Its chime and word are handed over at once and the session stands still
    until they are heard, so nothing after them runs further ahead."""
    clock, output, schedule, run = session()
    play_for(clock, schedule, run, 4_500)
    clock.advance(1_200)
    late_by = run.elapsed_ms() - 5_000
    assert 0 < late_by < LATE_LINE_MS
    schedule.step(run)
    heard = dict((what, at) for at, what in output.heard)
    assert heard["<inhale>"] == heard["Inhale"] == clock() + LEAD_MS
    standing = run.elapsed_ms()
    clock.advance(LEAD_MS)
    assert run.elapsed_ms() == standing == 5_000 + late_by
    clock.advance(10)
    assert run.elapsed_ms() == standing + 10


def test_a_window_held_up_for_seconds_goes_back_to_the_moment_it_missed_and_loses_nothing():
    """No frame for 3 s (a machine busy with other work): the breath's moment passed long
    before the next frame, with nothing of it shown or heard. The session goes back to that
    moment and stands there until its chime and word are heard; they were once left out,
    and the person, eyes closed, heard nothing at the breath."""
    clock, output, schedule, run = session()
    play_for(clock, schedule, run, 4_500)
    clock.advance(3_000)
    assert run.elapsed_ms() - 5_000 > LATE_LINE_MS
    schedule.step(run)
    heard = dict((what, at) for at, what in output.heard)
    assert heard["<inhale>"] == heard["Inhale"] == clock() + LEAD_MS
    assert run.elapsed_ms() == 5_000  # back at the breath, nothing after it shown
    clock.advance(LEAD_MS)
    assert run.elapsed_ms() == 5_000
    clock.advance(10)
    assert run.elapsed_ms() == 5_010  # and on from there
    play_for(clock, schedule, run, run.timeline.total_ms)
    planned = plan_sounds(run.timeline, output.narrator.duration_ms, 0)
    assert sorted(what for _, what in output.heard) == sorted(
        s.what if s.kind == "line" else f"<{s.what}>" for s in planned)  # each once


def test_a_line_due_before_the_one_before_ends_waits_for_it_and_cuts_nothing():
    steps = [{"type": "say", "text": "A long first instruction.", "seconds": 2},
             {"type": "say", "text": "Then the next.", "seconds": 10}]
    clock, output, schedule, run = session(steps)
    output.narrator.length_ms = 3_500  # the first line takes 3.5 s of a 2-s step
    play_for(clock, schedule, run, 6_000)
    heard = dict((what, at) for at, what in output.heard)
    first, second = heard["A long first instruction."], heard["Then the next."]
    assert second >= first + 3_500  # heard whole, then the next (with the gap between lines)
    assert run.elapsed_ms() < 6_000 - LOOKAHEAD_MS  # the session waited for it


def test_a_pause_takes_back_what_was_placed_ahead_and_it_is_heard_once_after():
    clock, output, schedule, run = session()
    play_for(clock, schedule, run, 5_000 + LOOKAHEAD_MS - 200)  # the breath's cue is placed
    assert "<inhale>" in [what for _, what in output.heard]
    run.pause()
    schedule.paused()
    assert "<inhale>" not in [what for _, what in output.heard]  # taken back: not begun
    clock.advance(30_000)
    schedule.step(run)
    run.resume()
    play_for(clock, schedule, run, 1_000)
    assert [what for _, what in output.heard].count("<inhale>") == 1
    heard = dict((what, at) for at, what in output.heard)
    assert heard["<inhale>"] > clock() - 1_000  # at its moment after the pause


def test_the_next_sound_is_known_so_a_disk_write_can_wait_for_a_quiet_moment():
    clock, output, schedule, run = session()
    schedule.step(run)
    assert schedule.next_sound_in(run) == 5_000 - run.elapsed_ms()  # the breath, not handed yet
    play_for(clock, schedule, run, run.timeline.total_ms + 2_000)
    assert schedule.next_sound_in(run) is None  # nothing more to come
