"""A practice session on a fake clock, recorded in a real log."""

from __future__ import annotations

import json

import pytest

from relaxapp.core.clock import FakeClock
from relaxapp.core.scripts import parse_script
from relaxapp.practice import Practice
from relaxapp.storage.database import StoreError
from relaxapp.storage.log import Store
from tests.conftest import minimal_script


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "relaxapp.db") as opened:
        yield opened


def practice(store, clock):
    script = parse_script(json.dumps(minimal_script()), "t.json")  # 5 s say + 3 x 10 s breaths
    return Practice(script, clock, store)


def test_session_is_logged_from_start_to_finish(store):
    clock = FakeClock()
    session = practice(store, clock)
    session.start(tension_before=6, regions_before={"neck": 7})
    record = store.session(session.uid)
    assert (record.status, record.practiced_seconds, record.tension_before) == ("interrupted", 0, 6)
    assert record.pace == 6.0 and record.planned_seconds == 35
    saved_at = []
    for _ in range(12 * 60):  # 12 s of frames, saving when due as the player does
        clock.advance(16)
        state = session.state()
        if session.progress_due(state):
            saved_at.append(state.elapsed_ms)
            session.save_progress()
    assert saved_at == [10_000]  # once, as soon as 10 s have passed
    assert session.progress_written(timeout_s=30)  # (from a thread of its own)
    assert store.session(session.uid).practiced_seconds == 10  # saved as it runs
    while not session.state().finished:
        clock.advance(16)
    record = store.session(session.uid)
    assert (record.status, record.practiced_seconds) == ("completed", 35)
    assert session.ended == "completed"
    clock.advance(5_000)
    session.stop()  # too late to stop: it stays completed
    assert store.session(session.uid).status == "completed"


def test_stopping_early_keeps_the_time_done(store):
    clock = FakeClock()
    session = practice(store, clock)
    session.start()
    clock.advance(8_000)
    session.toggle_pause()
    assert session.progress_written(timeout_s=30)
    assert store.session(session.uid).practiced_seconds == 8  # a pause saves
    clock.advance(60_000)
    session.toggle_pause()
    clock.advance(4_000)
    session.stop()
    record = store.session(session.uid)
    assert (record.status, record.practiced_seconds) == ("stopped", 12)


def test_pace_changes_only_on_breathing_and_is_logged(store):
    clock = FakeClock()
    session = practice(store, clock)
    session.start()
    assert session.change_pace(+1) is None  # the say step has no pace
    clock.advance(6_000)
    assert session.change_pace(-2) == pytest.approx(5.5)
    assert session.change_pace(-100) == pytest.approx(60 / 40)  # bounded: 4x as slow at most
    assert session.change_pace(+1000) == pytest.approx(24.0)
    session.change_pace(-(24 - 6) * 4)
    session.stop()
    assert store.session(session.uid).pace == pytest.approx(6.0)


def test_skipping_through_a_session_is_not_completing_it(store):
    clock = FakeClock()
    session = practice(store, clock)
    session.start()
    clock.advance(3_000)
    session.skip()
    session.skip()
    assert session.state().finished
    record = store.session(session.uid)
    assert (record.status, record.practiced_seconds) == ("stopped", 3)  # skipped is not practised


def test_skipping_a_little_and_doing_the_rest_completes(store):
    clock = FakeClock()
    session = practice(store, clock)
    session.start()
    session.skip()  # the 5 s introduction
    clock.advance(30_000)  # all three breaths
    assert session.state().finished
    record = store.session(session.uid)
    assert (record.status, record.practiced_seconds) == ("completed", 30)


def test_a_failing_log_never_stops_the_practice(store):
    clock = FakeClock()
    errors = []
    session = Practice(practice(store, clock).script, clock, store, on_store_error=errors.append)
    store.close()  # the database goes away under the session
    session.start()
    clock.advance(40_000)
    assert session.state().finished
    assert errors and all(isinstance(error, StoreError) for error in errors)


def test_without_a_log_the_practice_still_runs():
    clock = FakeClock()
    session = Practice(parse_script(json.dumps(minimal_script()), "t.json"), clock, None)
    session.start()
    clock.advance(40_000)
    assert session.state().finished and session.uid is None


def test_a_start_the_log_refused_while_busy_is_written_at_the_next_save(tmp_path):
    """Another program held the log as the session began: its row is written with the next
    progress save, with the moment it began, not lost for the rest of the session."""
    import sqlite3

    from relaxapp.storage.database import WINDOW_BUSY_TIMEOUT_MS
    from relaxapp.storage.errors import LogBusy

    path = tmp_path / "relaxapp.db"
    clock = FakeClock()
    errors = []
    with Store(path, busy_timeout_ms=WINDOW_BUSY_TIMEOUT_MS) as store:
        holder = sqlite3.connect(path, isolation_level=None)
        holder.execute("BEGIN EXCLUSIVE")  # a backup or sync tool, mid-write
        session = Practice(practice(store, clock).script, clock, store,
                           on_store_error=errors.append)
        session.start(tension_before=7)
        assert session.uid is None and isinstance(errors[0], LogBusy)
        clock.advance(12_000)
        session.save_progress()  # still held: kept, not lost
        assert session.uid is None and len(errors) == 2
        holder.execute("ROLLBACK")
        clock.advance(5_000)
        session.save_progress()
        record = store.session(session.uid)
        assert (record.status, record.tension_before) == ("interrupted", 7)
        assert record.started_at.startswith(session.started_at.isoformat()[:19])
        clock.advance(30_000)
        assert session.state().finished and store.session(session.uid).status == "completed"
        holder.close()


def test_progress_waits_for_a_moment_with_no_sound_due_but_never_past_fourteen_seconds(store):
    """A write held the window up to a second on a busy machine: it is not made just before
    a chime or a line, which would then be late; but the spec allows no more than 15 s."""
    from relaxapp.practice import PROGRESS_LATEST_MS, QUIET_FOR_SAVE_MS

    clock = FakeClock()
    session = practice(store, clock)
    session.start(tension_before=6)
    clock.advance(10_000)
    state = session.state()
    assert not session.progress_due(state, next_sound_in_ms=QUIET_FOR_SAVE_MS)  # one is near
    assert session.progress_due(state, next_sound_in_ms=QUIET_FOR_SAVE_MS + 1)
    assert session.progress_due(state, next_sound_in_ms=None)  # none to come
    clock.advance(PROGRESS_LATEST_MS - 10_000)
    assert session.progress_due(session.state(), next_sound_in_ms=0)  # due now, whatever


def test_a_progress_write_never_holds_the_caller_while_the_log_is_held(tmp_path):
    """A slow or held disk once froze the window for seconds at each progress save: the
    save now returns while another program still holds the log, and is written once it
    lets go."""
    import sqlite3

    path = tmp_path / "relaxapp.db"
    clock = FakeClock()
    errors = []
    with Store(path) as store:
        session = Practice(practice(store, clock).script, clock, store,
                           on_store_error=errors.append)
        session.start()
        holder = sqlite3.connect(path, isolation_level=None)
        holder.execute("BEGIN EXCLUSIVE")  # a backup or sync tool, mid-write
        clock.advance(12_000)
        session.save_progress()  # handed over: the caller goes on
        assert holder.in_transaction and not session.progress_written(timeout_s=0)
        holder.execute("ROLLBACK")
        holder.close()
        assert session.progress_written(timeout_s=30)
        session.state()
        assert errors == [] and store.session(session.uid).practiced_seconds == 12


def test_a_progress_write_after_the_end_cannot_undo_it(store):
    """The writer is its own thread: a write arriving late leaves the end as written."""
    clock = FakeClock()
    session = practice(store, clock)
    session.start()
    clock.advance(5_000)
    uid = session.uid
    session.stop()
    store.update_progress(uid, 1)  # what a late write does
    record = store.session(uid)
    assert (record.status, record.practiced_seconds) == ("stopped", 5)


def test_the_progress_writer_says_what_it_could_not_write(tmp_path):
    """Reported on the caller's thread, at its next frame, never lost in the thread."""
    from relaxapp.storage.progress_writer import ProgressWriter

    (tmp_path / "relaxapp.db").write_bytes(b"not a database, but a note")
    writer = ProgressWriter(tmp_path / "relaxapp.db")
    writer.write("some-uid", 10, None)
    assert writer.wait(timeout_s=30)
    errors = writer.take_errors()
    assert len(errors) == 1 and "not a RelaxApp database" in errors[0].message
    assert writer.take_errors() == []
    writer.close()
