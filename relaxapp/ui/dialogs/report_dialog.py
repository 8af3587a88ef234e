"""Make a report: choose the period and what goes in, then save a PDF or print it."""

from __future__ import annotations

import errno
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QDateEdit, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
    QGridLayout, QHBoxLayout, QLineEdit, QRadioButton, QVBoxLayout, QWidget,
)

from relaxapp.core import history
from relaxapp.core.files import describe, write_whole
from relaxapp.core.report import DEFAULT_SECTIONS, MAX_NAME, SECTIONS, Period
from relaxapp.core.wording import day_text, plural
from relaxapp.views import StoreError
from relaxapp.views import history as queries
from relaxapp.ui.widgets.common import label, live
from relaxapp.core.language import QT_TR_NOOP, tr

if TYPE_CHECKING:
    from relaxapp.ui.shell.window_parts import WindowParts

# The history's ranges (by id), in the words the history uses for them; and dates chosen.
RANGE_WORDS = {"2w": QT_TR_NOOP("The last 2 weeks"), "3m": QT_TR_NOOP("The last 3 months"),
               "1y": QT_TR_NOOP("The last year"), "all": QT_TR_NOOP("Everything logged")}
CUSTOM = "custom"
RANGE_WORDS[CUSTOM] = QT_TR_NOOP("From … to …")  # (all shown through tr)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ReportDialog(QDialog):
    saved = Signal(str)  # what was done, in a sentence for the window's notice

    def __init__(self, store, today: date, range_id: str = history.DEFAULT_RANGE, parent=None):
        super().__init__(parent)
        self.store = store
        self.today = today
        self.setWindowTitle(tr("Make a report"))
        layout = QVBoxLayout(self)
        layout.addWidget(label(
            tr("A short, dated summary of what you logged, to bring to a doctor or therapist. "
            "It is made on this computer and goes nowhere unless you take it."), "muted",
            wrap=True))

        self.ranges = QButtonGroup(self)
        period = QGridLayout()
        for row, (choice_id, words) in enumerate(RANGE_WORDS.items()):
            choice = QRadioButton(tr(words))
            choice.setProperty("range", choice_id)
            choice.setChecked(choice_id == range_id)
            self.ranges.addButton(choice)
            period.addWidget(choice, row, 0)
        self.first = QDateEdit(_qdate(history.range_start(history.DEFAULT_RANGE, today)))
        self.last = QDateEdit(_qdate(today))
        for edit, name in ((self.first, tr("First day")), (self.last, tr("Last day"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setMaximumDate(_qdate(today))
            edit.setAccessibleName(name)
            edit.dateChanged.connect(self._custom_dates)
        dates = QHBoxLayout()
        dates.addWidget(self.first)
        dates.addWidget(label(tr("to")))
        dates.addWidget(self.last)
        dates.addStretch()
        period.addLayout(dates, len(RANGE_WORDS) - 1, 1)  # beside "From … to …", the last
        self.ranges.buttonToggled.connect(lambda *_: self._update())
        form = QFormLayout()
        holder = QWidget()
        holder.setLayout(period)
        form.addRow(tr("Period"), holder)

        self.sections: dict[str, QCheckBox] = {}
        boxes = QVBoxLayout()
        for key, words in SECTIONS.items():
            box = QCheckBox(tr("{section} (private: only if you tick it)").format(
                section=tr(words)) if key == "notes" else tr(words))
            box.setChecked(key in DEFAULT_SECTIONS)
            box.toggled.connect(lambda *_: self._update())
            self.sections[key] = box
            boxes.addWidget(box)
        # Offered once a heart-rate sensor measured a session: to anyone else it says nothing.
        self.sections["heart"].setVisible(queries.any_heart(store))
        form.addRow(tr("Include"), boxes)
        self.name = QLineEdit()
        self.name.setMaxLength(MAX_NAME)
        self.name.setPlaceholderText(tr("Optional: printed on the report, never stored"))
        self.name.setAccessibleName(tr("Name on the report (optional, never stored)"))
        form.addRow(tr("Name"), self.name)
        layout.addLayout(form)

        self.count = label("", "muted", wrap=True)
        live(self.count, tr("Sessions in the period"))
        layout.addWidget(self.count)
        self.error = label("", "error", wrap=True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(tr("Save PDF…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.print_button = buttons.addButton(tr("Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.ask_and_save)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.ask_and_print)
        layout.addWidget(buttons)
        self._update()

    # ------------------------------------------------------------------ choice

    def _custom_dates(self) -> None:
        for choice in self.ranges.buttons():
            if choice.property("range") == CUSTOM:
                choice.setChecked(True)
        self._update()

    def period(self) -> Period:
        name = self.ranges.checkedButton().property("range")
        if name == CUSTOM:
            return Period(self.first.date().toPython(), self.last.date().toPython())
        if name == "all":
            return Period(min(queries.first_day(self.store) or self.today, self.today), self.today)
        return Period(history.range_start(name, self.today), self.today)

    def chosen_sections(self) -> frozenset[str]:
        return frozenset(key for key, box in self.sections.items() if box.isChecked())

    def _update(self) -> None:
        self.error.hide()
        try:
            period = self.period()
        except ValueError as error:
            self.count.setText(f"{str(error)[:1].upper()}{str(error)[1:]}.")
            self.save_button.setEnabled(False)
            self.print_button.setEnabled(False)
            return
        sessions = sum(queries.kinds(self.store, period.first, period.last).values())
        self.count.setText(
            tr("%n session(s) from {period}.", None, sessions).format(period=period.text())
            if sessions else tr("No sessions were logged from {period}: the report would "
                                "only say so.").format(period=period.text()))
        self.save_button.setEnabled(True)
        self.print_button.setEnabled(True)

    def _data(self):
        return queries.report_data(self.store, self.period(), self.today,
                                   self.chosen_sections(), self.name.text())

    # ------------------------------------------------------------------ output

    def ask_and_save(self) -> None:
        suggested = Path.home() / f"relaxapp-report-{self.today.isoformat()}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, tr("Save the report"), str(suggested),
                                              tr("PDF documents (*.pdf)"))
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> bool:
        """Write the PDF whole, or say why not and leave no part of it behind."""
        from relaxapp.drawing.report_pdf import pdf_bytes

        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            pdf, pages = pdf_bytes(self._data())
            write_whole(path, pdf)
        except StoreError as error:
            return self._fail(tr("The log could not be read: {reason}").format(reason=error))
        except OSError as error:
            reason = tr("the disk is full") if error.errno == errno.ENOSPC else describe(error)
            return self._fail(tr("The report was not saved to {path}: {reason}.").format(
                path=path, reason=reason))
        self.saved.emit(tr("Report saved: {name}, {pages}.").format(
            name=path.name, pages=plural(pages, "page")))
        self.accept()
        return True

    def ask_and_print(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer) -> bool:
        from relaxapp.drawing.report_pdf import paint

        try:
            pages = paint(self._data(), printer)
        except StoreError as error:
            return self._fail(tr("The log could not be read: {reason}").format(reason=error))
        self.saved.emit(tr("Report sent to the printer: {pages}, {first} to {last}.").format(
            pages=plural(pages, "page"), first=day_text(self.period().first),
            last=day_text(self.period().last)))
        self.accept()
        return True

    def _fail(self, message: str) -> bool:
        self.error.setText(message)
        self.error.show()
        return False


def make_report(window: WindowParts, range_id: str | None = None) -> None:
    """The report to bring to a doctor or therapist, from the window's log."""
    window.log.reopen()  # it may be free now
    if window.store is None:
        window.notify(tr("The report needs the log, which could not be opened."))
        return
    dialog = ReportDialog(window.store, window.wall_clock().date(),
                          range_id or history.DEFAULT_RANGE, window)
    dialog.saved.connect(window.notify)
    dialog.exec()
