"""Read models: what a page shows, read from the log into typed values, without Qt."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from relaxapp.storage.log import SessionRecord, Store
from relaxapp.views.today import NOT_OPEN, TodayFigures, read_today

TZ = timezone(timedelta(hours=1))


def test_today_with_no_log_open_says_nothing_rather_than_zero():
    assert read_today(None) is NOT_OPEN and NOT_OPEN.days is None


def test_today_reads_the_days_what_was_tried_the_last_change_and_red_flags(tmp_path):
    when = datetime(2026, 11, 30, 9, 0, tzinfo=TZ)
    with Store(tmp_path / "log.db") as store:
        assert read_today(store) == TodayFigures(days=[])
        store.add_records([
            SessionRecord(uid="a", started_at=when.isoformat(), source="app",
                          title="Box breathing", session_id="box-breathing", kind="breathing",
                          status="completed", practiced_seconds=300, tension_before=7,
                          tension_after=4),
            SessionRecord(uid="b", started_at=(when + timedelta(days=1)).isoformat(),
                          source="app", title="Box breathing", session_id="box-breathing",
                          kind="breathing", status="completed", practiced_seconds=300,
                          tension_before=6, tension_after=5, symptoms=["coordination"])])
        figures = read_today(store)
    assert [day.day.isoformat() for day in figures.days] == ["2026-11-30", "2026-12-01"]
    assert figures.tried == {"box-breathing": 2}
    assert figures.practised["box-breathing"].days == 2
    assert figures.last_change == (6, 5)
    uid, _, codes = figures.red_flags
    assert uid == "b" and codes == ["coordination"]

