"""The session library: sessions grouped by kind, and files with problems."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from relaxapp.core.library import Library, LoadedSession
from relaxapp.ui.widgets import button, label

KIND_HEADINGS = (("breathing", "Breathing"), ("pmr", "Progressive muscle relaxation"),
                 ("mixed", "Breathing and relaxation"))


def minutes_text(ms: int) -> str:
    minutes = ms / 60_000
    return f"{minutes:.0f} min" if minutes >= 1.5 else f"{minutes:.1f} min"


class SessionCard(QFrame):
    """A session in the library: title, length, tags and summary. Click, Enter or Space opens it."""

    clicked = Signal()

    def __init__(self, session: LoadedSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        script = session.script
        self.setProperty("role", "card")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 12)
        layout.setSpacing(4)
        top = QHBoxLayout()
        top.addWidget(label(script.title, "cardtitle"))
        top.addStretch()
        details = [minutes_text(script.planned_ms)]
        if session.origin == "user":
            details.append("your version" if session.replaces_bundled else "yours")
        top.addWidget(label(" · ".join(details), "muted"))
        layout.addLayout(top)
        if script.summary:
            layout.addWidget(label(script.summary, "muted", wrap=True))
        if script.tags:
            layout.addWidget(label("  ".join(f"#{tag.replace(' ', '-')}" for tag in script.tags), "tags"))
        self.setAccessibleName(f"{script.title}, {minutes_text(script.planned_ms)}")
        self.setAccessibleDescription(script.summary)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
        elif event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.focusNextPrevChild(event.key() == Qt.Key.Key_Down)
        else:
            super().keyPressEvent(event)


class LibraryPage(QWidget):
    session_chosen = Signal(str)
    open_folder = Signal()
    log_practice = Signal()
    show_about = Signal()
    show_history = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 24, 32, 16)
        outer.addWidget(label("RelaxApp", "title"))
        header = QHBoxLayout()  # under the title, so it fits small windows too
        for text, signal, name in (("&History", self.show_history, "Your history: tension, relief, practice"),
                                   ("&Log practice…", self.log_practice, "Log practice done elsewhere"),
                                   ("&About these exercises", self.show_about, None),
                                   ("Open my sessions &folder", self.open_folder, None)):
            action = button(text, name=name)
            action.clicked.connect(signal)
            header.addWidget(action)
        header.addStretch()
        outer.addLayout(header)
        outer.addWidget(label("Choose a session. Breathing calms the body in a few minutes; "
                              "progressive relaxation teaches your muscles to let go.", "muted", wrap=True))
        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer.addWidget(self._scroll, 1)
        self.cards: list[SessionCard] = []
        self.problem_labels: list = []

    def show_library(self, library: Library) -> None:
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 8, 8, 8)
        layout.setSpacing(8)
        self.cards = []
        for kind, heading in KIND_HEADINGS:
            sessions = sorted(library.by_kind(kind), key=lambda s: (s.script.planned_ms, s.script.title))
            if not sessions:
                continue
            layout.addWidget(label(heading, "heading"))
            for session in sessions:
                card = SessionCard(session)
                card.clicked.connect(lambda sid=session.id: self.session_chosen.emit(sid))
                self.cards.append(card)
                layout.addWidget(card)
        if not self.cards:
            layout.addWidget(label("No sessions found.", "muted"))
        self.problem_labels = []
        if library.problems:
            layout.addWidget(label("Files with problems", "heading"))
            layout.addWidget(label("These files in your sessions folder could not be loaded. "
                                   "Fix them and they appear here by themselves.", "muted", wrap=True))
            for problem in library.problems:
                item = label(str(problem), "error", wrap=True)
                item.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.problem_labels.append(item)
                layout.addWidget(item)
        layout.addStretch()
        self._scroll.setWidget(body)
        if self.cards:
            self.setFocusProxy(self.cards[0])
