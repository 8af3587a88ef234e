"""Where a drop-out (digital silence inside a word) comes from: the app, the sound server,
or the recording.

One session is played on a lane of its own (hear_all.Lane: its own PulseAudio server, with
its log at debug level, and its own screen) while other work keeps the machine busy: CPU
hogs at the lowest priority, as test suites ran beside the library recording, and disk
writers that sync. Two recorders take the same sink:

- A, as every other benchmark records (``parec``, default buffer, normal priority);
- B, given more room and a higher priority (``--latency-msec=1000``, nice -10).

A hole in both, at the same moment of the sink's stream, was in what the sink played: the
app's stream ran dry in the server (the server's log says so: an underrun of the app's
stream). A hole in one recording only is the recording's own (its reader fell behind).

    .venv/bin/python benchmarks/hear_dropouts.py SESSION_ID [--cpu N] [--disk N]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from hear_all import Lane
from hear_guidance import analyse, fresh_data, record_run

from relaxapp import resources
from relaxapp.core.library import load_library
from relaxapp.core.timeline import Timeline
from relaxapp.speech.audio import read_mono16

HOLE_MS = 2  # exact zeros this long ...
AROUND_MS = 10  # ... with sound (|x| > 200) within this much on both sides
SAME_MS = 30  # holes of A and B this close, once the recordings are aligned, are one


def holes(samples, rate: int) -> list[float]:
    """Where (s) runs of digital silence lie inside sound."""
    samples = np.asarray(samples, dtype=np.int16)
    zero = samples == 0
    edges = np.flatnonzero(np.diff(np.concatenate(([0], zero.astype(np.int8), [0]))))
    loud = np.abs(samples.astype(np.int32)) > 200
    around = int(AROUND_MS * rate / 1000)
    found = []
    for start, end in zip(edges[::2], edges[1::2]):
        if end - start < HOLE_MS * rate / 1000:
            continue
        if loud[max(0, start - around):start].any() and loud[end:end + around].any():
            found.append(start / rate)
    return found


def first_sound(samples, rate: int) -> float:
    return int(np.argmax(np.abs(np.asarray(samples, dtype=np.int32)) > 200)) / rate


def busy_work(cpu: int, disk: int, folder: Path) -> list[subprocess.Popen]:
    hogs = [subprocess.Popen(["nice", "-n", "19", sys.executable, "-c", "while True: pass"])
            for _ in range(cpu)]
    writer = ("import os, sys\n"
              "block = os.urandom(1 << 20)\n"
              "while True:\n"
              "    with open(sys.argv[1], 'wb') as out:\n"
              "        for _ in range(64): out.write(block)\n"
              "        out.flush(); os.fsync(out.fileno())\n")
    hogs += [subprocess.Popen(["nice", "-n", "19", sys.executable, "-c", writer,
                               str(folder / f"disk{n}.bin")]) for n in range(disk)]
    return hogs


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("session")
    parser.add_argument("--cpu", type=int, default=2, help="CPU hogs at nice 19")
    parser.add_argument("--disk", type=int, default=1, help="writers that sync, at nice 19")
    parser.add_argument("--lane", type=int, default=4)
    parser.add_argument("--analyse", type=Path, help="read a run's folder again")
    args = parser.parse_args()
    script = load_library(resources.sessions_dir(), None).get(args.session).script
    timeline = Timeline(script)
    if args.analyse:
        report(args.analyse, Path((args.analyse / "data").read_text().strip()), script, timeline,
               args, errors=None)
        return
    out = Path(tempfile.mkdtemp(prefix="relaxapp-dropouts-"))
    lane = Lane(args.lane, pulse_log=out / "pulse.log")
    data = fresh_data()
    (out / "data").write_text(str(data))
    hogs = busy_work(args.cpu, args.disk, out)
    second = subprocess.Popen(["nice", "-n", "-10", "parec", "--latency-msec=1000", "-d",
                               "rec.monitor", "--file-format=wav", str(out / "b.wav")],
                              env=lane.env)
    try:
        errors = record_run(script.id, data, timeline.total_ms / 1000 + 20, 1.0, 0,
                            out / "a.wav", env=dict(lane.env, RELAXAPP_AUDIO_TRACE="1"))
    finally:
        second.terminate()
        second.wait()
        for hog in hogs:
            hog.kill()
        time.sleep(1)
        lane.close()
    report(out, data, script, timeline, args, errors)


def report(out: Path, data: Path, script, timeline, args, errors) -> None:
    found = {}
    for name in ("a", "b"):
        samples, rate = read_mono16(out / f"{name}.wav")
        found[name] = (holes(samples, rate), first_sound(samples, rate))
    (a, a0), (b, b0) = found["a"], found["b"]
    shift = b0 - a0  # the same sound, later in B by this much
    both = [t for t in a if any(abs(t + shift - u) * 1000 < SAME_MS for u in b)]
    log = (out / "pulse.log").read_text(errors="replace") if (out / "pulse.log").exists() else ""
    underruns = [line for line in log.splitlines() if re.search(r"underrun", line, re.I)]
    said = (data / "stderr.txt").read_text().splitlines()
    report = {
        "session": script.id, "cpu hogs": args.cpu, "disk writers": args.disk,
        "holes in A": [round(t, 3) for t in a], "holes in B": [round(t, 3) for t in b],
        "in both": len(both),
        "A as hear_guidance reads it": {k: v for k, v in analyse(
            out / "a.wav", timeline, data / "cache" / "speech").items()
            if k in ("missing", "cut", "dropouts")},
        "B as hear_guidance reads it": {k: v for k, v in analyse(
            out / "b.wav", timeline, data / "cache" / "speech").items()
            if k in ("missing", "cut", "dropouts")},
        "server log lines about underruns": len(underruns),
        "app: queue ran dry": sum(line.endswith(" 0 ms left in the queue") for line in said),
        "app: stderr lines": errors, "files": str(out),
    }
    print(json.dumps(report, indent=1))
    for line in underruns[:20]:
        print("  server:", line)


if __name__ == "__main__":
    os.chdir(Path(__file__).resolve().parent.parent)
    main()
