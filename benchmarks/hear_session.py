"""A bundled session heard from outside, as a person meets it: default settings, a fresh
data folder (nothing rendered yet), Start pressed a second after the start page shows.

The session is recorded twice from a PulseAudio null sink, with the voice on and with it
off. Each line's own rendered audio is looked for in the recording near its moment (a
matched filter, which finds words under a chime); the voice-off recording is the control.
Prints each line, at the start and at each tense and release, and how well it was found.
(How close to its moment each sound comes is bench_voice.py's measure.)

    .venv/bin/python benchmarks/hear_session.py [SESSION_ID, default gentle-legs]
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_voice import DISPLAY, RATE, fresh_data, run_app, session_onsets, start_pulse

from relaxapp import resources
from relaxapp.core import guidance
from relaxapp.core.library import load_library
from relaxapp.core.timeline import Timeline
from relaxapp.speech.audio import duration_ms, read_mono16
from relaxapp.speech.cache import cache_path

HEARD_SCORE = 0.5  # a line found this well is heard (the voice-off recording gives < 0.1)


def found(recording: tuple, clip_path: Path, at_s: float, within_s: float = 1.0):
    """Where a line's first 0.4 s best matches the recording within ``within_s`` of
    ``at_s``: (normalised correlation, 0 to 1; seconds from ``at_s``). A matched filter:
    it finds the very words under a chime, where the loudness alone cannot tell."""
    import numpy as np

    samples, rate = recording
    step = max(1, rate // 11_025)  # speech is clear at 11 kHz, and the search 16 times quicker
    clip, clip_rate = read_mono16(clip_path)
    clip = np.interp(np.arange(0, len(clip), clip_rate * step / rate), np.arange(len(clip)),
                     np.array(clip, dtype=float))[:int(0.4 * rate / step)]
    first = max(0, int((at_s - within_s) * rate)) // step * step
    part = np.array(samples[first:int((at_s + within_s) * rate) + len(clip) * step:step],
                    dtype=float)
    start_s, rate = first / rate, rate / step
    match = np.correlate(part, clip, "valid")
    scale = np.sqrt(np.convolve(part ** 2, np.ones(len(clip)), "valid") * (clip ** 2).sum())
    score = match / np.maximum(scale, 1.0)
    best = int(score.argmax())
    return float(score[best]), start_s + best / rate - at_s


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
    voice_id = next(path for path in voice_dir.iterdir() if path.is_dir()).name
    lines = guidance.schedule(timeline, lambda text: duration_ms(
        cache_path(voice_dir, voice_id, RATE, text)))
    aligned = {}
    for voice, (path, run, _) in recordings.items():
        stretch, heard = session_onsets(path, run["clicks"])
        samples, rate = read_mono16(path)
        aligned[voice] = (samples, rate, heard[0], stretch)  # the first sound: the start
    print(f"{session_id} ({timeline.total_ms / 1000:.0f} s) recorded with the voice on and "
          f"off, Start pressed 1 s after the start page showed, nothing rendered before:")
    missing = 0
    for line in lines:
        clip = cache_path(voice_dir, voice_id, RATE, line.text)
        scores = []
        for voice in (True, False):
            samples, rate, zero, stretch = aligned[voice]
            # Within 6 s: a lead-in rendered after the start is placed by an estimate of its
            # length, which runs long (up to 5 s for the longest lines), so it comes early.
            scores.append(found((samples, rate), clip, zero + line.at_ms / 1000 * stretch, 6.0))
        (score, _), (control, _) = scores
        heard = score >= HEARD_SCORE
        missing += not heard
        print(f"  {line.at_ms / 1000:7.2f} s  match {score:.2f} (voice off {control:.2f})  "
              f"{'heard' if heard else 'MISSING'}  {line.text[:50]}")
    print(f"{len(lines) - missing} of {len(lines)} lines heard (each line's own first words "
          f"found in the recording with a match of {HEARD_SCORE} or more); stderr lines: "
          f"{result['stderr lines']}")


if __name__ == "__main__":
    main()
