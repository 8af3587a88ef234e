"""The first-run welcome: the two practices in a few words, reminders, and a first try."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QCheckBox, QDialog, QHBoxLayout, QTimeEdit, QVBoxLayout

from relaxapp.ui.widgets.common import button, label
from relaxapp.core.language import QT_TR_NOOP, tr

# What the welcome says of safety (its translations are checked: scripts/safety_translations.py)
SAFETY_LINES = (
    QT_TR_NOOP("RelaxApp is not a doctor. Never practise while driving or using machinery. If "
               "relaxing makes you feel more tense at first, that is known and not harmful: open "
               "your eyes, stop, or try a breathing session instead."),
    QT_TR_NOOP("Call emergency services at once (112, 911, 999 or your local number) for sudden "
               "weakness or numbness on one side, a drooping face, trouble speaking, chest pain, "
               "a sudden severe headache, or any of the other signs listed here:"),
)

if TYPE_CHECKING:
    from relaxapp.ui.shell.window_parts import WindowParts

FIRST_SESSION = "first-breaths"


class WelcomeDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Welcome to RelaxApp"))
        self.setMinimumWidth(520)
        self.try_first = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(12)
        layout.addWidget(label(tr("Welcome"), "title"))
        layout.addWidget(label(
            tr("RelaxApp helps when anxiety shows up in your muscles. It teaches two practices:"),
            wrap=True))
        for text in (tr("<b>Slow breathing</b>: a few minutes of low, slow breaths, which "
                        "many people find calming. Follow the circle as it grows and shrinks."),
                     tr("<b>Progressive muscle relaxation</b>: tense one group of muscles for a "
                        "few seconds, then let go, and learn what relaxed feels like.")):
            layout.addWidget(label(text, wrap=True, rich=True))
        layout.addWidget(label(
            tr("Rate your tension before and after, and over the weeks the history shows "
            "whether it is going down. Everything stays on this computer."), "muted", wrap=True))
        not_a_doctor, emergency = SAFETY_LINES
        layout.addWidget(label(tr(not_a_doctor), "muted", wrap=True))
        layout.addWidget(label(tr(emergency), wrap=True))
        self.show_help = False
        help_link = button(tr("When to get help: the emergency signs, and when to see a doctor"),
                           "link")
        help_link.clicked.connect(self._help)
        layout.addWidget(help_link, alignment=Qt.AlignmentFlag.AlignLeft)
        row = QHBoxLayout()
        self.remind = QCheckBox(tr("Remind me to practise every day at"))
        self.time = QTimeEdit(QTime(8, 0))
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName(tr("Reminder time"))
        row.addWidget(self.remind)
        row.addWidget(self.time)
        row.addStretch()
        layout.addLayout(row)
        buttons = QHBoxLayout()
        buttons.addStretch()
        later = button(tr("Look around first"))
        first = button(tr("Try 2 minutes of slow breathing"), "primary")
        later.clicked.connect(self.accept)
        first.clicked.connect(self._try)
        buttons.addWidget(later)
        buttons.addWidget(first)
        layout.addLayout(buttons)
        first.setDefault(True)
        first.setFocus()
        # Wide enough for the buttons' words in every language, and as tall as the wrapped
        # text then needs (a dialog sized for its narrowest width cut German lines short).
        margins = layout.contentsMargins()
        self.setMinimumWidth(max(520, layout.minimumSize().width(), buttons.sizeHint().width()
                                 + margins.left() + margins.right()))
        self.resize(self.minimumWidth(), layout.totalHeightForWidth(self.minimumWidth()))

    def _try(self) -> None:
        self.try_first = True
        self.accept()

    def _help(self) -> None:
        self.show_help = True
        self.accept()


def welcome_once(window: WindowParts) -> WelcomeDialog | None:
    """The first-run welcome, once (None after that); it does not block the window."""
    if window.settings.onboarded:
        return None
    dialog = WelcomeDialog(window)
    dialog.finished.connect(lambda _result: _welcome_done(window, dialog))
    dialog.open()
    return dialog


def _welcome_done(window: WindowParts, dialog: WelcomeDialog) -> None:
    from datetime import time

    from relaxapp.core.reminders import Reminder

    settings = window.settings
    settings.onboarded = True
    if dialog.remind.isChecked():
        at = dialog.time.time()
        settings.reminders = settings.reminders + [  # the reminders and Today follow
            Reminder(time(at.hour(), at.minute()), session_id=FIRST_SESSION)]
    if dialog.try_first:
        window.steps.open_start(FIRST_SESSION)
    elif dialog.show_help:
        window.show_about()
