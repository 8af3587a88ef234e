"""The doctor's report: time to make the PDF of ten years of history, against the report
of an empty log made in the same run (the fixed cost: fonts, the page, the writer).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_report.py
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent.parent), str(Path(__file__).resolve().parent)]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication, QPageSize  # noqa: E402

from bench_log import ten_years  # noqa: E402
from relaxapp.core.report import SECTIONS, Period  # noqa: E402
from relaxapp.storage.log import Store  # noqa: E402
from relaxapp.storage.report import gather  # noqa: E402
from relaxapp.drawing.report_pdf import pdf_bytes  # noqa: E402

RUNS = 5
A4 = QPageSize(QPageSize.PageSizeId.A4)


def made(store: Store, period: Period) -> tuple[float, int, int]:
    """(seconds from the log to the PDF's bytes, pages, bytes), all sections, notes too."""
    start = time.perf_counter()
    pdf, pages = pdf_bytes(gather(store, period, period.last, frozenset(SECTIONS)), A4)
    return time.perf_counter() - start, pages, len(pdf)


def main() -> None:
    QGuiApplication([])
    with tempfile.TemporaryDirectory(prefix="relaxapp-bench-") as name:
        folder = Path(name)
        records = ten_years()
        with Store(folder / "ten.db") as ten, Store(folder / "empty.db") as empty:
            ten.add_records(records)
            period = Period(date(2016, 1, 1), date(2026, 1, 2))
            made(empty, period)  # the first report loads the fonts: not counted
            times = {"empty": [], "ten": []}
            for _ in range(RUNS):  # alternating, so both see the same machine
                times["empty"].append(made(empty, period)[0])
                seconds, pages, size = made(ten, period)
                times["ten"].append(seconds)
        base, full = statistics.median(times["empty"]), statistics.median(times["ten"])
        print(f"report of an empty log           median {base * 1000:7.1f} ms")
        print(f"report of ten years ({len(records):,} sessions)  median {full * 1000:7.1f} ms  "
              f"max {max(times['ten']) * 1000:7.1f} ms  {pages} pages, {size // 1024} KiB  "
              f"ratio {full / base:4.1f}x   target < 3000 ms")


if __name__ == "__main__":
    main()
