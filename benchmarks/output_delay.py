"""When the app's sound is really heard, against when it means it to be.

The app places each sound by what its output has queued plus what the sound server holds
after it (``relaxapp.ui.sound.audio_out.DEVICE_MS``). This measures that from outside,
with no screen in between: every second a short 3 kHz tone is placed in the app's mixer to
be heard 800 ms later, and a 1 kHz reference click is asked for the same moment from a
stream that knows its own latency (pulse_reference.py). The sink is recorded, and each
tone's onset is read against its click's. The reference asks for more latency than the app
(500 ms): a sink plays with the least any of its streams asks for, so a quicker reference
would shorten the app's delay as well, and hide the sink's part of it.

    python benchmarks/output_delay.py [--clicks 20] [--busy N] [--device-ms MS]

``--busy N`` keeps N processes spinning beside it (at normal priority); ``--device-ms``
counts another delay than the app's, to see how the result moves. Positive: the app's sound
came late. Needs pulseaudio and parec (scripts/setup --tools)."""

from __future__ import annotations

import argparse
import array
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
import wave
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

TONE_HZ, CLICK_HZ = 3_000, 1_000
AHEAD_MS = 800
REFERENCE_BUFFER_MS = 500


def child(clicks: int, recording: Path, device_ms: int | None) -> None:
    """In the lane: the reference first (before the app's output sets its own latency for
    this process), then the app's output, the recorder, and the placing."""
    from pulse_reference import ReferenceClicks

    # A sink plays with the lowest latency any of its streams asks for: a reference asking for
    # less than the app would shorten the app's delay too, and hide part of it.
    reference = ReferenceClicks(buffer_ms=REFERENCE_BUFFER_MS)
    reference.start()
    from PySide6.QtCore import QCoreApplication, QTimer

    from relaxapp.audio import RATE, Mixer
    from relaxapp.ui.sound import audio_out

    if device_ms is not None:
        audio_out.DEVICE_MS = device_ms
    app = QCoreApplication([])
    mixer = Mixer()
    output = audio_out.AudioOut(mixer)
    if not output.open():
        sys.exit("no audio output")
    outside = {k: v for k, v in os.environ.items() if k != "PULSE_LATENCY_MSEC"}
    recorder = subprocess.Popen(["parec", "-d", "rec.monitor", "--file-format=wav",
                                 "--rate=44100", "--channels=1", "--format=s16le",
                                 str(recording)], env=outside)
    tone = array.array("h", (int(12_000 * math.sin(2 * math.pi * TONE_HZ * i / RATE))
                             for i in range(RATE // 100)))
    placed = [0]

    def place() -> None:
        placed[0] += 1
        reference.click_at(time.monotonic() + AHEAD_MS / 1000)
        with mixer.lock:
            mixer.play(tone, "cue", max(0, AHEAD_MS - output.lead_ms()) * RATE // 1000)
        if placed[0] >= clicks:
            timer.stop()
            QTimer.singleShot(AHEAD_MS + 500, app.quit)

    timer = QTimer(interval=1_000, timeout=place)
    QTimer.singleShot(1_500, timer.start)  # the output settled
    app.exec()
    recorder.terminate()
    recorder.wait()
    output.shutdown()
    reference.close()
    print(f"DEVICE_MS {audio_out.DEVICE_MS}; reference latency {reference.latencies_ms} ms, "
          f"{reference.missed} clicks missed")


def onsets(samples: np.ndarray, rate: int, hz: int) -> list[float]:
    """Where a 10 ms burst at ``hz`` begins: the band's level over 10 ms, in 1 ms steps."""
    n, hop = rate // 100, rate // 1000
    probe = np.exp(-2j * np.pi * hz * np.arange(n) / rate)
    level = np.array([abs(np.dot(samples[i:i + n], probe))
                      for i in range(0, len(samples) - n, hop)])
    found, last = [], -rate
    for index in np.flatnonzero(level > 0.3 * level.max()):
        if index * hop - last > rate // 2:
            found.append(index * hop / rate)
            last = index * hop
    return found


def app_minus_reference(recording: Path) -> list[int]:
    with wave.open(str(recording)) as file:
        rate = file.getframerate()
        samples = np.frombuffer(file.readframes(file.getnframes()), np.int16).astype(float)
    tones, clicks = onsets(samples, rate, TONE_HZ), onsets(samples, rate, CLICK_HZ)
    return [round(1000 * (min(tones, key=lambda t: abs(t - c)) - c)) for c in clicks
            if tones and min(abs(t - c) for t in tones) < 0.45]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clicks", type=int, default=20)
    parser.add_argument("--busy", type=int, default=0, metavar="N")
    parser.add_argument("--device-ms", type=int, default=None)
    parser.add_argument("--lane", type=int, default=9, help="its screen and server: :80+N")
    parser.add_argument("--child", type=Path, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        child(args.clicks, args.child, args.device_ms)
        return
    from hear_all import Lane

    lane = Lane(args.lane)
    hogs = [subprocess.Popen([sys.executable, "-c", "while True: pass"])
            for _ in range(args.busy)]
    recording = Path(tempfile.mkdtemp(prefix="relaxapp-delay-")) / "delay.wav"
    try:
        command = [sys.executable, __file__, "--clicks", str(args.clicks),
                   "--child", str(recording)]
        if args.device_ms is not None:
            command += ["--device-ms", str(args.device_ms)]
        said = subprocess.run(command, env=dict(lane.env, QT_QPA_PLATFORM="offscreen"),
                              capture_output=True, text=True)
        print(said.stdout.strip())
        if said.returncode:
            sys.exit(said.stderr)
    finally:
        for hog in hogs:
            hog.kill()
        lane.close()
    found = app_minus_reference(recording)
    print(f"{len(found)} of {args.clicks} tones found beside their click; busy: {args.busy}")
    if found:
        print(f"app minus reference, ms: {found}")
        print(f"median {statistics.median(found)} ms, from {min(found)} to {max(found)} ms")
    print(f"recording: {recording}")


if __name__ == "__main__":
    main()
