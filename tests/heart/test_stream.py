"""A session's beats as they come: the trace's last minute, and the summary in words."""

from __future__ import annotations

from relaxapp.heart.measurement import HeartRateMeasurement
from relaxapp.heart.sources import SimulatedHeart
from relaxapp.heart.stream import HeartStream


def fed(stream: HeartStream, beats, pace=None, every: int = 2) -> None:
    """As a strap sends them: a notification every ``every`` beats, with their intervals."""
    for index in range(0, len(beats), every):
        group = beats[index:index + every]
        stream.add(HeartRateMeasurement(round(60 / group[-1].rr_s), True, None,
                                        tuple(b.rr_s for b in group)), group[-1].at_s, pace)


def test_the_trace_holds_the_last_minute_and_a_rate_without_intervals():
    stream = HeartStream()
    fed(stream, SimulatedHeart(noise_ms=0).beats(6.0, 150))
    now = stream.samples[-1].at_s
    recent = stream.recent(now)
    assert recent and recent[0][0] >= now - 60 and all(50 < bpm < 85 for _, bpm in recent)
    stream.add(HeartRateMeasurement(64, True, None, ()), now + 1)  # a strap that sends no RR
    assert stream.recent(now + 1)[-1] == (now + 1, 64.0)
    stream.add(HeartRateMeasurement(0, False, None, ()), now + 2)  # no contact: no point
    assert stream.recent(now + 2)[-1] == (now + 1, 64.0)
    beats = len(stream.samples)
    stream.add(HeartRateMeasurement(70, False, None, (0.4, 0.4)), now + 3)  # off the skin
    assert len(stream.samples) == beats and stream.recent(now + 3)[-1] == (now + 1, 64.0)


def test_the_summary_says_how_far_the_heart_followed_the_paced_breath():
    heart = SimulatedHeart(resonance_bpm=5.5, largest_swing=12, noise_ms=2)
    stream = HeartStream()
    fed(stream, heart.beats(5.5, 120), pace=5.5)
    start = stream.samples[-1].at_s
    fed(stream, heart.beats(5.5, 60, start), pace=None)  # a muscle group: not counted
    summary = stream.summary()
    assert summary.beats == len(stream.samples) and 60 < summary.mean_bpm < 72
    assert 10 < summary.swing_bpm < 12.5
    assert summary.sentence().startswith("Your heart beat 66 times a minute on average. It rose "
                                         "and fell with your breath by 1")


def test_no_summary_from_a_few_beats_and_no_swing_without_paced_breathing():
    stream = HeartStream()
    fed(stream, SimulatedHeart().beats(6.0, 20))
    assert stream.summary() is None
    fed(stream, SimulatedHeart().beats(6.0, 120, 20))
    summary = stream.summary()
    assert summary.swing_bpm is None and "rose and fell" not in summary.sentence()


def test_the_resonance_finders_paces_are_compared_and_the_answer_said():
    """Five paces, two minutes each, as the resonance finder breathes them: the pace the heart
    followed most is found, by both measures, and said."""
    heart = SimulatedHeart(resonance_bpm=5.5, noise_ms=4, seed=3)
    stream, start = HeartStream(), 0.0
    for pace in (6.5, 6.0, 5.5, 5.0, 4.5):
        beats = heart.beats(pace, 120, start)
        fed(stream, beats, pace=pace)
        start = beats[-1].at_s
    summary = stream.summary()
    assert (summary.resonance_bpm, summary.by_swing_bpm, summary.by_lf_bpm) == (5.5, 5.5, 5.5)
    assert "your heart followed the breath most at 5.5 breaths a minute" in summary.sentence()
    assert summary.fields()["resonance_bpm"] == 5.5


def test_one_pace_is_not_a_comparison():
    stream = HeartStream()
    fed(stream, SimulatedHeart().beats(6.0, 300), pace=6.0)
    summary = stream.summary()
    assert summary.resonance_bpm is None and "followed the breath most" not in summary.sentence()
