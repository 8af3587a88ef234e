"""When each chime and spoken line is handed to the mixer, so that it is heard on its moment:
the real-time part of the guidance, Qt-free and tested on a fake clock.

Each frame, the player asks ``SoundSchedule.step(run)``. The cues and lines due within the
look-ahead are handed to the output (``Output``: the window's ``Cues``), each placed to be
heard on its moment (see relaxapp.core.guidance for when lines are said).

The session never runs ahead of its voice: a line not rendered by its moment holds the run
there until it is (``Run.hold``), a line whose moment comes before the line said before it
has ended makes the run wait at that moment (``Run.quiet``; the phase it cues begins with
it), and a sound handed over too late for the output's lead holds the run until it is
heard; if no frame came for over a second past its moment (the window was held up), the
session goes back to that moment (``Run.go_back``). So no line is lost, none cuts another,
and the screen never shows a phase before its chime and word.
"""

from __future__ import annotations

import os
import sys
from itertools import islice
from typing import NamedTuple, Protocol

from relaxapp.core import guidance
from relaxapp.core.timeline import Run, Timeline

# A sound this late (the window was busy) is said, the session standing still until it is
# heard; later, the session goes back to its moment (Run.go_back).
LATE_LINE_MS = 1_000
# RELAXAPP_AUDIO_TRACE set: what went wrong with the sound is written to stderr, to tell a
# busy machine from other faults when a recording shows a fault (read here alone; the
# output and the player use it too). Here: each time the session goes back to a moment.
TRACE = bool(os.environ.get("RELAXAPP_AUDIO_TRACE"))


class Sound(NamedTuple):
    """A cue or a line of the voice, due ``at_ms`` into the session."""

    at_ms: int
    kind: str  # "cue" (what is said is the phase) or "line"
    what: str


class Voice(Protocol):
    """What the schedule needs of the narrator (relaxapp.ui.sound.narrator.Narrator)."""

    missed: list[str]

    def is_ready(self, text: str) -> bool: ...
    def cannot_say(self, text: str) -> bool: ...
    def duration_ms(self, text: str) -> int | None: ...
    def prepare(self, texts: list[str]) -> None: ...


class Output(Protocol):
    """What the schedule needs of the sound (relaxapp.ui.sound.cues.Cues)."""

    narrator: Voice

    def lead_ms(self) -> int: ...
    def voice_on(self) -> bool: ...
    def play(self, phase: str, in_ms: int = 0) -> object | None: ...
    def say(self, text: str, in_ms: int = 0) -> object | None: ...
    def cancel_pending(self) -> list: ...
    def preload(self, texts) -> None: ...
    def tell_once(self, key: str, message: str) -> None: ...


def plan_sounds(timeline: Timeline, duration_ms, from_ms: int) -> list[Sound]:
    """The cues and the lines from ``from_ms`` on, in time order: a cue at each phase that
    begins, one at the end unless the session ends in silence, and the guidance's lines.
    A line may come twice (the same words at two moments): each is its own sound."""
    sounds = [Sound(line.at_ms, "line", line.text)
              for line in guidance.schedule(timeline, duration_ms, from_ms=from_ms)]
    sounds += [Sound(start, "cue", timeline.state_at(start).phase)
               for start in timeline.phase_starts() if start >= from_ms]
    if not timeline.script.quiet_end and timeline.total_ms >= from_ms:
        sounds.append(Sound(timeline.total_ms, "cue", "done"))
    # In time order; at one moment, the lines first, in the order they are said: a cue
    # sounds with the word that names its phase, after the lead-in that announces it.
    return sorted(sounds, key=lambda sound: (sound.at_ms, sound.kind == "cue"))


class SoundSchedule:
    def __init__(self, output: Output, lookahead_ms: int):
        self.output = output
        self.lookahead_ms = lookahead_ms
        self.count_in: list[guidance.Line] = []  # said before the session's first moment
        self.awaited: Sound | None = None  # a line the session is held for until rendered
        self._sounds: list[Sound] = []  # the cues and lines to come, planned for _plan_for
        self._plan_for: Timeline | None = None
        self._sound_starts: list[int] = []
        self._next_sound = 0
        self._handed: set[Sound] = set()  # given to the mixer, not to be given again
        self._voice_free_at = 0  # on the run's clock: when the line said last has ended
        self._moved: tuple[int, int] | None = None  # a line's moment, and when it is said
        self._in_mix: list[tuple[object, Sound]] = []  # the mixer's sound for each handed

    def begin(self, count_in: list[guidance.Line]) -> None:
        """A new session, with its count-in's lines (said before its first moment)."""
        self.count_in = count_in
        self._plan_for = None
        self._handed = set()
        self._in_mix = []
        self.awaited = None
        self._voice_free_at = 0
        self._moved = None

    def paused(self) -> None:
        """What was placed ahead is taken back (placed again on resume); the line being said
        stops with the session (the caller stops the voice)."""
        self.take_back()
        self._voice_free_at = 0

    def cut_short(self) -> None:
        """The voice was stopped (a skip): nothing said is still going on."""
        self._voice_free_at = 0

    def voice_busy_until(self, clock_ms: int) -> None:
        """A line said outside the plan (a pace change) takes the voice until then."""
        self._voice_free_at = clock_ms

    def step(self, run: Run) -> None:
        """Hand the cues and lines due within the look-ahead to the output."""
        now = run.elapsed_ms()  # negative during a count-in
        if run.timeline is not self._plan_for:  # a new session, a skip, a pace change
            self._plan(run.timeline, now)
        if run.paused:
            return
        if self.awaited is not None and not self._awaited_done(run):
            return  # still waiting for a line's audio: nothing after it may sound
        output = self.output
        horizon = now + self.lookahead_ms
        preload = False
        while self._next_sound < len(self._sounds) and \
                self._sound_starts[self._next_sound] <= horizon:
            sound = self._sounds[self._next_sound]
            if sound in self._handed:
                self._next_sound += 1
                continue
            if now - sound.at_ms > LATE_LINE_MS:
                # No frame since before its moment came within reach (the window was held
                # up): nothing of it was shown or heard, so the session goes back to it.
                if TRACE:
                    print(f"relaxapp sound: {now - sound.at_ms} ms late for {sound.what!r}: "
                          "the session goes back to it", file=sys.stderr, flush=True)
                run.go_back(sound.at_ms)
                now = run.elapsed_ms()
                horizon = now + self.lookahead_ms
            voiced = sound.kind == "line" and output.voice_on()
            if voiced and not output.narrator.is_ready(sound.what):
                if not output.narrator.cannot_say(sound.what):
                    self._await(run, sound)
                    return
                self._unsaid(sound)
                self._next_sound += 1
                continue
            self._next_sound += 1
            in_ms = self._after_the_voice(run, sound, run.ms_until(sound.at_ms)) if voiced \
                else run.ms_until(sound.at_ms)
            if sound.kind == "cue" and self._moved is not None and self._moved[0] == sound.at_ms:
                in_ms = max(in_ms, self._moved[1])  # with the word that names its phase
            in_ms = self._no_sooner_than_heard(run, sound, in_ms)
            self._handed.add(sound)  # a plan made again at this moment may hold it again
            if sound.kind == "cue":
                playing = output.play(sound.what, in_ms)
            else:
                playing = output.say(sound.what, in_ms)
                if playing is not None:
                    length = output.narrator.duration_ms(sound.what) or 0
                    self._voice_free_at = run.clock_ms() + in_ms + length + guidance.MIN_GAP_MS
                preload = True
            if playing is not None:
                self._in_mix = [(p, s) for p, s in self._in_mix if s.at_ms >= now]
                self._in_mix.append((playing, sound))
        if preload:  # after the handing: reading a clip may take a while on a busy machine
            self._preload_next_lines()

    def next_sound_in(self, run: Run) -> int | None:
        """Session time until the next cue or line not yet handed over (None: none to come),
        so that work that may hold the window (a disk write) can wait for a quiet moment."""
        if self._plan_for is not run.timeline or self._next_sound >= len(self._sounds):
            return None
        return self._sound_starts[self._next_sound] - run.elapsed_ms()

    def _after_the_voice(self, run: Run, sound: Sound, in_ms: int) -> int:
        """When to say ``sound`` (ms from now): at its moment, or once the line said before
        has ended, if that is later; then the session waits there for it. If the moment has
        already passed (the window was held up), the session waits from now, and the cue of
        the same moment moves with the line."""
        late = self._voice_free_at - (run.clock_ms() + in_ms)
        self._moved = None
        if late <= 0:
            return in_ms
        run.quiet(sound.at_ms, late)  # at its moment, or now if that has passed
        in_ms = max(run.ms_until(sound.at_ms), self._voice_free_at - run.clock_ms())
        self._moved = (sound.at_ms, in_ms)
        return in_ms

    def _no_sooner_than_heard(self, run: Run, sound: Sound, in_ms: int) -> int:
        """When ``sound`` is heard (ms from now): a sound handed over now is heard no sooner
        than the output's lead. If its moment comes sooner (a hold for its audio was just let
        go, a frame came late), the session waits at the moment until it is heard: the screen
        never shows a phase before its chime and word."""
        lead = self.output.lead_ms()
        if in_ms >= lead:
            return in_ms
        # Until the session is past the moment (or now, if it has passed), with what it
        # already waits there: a second sound of the same moment adds no second wait.
        reached = run.ms_until(max(sound.at_ms, run.elapsed_ms())) or 0
        run.quiet(sound.at_ms, lead - max(0, in_ms, reached))
        return lead

    def _await(self, run: Run, sound: Sound) -> None:
        """Hold the session at ``sound``'s moment until its audio is rendered."""
        self.awaited = sound
        run.hold(sound.at_ms)
        self.output.narrator.prepare([sound.what])

    def _awaited_done(self, run: Run) -> bool:
        """Whether the line waited for is ready (or will never be): the hold is let go."""
        sound = self.awaited
        output = self.output
        if not output.narrator.is_ready(sound.what):
            if output.voice_on() and not output.narrator.cannot_say(sound.what):
                return False
            if output.voice_on():
                self._unsaid(sound)
            self._next_sound = max(self._next_sound, self._sounds.index(sound) + 1)
        self.awaited = None
        run.release()
        return True

    def _unsaid(self, sound: Sound) -> None:
        """A line the voice could not render, after its retries: said once, on screen."""
        self._handed.add(sound)
        self.output.narrator.missed.append(sound.what)
        self.output.tell_once("unsaid", "A spoken line could not be made, so it was left out: "
                              f"“{sound.what}” The words are on screen.")

    def take_back(self) -> None:
        """Take back what was placed ahead and has not begun, to be handed over again."""
        taken_back = {id(playing) for playing in self.output.cancel_pending()}
        back = {sound for playing, sound in self._in_mix if id(playing) in taken_back}
        self._handed -= back
        self._in_mix = []
        if back:
            self._next_sound = min([self._next_sound] + [self._sounds.index(sound)
                                                         for sound in back])

    def _plan(self, timeline: Timeline, now: int) -> None:
        """Plan the sounds from ``now``: what was placed ahead of it is taken back first."""
        self.take_back()
        self.awaited = None  # a new plan lets go of the wait (the run already has)
        self._plan_for = timeline
        self._sounds = plan_sounds(timeline, self.output.narrator.duration_ms, max(0, now))
        if now < 0:
            self._sounds = [Sound(line.at_ms, "line", line.text)
                            for line in self.count_in] + self._sounds
        self._sound_starts = [sound.at_ms for sound in self._sounds]
        self._next_sound = 0
        self._preload_next_lines()

    def _preload_next_lines(self) -> None:
        """Read the next two lines' audio now, so each is ready when its moment comes."""
        coming = (self._sounds[index] for index in range(self._next_sound, len(self._sounds)))
        self.output.preload(islice((sound.what for sound in coming if sound.kind == "line"), 2))
