"""Film the breathing animation from outside and measure its period.

Runs the real app on a virtual screen with a test script (default: 3 s in, 5 s out),
records the screen with ffmpeg at 60 frames a second, measures the circle's width
on every frame, and compares the time between breaths with the script's.
Needs Xvfb, xdotool and ffmpeg (``scripts/setup --tools``).

    .venv/bin/python benchmarks/film_breathing.py [INHALE EXHALE [SECONDS]]
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FPS = 60
WIDTH, HEIGHT = 1280, 800


def main() -> None:
    inhale = float(sys.argv[1]) if len(sys.argv) > 1 else 3.0
    exhale = float(sys.argv[2]) if len(sys.argv) > 2 else 5.0
    seconds = float(sys.argv[3]) if len(sys.argv) > 3 else 40.0
    period = inhale + exhale
    for tool in ("Xvfb", "xdotool", "ffmpeg"):
        if not shutil.which(tool):
            sys.exit(f"{tool} is missing: run scripts/setup --tools first.")
    data = Path(tempfile.mkdtemp(prefix="relaxapp-film-"))
    (data / "sessions").mkdir()
    script = {"format": 1, "id": "film", "title": "Film", "steps": [{
        "type": "breathe", "cycles": int(seconds // period) + 3,
        "pattern": [{"phase": "inhale", "seconds": inhale}, {"phase": "exhale", "seconds": exhale}]}]}
    (data / "sessions" / "film.json").write_text(json.dumps(script))
    display = ":95"
    server = subprocess.Popen(["Xvfb", display, "-screen", "0", f"{WIDTH}x{HEIGHT}x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    app = None
    try:
        time.sleep(1)
        relaxapp = Path(sys.executable).with_name("relaxapp")
        app = subprocess.Popen([str(relaxapp), "--data-dir", str(data), "--start", "film"], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(4)
        subprocess.run(["xdotool", "search", "--name", "RelaxApp", "windowsize", "%@",
                        str(WIDTH), str(HEIGHT)], env=env, capture_output=True)
        subprocess.run(["xdotool", "key", "Return"], env=env, check=True)
        time.sleep(1)
        scale_w, scale_h = WIDTH // 4, HEIGHT // 4
        film = subprocess.run(
            ["ffmpeg", "-loglevel", "error", "-f", "x11grab", "-framerate", str(FPS),
             "-video_size", f"{WIDTH}x{HEIGHT}", "-i", display, "-t", str(seconds),
             "-vf", f"scale={scale_w}:{scale_h}", "-pix_fmt", "gray", "-f", "rawvideo", "-"],
            env=env, capture_output=True, check=True)
    finally:
        if app is not None:
            app.terminate()
        server.terminate()
        shutil.rmtree(data, ignore_errors=True)

    frame_size = scale_w * scale_h
    frames = [film.stdout[i:i + frame_size] for i in range(0, len(film.stdout), frame_size)]
    frames = [f for f in frames if len(f) == frame_size]
    # The circle's width: the darkest row through the middle, pixels darker than the page.
    widths = []
    for frame in frames:
        best = 0
        for row in range(scale_h // 3, 2 * scale_h // 3, 4):
            line = frame[row * scale_w:(row + 1) * scale_w]
            background = max(line)
            best = max(best, sum(1 for value in line if value < background - 12))
        widths.append(best)
    # Breaths begin where the width is smallest: the first frame of each new rise.
    low = min(widths)
    starts = [i for i in range(1, len(widths) - 1)
              if widths[i] <= low + 1 and widths[i + 1] > widths[i] and widths[i - 1] >= widths[i]]
    merged = []
    for index in starts:
        if not merged or index - merged[-1] > FPS * period / 2:
            merged.append(index)
    periods = [(b - a) / FPS for a, b in zip(merged, merged[1:])]
    print(f"filmed {len(frames)} frames ({len(frames) / FPS:.1f} s); circle width {low}-{max(widths)} px "
          f"(quarter scale)")
    print(f"script period {period:.3f} s; measured periods: " + ", ".join(f"{p:.3f}" for p in periods))
    if periods:
        worst = max(abs(p - period) for p in periods)
        print(f"largest error {worst * 1000:.1f} ms ({worst * FPS:.2f} frames at {FPS} Hz); "
              f"mean period {sum(periods) / len(periods):.4f} s")


if __name__ == "__main__":
    main()
