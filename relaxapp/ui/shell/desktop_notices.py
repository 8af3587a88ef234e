"""The desktop's own notifications (the freedesktop.org Desktop Notifications
specification, org.freedesktop.Notifications on the session bus), with buttons.

Where a desktop has a notification server (GNOME, KDE, Xfce, dunst...), a reminder shows
the way the person's other reminders do, with "Start now" and "Later" on it, whether or
not there is a tray. D-Bus is spoken through jeepney: PySide's QtDBus cannot send the
specification's unsigned id. Its router reads the bus in a thread of its own; a timer
here hands what the server says back to the GUI thread.

Specification: https://specifications.freedesktop.org/notification-spec/latest/
"""

from __future__ import annotations

import queue

from PySide6.QtCore import QObject, QTimer, Signal

from relaxapp import resources

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
CALL_TIMEOUT_S = 1.0  # a server that does not answer in this time is treated as absent
POLL_MS = 200  # how often what the server says is looked at, while a notice is up
EXPIRES_NEVER = 0  # a reminder stays until answered or dismissed: one nobody sees helps nobody


class DesktopNotices(QObject):
    """A connection to the notification server; ``connect_to_desktop`` makes one."""

    action = Signal(int, str)  # a notice's id, the key of the button pressed
    closed = Signal(int)  # a notice's id: dismissed, expired or closed by us

    def __init__(self, router, parent: QObject | None = None):
        from jeepney import DBusAddress, MatchRule
        from jeepney.io.threading import Proxy
        from jeepney.bus_messages import message_bus

        super().__init__(parent)
        self._router = router
        self._address = DBusAddress(PATH, bus_name=SERVICE, interface=SERVICE)
        rule = MatchRule(type="signal", interface=SERVICE, path=PATH)
        self._said: queue.Queue = queue.Queue()
        self._filter = router.filter(rule, queue=self._said)
        Proxy(message_bus, router, timeout=CALL_TIMEOUT_S).AddMatch(rule)
        self._open: dict[int, str] = {}  # each notice up: the key a click on it stands for
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._read)

    def capabilities(self) -> list[str]:
        return list(self._call("GetCapabilities", "", ())[0])

    def notify(self, summary: str, body: str, buttons: list[tuple[str, str]]) -> int | None:
        """Show a notice with ``buttons`` ((key, label), the first also a click on the notice
        itself); its id, or None if the server refused it."""
        actions = ["default", buttons[0][1]] if buttons else []  # a click on the notice
        for key, text in buttons:
            actions += [key, text]
        icon = str(max(resources.icon_files())[1])  # the largest drawn size
        hints = {"desktop-entry": ("s", "relaxapp"), "urgency": ("y", 1)}
        try:
            notice_id = int(self._call("Notify", "susssasa{sv}i", (
                "RelaxApp", 0, icon, summary, body, actions, hints, EXPIRES_NEVER))[0])
        except Exception:  # noqa: BLE001 (a refusal, a timeout, a server gone: no notice)
            return None
        self._open[notice_id] = buttons[0][0] if buttons else ""
        self._poll.start()
        return notice_id

    def close_notice(self, notice_id: int) -> None:
        if self._open.pop(notice_id, None) is not None:
            try:
                self._call("CloseNotification", "u", (notice_id,))
            except Exception:  # noqa: BLE001 (already gone)
                pass

    def shutdown(self) -> None:
        for notice_id in list(self._open):
            self.close_notice(notice_id)
        self._poll.stop()
        try:
            self._filter.close()
            self._router.close()
            self._router.conn.close()
        except Exception:  # noqa: BLE001 (the bus went first)
            pass

    def _call(self, method: str, signature: str, body: tuple):
        from jeepney import new_method_call
        from jeepney.wrappers import unwrap_msg

        message = new_method_call(self._address, method, signature or None, body)
        return unwrap_msg(self._router.send_and_get_reply(message, timeout=CALL_TIMEOUT_S))

    def _read(self) -> None:
        """What the server said since the last look: a button pressed, a notice closed."""
        from jeepney import HeaderFields

        while True:
            try:
                message = self._said.get_nowait()
            except queue.Empty:
                break
            member = message.header.fields.get(HeaderFields.member)
            notice_id = int(message.body[0]) if message.body else -1
            if notice_id not in self._open:
                continue  # another program's notice
            if member == "ActionInvoked":
                key = str(message.body[1])
                self.action.emit(notice_id, self._open[notice_id] if key == "default" else key)
            elif member == "NotificationClosed":
                del self._open[notice_id]
                self.closed.emit(notice_id)
        if not self._open:
            self._poll.stop()


def connect_to_desktop(parent: QObject | None = None) -> DesktopNotices | None:
    """The desktop's notification server, if there is a session bus, a server on it, and
    the server can show buttons; None otherwise (the caller shows its own window)."""
    try:
        from jeepney.io.threading import DBusRouter, open_dbus_connection

        connection = open_dbus_connection("SESSION", auth_timeout=CALL_TIMEOUT_S)
    except Exception:  # noqa: BLE001 (no bus, no address, no jeepney: no notices)
        return None
    router = DBusRouter(connection)
    notices = None
    try:
        notices = DesktopNotices(router, parent)
        if "actions" in notices.capabilities():
            return notices
    except Exception:  # noqa: BLE001 (no server: "ServiceUnknown"; one that hangs: a timeout)
        pass
    if notices is not None:
        notices.shutdown()
        notices.deleteLater()
    else:
        router.close()
        connection.close()
    return None
