"""The player: breathing and PMR, drawn from the timeline's state each frame.

One precise timer ticks at the display's refresh rate and asks the practice for
the state at "now"; nothing here counts time itself, so nothing drifts.
Keys: Space pause/resume, Esc stop, Up/Right faster, Down/Left slower, S skip.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QProgressBar, QStackedWidget, QVBoxLayout, QWidget,
)

from relaxapp.core import guidance, pace
from relaxapp.core.records import Status
from relaxapp.core.scripts import BreatheStep, MuscleStep
from relaxapp.core.timeline import State
from relaxapp.practice import Practice
from relaxapp.sound_schedule import SoundSchedule
from relaxapp.ui.pages.player_parts import (AfterFrame, EyesClosedView, PausedView,
                                            clock_text, frame_interval_ms, traced)
from relaxapp.ui.sound import audio_out
from relaxapp.ui.widgets import theme
from relaxapp.ui.heart.session_heart import SessionHeart
from relaxapp.ui.widgets.body_map import BodyMap
from relaxapp.ui.widgets.breath_shape import BreathShape
from relaxapp.ui.sound.cues import Cues
from relaxapp.ui.widgets.common import PaceStepper, button, label, live
from relaxapp.core.language import QT_TR_NOOP, tr


# Cues and lines are handed to the mixer this far ahead of their moment, and placed in the
# mix so that they are heard on it: more than the output's lead (its queue and the device,
# see relaxapp.ui.sound.audio_out), a top-up and a frame.
LOOKAHEAD_MS = audio_out.AHEAD_MS + audio_out.DEVICE_MS + audio_out.PUMP_MS + 60


WAITING_FOR_VOICE = QT_TR_NOOP("Getting the voice ready…")  # while a start waits (begin)


class PlayerPage(QWidget):
    """A session as it runs, drawn from the timeline's state each frame.

    More than 25 attributes: the session, its sound schedule and frame timer, and the
    widgets each frame changes."""

    finished = Signal(str)  # a Status: completed, or stopped
    eyes_closed_changed = Signal(bool)

    def __init__(self, cues: Cues, parent: QWidget | None = None):
        super().__init__(parent)
        self.cues = cues
        self.practice: Practice | None = None
        self._count_in: list[guidance.Line] = []
        self._before_ms = 0  # the count-in, or the lead before the first cue
        cues.narrator.line_ready.connect(self._voice_progress)
        self.sounds = SoundSchedule(cues, LOOKAHEAD_MS)  # when each cue and line is handed over
        self._shown: dict = {}  # what each label shows now (see _set)
        self._muscle_steps: list[int] = []
        self.frames = 0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(tr("Session player"))
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self.tick)
        self.save_after_frame = AfterFrame(self._save_progress, self)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 20, 32, 20)
        top = QHBoxLayout()
        self.title = label("", "heading")
        self.time_left = label("", "muted")
        live(self.time_left, tr("Time left"))
        top.addWidget(self.title)
        top.addStretch()
        top.addWidget(self.time_left)
        outer.addLayout(top)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setRange(0, 1000)
        self.progress.setAccessibleName(tr("Session progress"))
        outer.addWidget(self.progress)

        self.instruction = label("", "instruction", wrap=True)
        self.instruction.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.instruction.setMinimumHeight(56)
        outer.addWidget(self.instruction)

        self.visual = QStackedWidget()
        self.shape = BreathShape()
        self.body = BodyMap()
        self.visual.addWidget(self.shape)
        self.visual.addWidget(self.body)
        outer.addWidget(self.visual, 1)
        self.heart = SessionHeart(outer)  # with a sensor chosen: the heart rate, under the shape

        self.phase = label("", "phase")
        live(self.phase, tr("Phase"))
        self.countdown = label("", "count")
        live(self.countdown, tr("Phase countdown"))
        self.cycle = label("", "muted")
        for widget in (self.phase, self.countdown, self.cycle):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            outer.addWidget(widget)

        controls = QHBoxLayout()
        self.pace_box = PaceStepper("Slower pace", "Faster pace", "muted", value_width=180)
        self.pace_box.stepped.connect(self.change_pace)
        controls.addWidget(self.pace_box)
        controls.addStretch()
        self.pause_button = button(tr("Pause"), name=tr("Pause or resume (Space)"))
        self.skip_button = button(tr("Skip step"), name=tr("Skip this step (S)"))
        self.stop_button = button(tr("Stop"), name=tr("Stop the session (Esc)"))
        self.pause_button.clicked.connect(self.toggle_pause)
        self.skip_button.clicked.connect(self.skip)
        self.stop_button.clicked.connect(self.stop)
        for widget in (self.pause_button, self.skip_button, self.stop_button,
                       self.pace_box.slower, self.pace_box.faster):
            widget.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves the keys to the page
        for widget in (self.pause_button, self.skip_button, self.stop_button):
            controls.addWidget(widget)
        outer.addLayout(controls)
        self.paused_view = PausedView(self)
        self.eyes_closed_view = EyesClosedView(self)

    # ------------------------------------------------------------- lifecycle

    def begin(self, practice: Practice, tension_before: int | None, reduced_motion: bool,
              count_in_ms: int = 0) -> None:
        """``count_in_ms``: a 3-2-1 count, said and shown, before the session itself."""
        self.practice = practice
        self._count_in = guidance.count_in(count_in_ms, practice.script.language)
        script = practice.script
        self.sounds.begin(self._count_in)
        self._shown.clear()
        self._muscle_steps = [i for i, s in enumerate(script.steps) if isinstance(s, MuscleStep)]
        self.title.setText(script.title)
        # What the count-in shows: the whole session still to come (not the last one's end).
        total = clock_text(practice.run.timeline.total_ms)  # with the pace chosen
        self._set(self.time_left, tr("{time} left").format(time=total))
        self._apply(self.progress, "setValue", 0)
        self.shape.reduced_motion = reduced_motion
        self.pause_button.setText(tr("Pause"))
        self.paused_view.hide()
        # With sound, the session begins a moment from now, so that its first cue can be
        # placed in the mix and heard as the first frame shows.
        lead = LOOKAHEAD_MS if self.cues.lead_ms() else 0
        self._before_ms = max(count_in_ms, lead)
        # A line not rendered by its moment would be missed: with the eyes closed, the words
        # are the guidance. So the start waits, when it must, until none can be late.
        wait = self.cues.voice_wait_ms(practice.run.timeline, self._before_ms)
        practice.start(tension_before=tension_before, count_in_ms=self._before_ms + wait)
        self.heart.begin(practice.run)
        self.timer.start(frame_interval_ms())
        self.tick()
        self.setFocus()

    def end(self, silence: bool = True) -> None:
        """Stop the frames; ``silence`` also the sounds (a session that ran to its end lets
        its closing chime and words ring out)."""
        self.timer.stop()
        self.paused_view.hide()
        self.heart.end()
        if silence:
            self.cues.cancel_pending()
            self.cues.stop()

    # --------------------------------------------------------------- actions

    def toggle_pause(self) -> None:
        if self.practice is None or self.practice.ended:
            return
        self.practice.toggle_pause()
        paused = self.practice.run.paused
        self.pause_button.setText(tr("Resume") if paused else tr("Pause"))
        self._show_paused()
        if paused:
            self.sounds.paused()  # placed for moments that have moved: placed again on resume
            self.cues.stop()  # the line being said stops with the session
        self.tick()

    def skip(self) -> None:
        if self.practice is not None and not self.practice.ended:
            self.practice.skip()
            self.cues.stop()  # the words of the step skipped end with it
            self.sounds.cut_short()
            self.tick()

    def change_pace(self, steps: int) -> None:
        if self.practice is not None and not self.practice.ended:
            before = self.practice.pace()
            bpm = self.practice.change_pace(steps)
            if bpm is not None and bpm != before:  # said, for eyes that are closed
                text = guidance.pace_text(bpm, slower=bpm < before)
                self.cues.say_soon(text)
                self.sounds.voice_busy_until(self.practice.run.clock_ms() + (
                    self.cues.narrator.duration_ms(text) or guidance.estimated_ms(text)))
            self.tick()

    def stop(self) -> None:
        if self.practice is None or self.practice.ended:
            return
        self.practice.stop()
        self.end()
        self.finished.emit(Status.STOPPED)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        key = event.key()
        if key == Qt.Key.Key_Space:
            self.toggle_pause()
        elif key == Qt.Key.Key_Escape:
            self.stop()
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Right, Qt.Key.Key_Plus):
            self.change_pace(+1)
        elif key in (Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Minus):
            self.change_pace(-1)
        elif key == Qt.Key.Key_S:
            self.skip()
        elif key == Qt.Key.Key_E:
            self.set_eyes_closed(self.eyes_closed_view.isHidden())
            self.eyes_closed_changed.emit(not self.eyes_closed_view.isHidden())
        else:
            super().keyPressEvent(event)

    @property
    def eyes_closed(self) -> bool:
        return not self.eyes_closed_view.isHidden()

    def set_eyes_closed(self, on: bool) -> None:
        """Dim the screen to the phase alone; the animation stops drawing meanwhile."""
        view = self.eyes_closed_view
        view.setGeometry(self.rect())
        view.setVisible(on)
        if on:
            view.raise_()
        self.visual.setVisible(not on)
        self._show_paused()

    def _show_paused(self) -> None:
        """The pause, over the picture; the dimmed eyes-closed screen says it in its own way."""
        run = self.practice.run if self.practice is not None else None
        if run is not None and run.paused and not self.eyes_closed and not self.practice.ended:
            self.paused_view.cover(self.visual)
        else:
            self.paused_view.hide()

    def resizeEvent(self, event) -> None:  # noqa: N802
        self.eyes_closed_view.setGeometry(self.rect())
        QTimer.singleShot(0, lambda: self.paused_view.setGeometry(self.visual.geometry()))
        super().resizeEvent(event)

    # ----------------------------------------------------------------- frames

    def tick(self) -> None:
        if self.practice is None:
            return
        self.frames += 1
        state = self.practice.state()  # (the end is noticed here)
        run = self.practice.run
        shown_ms = run.shown_ms()  # while the session waits for its voice: just before
        shown = state if shown_ms == run.elapsed_ms() else run.timeline.state_at(shown_ms)
        self.heart.follow(run, shown)
        self.show_state(shown, shown_ms)
        if self.eyes_closed:
            self._set(self.eyes_closed_view.phase, tr(WAITING_FOR_VOICE)
                      if self._waiting_for_voice() else self._dim_text(shown))
        self.sounds.step(run)
        if state.finished and self.timer.isActive():
            self.end(silence=False)
            self.finished.emit(self.practice.ended)  # "stopped" if most of it was skipped
        elif self.practice.progress_due(state, self.sounds.next_sound_in(run)):
            # Saved once this frame is on screen, and (see progress_due) not just before a
            # sound: a disk write never holds a frame back, nor a sound.
            self.save_after_frame.post()

    def show_state(self, state: State, counting: int) -> None:
        """Show ``state``; ``counting`` is its moment, negative before the start."""
        if counting < 0 and not self.practice.run.paused:  # a count-in: 3, 2, 1
            # (or the moment before the first cue, when the phase shows with its chime)
            waiting = self._waiting_for_voice()
            self._set(self.phase, str(math.ceil(-counting / 1000))
                      if self._count_in and not waiting else "")
            self._set(self.countdown, "")
            self._set(self.cycle, tr(WAITING_FOR_VOICE) if waiting else
                      tr("Get ready") if self._count_in else "")
            self._set(self.instruction, state.text)
            self._apply(self.pace_box, "setVisible", isinstance(state.step, BreatheStep))
            return
        self._set(self.time_left, (tr("Paused · {time} left") if self.practice.run.paused else
                                   tr("{time} left")).format(time=clock_text(state.remaining_ms)))
        self._apply(self.progress, "setValue",
                    round(1000 * state.elapsed_ms / max(1, state.total_ms)))
        step = state.step
        breathing = isinstance(step, BreatheStep)
        self._apply(self.pace_box, "setVisible", breathing)
        if breathing:
            timeline = self.practice.run.timeline
            if self._shown.get("pace for") != (timeline, state.step_index):  # a new pace
                self._shown["pace for"] = (timeline, state.step_index)
                bpm = timeline.breaths_per_minute(state.step_index)
                self._set(self.pace_box.value, pace.label(bpm))
        if state.finished:
            self._set(self.phase, tr("Well done"))
            self._set(self.countdown, "")
            self._set(self.cycle, "")
            self._set(self.instruction, tr("Take a moment before you move on."))
            self.shape.show_state(None, 0)
            return
        if isinstance(step, MuscleStep):
            palette = theme.current()
            self._apply(self.visual, "setCurrentWidget", self.body)
            tense = state.phase == "tense"
            self.body.set_highlight(step.regions, "tense" if tense else "release")
            self._set(self.phase, step.name)
            self._style(self.phase, f"color: {palette.tense if tense else palette.text}")
            word = tr("Tense") if tense else tr("Release")
            self._set(self.countdown, f"{word} · {clock_text(state.phase_remaining_ms)}")
            self._style(self.countdown, f"color: {palette.tense if tense else palette.release}")
            group = self._muscle_steps.index(state.step_index) + 1
            rounds = " · " + tr("round {cycle} of {cycles}").format(
                cycle=state.cycle, cycles=state.cycles) if state.cycles > 1 else ""
            self._set(self.cycle, self._held_text(tr("Group {group} of {groups}").format(
                group=group, groups=len(self._muscle_steps)) + rounds))
            self._set(self.instruction, state.text)
            return
        self._apply(self.visual, "setCurrentWidget", self.shape)
        self._style(self.phase, "")
        self._style(self.countdown, "")
        if breathing:
            self.shape.show_state(state.fullness, state.progress)
            self._set(self.phase, state.label)
            self._set(self.countdown, str(math.ceil(state.phase_remaining_ms / 1000)))
            self._set(self.cycle, self._held_text(tr("Breath {cycle} of {cycles}").format(
                cycle=state.cycle, cycles=state.cycles)))
            self._set(self.instruction, state.text)
        else:  # a spoken instruction or a rest
            self.shape.show_state(None, state.progress)
            self._set(self.phase, "")
            self._set(self.countdown, clock_text(state.phase_remaining_ms))
            self._set(self.cycle, self._held_text(""))
            self._set(self.instruction, state.text)

    # Labels are touched only when what they show changes, and what they show is remembered
    # here rather than asked of Qt: a frame then costs no relayout and few calls into Qt.

    def _apply(self, widget, method: str, value) -> None:
        key = (widget, method)
        if key not in self._shown or self._shown[key] != value:
            self._shown[key] = value
            getattr(widget, method)(value)

    def _set(self, widget: QLabel, text: str) -> None:
        self._apply(widget, "setText", text)

    def _style(self, widget: QLabel, css: str) -> None:
        self._apply(widget, "setStyleSheet", css)

    def _save_progress(self) -> None:
        if self.practice is not None:
            traced(self.practice.save_progress, "saving the progress")

    def _voice_progress(self, _text: str = "") -> None:
        """A line is ready: if the session is held for it, it goes on at once; if none can
        now be late, the wait before the start ends (it was reckoned for a slow machine)."""
        if self.practice is None or not self.timer.isActive():
            return
        if self.sounds.awaited is not None and self.sounds.awaited.what == _text:
            self.tick()  # the line held for is ready: said now, not at the next frame
        elif self._waiting_for_voice() and \
                not self.cues.voice_wait_ms(self.practice.run.timeline, self._before_ms):
            self.practice.run.start_sooner(self._before_ms)

    def _held_text(self, text: str) -> str:
        """``text``, or while the session is held for a line's audio, a quiet word why."""
        if self.sounds.awaited is not None and self._waiting_for_voice():
            return tr(WAITING_FOR_VOICE)
        return text

    def _waiting_for_voice(self) -> bool:
        """Before the count-in (or the lead), while lines are rendered (see begin), or held
        at a line not rendered yet (see relaxapp.sound_schedule)."""
        run = self.practice.run
        if run.paused:
            return False
        return -run.elapsed_ms() > self._before_ms or (self.sounds.awaited is not None
                                                       and run.holding())

    def _dim_text(self, state: State) -> str:
        """The one word or two the dimmed screen shows."""
        if self.practice.run.paused:
            return "Paused"
        if state.finished:
            return "" if self.practice.script.quiet_end else tr("Well done")
        if isinstance(state.step, MuscleStep):
            return state.step.name + " · " + (tr("Tense") if state.phase == "tense" else tr("Release"))
        return state.label if isinstance(state.step, BreatheStep) else ""

