"""Whole sessions through the real widgets: start, pause, pace, skip, stop, finish, rate."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from relaxapp.core.safety import SAFETY_NOTE
from tests.conftest import minimal_script

pytestmark = pytest.mark.gui


def card(app, session_id):
    app.window.show_library()
    return next(c for c in app.window.library_page.cards if c.session.id == session_id)


def start(app, qtbot, session_id, rating=None):
    qtbot.mouseClick(card(app, session_id), Qt.MouseButton.LeftButton)
    page = app.window.start_page
    assert app.window.pages.currentWidget() is page and page.session.id == session_id
    if rating is not None:
        qtbot.mouseClick(page.rating.buttons[rating], Qt.MouseButton.LeftButton)
    qtbot.keyClick(page, Qt.Key.Key_Return)
    assert app.window.pages.currentWidget() is app.window.player


def test_library_follows_the_path_then_own_sessions_and_lists_broken_files(app, qtbot,
                                                                          write_script):
    write_script("{broken", "broken.json", app.data_dir / "sessions")
    write_script(json.dumps(minimal_script(id="mine")), "mine.json", app.data_dir / "sessions")
    app.window.library_watcher.reload()
    page = app.window.library_page
    ids = [c.session.id for c in page.cards]
    path = [session_id for _, section in app.window.library.path for session_id in section]
    assert ids == path + ["mine"]  # the learning path first, then the person's own
    assert ids[:3] == ["first-breaths", "belly-breathing-intro", "pmr-16-groups"]
    headings = [lab.text() for lab in page.findChildren(QLabel) if lab.property("role") == "heading"]
    assert headings[0] == "Start here" and "Breathing" in headings  # "mine" under its kind
    assert [lab.text() for lab in page.problem_labels] == [
        f"{app.data_dir / 'sessions' / 'broken.json'}:1:2: invalid JSON: expecting property name "
        "enclosed in double quotes"]


def test_a_breathing_session_from_start_to_rating(app, qtbot):
    start(app, qtbot, "box-breathing", rating=7)
    player = app.window.player
    app.frames(26_000)  # the two spoken introductions
    assert player.phase.text() == "Inhale" and player.cycle.text() == "Breath 1 of 15"
    app.frames(2_000)
    assert player.shape.fullness == pytest.approx(0.5, abs=0.02)
    assert player.countdown.text() == "2"

    qtbot.keyClick(player, Qt.Key.Key_Space)  # pause: time stands still
    assert player.pause_button.text() == "Resume"
    app.clock.advance(60_000)
    player.tick()
    assert player.shape.fullness == pytest.approx(0.5, abs=0.02)
    assert player.time_left.text().startswith("Paused")
    qtbot.keyClick(player, Qt.Key.Key_Space)

    qtbot.keyClick(player, Qt.Key.Key_Down)  # slower, without a jump
    before = player.shape.fullness
    player.tick()
    assert player.shape.fullness == pytest.approx(before, abs=1e-6)
    assert player.pace_box.value.text() == "3.5 breaths a minute"
    qtbot.keyClick(player, Qt.Key.Key_Up)
    assert player.pace_box.value.text() == "3.75 breaths a minute"

    qtbot.keyClick(player, Qt.Key.Key_S)  # skip the breathing: on to the closing words
    assert player.phase.text() == "" and "normally" in player.instruction.text()
    app.frames(12_500)
    after = app.window.after_page
    assert app.window.pages.currentWidget() is after
    # it ran to its end, most of it skipped: neither "Well done" nor "stopped"
    assert after.heading.text() == "Finished, with parts skipped."
    assert "You rated your tension 7 before." in after.subheading.text()

    qtbot.mouseClick(after.rating.buttons[3], Qt.MouseButton.LeftButton)
    assert after.change.text().startswith("7 → 3: 4 points lower.")
    qtbot.mouseClick(after.details_button, Qt.MouseButton.LeftButton)
    after.symptom_boxes["twitching"].setChecked(True)
    assert after.safety.isHidden()  # twitching alone is no red flag
    qtbot.keyClicks(after.note, "Shoulders dropped.")
    qtbot.mouseClick(after.save_button, Qt.MouseButton.LeftButton)
    assert app.window.pages.currentWidget() is app.window.home_page
    assert app.window.statusBar().currentMessage() == "Saved. Tension 7 → 3."

    [record] = app.store.sessions()
    assert (record.session_id, record.status, record.tension_before, record.tension_after) == \
        ("box-breathing", "stopped", 7, 3)
    assert record.symptoms == ["twitching"] and record.note == "Shoulders dropped."
    assert record.pace == 3.75 and record.practiced_seconds == 26 + 2 + 12


def test_a_pmr_session_stopped_early_keeps_what_was_done(app, qtbot):
    start(app, qtbot, "pmr-16-groups")
    player = app.window.player
    app.frames(12_000 + 16_000 + 16_000 + 20_000 + 1_000)
    assert player.visual.currentWidget() is player.body
    assert player.phase.text() == "Stronger hand and forearm"
    assert player.countdown.text() == "Tense · 0:06"
    assert player.body.highlighted == {"right_hand", "right_forearm"}
    assert player.body.highlight_color == "tense"
    assert player.cycle.text() == "Group 1 of 16 · round 1 of 2"
    app.frames(7_000)
    assert player.countdown.text().startswith("Release · 0:3")
    assert player.body.highlight_color == "release"
    assert "Let go" in player.instruction.text()
    assert player.practice.progress_written(timeout_s=30)  # (from a thread of its own)
    record = app.store.sessions()[0]
    # saved as it runs: 10 s apart, or up to 14 s to keep clear of a sound due soon
    assert record.status == "interrupted" and 70 <= record.practiced_seconds <= 72
    qtbot.keyClick(player, Qt.Key.Key_Escape)
    after = app.window.after_page
    assert app.window.pages.currentWidget() is after
    assert after.heading.text() == "Stopped early: that's fine."
    record = app.store.sessions()[0]
    assert (record.status, record.practiced_seconds) == ("stopped", 72)


def test_red_flags_bring_the_safety_note_and_it_is_saved(app, qtbot):
    start(app, qtbot, "neck-shoulders-jaw", rating=8)
    qtbot.keyClick(app.window.player, Qt.Key.Key_Escape)
    after = app.window.after_page
    assert after.safety.isHidden()
    after.symptom_boxes["numbness"].setChecked(True)
    assert not after.safety.isHidden() and after.safety.text() == SAFETY_NOTE
    assert "diagnos" not in SAFETY_NOTE.replace("not a diagnosis", "")
    after.body.select("neck")
    qtbot.mouseClick(after.region_rating.buttons[6], Qt.MouseButton.LeftButton)
    after.body.select("jaw")
    qtbot.keyClick(after.region_rating, Qt.Key.Key_4)
    assert after.body.ratings == {"neck": 6, "jaw": 4}
    qtbot.mouseClick(after.safety_link, Qt.MouseButton.LeftButton)
    assert app.window.pages.currentWidget() is app.window.about_page
    assert "Numbness or tingling" in app.window.about_page.text.toPlainText()
    app.window.about_page.back.emit()
    assert app.window.pages.currentWidget() is after
    qtbot.mouseClick(after.save_button, Qt.MouseButton.LeftButton)
    record = app.store.sessions()[0]
    assert record.symptoms == ["numbness"] and record.regions["after"] == {"jaw": 4, "neck": 6}
    assert record.tension_after is None and record.tension_before == 8


def test_keyboard_alone_runs_a_whole_session(app, qtbot):
    window = app.window
    window.library_page.cards[0].setFocus()
    qtbot.keyClick(window.library_page.cards[0], Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.start_page
    qtbot.keyClick(window.start_page.rating, Qt.Key.Key_6)
    assert window.start_page.rating.value() == 6
    qtbot.keyClick(window.start_page, Qt.Key.Key_Return)
    player = window.player
    assert window.pages.currentWidget() is player
    for _ in range(10):
        qtbot.keyClick(player, Qt.Key.Key_S)
    assert window.pages.currentWidget() is window.after_page
    qtbot.keyClick(window.after_page.rating, Qt.Key.Key_2)
    window.after_page.save_button.setFocus()
    qtbot.keyClick(window.after_page.save_button, Qt.Key.Key_Space)
    record = app.store.sessions()[0]
    # every step skipped: recorded as what it was, not as a completed session
    assert (record.tension_before, record.tension_after, record.status) == (6, 2, "stopped")


def test_start_option_opens_the_session_and_unknown_ids_are_explained(app, qtbot):
    assert app.window.steps.open_start("cyclic-sighing")
    assert app.window.pages.currentWidget() is app.window.start_page
    assert app.window.start_page.title.text() == "Cyclic sighing"
    assert not app.window.steps.open_start("no-such-session")
    assert app.window.pages.currentWidget() is app.window.home_page
    assert "no-such-session" in app.window.statusBar().currentMessage()


def test_reduced_motion_keeps_the_shape_still(app, qtbot):
    app.window.menu_actions.reduced_motion.setChecked(True)
    start(app, qtbot, "resonance-6")
    app.frames(32_000 + 1_000)
    shape = app.window.player.shape
    assert shape.radius_fraction() == 0.75 and shape.active
    app.frames(1_000)
    assert shape.radius_fraction() == 0.75
    assert app.window.player.phase.text() == "Inhale"


def test_user_sessions_reload_live_and_a_bad_edit_never_crashes(app, qtbot, write_script):
    from tests.conftest import minimal_script

    folder = app.data_dir / "sessions"
    path = write_script(minimal_script(id="mine", title="My evening"), "mine.json", folder)
    qtbot.waitUntil(lambda: any(c.session.id == "mine" for c in app.window.library_page.cards),
                    timeout=5000)
    start(app, qtbot, "mine")
    app.frames(3_000)
    path.write_text("{ half written")  # the file breaks while its session runs
    qtbot.waitUntil(lambda: app.window.library_page.problem_labels != [], timeout=5000)
    app.frames(40_000)
    assert app.window.pages.currentWidget() is app.window.after_page
    import shutil

    shutil.rmtree(folder)  # the folder disappears
    app.window.library_watcher.reload()
    assert not any(c.session.origin == "user" for c in app.window.library_page.cards)
    assert app.window.library_page.problem_labels == []


def test_log_practice_dialog_saves_to_the_log(app, qtbot, monkeypatch):
    from relaxapp.ui.dialogs.log_dialog import LogDialog

    def fill_and_accept(dialog):
        dialog.activity.setCurrentText("Evening walk")
        dialog.minutes.setValue(35)
        dialog.before.set_value(6)
        dialog.after.set_value(4)
        return True

    monkeypatch.setattr(LogDialog, "exec", fill_and_accept)
    app.window.log_practice()
    [record] = app.store.sessions()
    assert (record.title, record.practiced_seconds, record.source) == ("Evening walk", 2100, "manual")
    assert (record.tension_before, record.tension_after) == (6, 4)
    when = datetime.fromisoformat(record.started_at)
    assert app.window.statusBar().currentMessage() == \
        f"Saved: Evening walk, 35 min, {when:%a} {when.day} {when:%b %Y, %H:%M}."


def test_digits_typed_after_the_minutes_rate_the_tension_not_the_date(app, qtbot):
    from relaxapp.ui.dialogs.log_dialog import LogDialog

    dialog = LogDialog(app.window)
    qtbot.addWidget(dialog)
    dialog.show()
    month = dialog.when.date().month()
    stop = dialog.minutes  # where Tab goes from the minutes: the next widget Tab stops at
    while True:
        stop = stop.nextInFocusChain()
        if stop.focusPolicy() & Qt.FocusPolicy.TabFocus and stop.isVisible() \
                and stop is not dialog.minutes and not dialog.minutes.isAncestorOf(stop):
            break
    assert dialog.before.isAncestorOf(stop)
    qtbot.keyClick(stop, Qt.Key.Key_6)
    assert dialog.before.value() == 6 and dialog.when.date().month() == month


def test_settings_persist_across_windows(app, qtbot, qapp):
    from relaxapp.ui.shell.settings import Settings

    app.window.menu_actions.voice.setChecked(True)
    app.window.menu_actions.reduced_motion.setChecked(True)
    app.window.settings.theme = "dark"
    again = Settings(app.data_dir)
    assert (again.voice, again.reduced_motion, again.theme, again.sound) == (True, True, "dark", False)
    from relaxapp.ui.widgets import theme

    assert theme.current().name == "dark"
    theme.apply(qapp, "light")


def test_closing_the_window_mid_session_keeps_it_as_stopped(app, qtbot):
    start(app, qtbot, "resonance-6")
    app.frames(30_000)
    app.window.close()
    record = app.store.sessions()[0]
    assert (record.status, record.practiced_seconds) == ("stopped", 30)


def test_unsaveable_log_never_stops_a_session(app, qtbot):
    app.store.close()  # the log goes away
    start(app, qtbot, "box-breathing")
    app.frames(30_000)
    assert "Not saved" in app.window.statusBar().currentMessage()
    qtbot.keyClick(app.window.player, Qt.Key.Key_Escape)
    assert app.window.pages.currentWidget() is app.window.after_page
    qtbot.mouseClick(app.window.after_page.save_button, Qt.MouseButton.LeftButton)
    app.store = type(app.store)(app.data_dir / "relaxapp.db")  # for the fixture's close


def test_an_unusable_log_is_explained_and_can_be_set_aside(tmp_path, qapp, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from relaxapp.ui.shell.app import open_log

    (tmp_path / "relaxapp.db").write_bytes(b"my precious notes, not a database")
    shown = []

    def choose(box):
        shown.append((box.text(), box.informativeText()))
        box_buttons = box.buttons()
        monkeypatch.setattr(box, "clickedButton", lambda: next(
            b for b in box_buttons if b.text().startswith("Set it aside")))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", choose)
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)
    store, problem = open_log(tmp_path)
    assert store is not None and store.count() == 0 and problem is None
    assert "is not a RelaxApp database" in shown[0][0] and "Nothing is deleted" in shown[0][1]
    [moved] = [p for p in tmp_path.iterdir() if p.name.startswith("relaxapp.db.unusable-")]
    assert moved.read_bytes() == b"my precious notes, not a database"
    store.close()


def test_a_broken_file_fixed_in_place_comes_back(app, qtbot, write_script):
    from tests.conftest import minimal_script

    folder = app.data_dir / "sessions"
    path = write_script("{ not yet", "later.json", folder)
    app.window.library_watcher.reload()
    assert len(app.window.library_page.problem_labels) == 1
    path.write_text(json.dumps(minimal_script(id="later")))  # same file, no rename
    qtbot.waitUntil(lambda: any(c.session.id == "later" for c in app.window.library_page.cards),
                    timeout=5000)
    assert app.window.library_page.problem_labels == []


def test_the_log_writing_beside_the_sessions_does_not_reload_the_library(app):
    watched = app.window.library_watcher.watcher.directories()
    assert str(app.data_dir / "sessions") in watched
    assert str(app.data_dir) not in watched  # where the log's journal comes and goes
    import shutil

    shutil.rmtree(app.data_dir / "sessions")
    (app.data_dir / "sessions").write_text("")  # cannot become a folder
    app.window.library_watcher.reload()
    assert app.window.library_watcher.watcher.directories() == [str(app.data_dir)]  # to notice a new one


def test_progress_is_saved_once_the_frame_is_on_screen(app, qtbot, qapp, monkeypatch):
    """The event loop paints the frame first; the save then falls in the idle time before
    the next frame, so a disk write never holds the animation back."""
    from relaxapp import practice

    monkeypatch.setattr(practice, "QUIET_FOR_SAVE_MS", 0)  # when, with sounds due: below
    start(app, qtbot, "box-breathing")
    player = app.window.player
    qtbot.keyClick(player, Qt.Key.Key_S)  # past the two spoken introductions
    qtbot.keyClick(player, Qt.Key.Key_S)
    qapp.processEvents()
    saved = []
    monkeypatch.setattr(player.practice, "save_progress", lambda: saved.append("save"))
    app.frames(9_000 - 16, frame_ms=250)  # frame by frame: a window held up goes back
    assert saved == []  # not due yet
    order = []
    original_paint = player.shape.paintEvent
    player.shape.paintEvent = lambda event: (order.append("paint"), original_paint(event))
    monkeypatch.setattr(player.practice, "save_progress", lambda: order.append("save"))

    app.clock.advance(16)
    player.tick()
    qapp.processEvents()
    assert order == ["paint"]  # not due yet
    app.clock.advance(1_000)
    player.tick()
    player.tick()  # a second frame before the event loop runs asks for no second save
    qapp.processEvents()
    assert order == ["paint", "paint", "save"]


def test_a_pause_is_plain_to_see_and_says_how_to_go_on(app, qtbot):
    start(app, qtbot, "neck-shoulders-jaw")
    player = app.window.player
    app.frames(3_000)
    assert not player.paused_view.isVisible()
    qtbot.keyClick(player, Qt.Key.Key_Space)
    assert player.paused_view.isVisible() and player.paused_view.title.text() == "Paused"
    assert "Space" in player.paused_view.hint.text()
    assert player.paused_view.geometry() == player.visual.geometry()  # over the picture
    qtbot.keyClick(player, Qt.Key.Key_Space)
    assert not player.paused_view.isVisible()
    qtbot.keyClick(player, Qt.Key.Key_Space)
    qtbot.keyClick(player, Qt.Key.Key_Escape)  # stopped while paused: nothing left over
    assert not player.paused_view.isVisible()


def test_the_eyes_closed_screen_is_not_lit_up_by_a_pause(app, qtbot):
    start(app, qtbot, "neck-shoulders-jaw")
    player = app.window.player
    qtbot.keyClick(player, Qt.Key.Key_E)
    qtbot.keyClick(player, Qt.Key.Key_Space)
    assert not player.paused_view.isVisible()
    assert player.eyes_closed_view.phase.text() == "Paused"
    qtbot.keyClick(player, Qt.Key.Key_E)  # the full view again, still paused
    assert player.paused_view.isVisible()


def test_the_after_page_opens_fresh_at_the_top_each_time(app, qtbot):
    start(app, qtbot, "box-breathing")
    qtbot.keyClick(app.window.player, Qt.Key.Key_Escape)
    after = app.window.after_page
    qtbot.mouseClick(after.details_button, Qt.MouseButton.LeftButton)
    after.body.region_clicked.emit("neck")
    after.region_rating.set_value(6)
    qtbot.waitUntil(lambda: after.scroll.verticalScrollBar().maximum() > 0, timeout=2_000)
    after.scroll.verticalScrollBar().setValue(after.scroll.verticalScrollBar().maximum())
    assert after.scroll.verticalScrollBar().value() > 0
    qtbot.mouseClick(after.save_button, Qt.MouseButton.LeftButton)
    start(app, qtbot, "box-breathing")
    qtbot.keyClick(app.window.player, Qt.Key.Key_Escape)
    assert after.scroll.verticalScrollBar().value() == 0 and after.details.isHidden()
    assert "Neck" not in after.region_label.text() and not after.region_rating.isEnabled()
    assert after.region_rating.value() is None and after.region_ratings == {}


def test_on_the_start_page_a_digit_rates_the_tension_and_enter_starts(app, qtbot):
    app.window.steps.open_start("box-breathing")
    page = app.window.start_page
    qtbot.keyClick(page.start_button, Qt.Key.Key_7)  # Start has the focus: no Tab needed
    assert page.rating.value() == 7
    with qtbot.waitSignal(page.start, timeout=1_000):
        qtbot.keyClick(page.start_button, Qt.Key.Key_Return)
    assert app.window.pages.currentWidget() is app.window.player
    assert app.store.sessions()[0].tension_before == 7


def test_ten_is_typed_as_one_then_zero_and_stored_as_ten(app, qtbot):
    """Typing "10" used to save 0 ("8 → 0: 8 points lower. Well done.")."""
    from relaxapp.core.clock import FakeClock

    app.window.steps.open_start("box-breathing")
    page = app.window.start_page
    keys = FakeClock()
    page.rating.clock = keys
    qtbot.keyClick(page.start_button, Qt.Key.Key_1)
    keys.advance(300)
    qtbot.keyClick(page.start_button, Qt.Key.Key_0)
    assert page.rating.value() == 10
    with qtbot.waitSignal(page.start, timeout=1_000):
        qtbot.keyClick(page.start_button, Qt.Key.Key_Return)
    app.frames(app.window.flow.practice.run.timeline.total_ms + 100, frame_ms=250)
    after = app.window.after_page
    assert app.window.pages.currentWidget() is after
    after.rating.clock = keys
    qtbot.keyClick(after, Qt.Key.Key_1)
    keys.advance(1_000)
    qtbot.keyClick(after, Qt.Key.Key_0)
    [record] = app.store.sessions()
    assert (record.tension_before, record.tension_after) == (10, 10)  # as typed
    keys.advance(5_000)  # a zero typed long after the one is a zero
    qtbot.keyClick(after, Qt.Key.Key_0)
    assert app.store.sessions()[0].tension_after == 0
    qtbot.keyClick(after, Qt.Key.Key_1)
    keys.advance(10)
    qtbot.keyClick(after, Qt.Key.Key_2)  # only a zero makes ten
    assert app.store.sessions()[0].tension_after == 2


def test_a_change_in_the_sessions_folder_is_read_off_the_window_thread(app, qtbot,
                                                                       write_script,
                                                                       monkeypatch):
    """An 80 KB file dropped into the folder froze a running session for 20 s: the library
    was read on the window's thread. Now the window's frames go on while it is read."""
    import threading

    from relaxapp.core import library as library_module
    from tests.conftest import minimal_script

    real = library_module.load_library
    read_in: list[str] = []
    release = threading.Event()

    def slow_disk(*args):
        read_in.append(threading.current_thread().name)
        release.wait(10)  # a disk that takes its time
        return real(*args)

    monkeypatch.setattr(library_module, "load_library", slow_disk)
    watcher = app.window.library_watcher
    write_script(minimal_script(id="dropped", title="Dropped in"), "dropped.json",
                 app.data_dir / "sessions")
    qtbot.waitUntil(lambda: read_in != [], timeout=5_000)
    assert read_in == ["library"]  # its own thread, not the window's
    assert watcher.library.get("dropped") is None  # not yet: the window goes on meanwhile
    release.set()
    qtbot.waitUntil(lambda: watcher.library.get("dropped") is not None, timeout=5_000)
    assert any(c.session.id == "dropped" for c in app.window.library_page.cards)


def test_a_read_overtaken_by_a_newer_one_is_dropped(app, qtbot, write_script, monkeypatch):
    import threading

    from relaxapp.core import library as library_module
    from tests.conftest import minimal_script

    real = library_module.load_library
    release = threading.Event()
    started = threading.Event()

    def slow_once(*args):
        if threading.current_thread().name == "library":
            library = real(*args)  # read before the change below
            started.set()
            release.wait(10)
            return library
        return real(*args)

    monkeypatch.setattr(library_module, "load_library", slow_once)
    watcher = app.window.library_watcher
    watcher.reload_in_background()
    assert started.wait(10)
    write_script(minimal_script(id="newer"), "newer.json", app.data_dir / "sessions")
    watcher.reload()  # the app's own change, read at once
    assert watcher.library.get("newer") is not None
    release.set()
    qtbot.waitUntil(lambda: not watcher._reading, timeout=5_000)
    assert watcher.library.get("newer") is not None  # the older read did not replace it
