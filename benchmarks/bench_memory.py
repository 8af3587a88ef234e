"""Memory of the commands that read the whole log: `export` (JSON and CSV) and `stats` of a
log of a million sessions, and `import` of the JSON export of 200,000 (about 105 MiB; an
export of a million is past the 256 MiB an import reads). Each command runs in a
process of its own, and its peak resident memory (ru_maxrss) is printed beside the
baseline measured in the same run: `relaxapp --version`, the interpreter and the package
loaded, nothing read.

    .venv/bin/python benchmarks/bench_memory.py [SESSIONS [IMPORTED]]  # 1,000,000 200,000
"""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

from relaxapp.core.scripts import REGIONS
from relaxapp.storage.log import Store

PEAK = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL,"
        " check=True); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")


def fill(path: Path, count: int) -> None:
    """``count`` sessions, one every few hours back from 2026, each with three region ratings
    after it and one in ten with a symptom: written in bulk, as years of use would leave."""
    Store(path).close()  # the schema
    rng = random.Random(7)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("BEGIN")
    start = datetime(2026, 1, 1, 8, 0, tzinfo=timezone(timedelta(hours=1)))
    for first in range(0, count, 10_000):
        sessions, regions, symptoms = [], [], []
        for n in range(first, min(count, first + 10_000)):
            uid = str(uuid.UUID(int=rng.getrandbits(128)))
            when = (start - timedelta(minutes=7 * n)).isoformat(timespec="seconds")
            before = rng.randint(3, 9)
            sessions.append((uid, when, when, "resonance-6", "Resonance breathing", 640,
                             rng.choice((640, 320)), before, max(0, before - rng.randint(0, 4)),
                             "calmer" if rng.random() < 0.2 else None, when))
            regions += [(uid, region, rng.randint(0, 10)) for region in rng.sample(REGIONS, 3)]
            if rng.random() < 0.1:
                symptoms.append((uid, "twitching"))
        conn.executemany(
            "INSERT INTO sessions (uid, started_at, ended_at, source, session_id, title, kind, "
            "planned_seconds, practiced_seconds, status, pace, tension_before, tension_after, "
            "note, updated_at) VALUES (?, ?, ?, 'app', ?, ?, 'breathing', ?, ?, 'completed', "
            "6.0, ?, ?, ?, ?)", sessions)
        conn.executemany("INSERT INTO region_ratings VALUES (?, 'after', ?, ?)", regions)
        conn.executemany("INSERT INTO symptoms VALUES (?, ?)", symptoms)
    conn.execute("COMMIT")
    conn.close()


def peak_mib(*args: str) -> tuple[float, float]:
    """(peak resident MiB, seconds) of ``relaxapp ARGS`` in a process of its own."""
    begin = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", PEAK, sys.executable, "-m", "relaxapp", *args],
                         capture_output=True, text=True, check=True).stdout
    return int(out.split()[-1]) / 1024, time.perf_counter() - begin


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    imported = int(sys.argv[2]) if len(sys.argv) > 2 else 200_000
    with tempfile.TemporaryDirectory(prefix="relaxapp-memory-") as name:
        folder = Path(name)
        data, other = folder / "data", folder / "other"
        data.mkdir()
        fill(data / "relaxapp.db", count)
        print(f"{count:,} sessions, log {(data / 'relaxapp.db').stat().st_size / 2**20:.0f} MiB")
        baseline, _ = peak_mib("--version")
        print(f"{'command':<34} {'peak MiB':>9} {'x baseline':>11} {'seconds':>8}")
        print(f"{'relaxapp --version (baseline)':<34} {baseline:>9.0f} {1:>11.1f} {'':>8}")
        export = folder / "export.json"
        runs = [("export --format json", ("export", "--format", "json", "-o", str(export))),
                ("export --format csv", ("export", "--format", "csv", "-o",
                                         str(folder / "export.csv"))),
                ("stats", ("stats",)),
                ("stats --days 365", ("stats", "--days", "365"))]
        for label, args in runs:
            mib, seconds = peak_mib(*args, "--data-dir", str(data))
            print(f"{label:<34} {mib:>9.0f} {mib / baseline:>11.1f} {seconds:>8.1f}", flush=True)
        if imported != count:
            (folder / "small").mkdir()
            fill(folder / "small" / "relaxapp.db", imported)
            peak_mib("export", "--format", "json", "-o", str(export), "--data-dir",
                     str(folder / "small"))
        label = f"import ({imported:,}, {export.stat().st_size / 2**20:.0f} MiB of JSON)"
        mib, seconds = peak_mib("import", str(export), "--data-dir", str(other))
        print(f"{label:<34} {mib:>9.0f} {mib / baseline:>11.1f} {seconds:>8.1f}", flush=True)


if __name__ == "__main__":
    main()
