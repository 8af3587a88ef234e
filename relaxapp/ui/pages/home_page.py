"""Today: the first page. One suggested session to start, the week so far, the last change
in tension and the next reminder; every session and the history are a key away.

At a start, the page paints with its greeting alone, before the library and the log are read
(see relaxapp.ui.shell.app); ``show_day`` then fills it once, from both. A suggestion made without the
log could change as soon as the log was read.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame, QGridLayout, QHBoxLayout, QProgressBar, QScrollArea, QVBoxLayout, QWidget,
)

from relaxapp.core.wording import change_words, duration_text, greeting, weekday_and_day
from relaxapp.ui.widgets.theme import BREATH_MARK_SIZE
from relaxapp.ui.widgets.common import alert, as_written, button, label as plain_label, live
from relaxapp.core.language import tr

if TYPE_CHECKING:
    from relaxapp.core import today
    from relaxapp.core.history import Day
    from relaxapp.core.library import Library
    from relaxapp.views.today import TodayFigures


ANXIOUS_MOMENT = "anxious-moment"  # the bundled session for a moment of panic


def label(text: str = "", role: str | None = None, wrap: bool = False):
    """Our own words in Qt's automatic format; script text goes through ``as_written``.
    (This page paints at start-up: see ``widgets.label`` on why.)"""
    return plain_label(text, role, wrap, plain=False)


def breath_mark() -> QFrame:
    """The home's small emblem: the breathing circle at rest, three soft rings. Drawn by the
    style sheet (``theme.style_sheet``): QPainter would cost the first paint 3 ms."""
    mark = QFrame()
    mark.setProperty("role", "breath-mark")
    mark.setFixedSize(BREATH_MARK_SIZE, BREATH_MARK_SIZE)
    return mark


def _figure(title: str) -> tuple[QFrame, object]:
    """A small card: a muted caption over one figure; returns (card, the figure's label)."""
    card = QFrame()
    card.setProperty("role", "card")
    layout = QVBoxLayout(card)
    layout.setContentsMargins(16, 12, 16, 12)
    layout.setSpacing(2)
    layout.addWidget(label(title, "muted"))
    figure = label("", "figure", wrap=True)
    layout.addWidget(figure)
    return card, figure


class Notice(QWidget):
    """Something Today keeps in view until it is dealt with: a label in a style sheet
    ``role`` (its background marks it), and its buttons under it."""

    def __init__(self, role: str, name: str, buttons: tuple[tuple[str, object], ...]):
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.text = label("", role, wrap=True)
        live(self.text, name)
        layout.addWidget(self.text)
        row = QHBoxLayout()
        self.buttons = []
        for text_, signal in buttons:
            action = button(text_)
            action.clicked.connect(signal)
            row.addWidget(action)
            self.buttons.append(action)
        row.addStretch()
        layout.addLayout(row)
        self.hide()

    def set_role(self, role: str) -> None:
        if self.text.property("role") != role:
            self.text.setProperty("role", role)
            self.text.style().unpolish(self.text)
            self.text.style().polish(self.text)

    def say(self, text: str | None) -> None:
        """Show ``text``, as written, or hide the notice (None)."""
        if text:
            from PySide6.QtCore import Qt  # here: naming an enum at the first paint costs time

            self.text.setTextFormat(Qt.TextFormat.PlainText)
            self.text.setText(text)
        self.setVisible(bool(text))


class HomePage(QWidget):
    session_chosen = Signal(str)  # a session id: open its start page
    show_library = Signal()
    show_history = Signal()
    log_practice = Signal()
    show_about = Signal()
    set_reminders = Signal()
    save_unsaved = Signal()  # try again to save the answers the log refused
    dismiss_safety = Signal()  # the red-flag advice has been read
    show_safety = Signal()  # when to get help (the About page)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.library: Library | None = None
        self.safety_uid = ""  # the session whose red-flag advice shows
        self.suggestion: today.Suggestion | None = None
        self._start_when_shown = False  # Start pressed before the day was shown
        # The content in one column of readable width, centred on a wide window; it scrolls
        # on a short one rather than squeezing the suggestion (notices can take room).
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(scroll)
        inner = QWidget()
        scroll.setWidget(inner)
        centring = QHBoxLayout(inner)
        centring.setContentsMargins(32, 24, 32, 16)
        centring.addStretch(1)
        column = QWidget()
        column.setMaximumWidth(980)
        centring.addWidget(column, 20)
        centring.addStretch(1)
        outer = QVBoxLayout(column)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(14)
        top = QHBoxLayout()
        heading = QVBoxLayout()
        heading.setSpacing(2)
        self.greeting = label("", "title")
        # Beside three buttons: in a language with longer words it takes a second line.
        self.greeting.setWordWrap(True)
        self.date = label("", "muted")
        heading.addWidget(self.greeting)
        heading.addWidget(self.date)
        top.addLayout(heading)
        top.addStretch()
        for text_, signal, name in ((tr("&History"), self.show_history,
                                     tr("Your history: tension, relief, practice")),
                                    (tr("&Log practice…"), self.log_practice,
                                     tr("Log practice done elsewhere")),
                                    (tr("About these e&xercises"), self.show_about, None)):
            action = button(text_, name=name)
            action.clicked.connect(signal)
            top.addWidget(action)
        outer.addLayout(top)
        outer.addSpacing(6)
        # Kept in view until dealt with: advice after a red-flag symptom was logged, and
        # answers the log could not take.
        self.safety_notice = Notice("safety", tr("Advice about a symptom you logged"), (
            (tr("When to get &help"), self.show_safety),
            (tr("I have &read this"), self.dismiss_safety)))
        self.unsaved_notice = Notice("caution", tr("Not saved yet"), (
            (tr("Sa&ve now"), self.save_unsaved),))
        outer.addWidget(self.safety_notice)
        outer.addWidget(self.unsaved_notice)

        card = QFrame()
        card.setProperty("role", "card")
        row = QHBoxLayout(card)
        row.setContentsMargins(20, 18, 24, 18)
        row.setSpacing(20)
        row.addWidget(breath_mark())
        text = QVBoxLayout()
        text.setSpacing(4)
        text.addWidget(label(tr("Suggested now"), "muted"))
        self.title = label("", "suggestion", wrap=True)
        self.details = label("", "muted")
        self.why = label("", wrap=True)
        for widget in (self.title, self.details, self.why):
            text.addWidget(widget)
        buttons = QHBoxLayout()
        self.start_button = button(tr("&Start"), "primary")
        self.start_button.clicked.connect(self._start)
        self.library_button = button(tr("&All sessions"), name=tr("All sessions"))
        self.library_button.clicked.connect(self.show_library)
        # For a moment of panic: its start page (the signs that it is not anxiety in view)
        # is one key away, from anywhere (Ctrl+2, relaxapp.ui.shell.menus).
        self.anxious_button = button(tr("Anxious right &now? 2 minutes"),
                                     name=tr("Anxious right now: a two-minute session"))
        self.anxious_button.clicked.connect(lambda: self.session_chosen.emit(ANXIOUS_MOMENT))
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.library_button)
        buttons.addWidget(self.anxious_button)
        buttons.addStretch()
        text.addSpacing(6)
        text.addLayout(buttons)
        row.addLayout(text, 1)
        outer.addWidget(card)

        figures = QGridLayout()
        figures.setSpacing(12)
        week, self.week = _figure(tr("This week"))
        streak, self.streak = _figure(tr("Days in a row"))
        # the latest session rated before and after: later ones may be unrated
        change, self.change = _figure(tr("Last rated session"))
        for column, widget in enumerate((week, streak, change)):
            figures.addWidget(widget, 0, column)
            figures.setColumnStretch(column, 1)
        outer.addLayout(figures)

        reminder = QHBoxLayout()
        self.reminder = label("", "muted", wrap=True)
        reminder.addWidget(self.reminder, 1)
        self.reminders_button = button(tr("&Reminders…"), name=tr("Set reminders"))
        self.reminders_button.clicked.connect(self.set_reminders)
        reminder.addWidget(self.reminders_button)
        outer.addLayout(reminder)
        self.problems = label("", "muted", wrap=True)
        self.problems.hide()
        outer.addWidget(self.problems)

        # The learning path at a glance: each section, and how much of it has been tried.
        path = QFrame()
        path.setProperty("role", "card")
        self.path_rows = QGridLayout(path)
        self.path_rows.setContentsMargins(16, 12, 16, 12)
        self.path_rows.setHorizontalSpacing(16)
        self.path_rows.addWidget(label(tr("Your path"), "muted"), 0, 0)
        self.path_box = path
        path.hide()  # filled once the log is open (after the first paint)
        self.path_labels: list = []
        outer.addWidget(path)
        outer.addStretch()
        # Always in view, not only after a symptom is logged: the signs that need a doctor
        # or emergency help now (the About page lists them).
        self.help_link = button(tr("When to get help: emergency signs, and when to see a doctor"),
                                "link")
        self.help_link.clicked.connect(self.show_safety)
        help_row = QHBoxLayout()  # (not an alignment flag: see theme.brush)
        help_row.addWidget(self.help_link)
        help_row.addStretch()
        outer.addLayout(help_row)
        self.setFocusProxy(self.start_button)

    # ------------------------------------------------------------ content

    def refresh(self, library: Library, figures: TodayFigures, reminders: list, now: datetime,
                safety_read: str = "") -> None:
        """Show the day from the log's ``figures`` (relaxapp.views.today) and the
        ``reminders``; red-flag advice stays until its session's uid is ``safety_read``."""
        from relaxapp.core.reminders import Schedule

        upcoming = Schedule(list(reminders)).next_reminder(now)
        if upcoming is not None:
            moment, reminder = upcoming
            session = library.get(reminder.session_id)
            upcoming = (moment, session.script.title if session else reminder.session_id)
        self.show_day(library, now, next_reminder=upcoming, days=figures.days,
                      tried=figures.tried, practised=figures.practised, relief=figures.relief,
                      last_change=figures.last_change)
        red_flags = figures.red_flags
        self.show_safety_notice(red_flags if red_flags and red_flags[0] != safety_read else None,
                                now.date())

    def show_safety_notice(self, red_flags: tuple[str, datetime, list[str]] | None,
                           today: date | None = None) -> None:
        """The advice for the latest red-flag symptoms logged, (uid, when, codes), or none;
        ``today`` words the day ("today", "yesterday")."""
        from relaxapp.core.safety import lasting_notice

        notice = None
        if red_flags is not None:
            self.safety_uid, when, codes = red_flags
            days = (today - when.astimezone().date()).days if today else None
            notice = lasting_notice(codes, tr("today") if days == 0 else tr("yesterday")
                                    if days == 1 else tr("on {day}").format(
                                        day=weekday_and_day(when.astimezone().date())))
        if notice is None:
            self.safety_notice.say(None)
            return
        level, text = notice
        self.safety_notice.set_role("emergency" if level == "emergency" else "safety")
        self.safety_notice.say(text)
        if level == "emergency":
            alert(self.safety_notice.text)

    def show_heading(self, now: datetime) -> None:
        """The greeting and the date: all of the day the first window shows."""
        self.greeting.setText(greeting(now.hour))
        self.date.setText(weekday_and_day(now.date(), year=False))

    def show_day(self, library: Library, now: datetime, days: list[Day] | None = None,
                 tried: dict[str, int] | None = None, relief=(), practised=None,
                 last_change: tuple[int, int] | None = None,
                 next_reminder: tuple[datetime, str] | None = None) -> None:
        """What to show at ``now``. ``days`` is None while the log is not open (or cannot
        be): the figures then say nothing rather than zero."""
        from relaxapp.core import today
        from relaxapp.core.library import KIND_HEADINGS

        self.library = library
        self.show_heading(now)
        self.suggestion = today.suggest(library, tried or {}, list(relief), now.hour,
                                        practised)
        if self.suggestion is None:
            self.title.setText(tr("No sessions found"))
            self.details.setText("")
            self.why.setText(tr("The bundled sessions are missing. Reinstalling RelaxApp brings "
                             "them back."))
        else:
            script = self.suggestion.session.script
            self.title.setText(as_written(script.title))
            self.details.setText(tr(KIND_HEADINGS[script.kind]) + " · " +
                                 duration_text(script.planned_ms // 1000))
            self.why.setText(self.suggestion.why)
        self.start_button.setEnabled(self.suggestion is not None)
        self.start_button.setAccessibleName(
            tr("Start: {title}").format(title=self.suggestion.session.script.title)
            if self.suggestion else tr("Start"))

        if days is None:
            for figure in (self.week, self.streak, self.change):
                figure.setText("–")
        else:
            week = today.this_week(days, now.date())
            practised = duration_text(round(week.minutes * 60))
            self.week.setText(tr("Not yet") if not week.sessions else practised
                              if not week.days_practised else
                              tr("%n day(s)", None, week.days_practised) + f" · {practised}")
            streak = today.streak(days, now.date())
            self.streak.setText(tr("%n day(s)", None, streak) if streak else tr("Not yet"))
            self.change.setText(f"{last_change[0]} → {last_change[1]}  "
                                f"({change_words(*last_change)})" if last_change
                                else tr("Not rated yet"))
        if next_reminder is None:
            self.reminder.setText(tr("No reminders are set. A daily reminder helps practice "
                                  "become a habit."))
        else:
            moment, title = next_reminder
            self.reminder.setText(as_written(tr("Next reminder: {when}, {title}.").format(
                when=today.when_text(moment, now), title=title)))
        if days is not None:  # without the log, nothing is known to be tried
            self._show_path(library, tried or {})
        else:
            self.path_box.hide()
        count = len({problem.file for problem in library.problems})  # a file may have several
        self.problems.setVisible(bool(count))
        self.problems.setText(tr("%n file(s) in your sessions folder could not be loaded: "
                                 "All sessions shows why.", None, count) if count else "")
        if self._start_when_shown:
            self._start_when_shown = False
            self._start()

    def _show_path(self, library: Library, tried: dict[str, int]) -> None:
        sections = library.sections()[:len(library.path)] if library.path else []
        for _, widgets in self.path_labels:
            for widget in widgets:
                widget.hide()
        while len(self.path_labels) < len(sections):  # rows are made once, then reused
            row = len(self.path_labels) + 1
            bar = QProgressBar()
            bar.setTextVisible(False)
            bar.setFixedWidth(220)
            widgets = (label(""), bar, label("", "muted"))
            for column, widget in enumerate(widgets):
                self.path_rows.addWidget(widget, row, column)
            self.path_labels.append((row, widgets))
        for (heading, sessions), (_, (words, bar, count)) in zip(sections, self.path_labels):
            done = sum(1 for session in sessions if tried.get(session.id))
            words.setText(heading)
            bar.setRange(0, len(sessions))
            bar.setValue(done)
            tried_text = tr("{done} of {total} tried").format(done=done, total=len(sessions))
            bar.setAccessibleName(f"{heading}: {tried_text}")
            count.setText(tried_text)
            for widget in (words, bar, count):
                widget.show()
        self.path_rows.setColumnStretch(0, 1)
        self.path_box.setVisible(bool(sections))

    def _start(self) -> None:
        if self.suggestion is not None:
            self.session_chosen.emit(self.suggestion.session.id)
        elif self.library is None:  # pressed in the moment between the first paint and the day
            self._start_when_shown = True

