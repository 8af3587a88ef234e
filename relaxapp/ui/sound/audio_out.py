"""The one output stream: the mixer's audio (relaxapp.audio) written ahead into a QAudioSink
that stays open, so every sound starts with the same short latency.

The sink and the timer that keeps ``AHEAD_MS`` of audio queued live in a thread of their
own, so the GUI thread being busy (a page being built, the log written, a machine busy with
other work) never leaves the speaker without sound: a hold-up there once made holes of
digital silence inside words. The GUI thread places sounds in the mixer; the audio thread
renders them. After each write the audio thread notes when it wrote and how much was then
queued, with the mixer's frame count, under the mixer's lock; so the GUI thread knows which
frame is heard when, and places each sound on its moment.

With no audio device the stream stays shut and the app is silent (the caller says so once).
A device that goes away or comes back is followed: the stream is opened again on the default
output.
"""

from __future__ import annotations

import atexit
import os
import sys
import threading
import weakref

from PySide6.QtCore import QObject, QThread, QTimer, Signal

from relaxapp.audio import RATE, Mixer
from relaxapp.core.clock import monotonic_ms
from relaxapp.sound_schedule import TRACE

# Queued ahead of the speaker in Qt's own buffer: enough to ride out the audio thread held
# up for a while, as on a machine busy with other work (its longest wait, traced beside test
# suites, was 108 ms). Sounds are placed by the queue's length, so a longer queue delays
# nothing but the start (by the player's look-ahead); a pause, a skip or a stop lets what is
# queued play out.
AHEAD_MS = 250
# To measure another length against it on a busy machine (benchmarks/hear_all.py): 100-1000.
if os.environ.get("RELAXAPP_AUDIO_AHEAD_MS", "").isdigit():
    AHEAD_MS = max(100, min(1_000, int(os.environ["RELAXAPP_AUDIO_AHEAD_MS"])))
# What PulseAudio holds of the stream. Qt asks it for 23 ms, whatever the buffer size set:
# then a hold-up of Qt's PulseAudio thread longer than that leaves the server with nothing
# to play, a hole of silence inside a word, while Qt's buffer is still full. The server's
# own log names each such underrun (benchmarks/hear_dropouts.py): beside the same busy work,
# 24 underruns and 3 holes in a 9-minute session at 23 ms; 0 holes at 150 ms. libpulse
# reads PULSE_LATENCY_MSEC as each stream opens; one set by the person is kept.
SERVER_MS = 150
if sys.platform.startswith("linux"):
    os.environ.setdefault("PULSE_LATENCY_MSEC", str(SERVER_MS))
# What the sound server and the device add after our queue; Qt does not report it. Asked
# for 150 ms, PulseAudio keeps 79-95 ms of the stream in its own buffer and gives the rest to
# the sink, whose share rises and falls as it is filled (0-53 ms): its own figures, `pactl
# list sink-inputs`. Heard from outside against a click that knows its own latency
# (benchmarks/output_delay.py), the sounds came 13-65 ms late (median 37) when only the
# buffer was counted (80 ms): so three quarters of the asked latency are counted, the buffer
# and the sink's mean. Elsewhere, the usual buffer of a sound server (17-22 ms). A sound
# placed by it starts on its moment whatever the queue holds.
DEVICE_MS = int(os.environ["PULSE_LATENCY_MSEC"]) * 3 // 4 + 3 \
    if os.environ.get("PULSE_LATENCY_MSEC", "").isdigit() else 20
# A moment is seen on the first frame drawn after it, and a screen shows a frame a little
# after it is drawn: a sound placed exactly on its moment comes before the picture. Filmed
# (benchmarks/README.md), sounds placed on their moment came 14 ms before the picture's
# change on average (51 ms at most); so each is placed this much after its moment.
SEEN_AFTER_MS = 16
PUMP_MS = 20  # topped up this often
BYTES_PER_MS = RATE * 2 // 1000
RETRY_MS = 1_000  # after a device is lost
OPEN_TIMEOUT_S = 5.0  # the audio thread opening the sink
# Traced (relaxapp.sound_schedule.TRACE): each time the queue ran dry (the speaker got
# silence), with how long the audio thread had waited; a lost output; a change of outputs.
TRACE_WAIT_MS = 100  # a longer wait between top-ups is written too

# Every output with a thread running: a QThread still running when Python exits makes Qt
# abort the process, however the app ends (a closed window, a script that just returns).
_RUNNING: weakref.WeakSet = weakref.WeakSet()


@atexit.register
def _end_audio_threads() -> None:
    for output in list(_RUNNING):
        output.shutdown()


class Pump(QObject):
    """In the audio thread: the sink, kept fed from the mixer."""

    lost = Signal()  # the device failed (not an underrun)

    def __init__(self, mixer: Mixer):
        super().__init__()
        self.mixer = mixer
        self.sink = None
        self.stream = None
        self.timer: QTimer | None = None
        self.done = threading.Event()
        self.opened = False
        # (monotonic ms, frames queued ahead of the speaker, the mixer's frames rendered),
        # as of the last write: read by the GUI thread (a tuple is replaced whole).
        self.anchor: tuple[int, int, int] | None = None
        self.ran_dry = 0  # top-ups that found the queue empty: the speaker had silence
        self.longest_wait_ms = 0  # between two top-ups
        self._last_pump_ms: int | None = None

    def open(self, device) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtMultimedia import QAudioFormat, QAudioSink

        try:
            audio_format = QAudioFormat()
            audio_format.setSampleRate(RATE)
            audio_format.setChannelCount(1)
            audio_format.setSampleFormat(QAudioFormat.SampleFormat.Int16)
            sink = QAudioSink(device, audio_format, self)
            sink.setBufferSize(4 * AHEAD_MS * BYTES_PER_MS)
            stream = sink.start()
            if stream is None or sink.error().name != "NoError":  # (QAudio or QtAudio by version)
                sink.deleteLater()
                self.opened = False
                return
            self.sink, self.stream = sink, stream
            # Without the state itself: PySide cannot convert its enum type on every version.
            sink.stateChanged.connect(lambda: self._state_changed())
            if self.timer is None:
                self.timer = QTimer(self)
                self.timer.setTimerType(Qt.TimerType.PreciseTimer)
                self.timer.setInterval(PUMP_MS)
                self.timer.timeout.connect(self.pump)
            self.pump()
            self.timer.start()
            self.opened = True
        finally:
            self.done.set()

    def close(self) -> None:
        try:
            if self.timer is not None:
                self.timer.stop()
            sink, self.sink, self.stream = self.sink, None, None
            self.anchor = None
            self._last_pump_ms = None
            if sink is not None:
                sink.stateChanged.disconnect()
                sink.stop()
                sink.deleteLater()
        finally:
            self.done.set()

    def pump(self) -> None:
        """Top the queue up to AHEAD_MS with the next of the mix (silence when nothing plays)."""
        if self.stream is None:
            return
        with self.mixer.lock:
            queued = self.sink.bufferSize() - self.sink.bytesFree()
            self._note(queued)
            wanted = (AHEAD_MS * BYTES_PER_MS - queued) // 2 * 2
            if wanted >= 2 * PUMP_MS * BYTES_PER_MS // 4:
                written = self.stream.write(self.mixer.render(wanted // 2))
                queued += max(0, written)
            self.anchor = (monotonic_ms(), queued // 2, self.mixer.frames_rendered)

    def _note(self, queued: int) -> None:
        now = monotonic_ms()
        if self._last_pump_ms is not None:
            waited = now - self._last_pump_ms
            self.longest_wait_ms = max(self.longest_wait_ms, waited)
            if queued <= 0:
                self.ran_dry += 1
            if TRACE and (queued <= 0 or waited > TRACE_WAIT_MS):
                print(f"relaxapp audio: {waited} ms without a top-up, "
                      f"{queued // BYTES_PER_MS} ms left in the queue", file=sys.stderr, flush=True)
        self._last_pump_ms = now

    def _state_changed(self) -> None:
        try:
            error = self.sink.error().name if self.sink is not None else "NoError"
        except RuntimeError:  # closing, and Qt has deleted the sink
            return
        if error not in ("NoError", "UnderrunError"):
            self.lost.emit()


class AudioOut(QObject):
    """The output as the GUI thread sees it: open, closed, and how far ahead it renders."""

    _open_requested = Signal(object)  # to the audio thread: a QAudioDevice
    _close_requested = Signal()

    def __init__(self, mixer: Mixer, parent: QObject | None = None):
        super().__init__(parent)
        self.mixer = mixer
        self._devices = None
        self._thread: QThread | None = None
        self._pump: Pump | None = None
        self._open = False

    @property
    def is_open(self) -> bool:
        return self._open

    def _start_thread(self) -> Pump:
        if self._pump is None:
            from PySide6.QtCore import QCoreApplication

            self._thread = QThread()
            self._thread.setObjectName("RelaxApp audio")
            self._pump = Pump(self.mixer)
            self._pump.moveToThread(self._thread)
            self._open_requested.connect(self._pump.open)
            self._close_requested.connect(self._pump.close)
            self._pump.lost.connect(self.lost)  # back in the GUI thread
            self._thread.start()
            _RUNNING.add(self)
            # The thread must end before Qt's objects do, however the app ends.
            QCoreApplication.instance().aboutToQuit.connect(self.shutdown)
        return self._pump

    def open(self) -> bool:
        """Open the default output if it is not open; False if there is none."""
        if self._open:
            return True
        from PySide6.QtMultimedia import QMediaDevices

        if self._devices is None:
            self._devices = QMediaDevices(self)
            self._devices.audioOutputsChanged.connect(self._devices_changed)
        device = QMediaDevices.defaultAudioOutput()
        if device.isNull():
            return False
        pump = self._start_thread()
        pump.done.clear()
        self._open_requested.emit(device)
        self._open = pump.done.wait(OPEN_TIMEOUT_S) and pump.opened
        return self._open

    def close(self) -> None:
        """Close the stream (the audio thread waits, for the next open)."""
        if self._pump is None or not self._open:
            self._open = False
            return
        self._open = False
        self._pump.done.clear()
        self._close_requested.emit()
        self._pump.done.wait(OPEN_TIMEOUT_S)

    def shutdown(self) -> None:
        """Close the stream and end the audio thread (the window is closing)."""
        self.close()
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread = None
            self._pump = None
        _RUNNING.discard(self)

    def queued_ms(self) -> int:
        """What is rendered and not yet at the device, now: as of the last write, less what
        has played since."""
        anchor = self._pump.anchor if self._pump is not None and self._open else None
        if anchor is None:
            return 0
        at, queued_frames, _ = anchor
        return max(0, queued_frames * 1000 // RATE - (monotonic_ms() - at))

    def lead_ms(self) -> int:
        """How far ahead of the speaker the mixer renders: a sound handed over now, with no
        delay, is heard this much later, counted SEEN_AFTER_MS short so that a sound placed by
        it comes with the picture of its moment (0 with no output). Read it under the mixer's
        lock, with the mixer's frame count, to place a sound on its moment."""
        return self.queued_ms() + DEVICE_MS - SEEN_AFTER_MS if self._open else 0

    def lost(self) -> None:
        """The device went away: try again in a moment. The cues and words queued for it
        would sound late and cut when it comes back: they are dropped (a background plays
        on)."""
        if TRACE:
            print("relaxapp audio: the output was lost; opened again in "
                  f"{RETRY_MS} ms", file=sys.stderr, flush=True)
        self.close()
        self.mixer.stop("cue")
        self.mixer.stop("voice")
        QTimer.singleShot(RETRY_MS, self.open)

    def _devices_changed(self) -> None:
        if self._open:  # follow the default output
            if TRACE:
                print("relaxapp audio: the outputs changed; opened again",
                      file=sys.stderr, flush=True)
            self.close()
            self.open()
