"""What closing the window does: a running session is stopped (what was done is kept), the
after page's answers are saved, reminders go on from the tray or are given up knowingly, and
the audio thread ends before the window does."""

from __future__ import annotations

from relaxapp.core.language import tr
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from relaxapp.ui.shell.window_parts import WindowParts


class Closing:
    def __init__(self, window: WindowParts):
        self.window = window
        self.quitting = False  # the whole app ends (Quit), not only the window

    def quit(self) -> None:
        """Quit RelaxApp: the window closes as below, and reminders end with it."""
        from PySide6.QtWidgets import QApplication

        self.quitting = True
        self.window.close()
        if self.window.reminders is not None:
            self.window.reminders.stop()
        QApplication.instance().quit()

    def may_close(self, event: QCloseEvent) -> bool:
        """Everything kept for a close; False (the event ignored) when the window stays,
        minimised or in the tray, for its reminders."""
        window, reminders = self.window, self.window.reminders
        if not self.quitting and reminders is not None and reminders.running and \
                reminders.schedule.reminders and not reminders.keeps_running and \
                not _close_ends_reminders(window):
            event.ignore()  # kept open, minimised, so its reminders still come
            window.showMinimized()
            return False
        if window.pages.currentWidget() is window.pages.built("after"):  # its answers are kept
            window.steps.save_rating(window.after_page.answers())
        if window.made("flow") and window.flow.running:
            window.player.stop()  # closing is stopping: what was done is kept
        if window.pages.built("player") is not None:
            window.player.end()
        if not self.quitting and reminders is not None and reminders.keeps_running:
            window.hide()  # reminders go on from the tray; "Quit RelaxApp" there ends the app
            reminders.tray.showMessage(tr("RelaxApp is still here"),
                                       tr("Your reminders will come. Quit from this icon's "
                                          "menu."))
            event.ignore()
            return False
        if window.made("cues"):  # made
            window.cues.narrator.shutdown()
            window.cues.output.shutdown()  # the audio thread ends before the window does
        return True


def _close_ends_reminders(window: WindowParts) -> bool:
    """Without a tray, reminders come only while the window is open: say so on closing, and
    offer to keep it open, minimised. True to close."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Question, tr("Closing ends your reminders"),
                      tr("Reminders come only while RelaxApp is open. Keep it open, "
                      "minimised, so they still come?"), parent=window)
    keep = box.addButton(tr("Keep open, minimised"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("Close, no reminders"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is not keep
