"""The window's menus: Session, Sound, View and Help, each item wired to the window.

The first window shows the menus' titles; their items (and so their shortcuts) are added just
after it has painted: the classes behind them cost the first paint about 3 ms.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from relaxapp.ui.pages.home_page import ANXIOUS_MOMENT
from relaxapp.ui.shell.settings import BACKGROUNDS, THEMES

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from relaxapp.ui.shell.window_parts import WindowParts

MENU_TITLES = ("&Session", "S&ound", "&View", "&Help")


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
    """The menus, by title, empty: all the first window shows of them."""
    return {title: window.menuBar().addMenu(title) for title in MENU_TITLES}


def build_menus(window: WindowParts) -> MenuActions:
    """Fill the menus (``window.menus``); returns the items that show a setting."""
    from PySide6.QtGui import QKeySequence

    settings, preferences = window.settings, window.preferences
    session = window.menus["&Session"]
    _action(session, "&Log practice done elsewhere…", window.log_practice, "Ctrl+L")
    _action(session, "Open my sessions &folder", window.open_sessions_folder)
    _action(session, "&Import a session file…", lambda: window.session_files.import_sessions())
    _action(session, "&Today", window.show_home, "Ctrl+0")
    _action(session, "&All sessions", window.show_library, "Ctrl+1")
    _action(session, "Anxious right &now: 2 minutes", lambda: window.steps.open_start(ANXIOUS_MOMENT),
            "Ctrl+2")
    _action(session, "&History", window.show_history, "Ctrl+H")
    _action(session, "Make a &report for a doctor…", lambda: window.make_report(), "Ctrl+P")
    _action(session, "&Settings…", preferences.open_dialog, "Ctrl+,")
    session.addSeparator()
    _action(session, "&Quit", window.closing.quit, QKeySequence.StandardKey.Quit)

    sound = window.menus["S&ound"]
    # Each item sets its setting; the window follows the setting (Preferences.follow).
    sound_cues = _toggle(sound, "Sound &cues", settings, "sound")
    voice = _toggle(sound, "Spoken &guidance", settings, "voice")
    backgrounds = _choice(window, sound.addMenu("&Background sound"), BACKGROUNDS,
                          settings, "background")

    view = window.menus["&View"]
    reduced_motion = _toggle(view, "&Reduced motion", settings, "reduced_motion")
    eyes_closed = _toggle(view, "&Eyes-closed mode (E in a session)", settings, "eyes_closed")
    themes = _choice(window, view.addMenu("&Theme"),
                     [(name, name.capitalize()) for name in THEMES], settings, "theme")

    help_menu = window.menus["&Help"]
    _action(help_menu, "&About these exercises", window.show_about, "F1")
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
        action = menu.addAction(text if text.startswith("&") else "&" + text)
        action.setCheckable(True)
        action.setChecked(name == getattr(settings, key))
        action.triggered.connect(lambda _=False, n=name: setattr(settings, key, n))
        group.addAction(action)
        actions[name] = action
    return actions
