"""What the home page asks of the log: sessions done to their end, the last change."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from relaxapp.storage import history
from relaxapp.storage.log import Store

START = datetime(2026, 11, 20, 8, 30, tzinfo=timezone.utc).astimezone()


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "relaxapp.db") as opened:
        yield opened


def session(store, session_id, status, hours=0, before=None, after=None):
    uid = store.begin_session(session_id=session_id, title=session_id, kind="breathing",
                              planned_seconds=120, started_at=START + timedelta(hours=hours),
                              tension_before=before)
    if status != "interrupted":
        store.end_session(uid, status=status, practiced_seconds=120)
    if after is not None:
        store.rate_after(uid, tension_after=after)
    return uid


def test_only_sessions_done_to_their_end_count_as_tried(store):
    assert history.completed_by_session(store) == {}
    session(store, "first-breaths", "completed")
    session(store, "first-breaths", "completed", hours=1)
    session(store, "box-breathing", "stopped", hours=2)
    session(store, "cyclic-sighing", "interrupted", hours=3)
    store.log_practice(activity="a walk", minutes=20, at=START)
    assert history.completed_by_session(store) == {"first-breaths": 2}


def test_the_last_change_is_the_latest_session_rated_both_times(store):
    assert history.last_change(store) is None
    session(store, "first-breaths", "completed", hours=0, before=7, after=4)
    session(store, "box-breathing", "completed", hours=5, before=6, after=2)
    session(store, "cyclic-sighing", "completed", hours=9, before=5)  # no after: not a change
    session(store, "resonance-6", "completed", hours=-3, before=8, after=8)  # earlier
    assert history.last_change(store) == (6, 2)


def test_the_latest_red_flags_are_found_by_when_they_were_logged_not_by_order(store):
    assert history.latest_red_flags(store) is None
    cramps = session(store, "first-breaths", "completed", hours=5)
    store.rate_after(cramps, symptoms=("cramps",))
    assert history.latest_red_flags(store) is None  # common symptoms are no red flag
    late = session(store, "first-breaths", "completed", hours=3)
    store.rate_after(late, symptoms=("weakness", "chest_pain", "twitching"))
    early = session(store, "first-breaths", "completed", hours=1)  # logged after, began before
    store.rate_after(early, symptoms=("numbness",))
    uid, when, codes = history.latest_red_flags(store)
    assert (uid, codes) == (late, ["chest_pain", "weakness"])  # the most urgent first
    assert when == START + timedelta(hours=3)
