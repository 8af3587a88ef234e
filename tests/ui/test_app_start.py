"""Starting the app: a second start, the first-run welcome, the desktop entry."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import time

import pytest
from PySide6.QtCore import QTime

from relaxapp.core.reminders import Reminder
from relaxapp.ui.shell.app import bring_forward
from relaxapp.ui.shell.onboarding import welcome_once
from relaxapp.ui.shell.single_instance import InstanceServer

pytestmark = pytest.mark.gui


def test_a_second_start_hands_over_to_the_running_app(app, qtbot):
    server = InstanceServer(app.data_dir)
    server.message_received.connect(lambda message: bring_forward(app.window, message))
    second = subprocess.Popen([sys.executable, "-m", "relaxapp", "--data-dir", str(app.data_dir),
                               "--start", "cyclic-sighing"], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    qtbot.waitUntil(lambda: second.poll() is not None, timeout=30_000)
    out, err = second.communicate()
    assert second.returncode == 0, err
    qtbot.waitUntil(lambda: app.window.pages.currentWidget() is app.window.start_page, timeout=5000)
    assert app.window.start_page.session.id == "cyclic-sighing"
    server.close()


def test_first_run_welcome_sets_a_reminder_and_offers_two_minutes(app, qtbot):
    window = app.window
    dialog = welcome_once(window)
    assert dialog.isVisible()
    dialog.remind.setChecked(True)
    dialog.time.setTime(QTime(7, 30))
    dialog._try()
    assert window.settings.onboarded
    assert window.settings.reminders == [Reminder(time(7, 30), session_id="first-breaths")]
    assert window.start_page.session.id == "first-breaths"
    assert 110 <= window.start_page.session.script.planned_ms / 1000 <= 130
    assert welcome_once(window) is None  # once only


@pytest.mark.parametrize("start_id", [None, "box-breathing"])
def test_a_first_run_welcomes_unless_a_session_was_asked_for(qtbot, tmp_path, start_id):
    from PySide6.QtCore import Qt

    from relaxapp.ui.shell.app import create_window

    window = create_window(tmp_path / "data", start_id)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.store is not None, timeout=5000)  # after the first paint
    try:
        welcome = getattr(window, "welcome", None)
        if start_id is None:
            assert welcome is not None and welcome.isVisible()
            welcome.reject()
        else:
            assert welcome is None
            assert window.pages.currentWidget() is window.start_page
            qtbot.keyClick(window.start_page, Qt.Key.Key_Return)  # Enter begins it
            assert window.pages.currentWidget() is window.player
            assert window.flow.practice.script.id == start_id
            window.player.stop()
    finally:
        window.findChild(InstanceServer).close()
        window.store.close()
        window.close()


def test_desktop_entry_and_icons(tmp_path):
    from relaxapp.desktop import desktop_entry, install

    text = desktop_entry("relaxapp", [("box-breathing", "Box breathing, 4-4-4-4")])
    assert "Exec=relaxapp\n" in text and "Actions=start-box-breathing;" in text
    assert "[Desktop Action start-box-breathing]\nName=Box breathing, 4-4-4-4\nExec=relaxapp --start box-breathing" in text
    entry = install(tmp_path / "data", home=tmp_path / "home", command="relaxapp")
    written = entry.read_text()
    assert written.count("[Desktop Action") == 3 and "--data-dir" in written
    for size in (16, 48, 256):
        icon = tmp_path / "home" / ".local/share/icons/hicolor" / f"{size}x{size}/apps/relaxapp.png"
        assert icon.read_bytes()[:4] == b"\x89PNG"




@pytest.fixture
def private_tmp(tmp_path, monkeypatch):
    """A temporary folder of its own, and no $XDG_RUNTIME_DIR: the socket's folder is made
    in it."""
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    return tmp_path / "tmp"


def test_a_start_finds_a_running_app_through_a_private_socket(qtbot, tmp_path, private_tmp):
    import os

    from relaxapp.ui.shell.single_instance import send_to_running

    data = tmp_path / "data"
    assert not send_to_running(data, {"start": None})  # nobody listens: no socket file
    server = InstanceServer(data)
    heard = []
    server.message_received.connect(heard.append)
    folder = private_tmp / f"relaxapp-{os.getuid()}"
    assert oct(folder.stat().st_mode & 0o777) == "0o700" and list(folder.iterdir())
    assert send_to_running(data, {"start": "box-breathing"})
    qtbot.waitUntil(lambda: heard == [{"start": "box-breathing"}], timeout=5_000)
    server.close()


def test_the_desktop_session_folder_is_used_when_it_is_private(tmp_path, monkeypatch):
    from relaxapp.ui.shell.single_instance import socket_path

    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    assert socket_path(tmp_path / "data").parent == runtime
    runtime.chmod(0o755)  # others may look in: not used
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    assert socket_path(tmp_path / "data").parent == tmp_path / f"relaxapp-{os.getuid()}"


def test_a_folder_others_can_enter_is_never_used(qtbot, tmp_path, private_tmp):
    """Another user who made the folder first (or opened it to all) must not receive this
    user's starts, nor make them exit without a window."""
    from relaxapp.ui.shell.single_instance import send_to_running, socket_path

    shared = private_tmp / f"relaxapp-{os.getuid()}"
    shared.mkdir()
    shared.chmod(0o777)
    assert socket_path(tmp_path / "data") is None
    server = InstanceServer(tmp_path / "data")
    assert server.server is None and not list(shared.iterdir())  # no socket made there
    assert not send_to_running(tmp_path / "data", {"start": None})  # this start goes on


def test_without_user_ids_no_private_folder_is_made_and_nothing_fails(
        qtbot, tmp_path, private_tmp, monkeypatch):
    """No getuid, so no folder can be made private: no Unix socket is made (it once raised
    AttributeError at every start); Qt's local server is used instead (see below)."""
    from relaxapp.ui.shell.single_instance import socket_path

    monkeypatch.delattr(os, "getuid")
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    assert socket_path(tmp_path / "data") is None
    server = InstanceServer(tmp_path / "data")
    assert server.server is None and server.local_server is not None
    assert not [path for path in private_tmp.iterdir() if path.is_dir()]
    server.close()


def test_the_socket_is_named_as_earlier_versions_named_it(tmp_path):
    # SHA-1 of the data folder's path, whichever module computes it.
    import hashlib

    from relaxapp.ui.shell.single_instance import server_name

    data = tmp_path / "data"
    assert server_name(data) == "relaxapp-" + hashlib.sha1(str(data.resolve()).encode()).hexdigest()[:16]


def test_a_socket_left_by_a_crash_is_taken_over(qtbot, tmp_path, private_tmp):
    import socket

    from relaxapp.ui.shell.single_instance import send_to_running, socket_path

    data = tmp_path / "data"
    crashed = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    crashed.bind(str(socket_path(data)))  # the file stays; nobody listens on it
    crashed.close()
    assert not send_to_running(data, {"start": None})  # so this start goes on
    server = InstanceServer(data)
    heard = []
    server.message_received.connect(heard.append)
    assert oct(socket_path(data).stat().st_mode & 0o777) == "0o600"  # this user's starts only
    assert send_to_running(data, {"start": "box-breathing"})
    qtbot.waitUntil(lambda: heard == [{"start": "box-breathing"}], timeout=5_000)
    server.close()
    assert not socket_path(data).exists()


def test_what_is_not_a_message_is_ignored(qtbot, tmp_path, private_tmp):
    import socket

    from relaxapp.ui.shell.single_instance import MAX_MESSAGE, send_to_running, socket_path

    data = tmp_path / "data"
    server = InstanceServer(data)
    heard = []
    server.message_received.connect(heard.append)
    for junk in (b"not json\n", b"[1, 2]\n", b"x" * (MAX_MESSAGE + 10), b'{"start": ',
                 b"[" * 3000 + b"\n", b'{"start": 5}\n', b'{"start": "x", "more": 1}\n',
                 b'{"start": "' + b"x" * 100 + b'"}\n', b"{}\n"):
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as stranger:
            stranger.connect(str(socket_path(data)))
            stranger.sendall(junk)
        server._accept()  # as the event loop would: the queue of connections is short
    assert heard == []
    assert send_to_running(data, {"start": "box-breathing"})
    qtbot.waitUntil(lambda: heard == [{"start": "box-breathing"}], timeout=5_000)
    server.close()


def test_a_message_that_trickles_in_is_given_up_in_half_a_second_in_all():
    """One byte every half second kept the window frozen: the wait was per read."""
    import socket

    from relaxapp.ui.shell import single_instance

    class Clock:  # each read takes 0.2 s, as a byte a while would
        now = 0.0

        def __call__(self):
            self.now += 0.2
            return self.now

    ours, theirs = socket.socketpair()
    with ours, theirs:
        theirs.sendall(b'{"st')  # and the rest never comes in time
        assert single_instance._read_line(ours, Clock()) is None
    ours, theirs = socket.socketpair()
    with ours, theirs:
        theirs.sendall(b'{"start": null}\n')
        assert single_instance._read_line(ours) == {"start": None}


def test_the_window_icon_comes_after_the_first_paint_at_every_drawn_size(qtbot, tmp_path):
    from PySide6.QtWidgets import QApplication

    from relaxapp.ui.shell.app import create_window

    QApplication.setWindowIcon(QApplication.windowIcon().__class__())  # none yet
    window = create_window(tmp_path / "data")
    qtbot.addWidget(window)
    assert QApplication.windowIcon().isNull()  # painted first
    qtbot.waitUntil(lambda: window.store is not None, timeout=5000)
    try:
        sizes = sorted(size.width() for size in QApplication.windowIcon().availableSizes())
        assert sizes == [16, 32, 48, 64, 128, 256]
    finally:
        if getattr(window, "welcome", None) is not None:
            window.welcome.reject()
        window.findChild(InstanceServer).close()
        window.store.close()
        window.close()


def test_start_at_login_writes_and_removes_an_autostart_entry(app, qtbot, tmp_path,
                                                              monkeypatch):
    from relaxapp.desktop import autostart_entry_path
    from relaxapp.ui.dialogs.settings_dialog import SettingsDialog

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    entry = autostart_entry_path()
    assert entry == tmp_path / "config" / "autostart" / "relaxapp.desktop"
    dialog = SettingsDialog(app.window.settings, app.data_dir, [("box-breathing", "Box")])
    qtbot.addWidget(dialog)
    assert not dialog.at_login.isChecked()
    dialog.at_login.setChecked(True)
    dialog.save()
    text = entry.read_text(encoding="utf-8")
    assert "--minimized" in text and f"--data-dir {app.data_dir}" in text
    assert "X-GNOME-Autostart-enabled=true" in text and dialog.login_result == ""
    again = SettingsDialog(app.window.settings, app.data_dir, [("box-breathing", "Box")])
    qtbot.addWidget(again)
    assert again.at_login.isChecked()
    again.at_login.setChecked(False)
    again.save()
    assert not entry.exists()


def test_a_start_at_login_opens_minimised_with_the_log_and_reminders(qtbot, tmp_path,
                                                                     private_tmp):
    from relaxapp.cli import opens_window_only
    from relaxapp.ui.shell.app import create_window

    assert opens_window_only(["--minimized", "--data-dir", "x"])
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.ini").write_text("[app]\nonboarded=true\n\n[cues]\nsound=false\n"
                                       "voice=false\n")
    window = create_window(data, minimized=True)
    qtbot.addWidget(window)
    # nothing is painted while minimised, yet the log opens and the reminders start
    qtbot.waitUntil(lambda: window.store is not None and window.reminders is not None,
                    timeout=5_000)
    assert window.isMinimized()
    window.reminders.stop()
    window.store.close()


def test_without_user_ids_a_start_finds_the_running_app_through_a_local_server(
        qtbot, tmp_path, monkeypatch):
    """As on Windows, which has no user ids to make a folder private by: Qt's local server
    (a named pipe there, open to this user only) carries the same line."""
    from PySide6.QtNetwork import QLocalSocket

    from relaxapp.ui.shell import single_instance

    monkeypatch.delattr(os, "getuid")
    data = tmp_path / "data"
    assert not single_instance.send_to_running(data, {"start": None})  # nobody listens
    server = InstanceServer(data)
    assert server.local_server is not None and server.server is None
    heard = []
    server.message_received.connect(heard.append)
    assert single_instance.send_to_running(data, {"start": "box-breathing"})
    qtbot.waitUntil(lambda: heard == [{"start": "box-breathing"}], timeout=5_000)

    for junk in (b'{"start": "x", "more": 1}\n', b"[" * 3000 + b"\n",
                 b'{"start": "' + b"x" * 5000 + b'"}\n'):
        stranger = QLocalSocket()
        stranger.connectToServer(single_instance.pipe_name(data))
        assert stranger.waitForConnected(1_000)
        stranger.write(junk)
        stranger.waitForBytesWritten(1_000)
        qtbot.waitUntil(lambda: stranger.state() == QLocalSocket.LocalSocketState.UnconnectedState,
                        timeout=5_000)  # read, judged and let go
    assert heard == [{"start": "box-breathing"}]  # none of it was taken for a start
    server.close()
    assert not single_instance.send_to_running(data, {"start": None})
