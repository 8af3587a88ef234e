"""The log: saving a finished session, and exporting/importing ten years of history.

Baselines in the same run: a bare sqlite3 INSERT + COMMIT with the same durability
(synchronous=FULL), and writing the same rows with the csv module from memory.
"""

from __future__ import annotations

import csv
import io
import random
import sqlite3
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from relaxapp.core.scripts import REGIONS  # noqa: E402
from relaxapp.storage.exchange import import_file, write_csv, write_json  # noqa: E402
from relaxapp.storage.log import SessionRecord, Store  # noqa: E402

YEARS = 10


def ten_years() -> list[SessionRecord]:
    rng = random.Random(7)
    start = datetime(2016, 1, 1, 8, 0, tzinfo=timezone(timedelta(hours=1)))
    records = []
    for day in range(YEARS * 365 + 2):  # three sessions a day: about 11,000 in ten years
        for _ in range(3):
            when = start + timedelta(days=day, hours=rng.randint(0, 12))
            before = rng.randint(3, 9)
            records.append(SessionRecord(
                uid=str(uuid.uuid4()), started_at=when.isoformat(), source="app",
                session_id="resonance-6", title="Resonance breathing", kind="breathing",
                planned_seconds=640, practiced_seconds=rng.choice([640, 640, 320]),
                status="completed", pace=6.0, tension_before=before,
                tension_after=max(0, before - rng.randint(0, 4)),
                ended_at=(when + timedelta(minutes=11)).isoformat(),
                regions={"after": {region: rng.randint(0, 10) for region in rng.sample(REGIONS, 3)}},
                symptoms=["twitching"] if rng.random() < 0.1 else []))
    return records


def timed(function):
    start = time.perf_counter()
    result = function()
    return time.perf_counter() - start, result


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="relaxapp-bench-") as name:
        run(Path(name))


def run(folder: Path) -> None:
    store = Store(folder / "relaxapp.db")

    # saving a finished session: end it and save its ratings, each a durable commit
    save_times = []
    for _ in range(50):
        uid = store.begin_session(session_id="box", title="Box", kind="breathing", planned_seconds=276)
        elapsed, _ = timed(lambda: (store.end_session(uid, status="completed", practiced_seconds=276),
                                    store.rate_after(uid, tension_after=3, regions_after={"neck": 4},
                                                     symptoms=["cramps"], note="ok")))
        save_times.append(elapsed)
    bare = sqlite3.connect(folder / "bare.db", isolation_level=None)
    bare.execute("PRAGMA synchronous = FULL")
    bare.execute("CREATE TABLE t (uid TEXT PRIMARY KEY, v INTEGER)")
    bare_times = []
    for n in range(50):
        elapsed, _ = timed(lambda: (bare.execute("BEGIN IMMEDIATE"),
                                    bare.execute("INSERT INTO t VALUES (?, ?)", (str(n), n)),
                                    bare.execute("COMMIT")))
        bare_times.append(elapsed)
    median = sorted(save_times)[25]
    print(f"save a finished session (2 commits)  median {median * 1000:6.2f} ms  "
          f"max {max(save_times) * 1000:6.2f} ms   bare commit {sorted(bare_times)[25] * 1000:5.2f} ms  "
          f"ratio {median / sorted(bare_times)[25]:4.1f}x   target < 10 ms")

    records = ten_years()
    history = Store(folder / "history.db")
    elapsed, _ = timed(lambda: history.add_records(records))
    print(f"add {len(records):,} sessions in one transaction  {elapsed * 1000:8.1f} ms")

    elapsed_read, loaded = timed(lambda: history.sessions())
    out = io.StringIO()
    elapsed_csv, _ = timed(lambda: write_csv(loaded, out))
    baseline = io.StringIO()
    rows = [[r.uid, r.started_at, r.ended_at, r.source, r.session_id, r.title, r.kind,
             r.planned_seconds, r.practiced_seconds, r.status, r.pace, r.tension_before,
             r.tension_after, r.note] for r in loaded]
    elapsed_base, _ = timed(lambda: csv.writer(baseline).writerows(rows))
    total = elapsed_read + elapsed_csv
    print(f"export {len(loaded):,} sessions to CSV       {total * 1000:8.1f} ms  "
          f"(read {elapsed_read * 1000:.0f} ms + write {elapsed_csv * 1000:.0f} ms)   "
          f"bare csv.writer {elapsed_base * 1000:.0f} ms   target < 1000 ms")

    export_path = folder / "export.json"
    with export_path.open("w") as stream:
        elapsed_json, _ = timed(lambda: write_json(loaded, stream))
    print(f"export to JSON                          {elapsed_json * 1000:8.1f} ms  "
          f"({export_path.stat().st_size / 1e6:.1f} MB)")
    fresh = Store(folder / "fresh.db")
    first, counts = timed(lambda: import_file(fresh, export_path))
    again, counts_again = timed(lambda: import_file(fresh, export_path))
    print(f"import into an empty log                {first * 1000:8.1f} ms  added {counts[0]:,}   target < 5000 ms")
    print(f"import the same file again              {again * 1000:8.1f} ms  added {counts_again[0]:,} "
          f"(already there {counts_again[1]:,})")


if __name__ == "__main__":
    main()
