"""A private D-Bus session bus with a notification server on it that does what the
specification says (org.freedesktop.Notifications): it answers GetCapabilities, Notify
and CloseNotification, remembers what it was asked to show, and sends ActionInvoked and
NotificationClosed when told to, as a person's click would."""

from __future__ import annotations

import itertools
import os
import queue
import shutil
import signal
import subprocess
import threading

from jeepney import DBusAddress, HeaderFields, MatchRule, new_error, new_method_return, \
    new_signal
from jeepney.bus_messages import message_bus
from jeepney.io.threading import DBusRouter, Proxy, open_dbus_connection

from relaxapp.ui.shell.desktop_notices import PATH, SERVICE


def start_session_bus() -> tuple[str, int] | None:
    """A dbus-daemon of our own: its address and process id (None without dbus-daemon)."""
    if shutil.which("dbus-daemon") is None:
        return None
    out = subprocess.run(["dbus-daemon", "--session", "--fork", "--print-address=1",
                          "--print-pid=1", "--nosyslog"], capture_output=True, text=True,
                         check=True, timeout=10).stdout.split()
    return out[0], int(out[1])


def stop_session_bus(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        pass


class NotificationServer:
    """What it was asked: ``shown`` (id, summary, body, actions) and ``closed`` ids."""

    def __init__(self, address: str, capabilities=("actions", "body")):
        self.capabilities = list(capabilities)
        self.shown: list[tuple[int, str, str, list[str]]] = []
        self.closed: list[int] = []
        self._ids = itertools.count(7)
        self._router = DBusRouter(open_dbus_connection(address))
        Proxy(message_bus, self._router, timeout=5).RequestName(SERVICE)
        self._calls = queue.Queue()
        self._filter = self._router.filter(MatchRule(type="method_call", interface=SERVICE),
                                           queue=self._calls, bufsize=0)
        self._emitter = DBusAddress(PATH, interface=SERVICE)
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        # Waits without a timeout, and is stopped by a None: under faketime (the suite run
        # with the clock moved) a wait with a timeout does not end for as long as the clock
        # was moved.
        while (call := self._calls.get()) is not None:
            member = call.header.fields.get(HeaderFields.member)
            if member == "GetCapabilities":
                reply = new_method_return(call, "as", (self.capabilities,))
            elif member == "Notify":
                _app, _replaces, _icon, summary, body, actions, _hints, _expires = call.body
                notice_id = next(self._ids)
                self.shown.append((notice_id, summary, body, list(actions)))
                reply = new_method_return(call, "u", (notice_id,))
            elif member == "CloseNotification":
                self.closed.append(call.body[0])
                self.say_closed(call.body[0], 3)
                reply = new_method_return(call)
            else:
                reply = new_error(call, "org.freedesktop.DBus.Error.UnknownMethod")
            self._router.send(reply)

    def press(self, notice_id: int, key: str) -> None:
        """The person pressed a button (``key``), or the notice itself ("default")."""
        self._router.send(new_signal(self._emitter, "ActionInvoked", "us", (notice_id, key)))

    def say_closed(self, notice_id: int, reason: int = 2) -> None:
        """Closed: 1 expired, 2 dismissed by the person, 3 closed by a call."""
        self._router.send(new_signal(self._emitter, "NotificationClosed", "uu",
                                     (notice_id, reason)))

    def stop(self) -> None:
        self._calls.put(None)
        self._thread.join()
        self._filter.close()
        self._router.close()
        self._router.conn.close()
