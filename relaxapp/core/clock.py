"""The two clocks the app reads: monotonic milliseconds for a session's timing, and the
local wall clock for "today" and the times in the log. Everything else is given one of these
(tests give fixed ones), so no other module reads the time itself."""

from __future__ import annotations

import time
from datetime import datetime, timezone


def monotonic_ms() -> int:
    """Never jumps with the wall clock; integer so cycle boundaries stay exact."""
    return time.monotonic_ns() // 1_000_000


def wall_now() -> datetime:
    """The local date and time with the machine's UTC offset, to the second."""
    return datetime.now(timezone.utc).astimezone().replace(microsecond=0)


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
