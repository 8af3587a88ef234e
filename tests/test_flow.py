"""The session flow without Qt: choose, start, finish or stop, rate, save."""

from __future__ import annotations

from datetime import datetime

import pytest

from relaxapp import resources
from relaxapp.core.clock import FakeClock
from relaxapp.core.library import load_library
from relaxapp.core.records import AfterRating, PracticeElsewhere, Status
from relaxapp.flow import AfterPrompt, SessionFlow
from relaxapp.storage.errors import StoreError
from relaxapp.storage.log import Store

LIBRARY = load_library(resources.sessions_dir(), None)


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "relaxapp.db") as opened:
        yield opened


def run_to_end(flow: SessionFlow, clock: FakeClock) -> Status:
    practice = flow.practice
    practice.start(tension_before=flow.tension_before)
    clock.advance(practice.run.timeline.total_ms)
    practice.state()  # the end is noticed on the next frame
    return practice.ended


def test_a_session_from_its_start_screen_to_its_row_in_the_log(store):
    clock = FakeClock()
    flow = SessionFlow(clock, store)
    assert flow.start(7) is None  # nothing chosen yet
    flow.choose(LIBRARY.get("box-breathing"))
    flow.start(7)
    assert not flow.running
    status = run_to_end(flow, clock)
    assert status == Status.COMPLETED and not flow.running
    prompt = flow.after(status)
    minutes = flow.practice.run.timeline.total_ms // 1000 / 60
    planned = LIBRARY.get("box-breathing").script.planned_ms / 60_000
    assert prompt == AfterPrompt("Box breathing, 4-4-4-4", Status.COMPLETED, 7, minutes, (),
                                 planned_minutes=planned, reached_end=True)
    assert prompt.heading() == "Well done."
    said = flow.save_after(AfterRating(tension_after=4, regions_after={"neck": 5},
                                       symptoms=("twitching",), note="calmer"))
    assert said == "Saved. Tension 7 → 4."
    [record] = store.sessions()
    assert (record.status, record.tension_before, record.tension_after, record.note) == \
        ("completed", 7, 4, "calmer")
    assert record.regions == {"after": {"neck": 5}} and record.symptoms == ["twitching"]


def test_a_stopped_session_is_kept_as_stopped_and_rated_without_a_before(store):
    clock = FakeClock()
    flow = SessionFlow(clock, store)
    flow.choose(LIBRARY.get("pmr-4-groups"))
    practice = flow.start(None)
    practice.start()
    clock.advance(90_000)
    assert flow.running
    practice.stop()
    prompt = flow.after(practice.ended)
    assert prompt.status == Status.STOPPED and prompt.minutes == 1.5
    assert flow.save_after(AfterRating(tension_after=3)) == "Saved."
    assert store.sessions()[0].status == "stopped"


def test_a_pace_finding_session_asks_which_pace_was_easiest():
    clock = FakeClock()
    flow = SessionFlow(clock)
    flow.choose(LIBRARY.get("resonance-finder"))
    run_to_end(flow, clock) if flow.start(None) else None
    paces = flow.after(Status.COMPLETED).paces
    assert len(paces) >= 3 and len(set(paces)) == len(paces)


def test_what_the_log_refuses_is_raised_and_nothing_is_saved(store):
    clock = FakeClock()
    flow = SessionFlow(clock, store)
    flow.choose(LIBRARY.get("box-breathing"))
    run_to_end(flow, clock) if flow.start(5) else None
    with pytest.raises(ValueError):
        flow.save_after(AfterRating(tension_after=11))
    assert store.sessions()[0].tension_after is None


def test_practice_done_elsewhere_is_logged(store):
    flow = SessionFlow(FakeClock(), store)
    record = flow.log_elsewhere(PracticeElsewhere("Yoga", 20, tension_before=6, tension_after=3))
    assert (record.title, record.practiced_seconds, record.status) == ("Yoga", 1200, "completed")
    with pytest.raises(ValueError):
        flow.log_elsewhere(PracticeElsewhere("", 20))
    assert len(store.sessions()) == 1


def test_without_the_log_nothing_is_called_saved_and_the_answers_wait_for_it(tmp_path):
    clock = FakeClock()
    flow = SessionFlow(clock, None)  # "Continue without saving": no log open
    flow.choose(LIBRARY.get("box-breathing"))
    run_to_end(flow, clock) if flow.start(8) else None
    flow.after(Status.COMPLETED)
    with pytest.raises(StoreError, match="not open"):
        flow.save_after(AfterRating(tension_after=4, note="calmer"))
    assert flow.unsaved is not None
    with Store(tmp_path / "relaxapp.db") as store:  # the log is back
        flow.store = store
        assert flow.save_unsaved() == "Saved. Tension 8 → 4."
        [record] = store.sessions()
        practice = flow.practice
        assert (record.status, record.practiced_seconds, record.note) == \
            ("completed", practice.practiced_seconds, "calmer")
        # when it began, not when the log came back
        assert datetime.fromisoformat(record.started_at) == \
            practice.started_at.replace(microsecond=0)
    assert flow.unsaved is None


def test_a_log_that_refused_the_session_as_it_ran_takes_it_with_the_answers(tmp_path):
    clock = FakeClock()
    path = tmp_path / "relaxapp.db"
    locked = Store(path)
    locked.close()  # as if locked by another program or on a full disk: every write fails
    errors = []
    flow = SessionFlow(clock, locked, on_store_error=errors.append)
    flow.choose(LIBRARY.get("box-breathing"))
    run_to_end(flow, clock) if flow.start(6) else None
    assert errors and flow.practice.uid is None
    flow.after(Status.COMPLETED)
    assert flow.unsaved is not None  # kept even before any answer
    with pytest.raises(StoreError):
        flow.save_after(AfterRating(tension_after=2))
    with Store(path) as store:
        flow.store = store
        assert flow.save_unsaved() == "Saved. Tension 6 → 2."
        [record] = store.sessions()
        assert (record.status, record.tension_before, record.tension_after) == \
            ("completed", 6, 2)


def test_an_end_the_log_missed_is_written_with_the_answers(tmp_path):
    clock = FakeClock()
    path = tmp_path / "relaxapp.db"
    store = Store(path)
    flow = SessionFlow(clock, store)
    flow.choose(LIBRARY.get("box-breathing"))
    practice = flow.start(5)
    practice.start(tension_before=5)
    clock.advance(60_000)
    store.close()  # the log goes before the end is written
    practice.stop()
    flow.after(practice.ended)
    with Store(path) as reopened:
        assert reopened.sessions()[0].status == "interrupted"
        flow.store = reopened
        flow.save_after(AfterRating(tension_after=3))
        [record] = reopened.sessions()
        assert (record.status, record.practiced_seconds, record.tension_after) == \
            ("stopped", 60, 3)


HEART = {"beats": 300, "mean_bpm": 64.0, "rmssd_ms": 40.0, "swing_bpm": 9.5,
         "corrected_share": 0.0, "resonance_bpm": None}


def test_what_a_heart_rate_strap_measured_is_kept_with_its_session(store):
    clock = FakeClock()
    flow = SessionFlow(clock, store)
    flow.choose(LIBRARY.get("box-breathing"))
    run_to_end(flow, clock) if flow.start(6) else None
    flow.after(Status.COMPLETED)
    flow.keep_heart(HEART)
    assert store.session(flow.practice.uid).heart == HEART  # at once, before any answer


def test_a_heart_summary_the_log_did_not_take_is_saved_with_the_answers(tmp_path):
    clock = FakeClock()
    path = tmp_path / "relaxapp.db"
    locked = Store(path)
    locked.close()  # every write fails
    flow = SessionFlow(clock, locked, on_store_error=lambda error: None)
    flow.choose(LIBRARY.get("box-breathing"))
    run_to_end(flow, clock) if flow.start(6) else None
    flow.after(Status.COMPLETED)
    flow.keep_heart(HEART)  # not taken: kept with the session
    with Store(path) as store:
        flow.store = store
        assert flow.save_unsaved() == "Saved."
        [record] = store.sessions()
        assert record.heart == HEART
