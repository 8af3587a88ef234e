"""The monotonic clock every view asks, the fake one tests drive, and breaths a minute written
as people read them."""

from __future__ import annotations

import time

import pytest

from relaxapp.core import pace
from relaxapp.core.clock import FakeClock, monotonic_ms


def test_the_monotonic_clock_counts_whole_milliseconds_and_never_goes_back():
    first = monotonic_ms()
    assert isinstance(first, int)
    assert abs(first - time.monotonic_ns() // 1_000_000) <= 5
    assert monotonic_ms() >= first


def test_the_fake_clock_moves_only_when_told_and_never_back():
    clock = FakeClock()
    assert clock() == 1_000_000
    clock.advance(250)
    clock.advance(0)
    assert clock() == 1_000_250 and clock.now_ms == 1_000_250
    with pytest.raises(ValueError, match="^a monotonic clock cannot go back$"):
        clock.advance(-1)
    assert clock() == 1_000_250
    assert FakeClock(5)() == 5


@pytest.mark.parametrize("bpm, text", [(5.5, "5.5"), (6, "6"), (6.0, "6"), (3.75, "3.75"),
                                       (4.125, "4.12"), (10, "10"), (0.5, "0.5")])
def test_breaths_a_minute_have_as_many_decimals_as_they_need(bpm, text):
    assert pace.bpm_text(bpm) == text
    assert pace.label(bpm) == f"{text} breaths a minute"


def test_a_pace_of_nothing_or_less_is_as_slow_as_allowed():
    assert pace.stretch_for(10_000, 0) == pace.MAX_STRETCH
    assert pace.stretch_for(10_000, -1) == pace.MAX_STRETCH
    assert pace.stretch_for(60_000, 0.5) == 2.0  # slower than one breath a minute is a pace too
    assert pace.stretch_for(10_000, 6) == 1.0


def test_the_usual_pace_is_said_in_breaths_a_minute_for_an_example():
    assert pace.stretch_for((10_000, 0), 5.0) == 1.2  # the example, as the timeline runs it
    assert pace.usual_pace_text(1.0) == \
        "As written: a session written at 6 breaths a minute runs at 6."
    assert pace.usual_pace_text(1.2) == (
        "Slower than written: a session written at 6 breaths a minute, without breath holds, "
        "runs at 5.")
    assert pace.usual_pace_text(0.8) == (
        "Faster than written: a session written at 6 breaths a minute, without breath holds, "
        "runs at 7.5.")
    assert pace.usual_pace_text(1.15) == (
        "Slower than written: a session written at 6 breaths a minute, without breath holds, "
        "runs at 5.22.")
