"""The history's Heart tab: there only once a sensor measured a session, drawing what the log
holds, and saying in words what its chart shows."""

from __future__ import annotations

import csv

import pytest

from relaxapp.core.history import noon
from tests.ui.test_history import TODAY, history, record, xy  # noqa: F401 (a fixture)

pytestmark = pytest.mark.gui


def measured(days_ago, swing, bpm=66.0, rmssd=40.0, resonance=None, **rating):
    made = record(days_ago, **rating)
    made.heart = {"beats": 600, "mean_bpm": bpm, "rmssd_ms": rmssd, "swing_bpm": swing,
                  "corrected_share": 0.01, "resonance_bpm": resonance}
    return made


def heart_tab_shown(page) -> bool:
    from relaxapp.ui.pages.history_page import TAB_IDS

    return page.tabs.isTabVisible(TAB_IDS.index("heart"))


def test_no_sensor_no_heart_tab(history):
    page = history([record(1, 6, 4), record(0, 7, 3)])
    assert not heart_tab_shown(page)


def test_each_session_its_rise_and_fall_the_average_and_the_words(history, tmp_path):
    page = history([record(3, 6, 4), measured(2, 8.0, 70, 30), measured(1, None, 64, 50),
                    measured(0, 12.0, 62, 40, resonance=5.5), record(200, 5, 3)])
    assert heart_tab_shown(page)
    page.set_range("3m")
    page.tabs.setCurrentIndex(page.tabs.indexOf(page.heart.widget))
    assert page.current_tab() == "heart"
    drawn = xy(page.heart.points)  # the session without paced breathing has no point
    assert [y for _, y in drawn] == [8.0, 12.0]
    assert drawn[-1][0] == pytest.approx(noon(TODAY) - 3 * 3600, abs=3600)  # 09:00 +01:00
    assert [round(y, 2) for _, y in xy(page.heart.trend)] == [8.0, 10.0]
    words = page.heart.words.text()
    assert "3 sessions measured with a heart-rate sensor" in words
    assert ("your heart rate rose and fell by 10.0 beats a minute on average (2 sessions with "
            "paced breathing)") in words
    assert "Average heart rate: 65 beats a minute" in words and "(RMSSD): 40 ms" in words
    assert "The resonance finder last measured 5.5 breaths a minute" in words
    assert page.heart.tip(0, 0, page.heart.points.data["data"][-1]).endswith(
        "Rose and fell by 12.0 · heart rate 62 · RMSSD 40 ms")
    page.export_csv(tmp_path / "heart.csv")
    rows = list(csv.reader((tmp_path / "heart.csv").read_text().splitlines()))
    assert rows[0][:3] == ["started_at", "title", "beats"] and len(rows) == 4
    assert rows[1][0] == "2026-11-23T09:00:00+01:00"
    assert [row[5] for row in rows[1:]] == ["8.0", "", "12.0"]


def test_a_range_the_sensor_did_not_measure_says_so(history):
    page = history([measured(40, 9.0), record(1, 6, 4)])
    page.set_range("2w")
    page.tabs.setCurrentIndex(page.tabs.indexOf(page.heart.widget))
    assert xy(page.heart.points) == []
    assert "No session in this range was measured with a heart-rate sensor." in \
        page.heart.words.text()
