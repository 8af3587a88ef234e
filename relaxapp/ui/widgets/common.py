"""Small widgets shared by the pages."""

from __future__ import annotations

import contextlib

from PySide6 import QtCore
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QWidget

from relaxapp import resources
from relaxapp.core import pace
from relaxapp.core.clock import monotonic_ms
from relaxapp.core.language import tr


def label(text: str = "", role: str | None = None, wrap: bool = False, plain: bool = True,
          rich: bool = False) -> QLabel:
    """A label in a style sheet ``role``, showing its text exactly as given: scripts and file
    names may hold a "<". ``rich=True`` renders our own markup (escape anything put in it).
    ``plain=False`` keeps Qt's automatic format; it is only for our own fixed words on the
    first window, where naming a ``Qt`` enum costs start-up time (see ``theme.brush``)."""
    widget = QLabel(text)
    if role:
        widget.setProperty("role", role)
    widget.setWordWrap(wrap)
    if rich:
        widget.setTextFormat(QtCore.Qt.TextFormat.RichText)
    elif plain:
        widget.setTextFormat(QtCore.Qt.TextFormat.PlainText)
    return widget


def live(widget: QLabel, what: str) -> None:
    """A label whose text changes as the app runs ("Exhale", "Not saved: …"): a screen
    reader hears that text as its name, and Qt tells it each change (a fixed name would
    hide both); ``what`` it is goes in the description."""
    widget.setAccessibleName("")
    widget.setAccessibleDescription(what)


def alert(widget: QWidget) -> None:
    """Tell a screen reader at once that ``widget`` says something urgent."""
    from PySide6.QtGui import QAccessible, QAccessibleEvent

    QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.Alert))


@contextlib.contextmanager
def quiet(*widgets):
    """Fill ``widgets`` without their signals: what is shown is not an answer."""
    blocked = [widget.blockSignals(True) for widget in widgets]
    try:
        yield
    finally:
        for widget, was in zip(widgets, blocked):
            widget.blockSignals(was)


def as_written(text: str) -> str:
    """Markup that a label in Qt's automatic format shows as exactly ``text``, "<" and all:
    for script text on the first window, where naming ``Qt.TextFormat`` costs start-up time
    (see ``theme.brush``). Escaped by hand: the html module costs the first window 3 ms."""
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f"<span>{escaped}</span>"


def app_icon():
    """RelaxApp's icon, drawn ahead at each size (assets/icons): from the SVG, Qt's SVG
    engine would cost 4 ms and 1.6 MiB more."""
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for size, drawn in resources.icon_files():
        icon.addFile(str(drawn), QtCore.QSize(size, size))
    return icon


class Button(QPushButton):
    """A push button that Enter presses as well as Space, as people expect of the button
    that has the focus (Qt's own does so only in dialogs)."""

    def keyPressEvent(self, event) -> None:  # noqa: N802
        # (Qt's key enum is looked up here, at a key press, never while the first window
        # is built: see theme.brush.)
        if event.key() in (QtCore.Qt.Key.Key_Return, QtCore.Qt.Key.Key_Enter) \
                and not event.modifiers():
            self.animateClick()
            return
        super().keyPressEvent(event)


def button(text: str, role: str | None = None, name: str | None = None) -> QPushButton:
    widget = Button(text)
    if role:
        widget.setProperty("role", role)
    widget.setAccessibleName(name or text.replace("&", ""))
    return widget


def back_row(text: str, on_back, title: str | None = None) -> QHBoxLayout:
    """A page's top row: a way back, and the page's title if it has one."""
    row = QHBoxLayout()
    back = button(f"← {text}", name=tr("Back") if text == tr("Back") else
                  tr("Back to {page}").format(page=text))  # "Back to Today"
    back.clicked.connect(on_back)
    row.addWidget(back)
    if title:
        row.addWidget(label(title, "title"))
    row.addStretch()
    return row


class PaceStepper(QWidget):
    """The pace in breaths a minute between a − and a + button: the start page's and the
    player's. Each press emits ``stepped`` (-1 slower, +1 faster); the page works out the new
    pace (core.pace.stepped) and shows it with ``show_pace``."""

    stepped = Signal(int)

    def __init__(self, slower_name: str, faster_name: str, role: str | None = None,
                 value_width: int = 0):
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.slower = button("−", name=slower_name)
        self.value = label("", role)
        self.faster = button("+", name=faster_name)
        self.slower.clicked.connect(lambda: self.stepped.emit(-1))
        self.faster.clicked.connect(lambda: self.stepped.emit(+1))
        for widget in (self.slower, self.faster):
            widget.setFixedWidth(44)
        if value_width:
            self.value.setMinimumWidth(value_width)
            self.value.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
        for widget in (self.slower, self.value, self.faster):
            layout.addWidget(widget)

    def show_pace(self, bpm: float) -> None:
        self.value.setText(pace.label(bpm))
        # Set while a parent may be hidden (the start page's pace row): the row's layout must
        # be told, or it keeps the stepper at the width of its first, empty text.
        self.updateGeometry()


class RatingBar(QWidget):
    """Tension from 0 (none) to 10 (the most), one click or key; None until chosen.

    Keys 0-9 pick that rating, and 1 then 0 (within ``TEN_AFTER_ONE_MS``) is 10, as typed:
    someone at their most tense who types "10" must not log "fully relaxed". Delete clears it.
    To a screen reader it is one group of radio buttons named by the question; the arrows
    move the choice within it, as in any radio group.
    """

    changed = Signal(object)  # int | None

    TEN_AFTER_ONE_MS = 1_500

    def __init__(self, question: str, parent: QWidget | None = None, clock=None):
        super().__init__(parent)
        self.clock = clock or monotonic_ms  # times "1" then "0"
        self._one_typed_at: int | None = None
        self.setAccessibleName(question)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(label(tr("None", "no tension at all"), "muted"))
        self._group = QButtonGroup(self)
        self._group.setExclusive(False)  # clicking the chosen one again clears it
        self.buttons: list[QPushButton] = []
        for value in range(11):
            # A plain QPushButton: Enter is left to the page (it starts or saves), as a
            # rating is chosen by its digit, a click or Space.
            rating = QPushButton(str(value))
            rating.setProperty("role", "rating")
            rating.setAccessibleName(tr("{question} {value} of 10").format(question=question, value=value))
            rating.setCheckable(True)
            # Heard as a radio button ("3 of 10, checked"), not as one of 11 check boxes; the
            # group (not exclusive) still lets a second click clear the choice.
            rating.setAutoExclusive(True)
            rating.installEventFilter(self)
            self._group.addButton(rating, value)
            self.buttons.append(rating)
            layout.addWidget(rating)
        layout.addWidget(label(tr("Most", "the most tension"), "muted"))
        layout.addStretch()
        self._group.idClicked.connect(self._clicked)
        self._value: int | None = None
        self.setFocusPolicy(QtCore.Qt.FocusPolicy.StrongFocus)
        self.setFocusProxy(self.buttons[5])

    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None) -> None:
        self._value = value
        for index, rating in enumerate(self.buttons):
            rating.setChecked(index == value)
        # The focus stays with the chosen rating (a digit may have chosen it), or the middle.
        focused = any(rating.hasFocus() for rating in self.buttons)
        self.setFocusProxy(self.buttons[5 if value is None else value])
        if focused:
            self.focusProxy().setFocus()
        self.changed.emit(value)

    def _clicked(self, value: int) -> None:
        self.set_value(None if self._value == value else value)

    def take_digit(self, event) -> bool:
        """A key 0-9 picks that rating, "1" then "0" picks 10; whether the key was a digit."""
        text = event.text()
        if not (text.isdigit() and len(text) == 1):
            return False
        now = self.clock()
        ten = text == "0" and self._one_typed_at is not None \
            and now - self._one_typed_at <= self.TEN_AFTER_ONE_MS
        self._one_typed_at = now if text == "1" else None
        self.set_value(10 if ten else int(text))
        return True

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        """The arrows on a rating move the choice: Right and Up one more, Left and Down one
        less (from the rating that has the focus when none is chosen)."""
        if event.type() == QtCore.QEvent.Type.KeyPress and watched in self.buttons:
            step = {QtCore.Qt.Key.Key_Right: 1, QtCore.Qt.Key.Key_Up: 1,
                    QtCore.Qt.Key.Key_Left: -1, QtCore.Qt.Key.Key_Down: -1}.get(event.key())
            if step is not None and not event.modifiers():
                start = self.buttons.index(watched) if self._value is None else self._value
                self.set_value(min(10, max(0, start + step)))
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self.take_digit(event):
            return
        if event.key() in (QtCore.Qt.Key.Key_Delete, QtCore.Qt.Key.Key_Backspace):
            self.set_value(None)
        else:
            super().keyPressEvent(event)


FRAME_PX, TITLE_BAR_PX = 16, 48  # what a window manager adds around a window, at most


def fit_to_screen(top: QWidget, width: int, height: int) -> None:
    """``width`` x ``height`` where there is room; on a smaller screen (1366x768, 1280x720)
    what is left of it inside a window manager's frame, so nothing at the bottom is cut off."""
    room = top.screen().availableGeometry()
    minimum = top.minimumSize()
    top.resize(max(minimum.width(), min(width, room.width() - FRAME_PX)),
               max(minimum.height(), min(height, room.height() - TITLE_BAR_PX)))
