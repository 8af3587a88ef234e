"""Monotonic time in whole milliseconds, and a fake clock that tests drive."""

from __future__ import annotations

import time


def monotonic_ms() -> int:
    """Never jumps with the wall clock; integer so cycle boundaries stay exact."""
    return time.monotonic_ns() // 1_000_000


class FakeClock:
    """A clock that moves only when told to: ``clock()`` reads it, ``advance`` moves it."""

    def __init__(self, start_ms: int = 1_000_000):
        self.now_ms = start_ms

    def __call__(self) -> int:
        return self.now_ms

    def advance(self, ms: int) -> None:
        if ms < 0:
            raise ValueError("a monotonic clock cannot go back")
        self.now_ms += ms
