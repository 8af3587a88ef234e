"""Log practice done away from the computer: a walk, yoga, stretching, breathing."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QComboBox, QDateTimeEdit, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout,
    QLineEdit, QVBoxLayout,
)

from relaxapp.core.clock import wall_now
from relaxapp.core.records import PracticeElsewhere
from relaxapp.ui.widgets.common import RatingBar, label
from relaxapp.core.language import QT_TR_NOOP, tr
from relaxapp.core.reminders import DAY_NAMES
from relaxapp.core.wording import short_day_text

if TYPE_CHECKING:
    from relaxapp.ui.shell.window_parts import WindowParts

ACTIVITIES = (QT_TR_NOOP("Walk"), QT_TR_NOOP("Yoga"), QT_TR_NOOP("Stretching"),
              QT_TR_NOOP("Breathing away from the computer"),
              QT_TR_NOOP("Progressive relaxation away from the computer"))  # through tr


class LogDialog(QDialog):
    def __init__(self, parent=None, now: Callable[[], datetime] = wall_now):
        super().__init__(parent)
        self.setWindowTitle(tr("Log practice"))
        layout = QVBoxLayout(self)
        layout.addWidget(label(tr("Practice done elsewhere counts too."), "muted"))
        form = QFormLayout()
        self.activity = QComboBox()
        self.activity.setEditable(True)
        self.activity.addItems([tr(activity) for activity in ACTIVITIES])
        self.activity.setAccessibleName(tr("Activity"))
        self.minutes = QDoubleSpinBox()
        self.minutes.setRange(1, 24 * 60)
        self.minutes.setDecimals(0)
        self.minutes.setValue(15)
        self.minutes.setSuffix(tr(" min"))
        self.minutes.setAccessibleName(tr("Minutes"))
        at = QDateTime(now().replace(tzinfo=None))  # the local time, as the widget shows it
        self.when = QDateTimeEdit(at)
        self.when.setCalendarPopup(True)
        self.when.setMaximumDateTime(at.addSecs(600))
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setAccessibleName(tr("When"))
        self.before = RatingBar(tr("Tension before"))
        self.after = RatingBar(tr("Tension after"))
        self.note = QLineEdit()
        self.note.setAccessibleName(tr("Note"))
        # The date comes last: reached by Tab before the ratings, it took the digits meant
        # for them (a 6 for the tension made the month June).
        form.addRow(tr("Activity"), self.activity)
        form.addRow(tr("Minutes"), self.minutes)
        form.addRow(tr("Tension before"), self.before)
        form.addRow(tr("Tension after"), self.after)
        form.addRow(tr("Note"), self.note)
        form.addRow(tr("When"), self.when)
        layout.addLayout(form)
        self.error = label("", "error", wrap=True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save |
                                   QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def values(self) -> PracticeElsewhere:
        return PracticeElsewhere(
            activity=self.activity.currentText(), minutes=self.minutes.value(),
            at=self.when.dateTime().toPython().astimezone().replace(microsecond=0),
            tension_before=self.before.value(), tension_after=self.after.value(),
            note=self.note.text())

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()


def log_elsewhere(window: WindowParts):
    """Ask for practice done away from the app and log it, until it is saved or cancelled;
    the record saved, or None."""
    from relaxapp.views import StoreError

    window.log.reopen()  # it may be free now
    if window.store is None:
        window.notify(tr("Practice cannot be logged: the log could not be opened."))
        return None
    dialog = LogDialog(window, window.wall_clock)
    while dialog.exec():
        try:
            record = window.flow.log_elsewhere(dialog.values())
        except (StoreError, ValueError) as error:
            dialog.show_error(getattr(error, "message", str(error)).capitalize() + ".")
            continue
        when = datetime.fromisoformat(record.started_at)
        window.notify(tr("Saved: {title}, {minutes} min, {weekday} {day}, {time}.").format(
            title=record.title, minutes=record.practiced_seconds // 60,
            weekday=tr(DAY_NAMES[when.weekday()]), day=short_day_text(when.date()),
            time=f"{when:%H:%M}"))
        return record
    return None
