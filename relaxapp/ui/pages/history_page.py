"""History: is my tension going down, does a session help, how much do I practise,
which sessions work best, where do I hold tension, which symptoms came when, and (once a
heart-rate sensor measured a session) how the heart followed the breath.

This module imports pyqtgraph (and numpy); the main window imports it only when the
history is first opened, so the app starts without them. All aggregation happens in
storage.history (SQL) and core.history; this page shows the range's summary, and its tabs
(history_tabs, history_heart) draw. Only the visible tab is redrawn when the range changes; the others
catch up when they are shown.
"""

from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path
from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QFileDialog, QHBoxLayout, QTabWidget, QVBoxLayout, QWidget

from relaxapp.core import history
from relaxapp.core.wording import duration_text, plural, short_day_text
from relaxapp.ui.pages.history_heart import HeartTab
from relaxapp.ui.pages.history_tabs import (BodyTab, InView, PracticeTab, ReliefTab, SymptomsTab,
                                            TensionTab)
from relaxapp.ui.widgets import theme
from relaxapp.ui.widgets.chart_kit import DAY_SECONDS
from relaxapp.ui.widgets.common import back_row, button, label, live
from relaxapp.views import history as queries
from relaxapp.core.language import QT_TR_NOOP, tr

# The tabs, in order: an id (for code, exports and file names) and what a person reads.
TABS = (("tension", QT_TR_NOOP("Tension")), ("relief", QT_TR_NOOP("Relief")),
        ("practice", QT_TR_NOOP("Practice")), ("body", QT_TR_NOOP("Body")),
        ("symptoms", QT_TR_NOOP("Symptoms")),
        ("heart", QT_TR_NOOP("Heart")))  # shown through tr; Heart once a sensor measured
TAB_IDS = [tab_id for tab_id, _ in TABS]


class HistoryPage(QWidget):
    """The range shown, its summary in words, and the tabs (history_tabs; Heart in history_heart).

    More than 25 attributes: the log as read and the range in view, the six tabs by name,
    and the widgets the page changes when the range or the log changes."""

    back = Signal()
    show_about = Signal()
    start_requested = Signal()  # from the empty history: begin a first session
    report_requested = Signal(str)  # the range shown, for the report's period

    def __init__(self, store, today: Callable[[], date] = date.today,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.today = today
        self.range_id = history.DEFAULT_RANGE
        self.range_chosen = False  # until the person picks one, the range fits the log
        self._dirty: set[int] = set()
        self.all_days: list = []
        self._cache: dict[tuple[str, str], object] = {}  # the log's trends; weeks per range
        self.view: InView | None = None  # the range shown, which the tabs draw

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 12)
        top = back_row(tr("Today"), self.back, tr("History"))
        self.range_buttons = QButtonGroup(self)
        for name in history.RANGES:
            words = tr(history.RANGE_LABELS[name])
            choice = button(words, name=tr("Show {range}").format(range=words))
            choice.setProperty("range", name)
            choice.setCheckable(True)
            choice.setChecked(name == self.range_id)
            self.range_buttons.addButton(choice)
            choice.clicked.connect(lambda _=False, n=name: self.set_range(n))
            top.addWidget(choice)
        outer.addLayout(top)
        self.lead = label("", "lead", wrap=True)
        live(self.lead, tr("In short"))
        self.summary = label("", "muted", wrap=True)
        live(self.summary, tr("Totals"))
        self.message = label("", "note", wrap=True)
        self.message.hide()
        outer.addWidget(self.lead)
        outer.addWidget(self.summary)
        outer.addWidget(self.message)

        # An empty log shows a way in, not empty axes.
        self.empty = QWidget()
        empty = QVBoxLayout(self.empty)
        empty.setContentsMargins(0, 24, 0, 0)
        empty.addWidget(label(tr("Your history starts with your first session"), "heading"))
        empty.addWidget(label(tr("Rate how tense you feel before and after each session. Within a "
                              "week or two, this page shows whether your tension is going "
                              "down, which sessions help you most, and where in the body you "
                              "hold it."), wrap=True))
        self.start_button = button(tr("Start a session"), "primary")
        self.start_button.clicked.connect(self.start_requested)
        empty.addWidget(self.start_button, alignment=Qt.AlignmentFlag.AlignLeft)
        empty.addStretch()
        outer.addWidget(self.empty, 1)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr("Charts"))
        outer.addWidget(self.tabs, 1)
        self.tension, self.relief, self.practice = TensionTab(), ReliefTab(), PracticeTab()
        self.body, self.symptoms = BodyTab(), SymptomsTab(self.show_about)
        self.heart = HeartTab()
        self.tab_of = {"tension": self.tension, "relief": self.relief,
                       "practice": self.practice, "body": self.body, "symptoms": self.symptoms,
                       "heart": self.heart}
        self.measured_heart = False  # whether a sensor measured any session in the log
        for tab_id, tab_label in TABS:
            self.tabs.addTab(self.tab_of[tab_id].widget, tr(tab_label))
        self.tabs.currentChanged.connect(self._tab_shown)
        # A method, not a lambda: Qt drops the connection when the page is deleted.
        theme.changes().changed.connect(self.apply_theme)

        bottom = QHBoxLayout()
        self.report_button = button(tr("Make a report…"), name=tr("Make a report for a doctor or "
                                                          "therapist"))
        self.report_button.clicked.connect(lambda: self.report_requested.emit(self.range_id))
        bottom.addWidget(self.report_button)
        bottom.addStretch()
        self.png_button = png = button(tr("Save chart as PNG…"))
        self.csv_button = data = button(tr("Save data as CSV…"))
        png.clicked.connect(self._ask_png)
        data.clicked.connect(self._ask_csv)
        bottom.addWidget(png)
        bottom.addWidget(data)
        outer.addLayout(bottom)

    # ------------------------------------------------------------------ refresh

    def set_range(self, name: str, chosen: bool = True) -> None:
        self.range_id = name
        self.range_chosen = self.range_chosen or chosen
        for choice in self.range_buttons.buttons():
            choice.setChecked(choice.property("range") == name)
        self.refresh(reload=False)

    def refresh(self, reload: bool = True) -> None:
        """Recompute the summary and redraw the visible tab; the others when shown.

        ``reload`` reads the day table again (the log changed); a range switch does not.
        """
        today = self.today()
        start = history.range_start(self.range_id, today)
        if reload or not self.all_days:
            self.all_days = queries.days(self.store)
            self._cache = {}
            self._streaks = history.streaks_of(self.all_days, today)
            self.measured_heart = queries.any_heart(self.store)
            if not self.range_chosen:
                self.range_id = history.fitting_range(self.all_days, today)
                start = history.range_start(self.range_id, today)
                for choice in self.range_buttons.buttons():
                    choice.setChecked(choice.property("range") == self.range_id)
        days = history.in_range(self.all_days, start)
        # The charts span the range, or less where the log begins later: a few weeks of
        # practice fill the width, not its right edge (a week at the least).
        first = start or (date.min if self.all_days else today)  # all: the log's own
        if self.all_days:
            first = max(first, min(self.all_days[0].day, today - timedelta(days=6)))
        span = (history.noon(first) - DAY_SECONDS / 2, history.noon(today) + DAY_SECONDS / 2)
        self.view = InView(self.store, self.range_id, start, span, days, self.all_days,
                           self._cache)
        self._show_summary(today)
        self._dirty = set(range(self.tabs.count()))
        self._tab_shown(self.tabs.currentIndex())

    def _tab_shown(self, index: int) -> None:
        if index in self._dirty:
            self._dirty.discard(index)
            self.tab_of[TAB_IDS[index]].draw(self.view)

    def _show_summary(self, today: date) -> None:
        days, start = self.view.days, self.view.start
        summary = history.totals(days, self.all_days, today, self._streaks[0])
        empty = not self.all_days
        self.empty.setVisible(empty)
        self.tabs.setVisible(not empty)
        heart = TAB_IDS.index("heart")
        if not self.measured_heart and self.tabs.currentIndex() == heart:
            self.tabs.setCurrentIndex(0)
        self.tabs.setTabVisible(heart, self.measured_heart)
        for choice in self.range_buttons.buttons() + [self.png_button, self.csv_button,
                                                      self.report_button]:
            choice.setVisible(not empty)
        self.lead.setText(history.trend_sentence(
            days, self.range_id, start or
            (self.all_days[0].day if self.all_days else None)))
        self.lead.setVisible(bool(self.lead.text()))
        self.summary.setVisible(not empty)
        practised = duration_text(round(summary.minutes * 60))
        self.summary.setText(
            tr("{sessions} · {time} practised · {days} with practice · current streak "
               "{current} (longest {when}: {longest})").format(
                sessions=plural(summary.sessions, "session"), time=practised,
                days=plural(summary.days_practised, "day"),
                current=plural(summary.current_streak, "day"),
                when=tr("in {period}").format(period=tr(history.PERIOD_WORDS[self.range_id]))
                if start else tr("ever"), longest=plural(summary.longest_streak, "day")))
        self.totals = summary
        message = ""
        rated = sum(d.before_count + d.after_count for d in days)
        if not self.all_days:
            message = ""  # the empty page says it, with a way in
        elif not days:
            message = tr("No sessions in this range. Choose a longer range, or start a "
                         "session: the last one was on {day}.").format(
                day=short_day_text(self.all_days[-1].day))
        elif summary.sessions == 1:
            message = tr("One session so far. The trend lines appear as more sessions follow.")
        elif not rated:
            message = tr("These sessions have no tension ratings. Rate before and after a "
                         "session to see whether your tension is going down.")
        else:
            gap = history.longest_gap(days)
            if gap is not None:
                message = tr("No practice between {first} and {last}: the trend lines have a "
                             "gap there. Welcome back.").format(first=short_day_text(gap[0]),
                                                                 last=short_day_text(gap[1]))
        self.message.setText(message)
        self.message.setVisible(bool(message))

    # ------------------------------------------------------------------- export

    def current_tab(self) -> str:
        """The id of the tab shown (see TABS)."""
        return TAB_IDS[self.tabs.currentIndex()]

    def export_png(self, path: Path) -> None:
        self.tabs.currentWidget().grab().save(str(path), "PNG")

    def export_csv(self, path: Path) -> None:
        with Path(path).open("w", newline="", encoding="utf-8") as stream:
            csv.writer(stream).writerows(self.tab_of[self.current_tab()].rows)

    def _ask_png(self) -> None:
        name = f"relaxapp-{self.current_tab()}-{self.today().isoformat()}.png"
        path, _ = QFileDialog.getSaveFileName(self, tr("Save chart"), name, tr("PNG images (*.png)"))
        if path:
            self.export_png(Path(path))

    def _ask_csv(self) -> None:
        name = f"relaxapp-{self.current_tab()}-{self.today().isoformat()}.csv"
        path, _ = QFileDialog.getSaveFileName(self, tr("Save data"), name, tr("CSV files (*.csv)"))
        if path:
            self.export_csv(Path(path))

    def apply_theme(self, _palette=None) -> None:
        """Every chart, pen and brush in the colours of the theme now in use."""
        palette = theme.current()
        for tab in self.tab_of.values():
            tab.apply_theme(palette)
        if self.isVisible():  # hidden, it is drawn afresh when next shown
            self.refresh(reload=False)
