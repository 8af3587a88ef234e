"""The mixer behind the one audio path: exact samples, volumes, delays and the dip."""

from __future__ import annotations

import array
import wave

import pytest

from relaxapp.audio import DIP, RAMP_FRAMES, RATE, Mixer, load_wav


def samples(*values) -> array.array:
    return array.array("h", values)


def frames(data: bytes) -> list[int]:
    return list(array.array("h", data))


def test_sounds_mix_at_their_volumes_and_end():
    mixer = Mixer(gains={"cue": 0.5, "voice": 1.0, "background": 1.0})
    mixer.play(samples(1000, 1000, 1000), "cue")
    mixer.play(samples(100, 100), "voice")
    assert frames(mixer.render(4)) == [600, 600, 500, 0]
    assert mixer.playing == []  # both ended


def test_a_delayed_sound_starts_on_its_frame():
    mixer = Mixer(gains={"cue": 1.0, "voice": 1.0, "background": 1.0})
    mixer.play(samples(7, 8), "voice", delay_frames=3)
    assert frames(mixer.render(2)) == [0, 0]
    assert frames(mixer.render(4)) == [0, 7, 8, 0]


def test_a_new_line_ends_the_one_before_and_loud_mixes_are_limited():
    mixer = Mixer(gains={"cue": 1.0, "voice": 1.0, "background": 1.0})
    mixer.play(samples(5, 5, 5), "voice")
    mixer.play(samples(9), "voice")
    assert frames(mixer.render(2)) == [9, 0]
    mixer.play(samples(30_000), "cue")
    mixer.play(samples(30_000), "voice")
    assert frames(mixer.render(1)) == [32_767]


def test_the_background_loops_and_dips_under_the_voice_without_a_jump():
    mixer = Mixer(gains={"cue": 1.0, "voice": 1.0, "background": 1.0})
    mixer.play(samples(*[10_000] * 10), "background", loop=True)
    assert frames(mixer.render(20)) == [10_000] * 20
    mixer.play(samples(*[0] * (2 * RAMP_FRAMES)), "voice")
    dipping = frames(mixer.render(2 * RAMP_FRAMES))
    assert dipping[0] < 10_000 and all(a >= b for a, b in zip(dipping, dipping[1:]))
    assert max(a - b for a, b in zip(dipping, dipping[1:])) <= 10_000 / RAMP_FRAMES + 1
    assert dipping[-1] == pytest.approx(10_000 * DIP, abs=2)
    rising = frames(mixer.render(2 * RAMP_FRAMES))  # the voice has ended: back up, smoothly
    assert rising[-1] == 10_000 and all(a <= b for a, b in zip(rising, rising[1:]))
    mixer.stop()
    assert frames(mixer.render(2)) == [0, 0]


def test_voices_at_half_the_rate_are_doubled_up(tmp_path):
    path = tmp_path / "line.wav"
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE // 2)
        out.writeframes(samples(0, 100, 200).tobytes())
    assert list(load_wav(path)) == [0, 50, 100, 150, 200, 200]


def test_a_line_placed_ahead_ends_the_one_before_only_when_it_begins():
    mixer = Mixer(gains={"cue": 1.0, "voice": 1.0, "background": 1.0})
    mixer.play(samples(*[5] * 10), "voice")
    mixer.play(samples(9, 9), "voice", delay_frames=3)
    assert frames(mixer.render(2)) == [5, 5]
    assert frames(mixer.render(4)) == [5, 9, 9, 0]
    assert mixer.playing == []


def test_sounds_placed_ahead_can_be_cancelled_and_what_plays_plays_on():
    mixer = Mixer(gains={"cue": 1.0, "voice": 1.0, "background": 1.0})
    mixer.play(samples(*[5] * 6), "voice")
    mixer.play(samples(9, 9), "voice", delay_frames=2)
    mixer.play(samples(7), "cue", delay_frames=3)
    assert frames(mixer.render(1)) == [5]
    mixer.cancel_pending()  # a pause or a skip: the later line and chime are not heard
    assert frames(mixer.render(6)) == [5, 5, 5, 5, 5, 0]


def test_a_line_placed_after_one_not_yet_begun_leaves_it_its_turn():
    mixer = Mixer(gains={"cue": 1.0, "voice": 1.0, "background": 1.0})
    mixer.play(samples(1, 1, 1, 1), "voice", delay_frames=1)
    mixer.play(samples(2, 2), "voice", delay_frames=3)
    assert frames(mixer.render(6)) == [0, 1, 1, 2, 2, 0]
