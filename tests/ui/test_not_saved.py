""""Saved" only when saved: a log that is locked, full or not open never hears "Saved"; the
answers are kept and saved when the log is back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from relaxapp.core.clock import FakeClock
from relaxapp.storage.log import Store
from relaxapp.ui.shell.main_window import MainWindow
from relaxapp.ui.shell.settings import Settings
from tests.ui.conftest import App
from tests.ui.test_flows import start

pytestmark = pytest.mark.gui


def finish_box_breathing(app, qtbot, before: int):
    start(app, qtbot, "box-breathing", rating=before)
    app.frames(app.window.flow.practice.run.timeline.total_ms + 3_100)
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
    assert "Enter tries now" in after.save_problem.text()
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


def hold_the_log(app):
    """Another program (a backup, a sync tool) in the middle of writing to the log."""
    import sqlite3

    holder = sqlite3.connect(app.data_dir / "relaxapp.db", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    return holder


def test_a_log_busy_in_another_program_is_saved_to_in_the_background_once_free(app, qtbot):
    """Measured: a log locked by another program froze the window 30 s per save. Now each
    try gives up at once (WINDOW_BUSY_TIMEOUT_MS), what the log has not taken is kept, and
    it is tried again by itself until the log takes it."""
    holder = hold_the_log(app)
    window = app.window
    finish_box_breathing(app, qtbot, 6)
    after = window.after_page
    assert not after.save_problem.isHidden() and "tries again by itself" in \
        after.save_problem.text()
    qtbot.keyClick(after, Qt.Key.Key_3)
    assert window.statusBar().currentMessage().startswith("Not saved")
    assert "busy in another program" in window.statusBar().currentMessage()
    assert window.log.save_again.isActive()  # trying again in the background
    window.log.try_again()  # the timer's next try: still held, nothing said, still kept
    assert window.flow.unsaved is not None and window.log.save_again.isActive()
    holder.execute("ROLLBACK")  # the other program is done
    window.log.try_again()
    assert window.statusBar().currentMessage() == "Saved. Tension 6 → 3."
    assert after.save_problem.isHidden() and not window.log.save_again.isActive()
    [record] = app.store.sessions()
    assert (record.status, record.tension_before, record.tension_after) == ("completed", 6, 3)
    holder.close()


def test_a_log_busy_at_the_start_is_opened_when_free_and_the_session_running_is_kept(
        qtbot, qapp, tmp_path):
    from relaxapp.ui.shell.app import open_log

    data_dir = tmp_path / "data"
    (data_dir / "sessions").mkdir(parents=True)
    Store(data_dir / "relaxapp.db").close()
    settings = Settings(data_dir)
    settings.sound = settings.voice = False
    clock = FakeClock()
    window = MainWindow(data_dir, None, settings, clock=clock)
    window.player.timer.setInterval(10**6)
    qtbot.addWidget(window)
    window.show()
    app = App(window, clock, None, data_dir)
    holder = hold_the_log(app)
    store, problem = open_log(data_dir, window)  # no question asked: nothing to decide
    assert store is None and "busy in another program" in problem.message
    window.finish(store, problem)
    assert "RelaxApp keeps trying" in window.statusBar().currentMessage()
    assert window.log.save_again.isActive()
    start(app, qtbot, "box-breathing", rating=5)
    app.frames(20_000)
    holder.execute("ROLLBACK")
    window.log.try_again()  # the log opens, and the running session's row is written
    [record] = window.store.sessions()
    assert (record.status, record.tension_before) == ("interrupted", 5)
    assert not window.log.save_again.isActive()
    app.frames(window.flow.practice.run.timeline.total_ms)
    assert window.pages.currentWidget() is window.after_page
    assert window.after_page.save_problem.isHidden()  # recorded as it ran
    assert window.store.sessions()[0].status == "completed"
    holder.close()
    window.store.close()
