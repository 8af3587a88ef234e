"""Reminders on a fake clock: due, snoozed, missed while asleep, never in a burst."""

from __future__ import annotations

from datetime import datetime, time, timedelta, timezone

import pytest

from relaxapp.core.reminders import Reminder, Schedule

TZ = timezone(timedelta(hours=1))
WEDNESDAY = datetime(2026, 11, 25, 7, 0, tzinfo=TZ)


def walk(schedule: Schedule, start: datetime, minutes: int, step_seconds: int = 30):
    """Ask the schedule every ``step_seconds`` as a running app would; (moment, reminders)."""
    shown = []
    moment = start
    for _ in range(minutes * 60 // step_seconds):
        moment += timedelta(seconds=step_seconds)
        for reminder in schedule.due(moment):
            shown.append((moment, reminder))
    return shown


def test_a_reminder_is_due_once_at_its_time():
    morning = Reminder(time(8, 0), session_id="resonance-6")
    schedule = Schedule([morning])
    schedule.due(WEDNESDAY)
    shown = walk(schedule, WEDNESDAY, 180)
    assert shown == [(WEDNESDAY.replace(hour=8, minute=0, second=0), morning)]


def test_only_on_its_days():
    weekend = Reminder(time(8, 0), frozenset({5, 6}))
    schedule = Schedule([weekend])
    schedule.due(WEDNESDAY)
    shown = walk(schedule, WEDNESDAY, 24 * 60 * 5, step_seconds=60)
    assert [m.weekday() for m, _ in shown] == [5, 6]


def test_later_snoozes_for_ten_minutes():
    evening = Reminder(time(21, 30))
    schedule = Schedule([evening])
    at = WEDNESDAY.replace(hour=21, minute=29)
    schedule.due(at)
    [(when, reminder)] = walk(schedule, at, 2)
    assert schedule.snooze(reminder, when) == when + timedelta(minutes=10)
    again = walk(schedule, when, 15)
    assert [m for m, _ in again] == [when + timedelta(minutes=10)]


def test_missed_while_asleep_is_not_fired_late():
    schedule = Schedule([Reminder(time(8, 0)), Reminder(time(12, 0)), Reminder(time(21, 30))])
    schedule.due(WEDNESDAY)  # 07:00, then the machine sleeps until 13:00
    assert schedule.due(WEDNESDAY.replace(hour=13)) == []
    assert schedule.due(WEDNESDAY.replace(hour=13, minute=1)) == []
    shown = walk(schedule, WEDNESDAY.replace(hour=13, minute=1), 10 * 60)
    assert [m.strftime("%H:%M") for m, _ in shown] == ["21:30"]


def test_app_closed_over_the_time_then_opened_shows_nothing_stale():
    schedule = Schedule([Reminder(time(8, 0))])
    assert schedule.due(WEDNESDAY.replace(hour=9)) == []  # first look after starting at 9
    assert walk(schedule, WEDNESDAY.replace(hour=9), 60) == []


def test_a_clock_set_back_owes_nothing():
    schedule = Schedule([Reminder(time(8, 0))])
    schedule.due(WEDNESDAY.replace(hour=9))
    assert schedule.due(WEDNESDAY.replace(hour=7, minute=59)) == []
    assert schedule.due(WEDNESDAY.replace(hour=8, minute=0, second=30)) == [schedule.reminders[0]]


def test_text_round_trip_and_bad_text():
    reminder = Reminder(time(8, 5), frozenset({0, 2, 4}), "box-breathing")
    assert reminder.to_text() == "08:05 Mon,Wed,Fri box-breathing"
    assert Reminder.from_text(reminder.to_text()) == reminder
    for bad in ("8 Mon x", "25:00 Mon x", "08:00 Funday x", "08:00 Mon"):
        with pytest.raises(ValueError):
            Reminder.from_text(bad)


def test_next_reminder():
    schedule = Schedule([Reminder(time(8, 0)), Reminder(time(21, 30))])
    assert schedule.next_after(WEDNESDAY) == WEDNESDAY.replace(hour=8)
    assert Schedule().next_after(WEDNESDAY) is None


def test_a_reminder_checked_late_is_shown_up_to_two_minutes_after_its_time():
    reminder = Reminder(time(8, 0))
    for late, shown in ((timedelta(minutes=2), True), (timedelta(minutes=2, seconds=1), False)):
        schedule = Schedule([reminder])
        schedule.due(WEDNESDAY)  # 07:00: the first look owes nothing
        assert (schedule.due(WEDNESDAY + timedelta(hours=1) + late) == [reminder]) is shown


def test_a_snoozed_reminder_wakes_within_two_minutes_or_not_at_all():
    reminder = Reminder(time(8, 0))
    for late, shown in ((timedelta(minutes=2), [reminder]), (timedelta(minutes=3), [])):
        schedule = Schedule([])
        schedule.due(WEDNESDAY)
        wake = schedule.snooze(reminder, WEDNESDAY)
        assert wake == WEDNESDAY + timedelta(minutes=10)
        assert schedule.due(wake + late) == shown
        assert schedule.snoozed == []  # woken or dropped: gone either way


def test_asking_twice_in_the_same_moment_shows_nothing_twice():
    reminder = Reminder(time(7, 0, 30))
    schedule = Schedule([reminder])
    schedule.due(WEDNESDAY)
    moment = WEDNESDAY + timedelta(seconds=30)
    assert schedule.due(moment) == [reminder]
    assert schedule.due(moment) == []  # the same moment again: not "the clock went back"


def test_a_reminder_falls_on_each_of_its_days_in_turn():
    weekdays = Reminder(time(9, 0), frozenset(range(5)))
    friday = datetime(2026, 11, 27, 10, 0, tzinfo=TZ)
    assert weekdays.occurrences(friday, friday + timedelta(days=4)) == [
        datetime(2026, 11, 30, 9, 0, tzinfo=TZ), datetime(2026, 12, 1, 9, 0, tzinfo=TZ)]
    sundays = Reminder(time(9, 0), frozenset({6}))
    assert Schedule([sundays]).next_reminder(friday)[0] == datetime(2026, 11, 29, 9, 0, tzinfo=TZ)
    monday = datetime(2026, 11, 30, 9, 0, tzinfo=TZ)  # just past it: the next is 6 days on
    assert Schedule([sundays]).next_reminder(monday)[0] == datetime(2026, 12, 6, 9, 0, tzinfo=TZ)


def test_bad_reminder_text_is_quoted_in_the_error():
    with pytest.raises(ValueError) as raised:
        Reminder.from_text("8 o'clock")
    assert str(raised.value) == "not a reminder: \"8 o'clock\""
    with pytest.raises(ValueError) as raised:
        Reminder.from_text("08:00 Mon,Funday box")
    assert str(raised.value) == "unknown day in '08:00 Mon,Funday box'"


def test_the_time_until_the_next_reminder_is_exact_to_the_ms():
    from datetime import datetime, time, timedelta, timezone

    from relaxapp.core.reminders import Reminder, Schedule

    zone = timezone(timedelta(hours=1))
    schedule = Schedule([Reminder(time(8, 0))])
    now = datetime(2026, 11, 25, 7, 59, 50, 250_000, tzinfo=zone)
    assert schedule.ms_until_next(now) == 9_750
    assert Schedule([]).ms_until_next(now) is None
