"""The whole app in another language: nothing left in English, nothing clipped."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from relaxapp import resources
from relaxapp.core.clock import FakeClock
from relaxapp.core.language import LANGUAGES
from relaxapp.storage.database import WINDOW_BUSY_TIMEOUT_MS
from relaxapp.storage.log import Store
from relaxapp.ui.shell import languages
from relaxapp.ui.shell.main_window import MainWindow
from relaxapp.ui.shell.settings import Settings
from relaxapp.ui.widgets import theme
from tests.conftest import REPO
from tests.ui.pseudo import PseudoTranslator, clipped, untranslated, visible_texts

pytestmark = pytest.mark.gui


def session_words() -> set[str]:
    """Every text of the bundled sessions: their words are translated with the session."""
    words: set[str] = set()

    def collect(value):
        if isinstance(value, str):
            words.add(value)
        elif isinstance(value, dict):
            for item in value.values():
                collect(item)
        elif isinstance(value, list):
            for item in value:
                collect(item)

    for path in Path(resources.sessions_dir()).rglob("*.json"):
        collect(json.loads(path.read_text()))
    words.update(LANGUAGES.values())  # each language in its own name, whatever the app's
    for path in Path(resources.sessions_dir()).rglob("learning-path*.txt"):  # its headings
        words.update(line.lstrip("#").strip() for line in path.read_text().splitlines())
    return {word for word in words if len(word) > 2}


def window_in(qtbot, qapp, tmp_path, code: str, translator=None):
    """The window, built in ``code`` (or in the pseudo-language ``translator``)."""
    languages.apply(code, translator=translator)
    data_dir = tmp_path / "data"
    (data_dir / "sessions").mkdir(parents=True)
    settings = Settings(data_dir)
    settings.sound = False
    settings.voice = False
    theme.apply(qapp, "light")
    store = Store(data_dir / "relaxapp.db", busy_timeout_ms=WINDOW_BUSY_TIMEOUT_MS)
    clock = FakeClock()
    window = MainWindow(data_dir, store, settings, clock=clock)
    window.player.timer.setInterval(10**6)
    window.resize(1366, 768)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    return window, clock, store


@pytest.fixture
def english_after():
    yield
    languages.apply("en")


@pytest.fixture
def pseudo_window(qtbot, qapp, tmp_path, english_after):
    translator = PseudoTranslator()
    window, clock, store = window_in(qtbot, qapp, tmp_path, "en", translator)
    yield window, clock
    # Every text the pages asked for is one the translation tools found in the code: a text
    # they miss (built at run time, or in an f-string) would stay English in every language.
    import xml.etree.ElementTree as ET

    root = ET.parse(REPO / "relaxapp" / "translations" / "relaxapp_de.ts").getroot()
    found = {(m.findtext("source"), m.findtext("comment")) for m in root.iter("message")}
    assert sorted(map(str, translator.asked - found)) == []
    window.close()
    store.close()


def walk(window, clock, qtbot, look) -> None:
    """Every page and dialog a person meets, each given to ``look(name, widget)``."""
    look("today", window)
    window.show_library()
    look("all sessions", window)
    window.steps.open_start("pmr-4-groups")
    look("start", window)
    qtbot.keyClick(window.start_page, Qt.Key.Key_Return)
    for _ in range(100):
        clock.advance(100)
        window.player.tick()
    look("player", window)
    for _ in range(150):  # into the first group's tensing
        clock.advance(100)
        window.player.tick()
    assert window.player.visual.currentWidget() is window.player.body
    look("player, a muscle group", window)
    qtbot.keyClick(window.player, Qt.Key.Key_Escape)
    look("after", window)
    window.after_page.details_button.click()  # the details: where, symptoms, a note
    look("after, with its details", window)
    for code in ("sudden_one_side", "weakness"):  # the advice for each tier, kept in view
        window.after_page.symptom_boxes[code].setChecked(True)
    look("after, with safety advice", window)
    window.after_page.save_button.click()
    window.show_home()
    look("today, with safety advice", window)
    window.show_history()
    for index in range(window.history_page.tabs.count()):
        window.history_page.tabs.setCurrentIndex(index)
        look(f"history, tab {index}", window)
    window.show_about()
    look("about", window)
    window.session_files.edit(None, "breathing")
    look("new breathing session", window)
    window.session_files.edit(None, "pmr")
    look("new relaxation session", window)
    from datetime import date

    from relaxapp.ui.dialogs.heart_sensor_dialog import HeartSensorDialog
    from relaxapp.ui.dialogs.log_dialog import LogDialog
    from relaxapp.ui.dialogs.report_dialog import ReportDialog
    from relaxapp.ui.dialogs.settings_dialog import SettingsDialog
    from relaxapp.ui.shell.onboarding import WelcomeDialog

    for name, dialog in (("settings", SettingsDialog(window.settings, window.data_dir,
                                                     [("box-breathing", "Box breathing, 4-4-4-4")])),
                         ("log", LogDialog(window)), ("report", ReportDialog(window.store,
                                                                             date(2026, 3, 3))),
                         ("welcome", WelcomeDialog(window)),
                         ("heart-rate sensor", HeartSensorDialog(window.settings, window))):
        dialog.show()
        look(name, dialog)
        dialog.close()


def test_no_visible_text_is_left_untranslated_or_cut_short(pseudo_window, qtbot):
    """Every text 40% longer: none left in English, and none without the room it needs."""
    window, clock = pseudo_window
    content = session_words()
    left, cut = {}, {}

    def look(name, widget):
        qtbot.wait(10)
        if found := untranslated(visible_texts(widget), content):
            left[name] = found
        if found := clipped(widget):
            cut[name] = found

    walk(window, clock, qtbot, look)
    assert left == {}, "\n".join(f"{page}: {where}: {text!r}" for page, found in left.items()
                                 for where, text in found)
    assert cut == {}


@pytest.mark.parametrize("code", ["de", "es"])
def test_no_text_is_cut_short_in_german_or_spanish(qtbot, qapp, tmp_path, english_after, code):
    """At 1366x768, every button and one-line label has the room its words need."""
    window, clock, store = window_in(qtbot, qapp, tmp_path, code)
    cut = {}

    def look(name, widget):
        qtbot.wait(10)
        if found := clipped(widget):
            cut[name] = found

    try:
        walk(window, clock, qtbot, look)
    finally:
        window.close()
        store.close()
    assert cut == {}


def test_the_app_in_german_words_dates_numbers_and_sessions(qtbot, qapp, tmp_path, english_after):
    from datetime import date

    from relaxapp.core import language

    window, clock, store = window_in(qtbot, qapp, tmp_path, "de")
    try:
        assert language.current() == "de"
        assert language.day(date(2026, 3, 3)) == "3. März 2026"
        assert language.decimal(1.5) == "1,5"
        assert language.tr("%n session(s)", None, 1) == "1 Übung"
        assert language.tr("%n session(s)", None, 3) == "3 Übungen"
        home = window.home_page
        assert home.start_button.text() == "&Beginnen"
        assert home.greeting.text() in ("Guten Morgen", "Guten Tag", "Guten Abend")
        window.show_library()
        assert "Hier beginnen" in [w.text() for w in window.library_page.findChildren(
            type(home.greeting)) if w.isVisibleTo(window)]
        window.steps.open_start("pmr-4-groups")  # translated
        page = window.start_page
        assert page.title.text() == "Progressive Entspannung, 4 Gruppen"
        assert "noch nicht übersetzt" not in page.details.text()
        assert page.title.text() == "Progressive Entspannung, 4 Gruppen"
        window.show_home()
        own = json.dumps({"format": 1, "id": "mine", "title": "My evening breaths", "steps": [
            {"type": "say", "text": "Settle in.", "seconds": 12}]})
        (window.data_dir / "sessions" / "mine.json").write_text(own)
        window.library_watcher.reload()
        qtbot.waitUntil(lambda: window.library.get("mine") is not None)
        window.steps.open_start("mine")  # in English: said before it is heard
        assert page.title.text() == "My evening breaths"
        assert "auf Englisch: noch nicht übersetzt" in page.details.text()
        window.show_home()
        window.steps.open_start("first-breaths")
        qtbot.keyClick(page, Qt.Key.Key_Return)
        for _ in range(150):  # into the first breath
            clock.advance(100)
            window.player.tick()
        assert window.player.phase.text() in ("Einatmen", "Ausatmen")
    finally:
        window.close()
        store.close()


def test_right_to_left_mirrors_the_pages_but_never_the_body(qtbot, qapp, tmp_path,
                                                            english_after):
    """In a right-to-left language the layout mirrors, but the body map keeps the body's
    own right and left, and its R and L with them."""
    from relaxapp.ui.widgets.body_map import BodyMap

    def drawn():
        body = BodyMap()
        qtbot.addWidget(body)
        body.resize(320, 240)
        body.set_highlight({"right_hand", "left_calf"}, "tense")
        return body.grab().toImage()

    left_to_right = drawn()
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        assert drawn() == left_to_right
        window, clock, store = window_in(qtbot, qapp, tmp_path, "en")
        try:
            window.steps.open_start("pmr-4-groups")
            page = window.start_page
            qtbot.wait(10)
            back = next(b for b in page.findChildren(type(page.start_button))
                        if b.text().startswith("←"))
            assert back.mapTo(page, back.rect().center()).x() > page.width() / 2  # mirrored
            window.show_history()
            window.show_about()
        finally:
            window.close()
            store.close()
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.mark.parametrize("code", ["en", "de", "es"])
def test_each_menu_and_todays_buttons_have_keys_of_their_own(qtbot, qapp, tmp_path, code,
                                                             english_after):
    """Alt and a letter reaches one item only, in every language (a translator picks the
    letters anew)."""
    import re

    from PySide6.QtWidgets import QAbstractButton

    window, clock, store = window_in(qtbot, qapp, tmp_path, code)

    def letters(texts):
        keys = [m.group(1).lower() for text in texts if (m := re.search(r"&(\w)", text))]
        return sorted(key for key in set(keys) if keys.count(key) > 1)

    try:
        assert len(window.menus["session"].actions()) > 5  # filled
        clashes = {name: letters(a.text() for a in menu.actions())
                   for name, menu in window.menus.items()}
        clashes["menu bar"] = letters(a.text() for a in window.menuBar().actions())
        clashes["today"] = letters(b.text() for b in window.home_page.findChildren(
            QAbstractButton) if b.isVisibleTo(window))
        assert {name: found for name, found in clashes.items() if found} == {}
    finally:
        window.close()
        store.close()
