"""Cues: the chimes and the voice through one mixer, as the settings allow, placed on
their moments; with no audio device, silence and one notice."""

from __future__ import annotations

from relaxapp.audio import RATE
from relaxapp.ui.sound.audio_out import DEVICE_MS
from relaxapp.ui.sound.cues import Cues


class OpenOutput:
    """An output that is open and holds ``queued_ms`` of sound ahead of the speaker."""

    def __init__(self, queued_ms: int = 40):
        self.is_open = True
        self.queued = queued_ms
        self.opened = 0

    def open(self) -> bool:
        self.opened += 1
        return True

    def lead_ms(self) -> int:
        return self.queued + DEVICE_MS

    def close(self) -> None:
        self.is_open = False


def cues_with(tmp_path, output) -> Cues:
    cues = Cues(tmp_path / "speech")
    cues.output = output
    return cues


def test_a_cue_is_placed_to_sound_on_its_moment(qtbot, tmp_path):
    cues = cues_with(tmp_path, OpenOutput(queued_ms=40))
    playing = cues.play("inhale", in_ms=DEVICE_MS + 150)
    assert playing.channel == "cue"
    assert -playing.position == (150 - 40) * RATE // 1000
    late = cues.play("exhale", in_ms=10)  # sooner than the output can: as soon as it can
    assert late.position == 0 and cues.mixer.playing == [late]  # the new chime ends the old


def test_a_cue_for_no_sound_and_cues_switched_off_play_nothing(qtbot, tmp_path):
    cues = cues_with(tmp_path, OpenOutput())
    assert cues.play("not a phase") is None
    cues.sound_enabled = False
    assert cues.play("inhale") is None and cues.mixer.playing == []


def test_cancelled_cues_are_not_heard(qtbot, tmp_path):
    cues = cues_with(tmp_path, OpenOutput())
    ahead = cues.play("tense", in_ms=DEVICE_MS + 140)
    assert cues.cancel_pending() == [ahead] and cues.mixer.playing == []


def test_without_an_audio_device_it_is_silent_and_says_so_once(qtbot, tmp_path):
    class NoDevice(OpenOutput):
        def open(self) -> bool:
            self.opened += 1
            return False

    output = NoDevice()
    output.is_open = False
    cues = cues_with(tmp_path, output)
    told = []
    cues.notice.connect(told.append)
    assert cues.play("inhale") is None and cues.play("exhale") is None
    assert told == ["Sound is silent: no audio output was found."]
    assert output.opened == 2  # a device that appears later is found at the next sound


def test_the_start_screen_opens_the_output_only_when_something_may_sound(qtbot, tmp_path):
    output = OpenOutput()
    output.is_open = False
    cues = cues_with(tmp_path, output)
    cues.sound_enabled = cues.voice_enabled = False
    cues.prepare(["Breathe in."])
    assert output.opened == 0
    cues.sound_enabled = True
    cues.prepare(["Breathe in."])
    assert output.opened == 1


def test_a_background_loops_under_the_session_and_stops(qtbot, tmp_path):
    cues = cues_with(tmp_path, OpenOutput())
    cues.start_background("rain")
    [background] = cues.mixer.playing
    assert background.loop and background.channel == "background"
    cues.stop_background()
    assert cues.mixer.playing == []
