"""The core's words: English as written until a translator is installed."""

from __future__ import annotations

from datetime import date

import pytest

from relaxapp.core import language
from relaxapp.core.language import tr


@pytest.fixture(autouse=True)
def english_again():
    yield
    language.install(None)


def test_english_as_written_with_its_counts():
    assert tr("Start") == "Start"
    assert tr("%n session(s)", None, 1) == "1 session"
    assert tr("%n session(s)", None, 3) == "3 sessions"
    assert tr("%n session(s)", None, 0) == "0 sessions"
    assert language.day(date(2026, 3, 3)) == "3 March 2026"
    assert language.day(date(2026, 3, 3), short=True) == "3 Mar 2026"


def test_an_installed_translator_is_asked_with_the_text_its_distinction_and_count():
    asked = []

    def translator(text, disambiguation, n):
        asked.append((text, disambiguation, n))
        return {"Back": "Rücken", "%n session(s)": "%n Übungen"}.get(text, text)

    language.install(translator, "de", lambda day, short: f"{day.day}. März")
    assert tr("Back", "body region") == "Rücken"
    assert tr("%n session(s)", None, 4) == "4 Übungen"
    assert asked == [("Back", "body region", -1), ("%n session(s)", None, 4)]
    assert language.current() == "de" and language.day(date(2026, 3, 3)) == "3. März"
    language.install(None)
    assert tr("Back", "body region") == "Back" and language.current() == "en"
