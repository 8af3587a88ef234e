""""Saved" only when saved: a log that is locked, full or not open never hears "Saved"; the
answers are kept and saved when the log is back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from relaxapp.core.clock import FakeClock
from relaxapp.storage.log import Store
from relaxapp.ui.main_window import MainWindow
from relaxapp.ui.settings import Settings
from tests.ui.conftest import App
from tests.ui.test_flows import start

pytestmark = pytest.mark.gui


def finish_box_breathing(app, qtbot, before: int):
    start(app, qtbot, "box-breathing", rating=before)
    app.frames(app.window.practice.run.timeline.total_ms + 3_100)
    assert app.window.pages.currentWidget() is app.window.after_page


def test_a_log_that_fails_under_the_session_is_never_called_saved(app, qtbot):
    app.store.close()  # locked by another program, or the disk full: every write fails
    finish_box_breathing(app, qtbot, 8)
    after = app.window.after_page
    assert not after.save_problem.isHidden()  # said at once, before any answer
    qtbot.keyClick(after, Qt.Key.Key_4)
    status = app.window.statusBar().currentMessage()
    assert status.startswith("Not saved") and "Saved" not in status
    qtbot.keyClick(after, Qt.Key.Key_Return)
    assert app.window.pages.currentWidget() is after  # not gone home as if saved
    assert "Enter tries again" in after.save_problem.text()
    assert after.save_button.text() == "Try saving again"

    app.window.show_home()  # the person leaves: the answers wait, and Today says so
    notice = app.window.home_page.unsaved_notice
    assert notice.isVisibleTo(app.window) and "not saved" in notice.text.text()

    with Store(app.data_dir / "relaxapp.db") as back:  # the log is free again
        app.window.attach_store(back)
        qtbot.mouseClick(notice.buttons[0], Qt.MouseButton.LeftButton)
        assert app.window.statusBar().currentMessage() == "Saved. Tension 8 → 4."
        [record] = back.sessions()
        assert (record.status, record.tension_before, record.tension_after) == \
            ("completed", 8, 4)
        assert not notice.isVisibleTo(app.window)
        app.window.attach_store(None)


def test_without_a_log_the_answers_are_saved_once_it_can_be_opened(qtbot, qapp, tmp_path):
    data_dir = tmp_path / "data"
    (data_dir / "sessions").mkdir(parents=True)
    blocker = data_dir / "relaxapp.db"
    blocker.mkdir()  # a folder where the log should be: it cannot be opened
    settings = Settings(data_dir)
    settings.sound = settings.voice = False
    clock = FakeClock()
    window = MainWindow(data_dir, None, settings, clock=clock)  # "Continue without saving"
    window.player.timer.setInterval(10**6)
    qtbot.addWidget(window)
    window.show()
    app = App(window, clock, None, data_dir)
    finish_box_breathing(app, qtbot, 6)
    after = window.after_page
    qtbot.keyClick(after, Qt.Key.Key_2)
    assert window.statusBar().currentMessage() == "Not saved: the log is not open"
    blocker.rmdir()  # the log can be opened now
    qtbot.keyClick(after, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.home_page
    assert window.statusBar().currentMessage() == "Saved. Tension 6 → 2."
    [record] = window.store.sessions()
    assert (record.tension_before, record.tension_after, record.status) == (6, 2, "completed")
    window.store.close()
