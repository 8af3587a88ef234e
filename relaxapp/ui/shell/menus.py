"""The window's menus: Session, Sound, View and Help, each item wired to the window.

The first window shows the menus' titles; their items (and so their shortcuts) are added just
after it has painted: the classes behind them cost the first paint about 3 ms.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from relaxapp.ui.pages.home_page import ANXIOUS_MOMENT
from relaxapp.core.language import QT_TR_NOOP, tr
from relaxapp.ui.shell.settings import BACKGROUNDS, THEME_NAMES, THEMES

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from relaxapp.ui.shell.window_parts import WindowParts

# By id: what a person reads is translated.
MENU_TITLES = {"session": QT_TR_NOOP("&Session"), "sound": QT_TR_NOOP("S&ound"),
               "view": QT_TR_NOOP("&View"), "help": QT_TR_NOOP("&Help")}


@dataclass(frozen=True)
class MenuActions:
    """The menu items that show a setting, to be checked when the setting changes elsewhere."""
    sound: QAction
    voice: QAction
    backgrounds: dict[str, QAction]
    reduced_motion: QAction
    eyes_closed: QAction
    themes: dict[str, QAction]


def add_menu_titles(window: WindowParts) -> dict:
    """The menus, by id, empty: all the first window shows of them."""
    return {menu: window.menuBar().addMenu(tr(title)) for menu, title in MENU_TITLES.items()}


def build_menus(window: WindowParts) -> MenuActions:
    """Fill the menus (``window.menus``); returns the items that show a setting."""
    from PySide6.QtGui import QKeySequence

    settings, preferences = window.settings, window.preferences
    session = window.menus["session"]
    _action(session, tr("&Log practice done elsewhere…"), window.log_practice, "Ctrl+L")
    _action(session, tr("Open my sessions &folder"), window.open_sessions_folder)
    _action(session, tr("&Import a session file…"), lambda: window.session_files.import_sessions())
    _action(session, tr("&Today"), window.show_home, "Ctrl+0")
    _action(session, tr("&All sessions"), window.show_library, "Ctrl+1")
    _action(session, tr("Anxious right &now: 2 minutes"), lambda: window.steps.open_start(ANXIOUS_MOMENT),
            "Ctrl+2")
    _action(session, tr("&History"), window.show_history, "Ctrl+H")
    _action(session, tr("Make a &report for a doctor…"), lambda: window.make_report(), "Ctrl+P")
    _action(session, tr("&Settings…"), preferences.open_dialog, "Ctrl+,")
    session.addSeparator()
    _action(session, tr("&Quit"), window.closing.quit, QKeySequence.StandardKey.Quit)

    sound = window.menus["sound"]
    # Each item sets its setting; the window follows the setting (Preferences.follow).
    sound_cues = _toggle(sound, tr("Sound &cues"), settings, "sound")
    voice = _toggle(sound, tr("Spoken &guidance"), settings, "voice")
    backgrounds = _choice(window, sound.addMenu(tr("&Background sound")), BACKGROUNDS,
                          settings, "background")

    view = window.menus["view"]
    reduced_motion = _toggle(view, tr("&Reduced motion"), settings, "reduced_motion")
    eyes_closed = _toggle(view, tr("&Eyes-closed mode (E in a session)"), settings, "eyes_closed")
    themes = _choice(window, view.addMenu(tr("&Theme")),
                     [(name, THEME_NAMES[name]) for name in THEMES], settings, "theme")

    help_menu = window.menus["help"]
    _action(help_menu, tr("&About these exercises"), window.show_about, "F1")
    return MenuActions(sound_cues, voice, backgrounds, reduced_motion, eyes_closed, themes)


def _action(menu, text, slot, shortcut=None) -> QAction:
    from PySide6.QtGui import QKeySequence

    action = menu.addAction(text)
    action.triggered.connect(slot)
    # setShortcuts, not setShortcut: the latter's overloads make PySide build all of
    # Qt's namespace enums, a cost the first paint need not wait for.
    if isinstance(shortcut, str):
        action.setShortcuts([QKeySequence(shortcut)])
    elif shortcut is not None:
        action.setShortcuts(shortcut)  # a standard key: every binding the platform has
    return action


def _toggle(menu, text, settings, key: str) -> QAction:
    """A checkable item for a setting that is on or off."""
    action = menu.addAction(text)
    action.setCheckable(True)
    action.setChecked(getattr(settings, key))
    action.toggled.connect(lambda on: setattr(settings, key, on))
    return action


def _choice(window, menu, choices, settings, key: str) -> dict[str, QAction]:
    """One checkable item for each (name, text); picking one sets the setting to it."""
    from PySide6.QtGui import QActionGroup

    group = QActionGroup(window)
    actions = {}
    for name, text in choices:
        text = tr(text)
        action = menu.addAction(text if "&" in text else "&" + text)
        action.setCheckable(True)
        action.setChecked(name == getattr(settings, key))
        action.triggered.connect(lambda _=False, n=name: setattr(settings, key, n))
        group.addAction(action)
        actions[name] = action
    return actions
