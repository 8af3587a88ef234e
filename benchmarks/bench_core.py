"""Core speed: loading and validating the bundled library, and answering timeline states.

Baselines in the same run: plain json.loads of the same files, and a loop doing the
integer arithmetic a state needs at the least (one divmod per state).
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from relaxapp import resources  # noqa: E402
from relaxapp.core.library import load_library, script_files  # noqa: E402
from relaxapp.core.timeline import Timeline  # noqa: E402

STATES = 100_000
REPEATS = 7


def best_of(function, repeats=REPEATS) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


def report(name: str, seconds: float, baseline: float, unit: str) -> None:
    print(f"{name:<42} {seconds * 1000:9.2f} ms   baseline {baseline * 1000:8.2f} ms   "
          f"ratio {seconds / baseline:6.1f}x   {unit}")


def main() -> None:
    folder = resources.sessions_dir()
    files = script_files(folder)
    texts = [path.read_text() for path in files]

    load = best_of(lambda: load_library(folder, None))
    parse_only = best_of(lambda: [json.loads(text) for text in texts])
    report(f"load + validate library ({len(files)} files)", load, parse_only,
           f"{load / len(files) * 1000:.2f} ms a file")

    library = load_library(folder, None)
    timelines = [Timeline(session.script) for session in library.sessions]
    times = [[(i * 7919) % tl.total_ms for i in range(STATES // len(timelines))] for tl in timelines]

    def states():
        for tl, ts in zip(timelines, times):
            for t in ts:
                tl.state_at(t)

    def baseline():
        for tl, ts in zip(timelines, times):
            total = tl.total_ms
            for t in ts:
                divmod(t, total)

    count = sum(len(ts) for ts in times)
    state_time = best_of(states)
    base_time = best_of(baseline)
    report(f"timeline states ({count:,})", state_time, base_time,
           f"{state_time / count * 1e6:.2f} us a state "
           f"({state_time / count / (1 / 60) * 100:.3f}% of a 60 Hz frame)")

    scripts = [session.script for session in library.sessions]
    compile_time = best_of(lambda: [Timeline(script) for script in scripts])
    print(f"{'compile all timelines':<42} {compile_time * 1000:9.2f} ms")
    long = max((tl for tl in timelines if tl.script.kind == "breathing"), key=lambda tl: tl.total_ms)
    changes = best_of(lambda: [long.with_pace(t, 1.25) for t in range(0, long.total_ms, long.total_ms // 100)])
    print(f"{'100 pace changes on ' + long.script.id:<42} {changes * 1000:9.2f} ms")
    print(f"python {sys.version.split()[0]}; best of {REPEATS}; median state "
          f"{statistics.median([best_of(lambda: long.state_at(12345), 1) for _ in range(99)]) * 1e6:.2f} us")


if __name__ == "__main__":
    main()
