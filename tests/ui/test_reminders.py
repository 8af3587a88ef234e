"""Reminders on a fake clock: the window, the tray, and what was missed while asleep."""

from __future__ import annotations

import contextlib
from datetime import datetime, time, timedelta, timezone

import pytest

from PySide6.QtWidgets import QApplication, QLabel

from relaxapp.core.reminders import Reminder
from relaxapp.ui.shell.reminder_service import start_reminders

pytestmark = pytest.mark.gui


TZ = timezone(timedelta(hours=1))


class Now:
    def __init__(self, moment):
        self.moment = moment

    def __call__(self):
        return self.moment

    def advance(self, **delta):
        self.moment += timedelta(**delta)


def reminders_at(app, now, use_tray, *items):
    app.window.settings.reminders = list(items)
    app.window.reminders = start_reminders(app.window, now=now, use_tray=use_tray)
    return app.window.reminders


def test_reminder_window_start_now_and_later(app, qtbot):
    now = Now(datetime(2026, 11, 25, 7, 59, tzinfo=TZ))
    service = reminders_at(app, now, False, Reminder(time(8, 0), session_id="box-breathing"))
    service.check()
    assert service.popup is None
    now.advance(minutes=1, seconds=10)
    service.check()
    assert service.popup is not None and service.popup.isVisible()
    assert "Box breathing, 4-4-4-4" in " ".join(w.text() for w in service.popup.findChildren(QLabel))
    service.popup.later.emit()  # "Later (10 min)"
    assert service.popup is None
    now.advance(minutes=9)
    service.check()
    assert service.popup is None
    now.advance(minutes=1, seconds=30)
    service.check()
    assert service.popup is not None
    service.popup.start_now.emit()
    assert app.window.pages.currentWidget() is app.window.start_page
    assert app.window.start_page.session.id == "box-breathing"
    service.stop()


def test_reminders_missed_while_asleep_are_not_fired_late(app):
    now = Now(datetime(2026, 11, 25, 7, 0, tzinfo=TZ))
    service = reminders_at(app, now, False, Reminder(time(8, 0)), Reminder(time(12, 0)))
    now.advance(hours=6)  # the machine slept through both
    service.check()
    assert service.popup is None and service.current is None
    service.stop()


def test_tray_notification_start_later_and_quit(app, qtbot, monkeypatch):
    now = Now(datetime(2026, 11, 25, 21, 29, 50, tzinfo=TZ))
    service = reminders_at(app, now, True, Reminder(time(21, 30), session_id="pmr-recall"))
    assert service.tray is not None and not service.start_action.isEnabled()
    assert service.tray.toolTip() == "RelaxApp · next reminder Wed 21:30"
    now.advance(seconds=20)
    service.check()
    assert service.start_action.isEnabled() and service.start_action.text() == "Start now: Relaxation by recall"
    service.later_action.trigger()
    assert not service.start_action.isEnabled() and len(service.schedule.snoozed) == 1
    now.advance(minutes=10)
    service.check()
    service.tray.messageClicked.emit()  # clicking the notification starts it
    assert app.window.start_page.session.id == "pmr-recall"

    app.window.close()  # with a tray and reminders, closing keeps the app in the tray
    assert not app.window.isVisible() and app.window.reminders is service
    service.show_window.emit()
    assert app.window.isVisible()
    quits = []
    monkeypatch.setattr(QApplication, "quit", lambda *args: quits.append(True))
    app.window.closing.quit()
    assert quits == [True] and not app.window.isVisible()




def test_a_reminder_fires_on_its_minute_with_a_chime_and_in_front(app, qtbot, monkeypatch):
    from relaxapp.ui.shell.reminder_service import AFTER_MS, CHECK_EVERY_MS

    chimes = []

    class Cues:  # the window's chimes, heard here without an audio stack
        play = staticmethod(chimes.append)

    app.window.settings.sound = True  # before the stand-in: the real sound follows settings
    app.window.__dict__["cues"] = Cues()
    now = Now(datetime(2026, 11, 25, 7, 59, 50, tzinfo=TZ))
    service = reminders_at(app, now, False, Reminder(time(8, 0), session_id="box-breathing"))
    try:  # stopped even if a check fails: the window closes at the end
        # armed for 08:00 itself, not for the next 20 s poll
        assert service.timer.isSingleShot()
        assert 10_000 <= service.timer.remainingTime() <= 10_000 + AFTER_MS
        now.advance(seconds=10, milliseconds=AFTER_MS)
        service.timer.timeout.emit()  # as the timer fires
        assert service.popup is not None and service.popup.isVisible()
        assert chimes == ["done"]
        service.popup.later.emit()
        assert 0 < service.timer.remainingTime() <= CHECK_EVERY_MS
        app.window.settings.reminder_sound = False
        now.advance(minutes=10)
        service.check()
        assert service.popup is not None and chimes == ["done"]  # the chime can be turned off
    finally:
        service.stop()
        del app.window.__dict__["cues"]  # the window closes without an audio stack


def test_closing_the_window_without_a_tray_says_reminders_end(app, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    asked = []

    def answer(text):
        def chosen(box):
            asked.append(box.text())
            box._chosen = next(b for b in box.buttons() if b.text() == text)
        return chosen

    monkeypatch.setattr(QMessageBox, "clickedButton", lambda box: box._chosen)
    now = Now(datetime(2026, 11, 25, 7, 0, tzinfo=TZ))
    service = reminders_at(app, now, False, Reminder(time(8, 0)))
    try:
        monkeypatch.setattr(QMessageBox, "exec", answer("Keep open, minimised"))
        app.window.close()
        assert asked and "Reminders come only while RelaxApp is open" in asked[0]
        assert app.window.isVisible() and app.window.isMinimized() and service.running
        monkeypatch.setattr(QMessageBox, "exec", answer("Close, no reminders"))
        app.window.close()
        assert len(asked) == 2 and not app.window.isVisible()
    finally:
        service.stop()


@pytest.fixture
def notification_server(monkeypatch):
    """A session bus of the test's own, with a notification server on it."""
    from tests.ui.notification_server import (NotificationServer, start_session_bus,
                                              stop_session_bus)

    bus = start_session_bus()
    if bus is None:
        pytest.skip("dbus-daemon is missing: scripts/setup --test installs it")
    address, pid = bus
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    server = NotificationServer(address)
    yield server
    server.stop()
    stop_session_bus(pid)


@contextlib.contextmanager
def reminded(app, use_tray: bool, session_id: str):
    """A reminder at 08:00 for ``session_id``, and the clock gone 20 s past it: (the
    service, the clock). The service is stopped afterwards, however the test ends."""
    now = Now(datetime(2026, 11, 25, 7, 59, 40, tzinfo=TZ))
    service = reminders_at(app, now, use_tray, Reminder(time(8, 0), session_id=session_id))
    try:
        now.advance(seconds=40)
        service.check()
        yield service, now
    finally:
        service.stop()


def test_a_reminder_is_the_desktops_own_notice_with_start_and_later(app, qtbot,
                                                                    notification_server):
    with reminded(app, False, "box-breathing") as (service, now):
        assert service.popup is None  # the desktop's notice instead of our window
        [(notice_id, summary, body, actions)] = notification_server.shown
        assert summary == "Time for a few calm minutes"
        assert body == "Box breathing, 4-4-4-4. Whenever you are ready."
        assert actions == ["default", "Start now", "start", "Start now",
                           "later", "Later (10 min)"]
        notification_server.press(notice_id, "later")
        qtbot.waitUntil(lambda: service.current is None, timeout=5_000)
        assert len(service.schedule.snoozed) == 1
        now.advance(minutes=10, seconds=5)
        service.check()
        qtbot.waitUntil(lambda: len(notification_server.shown) == 2, timeout=5_000)
        notification_server.press(notification_server.shown[1][0], "default")  # a click
        qtbot.waitUntil(lambda: app.window.pages.currentWidget() is app.window.start_page,
                        timeout=5_000)
        assert app.window.start_page.session.id == "box-breathing"
        # answered, each was taken off the desktop (a server may leave it up otherwise)
        assert notification_server.closed == [notice_id, notification_server.shown[1][0]]


def test_a_notice_answered_elsewhere_is_taken_off_the_desktop(app, qtbot, notification_server):
    with reminded(app, True, "pmr-recall") as (service, now):
        [(notice_id, *_)] = notification_server.shown
        assert service.start_action.isEnabled()  # the tray's menu can answer it too
        service.start_action.trigger()
        assert notification_server.closed == [notice_id]
        assert app.window.start_page.session.id == "pmr-recall"


def test_a_notice_dismissed_leaves_the_reminder_unanswered_and_others_notices_alone(
        app, qtbot, notification_server):
    with reminded(app, False, "box-breathing") as (service, now):
        [(notice_id, *_)] = notification_server.shown
        notification_server.press(notice_id + 100, "start")  # another program's notice
        notification_server.say_closed(notice_id)  # the person dismissed ours
        qtbot.waitUntil(lambda: service.notice_id is None, timeout=5_000)
        assert app.window.pages.currentWidget() is not app.window.start_page
        assert service.current is not None and notification_server.closed == []


def test_without_a_notification_server_or_its_buttons_the_reminder_is_our_window(
        app, qtbot, notification_server):
    notification_server.capabilities = ["body"]  # a server that cannot show buttons
    with reminded(app, False, "box-breathing") as (service, now):
        assert notification_server.shown == [] and service.popup is not None
