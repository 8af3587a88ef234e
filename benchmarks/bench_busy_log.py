"""How long the window is held up by a log another program holds: each kind of write the
window makes, tried against a log held in another process (``BEGIN EXCLUSIVE``), timed as
the GUI thread would wait; the baseline is the same write to a free log.

    .venv/bin/python benchmarks/bench_busy_log.py
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from relaxapp.storage.database import BUSY_TIMEOUT_MS, WINDOW_BUSY_TIMEOUT_MS
from relaxapp.storage.errors import LogBusy
from relaxapp.storage.log import Store

HOLDER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN EXCLUSIVE")
print("held", flush=True)
sys.stdin.read()
"""


def writes(store: Store, uid: str):
    yield "begin a session", lambda: store.begin_session(
        session_id="box-breathing", title="Box", kind="breathing", planned_seconds=300)
    yield "save progress", lambda: store.update_progress(uid, 60)
    yield "end a session", lambda: store.end_session(uid, status="completed",
                                                     practiced_seconds=300)
    yield "save the answers", lambda: store.rate_after(uid, tension_after=3)


def timed(write) -> tuple[float, bool]:
    start = time.perf_counter()
    try:
        write()
        taken = True
    except LogBusy:
        taken = False
    return (time.perf_counter() - start) * 1000, taken


def main() -> None:
    path = Path(tempfile.mkdtemp()) / "relaxapp.db"
    with Store(path) as setup:
        uid = setup.begin_session(session_id="x", title="X", kind="breathing",
                                  planned_seconds=60)
    store = Store(path, busy_timeout_ms=WINDOW_BUSY_TIMEOUT_MS)
    free = {name: min(timed(write)[0] for _ in range(5)) for name, write in writes(store, uid)}
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "held"
    print(f"window's wait for a busy log: {WINDOW_BUSY_TIMEOUT_MS} ms "
          f"(a command waits {BUSY_TIMEOUT_MS / 1000:.0f} s; the window did too)")
    print("the GUI thread held up by each try, in order, while another process holds the log:")
    print(f"{'write':<18} {'free log, ms':>12} {'held log, ms':>13}  taken")
    for _ in range(2):  # the first try waits; the tries after it do not
        for name, write in writes(store, uid):
            ms, taken = timed(write)
            print(f"{name:<18} {free[name]:>12.2f} {ms:>13.1f}  "
                  f"{'yes' if taken else 'no (kept, tried again later)'}")
    holder.stdin.close()
    holder.wait()
    for name, write in writes(store, uid):
        ms, taken = timed(write)
        assert taken, name
    print("free again: every write taken")
    store.close()


if __name__ == "__main__":
    main()
