"""The one output stream, with Qt's sink replaced where a device must come and go."""

from __future__ import annotations

import array

from relaxapp.audio import Mixer
from relaxapp.core.clock import monotonic_ms
from relaxapp.ui.sound import audio_out
from relaxapp.ui.sound.audio_out import AudioOut, Pump


class FakeSink:
    def __init__(self, error: str = "NoError", queued_ms: int = 30):
        self.error_name = error
        self.stopped = False
        self.queued = queued_ms * audio_out.BYTES_PER_MS
        self.written = b""

    def error(self):
        return type("Error", (), {"name": self.error_name})()

    def bufferSize(self):  # noqa: N802 (Qt's names)
        return 4 * audio_out.AHEAD_MS * audio_out.BYTES_PER_MS

    def bytesFree(self):  # noqa: N802
        return self.bufferSize() - self.queued

    @property
    def stateChanged(self):  # noqa: N802
        return type("Signal", (), {"disconnect": lambda self: None})()

    def stop(self):
        self.stopped = True

    def deleteLater(self):  # noqa: N802
        pass


class FakeStream:
    def __init__(self, sink: FakeSink):
        self.sink = sink

    def write(self, data: bytes) -> int:
        self.sink.written += data
        self.sink.queued += len(data)
        return len(data)


def opened_with(out: AudioOut, sink: FakeSink) -> Pump:
    """``out`` open on ``sink``, its pump in this thread (the audio thread's part, run here)."""
    pump = Pump(out.mixer)
    pump.sink, pump.stream = sink, FakeStream(sink)
    pump.lost.connect(out.lost)
    out._pump, out._open = pump, True
    return pump


def test_a_lost_device_is_tried_again_and_stale_cues_are_dropped(qtbot, monkeypatch):
    monkeypatch.setattr(audio_out, "RETRY_MS", 10)
    mixer = Mixer()
    out = AudioOut(mixer)
    pump = opened_with(out, FakeSink(error="IOError"))
    tries = []
    out.open = lambda: tries.append(True) or False
    out.close = lambda: setattr(out, "_open", False)
    mixer.play(array.array("h", [1] * 100), "voice", delay_frames=50)
    mixer.play(array.array("h", [1] * 100), "background", loop=True)
    pump._state_changed()
    assert not out.is_open and out.lead_ms() == 0
    assert [sound.channel for sound in mixer.playing] == ["background"]
    qtbot.waitUntil(lambda: bool(tries), timeout=1_000)  # tried again


def test_an_underrun_is_not_a_lost_device(qtbot):
    out = AudioOut(Mixer())
    sink = FakeSink(error="UnderrunError")
    pump = opened_with(out, sink)
    pump._state_changed()
    assert out.is_open and not sink.stopped


def test_the_pump_tops_the_queue_up_and_notes_where_the_mix_is(qtbot):
    mixer = Mixer()
    out = AudioOut(mixer)
    sink = FakeSink(queued_ms=30)
    pump = opened_with(out, sink)
    # nothing written yet: nothing noted; a sound comes with the picture, a frame after its moment
    assert out.lead_ms() == 0 + audio_out.DEVICE_MS - audio_out.SEEN_AFTER_MS
    before = monotonic_ms()
    pump.pump()
    frames = (audio_out.AHEAD_MS - 30) * audio_out.BYTES_PER_MS // 2
    assert len(sink.written) == 2 * frames and mixer.frames_rendered == frames
    at, queued, rendered = pump.anchor
    assert before <= at and queued == audio_out.AHEAD_MS * audio_out.BYTES_PER_MS // 2
    assert rendered == frames
    # The lead is what is queued less what has played since the write, and the device.
    seen = audio_out.SEEN_AFTER_MS
    assert audio_out.AHEAD_MS - (monotonic_ms() - at) + audio_out.DEVICE_MS - seen - 2 <= \
        out.lead_ms() <= audio_out.AHEAD_MS + audio_out.DEVICE_MS - seen
    pump.pump()  # full: nothing more is written
    assert mixer.frames_rendered == frames


def test_the_lead_is_nothing_without_an_output(qtbot):
    out = AudioOut(Mixer())
    assert out.lead_ms() == 0 and out.queued_ms() == 0


def test_a_new_default_device_is_followed(qtbot):
    out = AudioOut(Mixer())
    opened_with(out, FakeSink())
    closed, reopened = [], []
    out.close = lambda: closed.append(True)
    out.open = lambda: reopened.append(True)
    out._devices_changed()
    assert closed == [True] and reopened == [True]


def test_sounds_are_handed_over_before_the_queue_ahead_of_them_would_make_them_late():
    from relaxapp.ui.pages.player_page import LOOKAHEAD_MS

    frame_ms = 17  # 60 Hz
    assert LOOKAHEAD_MS >= audio_out.AHEAD_MS + audio_out.DEVICE_MS + audio_out.PUMP_MS + frame_ms
    assert audio_out.AHEAD_MS >= 150  # rides out the audio thread held up on a busy machine


def test_a_queue_found_empty_is_counted_with_the_wait_before_it(qtbot, monkeypatch, capsys):
    """How a drop-out is told from other faults: the top-up found nothing left to play (the
    speaker got silence), after the audio thread had waited this long."""
    now = [1_000]
    monkeypatch.setattr(audio_out, "monotonic_ms", lambda: now[0])
    monkeypatch.setattr(audio_out, "TRACE", True)
    out = AudioOut(Mixer())
    sink = FakeSink(queued_ms=0)
    pump = opened_with(out, sink)
    pump.pump()  # the first write of a stream: an empty queue is no drop-out
    assert pump.ran_dry == 0 and capsys.readouterr().err == ""
    now[0] += audio_out.PUMP_MS
    pump.pump()  # on time, the queue still full
    assert pump.ran_dry == 0 and pump.longest_wait_ms == audio_out.PUMP_MS
    now[0] += 350
    sink.queued = 0  # the thread was held up longer than the queue lasts
    pump.pump()
    assert pump.ran_dry == 1 and pump.longest_wait_ms == 350
    assert capsys.readouterr().err == \
        "relaxapp audio: 350 ms without a top-up, 0 ms left in the queue\n"
    monkeypatch.setattr(audio_out, "TRACE", False)
    now[0] += 400
    sink.queued = 0
    pump.pump()
    assert pump.ran_dry == 2 and capsys.readouterr().err == ""  # counted, not written


def test_pulseaudio_is_asked_to_hold_enough_of_the_stream_to_ride_out_a_busy_moment():
    """Qt asks PulseAudio for 23 ms of the stream: a longer hold-up of Qt's thread made
    holes inside words. libpulse reads PULSE_LATENCY_MSEC as a stream opens; the output sets
    it (a person's own setting is kept) and counts it in the delay it places sounds by."""
    import os
    import subprocess
    import sys

    code = ("import os, relaxapp.ui.sound.audio_out as out; "
            "print(os.environ.get('PULSE_LATENCY_MSEC'), out.DEVICE_MS, out.SERVER_MS)")
    env = {k: v for k, v in os.environ.items() if k != "PULSE_LATENCY_MSEC"}
    ours = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                          text=True, check=True).stdout.split()
    theirs = subprocess.run([sys.executable, "-c", code], env=dict(env, PULSE_LATENCY_MSEC="80"),
                            capture_output=True, text=True, check=True).stdout.split()
    if sys.platform.startswith("linux"):
        assert ours == ["150", "115", "150"]  # measured: benchmarks/output_delay.py
        assert theirs == ["80", "63", "150"]
