"""How long the voice goes on after Pause, heard from outside.

A session of one long spoken line starts on a fresh data folder; a few seconds into the line
Space is pressed. The recording of the sound (a PulseAudio null sink) is marked by a click
played before Start in silence, at a known moment of the monotonic clock, so the key press
can be placed in it. The tail is from the key press to the start of the silence after it
(digital silence for 150 ms: nothing else plays), and to the last sound after it (a pause
between two sentences can be silent too). The click's own way through PulseAudio
(paplay starting, its stream's latency) makes the key press seem later than it was, so each
tail is a little shorter than the real one.

    .venv/bin/python benchmarks/hear_pause.py [--runs N] [--busy N]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from bench_voice import click_file
from hear_guidance import fresh_data, outside_env, record_run, screen_and_sink

from relaxapp.speech.audio import read_mono16

LONG_LINE = ("Let your attention rest on your breathing, without changing it. Notice the air "
             "coming in, cool at the nose, and going out a little warmer. There is nothing to "
             "do and nowhere to be. If a thought comes, let it pass like a cloud, and come "
             "back to the breath. Each breath out lets a little more tension go.")
SCRIPT = {"format": 1, "id": "pause-test", "title": "Pause test",
          "summary": "One long line, to hear how soon Pause silences it.",
          "steps": [{"type": "say", "text": LONG_LINE, "seconds": 40}]}
QUIET_MS = 150
PRESS_AFTER_S = (4.0, 4.37, 4.71, 5.13)  # into the session: the line is playing


def record(press_after: float, busy: int, env: dict) -> tuple[Path, float]:
    """The recording, and how long after the click (seconds) Space was pressed."""
    script = Path(tempfile.mkdtemp(prefix="relaxapp-pause-")) / "pause-test.json"
    script.write_text(json.dumps(SCRIPT))
    data = fresh_data(script)
    clicked, pressed = [], []

    def click() -> None:  # in silence, before Start: marks the recording's clock
        clicked.append(time.monotonic())
        subprocess.run(["paplay", str(click_file())], env=env, check=True)
        time.sleep(1.0)

    def press_space(started: float) -> None:
        time.sleep(max(0.0, started + press_after - time.monotonic()))
        pressed.append(time.monotonic())
        subprocess.run(["xdotool", "key", "space"], env=env, check=True)

    recording = data / "pause.wav"
    # 6 s on the start page: the line is rendered meanwhile
    record_run("pause-test", data, press_after + 3, 6, busy, recording, env,
               meanwhile=press_space, before_start=click)
    return recording, pressed[0] - clicked[0]


def tail_ms(recording: Path, press_from_click_s: float) -> dict:
    samples, rate = read_mono16(recording)
    signal = np.abs(np.asarray(samples, dtype=float))
    click = int(np.argmax(signal > 3_000))  # the first sound: the click, in silence
    press = click + int(press_from_click_s * rate)
    before = signal[press - rate // 20:press]
    quiet = np.convolve(signal[press:] <= 1, np.ones(QUIET_MS * rate // 1000), "valid")
    silent_at = int(np.argmax(quiet >= QUIET_MS * rate // 1000))
    after = signal[press + silent_at:press + silent_at + 2 * rate]
    heard = np.nonzero(signal[press:press + 3 * rate] > 300)[0]
    # Sound after the silence: the silence was a gap between words, not the end; the last
    # sound heard after the key press then tells the tail.
    return {"voice at the key press": bool(before.max() > 300),
            "tail ms": round(1000 * silent_at / rate),
            "sound after it": bool(after.max() > 300),
            "last sound ms": round(1000 * heard[-1] / rate) if len(heard) else None}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--busy", type=int, default=0, help="processes keeping a core busy")
    args = parser.parse_args()
    for tool in ("Xvfb", "xdotool", "pulseaudio", "parec", "paplay", "pactl"):
        if not shutil.which(tool):
            sys.exit(f"{tool} is missing: scripts/setup --tools")
    env = outside_env()
    with screen_and_sink():
        for run in range(args.runs):
            press_after = PRESS_AFTER_S[run % len(PRESS_AFTER_S)]
            recording, press = record(press_after, args.busy, env)
            report = tail_ms(recording, press)
            print(f"run {run + 1} (Space {press_after} s in, busy {args.busy}): "
                  f"{json.dumps(report)}", flush=True)

if __name__ == "__main__":
    main()
