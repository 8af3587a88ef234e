"""A session's steps through the window: its start page, the player, the after page, and its
answers into the log (kept, and said so, when the log does not take them)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from relaxapp.views import StoreError
from relaxapp.core.language import tr

if TYPE_CHECKING:
    from relaxapp.core.records import AfterRating
    from relaxapp.ui.shell.window_parts import WindowParts


class SessionSteps:
    def __init__(self, window: WindowParts):
        self.window = window
        self._start_return = window.home_page  # where the start page's Back goes

    def open_start(self, session_id: str) -> bool:
        """The start page of a session, from Today, the library, a reminder or a second start."""
        w = self.window
        session = w.library.get(session_id)
        if session is None:
            w.notify(tr("There is no session with the id “{id}”.").format(id=session_id))
            w.show_home()
            return False
        if w.in_session():
            w.notify(tr("Stop this session first (Esc) to open “{title}”.").format(title=session.script.title))
            return False
        if not w.may_leave():
            return False
        current = w.pages.currentWidget()
        if current in (w.home_page, w.pages.built("library")):
            self._start_return = current
        w.flow.choose(session)
        w.start_page.show_session(session, w.settings.pace_stretch,
                                  w.settings.resonance_bpm or None)
        w.cues.prepare_session(session.script, w.settings.count_in)
        w.show_page(w.start_page)  # its focus goes to Start
        return True

    def leave_start(self) -> None:
        self.window.show_page(self._start_return)

    def begin(self, tension_before: int | None, stretch: float, holds: float) -> None:
        w = self.window
        if (practice := w.flow.start(tension_before, stretch, holds)) is None:
            return
        w.show_page(w.player)
        w.player.begin(practice, tension_before, w.settings.reduced_motion,
                       count_in_ms=3_000 if w.settings.count_in else 0)
        w.player.set_eyes_closed(w.settings.eyes_closed)
        w.cues.start_background(w.settings.background)

    def finished(self, status: str) -> None:
        w = self.window
        w.cues.stop_background()
        w.after_page.prepare(w.flow.after(status))
        heart = w.player.heart
        # A stand-in's beats are not the person's: shown, never kept in their log (nor so
        # in a report for their doctor).
        kept = heart.summary if heart.stood_in is None else None
        w.flow.keep_heart(kept.fields() if kept is not None else None)
        w.after_page.show_heart(heart.summary, heart.beats_heard, heart.stood_in)
        if w.flow.unsaved is not None:  # the log did not take the session as it ran
            w.after_page.show_save_problem(
                tr("Not saved yet: the log could not record this session as it ran. Your "
                   "answers are kept while RelaxApp is open; it tries again by itself, and so "
                   "does Save."))
            w.log.keep_trying()
        w.show_page(w.after_page)

    def save_rating(self, rating: AfterRating) -> bool:
        """The after-page's answers so far, saved as they are given. When the log does not
        take them, the page says so and the flow keeps them (see ``save_unsaved``)."""
        w = self.window
        w.log.reopen()
        try:
            said = w.flow.save_after(rating)
        except (StoreError, ValueError) as error:
            message = getattr(error, "message", str(error))
            w.after_page.show_save_problem(
                tr("Not saved: {problem}. Your answers are kept while RelaxApp is open: "
                   "it tries again by itself, Enter tries now, and Today offers it too.").format(
                    problem=message))
            w.notify(tr("Not saved: {problem}").format(problem=message))
            w.log.keep_trying()
            return False
        w.after_page.show_save_problem(None)
        w.notify(said)
        return True

    def save_after(self, rating: AfterRating) -> None:
        """The after page's Save: its answers into the log, then Today."""
        if self.save_rating(rating):
            self.window.log.changed.emit()
            self.window.show_page(self.window.home_page)

    def save_unsaved(self) -> None:
        """Today's "Save now": the answers (and session) the log refused, tried again."""
        w = self.window
        w.log.reopen()
        if w.flow.unsaved is not None:
            try:
                w.notify(w.flow.save_unsaved())
            except (StoreError, ValueError) as error:
                w.notify(tr("Still not saved: {problem}").format(
                    problem=getattr(error, "message", str(error))))
        w.log.changed.emit()
