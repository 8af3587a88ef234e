"""A bundled session heard from outside, as a person meets it: default settings, a fresh
data folder (nothing rendered yet), Start pressed a second after the start page shows.

The session is recorded twice from a PulseAudio null sink, with the voice on and with it
off. The chimes are the same in both, so where the voice-on recording is louder than the
voice-off one, over a line's first second at its moment, that line was heard. Prints each
line, at the start and at each tense and release, with the difference in dB.

    .venv/bin/python benchmarks/hear_session.py [SESSION_ID, default gentle-legs]
"""

from __future__ import annotations

import math
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_voice import DISPLAY, RATE, run_app, session_onsets, start_pulse

from relaxapp import resources
from relaxapp.core import guidance
from relaxapp.core.library import load_library
from relaxapp.core.timeline import Timeline
from relaxapp.speech.audio import duration_ms, read_mono16
from relaxapp.ui.narrator import cache_path

HEARD_DB = 6.0  # the voice-on recording this much louder over the line: the line is heard


def fresh_data(voice: bool) -> Path:
    data = Path(tempfile.mkdtemp(prefix="relaxapp-hear-"))
    settings = "[app]\nonboarded=true\n" + ("" if voice else "\n[cues]\nvoice=false\n")
    (data / "settings.ini").write_text(settings)
    return data


def rms_db(samples, rate: int, start_s: float, seconds: float) -> float:
    first, last = max(0, int(start_s * rate)), max(0, int((start_s + seconds) * rate))
    part = samples[first:last]
    power = sum(s * s for s in part) / max(1, len(part))
    return 10 * math.log10(power + 1.0)


def main() -> None:
    session_id = sys.argv[1] if len(sys.argv) > 1 else "gentle-legs"
    for tool in ("Xvfb", "xdotool", "pulseaudio", "parec", "pactl"):
        if not shutil.which(tool):
            sys.exit(f"{tool} is missing: scripts/setup --tools")
    library = load_library(resources.sessions_dir(), None)
    timeline = Timeline(library.get(session_id).script)
    pulse = start_pulse()
    subprocess.run(["pactl", "set-default-sink", "rec"], check=True)
    server = subprocess.Popen(["Xvfb", DISPLAY, "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    env = dict(os.environ, DISPLAY=DISPLAY, QT_QPA_PLATFORM="xcb")
    recordings = {}
    try:
        time.sleep(1)
        for voice in (True, False):
            data = fresh_data(voice)
            recording = Path(tempfile.mkdtemp()) / "session.wav"
            # Start a second after the start page shows: the voice is rendered meanwhile,
            # and the start waits for it if it must. The session may then end later.
            result = run_app(data, env, timeline.total_ms / 1000 + 15, recording,
                             script_id=session_id, wait=1)
            recordings[voice] = (recording, result, data)
    finally:
        server.terminate()
        if pulse is not None:
            pulse.terminate()

    recording, result, data = recordings[True]
    voice_dir = data / "cache" / "speech"
    voice_id = next(voice_dir.iterdir()).name
    lines = guidance.schedule(timeline, lambda text: duration_ms(
        cache_path(voice_dir, voice_id, RATE, text)))
    aligned = {}
    for voice, (path, run, _) in recordings.items():
        stretch, heard = session_onsets(path, run["clicks"])
        samples, rate = read_mono16(path)
        aligned[voice] = (samples, rate, heard[0], stretch)  # the session's first sound: 0
    print(f"{session_id} ({timeline.total_ms / 1000:.0f} s) recorded with the voice on and "
          f"off, Start pressed 1 s after the start page showed, nothing rendered before:")
    missing = 0
    for line in lines:
        levels = []
        for voice in (True, False):
            samples, rate, zero, stretch = aligned[voice]
            levels.append(rms_db(samples, rate, zero + line.at_ms / 1000 * stretch, 1.0))
        louder = levels[0] - levels[1]
        heard = louder >= HEARD_DB
        missing += not heard
        print(f"  {line.at_ms / 1000:7.2f} s  {louder:+5.1f} dB  {'heard' if heard else 'MISSING'}"
              f"  {line.text[:60]}")
    print(f"{len(lines) - missing} of {len(lines)} lines heard (the voice-on recording "
          f"{HEARD_DB:.0f} dB or more above the voice-off one over the line's first second); "
          f"stderr lines: {result['stderr lines']}")


if __name__ == "__main__":
    main()
