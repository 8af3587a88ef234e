"""A pseudo-language: every translated text marked and made 40% longer, so a test finds any
visible text that is not translated, and any that no longer fits."""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import (
    QAbstractButton, QComboBox, QGroupBox, QLabel, QLineEdit, QListWidget, QTabBar, QTextEdit,
    QWidget,
)

OPEN, CLOSE = "⟦", "⟧"


class PseudoTranslator(QTranslator):
    def __init__(self):
        super().__init__()
        # every text the app asked for, as written (its own have no context; Qt's do)
        self.asked: set[tuple[str, str | None]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002
        if not context:
            self.asked.add((source, disambiguation or None))
        return OPEN + source + padding(math.ceil(0.4 * len(source)), " " in source) + CLOSE

    def isEmpty(self) -> bool:  # noqa: N802
        return False


def padding(length: int, words: bool) -> str:
    """``length`` characters of padding: one run for a single word (a longer word), or words
    of up to seven for a sentence, which wraps between them as a translation's would."""
    if not words:
        return "~" * length
    return " ".join("~" * 7 for _ in range(length // 8)) + " " + "~" * (length % 8)


def visible_texts(top: QWidget) -> list[tuple[str, str]]:
    """(where, text) for each text shown or named to a screen reader in ``top``."""
    found = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisibleTo(top) and widget is not top:
            continue
        where = f"{type(widget).__name__} {widget.objectName()}".strip()
        texts = [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
        if widget.isWindow():
            texts.append(widget.windowTitle())
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QListWidget):
            texts += [widget.item(i).text() for i in range(widget.count())]
        if isinstance(widget, QTextEdit):  # (a QTextBrowser too)
            texts.append(widget.toPlainText())
        if isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        found += [(where, text) for text in texts if text]
    return found


def plain(text: str) -> str:
    return re.sub(r"<[^>]+>|&\w+;", " ", text)


def untranslated(texts, content: set[str]) -> list[tuple[str, str]]:
    """The texts with words in them that are neither translated nor a session's own."""
    left = []
    for where, text in texts:
        words = plain(text)
        if words.startswith("/") or ":\\" in words[:3]:  # a file's path is the person's own
            continue
        for known in sorted(content, key=len, reverse=True):  # a session's words are its own
            if known and known in words:
                words = words.replace(known, " ")
        while OPEN in words:  # translations inside translations: innermost first
            shorter = re.sub(OPEN + "[^" + OPEN + CLOSE + "]*" + CLOSE, " ", words)
            if shorter == words:
                break
            words = shorter
        words = words.replace("RelaxApp", " ")
        if re.search(r"[A-Za-z]{2,}", words):
            left.append((where, text))
    return left


def clipped(top: QWidget) -> list[tuple[str, str]]:
    """Buttons and one-line labels given less room than their text needs (narrower than
    their own size hint, which is the text's width and the widget's margins), and wrapped
    labels too short for their lines."""
    from PySide6.QtWidgets import QCheckBox, QRadioButton

    found = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top) or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():  # too short for its lines
            needed = widget.heightForWidth(widget.width())
            if widget.text() and widget.height() < needed - 1:
                found.append(("QLabel", widget.text()[:60]))
            continue
        if isinstance(widget, QLabel):
            if "<" in widget.text() or "\n" in widget.text():
                continue
        elif not isinstance(widget, (QAbstractButton, QCheckBox, QRadioButton)):
            continue
        text = widget.text().replace("&", "")
        if text and widget.width() < widget.sizeHint().width() - 1:
            found.append((type(widget).__name__, text))
    return found
