"""The history view: opening it and switching range on ten years of data, and on a
million ratings. pyqtgraph is imported first and timed on its own (it loads once,
when the history is first opened); the figures after it are what a person waits for.

    .venv/bin/python benchmarks/bench_history.py
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.append(str(Path(__file__).resolve().parent.parent))  # after PYTHONPATH: another checkout

from relaxapp.core.scripts import REGIONS  # noqa: E402
from relaxapp.storage.log import SessionRecord, Store  # noqa: E402

TZ = timezone(timedelta(hours=1))


def generate(store: Store, sessions: int, regions_per_session: int, seed: int = 1,
             heart: bool = False) -> int:
    """Sessions over sessions / 3 days; with ``heart``, every one measured by a strap."""
    rng = random.Random(seed)
    today = date.today()
    days = max(1, round(sessions / 3))
    batch = []
    ratings = 0
    for n in range(sessions):
        day = today - timedelta(days=days - 1 - n * days // sessions)
        when = datetime.combine(day, datetime.min.time(), tzinfo=TZ) + timedelta(minutes=rng.randint(420, 1320))
        before = rng.randint(2, 9)
        regions = {r: rng.randint(0, 10) for r in rng.sample(REGIONS, regions_per_session)}
        ratings += 2 + len(regions)
        batch.append(SessionRecord(
            uid=str(uuid.uuid4()), started_at=when.isoformat(), source="app", session_id="resonance-6",
            title=rng.choice(["Resonance breathing, 6 a minute", "Box breathing, 4-4-4-4",
                              "Progressive relaxation, 16 groups"]),
            kind="breathing", planned_seconds=640, practiced_seconds=640, status="completed",
            tension_before=before, tension_after=max(0, before - rng.randint(0, 4)),
            regions={"after": regions}, symptoms=["twitching"] if rng.random() < 0.05 else [],
            heart={"beats": 700, "mean_bpm": rng.uniform(58, 78), "rmssd_ms": rng.uniform(20, 70),
                   "swing_bpm": rng.uniform(3, 15), "corrected_share": rng.uniform(0, 0.03),
                   "resonance_bpm": None} if heart else None))
        if len(batch) == 20_000:
            store.add_records(batch)
            batch = []
    store.add_records(batch)
    return ratings


def timed(function) -> float:
    start = time.perf_counter()
    function()
    return (time.perf_counter() - start) * 1000


def measure(name: str, store: Store, app) -> None:
    from relaxapp.ui.pages.history_page import HistoryPage

    # The app builds the page ahead of need (relaxapp.ui.shell.app.warm_up_history); the first
    # opening then reads the log, draws and paints the first chart.
    start = time.perf_counter()
    page = HistoryPage(store)
    page.resize(1280, 720)
    built = (time.perf_counter() - start) * 1000
    start = time.perf_counter()
    page.refresh()
    page.show()
    page.tension.chart.repaint()
    app.processEvents()
    first = (time.perf_counter() - start) * 1000
    print(f"{name}: first opening, from the click to the painted chart: {first:.0f} ms "
          f"(the page built ahead in {built:.0f} ms)")

    def open_and_paint():
        page.set_range("3m")
        page.tension.chart.repaint()
        app.processEvents()

    opening = timed(open_and_paint)
    # Each switch as the first after the log was read (nothing kept from an earlier one),
    # five times over: the median.
    rounds = {"1y": [], "all": [], "2w": [], "3m": []}
    for _ in range(5):
        page.refresh()
        page.set_range("3m")
        app.processEvents()
        for choice, times in rounds.items():
            times.append(timed(lambda: (page.set_range(choice), page.tension.chart.repaint(),
                                        app.processEvents())))
    switches = {choice: statistics.median(times) for choice, times in rounds.items()}
    tabs = {}
    for index in range(1, page.tabs.count()):
        tabs[page.tabs.tabText(index)] = timed(lambda: (page.tabs.setCurrentIndex(index),
                                                        page.tabs.currentWidget().repaint(),
                                                        app.processEvents()))
    page.tabs.setCurrentIndex(0)
    print(f"{name}: open and paint the first chart {opening:6.1f} ms; range switch (median of 5) " +
          ", ".join(f"{k} {v:.1f}" for k, v in switches.items()) + " ms")
    print(" " * len(name) + "  first view of other tabs: " + ", ".join(f"{k} {v:.0f}" for k, v in tabs.items()) + " ms")
    page.close()


def main() -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    start = time.perf_counter()
    import pyqtgraph  # noqa: F401

    from relaxapp.ui.pages import history_page  # noqa: F401

    print(f"import pyqtgraph and the history module: {(time.perf_counter() - start) * 1000:.0f} ms "
          "(once, on first opening)")
    with tempfile.TemporaryDirectory() as folder:
        ten_years = Store(Path(folder) / "ten-years.db")
        ratings = generate(ten_years, 11_000, 3, heart=True)
        print(f"ten years: 11,000 sessions, {ratings:,} ratings (2 a session and 3 regions), "
              "every session measured by a heart-rate strap")
        measure("ten years", ten_years, app)
        million = Store(Path(folder) / "million.db")
        ratings = generate(million, 100_000, 8)
        print(f"a million ratings: 100,000 sessions, {ratings:,} ratings (2 a session and 8 regions)")
        measure("a million ratings", million, app)


if __name__ == "__main__":
    main()
