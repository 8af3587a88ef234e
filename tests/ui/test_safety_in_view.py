"""Safety advice stays in view: after a red flag is logged, Today keeps a notice with the
advice until it is marked read; the after page's heading fits the moment; an emergency
sign is a call to make, not a report to print."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt

from relaxapp.core.safety import EMERGENCY_NOTE, SAFETY_NOTE, lasting_notice
from relaxapp.ui.shell.settings import Settings
from tests.ui.test_safety_and_guidance import after_a_stopped_session

pytestmark = pytest.mark.gui


def test_the_lasting_notice_names_the_symptoms_and_the_most_urgent_advice():
    assert lasting_notice(["cramps", "twitching"], "today") is None
    level, text = lasting_notice(["cramps", "weakness"], "on Monday 1 June 2026")
    assert level == "doctor"
    assert text == f"On Monday 1 June 2026 you logged: Muscle weakness. {SAFETY_NOTE}"
    level, text = lasting_notice(["weakness", "chest_pain"], "today")
    assert text.startswith("Today you logged: ")
    assert level == "emergency" and text.endswith(EMERGENCY_NOTE)
    assert "New chest pain or pressure, or breathlessness at rest that does not settle; " \
        "Muscle weakness" in text


def test_the_after_page_heading_and_report_fit_a_red_flag(app, qtbot):
    after = after_a_stopped_session(app, qtbot)
    calm = after.heading.text()
    assert calm == "Stopped early: that's fine."
    after.symptom_boxes["weakness"].setChecked(True)
    assert "Stopped early" not in after.heading.text() and "advice" in after.heading.text()
    assert after.report_link.isVisible()  # a report to bring to the doctor
    after.symptom_boxes["face_speech"].setChecked(True)
    assert after.heading.text() == "Please call for help now."
    assert after.report_link.isHidden()  # call first
    after.symptom_boxes["face_speech"].setChecked(False)
    after.symptom_boxes["weakness"].setChecked(False)
    assert after.heading.text() == calm


def test_today_keeps_red_flag_advice_until_it_is_marked_read(app, qtbot):
    after = after_a_stopped_session(app, qtbot)
    after.symptom_boxes["weakness"].setChecked(True)
    qtbot.keyClick(after, Qt.Key.Key_Return)  # saved, and back to Today
    home = app.window.home_page
    assert app.window.pages.currentWidget() is home
    notice = home.safety_notice
    assert notice.isVisibleTo(app.window)
    assert "Muscle weakness" in notice.text.text() and SAFETY_NOTE in notice.text.text()
    assert notice.text.property("role") == "safety"
    app.window.today.refresh()
    assert notice.isVisibleTo(app.window)  # it stays: going home again does not clear it
    read = next(b for b in notice.buttons if "read" in b.text())
    qtbot.mouseClick(read, Qt.MouseButton.LeftButton)
    assert not notice.isVisibleTo(app.window)
    app.window.today.refresh()
    assert not notice.isVisibleTo(app.window)
    assert Settings(app.data_dir).safety_read  # kept across a restart

    after = after_a_stopped_session(app, qtbot)  # a new red flag: the notice is back
    after.symptom_boxes["chest_pain"].setChecked(True)
    qtbot.keyClick(after, Qt.Key.Key_Return)
    assert notice.isVisibleTo(app.window) and EMERGENCY_NOTE in notice.text.text()
    assert notice.text.property("role") == "emergency"
    help_button = next(b for b in notice.buttons if "help" in b.text())
    qtbot.mouseClick(help_button, Qt.MouseButton.LeftButton)
    assert app.window.pages.currentWidget() is app.window.about_page


def test_the_notice_says_when_in_words(app):
    home = app.window.home_page
    logged = datetime(2026, 6, 1, 21, 30).astimezone()
    for today, words in ((date(2026, 6, 1), "Today you logged"),
                         (date(2026, 6, 2), "Yesterday you logged"),
                         (date(2026, 6, 9), "On Monday 1 June 2026 you logged")):
        home.show_safety_notice(("uid", logged, ["coordination"]), today)
        assert home.safety_notice.text.text().startswith(words)
    home.show_safety_notice(None)
    assert home.safety_notice.isHidden()


def test_when_to_get_help_is_one_click_from_today_and_the_welcome(app, qtbot):
    """The emergency and doctor lists were reachable only after logging a symptom."""
    from relaxapp.core.safety import CRISIS_NOTE, EMERGENCY
    from relaxapp.ui.shell.onboarding import welcome_once

    window = app.window
    window.show_home()
    link = window.home_page.help_link
    assert link.isVisibleTo(window) and "emergency signs" in link.text()
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.about_page
    shown = window.about_page.text.toPlainText()
    for symptom in EMERGENCY:
        assert symptom.label in shown
    assert CRISIS_NOTE in shown

    window.show_home()
    window.settings.onboarded = False
    dialog = welcome_once(window)
    [help_link] = [b for b in dialog.findChildren(type(link)) if "get help" in b.text()]
    qtbot.mouseClick(help_link, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.about_page
