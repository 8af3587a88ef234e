"""The session library: sessions grouped by kind, and files with problems."""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Signal
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPainterPath, QTextCharFormat, QTextLayout
from PySide6.QtWidgets import QAbstractButton, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from relaxapp.core.library import Library, LoadedSession
from relaxapp.core.wording import duration_text
from relaxapp.ui.widgets import theme
from relaxapp.ui.widgets.common import back_row, button, label
from relaxapp.core.language import tr


class SessionCard(QAbstractButton):
    """A session in the library: title, length, summary and tags. Click, Enter or Space
    opens it.

    Drawn as one widget rather than built from labels: the library is the first thing
    painted at start-up, and a dozen cards of four labels each cost more than the rest of
    the window. Script text is drawn as plain text, whatever it contains. Colours are
    brushes from ``theme.brush`` (see there why), never pens.
    """

    chosen = Signal(str)  # the session's id
    copy_to_edit = Signal(str)  # the session's id, from its context menu (or the Menu key)

    MARGIN_X, MARGIN_Y, SPACING = 18, 12, 4

    def __init__(self, session: LoadedSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        script = session.script
        self.title = script.title
        details = [duration_text(script.planned_ms // 1000)]
        if session.origin == "user":
            details.append("your version" if session.replaces_bundled else "yours")
        self.details = " · ".join(details)
        self.summary = script.summary
        self.tags = "  ".join(f"#{tag.replace(' ', '-')}" for tag in script.tags)
        self.setAccessibleName(f"{script.title}, {duration_text(script.planned_ms // 1000)}")
        self.setAccessibleDescription(script.summary)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.clicked.connect(lambda: self.chosen.emit(self.session.id))
        self._laid_out: tuple[tuple[int, str], list[QTextLayout], int] | None = None  # (width, theme)
        self._heights: dict[int, int] = {}  # by width; the theme changes colours only
        self._font_set: tuple[QFont, QFont, QFont] | None = None  # title, body, tags

    # ------------------------------------------------------------ layout
    def _fonts(self) -> tuple[QFont, QFont, QFont]:
        if self._font_set is None:
            base = self.font()
            title = QFont(base)
            title.setPointSizeF(base.pointSizeF() * 1.3)
            title.setWeight(QFont.Weight.DemiBold)
            tags = QFont(base)
            tags.setPointSizeF(base.pointSizeF() * 0.9)
            self._font_set = (title, base, tags)
        return self._font_set

    def _layout(self, width: int) -> tuple[list[QTextLayout], int]:
        """The card's text blocks, placed and coloured for ``width`` and the current theme,
        and the card's height."""
        palette = theme.current()
        if self._laid_out is not None and self._laid_out[0] == (width, palette.name):
            return self._laid_out[1], self._laid_out[2]
        title_font, body_font, tags_font = self._fonts()
        inner = max(40, width - 2 * self.MARGIN_X)
        details_width = QFontMetricsF(body_font).horizontalAdvance(self.details)
        details = _wrapped(self.details, body_font, details_width + 1, palette.muted)
        title = _wrapped(self.title, title_font, max(20.0, inner - details_width - 16), palette.text)
        title.setPosition(QPointF(self.MARGIN_X, self.MARGIN_Y))
        details.setPosition(QPointF(self.MARGIN_X + inner - details_width,  # on the title's baseline
                                    self.MARGIN_Y + _first_ascent(title) - _first_ascent(details)))
        blocks = [title, details]
        y = self.MARGIN_Y + title.boundingRect().height()
        for text, font, colour in ((self.summary, body_font, palette.muted),
                                   (self.tags, tags_font, palette.accent)):
            if text:
                block = _wrapped(text, font, inner, colour)
                y += self.SPACING
                block.setPosition(QPointF(self.MARGIN_X, y))
                y += block.boundingRect().height()
                blocks.append(block)
        height = int(y + self.MARGIN_Y + 0.999)
        self._laid_out = ((width, palette.name), blocks, height)
        return blocks, height

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        # Layouts ask again and again, for a few widths (with and without a scroll bar).
        if width not in self._heights:
            if len(self._heights) > 100:  # a window resized for a long while
                self._heights.clear()
            self._heights[width] = self._layout(width)[1]
        return self._heights[width]

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(480, self.heightForWidth(480))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        # Layouts take the real height from heightForWidth; a height at another width
        # would only cost one more text layout per card.
        return QSize(200, self.heightForWidth(480))

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.FontChange:  # the style sheet or the system font
            self._laid_out = self._font_set = None
            self._heights.clear()
            self.updateGeometry()
        super().changeEvent(event)

    # ------------------------------------------------------------ drawing
    def paintEvent(self, event) -> None:  # noqa: N802
        palette = theme.current()
        blocks, _ = self._layout(self.width())
        focused = self.hasFocus()
        edge = 2.0 if focused else 1.0
        outline, inside = QPainterPath(), QPainterPath()
        outline.addRoundedRect(QRectF(self.rect()), 10, 10)
        inside.addRoundedRect(QRectF(self.rect()).adjusted(edge, edge, -edge, -edge), 10 - edge, 10 - edge)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillPath(outline, theme.brush(palette.accent if focused else palette.border))
        painter.fillPath(inside, theme.brush(palette.raised if self.underMouse() or self.isDown()
                                             else palette.surface))
        for block in blocks:
            block.draw(painter, QPointF(0, 0))
        painter.end()

    def enterEvent(self, event) -> None:  # noqa: N802
        self.update()
        super().enterEvent(event)

    def leaveEvent(self, event) -> None:  # noqa: N802
        self.update()
        super().leaveEvent(event)

    def context_menu(self):
        """What a right click or the Menu key offers: to edit the session, or a copy."""
        from PySide6.QtWidgets import QMenu

        menu = QMenu(self)
        mine = self.session.origin == "user"
        action = menu.addAction(tr("&Edit") if mine else tr("Make a &copy to edit"))
        action.triggered.connect(lambda: self.copy_to_edit.emit(self.session.id))
        menu.setActiveAction(action)  # Enter takes it at once
        return menu

    def contextMenuEvent(self, event) -> None:  # noqa: N802
        self.context_menu().exec(event.globalPos())

    def keyPressEvent(self, event) -> None:  # noqa: N802
        # Space clicks and the arrow keys move between cards already, as on any button.
        if event.key() in (QtCore.Qt.Key.Key_Return, QtCore.Qt.Key.Key_Enter):
            self.click()
        else:
            super().keyPressEvent(event)


def _wrapped(text: str, font: QFont, width: float, colour: str) -> QTextLayout:
    """``text`` in ``font`` and ``colour``, broken into lines at most ``width`` wide."""
    layout = QTextLayout(text, font)
    coloured = QTextCharFormat()
    coloured.setForeground(theme.brush(colour))
    whole = QTextLayout.FormatRange()
    whole.start, whole.length, whole.format = 0, len(text), coloured
    layout.setFormats([whole])
    layout.beginLayout()
    y = 0.0
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        line.setPosition(QPointF(0, y))
        y += line.height()
    layout.endLayout()
    return layout


def _first_ascent(layout: QTextLayout) -> float:
    return layout.lineAt(0).ascent() if layout.lineCount() else 0.0


class LibraryPage(QWidget):
    session_chosen = Signal(str)
    open_folder = Signal()
    back = Signal()
    new_session = Signal(str)  # a kind, "breathing" or "pmr": open the editor on a new one
    copy_to_edit = Signal(str)  # a session's id: open the editor on (a copy of) it
    files_dropped = Signal(list)  # paths of .json files dropped on the page: import them

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 24, 32, 16)
        self.setAcceptDrops(True)  # a session file dropped here is imported
        top = back_row(tr("Today"), self.back, tr("All sessions"))
        for text, kind in ((tr("New &breathing session"), "breathing"),
                           (tr("New &relaxation session"), "pmr")):
            new = button(text)
            new.clicked.connect(lambda _=False, k=kind: self.new_session.emit(k))
            top.addWidget(new)
        folder = button(tr("Open my sessions &folder"))
        folder.clicked.connect(self.open_folder)
        top.addWidget(folder)
        outer.addLayout(top)
        outer.addWidget(label(tr("Start at the top if you are new: slow breathing first, then "
                              "progressive relaxation, a skill learnt over weeks."), "muted",
                              wrap=True))
        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self._scroll.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)  # the cards take it
        outer.addWidget(self._scroll, 1)
        self.cards: list[SessionCard] = []
        self.problem_labels: list = []

    @staticmethod
    def _session_files(event) -> list[str]:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        return [url.toLocalFile() for url in urls
                if url.isLocalFile() and url.toLocalFile().lower().endswith(".json")]

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if self._session_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        if files := self._session_files(event):
            event.acceptProposedAction()
            self.files_dropped.emit(files)

    def show_library(self, library: Library) -> None:
        body = QWidget()
        # Into the scroll area before the cards go in: placing a widget re-styles all it
        # holds, and a full body would be re-styled card by card.
        self._scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 8, 8, 8)
        layout.setSpacing(8)
        self.cards = []
        for heading, sessions in library.sections():
            layout.addWidget(label(heading, "heading"))
            for session in sessions:
                card = SessionCard(session)
                card.chosen.connect(self.session_chosen)
                card.copy_to_edit.connect(self.copy_to_edit)
                self.cards.append(card)
                layout.addWidget(card)
        if not self.cards:
            layout.addWidget(label(tr("No sessions found."), "muted"))
        self.problem_labels = []
        if library.problems:
            layout.addWidget(label(tr("Files with problems"), "heading"))
            layout.addWidget(label(tr("These files in your sessions folder could not be loaded. "
                                   "Fix them and they appear here by themselves."), "muted", wrap=True))
            for problem in library.problems:
                item = label(str(problem), "error", wrap=True)
                item.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
                self.problem_labels.append(item)
                layout.addWidget(item)
        layout.addStretch()
        if self.cards:
            self.setFocusProxy(self.cards[0])
