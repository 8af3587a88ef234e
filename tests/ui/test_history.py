"""The history view on generated data: what is drawn, not just that it draws."""

from __future__ import annotations

import csv
import re
from datetime import date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt

from relaxapp.core.history import noon
from relaxapp.storage.log import SessionRecord

pytestmark = pytest.mark.gui

TODAY = date(2026, 11, 25)
TZ = timezone(timedelta(hours=1))


def record(days_ago: int, before=None, after=None, minutes=10, title="Box breathing",
           sid="box-breathing", hour=9, regions=None, symptoms=()):
    when = datetime.combine(TODAY - timedelta(days=days_ago), datetime.min.time(), tzinfo=TZ)
    when += timedelta(hours=hour)
    return SessionRecord(uid=f"{days_ago}-{hour}-{title}", started_at=when.isoformat(), source="app",
                         title=title, session_id=sid, kind="breathing", status="completed",
                         practiced_seconds=minutes * 60, tension_before=before, tension_after=after,
                         regions={"after": regions} if regions else {}, symptoms=list(symptoms))


@pytest.fixture
def history(app, qtbot):
    def open_with(records):
        app.store.add_records(records)
        app.window.show_history()
        page = app.window.history_page
        page.today = lambda: TODAY
        page.refresh()
        return page
    return open_with


def xy(item):
    x, y = item.getData() if hasattr(item, "getData") else (item.data["x"], item.data["y"])
    return list(zip(x.tolist(), y.tolist()))


def test_tension_points_trend_and_axis(history):
    page = history([record(2, 8, 5), record(1, 6, 3), record(1, 7, None, hour=18), record(0, 5, 2),
                    record(200, 9, 8)])
    assert page.range_id == "1y"  # the range fits the log at first
    page.set_range("3m")
    before = sorted(y for _, y in xy(page.tension.before_points))
    after = sorted(y for _, y in xy(page.tension.after_points))
    assert before == [5, 6, 7, 8] and after == [2, 3, 5]  # the 200-day-old one is out of range
    trend = xy(page.tension.before_trend)
    assert [round(y, 3) for _, y in trend] == [8.0, 7.0, 6.5]  # 7-day means, every rating counted
    assert trend[-1][0] == noon(TODAY)
    low, high = page.tension.chart.viewRange()[0]
    start = noon(TODAY - timedelta(days=90)) - 43_200
    assert low <= start < low + 3 * 86_400 and high >= noon(TODAY)
    assert page.summary.text().startswith("4 sessions · 40 min practised · 3 days with practice")
    assert "current streak 3 days (longest in the last 3 months: 3 days)" in page.summary.text()
    tip = page.tension.tip(0, 0, page.tension.before_points.data["data"][0])  # written when hovered
    assert "Box breathing" in tip and "Before 8 · After 5" in tip

    page.set_range("all")
    assert len(xy(page.tension.before_points)) == 5
    assert "No practice between" in page.message.text()  # the 200-day pause is named
    page.set_range("2w")
    assert page.tension.chart.viewRange()[0][0] >= noon(TODAY - timedelta(days=14)) - 2 * 86_400


def test_relief_ranks_only_with_enough_sessions(history, qtbot):
    records = [record(d, 7, 3) for d in range(3)]  # box: 4 points, 3 sessions
    records += [record(d, 8, 7, title="Cyclic sighing", sid="cyclic-sighing", hour=12) for d in range(4)]
    records += [record(0, 9, 1, title="Neck, shoulders and jaw", sid="neck", hour=20)]  # once
    page = history(records)
    page.tabs.setCurrentIndex(1)
    assert [(r.title, r.sessions, r.ranked) for r in page.relief.ranking_rows] == [
        ("Box breathing", 3, True), ("Cyclic sighing", 4, True), ("Neck, shoulders and jaw", 1, False)]
    text = page.relief.ranking.text()
    assert "1. Box breathing: <b>4.0</b> points lower (3 sessions)" in text
    assert "Neck, shoulders and jaw: 8.0 points (1 session; too few to rank" in text
    assert sorted(y for _, y in xy(page.relief.points)) == [1, 1, 1, 1, 4, 4, 4, 8]


def test_practice_bars_by_day_and_by_week(history):
    page = history([record(0, minutes=10), record(0, minutes=5, hour=20), record(3, minutes=30)])
    page.tabs.setCurrentIndex(2)
    bars = page.practice.bars.opts
    assert sorted(bars["height"].tolist()) == [15.0, 30.0]
    assert page.practice.chart.getAxis("left").labelText == "Minutes a day"
    page.set_range("1y")
    assert page.practice.chart.getAxis("left").labelText == "Minutes a week"
    assert sum(page.practice.bars.opts["height"].tolist()) == 45.0


def test_body_map_is_coloured_by_average_region_tension(history, qtbot):
    page = history([record(0, 6, 4, regions={"neck": 8, "jaw": 3}), record(1, 6, 4, regions={"neck": 6})])
    page.tabs.setCurrentIndex(3)
    assert page.body.region_averages == {"neck": (7.0, 2), "jaw": (3.0, 1)}
    assert page.body.body_map.ratings == {"neck": 7, "jaw": 3}
    assert "Neck: 7.0 (2 ratings)" in page.body.region_list.text()
    assert [y for _, y in xy(page.body.region_line)] == [6.0, 7.0]  # neck, the most tense, is shown
    page.body.body_map.select("jaw")
    assert [y for _, y in xy(page.body.region_line)] == [3.0]


def test_symptoms_and_red_flags(history, qtbot):
    page = history([record(0, 6, 4, symptoms=["twitching"]), record(1, 6, 5, symptoms=["weakness"])])
    page.tabs.setCurrentIndex(4)
    assert len(xy(page.symptoms.markers["twitching"])) == 1
    assert len(xy(page.symptoms.red_flag_markers)) == 1
    assert not page.symptoms.red_flag_note.isHidden() and "muscle weakness" in page.symptoms.red_flag_note.text()
    assert "emergency" not in page.symptoms.red_flag_note.text()
    assert xy(page.symptoms.emergency_markers) == []
    page.store.add_records([record(2, 6, 5, symptoms=["chest_pain"])])
    page.refresh()
    # an emergency sign is marked apart from a doctor's check, by its own shape
    assert len(xy(page.symptoms.red_flag_markers)) == 1 and len(xy(page.symptoms.emergency_markers)) == 1
    assert page.symptoms.emergency_markers.opts["symbol"] != page.symptoms.red_flag_markers.opts["symbol"]
    assert "Emergency sign" in page.symptoms.chart.legend.text()
    assert "call emergency services at once" in page.symptoms.red_flag_note.text()
    page.symptoms.red_flag_link.click()
    assert page.window().pages.currentWidget() is page.window().about_page


def test_empty_and_sparse_states_teach(history):
    page = history([])
    # no empty axes and no warning: a way in
    assert page.tabs.isHidden() and not page.empty.isHidden() and page.message.isHidden()
    assert page.start_button.text() == "Start a session" and page.lead.isHidden()
    assert all(choice.isHidden() for choice in page.range_buttons.buttons())
    page.store.add_records([record(0, 7, 4)])
    page.refresh()
    assert not page.tabs.isHidden() and page.empty.isHidden()
    assert "One session so far" in page.message.text()
    assert page.message.property("role") == "note"  # information, not a caution
    assert page.lead.text().startswith("Your tension after your first rated session was 4.")
    page.store.add_records([record(100, None, None)])
    page.set_range("2w")
    assert "One session so far" in page.message.text()


def test_exports_the_visible_chart_and_its_data(history, tmp_path):
    page = history([record(1, 8, 5), record(0, 6, 3)])
    page.export_png(tmp_path / "chart.png")
    assert (tmp_path / "chart.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    page.export_csv(tmp_path / "tension.csv")
    rows = list(csv.reader((tmp_path / "tension.csv").read_text().splitlines()))
    assert rows[0] == ["started_at", "title", "tension_before", "tension_after"]
    assert [r[2:] for r in rows[1:]] == [["8", "5"], ["6", "3"]]


def test_history_follows_the_theme(history, app):
    from relaxapp.ui.widgets import theme

    page = history([record(0, 6, 4)])

    def legend_colours(chart) -> set[str]:
        return set(re.findall(r"color: ?(#[0-9a-f]{6})", chart.legend.text()))

    def brushes(points) -> set[str]:  # the points' own, else the item's
        own = {brush.color().name() for brush in points.data["brush"] if brush is not None}
        return own or {points.opts["brush"].color().name()}

    for palette in (theme.DARK, theme.LIGHT):
        app.window.settings.theme = palette.name
        page.refresh()
        assert page.tension.chart.backgroundBrush().color().name() == palette.surface
        # the legend's marks in the series' colours, its words in the page's
        assert legend_colours(page.tension.chart) == {palette.tense, palette.release}
        assert brushes(page.tension.after_points) == {palette.release}
        assert page.tension.after_trend.opts["pen"].color().name() == palette.release
        assert page.practice.bars.opts["brush"].color().name() == palette.accent


def wheel(widget, modifiers) -> None:
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(centre, widget.mapToGlobal(centre), QPoint(0, 0), QPoint(0, 240),
                        Qt.MouseButton.NoButton, modifiers, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget.viewport(), event)


def test_the_wheel_scrolls_past_a_chart_and_zooms_only_with_ctrl(history, app, qtbot):
    page = history([record(day, 6, 4) for day in range(0, 60, 3)])
    chart = page.tension.chart
    span = chart.viewRange()[0]
    wheel(chart, Qt.KeyboardModifier.NoModifier)
    assert chart.viewRange()[0] == span
    wheel(chart, Qt.KeyboardModifier.ControlModifier)
    zoomed = chart.viewRange()[0]
    assert zoomed[1] - zoomed[0] < span[1] - span[0]


def test_practice_logged_while_the_history_shows_appears_at_once(history, app, monkeypatch):
    from relaxapp.ui.dialogs.log_dialog import LogDialog

    page = history([record(3, 6, 4)])
    assert page.totals.sessions == 1

    def fill_and_accept(dialog):
        dialog.activity.setCurrentText("Yoga")
        dialog.minutes.setValue(30)
        return True

    monkeypatch.setattr(LogDialog, "exec", fill_and_accept)
    app.window.log_practice()
    assert page.totals.sessions == 2


@pytest.mark.parametrize("days", [3, 14, 91, 365, 3650])
@pytest.mark.parametrize("width", [500, 900, 1400])
def test_date_labels_never_collide(history, days, width):
    """Every label of the time axis fits in its room, whatever the span and the width."""
    from relaxapp.ui.widgets.chart_kit import DayAxis

    page = history([record(0, 6, 4)])
    axis = page.tension.chart.getAxis("bottom")
    assert isinstance(axis, DayAxis)
    end = noon(TODAY) + 43_200
    start = end - days * 86_400
    levels = axis.tickValues(start, end, width)
    assert len(levels) == 1  # one row of labels, never two on one line
    spacing, values = levels[0]
    assert len(values) >= 2
    labels = axis.tickStrings(values, 1, spacing)
    metrics = axis.fontMetrics() if hasattr(axis, "fontMetrics") else None
    widest = max((metrics.horizontalAdvance(text) if metrics else 7 * len(text)) for text in labels)
    px_apart = min(b - a for a, b in zip(values, values[1:])) * width / (end - start)
    assert px_apart >= widest + 8, (labels, px_apart)
    assert len(set(labels)) == len(labels)  # no two ticks say the same


def test_the_whole_log_is_charted_from_its_first_day(history):
    page = history([record(800, 7, 5), record(400, 6, 4), record(0, 5, 3)])
    assert page.range_id == "all"  # more than a year: the whole log
    low, high = page.tension.chart.viewRange()[0]
    assert low < noon(TODAY - timedelta(days=800)) and high > noon(TODAY)
    assert high - low < 1.05 * 801 * 86_400  # the log's own span, with a little room at the edges


def test_sparse_charts_have_sensible_scales(history):
    page = history([record(1, 6, 5), record(0, 6, 6)])
    assert page.range_id == "2w"
    low, high = page.tension.chart.viewRange()[0]  # two days fill a week, not a fortnight's edge
    assert noon(TODAY - timedelta(days=7)) < low < noon(TODAY - timedelta(days=5))
    page.tabs.setCurrentIndex(1)
    assert page.relief.chart.getAxis("left").labelUnitPrefix == ""  # never "(x0.001)"
    low, high = page.relief.chart.viewRange()[1]
    assert low == pytest.approx(-3.5) and high == pytest.approx(3.5)
    page.tabs.setCurrentIndex(2)
    assert page.practice.chart.viewRange()[1] == pytest.approx([0, 11])  # 10-min days: 0-11
    page.tabs.setCurrentIndex(3)
    assert page.body.rating_key.isVisible()  # the body map's colours explained


def test_the_history_leads_with_one_plain_sentence(history):
    page = history([record(d, 7, 5 if d > 20 else 3) for d in range(40)])
    assert page.range_id == "3m"
    assert page.lead.text() == ("Over the last 3 months, your tension after sessions went down "
                                "from 5.0 to 3.0 (averages of the first and the last two weeks: "
                                "14 ratings and 14 ratings).")


def test_the_empty_history_starts_todays_suggestion(history, qtbot, app):
    page = history([])
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert app.window.pages.currentWidget() is app.window.start_page
    assert app.window.start_page.session.id == app.window.home_page.suggestion.session.id


def test_the_charts_load_ahead_of_need_but_never_during_a_session(app, qtbot, monkeypatch):
    import sys

    from relaxapp.ui.shell import app as starting
    from tests.ui.test_flows import start

    # (The module is not removed from sys.modules to test its import: a second copy of it
    # would outlive this test and confuse later ones.)
    monkeypatch.setattr(starting, "HISTORY_WARM_UP_MS", 0)
    start(app, qtbot, "first-breaths")
    assert not starting.warm_up_history(app.window)  # a breath must not stall: later
    assert app.window.pages.built("history") is None
    qtbot.keyClick(app.window.player, Qt.Key.Key_Escape)  # stopped: the after-page is still
    assert app.window.pages.currentWidget() is app.window.after_page
    qtbot.waitUntil(lambda: app.window.pages.built("history") is not None, timeout=2_000)
    assert starting.HISTORY_MODULE in sys.modules
    assert app.window.pages.currentWidget() is app.window.after_page  # built, not shown
    assert not starting.warm_up_history(app.window)  # once is enough
    app.window.show_history()
    assert app.window.pages.currentWidget() is app.window.history_page


def test_weekly_points_say_their_week_when_hovered(history, monkeypatch):
    from relaxapp.ui.pages import history_tabs

    monkeypatch.setattr(history_tabs, "MAX_POINTS", 1)  # more than this: a point per week
    page = history([record(2, 8, 5), record(1, 6, 3), record(0, 4, None)])
    page.set_range("2w")
    data = page.tension.before_points.data["data"]
    assert len(data) == 1  # the three days are in one week
    tip = page.tension.tip(0, 0, data[0])
    assert tip == "Week of 23 Nov 2026: before 6.0 on average (3 ratings)"
    page.tabs.setCurrentIndex(1)
    relief = page.relief.tip(0, 0, page.relief.points.data["data"][0])
    assert relief == "Week of 23 Nov 2026: 3.0 points lower on average (2 sessions)"


def test_tabs_have_ids_apart_from_their_labels(history, tmp_path):
    """Code, exports and file names use a tab's id; only the tab shows its label (which a
    translation may change)."""
    from relaxapp.ui.pages.history_page import TABS

    page = history([record(1, 6, 4), record(0, 7, 3)])
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [label for _, label in TABS]
    page.tabs.setTabText(0, "Anspannung")  # as a translation would
    assert page.current_tab() == "tension"
    page.export_csv(tmp_path / "t.csv")
    assert (tmp_path / "t.csv").read_text().startswith("started_at,title,tension_before")


def test_ranges_have_ids_apart_from_their_labels(history, qtbot):
    """The range is chosen, kept and handed to the report by its id; its button only shows
    the label (which a translation may change)."""
    page = history([record(1, 6, 4), record(40, 7, 3)])
    for choice in page.range_buttons.buttons():
        choice.setText(choice.text().upper())  # as a translation would
    year = next(choice for choice in page.range_buttons.buttons()
                if choice.property("range") == "1y")
    year.click()
    assert page.range_id == "1y" and year.isChecked() and year.text() == "1 YEAR"
    assert [choice.property("range") for choice in page.range_buttons.buttons()
            if choice.isChecked()] == ["1y"]
    page.report_requested.disconnect()  # the window's report dialog waits for a person
    with qtbot.waitSignal(page.report_requested) as asked:
        page.report_button.click()
    assert asked.args == ["1y"]
