"""Film the screen and the sound together and measure how far each chime is from the
phase change it marks.

Runs the real app on a virtual screen with a short breathing script (2 s in, 1 s hold,
2 s out), records the screen and a PulseAudio null sink with one ffmpeg on the wall clock
(``-copyts``), finds the frames where the phase label changes and the onsets in the
sound, and prints the chime's onset minus the label change. A frame is 20 ms at 50 frames
a second, so each change is known to within a frame: the label changed after the frame
before and by the frame it shows in.

Needs Xvfb, xdotool, ffmpeg and PulseAudio (pulseaudio, pulseaudio-utils):

    .venv/bin/python benchmarks/film_av_sync.py [SECONDS]
"""

from __future__ import annotations

import array
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_voice import onsets, start_pulse

DISPLAY = ":93"
FPS = 50
WIDTH, HEIGHT = 1366, 768
LABEL = (500, 645, 280, 50)  # x, y, width, height of the phase label ("Inhale") on screen
SQUARE = (1306, 310, 40, 40)  # inside av_reference.py's square, beside the window
CHANGED_PIXELS = 60  # in a frame, for its area to count as changed (not the film's noise)
SCRIPT = {"format": 1, "id": "sync", "title": "Sync", "steps": [{
    "type": "breathe", "cycles": 12, "pattern": [
        {"phase": "inhale", "seconds": 2}, {"phase": "hold", "seconds": 1},
        {"phase": "exhale", "seconds": 2}]}]}


def label_changes(film: Path, area=LABEL) -> list[float]:
    """Wall-clock times of the frames where ``area`` differs from the frame before."""
    times = [float(line.strip(",")) for line in subprocess.run(
        ["ffprobe", "-v", "error", "-select_streams", "v:0", "-show_entries",
         "frame=pts_time", "-of", "csv=p=0", str(film)],
        capture_output=True, text=True, check=True).stdout.split()]
    x, y, w, h = area
    pixels = subprocess.run(
        ["ffmpeg", "-v", "error", "-copyts", "-i", str(film), "-vf",
         f"crop={w}:{h}:{x}:{y},format=gray", "-f", "rawvideo", "-"],
        capture_output=True, check=True).stdout
    import numpy as np

    frames = np.frombuffer(pixels, np.uint8)[:len(pixels) // (w * h) * w * h]
    frames = frames.reshape(-1, w * h).astype(np.int16)
    # Every pixel counted: a short word in a new colour ("Left foot") changes only ~100.
    changed = (np.abs(np.diff(frames, axis=0)) > 40).sum(axis=1)
    count = min(len(frames), len(times))
    return [times[index] for index in range(1, count) if changed[index - 1] > CHANGED_PIXELS]


def film_audio(film: Path) -> tuple[array.array, float]:
    """The film's sound, mono 16-bit at 44.1 kHz, and the wall-clock time of its first
    sample."""
    start = float(subprocess.run(
        ["ffprobe", "-v", "error", "-select_streams", "a:0", "-show_entries",
         "stream=start_time", "-of", "csv=p=0", str(film)],
        capture_output=True, text=True, check=True).stdout.split()[0])
    raw = subprocess.run(["ffmpeg", "-v", "error", "-i", str(film), "-map", "0:a", "-ac", "1",
                          "-ar", "44100", "-f", "s16le", "-"], capture_output=True,
                         check=True).stdout
    samples = array.array("h", raw)
    if sys.byteorder == "big":
        samples.byteswap()
    return samples, start


def sound_onsets(film: Path) -> list[float]:
    samples, start = film_audio(film)
    return [start + onset for onset in onsets(samples, 44_100, quiet_ms=100)]


def main() -> None:
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 40
    for tool in ("Xvfb", "xdotool", "ffmpeg", "pulseaudio", "pactl"):
        if not shutil.which(tool):
            sys.exit(f"{tool} is missing: apt-get install xvfb xdotool ffmpeg pulseaudio "
                     "pulseaudio-utils")
    data = Path(tempfile.mkdtemp(prefix="relaxapp-sync-"))
    (data / "sessions").mkdir()
    (data / "sessions" / "sync.json").write_text(json.dumps(SCRIPT))
    (data / "settings.ini").write_text("[app]\nonboarded=true\n\n[cues]\nvoice=false\n")
    film = data / "film.mkv"
    pulse = start_pulse()
    subprocess.run(["pactl", "set-default-sink", "rec"], check=True)
    server = subprocess.Popen(["Xvfb", DISPLAY, "-screen", "0", f"{WIDTH}x{HEIGHT}x24",
                               "-nolisten", "tcp"], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    env = dict(os.environ, DISPLAY=DISPLAY, QT_QPA_PLATFORM="xcb")
    app = None
    try:
        time.sleep(1)
        relaxapp = Path(sys.executable).with_name("relaxapp")
        app = subprocess.Popen([str(relaxapp), "--data-dir", str(data), "--start", "sync"],
                               env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--pid", str(app.pid)],
                       env=env, capture_output=True, timeout=60)
        # A known size, so the phase label is where LABEL says (the app fits itself to the
        # screen, and the screen here is 768 px high).
        subprocess.run(["xdotool", "search", "--name", "RelaxApp", "windowsize", "%@", "1280",
                        "800"], env=env, capture_output=True)
        time.sleep(3)
        camera = subprocess.Popen(
            ["ffmpeg", "-v", "error", "-copyts", "-thread_queue_size", "1024", "-f", "x11grab",
             "-framerate", str(FPS), "-video_size", f"{WIDTH}x{HEIGHT}", "-i", DISPLAY,
             "-thread_queue_size", "1024", "-f", "pulse", "-i", "rec.monitor", "-c:v",
             "libx264", "-preset", "ultrafast", "-qp", "0", "-c:a", "pcm_s16le", str(film)],
            env=env, stdin=subprocess.DEVNULL)
        time.sleep(1)
        subprocess.run([sys.executable, str(Path(__file__).with_name("av_reference.py"))],
                       env=env, check=True, stderr=subprocess.DEVNULL)
        subprocess.run(["xdotool", "key", "Return"], env=env, check=True)
        time.sleep(seconds)
        camera.send_signal(signal.SIGINT)
        camera.wait(timeout=60)
    finally:
        if app is not None:
            app.terminate()
            app.wait(timeout=30)
        server.terminate()
        if pulse is not None:
            pulse.terminate()

    heard = sound_onsets(film)
    flashes = label_changes(film, SQUARE)[0::2]  # white, then black again
    reference = paired(flashes, heard)
    changes = [t for t in label_changes(film) if t > flashes[-1] + 0.5]
    chimes = paired(changes, heard)
    print(f"{len(changes)} phase changes on screen, {len(heard)} sounds heard, "
          f"{len(chimes)} paired")
    print("reference (a click and a square in one moment), click minus square (ms):",
          [round(d) for _, d in reference])
    print("chime onset minus the frame the label changed in (ms):", [round(d) for _, d in chimes])
    # The sound's timestamps follow the sink's clock, which runs off the wall clock the
    # picture keeps: the reference, filmed first, and the chimes give the drift.
    slope, _ = statistics.linear_regression([t for t, _ in reference + chimes],
                                            [d for _, d in reference + chimes])
    first = reference[0][0]
    offset = statistics.median(d - slope * (t - first) for t, d in reference)
    fixed = [round(d - slope * (t - first) - offset) for t, d in chimes]
    print(f"the film's sound drifts {slope * 1000:+.0f} ppm against its picture")
    print("chime minus label change, the reference's offset and the drift taken out (ms):",
          fixed)
    absolute = sorted(abs(d) for d in fixed)
    print(f"median {statistics.median(fixed):+.0f} ms; |difference| median "
          f"{statistics.median(absolute):.0f} ms, max {absolute[-1]} ms; a frame is "
          f"{1000 // FPS} ms (target: within 40 ms)")


def paired(changes: list[float], heard: list[float]) -> list[tuple[float, float]]:
    """(time, ms from each change to the nearest sound), for sounds within half a second."""
    pairs = []
    for change in changes:
        nearest = min(heard, key=lambda onset: abs(onset - change))
        if abs(nearest - change) < 0.5:
            pairs.append((change, (nearest - change) * 1000))
    return pairs


if __name__ == "__main__":
    main()
