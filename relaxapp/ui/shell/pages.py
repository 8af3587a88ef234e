"""The pages after Today's, in one table: how each is built and wired to the window. Each is
built (and its module imported) on first use: only the home page is needed to paint the first
window, and start-up is what a person waits through."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QStackedWidget, QWidget

if TYPE_CHECKING:
    from relaxapp.ui.shell.window_parts import WindowParts


def wire_home(w: WindowParts, page) -> None:
    """Today's page, built with the window (the first paint needs it)."""
    page.session_chosen.connect(w.steps.open_start)
    page.show_library.connect(w.show_library)
    page.show_history.connect(w.show_history)
    page.log_practice.connect(w.log_practice)
    page.show_about.connect(w.show_about)
    page.set_reminders.connect(w.preferences.open_dialog)
    page.save_unsaved.connect(w.steps.save_unsaved)
    page.dismiss_safety.connect(w.today.safety_read)
    page.show_safety.connect(w.show_about)


def _library(w: WindowParts, page) -> None:
    page.back.connect(w.show_home)
    page.session_chosen.connect(w.steps.open_start)
    page.open_folder.connect(w.open_sessions_folder)
    page.new_session.connect(lambda kind: w.session_files.edit(None, kind))
    page.files_dropped.connect(w.session_files.import_sessions)
    page.copy_to_edit.connect(w.session_files.edit)
    w.library_watcher.changed.connect(page.show_library)  # a script added, changed, removed
    page.show_library(w.library)


def _start(w: WindowParts, page) -> None:
    page.back.connect(w.steps.leave_start)
    page.start.connect(w.steps.begin)
    page.edit.connect(lambda: w.session_files.edit(w.flow.session.id))
    page.export.connect(w.session_files.export)


def _player(w: WindowParts, page) -> None:
    from relaxapp.ui.heart.monitor import HeartMonitor

    page.heart.monitor = HeartMonitor(w.settings, page)
    page.finished.connect(w.steps.finished)
    page.eyes_closed_changed.connect(w.menu_actions.eyes_closed.setChecked)


def _after(w: WindowParts, page) -> None:
    page.rated.connect(w.steps.save_rating)
    page.saved.connect(w.steps.save_after)
    page.show_about.connect(w.show_about)
    page.report_requested.connect(lambda rating: w.steps.save_rating(rating) and w.make_report())
    page.pace_chosen.connect(lambda bpm: setattr(w.settings, "resonance_bpm", bpm))
    # What it said was not saved is saved now (tried again in the background, or Today's
    # "Save now").
    w.log.changed.connect(lambda: w.flow.unsaved is None and page.show_save_problem(None))


def _about(w: WindowParts, page) -> None:
    page.back.connect(w.leave_about)


def _editor(w: WindowParts, page) -> None:
    w.session_files.wire_editor(page)


def _history(w: WindowParts, page) -> None:
    page.back.connect(w.show_home)
    page.start_requested.connect(w.home_page.start_button.click)  # Today's suggestion
    page.show_about.connect(w.show_about)
    page.report_requested.connect(w.make_report)
    # A history in view follows the log; a hidden one reads it when next shown.
    w.log.changed.connect(lambda: w.pages.currentWidget() is page and page.refresh())


# name: (module, class, what its constructor is given, how it is wired to the window)
PAGES = {
    "library": ("relaxapp.ui.pages.library_page", "LibraryPage", lambda w: (), _library),
    "start": ("relaxapp.ui.pages.start_page", "StartPage", lambda w: (), _start),
    "player": ("relaxapp.ui.pages.player_page", "PlayerPage", lambda w: (w.cues,), _player),
    "after": ("relaxapp.ui.pages.after_page", "AfterPage", lambda w: (), _after),
    "about": ("relaxapp.ui.pages.about_page", "AboutPage", lambda w: (), _about),
    "editor": ("relaxapp.ui.pages.editor_page", "EditorPage", lambda w: (), _editor),
    # pyqtgraph and numpy load here (ahead of need: relaxapp.ui.shell.app.warm_up_history)
    "history": ("relaxapp.ui.pages.history_page", "HistoryPage", lambda w: (w.store,), _history),
}


class PageStack(QStackedWidget):
    """The window's pages, one shown at a time: Today's, made with the window, and the others
    of PAGES, each built and wired on first use. Each is made in its place in the window: a
    page moved there would be styled twice (the first paint waited 3 to 5 ms for it)."""

    def __init__(self, window: WindowParts):
        super().__init__()
        self._window = window
        self._built: dict[str, QWidget] = {}

    def page(self, name: str) -> QWidget:
        """The page of that name, built on first use."""
        if (page := self._built.get(name)) is None:
            module, cls, arguments, wire = PAGES[name]
            page = self._built[name] = getattr(import_module(module), cls)(*arguments(self._window))
            wire(self._window, page)
            self.addWidget(page)
        return page

    def built(self, name: str) -> QWidget | None:
        """The page of that name if it has been built, without building it."""
        return self._built.get(name)
