"""The report to bring to a doctor: the PDF's text is read back and checked against the log,
for an empty log, one session, three months and ten years; and the ways to make it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QPageSize

from relaxapp.core.report import DEFAULT_SECTIONS, FOOTER, SECTIONS, Period
from relaxapp.storage.log import SessionRecord, Store
from relaxapp.storage.report import gather
from relaxapp.drawing.report_pdf import pdf_bytes

pytestmark = pytest.mark.gui

TODAY = date(2026, 11, 26)
TZ = timezone(timedelta(hours=1))
A4 = QPageSize(QPageSize.PageSizeId.A4)


def record(day: date, before=None, after=None, minutes=10, title="Box breathing",
           kind="breathing", note=None, symptoms=(), regions=None, n=0) -> SessionRecord:
    when = datetime.combine(day, datetime.min.time(), tzinfo=TZ) + timedelta(hours=9 + n)
    return SessionRecord(uid=f"{day}-{n}-{title}", started_at=when.isoformat(), source="app",
                         title=title, session_id=title.lower().replace(" ", "-"), kind=kind,
                         status="completed", practiced_seconds=minutes * 60,
                         tension_before=before, tension_after=after, note=note,
                         symptoms=list(symptoms), regions={"after": regions} if regions else {})


def text_of(pdf: bytes, tmp_path: Path) -> tuple[str, int]:
    path = tmp_path / "read.pdf"
    path.write_bytes(pdf)
    reader = PdfReader(path)
    # Qt places each word on its own; rejoin them with single spaces.
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages), len(reader.pages)


@pytest.fixture
def store(tmp_path, qapp):  # Qt lays the text out: it needs an application
    with Store(tmp_path / "relaxapp.db") as opened:
        yield opened


def report(store, tmp_path, period, sections=DEFAULT_SECTIONS, name=""):
    pdf, pages = pdf_bytes(gather(store, period, TODAY, sections, name), A4)
    text, read_pages = text_of(pdf, tmp_path)
    assert pages == read_pages
    return text, pages


def three_months() -> list[SessionRecord]:
    """Tension falling from 7 → 5 to 4 → 2 over 13 weeks; a red flag twice."""
    records = []
    first = TODAY - timedelta(days=90)
    for offset in range(0, 91, 1):
        day = first + timedelta(days=offset)
        early = offset < 45
        records.append(record(day, 7 if early else 4, 5 if early else 2,
                              title="Box breathing" if offset % 3 else "Progressive relaxation",
                              kind="breathing" if offset % 3 else "pmr",
                              regions={"neck": 6, "jaw": 3} if offset % 2 else None,
                              note="Private words about work" if offset == 10 else None,
                              symptoms=("twitching",) if offset % 30 == 5 else ()))
    records[80].symptoms.append("weakness")
    records[85].symptoms.append("weakness")
    return records


def test_an_empty_log_makes_a_one_page_report_that_says_so(store, tmp_path):
    text, pages = report(store, tmp_path, Period.last_days(90, TODAY))
    assert pages == 1
    assert "Period: 29 August 2026 to 26 November 2026 (90 days)" in text
    assert "Made by RelaxApp on 26 November 2026" in text
    assert "No sessions were logged in this period." in text
    assert FOOTER in text and "Page 1 of 1" in text


def test_one_session_reports_its_figures_and_says_the_trend_needs_more(store, tmp_path):
    store.add_records([record(TODAY - timedelta(days=3), 6, 3, minutes=12,
                              symptoms=("cramps",))])
    text, pages = report(store, tmp_path, Period.last_days(14, TODAY))
    assert pages == 1
    assert "Sessions 1 " in text and "Time practised 12 min" in text
    assert "Days with practice 1 of 14" in text
    assert "Kinds of session Breathing: 1" in text
    assert "The ratings span 1 day" in text  # no first-against-last comparison from one day
    assert "after was 3.0 points lower than before, on average over 1 session" in text
    assert "No session was rated before and after 3 or more times" in text
    assert "Cramps 1 23 November 2026" in text
    assert "Red-flag symptoms Symptom" not in text  # no table of red flags
    assert "Red-flag symptoms logged: none." in text


def test_three_months_check_figures_and_dates_against_the_log(store, tmp_path):
    store.add_records(three_months())
    text, pages = report(store, tmp_path, Period.last_days(91, TODAY), name="Alex Example")
    assert 1 <= pages <= 3
    assert "Name: Alex Example" in text
    assert "Sessions 91 " in text and "Time practised 15 h 10 min" in text
    assert "Days with practice 91 of 91" in text
    assert "Longest run of days in a row in the period 91 days" in text
    assert "Breathing: 60 · Progressive muscle relaxation: 31" in text
    # The first two weeks (all 7 → 5) against the last two (all 4 → 2).
    assert re.search(r"Before sessions 7\.0 \(14\) 4\.0 \(14\) −3\.0", text)
    assert re.search(r"After sessions 5\.0 \(14\) 2\.0 \(14\) −3\.0", text)
    assert "First 2 weeks, 28 Aug 2026–10 Sep 2026" in text
    assert "Last 2 weeks, 13 Nov 2026–26 Nov 2026" in text
    # Relief by session: both have 3 or more sessions, both 2 points lower.
    assert "Box breathing 60 2.0 points lower" in text
    assert "Progressive relaxation 31 2.0 points lower" in text
    assert "Neck 6.0 45" in text and "Jaw 3.0 45" in text
    # Red flags first, plainly, with their dates; then the others.
    assert text.index("Red-flag symptoms") < text.index("Other symptoms")
    # ... and named at the top of page 1, before any figure, not only in the table on page 2
    top = "Red-flag symptoms logged: Muscle weakness (16 and 21 November 2026)."
    assert top in text and text.index(top) < text.index("Sessions 91 ")
    assert "most tense first" in text  # no ligatures: the PDF can be searched for "first"
    assert "Muscle weakness 2 16 and 21 November 2026" in text
    assert "Twitching 3 2 September 2026; 2 October 2026; 1 November 2026" in text
    assert "Private words" not in text and "My notes" not in text  # notes are private


def test_page_one_says_when_no_red_flag_was_logged(store, tmp_path):
    store.add_records([record(TODAY - timedelta(days=2), 6, 3, symptoms=("twitching",))])
    text, _ = report(store, tmp_path, Period.last_days(30, TODAY))
    assert "Red-flag symptoms logged: none." in text
    text, _ = report(store, tmp_path, Period.last_days(30, TODAY),
                     sections=DEFAULT_SECTIONS - {"symptoms"})
    assert "Red-flag symptoms logged" not in text  # left out with the symptoms, not "none"


def test_notes_are_printed_only_when_asked_for(store, tmp_path):
    store.add_records(three_months())
    text, _ = report(store, tmp_path, Period.last_days(91, TODAY), DEFAULT_SECTIONS | {"notes"})
    assert "My notes" in text
    assert "7 September 2026, Box breathing: Private words about work" in text


def test_sections_left_out_are_left_out(store, tmp_path):
    store.add_records(three_months())
    text, _ = report(store, tmp_path, Period.last_days(91, TODAY), frozenset({"symptoms"}))
    assert "Muscle weakness" in text
    for key in ("practice", "tension", "relief", "body", "notes"):
        assert SECTIONS[key] not in text


def test_ten_years_fit_in_three_pages_with_the_figures_of_the_log(store, tmp_path):
    first = date(2016, 11, 27)
    records = [record(first + timedelta(days=n), 6 + n % 3, 3 + n % 2, minutes=10,
                      symptoms=("twitching",) if n % 10 == 0 else ())
               for n in range(3652)]
    store.add_records(records)
    period = Period(first, TODAY)
    text, pages = report(store, tmp_path, period)
    assert 1 <= pages <= 3
    assert f"Sessions {len(records)} " in text
    assert f"Days with practice {len(records)} of {period.days}" in text
    assert "Twitching 366 on 366 days from 27 November 2016; the latest 24:" in text
    assert "(weekly mean)" in text  # ten years of days are shown as weeks


@pytest.mark.parametrize("locale, size", [("en_US", "Letter"), ("en_CA", "Letter"),
                                          ("en_GB", "A4"), ("de_DE", "A4")])
def test_the_paper_follows_where_the_person_lives(locale, size, qapp):
    from PySide6.QtCore import QLocale

    from relaxapp.drawing.report_pdf import page_size_for

    assert page_size_for(QLocale(locale)).id() == getattr(QPageSize.PageSizeId, size)


def cli(*args, data_dir: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY",
                                                            "QT_QPA_PLATFORM")}
    return subprocess.run([sys.executable, "-m", "relaxapp", "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, env=env, timeout=120)


def test_the_command_line_makes_the_same_report_without_a_display(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    with Store(data / "relaxapp.db") as store:
        store.add_records(three_months())
    out = tmp_path / "report.pdf"
    result = cli("report", "--days", "91", "--to", TODAY.isoformat(), "--paper", "a4",
                 "--name", "Alex Example", "-o", str(out), data_dir=data)
    assert result.returncode == 0, result.stderr
    assert f"Wrote {out}: 2 pages" in result.stderr
    text, pages = text_of(out.read_bytes(), tmp_path)
    assert "Sessions 91 " in text and "Name: Alex Example" in text and "Private words" not in text
    assert PdfReader(out).pages[0].mediabox.width == pytest.approx(595, abs=1)  # A4 in points


def test_the_command_line_says_what_is_wrong_and_leaves_no_file(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    result = cli("report", "-o", str(tmp_path / "missing" / "r.pdf"), data_dir=data)
    assert result.returncode == 1
    assert "cannot write" in result.stderr and "Traceback" not in result.stderr
    result = cli("report", "--from", "2026-05-01", "--to", "2026-01-01", "-o",
                 str(tmp_path / "r.pdf"), data_dir=data)
    assert result.returncode == 1
    assert "the period starts (1 May 2026) after it ends (1 January 2026)" in result.stderr
    result = cli("report", "--days", "30", "--from", "2026-01-01", "-o", str(tmp_path / "r.pdf"),
                 data_dir=data)
    assert result.returncode == 2 and "--days or --from, not both" in result.stderr
    assert not list(tmp_path.glob("*.pdf"))
    result = cli("report", "--days", "30", "-o", str(tmp_path / "r.pdf"), data_dir=data)
    assert result.returncode == 0
    assert "No sessions were logged from" in result.stderr  # a period with no data is named
    assert [p.name for p in tmp_path.iterdir() if p.is_file()] == ["r.pdf"]


# ------------------------------------------------------------------ in the window


def test_history_makes_a_report_of_the_range_it_shows(app, qtbot, tmp_path, monkeypatch):
    from relaxapp.ui.dialogs.report_dialog import ReportDialog

    app.store.add_records(three_months())
    app.window.wall_clock = lambda: datetime.combine(TODAY, datetime.min.time(), tzinfo=TZ)
    app.window.show_history()
    page = app.window.history_page
    page.today = lambda: TODAY
    page.set_range("2w")
    out = tmp_path / "mine"
    shown = []

    def save(dialog):
        shown.append(dialog.count.text())
        dialog.name.setText("Alex Example")
        assert dialog.save_to(out)
        return True

    monkeypatch.setattr(ReportDialog, "exec", save)
    qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
    assert shown == ["14 sessions from 13 November 2026 to 26 November 2026."]
    text, _ = text_of((tmp_path / "mine.pdf").read_bytes(), tmp_path)  # .pdf is added
    assert "Period: 13 November 2026 to 26 November 2026 (14 days)" in text
    assert "Name: Alex Example" in text
    assert "Report saved: mine.pdf" in app.window.statusBar().currentMessage()
    # The name is never stored, not even with the settings.
    assert not any("Alex" in p.read_text(errors="replace") for p in app.data_dir.rglob("*.json"))


def test_the_dialog_chooses_dates_and_explains_what_cannot_be_saved(app, tmp_path):
    from PySide6.QtCore import QDate

    from relaxapp.ui.dialogs.report_dialog import ReportDialog

    app.store.add_records(three_months())
    dialog = ReportDialog(app.store, TODAY)
    dialog.first.setDate(QDate(2026, 11, 1))
    dialog.last.setDate(QDate(2026, 11, 10))
    assert dialog.period() == Period(date(2026, 11, 1), date(2026, 11, 10))
    assert dialog.count.text() == "10 sessions from 1 November 2026 to 10 November 2026."
    dialog.first.setDate(QDate(2026, 11, 20))
    assert "starts (20 November 2026) after it ends" in dialog.count.text()
    assert not dialog.save_button.isEnabled()
    dialog.first.setDate(QDate(2020, 1, 1))
    dialog.last.setDate(QDate(2020, 2, 1))
    assert dialog.count.text().startswith("No sessions were logged from 1 January 2020")
    place = tmp_path / "place"
    place.mkdir()
    blocked = place / "not-a-folder"
    blocked.write_text("a file where a folder should be")
    assert not dialog.save_to(blocked / "report.pdf")
    assert not dialog.error.isHidden()
    assert dialog.error.text().startswith(f"The report was not saved to {blocked / 'report.pdf'}:")
    assert sorted(p.name for p in place.iterdir()) == ["not-a-folder"]


def test_the_dates_stand_beside_their_choice(app, qtbot):
    """"From … to …" and its two dates on one row: the dates once slipped to a row below."""
    from PySide6.QtCore import QPoint

    from relaxapp.ui.dialogs.report_dialog import CUSTOM, ReportDialog

    dialog = ReportDialog(app.store, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    [custom] = [choice for choice in dialog.ranges.buttons() if choice.property("range") == CUSTOM]
    middle = lambda widget: widget.mapTo(dialog, QPoint(0, widget.height() // 2)).y()  # noqa: E731
    assert abs(middle(dialog.first) - middle(custom)) < custom.height() // 2
    dialog.close()


def test_the_dialog_prints_through_the_same_pages(app, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from relaxapp.ui.dialogs.report_dialog import ReportDialog

    app.store.add_records(three_months())
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    dialog = ReportDialog(app.store, TODAY)
    assert dialog.print_to(printer)
    text, _ = text_of((tmp_path / "printed.pdf").read_bytes(), tmp_path)
    assert "Muscle weakness 2 16 and 21 November 2026" in text


def test_a_red_flag_on_the_after_page_offers_the_report_with_it_saved(app, qtbot, monkeypatch):
    from relaxapp.ui.dialogs.report_dialog import ReportDialog
    from tests.ui.test_safety_and_guidance import after_a_stopped_session

    after = after_a_stopped_session(app, qtbot)
    after.symptom_boxes["cramps"].setChecked(True)
    assert after.report_link.isHidden()  # common symptoms: no report offered
    after.symptom_boxes["spasms_one_side"].setChecked(True)
    assert after.report_link.isVisible()
    counts = []
    monkeypatch.setattr(ReportDialog, "exec", lambda dialog: counts.append(dialog.count.text()))
    qtbot.mouseClick(after.report_link, Qt.MouseButton.LeftButton)
    assert counts and counts[0].startswith("1 session from")
    # The symptom is in the log before the report is made, so the report holds it.
    assert app.store.sessions()[-1].symptoms == ["cramps", "spasms_one_side"]
    after.symptom_boxes["spasms_one_side"].setChecked(False)
    assert after.report_link.isHidden()


def streaky_log() -> list[SessionRecord]:
    """An 18-day run 200 days back, a 9-day run ending 10 days back, the last 3 days."""
    days = [TODAY - timedelta(days=200 - i) for i in range(18)]
    days += [TODAY - timedelta(days=18 - i) for i in range(9)]
    days += [TODAY - timedelta(days=i) for i in range(3)]
    return [record(day, 6, 4) for day in days]


def test_the_history_the_report_and_stats_count_streaks_alike(app, tmp_path, capsys):
    from relaxapp import cli
    from relaxapp.core.history import RANGES

    assert cli.REPORT_DAYS == RANGES["3m"]  # `report` by default is History's 3 months
    app.store.add_records(streaky_log())
    app.window.show_history()
    page = app.window.history_page
    page.today = lambda: TODAY
    page.refresh()
    page.set_range("3m")
    assert "current streak 3 days (longest in the last 3 months: 9 days)" in page.summary.text()
    page.set_range("all")
    assert "(longest ever: 18 days)" in page.summary.text()

    text, _ = report(app.store, tmp_path, Period.last_days(RANGES["3m"], TODAY))
    assert "Longest run of days in a row in the period 9 days" in text
    assert "Days in a row at the end of the period 3 days" in text

    now = datetime.combine(TODAY, datetime.min.time(), tzinfo=TZ) + timedelta(hours=20)
    assert cli.main(["--data-dir", str(app.data_dir), "stats", "--days", "91"],
                    now=lambda: now) == 0
    assert "Current streak:    3 days (longest in the last 91 days: 9 days)" in \
        capsys.readouterr().out
    assert cli.main(["--data-dir", str(app.data_dir), "stats", "--days", "2"],
                    now=lambda: now) == 0
    # the current run began before the range: it is still counted whole
    assert "Current streak:    3 days (longest in the last 2 days: 2 days)" in \
        capsys.readouterr().out
