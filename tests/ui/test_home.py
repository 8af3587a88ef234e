"""Today's page, the short after-page, and the way from a first launch to a rated session."""

from __future__ import annotations

from datetime import datetime, time, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from relaxapp.core.reminders import Reminder
from relaxapp.ui.shell.onboarding import welcome_once

pytestmark = pytest.mark.gui

THURSDAY_NOON = datetime(2026, 11, 26, 12, 0, tzinfo=timezone.utc)


def at(app, moment: datetime) -> None:
    app.window.wall_clock = lambda: moment
    app.window.today.refresh()


def press_start(app, qtbot) -> None:
    """Enter on the home's Start (a focused button's Enter clicks it a moment later)."""
    qtbot.keyClick(app.window.home_page.start_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: app.window.pages.currentWidget() is app.window.start_page,
                    timeout=2_000)


def close_started(qtbot, window) -> None:
    """A window from ``create_window``, once finished after its first paint: what it opened
    (the log, the single-instance socket) closed with it."""
    from relaxapp.ui.shell.single_instance import InstanceServer

    qtbot.waitUntil(lambda: window.store is not None, timeout=5000)
    window.findChild(InstanceServer).close()
    window.store.close()
    window.close()


def run_session(app, qtbot, before: int | None, after: int | None) -> None:
    """From the home's Start to a saved after-page, by keys."""
    window = app.window
    press_start(app, qtbot)
    if before is not None:
        qtbot.keyClick(window.start_page, str(before))
    qtbot.keyClick(window.start_page, Qt.Key.Key_Return)
    app.frames(window.flow.practice.run.timeline.total_ms + 100, frame_ms=250)
    assert window.pages.currentWidget() is window.after_page
    if after is not None:
        qtbot.keyClick(window.after_page, str(after))
    qtbot.keyClick(window.after_page, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.home_page


def test_the_first_page_is_today_with_one_session_to_start(app, qtbot):
    window, home = app.window, app.window.home_page
    assert window.pages.currentWidget() is home
    at(app, THURSDAY_NOON)
    assert home.greeting.text() == "Good afternoon"
    assert home.date.text() == "Thursday 26 November"
    assert "A first two minutes" in home.title.text()  # a newcomer: the first step
    assert (home.week.text(), home.streak.text(), home.change.text()) == \
        ("Not yet", "Not yet", "Not rated yet")
    assert home.reminder.text().startswith("No reminders are set.")
    assert home.focusProxy() is home.start_button  # Start has the focus
    press_start(app, qtbot)
    assert window.start_page.session.id == "first-breaths"
    qtbot.mouseClick(window.start_page.findChildren(type(home.start_button))[0],
                     Qt.MouseButton.LeftButton)  # Back
    assert window.pages.currentWidget() is home


def test_the_home_shows_the_week_the_streak_and_the_last_change(app, qtbot):
    home = app.window.home_page
    run_session(app, qtbot, before=7, after=4)
    assert home.week.text().startswith("1 day · 2 min")
    assert home.streak.text() == "1 day"
    assert home.change.text() == "7 → 4  (3 points lower)"
    # the first step done: the next one is offered, and the path shows it
    assert "Learning belly breathing" in home.title.text()
    words, bar, count = home.path_labels[0][1]
    assert (words.text(), bar.value(), bar.maximum(), count.text()) == \
        ("Start here", 1, 3, "1 of 3 tried")
    assert [row[1][2].text() for row in home.path_labels[1:]] == \
        ["0 of 7 tried", "0 of 4 tried", "0 of 3 tried", "0 of 3 tried", "0 of 4 tried"]
    run_session(app, qtbot, before=None, after=None)  # not rated: the card says what it shows
    assert home.change.text() == "7 → 4  (3 points lower)"
    caption = home.change.parentWidget().findChildren(type(home.change))[0]
    assert caption.text() == "Last rated session"


def test_the_evening_suggestion_and_the_next_reminder(app, qtbot):
    done = app.store.begin_session(session_id=None or "first-breaths", title="x", kind="breathing",
                                   planned_seconds=60)
    app.store.end_session(done, status="completed", practiced_seconds=60)
    for session_id in ("belly-breathing-intro", "pmr-16-groups"):
        uid = app.store.begin_session(session_id=session_id, title="x", kind="pmr",
                                      planned_seconds=60)
        app.store.end_session(uid, status="completed", practiced_seconds=60)
    app.window.settings.reminders = [Reminder(time(20, 30), session_id="box-breathing")]
    at(app, THURSDAY_NOON.replace(hour=21))
    home = app.window.home_page
    assert "Bedtime wind-down" in home.title.text() and "evening" in home.why.text()
    assert home.greeting.text() == "Good evening"
    assert "Next reminder: tomorrow at 20:30, Box breathing, 4-4-4-4." in home.reminder.text()


def test_every_session_and_the_history_are_a_key_away(app, qtbot):
    window = app.window
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.library_page
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.home_page
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.history_page
    qtbot.mouseClick(window.history_page.findChildren(type(window.home_page.start_button))[0],
                     Qt.MouseButton.LeftButton)  # Back: to Today
    assert window.pages.currentWidget() is window.home_page


def test_a_broken_session_file_is_named_on_the_home_too(app, write_script):
    write_script("{broken", "broken.json", app.data_dir / "sessions")
    app.window.library_watcher.reload()
    assert app.window.home_page.problems.isVisible()
    assert app.window.home_page.problems.text().startswith("1 file in your sessions folder")


def test_the_after_page_asks_one_thing_and_saves_it_at_once(app, qtbot):
    window = app.window
    press_start(app, qtbot)
    qtbot.keyClick(window.start_page, "6")
    qtbot.keyClick(window.start_page, Qt.Key.Key_Return)
    qtbot.keyClick(window.player, Qt.Key.Key_Escape)
    after = window.after_page
    assert after.details.isHidden() and after.change.isHidden()  # one question first
    qtbot.keyClick(after, "3")
    assert after.change.text().startswith("6 → 3: 3 points lower.")
    assert app.store.sessions()[0].tension_after == 3  # saved with the key, not only on Save
    qtbot.keyClick(after, "4")  # changing one's mind changes the log
    assert app.store.sessions()[0].tension_after == 4
    qtbot.mouseClick(after.details_button, Qt.MouseButton.LeftButton)
    assert after.details.isVisible()
    after.symptom_boxes["cramps"].setChecked(True)
    qtbot.keyClick(after.details_button, Qt.Key.Key_Return)  # a focused button takes its Enter
    qtbot.waitUntil(after.details.isHidden, timeout=2_000)
    assert window.pages.currentWidget() is after
    qtbot.keyClick(after.rating, Qt.Key.Key_Return)  # elsewhere, Enter saves
    assert window.pages.currentWidget() is window.home_page
    assert app.store.sessions()[0].symptoms == ["cramps"]
    assert window.home_page.week.text() == "0 s"  # a session stopped at once is no day


def test_from_a_first_launch_to_a_rated_session_takes_four_actions(app, qtbot):
    """The welcome's offer, a digit, Enter, the session, a digit: both ratings saved."""
    window = app.window
    actions = 0

    def act(widget, key) -> None:
        nonlocal actions
        actions += 1
        qtbot.keyClick(widget, key)

    dialog = welcome_once(window)
    assert QTest.qWaitForWindowExposed(dialog)
    act(QApplication.focusWidget() or dialog, Qt.Key.Key_Return)  # "Try 2 minutes…"
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.start_page, timeout=2_000)
    act(window.start_page, "7")
    act(window.start_page, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.player
    app.frames(window.flow.practice.run.timeline.total_ms + 100, frame_ms=250)  # the session itself
    act(window.after_page, "4")
    [record] = app.store.sessions()
    assert (record.session_id, record.status, record.tension_before, record.tension_after) == \
        ("first-breaths", "completed", 7, 4)
    assert 110 <= record.practiced_seconds <= 130 and actions == 4


def test_the_home_follows_a_new_day(app, qtbot):
    run_session(app, qtbot, before=5, after=5)
    at(app, datetime.now().astimezone() + timedelta(days=8))  # a week later, nothing since
    assert app.window.home_page.week.text() == "Not yet"
    assert app.window.home_page.streak.text() == "Not yet"
    assert app.window.home_page.change.text() == "5 → 5  (no change)"


def test_a_start_pressed_before_the_day_is_shown_begins_once_it_is(qtbot, tmp_path):
    """The window paints before the library and the log are read (relaxapp.ui.shell.app): Enter
    pressed in that moment is kept, not lost."""
    from relaxapp.storage.log import Store
    from relaxapp.ui.shell.main_window import MainWindow
    from relaxapp.ui.shell.settings import Settings

    data = tmp_path / "data"
    settings = Settings(data)
    settings.sound = settings.voice = False
    window = MainWindow(data, None, settings, paint_first=True)  # as at a start
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    start = window.home_page.start_button
    qtbot.keyClick(start, Qt.Key.Key_Return)
    assert start.isDown()  # a focused button's Enter clicks it a moment later
    qtbot.waitUntil(lambda: not start.isDown(), timeout=2_000)
    assert window.pages.currentWidget() is window.home_page  # nothing to start yet
    with Store(data / "relaxapp.db") as store:
        window.finish(store)
        assert window.pages.currentWidget() is window.start_page
        assert window.start_page.session.id == window.home_page.suggestion.session.id
        window.steps.leave_start()
        window.today.refresh()  # shown again: no second start
        assert window.pages.currentWidget() is window.home_page


def test_at_a_start_each_label_of_the_page_takes_its_font_once(qtbot, tmp_path):
    """Today's page is made in its place in the window. Made elsewhere and moved in, it was
    styled again: each label of a larger or bolder font had it set three times, and the
    first paint waited 3 to 5 ms longer."""
    from collections import Counter

    from PySide6.QtCore import QEvent, QObject

    from relaxapp.ui.shell.app import create_window

    font_changes = Counter()

    class Watch(QObject):
        def eventFilter(self, watched, event):  # noqa: N802
            if event.type() == QEvent.Type.FontChange:
                font_changes[watched] += 1
            return False

    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.ini").write_text("[app]\nonboarded=true\n")  # no welcome over it
    watch = Watch()
    QApplication.instance().installEventFilter(watch)
    try:
        window = create_window(data)  # shown: built, styled, laid out
    finally:
        QApplication.instance().removeEventFilter(watch)
    qtbot.addWidget(window)
    try:
        # (The style sheet, applied again, also reaches the windows of earlier tests.)
        on_page = {w: n for w, n in font_changes.items() if window.home_page.isAncestorOf(w)}
        assert window.home_page.greeting in on_page, "the greeting's font was never set"
        assert max(on_page.values()) == 1, sorted(
            (type(w).__name__, w.property("role"), n) for w, n in on_page.items())
    finally:
        close_started(qtbot, window)


def test_at_a_start_the_page_is_filled_once_from_the_library_and_the_log(qtbot, tmp_path,
                                                                         monkeypatch):
    """A suggestion made before the log is read could change a moment later, when it is:
    someone who has practised would see the newcomer's first step flash by."""
    from relaxapp.storage.log import Store
    from relaxapp.ui.shell.app import create_window
    from relaxapp.ui.pages.home_page import HomePage

    data = tmp_path / "data"
    with Store(data / "relaxapp.db") as store:  # some practice, for the figures
        for day in range(6):
            store.log_practice(activity="walk", minutes=10,
                               at=datetime.now().astimezone() - timedelta(days=day + 1))
    (data / "settings.ini").write_text("[app]\nonboarded=true\n")
    shown = []
    original = HomePage.show_day
    monkeypatch.setattr(HomePage, "show_day", lambda page, library, now, days=None, **rest: (
        shown.append(days is not None), original(page, library, now, days, **rest)))
    window = create_window(data)
    qtbot.addWidget(window)
    assert shown == []  # painted first, empty
    qtbot.waitUntil(lambda: window.store is not None, timeout=5000)  # after the first paint
    try:
        assert shown == [True]  # then filled once, with the log
        assert window.home_page.title.text() and window.home_page.week.text() != "–"
    finally:
        close_started(qtbot, window)


def test_a_file_with_two_problems_is_counted_once(app, write_script):
    """A file without steps and with a capitalised id was counted as "2 files"."""
    write_script('{"format": 1, "id": "Evening", "title": "x"}', "evening.json",
                 app.data_dir / "sessions")
    write_script("{broken", "broken.json", app.data_dir / "sessions")
    app.window.library_watcher.reload()
    assert len(app.window.library.problems) == 3
    assert app.window.home_page.problems.text().startswith("2 files in your sessions folder")


def test_an_anxious_moment_is_one_key_from_anywhere_with_the_warning_signs_in_view(app, qtbot):
    """A panic moment: the two-minute session's start page, its cautions (the signs that it
    may not be anxiety) on screen, Enter to begin."""
    window = app.window
    window.show_history()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.start_page
    assert window.pages.currentWidget() is page and page.session.id == "anxious-moment"
    assert page.cautions.isVisibleTo(window) and "chest pain" in page.cautions.text()
    assert page.session.script.planned_ms <= 3 * 60_000
    window.show_home()
    qtbot.mouseClick(window.home_page.anxious_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is page
    qtbot.keyClick(page, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.player


def test_today_offers_the_next_form_when_the_log_shows_the_16_groups_learnt(app):
    from relaxapp.storage.log import SessionRecord

    first = datetime(2026, 1, 5).date()  # a fixed day: the window's clock is set below
    records = [SessionRecord(uid=f"u{n}", started_at=f"{first + timedelta(days=n)}T10:00:00+00:00",
                             source="app", session_id=session_id, title=session_id,
                             kind="pmr", status="completed", practiced_seconds=600,
                             tension_before=6, tension_after=4)
               for n, session_id in enumerate(["first-breaths", "belly-breathing-intro"] +
                                              ["pmr-16-groups"] * 14)]
    app.store.add_records(records)
    app.window.wall_clock = lambda: datetime.combine(first + timedelta(days=21), time(11, 0),
                                                     tzinfo=timezone.utc)
    app.window.today.refresh()
    page = app.window.home_page
    assert page.suggestion.session.id == "pmr-7-groups"
    assert page.why.text().startswith("Ready for the next step") and "14 days" in page.why.text()
