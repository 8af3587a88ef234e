"""The one output stream, with Qt's sink replaced where a device must come and go."""

from __future__ import annotations

import array

from relaxapp.audio import Mixer
from relaxapp.ui import audio_out
from relaxapp.ui.audio_out import AudioOut


class FakeSink:
    def __init__(self, error: str = "NoError"):
        self.error_name = error
        self.stopped = False

    def error(self):
        return type("Error", (), {"name": self.error_name})()

    def bufferSize(self):  # noqa: N802 (Qt's names)
        return 4 * audio_out.AHEAD_MS * audio_out.BYTES_PER_MS

    def bytesFree(self):  # noqa: N802
        return self.bufferSize() - 30 * audio_out.BYTES_PER_MS

    @property
    def stateChanged(self):  # noqa: N802
        return type("Signal", (), {"disconnect": lambda self: None})()

    def stop(self):
        self.stopped = True

    def deleteLater(self):  # noqa: N802
        pass


def opened_with(out: AudioOut, sink: FakeSink) -> None:
    out._sink, out._stream = sink, object()


def test_a_lost_device_is_tried_again_and_stale_cues_are_dropped(qtbot, monkeypatch):
    monkeypatch.setattr(audio_out, "RETRY_MS", 10)
    mixer = Mixer()
    out = AudioOut(mixer)
    tries = []
    out.open = lambda: tries.append(True) or False
    opened_with(out, FakeSink(error="IOError"))
    mixer.play(array.array("h", [1] * 100), "voice", delay_frames=50)
    mixer.play(array.array("h", [1] * 100), "background", loop=True)
    out._state_changed()
    assert not out.is_open and out.lead_ms() == 0
    assert [sound.channel for sound in mixer.playing] == ["background"]
    qtbot.waitUntil(lambda: bool(tries), timeout=1_000)  # tried again


def test_an_underrun_is_not_a_lost_device(qtbot):
    out = AudioOut(Mixer())
    sink = FakeSink(error="UnderrunError")
    opened_with(out, sink)
    out._state_changed()
    assert out.is_open and not sink.stopped


def test_the_lead_is_what_is_queued_and_the_device(qtbot):
    out = AudioOut(Mixer())
    assert out.lead_ms() == 0  # nothing open: nothing to wait for
    opened_with(out, FakeSink())
    assert out.lead_ms() == 30 + audio_out.DEVICE_MS


def test_a_new_default_device_is_followed(qtbot):
    out = AudioOut(Mixer())
    sink = FakeSink()
    opened_with(out, sink)
    reopened = []
    out.open = lambda: reopened.append(True)
    out._devices_changed()
    assert sink.stopped and reopened == [True]


def test_sounds_are_handed_over_before_the_queue_ahead_of_them_would_make_them_late():
    from relaxapp.ui.player_page import LOOKAHEAD_MS

    frame_ms = 17  # 60 Hz
    assert LOOKAHEAD_MS >= audio_out.AHEAD_MS + audio_out.DEVICE_MS + audio_out.PUMP_MS + frame_ms
    assert audio_out.AHEAD_MS >= 150  # rides out the GUI thread held up on a busy machine
