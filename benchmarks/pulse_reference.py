"""A reference sound for the sync benchmarks: a click heard at a chosen moment, on
PulseAudio's own clock.

It plays through libpulse-simple (part of libpulse0, which Qt's sound needs already):
writes block, so no backlog builds up in front of the server, and the stream's latency is
the server's own figure. A player fed through a pipe (``pacat``) cannot give this: whatever
reaches the pipe while it connects stays queued in front of every later sound, a delay that
differs from one start to the next (measured: a click 500 ms late for a whole run)."""

from __future__ import annotations

import array
import ctypes
import math
import threading
import time

RATE = 44_100
CLICK = array.array("h", (int(12_000 * math.sin(2 * math.pi * 1_000 * i / RATE))
                          for i in range(RATE // 100))).tobytes()  # 10 ms at 1 kHz
BLOCK = bytes(2 * (RATE // 200))  # 5 ms of silence, written whenever no click is due
BLOCK_S = (RATE // 200) / RATE
LATE_S = 0.003  # a click that would be later than this is not played: a wrong reference
BUFFER_MS = 10
PA_STREAM_PLAYBACK = 1
PA_SAMPLE_S16LE = 3


class _SampleSpec(ctypes.Structure):
    _fields_ = [("format", ctypes.c_int), ("rate", ctypes.c_uint32), ("channels", ctypes.c_uint8)]


class _BufferAttr(ctypes.Structure):
    _fields_ = [(name, ctypes.c_uint32)
                for name in ("maxlength", "tlength", "prebuf", "minreq", "fragsize")]


class ReferenceClicks:
    """Plays silence, and a click wherever ``click_at`` asks: call ``start`` first, ``close``
    at the end. Times are ``time.monotonic()`` seconds."""

    def __init__(self, sound: bytes = CLICK, name: bytes = b"RelaxApp reference",
                 buffer_ms: int = BUFFER_MS):
        self.sound = sound
        lib = ctypes.CDLL("libpulse-simple.so.0")
        lib.pa_simple_new.restype = ctypes.c_void_p
        lib.pa_simple_write.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t,
                                        ctypes.POINTER(ctypes.c_int)]
        lib.pa_simple_get_latency.restype = ctypes.c_uint64
        lib.pa_simple_get_latency.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_int)]
        lib.pa_simple_free.argtypes = [ctypes.c_void_p]
        self._lib = lib
        spec = _SampleSpec(PA_SAMPLE_S16LE, RATE, 1)
        unset = 0xFFFFFFFF
        attr = _BufferAttr(unset, 2 * RATE * buffer_ms // 1000, unset, unset, unset)
        error = ctypes.c_int(0)
        self._handle = lib.pa_simple_new(None, name, PA_STREAM_PLAYBACK, None, name,
                                         ctypes.byref(spec), None, ctypes.byref(attr),
                                         ctypes.byref(error))
        if not self._handle:
            raise OSError(f"PulseAudio refused the reference stream (error {error.value})")
        self._wanted: list[float] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._play, daemon=True)
        self.latencies_ms: list[float] = []  # the stream's latency as each click was written
        self.error: Exception | None = None  # the thread's, raised by close()
        self.missed = 0  # clicks asked for too late to be heard on their moment: not played
        self._flowing = threading.Event()

    def start(self, timeout_s: float = 10.0) -> None:
        """Start playing silence, and return once the stream flows (a fresh stream can take
        a second to start: a click asked for before then would be late)."""
        self._thread.start()
        if not self._flowing.wait(timeout_s):
            raise OSError(f"PulseAudio: the reference stream did not start in {timeout_s} s")

    def click_at(self, moment: float) -> None:
        with self._lock:
            self._wanted.append(moment)
            self._wanted.sort()

    def latency_s(self) -> float:
        error = ctypes.c_int(0)
        return self._lib.pa_simple_get_latency(self._handle, ctypes.byref(error)) / 1e6

    def _play(self) -> None:
        try:
            self._loop()
        except OSError as error:
            self.error = error

    def _loop(self) -> None:
        written = 0
        while not self._stop.is_set():
            latency = self.latency_s()
            block = BLOCK
            with self._lock:
                heard_at = time.monotonic() + latency  # of what is written now
                if self._wanted and heard_at + BLOCK_S >= self._wanted[0]:
                    early_s = self._wanted.pop(0) - heard_at
                    if early_s < -LATE_S:
                        self.missed += 1
                    else:  # silence up to the moment, then the click
                        block = bytes(2 * int(max(0.0, early_s) * RATE)) + self.sound
                        self.latencies_ms.append(round(1000 * latency, 1))
            self._write(block)
            written += 1
            if written >= 40 and latency > 0:  # 200 ms played through
                self._flowing.set()

    def _write(self, data: bytes) -> None:
        error = ctypes.c_int(0)
        if self._lib.pa_simple_write(self._handle, data, len(data), ctypes.byref(error)) < 0:
            raise OSError(f"PulseAudio: the reference stream failed (error {error.value})")

    def close(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=2)
        self._lib.pa_simple_free(self._handle)
        if self.error is not None:
            raise self.error
