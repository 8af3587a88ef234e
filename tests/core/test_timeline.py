"""The timeline: exact states, pause and resume, pace changes and skips, on a fake clock."""

from __future__ import annotations

import json
import math

import pytest

from relaxapp.core.clock import FakeClock
from relaxapp.core.scripts import parse_script
from relaxapp.core.timeline import Run, Timeline
from tests.conftest import minimal_script

BOX = {"type": "breathe", "cycles": 3, "pattern": [
    {"phase": "inhale", "seconds": 4}, {"phase": "hold", "seconds": 4},
    {"phase": "exhale", "seconds": 4}, {"phase": "hold", "seconds": 4, "label": "Rest"}],
    "text": "Four sides."}
SAY = {"type": "say", "text": "Settle in.", "seconds": 5}
MUSCLE = {"type": "muscle", "regions": ["jaw"], "name": "Jaw", "tense": "Clench gently.",
          "release": "Let go.", "tense_seconds": 5, "release_seconds": 20, "repeat": 2}


def moment(state):
    """What a view shows of a state, leaving out what a later change re-plans."""
    return (state.phase, state.label, state.key, state.progress, state.fullness)


def timeline(*steps) -> Timeline:
    return Timeline(parse_script(json.dumps(minimal_script(steps=list(steps))), "t.json"))


def test_states_follow_the_schedule_exactly():
    tl = timeline(SAY, BOX, MUSCLE)
    assert tl.total_ms == 5_000 + 3 * 16_000 + 2 * 25_000
    say = tl.state_at(1_000)
    assert (say.phase, say.text, say.fullness, say.phase_remaining_ms) == ("say", "Settle in.", None, 4_000)
    inhale = tl.state_at(5_000)
    assert (inhale.phase, inhale.label, inhale.cycle, inhale.cycles) == ("inhale", "Inhale", 1, 3)
    assert inhale.fullness == 0.0 and inhale.text == "Four sides."
    middle = tl.state_at(7_000)
    assert middle.progress == 0.5 and middle.fullness == pytest.approx(0.5)
    assert middle.phase_remaining_ms == 2_000
    hold = tl.state_at(9_000)
    assert (hold.phase, hold.fullness) == ("hold", 1.0)
    rest = tl.state_at(5_000 + 12_000)
    assert (rest.phase, rest.label, rest.fullness) == ("hold", "Rest", 0.0)
    third = tl.state_at(5_000 + 32_000)
    assert (third.phase, third.cycle) == ("inhale", 3)
    tense = tl.state_at(53_000)
    assert (tense.phase, tense.label, tense.text, tense.cycle, tense.cycles) == \
        ("tense", "Tense", "Clench gently.", 1, 2)
    release = tl.state_at(58_000)
    assert (release.phase, release.text, release.phase_remaining_ms) == ("release", "Let go.", 20_000)
    assert tl.state_at(78_000).cycle == 2
    assert tl.state_at(103_000 - 1).remaining_ms == 1
    done = tl.state_at(103_000)
    assert done.finished and done.phase == "done" and done.remaining_ms == 0
    assert tl.state_at(10**9).finished
    assert tl.state_at(-5).elapsed_ms == 0


def test_fullness_eases_in_and_out():
    tl = timeline(dict(BOX, cycles=1))
    quarter, three_quarters = tl.state_at(1_000).fullness, tl.state_at(3_000).fullness
    assert quarter == pytest.approx(0.5 - 0.5 * math.cos(math.pi / 4))
    assert quarter < 0.25 and three_quarters > 0.75  # slow at the ends, quick in the middle
    assert tl.state_at(10_000).fullness == pytest.approx(0.5)  # exhale half way


def test_a_cycle_starts_where_the_last_one_ended():
    starts_on_exhale = {"type": "breathe", "cycles": 2, "pattern": [
        {"phase": "exhale", "seconds": 5}, {"phase": "inhale", "seconds": 5}]}
    tl = timeline(starts_on_exhale)
    assert tl.state_at(0).fullness == 1.0
    assert tl.state_at(9_999).fullness == pytest.approx(1.0, abs=1e-6)
    assert tl.state_at(10_000).fullness == 1.0


def test_phase_key_changes_exactly_when_a_phase_begins():
    tl = timeline(SAY, BOX, MUSCLE)
    keys = [tl.state_at(t).key for t in range(0, tl.total_ms, 250)]
    changes = [t * 250 for t in range(1, len(keys)) if keys[t] != keys[t - 1]]
    assert changes == [t for t in tl.phase_starts() if t > 0]
    assert len(tl.phase_starts()) == 1 + 3 * 4 + 2 * 2


def test_run_pauses_and_resumes_on_the_clock():
    clock = FakeClock()
    run = Run(timeline(SAY, BOX), clock)
    assert run.elapsed_ms() == 0 and not run.started
    run.start()
    clock.advance(3_000)
    run.pause()
    clock.advance(60_000)  # a long pause does not count
    assert run.elapsed_ms() == 3_000 and run.paused
    run.resume()
    clock.advance(2_500)
    assert run.elapsed_ms() == 5_500
    assert run.state().phase == "inhale"
    run.pause()
    run.pause()  # pausing twice is harmless
    clock.advance(1_000)
    run.resume()
    run.resume()
    assert run.elapsed_ms() == 5_500
    clock.advance(10**7)
    assert run.finished and run.state().finished
    assert run.elapsed_ms() == run.timeline.total_ms


def test_pace_change_keeps_fullness_and_scales_what_follows():
    tl = timeline(SAY, BOX, SAY)
    t = 5_000 + 1_000  # a quarter through the first inhale
    slower = tl.with_pace(t, 1.5)
    before, after = tl.state_at(t), slower.state_at(t)
    assert after.fullness == pytest.approx(before.fullness, abs=1e-12)
    assert after.progress == pytest.approx(0.25)
    assert after.key == before.key  # no new phase, so no cue sounds
    assert after.phase_remaining_ms == 4_500  # 3 s left of 4, times 1.5
    assert moment(slower.state_at(t - 1)) == moment(tl.state_at(t - 1))  # the past stays
    # the rest of this cycle and both remaining cycles breathe at 1.5x; the holds stay 4 s
    # (a slower pace never lengthens a hold): 6 + 4 + 6 + 4 = 20 s a cycle
    assert slower.total_ms == t + 4_500 + 14_000 + 2 * 20_000 + 5_000
    assert slower.state_at(t + 4_500).phase == "hold"
    assert slower.state_at(t + 4_500).phase_remaining_ms == 4_000
    assert slower.state_at(t + 4_500 + 14_000).cycle == 2
    assert slower.breaths_per_minute(1) == pytest.approx(60 / 20)


def test_a_slower_pace_never_lengthens_a_breath_hold_and_a_faster_one_shortens_it():
    """4-7-8 with the pace set to half speed held the breath 14 s."""
    from relaxapp.core import pace
    from relaxapp.core.timeline import breath_ms, cycle_ms, phase_ms

    four_seven_eight = timeline({"type": "breathe", "cycles": 4, "pattern": [
        {"phase": "inhale", "seconds": 4}, {"phase": "hold", "seconds": 7},
        {"phase": "exhale", "seconds": 8}]})
    step = four_seven_eight.script.steps[0]
    hold = step.pattern[1]
    assert phase_ms(hold, 2.0) == 7_000 and phase_ms(hold, 0.5) == 3_500
    assert breath_ms(step) == (12_000, 7_000)
    slow = pace.stretch_for(breath_ms(step), 2.0)  # 30 s a breath: 23 s of it breathing
    assert cycle_ms(step, slow) == pytest.approx(30_000, abs=2)
    fast = pace.stretch_for(breath_ms(step), 6.0)  # 10 s a breath: all of it shorter
    assert cycle_ms(step, fast) == pytest.approx(10_000, abs=2) and phase_ms(hold, fast) < 7_000
    halved = Timeline(four_seven_eight.script, 2.0)
    holds = [halved.state_at(t) for t in halved.phase_starts()
             if halved.state_at(t).phase == "hold"]
    assert holds and all(state.phase_remaining_ms == 7_000 for state in holds)


def test_pace_change_mid_phase_leaves_no_step_in_fullness():
    tl = timeline(BOX)
    for t in (1, 1_999, 4_000, 10_123, 47_999):
        for stretch in (0.5, 0.8, 1.25, 2.0):
            changed = tl.with_pace(t, stretch)
            now, next_ms = changed.state_at(t), changed.state_at(t + 1)
            assert now.fullness == pytest.approx(tl.state_at(t).fullness, abs=1e-12)
            if not next_ms.finished:
                assert abs(next_ms.fullness - now.fullness) < 0.01


def test_repeated_pace_changes_compose():
    tl = timeline(BOX)
    # 3 s of the 4 s inhale, then its last quarter at 2x: 2 s, ending at 5 s
    tl = tl.with_pace(3_000, 2.0)
    assert tl.state_at(5_000).phase == "hold"
    # the hold runs at 0.5x (2 s) for 0.5 s, a quarter, then at 1x (3 s left of 4)
    tl = tl.with_pace(5_000, 0.5).with_pace(5_500, 1.0)
    assert tl.state_at(5_500).progress == pytest.approx(0.25)
    assert tl.state_at(8_499).phase == "hold" and tl.state_at(8_500).phase == "exhale"
    assert tl.total_ms == 8_500 + 4_000 + 4_000 + 2 * 16_000


def test_minutes_step_keeps_its_length_when_the_pace_changes():
    step = {"type": "breathe", "minutes": 1,
            "pattern": [{"phase": "inhale", "seconds": 4}, {"phase": "exhale", "seconds": 6}]}
    tl = timeline(step)
    assert tl.state_at(0).cycles == 6
    # 1 s into the 6 s exhale; at 1.2x the rest of it takes 6 s, ending the cycle at 11 s;
    # 49 s of the minute remain, and 12 s cycles: 4 more fit
    slower = tl.with_pace(5_000, 1.2)
    assert slower.state_at(5_000).cycles == 1 + 4
    assert slower.total_ms == 11_000 + 4 * 12_000
    faster = tl.with_pace(5_000, 0.5)  # cycle ends at 7.5 s; 52.5 s left fit 10 of 5 s
    assert faster.state_at(5_000).cycles == 1 + 10
    assert faster.total_ms == 7_500 + 10 * 5_000


def test_pace_change_outside_breathing_applies_to_later_breathing():
    tl = timeline(SAY, BOX)
    changed = tl.with_pace(2_000, 2.0)
    assert moment(changed.state_at(2_000)) == moment(tl.state_at(2_000))
    assert changed.total_ms == 5_000 + 3 * 24_000  # in 8, hold 4, out 8, hold 4
    assert tl.with_pace(10**9, 2.0).total_ms == tl.total_ms


def test_pace_scale_is_bounded():
    with pytest.raises(ValueError):
        timeline(BOX).with_pace(0, 0)
    with pytest.raises(ValueError):
        timeline(BOX).with_pace(0, 10)


def test_skip_ends_the_running_step_now():
    tl = timeline(SAY, BOX, MUSCLE)
    skipped = tl.skip_step(2_000)
    assert moment(skipped.state_at(1_999)) == moment(tl.state_at(1_999))
    assert skipped.state_at(2_000).phase == "inhale"
    assert skipped.total_ms == tl.total_ms - 3_000
    mid_breath = skipped.skip_step(2_000 + 20_000)
    assert mid_breath.state_at(22_000).phase == "tense"
    assert mid_breath.state_at(21_999).cycle == 2
    last = mid_breath.skip_step(30_000)
    assert last.total_ms == 30_000 and last.state_at(30_000).finished
    assert last.skip_step(40_000) is last


def test_run_pace_and_skip_use_the_clock():
    clock = FakeClock()
    run = Run(timeline(SAY, BOX), clock)
    run.start()
    run.set_breaths_per_minute(3)  # on a say step: nothing to pace
    assert run.timeline.stretch == 1.0
    clock.advance(5_000 + 2_000)
    run.set_breaths_per_minute(60 / 24)  # box at 16 s a cycle -> 24 s (its holds stay 4 s)
    assert run.timeline.stretch == pytest.approx(2.0)
    assert run.state().phase_remaining_ms == 4_000
    run.skip_step()
    assert run.finished


def test_a_sixty_minute_session_ends_within_one_frame_at_60_hz():
    step = {"type": "breathe", "minutes": 60,
            "pattern": [{"phase": "inhale", "seconds": 4.4}, {"phase": "exhale", "seconds": 6.5}]}
    tl = timeline(step)
    clock = FakeClock(start_ms=123_456_789)
    run = Run(tl, clock)
    run.start()
    frame_ns = 1_000_000_000 // 60
    frames = 0
    inhale_seen = []
    last_key = None
    while not run.finished:
        frames += 1
        clock.now_ms = 123_456_789 + frames * frame_ns // 1_000_000  # the real frame times
        state = run.state()
        if state.key != last_key and state.phase == "inhale":
            inhale_seen.append(run.elapsed_ms())
        last_key = state.key
    assert tl.total_ms == 330 * 10_900  # whole cycles that fit in 60 minutes
    assert 0 <= run.elapsed_ms() - tl.total_ms <= 17
    assert len(inhale_seen) == 330
    # every breath began within one frame of its exact schedule: no drift at all
    assert all(0 <= seen - k * 10_900 <= 17 for k, seen in enumerate(inhale_seen))


# ------------------------------------------------------------------- holds


def with_holds(holds: float, *steps) -> Timeline:
    script = parse_script(json.dumps(minimal_script(steps=list(steps))), "t.json")
    return Timeline(script, holds=holds)


def phases_of_first_breath(tl: Timeline, start: int = 0) -> list[tuple[str, str, int]]:
    """(phase, label, length in ms) of each phase of the breath starting at ``start``."""
    shown, t = [], start
    while True:
        state = tl.state_at(t)
        if state.cycle != 1 or state.finished:
            return shown
        shown.append((state.phase, state.label, state.phase_remaining_ms))
        t += state.phase_remaining_ms


def test_holds_can_be_shortened_without_changing_the_breaths():
    tl = with_holds(0.5, BOX)
    assert phases_of_first_breath(tl) == [("inhale", "Inhale", 4_000), ("hold", "Hold", 2_000),
                                          ("exhale", "Exhale", 4_000), ("hold", "Rest", 2_000)]
    assert tl.total_ms == 3 * 12_000
    assert tl.breaths_per_minute(0) == 5.0


def test_holds_left_out_leave_in_and_out_only():
    tl = with_holds(0.0, SAY, BOX, MUSCLE)
    assert phases_of_first_breath(tl, 5_000) == [("inhale", "Inhale", 4_000),
                                                 ("exhale", "Exhale", 4_000)]
    assert tl.total_ms == 5_000 + 3 * 8_000 + 2 * 25_000
    # the fullness still runs from empty to full and back, with no jump where a hold was
    assert tl.state_at(5_000 + 3_999).fullness == pytest.approx(1.0, abs=1e-5)
    assert tl.state_at(5_000 + 4_000).fullness == 1.0
    # and every phase start is a real phase: no zero-length holds to cue
    starts = tl.phase_starts()
    assert len(starts) == len(set(starts)) == 1 + 3 * 2 + 2 * 2
    assert [tl.state_at(t).phase for t in starts[1:7]] == ["inhale", "exhale"] * 3


def test_pace_changes_and_skips_keep_the_holds_choice():
    tl = with_holds(0.0, BOX, BOX).with_pace(2_000, 2.0)
    assert tl.holds == 0.0
    # the running inhale goes on at the new pace, the next phase is the exhale, not a hold
    after = tl.state_at(2_000 + 4_000)
    assert after.phase == "exhale" and after.phase_remaining_ms == 8_000
    skipped = tl.skip_step(3_000)
    assert skipped.holds == 0.0
    assert [p for p, _, _ in phases_of_first_breath(skipped, 3_000)] == ["inhale", "exhale"]


def test_run_sets_breaths_per_minute_on_the_breath_as_practised():
    clock = FakeClock()
    run = Run(with_holds(0.0, BOX), clock)
    run.start()
    run.set_breaths_per_minute(6.0)  # 8 s a breath without holds: 10 s is a stretch of 1.25
    assert run.timeline.stretch == pytest.approx(1.25)
    assert run.timeline.breaths_per_minute(0) == pytest.approx(6.0)


def test_holds_outside_their_range_are_refused():
    script = parse_script(json.dumps(minimal_script(steps=[BOX])), "t.json")
    for holds in (-0.1, 1.5):
        with pytest.raises(ValueError):
            Timeline(script, holds=holds)


def test_a_later_round_can_release_for_longer():
    muscle = {**MUSCLE, "release_seconds": [20, 30]}
    tl = timeline(SAY, muscle, SAY)
    assert tl.total_ms == 5_000 + (5_000 + 20_000) + (5_000 + 30_000) + 5_000
    first = tl.state_at(5_000 + 5_000)
    assert (first.phase, first.cycle, first.cycles, first.phase_remaining_ms) == \
        ("release", 1, 2, 20_000)
    assert first.step_remaining_ms == 20_000 + 35_000
    second = tl.state_at(5_000 + 25_000 + 5_000)
    assert (second.phase, second.cycle, second.phase_remaining_ms) == ("release", 2, 30_000)
    assert tl.state_at(5_000 + 25_000).key != first.key  # the second tense is a new phase
    # a skip during the first round ends the whole step, both rounds
    skipped = tl.skip_step(12_000)
    assert skipped.state_at(12_000).phase == "say"
    assert skipped.total_ms == 12_000 + 5_000


def test_a_breath_is_written_out_phase_by_phase_as_practised():
    from relaxapp.core.scripts import BreathPhase, BreatheStep
    from relaxapp.core.timeline import HOLDS_LEFT_OUT, pattern_text

    sigh = BreatheStep((BreathPhase("inhale", 4), BreathPhase("inhale", 1.5),
                        BreathPhase("exhale", 8), BreathPhase("hold", 2)), cycles=3)
    assert pattern_text(sigh) == "in 4 · in 1.5 · out 8 · hold 2 s"
    assert pattern_text(sigh, 2.0) == "in 8 · in 3 · out 16 · hold 2 s"  # holds never longer
    assert pattern_text(sigh, 1.0, HOLDS_LEFT_OUT) == "in 4 · in 1.5 · out 8 s"


def test_a_pace_change_mid_phase_sounds_no_new_cue():
    """The rest of a phase after a change of pace is the same phase: no second chime."""
    script = parse_script(json.dumps(minimal_script(steps=[
        {"type": "breathe", "cycles": 3,
         "pattern": [{"phase": "inhale", "seconds": 4}, {"phase": "exhale", "seconds": 6}]}])),
        "t")
    timeline = Timeline(script)
    assert timeline.phase_starts()[:3] == [0, 4_000, 10_000]
    slower = timeline.with_pace(2_000, 2.0)  # half-way through the first inhale, twice as slow
    starts = slower.phase_starts()
    assert 2_000 not in starts
    assert starts[:3] == [0, 2_000 + 2 * 2_000, 6_000 + 12_000]  # the inhale's rest, then out
    assert len(starts) == len(timeline.phase_starts())  # one cue for each phase, as before


def test_a_pace_change_after_the_end_or_outside_breathing_keeps_the_script_and_holds():
    base = with_holds(0.5, BOX)
    late = base.with_pace(10**9, 2.0)
    assert late.script is base.script
    assert (late.holds, late.stretch) == (0.5, 2.0)
    talk = with_holds(0.5, SAY, BOX).with_pace(1_000, 2.0)
    assert talk.holds == 0.5 and talk.script.steps[0].text == "Settle in."
    # the breath after the talk: in 8, hold 2 (half of 4 s; a slower pace does not lengthen
    # it), out 8
    assert talk.state_at(5_000).phase == "inhale"
    assert talk.state_at(5_000 + 8_000).phase_remaining_ms == 2_000


def test_pausing_before_the_start_does_nothing():
    clock = FakeClock()
    run = Run(timeline(BOX), clock)
    run.pause()
    assert not run.paused
    run.start()
    clock.advance(1_000)
    assert run.elapsed_ms() == 1_000


def test_a_start_to_come_can_be_brought_forward_never_put_back():
    clock = FakeClock()
    run = Run(timeline(BOX), clock)
    run.start_sooner(150)  # not started: nothing to bring forward
    assert not run.started
    run.start(3_000)
    clock.advance(1_000)
    run.start_sooner(150)
    assert run.elapsed_ms() == -150
    run.start_sooner(1_000)  # later than it is: left as it is
    assert run.elapsed_ms() == -150
    clock.advance(500)
    run.start_sooner(150)  # under way: left as it is
    assert run.elapsed_ms() == 350
    paused = Run(timeline(BOX), clock)
    paused.start(3_000)
    paused.pause()
    paused.start_sooner(150)  # paused: left for the person to resume
    assert paused.elapsed_ms() == -3_000


def test_a_long_phase_is_written_in_whole_seconds():
    from relaxapp.core.scripts import BreathPhase, BreatheStep
    from relaxapp.core.timeline import pattern_text

    assert pattern_text(BreatheStep((BreathPhase("exhale", 60),), cycles=1)) == "out 60 s"


MINUTE = {"type": "breathe", "minutes": 1, "pattern": [{"phase": "inhale", "seconds": 4},
                                                       {"phase": "exhale", "seconds": 6}]}


def test_a_pace_change_in_a_later_round_counts_only_the_rounds_left():
    changed = timeline(BOX).with_pace(20_000, 2.0)  # the start of round 2's first hold
    # round 2 goes on breathing at twice the length, its holds as written (hold 4, out 8,
    # hold 4: 16 s), then round 3 (in 8, hold 4, out 8, hold 4: 24 s)
    assert changed.total_ms == 60_000
    state = changed.state_at(50_000)
    assert (state.cycle, state.cycles, state.phase) == (3, 3, "exhale")


def test_a_minutes_step_changed_near_its_end_finishes_its_breath_and_stops():
    changed = timeline(MINUTE).with_pace(39_000, 2.0)  # 1 s of the exhale left: now 2 s
    assert changed.total_ms == 41_000  # no room for another whole breath before the minute


def test_two_pace_changes_in_a_minutes_step_keep_it_a_minute():
    assert timeline(MINUTE).with_pace(5_000, 2.0).with_pace(25_000, 1.0).total_ms == 60_000


def test_a_quiet_holds_the_session_at_its_moment_for_its_length():
    clock = FakeClock()
    run = Run(timeline(SAY, BOX), clock)
    run.start()
    run.quiet(5_000, 1_200)  # the line before the first breath needs 1.2 s more
    assert run.run_ms_at(4_999) == 4_999 and run.run_ms_at(5_000) == 6_200
    clock.advance(4_900)
    assert run.elapsed_ms() == 4_900 and not run.holding()
    clock.advance(700)  # into the quiet: the session stands at its moment
    assert run.elapsed_ms() == 5_000 and run.holding() and run.state().phase == "inhale"
    assert run.state().progress == 0  # the breath has not begun
    clock.advance(600)
    assert run.elapsed_ms() == 5_000
    clock.advance(100)
    assert run.elapsed_ms() == 5_100 and not run.holding()
    run.pause()
    clock.advance(9_000)  # a pause counts neither as session time nor as a quiet
    run.resume()
    assert run.elapsed_ms() == 5_100
    clock.advance(10**7)
    assert run.finished and run.elapsed_ms() == run.timeline.total_ms


def test_while_the_session_stands_in_a_quiet_the_moment_before_it_is_shown():
    """What begins at a quiet's moment (a phase, its chime, its word) shows when the quiet
    ends and it is heard; the session itself stands at the moment."""
    clock = FakeClock()
    run = Run(timeline(SAY, BOX), clock)
    run.start()
    run.quiet(5_000, 300)
    clock.advance(5_100)
    assert run.elapsed_ms() == 5_000 and run.shown_ms() == 4_999
    assert run.timeline.state_at(run.shown_ms()).phase == "say"
    clock.advance(200)
    assert run.elapsed_ms() == run.shown_ms() == 5_000
    run.hold(0)  # never in the past: held from now, and shown just before it
    assert run.shown_ms() == 4_999
    run.release()
    assert run.shown_ms() == 5_000
    clock.advance(10**7)
    assert run.shown_ms() == run.timeline.total_ms  # the end is the end


def test_a_hold_waits_until_it_is_let_go():
    clock = FakeClock()
    run = Run(timeline(SAY, BOX), clock)
    run.start(count_in_ms=3_000)
    run.hold(-3_000)  # the count's first word is not rendered yet
    assert run.held and run.run_ms_at(0) is None
    clock.advance(20_000)
    assert run.elapsed_ms() == -3_000 and run.holding()
    run.release()
    assert not run.held and run.run_ms_at(0) == 20_000
    clock.advance(3_000)
    assert run.elapsed_ms() == 0
    run.hold(2_000)  # a hold ahead: the session runs up to it and stands there
    clock.advance(5_000)
    assert run.elapsed_ms() == 2_000
    run.release()
    clock.advance(1_000)
    assert run.elapsed_ms() == 3_000
    run.quiet(1_000, 500)  # never in the past: held from now
    clock.advance(400)
    assert run.elapsed_ms() == 3_000


def test_a_skip_or_a_pace_change_goes_on_from_where_the_session_stands():
    clock = FakeClock()
    run = Run(timeline(SAY, BOX, SAY), clock)
    run.start()
    run.quiet(5_000, 3_000)
    run.quiet(9_000, 1_000)  # made for the plan before the skip
    clock.advance(6_000)
    assert run.elapsed_ms() == 5_000
    run.skip_step()  # skips the breathing at 5 s: what follows starts now
    assert run.elapsed_ms() == 5_000 and run.state().phase == "say" and not run.holding()
    clock.advance(4_500)
    assert run.elapsed_ms() == 9_500  # the quiet at 9 s was forgotten with its plan
    run.hold(10_000)
    clock.advance(800)
    run.skip_step()  # a skip lets go of a hold
    assert not run.held and run.elapsed_ms() == 10_000


def test_going_back_to_a_moment_passed_unseen_leaves_the_time_since_out_of_the_session():
    script = parse_script(json.dumps(minimal_script()), "t.json")
    clock = FakeClock()
    run = Run(Timeline(script), clock)
    run.start()
    clock.advance(10_000)
    run.go_back(7_000)
    assert run.elapsed_ms() == 7_000 and run.run_ms() == 10_000  # the run went on all along
    clock.advance(100)
    assert run.elapsed_ms() == 7_100
    run.go_back(9_000)  # not passed yet: nothing to go back to
    assert run.elapsed_ms() == 7_100
    run.go_back(7_050)  # a second time, after the first
    assert run.elapsed_ms() == 7_050
    clock.advance(50)
    assert run.elapsed_ms() == 7_100
