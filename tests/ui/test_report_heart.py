"""The report's heart-rate section, read back from the PDF: there only for a log a sensor
measured, with the log's figures and their counts, and offered in the dialog only then."""

from __future__ import annotations

from datetime import timedelta

import pytest

from relaxapp.core.report import DEFAULT_SECTIONS, SECTIONS, Period
from tests.ui.test_report import TODAY, record, report, store, three_months  # noqa: F401

pytestmark = pytest.mark.gui

HEADING = SECTIONS["heart"]


def measured(days_ago: int, swing, bpm=66.0, rmssd=40.0, resonance=None, n=0):
    made = record(TODAY - timedelta(days=days_ago), 6, 3, n=n)
    made.heart = {"beats": 600, "mean_bpm": bpm, "rmssd_ms": rmssd, "swing_bpm": swing,
                  "corrected_share": 0.02, "resonance_bpm": resonance}
    return made


def test_a_log_no_sensor_measured_has_no_heart_section(store, tmp_path):
    store.add_records(three_months())
    assert "heart" in DEFAULT_SECTIONS
    text, _ = report(store, tmp_path, Period.last_days(91, TODAY))
    assert HEADING not in text and "heart" not in text.lower()


def test_the_figures_are_the_logs_with_their_counts(store, tmp_path):
    # Five weeks: the first two weeks' rises and falls (6, 8) against the last two's (10, 12).
    store.add_records([record(TODAY - timedelta(days=40), 7, 5),
                       measured(34, 6.0, 72, 30), measured(30, 8.0, 70, 34),
                       measured(20, None, 68, 40),
                       measured(10, 10.0, 64, 44, resonance=5.5), measured(2, 12.0, 62, 52)])
    text, _ = report(store, tmp_path, Period.last_days(91, TODAY))
    assert HEADING in text
    assert "Sessions measured 5 sessions, 23 Oct 2026 to 24 Nov 2026" in text
    assert "Heart rate, mean of the sessions 67 beats a minute" in text
    assert "Rise and fall with the breath, mean 9.0 beats a minute (4 sessions with paced " \
        "breathing)" in text
    assert "Rise and fall, first and last 2 weeks 7.0 beats a minute (2 sessions), then " \
        "11.0 (2 sessions)" in text
    assert "(RMSSD), mean 40 ms" in text
    assert "Resonance pace measured, latest 5.5 breaths a minute, 16 Nov 2026" in text
    assert "Intervals corrected as artefacts, mean 2.0 %" in text
    assert "Lehrer, Vaschillo & Vaschillo 2000" in text  # where the resonance pace comes from
    left_out, _ = report(store, tmp_path, Period.last_days(91, TODAY),
                         DEFAULT_SECTIONS - {"heart"})
    assert HEADING not in left_out


def test_a_period_the_sensor_did_not_measure_says_so(store, tmp_path):
    store.add_records([measured(60, 9.0), record(TODAY - timedelta(days=3), 6, 4)])
    text, _ = report(store, tmp_path, Period.last_days(14, TODAY))
    assert f"{HEADING} No session in this period was measured with a heart-rate sensor." in text


def test_the_dialog_offers_the_heart_once_a_sensor_measured(app):
    from relaxapp.ui.dialogs.report_dialog import ReportDialog

    app.store.add_records(three_months())
    dialog = ReportDialog(app.store, TODAY)
    assert dialog.sections["heart"].isHidden()
    app.store.add_records([measured(1, 9.0, n=5)])
    dialog = ReportDialog(app.store, TODAY)
    assert not dialog.sections["heart"].isHidden() and dialog.sections["heart"].isChecked()
