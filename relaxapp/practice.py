"""One practice session being done: the timeline on a clock, recorded in the log.

Qt-free, so the player's logic is tested without widgets: the player window
forwards the person's actions here and draws ``state()`` each frame.

The log row is written when the session starts (status "interrupted", the
crash-safe default), its practised time is refreshed every ``PROGRESS_EVERY_MS``
(the player saves once a frame is drawn, see ``progress_due``) and on a pause, from a
thread of its own (``ProgressWriter``), and finishing or stopping writes the real status.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Callable

from relaxapp.core import pace
from relaxapp.core.clock import wall_now
from relaxapp.core.records import Status
from relaxapp.core.scripts import BreatheStep, Script
from relaxapp.core.timeline import (
    HOLDS_AS_WRITTEN, Run, State, Timeline, breath_ms,
)
from relaxapp.storage.errors import StoreError
from relaxapp.storage.progress_writer import ProgressWriter

if TYPE_CHECKING:
    from relaxapp.storage.log import Store

PROGRESS_EVERY_MS = 10_000  # the spec allows at most 15 s between updates
# Saved when no sound is due this soon (session time): a write held the window up to 1.07 s
# on a busy machine (RELAXAPP_AUDIO_TRACE), and sounds are handed over 0.5 s ahead...
QUIET_FOR_SAVE_MS = 2_000
# ... or by then, whatever is about to sound: within the spec's 15 s.
PROGRESS_LATEST_MS = 14_000
# The end waits this long for a progress write under way (a slow disk's commit, or another
# program's lock, waited for up to WRITER_BUSY_TIMEOUT_MS): past it the end is kept and
# written again later, as for any busy log.
END_WAITS_FOR_PROGRESS_S = 10
# A session that reaches its end counts as completed only when at least this share of its
# planned time was practised: skipped steps are not practice.
COMPLETED_SHARE = 0.5


class Practice:
    def __init__(self, script: Script, clock: Callable[[], int], store: Store | None = None,
                 on_store_error: Callable[[StoreError], None] | None = None, stretch: float = 1.0,
                 holds: float = HOLDS_AS_WRITTEN):
        self.script = script
        self.run = Run(Timeline(script, stretch, holds=holds), clock)
        self.store = store
        self.uid: str | None = None
        self.heart: dict | None = None  # what a heart-rate strap measured (HeartSummary.fields)
        self.ended: Status | None = None  # once over
        self.reached_end = False  # ran to its end, rather than stopped by the person
        self._on_store_error = on_store_error or (lambda error: None)
        self._saved_at_ms = 0
        self._begin: dict | None = None  # the row to write, kept until the log holds it
        self.started_at: datetime | None = None  # on the wall clock, for the log
        self.ended_at: datetime | None = None
        self._end_written = False
        self._writer: ProgressWriter | None = None  # made at the first progress save

    # ---------------------------------------------------------------- actions

    def start(self, tension_before: int | None = None,
              regions_before: dict[str, int] | None = None, count_in_ms: int = 0) -> None:
        self.run.start(count_in_ms)
        self.started_at = wall_now()
        self._begin = dict(
            session_id=self.script.id, title=self.script.title, kind=self.script.kind,
            planned_seconds=round(self.script.planned_ms / 1000), tension_before=tension_before,
            regions_before=regions_before, pace=self.pace(), started_at=self.started_at)
        self._record(lambda store: setattr(self, "uid", store.begin_session(**self._begin)))

    def toggle_pause(self) -> None:
        if self.run.paused:
            self.run.resume()
        else:
            self.run.pause()
            self.save_progress()  # a pause is a natural moment to save

    def skip(self) -> None:
        self.run.skip_step()

    def change_pace(self, steps: int) -> float | None:
        """Faster (positive) or slower (negative) by quarter breaths a minute; the new pace."""
        state = self.run.state()
        if not isinstance(state.step, BreatheStep):
            return None
        timeline = self.run.timeline
        self.run.set_stretch(pace.stepped(breath_ms(state.step, timeline.holds),
                                          timeline.breaths_per_minute(state.step_index), steps))
        return self.pace()

    def stop(self) -> None:
        """Ended early by the person: what was done is kept as "stopped"."""
        self._end(Status.STOPPED)

    # --------------------------------------------------------------- per frame

    def state(self) -> State:
        """The state to draw now; the end is noticed and logged here, and what the
        progress writer could not write is reported."""
        if self._writer is not None:
            for error in self._writer.take_errors():
                self._on_store_error(error)
        state = self.run.state()
        if state.finished and self.ended is None and self.run.started:
            practised = self.run.elapsed_ms() >= COMPLETED_SHARE * self.script.planned_ms
            self.reached_end = True
            self._end(Status.COMPLETED if practised else Status.STOPPED)
        return state

    def progress_due(self, state: State, next_sound_in_ms: int | None = None) -> bool:
        """Whether to refresh the log's practised time now: ``PROGRESS_EVERY_MS`` behind
        ``state`` with no sound due within QUIET_FOR_SAVE_MS (``next_sound_in_ms``, None if
        none is to come), or ``PROGRESS_LATEST_MS`` behind. Saving is left to the caller,
        who can do it once the frame is drawn."""
        behind = state.elapsed_ms - self._saved_at_ms
        if self.ended is not None or behind < PROGRESS_EVERY_MS:
            return False
        return behind >= PROGRESS_LATEST_MS or next_sound_in_ms is None or \
            next_sound_in_ms > QUIET_FOR_SAVE_MS

    def save_progress(self) -> None:
        """Refresh the log's practised time (kept as "interrupted" until the end), handed
        to a thread of its own: a slow disk never holds the caller. If the log refused the
        session's start (busy in another program, full), it is tried again, here."""
        if self._begin is None or self.ended is not None:
            return
        self._saved_at_ms = self.run.elapsed_ms()
        if self.uid is None:
            self._record(self.record_late)
            return
        if self.store is None:
            return
        if self._writer is None:
            self._writer = ProgressWriter(self.store.path)
        self._writer.write(self.uid, self.practiced_seconds, self.pace())

    def progress_written(self, timeout_s: float | None = None) -> bool:
        """Whether the progress handed over has been written (or failed) within
        ``timeout_s``: for a caller that reads the log as the session runs."""
        return self._writer is None or self._writer.wait(timeout_s)

    def pace(self) -> float | None:
        """Breaths a minute of the running breathing step, else of the last one run,
        else of the first to come; None for a session without breathing."""
        timeline = self.run.timeline
        now = self.run.state().step_index
        breathing = [i for i, step in enumerate(self.script.steps) if isinstance(step, BreatheStep)]
        if not breathing:
            return None
        done = [i for i in breathing if i <= now]
        bpm = timeline.breaths_per_minute(done[-1] if done else breathing[0])
        return round(bpm, 2)  # whole-ms phases make 5.5 come out as 5.50005

    @property
    def practiced_seconds(self) -> int:
        return max(0, self.run.elapsed_ms()) // 1000  # a count-in is not practice

    # ---------------------------------------------------------------- the log

    def _end(self, status: Status) -> None:
        if self.ended is not None or not self.run.started:
            return
        self.ended = status
        self.ended_at = wall_now()
        if self._writer is not None:  # its write under way first: the end must not find
            self._writer.close()      # the log busy with the session's own progress
            self._writer.wait(END_WAITS_FOR_PROGRESS_S)
        if self.uid is not None:
            self._record(self._write_end)

    def _write_end(self, store: Store) -> None:
        store.end_session(self.uid, status=self.ended, practiced_seconds=self.practiced_seconds,
                          ended_at=self.ended_at, pace=self.pace())
        self._end_written = True

    @property
    def recorded(self) -> bool:
        """Whether the log holds this session as it now stands (its start, and its end
        once ended)."""
        return self.uid is not None and (self.ended is None or self._end_written)

    def record_late(self, store: Store) -> None:
        """Write what the log missed (it was locked, full or not open): the session's row,
        as it began, and its end. Raises StoreError while the log still refuses."""
        self.store = store
        if self._begin is None:
            return  # never started: nothing to record
        if self.uid is None:
            self.uid = store.begin_session(**self._begin)
        if self.ended is not None and not self._end_written:
            self._write_end(store)

    def _record(self, write) -> None:
        """Write to the log; a failure is reported but never stops the practice."""
        if self.store is None:
            return
        try:
            write(self.store)
        except StoreError as error:
            self._on_store_error(error)
