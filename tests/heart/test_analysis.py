"""The analysis on hearts whose answer is known: a simulated heart with its resonance pace
set, with and without the artefacts sensors produce; and the replay of a recording."""

from __future__ import annotations

import math

import pytest

from relaxapp.heart.analysis import (
    PACES, SEGMENT_S, assess_resonance, correct_artefacts, low_frequency, peak_to_trough,
    rmssd_ms,
)
from relaxapp.heart.sources import RRFileError, RRSample, SimulatedHeart, read_rr_file


def session(heart: SimulatedHeart) -> dict[float, list[RRSample]]:
    """The assessment as a person breathes it: 2 minutes at each pace, one after another."""
    segments, start = {}, 0.0
    for pace in PACES:
        segments[pace] = heart.beats(pace, SEGMENT_S, start)
        start = segments[pace][-1].at_s
    return segments


def with_artefacts(samples: list[RRSample], every: int = 37) -> list[RRSample]:
    """A missed beat (two intervals heard as one) and an early beat (a short interval, then
    a long one) in turn, every ``every`` beats."""
    out, index, kind = [], 0, 0
    while index < len(samples):
        here = samples[index]
        if index % every == every - 1 and index + 1 < len(samples):
            after = samples[index + 1]
            if kind % 2 == 0:  # missed: one interval the length of two
                out.append(RRSample(after.at_s, here.rr_s + after.rr_s, True))
            else:  # early beat: 60% of the interval, then the rest with the next
                out.append(RRSample(here.at_s - 0.4 * here.rr_s, 0.6 * here.rr_s, True))
                out.append(RRSample(after.at_s, 0.4 * here.rr_s + after.rr_s, True))
            kind += 1
            index += 2
            continue
        out.append(here)
        index += 1
    return out


@pytest.mark.parametrize("resonance", [6.4, 5.5, 5.2, 4.6])
def test_the_resonance_pace_is_found_within_half_a_breath_a_minute(resonance):
    found = assess_resonance(session(SimulatedHeart(resonance_bpm=resonance, seed=7)))
    assert abs(found.chosen - resonance) <= 0.5, found
    assert abs(found.by_lf - resonance) <= 0.5 and abs(found.by_peak_to_trough - resonance) <= 0.5
    assert [r.pace_bpm for r in found.paces] == list(PACES)


@pytest.mark.parametrize("resonance", [6.0, 5.0])
def test_artefacts_do_not_move_the_answer(resonance):
    clean = session(SimulatedHeart(resonance_bpm=resonance))
    found = assess_resonance({pace: with_artefacts(beats) for pace, beats in clean.items()})
    assert abs(found.chosen - resonance) <= 0.5, found
    assert all(0.02 < r.corrected_share < 0.1 for r in found.paces)  # and they were seen
    # the figures reported are the heart's, not the artefacts' (uncorrected, the swing at
    # resonance read 25.7 beats a minute for 14)
    truth = {r.pace_bpm: r for r in assess_resonance(clean).paces}
    for result in found.paces:
        assert abs(result.peak_to_trough - truth[result.pace_bpm].peak_to_trough) < 1.0
        assert abs(result.rmssd_ms - truth[result.pace_bpm].rmssd_ms) < \
            0.15 * truth[result.pace_bpm].rmssd_ms


def test_the_rise_and_fall_with_each_breath_is_measured_as_simulated():
    heart = SimulatedHeart(resonance_bpm=5.5, largest_swing=12, noise_ms=0)
    beats = heart.beats(5.5, SEGMENT_S)
    swing = peak_to_trough([b.at_s for b in beats], [b.rr_s for b in beats], 5.5)
    assert 10.5 < swing <= 12.1  # beats fall between the true top and bottom
    spectrum = low_frequency([b.at_s for b in beats], [b.rr_s for b in beats])
    assert abs(spectrum.peak_hz - 5.5 / 60) < 0.01


def test_a_missed_and_an_early_beat_are_put_right():
    beats = [RRSample(i * 1.0, 1.0) for i in range(1, 21)]
    missed = beats[:5] + [RRSample(7.0, 2.0)] + beats[7:]
    fixed = correct_artefacts(missed)
    assert fixed.rr_s == tuple([1.0] * 20) and fixed.corrected == 1
    early = beats[:5] + [RRSample(5.6, 0.6), RRSample(7.0, 1.4)] + beats[7:]
    fixed = correct_artefacts(early)
    assert fixed.rr_s == tuple([1.0] * 20) and fixed.corrected == 2
    wild = beats[:5] + [RRSample(6.0, 1.7)] + beats[6:]
    assert correct_artefacts(wild).rr_s[5] == 1.0


def test_rmssd():
    assert rmssd_ms([1.0, 1.1, 1.0, 1.1]) == pytest.approx(100.0)
    assert rmssd_ms([1.0]) == 0.0


def test_a_recording_is_replayed_from_a_plain_file(tmp_path):
    path = tmp_path / "rr.txt"
    path.write_text("# a Polar H10, sitting\n1016\n\n990\n1003.5\n")
    assert [round(s.at_s, 4) for s in read_rr_file(path)] == [1.016, 2.006, 3.0095]
    path.write_text("0.5,1016\n1.5,990\n")
    assert [(s.at_s, s.rr_s) for s in read_rr_file(path)] == [(0.5, 1.016), (1.5, 0.99)]
    for bad, said in (("1016\nlots\n", "line 2: not a number"),
                      ("90\n", "line 1: 90 ms is not a heartbeat"),
                      ("1,2,3\n", "line 1: give an interval"), ("nan\n", "line 1: give")):
        path.write_text(bad)
        with pytest.raises(RRFileError, match=said):
            read_rr_file(path)


def test_the_simulated_swing_is_largest_at_resonance():
    heart = SimulatedHeart(resonance_bpm=5.0)
    assert heart.swing(5.0) == heart.largest_swing
    assert heart.swing(6.0) < heart.swing(5.5) < heart.swing(5.0)
    assert math.isclose(heart.swing(5.0 + heart.width), heart.largest_swing / 2)
