"""The heart rate in a running session, for the player: the chosen sensor connected as it
begins, the trace drawn as beats arrive, and what they said kept for the after page."""

from __future__ import annotations

from relaxapp.ui.heart.trace import HeartTrace

QUIET_REDRAW_S = 1.0  # with no beat coming, the trace is drawn again this often


class SessionHeart:
    def __init__(self, layout):
        self.trace = HeartTrace()  # in the player's ``layout``, under the breathing shape
        layout.addWidget(self.trace)
        self.monitor = None  # a HeartMonitor, given by the window (relaxapp.ui.shell.pages)
        self.summary = None  # what the last session's beats said (a HeartSummary, or None)
        self.beats_heard: int | None = None  # how many came in it (None: no sensor chosen)
        self.stood_in = None  # the StandIn that sent them, if not a strap (never logged)
        self.pace_now: float | None = None  # breaths a minute now, in paced breathing
        self._clock = None

    def begin(self, run) -> None:
        """A session starts on ``run`` (a timeline's Run): its clock is the beats' clock."""
        self.summary = None
        self.beats_heard = None
        self.trace.reset()
        self._clock = run.clock_ms
        self.stood_in = None
        if self.monitor is not None and self.monitor.wanted:
            self.monitor.beat.connect(self.show)
            self.monitor.start(lambda: run.clock_ms() / 1000, lambda: self.pace_now)
            self.stood_in = self.monitor.stand_in

    def follow(self, run, state) -> None:
        """Each frame: the breathing pace now (None when paused or not paced breathing)."""
        paced = not run.paused and 0 <= state.step_index < len(run.timeline.script.steps)
        bpm = run.timeline.breaths_per_minute(state.step_index) if paced else None
        self.pace_now = None if bpm is None else round(bpm, 2)  # whole-ms phases: 5.4995
        if self.monitor is not None:
            self.monitor.tick(state.fullness if paced else None)
        # Between beats the trace is not drawn; when they stop it is, once a second, so that
        # it says so rather than showing the last figure as the heart rate now.
        if self.trace.isVisible() and self._clock and \
                self._clock() / 1000 - self.trace.now_s >= QUIET_REDRAW_S:
            self.show()

    def end(self) -> None:
        if self.monitor is not None and self.monitor.stream is not None:
            self.monitor.beat.disconnect(self.show)
            self.beats_heard = len(self.monitor.stream.samples)
            self.summary = self.monitor.stop()
        self.trace.hide()

    def show(self) -> None:
        """A beat came: the trace drawn again (not each frame)."""
        if self.monitor is not None and self.monitor.stream is not None and self._clock:
            now = self._clock() / 1000
            self.trace.show_points(self.monitor.stream.recent(now), now)
