"""A session from its start screen to its row in the log, without Qt.

The window shows pages; this holds what passes between them: the session chosen, the
tension rated before it, the practice running, and what the after-page saves. So the
whole flow (choose, start, finish or stop, rate, save) is tested with plain pytest.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

from relaxapp.core.records import AfterRating, PracticeElsewhere, Status
from relaxapp.core.timeline import HOLDS_AS_WRITTEN
from relaxapp.practice import Practice
from relaxapp.storage.errors import StoreError
from relaxapp.core.language import tr

if TYPE_CHECKING:
    from relaxapp.core.library import LoadedSession
    from relaxapp.storage.log import SessionRecord, Store


@dataclass(frozen=True)
class AfterPrompt:
    """What the after-page asks about: the session just ended."""

    title: str
    status: Status
    tension_before: int | None
    minutes: float
    paces: tuple[float, ...] = ()  # breaths a minute to choose the easiest of (or none)
    planned_minutes: float = 0.0
    reached_end: bool = False  # it ran to its end (if "stopped", most of it was skipped)

    def heading(self) -> str:
        """How it ended, said truthfully: a session mostly skipped is not called complete."""
        if self.status == Status.COMPLETED:
            return tr("Well done.")
        return tr("Finished, with parts skipped.") if self.reached_end else \
            tr("Stopped early: that's fine.")

    def summary(self) -> str:
        """'Box breathing: you practised 3 min of its 12.' Time practised, of how much."""
        done = tr("{minutes} min").format(minutes=f"{self.minutes:.0f}") \
            if self.minutes >= 1 else tr("under a minute")
        if self.status != Status.COMPLETED and round(self.planned_minutes) > round(self.minutes):
            said = tr("you practised {done} of its {planned} min.").format(
                done=done, planned=f"{self.planned_minutes:.0f}")
        else:
            said = tr("{done} of practice.").format(done=done)
        before = " " + tr("You rated your tension {rating} before.").format(
            rating=self.tension_before) if self.tension_before is not None else ""
        return f"{self.title}: {said}{before}"


class SessionFlow:
    def __init__(self, clock: Callable[[], int], store: Store | None = None,
                 on_store_error: Callable[[Exception], None] = lambda error: None):
        self.clock = clock
        self.store = store
        self.on_store_error = on_store_error
        self.session: LoadedSession | None = None  # the one whose start screen shows
        self.practice: Practice | None = None
        self.tension_before: int | None = None
        # A session and its answers the log has not taken yet (it was locked, full or not
        # open), kept while the app runs, to save when the log is back.
        self.unsaved: tuple[Practice, AfterRating] | None = None

    @property
    def running(self) -> bool:
        return self.practice is not None and self.practice.run.started \
            and self.practice.ended is None

    @property
    def running_unrecorded(self) -> Practice | None:
        """The practice running, if the log does not hold it yet (it was busy, full or not
        open as it began): to be written when the log takes it."""
        practice = self.practice
        return practice if self.running and not practice.recorded else None

    def choose(self, session: LoadedSession) -> None:
        self.session = session

    def start(self, tension_before: int | None, stretch: float = 1.0,
              holds: float = HOLDS_AS_WRITTEN) -> Practice | None:
        """A practice of the chosen session, not yet started (the player starts it)."""
        if self.session is None:
            return None
        self.tension_before = tension_before
        self.practice = Practice(self.session.script, self.clock, self.store,
                                 on_store_error=self.on_store_error, stretch=stretch, holds=holds)
        return self.practice

    def after(self, status: Status) -> AfterPrompt:
        """The session has ended with ``status``: what the after-page asks."""
        practice = self.practice
        script = practice.script
        paces = ()
        if script.choose_pace:  # the paces the session compared, as written
            paces = tuple(dict.fromkeys(round(step.breaths_per_minute, 2)
                                        for step in script.breathing_steps))
        if not practice.recorded:  # kept, even if no answer is given
            self.unsaved = (practice, AfterRating())
        return AfterPrompt(script.title, Status(status), self.tension_before,
                           practice.practiced_seconds / 60, paces,
                           planned_minutes=script.planned_ms / 60_000,
                           reached_end=practice.reached_end)

    def save_after(self, rating: AfterRating) -> str:
        """Save the after-page's answers with the session; what to tell the person, only
        once the log holds them. Raises StoreError or ValueError when the log refuses
        them or is not open: they are then kept in ``unsaved`` (with the session, if its
        row could not be written as it ran), to save when the log is back."""
        if self.practice is None:
            raise ValueError("there is no session to save answers for")
        return self._save(self.practice, rating)

    def save_unsaved(self) -> str:
        """Try again to save what the log refused. Raises as ``save_after`` does."""
        practice, rating = self.unsaved
        return self._save(practice, rating)

    def _save(self, practice: Practice, rating: AfterRating) -> str:
        self.unsaved = (practice, rating)
        if self.store is None:
            raise StoreError(tr("the log is not open"))
        practice.record_late(self.store)
        if practice.heart is not None:  # if the log did not take it at the end, now
            self.store.save_heart(practice.uid, practice.heart)
        self.store.rate_after(practice.uid, **rating.fields())
        self.unsaved = None
        saved = self.store.session(practice.uid)  # say what the log now holds
        if saved.tension_before is not None and saved.tension_after is not None:
            return tr("Saved. Tension {before} → {after}.").format(
                before=saved.tension_before, after=saved.tension_after)
        return tr("Saved.")

    def keep_heart(self, heart: dict | None) -> None:
        """What a heart-rate strap measured in the session just ended: saved with it now,
        or, if the log does not take it, with the after-page's answers."""
        self.practice.heart = heart
        if heart is None or self.store is None or not self.practice.recorded:
            return
        try:
            self.store.save_heart(self.practice.uid, heart)
        except StoreError:
            pass  # kept: saved with the answers (see _save)

    def log_elsewhere(self, entry: PracticeElsewhere) -> SessionRecord:
        """Practice done away from the app. Raises StoreError or ValueError."""
        return self.store.log_practice(**entry.fields())
