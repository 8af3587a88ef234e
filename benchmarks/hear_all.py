"""Every bundled session recorded end to end with the voice on, each as a person's first
session (a fresh data folder: nothing rendered yet, default settings), several at a time.
Each lane has its own PulseAudio server and its own virtual screen, so the lanes keep the
machine busy for each other, as other work would.

Each recording is read as ``hear_guidance.py`` reads one: every line heard, whole, without
drop-outs. The longest session is also filmed, screen and sound together, at its start (its
first two groups) and at its end (its last group to the closing chime), with a reference (a square and a click in the same
moment, ``av_reference.py``) at both ends of each film; each chime is timed against the
frame its phase label changed in.

    .venv/bin/python benchmarks/hear_all.py [--lanes N] [SESSION_ID ...]
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np

from film_av_sync import film_audio, label_changes
from hear_guidance import (analyse, as_float, audible_from, fresh_data, record_run,
                           resample, score_at)

from relaxapp import resources
from relaxapp.core.library import load_library
from relaxapp.core.timeline import Timeline
from relaxapp.speech.audio import read_mono16
from relaxapp.ui.sound.cues import SOUND_FOR_PHASE

WIDTH, HEIGHT = 1366, 768
FPS = 50
FILM_S = 90
# The PMR page's group name, with the window at 1280x800: it turns from dark to the tense
# colour and back on the phase change (the phase label under it also counts down seconds).
PMR_LABEL = (430, 632, 420, 30)
SQUARE = (1306, 310, 40, 40)  # inside av_reference.py's square, beside the window
CHIME_HEARD = 0.35


class Lane:
    """A PulseAudio server with one null sink, and a virtual screen, of their own."""

    def __init__(self, number: int, pulse_log: Path | None = None):
        self.home = Path(tempfile.mkdtemp(prefix=f"relaxapp-lane{number}-"))
        display = f":{80 + number}"
        socket = self.home / "native"
        # RELAXAPP_AUDIO_TRACE: the app writes each time its output queue ran dry to stderr.
        # Without the latency the app asks of PulseAudio for itself (relaxapp.ui.sound.audio_out
        # sets it in this process too, as it is imported): the reference click and the film's
        # own recording keep the server's usual latency, as they had when it was measured.
        base = {k: v for k, v in os.environ.items() if k != "PULSE_LATENCY_MSEC"}
        self.env = dict(base, DISPLAY=display, QT_QPA_PLATFORM="xcb",
                        RELAXAPP_AUDIO_TRACE="1",
                        PULSE_RUNTIME_PATH=str(self.home), PULSE_STATE_PATH=str(self.home),
                        PULSE_SERVER=f"unix:{socket}")
        server_env = {k: v for k, v in self.env.items() if k != "PULSE_SERVER"}
        # pulse_log: the server's own account, at debug level (its underruns, its rewinds)
        logging = ["-vvvv", f"--log-target=file:{pulse_log}"] if pulse_log is not None else []
        self.pulse = subprocess.Popen(
            ["pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1", *logging,
             "-L", f"module-native-protocol-unix socket={socket}",
             "-L", "module-null-sink sink_name=rec"],
            env=server_env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.screen = subprocess.Popen(["Xvfb", display, "-screen", "0",
                                        f"{WIDTH}x{HEIGHT}x24", "-nolisten", "tcp"],
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(100):
            if subprocess.run(["pactl", "info"], env=self.env,
                              capture_output=True).returncode == 0:
                break
            time.sleep(0.1)
        else:
            raise RuntimeError(f"lane {number}: PulseAudio did not start")
        subprocess.run(["pactl", "set-default-sink", "rec"], env=self.env, check=True)
        time.sleep(1)

    def close(self) -> None:
        self.screen.terminate()
        self.pulse.terminate()


def film(env: dict, path: Path, seconds: float) -> None:
    """Film the screen and the sink for ``seconds``, with the reference at both ends."""
    camera = subprocess.Popen(
        ["ffmpeg", "-v", "error", "-copyts", "-thread_queue_size", "1024", "-f", "x11grab",
         "-framerate", str(FPS), "-video_size", f"{WIDTH}x{HEIGHT}", "-i", env["DISPLAY"],
         "-thread_queue_size", "1024", "-f", "pulse", "-i", "rec.monitor", "-c:v",
         "libx264", "-preset", "ultrafast", "-qp", "0", "-c:a", "pcm_s16le", str(path)],
        env=env, stdin=subprocess.DEVNULL)
    reference = [sys.executable, str(Path(__file__).with_name("av_reference.py"))]
    started = time.monotonic()
    time.sleep(1)
    subprocess.run(reference, env=env, check=True, stderr=subprocess.DEVNULL)
    time.sleep(max(0.0, started + seconds - 10 - time.monotonic()))
    subprocess.run(reference, env=env, check=True, stderr=subprocess.DEVNULL)
    camera.send_signal(signal.SIGINT)
    camera.wait(timeout=120)


def film_sound(path: Path) -> tuple[np.ndarray, float]:
    """The film's sound at 44.1 kHz, as floats, and the wall-clock time of its first sample."""
    samples, start = film_audio(path)
    return as_float(samples), start


def sound_near(sound: np.ndarray, start: float, at: float, piece: np.ndarray,
               heard: float, within: float) -> float | None:
    """The wall-clock onset of ``piece`` within ``within`` s of ``at``, if it is there."""
    score, index = score_at(sound, piece, int((at - start) * 44_100), int(within * 44_100))
    if score < heard:
        return None
    return start + (index + audible_from(piece)) / 44_100


def sound_onset_near(sound: np.ndarray, start: float, at: float, before: float = 0.3,
                     after: float = 0.4, quiet_ms: int = 100) -> float | None:
    """The wall-clock moment sound begins near ``at`` (from ``before`` s before it to
    ``after`` s after): the first 5 ms whose level passes -40 dBFS after ``quiet_ms`` below
    it. A chime under its word is found where it starts, whatever the word sounds like: a
    chime's template can match a sung vowel of the word better than the chime itself (the
    tense chime's 258 Hz against the vowel of "Now."), 0.3 s late."""
    window = 220  # 5 ms
    first = int((at - before - start) * 44_100)
    last = int((at + after - start) * 44_100)
    threshold = 32_768 * 10 ** (-40 / 20)
    quiet = 0
    for index in range(max(0, first), min(len(sound), last) - window, window):
        level = float(np.sqrt(np.mean(sound[index:index + window] ** 2)))
        if level < threshold:
            quiet += 5
            continue
        if quiet >= quiet_ms:
            return start + index / 44_100
        quiet = 0
    return None


def film_offsets(path: Path) -> dict:
    """Each chime's onset minus the frame its label changed in, the film's own offset and
    drift taken out by the reference filmed at both ends (the film's sound can be a second
    off its picture when the machine is busy, so the reference is looked for within 0.9 s;
    a chime then within 0.3 s of where the reference says its change is heard)."""
    sound, start = film_sound(path)
    click = np.sin(2 * np.pi * 1_000 * np.arange(441) / 44_100) * 12_000
    flashes = label_changes(path, SQUARE)[0::2]  # white, then black again
    reference = []
    for flash in flashes:
        onset = sound_near(sound, start, flash, click, 0.5, 0.9)
        if onset is not None:
            reference.append((flash, onset - flash))
    result = {"reference clicks": len(reference)}
    if len(reference) < 4:
        return result
    slope, intercept = statistics.linear_regression([t for t, _ in reference],
                                                    [d for _, d in reference])
    result["film's sound minus picture, ms"] = [round(1000 * d) for _, d in reference[:1]] + \
        [round(1000 * d) for _, d in reference[-1:]]
    chimes = [as_float(read_mono16(resources.asset(f"sounds/{name}.wav"))[0])
              for name in sorted(set(SOUND_FOR_PHASE.values()))]
    inside = [t for t in label_changes(path, PMR_LABEL)
              if flashes[3] + 0.5 < t < flashes[-4] - 0.5]
    pairs, best, onsets = [], [], []
    for change in inside:
        heard_at = change + slope * change + intercept  # where the film has its sound
        onset = sound_onset_near(sound, start, heard_at)
        onsets.append(None if onset is None else round(1000 * (onset - heard_at)))
        found = [onset for chime in chimes
                 if (onset := sound_near(sound, start, heard_at, chime, CHIME_HEARD, 0.3))]
        if found:
            pairs.append(round(1000 * (min(found, key=lambda o: abs(o - heard_at)) - heard_at)))
        # The best match of any chime, however weak: a chime under a word matches at
        # 0.2-0.35, below the threshold, yet usually in its right place.
        matches = [(score_at(sound, chime, int((heard_at - start) * 44_100),
                             int(0.3 * 44_100)), chime) for chime in chimes]
        (score, index), chime = max(matches, key=lambda match: match[0][0])
        onset = start + (index + audible_from(chime)) / 44_100
        best.append((round(1000 * (onset - heard_at)), round(score, 2)))
    result.update({"label changes": len(inside),
                   "sound onset - label, ms": onsets,
                   "chimes paired": len(pairs), "chime - label, ms": pairs,
                   "best match of each (ms, score)": best})
    return result


def run_session(lane: Lane, script_id: str, timeline: Timeline, out: Path,
                film_over_min: float) -> dict:
    data = fresh_data()
    recording = out / f"{script_id}.wav"
    films = []

    def meanwhile(started: float) -> None:
        if timeline.total_ms < film_over_min * 60_000:
            return
        # a known size, so the group name is where PMR_LABEL says
        subprocess.run(["xdotool", "search", "--name", "RelaxApp", "windowsize", "%@", "1280",
                        "800"], env=lane.env, capture_output=True)
        tenses = [t / 1000 for t in timeline.phase_starts()
                  if timeline.state_at(t).phase == "tense"]
        end = timeline.total_ms / 1000
        # the first two groups; the last group to the end (its closing words and chime)
        for name, begin, length in (("start", tenses[0] - 15, FILM_S),
                                    ("end", tenses[-1] - 15, end - tenses[-1] + 30)):
            time.sleep(max(0.0, started + begin - time.monotonic()))
            films.append(out / f"{script_id}-{name}.mkv")
            film(lane.env, films[-1], length)

    errors = record_run(script_id, data, timeline.total_ms / 1000 + 20, 1.0, 0, recording,
                        env=lane.env, meanwhile=meanwhile)
    said = (data / "stderr.txt").read_text()
    dry = [line for line in said.splitlines() if line.endswith(" 0 ms left in the queue")]
    return {"data": data, "recording": recording, "films": films, "stderr lines": errors,
            "queue ran dry": len(dry),
            "longest wait over 100 ms for a top-up": max((int(line.split()[2]) for line in said.splitlines()
                                                  if line.startswith("relaxapp audio: ")),
                                                 default=None)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("sessions", nargs="*")
    parser.add_argument("--lanes", type=int, default=3)
    parser.add_argument("--first-lane", type=int, default=1, metavar="N",
                        help="number the lanes from N (their screens are :80+N...), so that "
                             "two runs can share the machine")
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--film-over", type=float, default=20, metavar="MIN",
                        help="film sessions this long or longer (default: 20 minutes)")
    parser.add_argument("--analyse", type=Path, default=None, metavar="OUT",
                        help="read the recordings an earlier run left in OUT again")
    args = parser.parse_args()
    for tool in ("Xvfb", "xdotool", "pulseaudio", "parec", "pactl", "ffmpeg"):
        if not shutil.which(tool):
            sys.exit(f"{tool} is missing: scripts/setup --tools")
    library = load_library(resources.sessions_dir(), None)
    chosen = [library.get(name) for name in args.sessions] if args.sessions else library.sessions
    timelines = {loaded.id: Timeline(loaded.script) for loaded in chosen}
    if args.analyse is not None:  # the recordings of an earlier run, read again
        report(json.loads((args.analyse / "runs.json").read_text()), timelines)
        return
    out = args.out or Path(tempfile.mkdtemp(prefix="relaxapp-hear-all-"))
    out.mkdir(parents=True, exist_ok=True)
    print(f"recordings in {out}", flush=True)
    todo: queue.Queue = queue.Queue()
    for script_id in sorted(timelines, key=lambda i: -timelines[i].total_ms):
        todo.put(script_id)  # longest first, so the lanes end together
    runs: dict[str, dict] = {}

    def work(number: int) -> None:
        lane = Lane(number)
        try:
            while True:
                try:
                    script_id = todo.get_nowait()
                except queue.Empty:
                    return
                runs[script_id] = run_session(lane, script_id, timelines[script_id], out,
                                              args.film_over)
                print(f"recorded {script_id} (lane {number})", flush=True)
        finally:
            lane.close()

    lanes = [threading.Thread(target=work, args=(n,)) for n in range(args.first_lane, args.first_lane + args.lanes)]
    for lane in lanes:
        lane.start()
    for lane in lanes:
        lane.join()
    (out / "runs.json").write_text(json.dumps(runs, default=str))
    report(json.loads((out / "runs.json").read_text()), timelines)


def report(runs: dict, timelines: dict[str, Timeline]) -> None:
    totals = {"lines": 0, "missing": 0, "cut": 0, "dropouts": 0}
    for script_id in sorted(runs):
        run = runs[script_id]
        if script_id not in timelines:
            continue
        heard = analyse(Path(run["recording"]), timelines[script_id],
                        Path(run["data"]) / "cache" / "speech")
        offsets = heard.pop("phase_offsets_ms")
        if offsets:
            heard["phase word - chime, ms"] = [min(offsets), max(offsets)]
        heard["stderr lines"] = run["stderr lines"]
        for key in ("queue ran dry", "longest wait over 100 ms for a top-up"):
            heard[key] = run.get(key)
        for key in totals:
            totals[key] += heard[key] if key in ("lines", "dropouts") else len(heard[key])
        print(f"{script_id} ({timelines[script_id].total_ms / 60_000:.1f} min): "
              f"{json.dumps(heard)}", flush=True)
        for path in map(Path, run["films"]):
            print(f"  filmed {path.name}: {json.dumps(film_offsets(path))}", flush=True)
    print(f"all: {json.dumps(totals)}")


if __name__ == "__main__":
    main()
