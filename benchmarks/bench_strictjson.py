"""The strict JSON reader on hostile text, from 10 KB to 4 MB: the time per MB should stay
flat (a reader that rescans grows with the square of the size). Python's own ``json.loads``
of a plain string of the same size is the baseline.

    .venv/bin/python benchmarks/bench_strictjson.py
"""

from __future__ import annotations

import json
import time

from relaxapp.core import strictjson

SHAPES = {
    "an open string of \\\" after 65 [": lambda n: "[" * 65 + '"' + '\\"' * n,
    "a closed string of \\\" in 30 [": lambda n: "[" * 30 + '"' + '\\"' * n + '"' + "]" * 30
    + "[]" * 40,
    "many short strings": lambda n: "[" * 70 + '"a",' * (n // 2),
}


def timed(read, text: str) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        try:
            read(text)
        except ValueError:
            pass
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    for name, make in SHAPES.items():
        row = []
        for size_kb in (10, 100, 1000, 4000):
            text = make(size_kb * 1000 // 2)
            ours = timed(strictjson.loads, text)
            plain = timed(json.loads, json.dumps("x" * len(text)))
            row.append(f"{len(text) / 1e6:.2f} MB: {1000 * ours / (len(text) / 1e6):.1f} ms/MB "
                       f"({ours / plain:.1f}x json.loads of a plain string)")
        print(f"{name}: " + "; ".join(row))


if __name__ == "__main__":
    main()
