"""Today's page kept true: its suggestion and figures from the library, the log and the
settings, read again whenever one of them changes; red-flag advice in view until it is read;
a session the log has not taken yet, said with a way to save it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from relaxapp.views import StoreError
from relaxapp.core.language import tr

if TYPE_CHECKING:
    from relaxapp.ui.shell.window_parts import WindowParts


class TodayKeeper:
    def __init__(self, window: WindowParts):
        self.window = window
        self.page = window.home_page

    def refresh(self) -> None:
        """Today's suggestion and figures, from the library, the log and the settings."""
        from relaxapp.views.today import NOT_OPEN, read_today

        w = self.window
        failure = None
        try:
            figures = read_today(w.store)
        except StoreError as error:  # the figures wait; practice does not
            figures, failure = NOT_OPEN, error
        self.page.refresh(w.library, figures, w.settings.reminders, w.wall_clock(),
                          w.settings.safety_read)
        if failure is not None:
            w.log.store_error(failure)
        unsaved = w.made("flow") and w.flow.unsaved is not None
        self.page.unsaved_notice.say(
            tr("Your last session is not saved yet: the log did not take it. It is kept while "
               "RelaxApp is open.") if unsaved else None)

    def safety_read(self) -> None:
        """Today's red-flag advice has been read: it goes until another is logged."""
        self.window.settings.safety_read = self.page.safety_uid
        self.page.show_safety_notice(None)
        self.page.setFocus()
