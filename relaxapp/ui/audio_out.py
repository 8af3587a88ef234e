"""The one output stream: the mixer's audio (relaxapp.audio) written ahead into a QAudioSink
that stays open, so every sound starts with the same short latency.

A timer keeps ``AHEAD_MS`` of audio queued. With no audio device the stream stays shut and
the app is silent (the caller says so once). A device that goes away or comes back is
followed: the stream is opened again on the default output.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from relaxapp.audio import RATE, Mixer

# Queued ahead of the speaker: enough to ride out the GUI thread held up for a while, as on
# a machine busy with other work. With 60 ms, recordings with both cores kept busy had
# holes of digital silence inside words (benchmarks/hear_guidance.py). Sounds are placed
# by the queue's length, so a longer queue delays nothing; a pause lets it play out.
AHEAD_MS = 200
# What the sound server and the device add after our queue. Qt does not report it; this is
# PulseAudio's usual buffer (measured at 17-22 ms with a null sink). A sound placed by it
# starts on its moment whatever the queue holds.
DEVICE_MS = 20
PUMP_MS = 20  # topped up every other frame: each top-up costs the GUI thread a little
BYTES_PER_MS = RATE * 2 // 1000
RETRY_MS = 1_000  # after a device is lost


class AudioOut(QObject):
    def __init__(self, mixer: Mixer, parent: QObject | None = None):
        super().__init__(parent)
        self.mixer = mixer
        self._sink = None
        self._stream = None
        self._devices = None
        self._timer: QTimer | None = None  # made on first use: Qt's enums cost start-up time

    @property
    def is_open(self) -> bool:
        return self._stream is not None

    def open(self) -> bool:
        """Open the default output if it is not open; False if there is none."""
        if self._stream is not None:
            return True
        from PySide6.QtMultimedia import QAudioFormat, QAudioSink, QMediaDevices

        if self._devices is None:
            self._devices = QMediaDevices(self)
            self._devices.audioOutputsChanged.connect(self._devices_changed)
        device = QMediaDevices.defaultAudioOutput()
        if device.isNull():
            return False
        audio_format = QAudioFormat()
        audio_format.setSampleRate(RATE)
        audio_format.setChannelCount(1)
        audio_format.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        sink = QAudioSink(device, audio_format, self)
        sink.setBufferSize(4 * AHEAD_MS * BYTES_PER_MS)
        stream = sink.start()
        if stream is None or sink.error().name != "NoError":  # (QAudio or QtAudio by version)
            sink.deleteLater()
            return False
        self._sink, self._stream = sink, stream
        # Without the state itself: PySide cannot convert its enum type on every version.
        sink.stateChanged.connect(lambda: self._state_changed())
        if self._timer is None:
            from PySide6.QtCore import Qt

            self._timer = QTimer(self)
            self._timer.setTimerType(Qt.TimerType.PreciseTimer)
            self._timer.setInterval(PUMP_MS)
            self._timer.timeout.connect(self.pump)
        self.pump()
        self._timer.start()
        return True

    def close(self) -> None:
        if self._timer is not None:
            self._timer.stop()
        sink, self._sink, self._stream = self._sink, None, None
        if sink is not None:
            sink.stateChanged.disconnect()
            sink.stop()
            sink.deleteLater()

    def pump(self) -> None:
        """Top the queue up to AHEAD_MS with the next of the mix (silence when nothing plays)."""
        if self._stream is None:
            return
        queued = self._sink.bufferSize() - self._sink.bytesFree()
        wanted = (AHEAD_MS * BYTES_PER_MS - queued) // 2 * 2
        if wanted >= 2 * PUMP_MS * BYTES_PER_MS // 4:
            self._stream.write(self.mixer.render(wanted // 2))

    def queued_ms(self) -> int:
        if self._sink is None:
            return 0
        return (self._sink.bufferSize() - self._sink.bytesFree()) // BYTES_PER_MS

    def lead_ms(self) -> int:
        """How far ahead of the speaker the mixer renders: a sound handed over now, with no
        delay, is heard this much later (0 with no output)."""
        return self.queued_ms() + DEVICE_MS if self._sink is not None else 0

    def _state_changed(self) -> None:
        try:
            error = self._sink.error().name if self._sink is not None else "NoError"
        except RuntimeError:  # the window is closing and Qt has deleted the sink
            return
        if error not in ("NoError", "UnderrunError"):
            self.lost()

    def lost(self) -> None:
        """The device went away: try again in a moment. The cues and words queued for it
        would sound late and cut when it comes back: they are dropped (a background plays
        on)."""
        self.close()
        self.mixer.stop("cue")
        self.mixer.stop("voice")
        QTimer.singleShot(RETRY_MS, self.open)

    def _devices_changed(self) -> None:
        if self._stream is not None:  # follow the default output
            self.close()
            self.open()
