"""Twenty sessions with the voice on, each recorded from outside: every cue and line is
heard on its moment, the session ends with its closing chime and words, and the window
writes little to stderr.

A frozen window misses or delays sounds, so a freeze shows as a sound missing or late.
Sessions alternate between a user's own relaxation script and a breathing one, on one data
folder (the first run renders the voice; the rest use the cache).

    .venv/bin/python benchmarks/soak_voice.py [RUNS]
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_voice import DISPLAY, OWN_SCRIPT, run_app, session_onsets, start_pulse

from relaxapp.core.scripts import parse_script
from relaxapp.core.timeline import Timeline

BREATHING = {"format": 1, "id": "short-breaths", "title": "Short breaths", "steps": [
    {"type": "say", "text": "Breathe with the voice.", "seconds": 4},
    {"type": "breathe", "cycles": 3, "text": "Slowly.", "pattern": [
        {"phase": "inhale", "seconds": 4}, {"phase": "exhale", "seconds": 6}]}]}
ON_TIME_MS = 50  # a cue further from its moment counts as late


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    data = Path(tempfile.mkdtemp(prefix="relaxapp-soak-"))
    (data / "sessions").mkdir()
    for script in (OWN_SCRIPT, BREATHING):
        (data / "sessions" / f"{script['id']}.json").write_text(json.dumps(script))
    (data / "settings.ini").write_text("[app]\nonboarded=true\n")  # default sound and voice
    pulse = start_pulse()
    subprocess.run(["pactl", "set-default-sink", "rec"], check=True)
    server = subprocess.Popen(["Xvfb", DISPLAY, "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    env = dict(os.environ, DISPLAY=DISPLAY, QT_QPA_PLATFORM="xcb")
    failures = 0
    try:
        time.sleep(1)
        for run in range(runs):
            script = (OWN_SCRIPT, BREATHING)[run % 2]
            timeline = Timeline(parse_script(json.dumps(script), "soak.json"))
            recording = Path(tempfile.mkdtemp()) / "run.wav"
            result = run_app(data, env, timeline.total_ms / 1000 + 3, recording,
                             script_id=script["id"], wait=20 if run < 2 else 3)
            stretch, heard = session_onsets(recording, result["clicks"])
            chimes = sorted(set(timeline.phase_starts()) | {timeline.total_ms})
            late = [at for at in chimes if not heard or not any(
                abs((onset - heard[0]) / stretch * 1000 - at) <= ON_TIME_MS for onset in heard)]
            ending = not late or late[-1] != timeline.total_ms
            ok = not late and ending and result["stderr lines"] < 50
            failures += not ok
            print(f"run {run + 1:2d} {script['id']:14s} sounds heard {len(heard):2d}  "
                  f"cues {len(chimes):2d}, missing or late {len(late)}  "
                  f"closing chime {'yes' if ending else 'NO'}  "
                  f"stderr lines {result['stderr lines']}  {'ok' if ok else 'FAILED'}",
                  flush=True)
    finally:
        server.terminate()
        if pulse is not None:
            pulse.terminate()
    print(f"{runs - failures} of {runs} runs ok")


if __name__ == "__main__":
    main()
