"""Reminders while the app runs: the desktop's own notification with "Start now" and
"Later" where it has a notification server (relaxapp.ui.shell.desktop_notices); else a tray
message, or a small window where the desktop has neither. The app can live in the tray
with its window closed, and quits from the tray menu."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QMenu, QSystemTrayIcon, QVBoxLayout, QWidget

from relaxapp.core.reminders import Reminder, Schedule
from relaxapp.core.clock import wall_now
from relaxapp.ui.shell.desktop_notices import DesktopNotices, connect_to_desktop
from relaxapp.ui.widgets.common import app_icon, button, label
from relaxapp.core.language import tr
from relaxapp.core.reminders import DAY_NAMES

if TYPE_CHECKING:
    from relaxapp.ui.shell.window_parts import WindowParts

# A reminder fires on its minute: the timer is set for the next one, a little after it
# (the wall clock and the timer's clock may differ by a few ms). It also looks at least
# every CHECK_EVERY_MS, as a machine asleep or a clock put right moves the next one.
CHECK_EVERY_MS = 30_000
AFTER_MS = 50


class ReminderWindow(QDialog):
    """The reminder itself where there is no tray: small, quiet, two choices."""

    start_now = Signal()
    later = Signal()

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint)
        self.setWindowTitle(tr("RelaxApp reminder"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(label(tr("Time for a few calm minutes"), "title"))
        layout.addWidget(label(tr("{title}. Whenever you are ready.").format(title=title), "muted", wrap=True))
        row = QHBoxLayout()
        later = button(tr("Later (10 min)"), name=tr("Remind me in 10 minutes"))
        start = button(tr("Start now"), "primary", tr("Start the session now"))
        later.clicked.connect(self.later)
        start.clicked.connect(self.start_now)
        row.addStretch()
        row.addWidget(later)
        row.addWidget(start)
        layout.addLayout(row)
        start.setDefault(True)
        start.setFocus()

    def show_plainly(self) -> None:
        """In front, focused, and marked for attention in the task bar: a reminder nobody
        sees helps nobody."""
        from PySide6.QtWidgets import QApplication

        self.show()
        self.raise_()
        self.activateWindow()
        QApplication.alert(self)


class ReminderService(QObject):
    session_chosen = Signal(str)  # a session id: open its start page
    show_window = Signal()
    quit_requested = Signal()

    def __init__(self, reminders: list[Reminder], titles: Callable[[str], str],
                 now=wall_now, use_tray: bool | None = None, parent: QObject | None = None,
                 chime: Callable[[], None] = lambda: None,
                 desktop: Callable[[QObject], DesktopNotices | None] = connect_to_desktop):
        super().__init__(parent)
        self._connect_desktop = desktop  # tried at each reminder until it answers
        self.desktop: DesktopNotices | None = None
        self.notice_id: int | None = None  # the desktop notice up now
        self.chime = chime  # a soft sound with each reminder, if the settings allow
        self._stopped = False
        self.schedule = Schedule(list(reminders))
        self.titles = titles
        self.now = now
        self.current: Reminder | None = None
        self.popup: ReminderWindow | None = None
        if use_tray is None:
            use_tray = QSystemTrayIcon.isSystemTrayAvailable()
        self.tray: QSystemTrayIcon | None = None
        if use_tray:
            self._build_tray()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse one may be 5% late
        self.timer.timeout.connect(self.check)
        self.schedule.due(self.now())  # from now on; nothing from before the app started
        self._show_next()
        self._arm()

    def _arm(self) -> None:
        """Look again when the next reminder falls, or in CHECK_EVERY_MS if sooner."""
        if self._stopped:
            return
        until = self.schedule.ms_until_next(self.now())
        self.timer.start(CHECK_EVERY_MS if until is None else
                         min(CHECK_EVERY_MS, until + AFTER_MS))

    def _build_tray(self) -> None:
        self.tray = QSystemTrayIcon(app_icon(), self)
        self.tray.setToolTip(tr("RelaxApp"))
        menu = QMenu()
        menu.addAction(tr("Open RelaxApp"), self.show_window.emit)
        menu.addSeparator()
        self.start_action = menu.addAction(tr("Start now"), self.start_now)
        self.later_action = menu.addAction(tr("Later (10 minutes)"), self.later)
        menu.addSeparator()
        menu.addAction(tr("Quit RelaxApp"), self.quit_requested.emit)
        self.menu = menu
        self.tray.setContextMenu(menu)
        self.tray.messageClicked.connect(self.start_now)
        self.tray.activated.connect(lambda reason: self.show_window.emit()
                                    if reason == QSystemTrayIcon.ActivationReason.Trigger else None)
        self._enable_actions(False)
        self.tray.show()

    def _enable_actions(self, on: bool) -> None:
        if self.tray is not None:
            self.start_action.setEnabled(on)
            self.later_action.setEnabled(on)

    @property
    def keeps_running(self) -> bool:
        """With a tray and reminders set, closing the window leaves the app in the tray."""
        return self.tray is not None and bool(self.schedule.reminders)

    def set_reminders(self, reminders: list[Reminder]) -> None:
        self.schedule.reminders = list(reminders)
        self._show_next()
        self._arm()

    def check(self) -> None:
        for reminder in self.schedule.due(self.now()):
            self.remind(reminder)
        self._show_next()
        self._arm()

    def _show_next(self) -> None:
        """The tray icon's tooltip says when the next reminder comes."""
        if self.tray is None:
            return
        upcoming = self.schedule.next_after(self.now())
        self.tray.setToolTip(tr("RelaxApp") if upcoming is None else
                             tr("RelaxApp · next reminder {day} {time}").format(
                                 day=tr(DAY_NAMES[upcoming.weekday()]), time=f"{upcoming:%H:%M}"))

    def remind(self, reminder: Reminder) -> None:
        self.current = reminder
        title = self.titles(reminder.session_id)
        self.chime()
        self._close_notice()
        if self.tray is not None:  # the tray menu can answer it too
            self.start_action.setText(tr("Start now: {title}").format(title=title))
            self._enable_actions(True)
        if self._notify_desktop(title):
            return
        if self.tray is not None:
            self.tray.showMessage(tr("Time for a few calm minutes"),
                                  f"{title}. Click to start, or choose Later from the menu.",
                                  QSystemTrayIcon.MessageIcon.Information, 60_000)
        else:
            self._close_window()
            self.popup = ReminderWindow(title)
            self.popup.start_now.connect(self.start_now)
            self.popup.later.connect(self.later)
            self.popup.show_plainly()

    def _notify_desktop(self, title: str) -> bool:
        """The reminder as the desktop's own notice, with its two buttons; whether shown."""
        if self.desktop is None:
            self.desktop = self._connect_desktop(self)
            if self.desktop is None:
                return False
            self.desktop.action.connect(self._notice_answered)
            self.desktop.closed.connect(self._notice_closed)
        self.notice_id = self.desktop.notify(
            tr("Time for a few calm minutes"),
            tr("{title}. Whenever you are ready.").format(title=title),
            [("start", tr("Start now")), ("later", tr("Later (10 min)"))])
        return self.notice_id is not None

    def _notice_answered(self, notice_id: int, key: str) -> None:
        if notice_id == self.notice_id:  # (answered, it is closed: not every server does)
            if key == "start":
                self.start_now()
            elif key == "later":
                self.later()

    def _notice_closed(self, notice_id: int) -> None:
        """Dismissed or expired: the reminder is not answered (the tray menu still can)."""
        if notice_id == self.notice_id:
            self.notice_id = None

    def _close_notice(self) -> None:
        if self.notice_id is not None and self.desktop is not None:
            self.desktop.close_notice(self.notice_id)
        self.notice_id = None

    def start_now(self) -> None:
        if self.current is None:
            return
        session_id = self.current.session_id
        self._clear()
        self.session_chosen.emit(session_id)

    def later(self) -> None:
        if self.current is None:
            return
        self.schedule.snooze(self.current, self.now())
        self._clear()
        self._arm()

    def _clear(self) -> None:
        self.current = None
        self._enable_actions(False)
        self._close_window()
        self._close_notice()  # answered here (the tray, the window): not left on the desktop

    def _close_window(self) -> None:
        if self.popup is not None:
            self.popup.close()
            self.popup.deleteLater()
            self.popup = None

    @property
    def running(self) -> bool:
        return not self._stopped

    def stop(self) -> None:
        self._stopped = True
        self.timer.stop()
        self._close_window()
        self._close_notice()
        if self.desktop is not None:
            self.desktop.shutdown()
            self.desktop = None
        if self.tray is not None:
            self.tray.hide()


def start_reminders(window: WindowParts, now=None, use_tray: bool | None = None,
                    desktop=connect_to_desktop) -> ReminderService:
    """The window's reminders, from its settings; with a tray icon, the app stays running
    when its window is closed."""
    from PySide6.QtWidgets import QApplication

    def title(session_id: str) -> str:
        session = window.library.get(session_id)
        return session.script.title if session is not None else session_id

    def chime() -> None:
        if window.settings.sound and window.settings.reminder_sound:
            window.cues.play("done")

    service = ReminderService(window.settings.reminders, title, now or wall_now, use_tray,
                              window, chime, desktop)
    service.session_chosen.connect(lambda sid: window.bring_forward(sid))
    service.show_window.connect(lambda: window.bring_forward())
    service.quit_requested.connect(window.closing.quit)
    if service.tray is not None:
        QApplication.instance().setQuitOnLastWindowClosed(False)
    return service
