"""What the voice says, and when: the spoken guidance of a session as a schedule.

Progressive relaxation is practised with the eyes closed, so the words must match the
body. The rules (also in docs/session-format.md):

- A tense instruction is a *lead-in*: the group's name and the instruction's first
  sentence (the action) are spoken so that they end as the tense phase begins, in the
  quiet end of the phase before. The tense phase itself starts with the tense sound and
  the word "Now.", followed by the rest of the instruction ("Feel the tension..."), so the
  muscles tighten on the cue, not while the instruction is still being read. A second
  round's lead-in is "Again." and the first sentence. "Now" is said only as this cue.
- A breathing step's instruction is a lead-in too: said before the first breath, so that
  the first phase's name falls on the phase.
- A lead-in never starts before what was said before it has ended. Where there is not
  room, it starts then, and the session waits for it: the player holds the session at
  the next line's moment until the line before has ended (``MIN_GAP_MS`` later), so no
  line cuts another and every cue word is heard on its phase (relaxapp.ui.pages.player_page).
- A release is spoken at the start of the release ("Let go..."), never before it.
- A relaxation-by-recall group says its name and release text as the group begins.
- A spoken step (``say``) is spoken as it begins.
- Breathing: the phase names for the first two breaths; then the sounds guide alone. A
  pace change is announced ("Slower pace: 5 breaths a minute").
- The end: "Well done.", unless the session ends in silence (``quiet_end``).

Times are the timeline's: whole milliseconds from the session's start. How long a line
takes to say comes from ``duration_ms`` (the rendered audio), or an estimate from its
words when it is not rendered yet. ``timing_warnings`` tells a script's author where a
line would make the session wait, at the default voice and rate.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Callable

from relaxapp.core import pace
from relaxapp.core.language import QT_TR_NOOP, spoken, tr
from relaxapp.core.scripts import BreatheStep, MuscleStep, SayStep
from relaxapp.core.timeline import Timeline

GAP_MS = 400  # between two lines, and between a lead-in and the tense it announces
MIN_GAP_MS = 150  # the least quiet between two lines: closer, the session waits
# Said in the session's language (relaxapp.core.language.SESSION_WORDS).
NOW = "Now."
WELL_DONE = "Well done."
AGAIN = "Again."
TEST_LINE = QT_TR_NOOP("This is how the spoken guidance sounds. Breathe in slowly, and let it "
                       "go.")


@dataclass(frozen=True)
class Line:
    """One thing the voice says, starting at ``at_ms``."""

    at_ms: int
    text: str


def estimated_ms(text: str) -> int:
    """How long ``text`` takes to say at the default voice and rate, from its words and the
    pauses its punctuation makes. Fitted to the natural voice at the default rate over
    every line of the bundled sessions (214 lines: the estimate's median error is 4%, and
    nine in ten lines take at most 5% longer); never under the 0.8 s a single word takes."""
    words = max(1, len(text.split()))
    pauses = len(_PAUSE.findall(text))
    return max(800, WORD_MS * words + PAUSE_MS * pauses + 300)


WORD_MS, PAUSE_MS = 210, 510
_PAUSE = re.compile(r"[,.;:!?…—]")


def split_first_sentence(text: str) -> tuple[str, str]:
    """The first sentence of ``text``, and the rest ("" when there is none)."""
    parts = re.split(r"(?<=[.!?])\s+", text.strip(), maxsplit=1)
    return parts[0], parts[1] if len(parts) > 1 else ""


COUNT_IN = ("Three.", "Two.", "One.")


def count_in(ms: int, language: str = "en") -> list[Line]:
    """The count before a session starts, in its language: one number a second, ending
    at 0."""
    numbers = [spoken(n, language) for n in COUNT_IN[-(ms // 1000):]] if ms >= 1000 else []
    return [Line(-1000 * (len(numbers) - index), text) for index, text in enumerate(numbers)]


# Rendering a line takes at most this share of its spoken length on a slow machine: twice
# the slowest measured (benchmarks/README.md, the voice), so a guess errs towards waiting.
RENDER_SHARE = 0.15
WORKER_START_MS = 1_500  # loading the voice, when the worker is not running yet (0.5-0.7 s)


def wait_for_voice_ms(lines: list[Line], ready: Callable[[str], bool],
                      length_ms: Callable[[str], int], before_ms: int,
                      render_share: float = RENDER_SHARE, startup_ms: int = 0) -> int:
    """How long to hold a session's start so that every line not yet rendered is rendered
    by its moment. The worker renders the lines one after another in the order they are
    said, each in ``render_share`` of its length, after ``startup_ms``; a line at ``at_ms``
    is said ``before_ms`` + ``at_ms`` from now (``before_ms``: the count-in)."""
    rendered_by = startup_ms
    wait = 0.0
    asked: set[str] = set()
    for line in sorted(lines, key=lambda line: line.at_ms):
        if ready(line.text) or line.text in asked:
            continue
        asked.add(line.text)
        rendered_by += render_share * length_ms(line.text)
        wait = max(wait, rendered_by - (before_ms + line.at_ms))
    return math.ceil(wait)


def pace_text(bpm: float, slower: bool) -> str:
    return (tr("Slower pace: {pace}.") if slower else tr("Faster pace: {pace}.")).format(
        pace=pace.label(bpm))


def schedule(timeline: Timeline, duration_ms: Callable[[str], int | None] = lambda _: None,
             quiet_end: bool | None = None, from_ms: int = 0) -> list[Line]:
    """Every line of the session from ``from_ms`` on, in time order. Planned again after
    a skip or a pace change from that moment: nothing is said before it, so a lead-in
    with no room left is said at once."""
    def length(text: str) -> int:
        known = duration_ms(text)
        return known if known is not None else estimated_ms(text)

    script = timeline.script
    now, again = spoken(NOW, script.language), spoken(AGAIN, script.language)
    lines: list[Line] = []
    busy_until = from_ms  # when the last line said ends

    def say(at: int, text: str) -> None:
        nonlocal busy_until
        lines.append(Line(at, text))
        busy_until = max(busy_until, at + length(text) + MIN_GAP_MS)

    def lead_in(start: int, text: str) -> None:
        """Say ``text`` to end GAP_MS before ``start``, or as soon as what was said before has
        ended (then the session waits for it at ``start``)."""
        say(min(max(busy_until, start - GAP_MS - length(text)), start), text)

    for start in timeline.phase_starts():
        if start < from_ms:
            continue  # said already, or skipped
        state = timeline.state_at(start)
        step = state.step
        if isinstance(step, SayStep):
            if state.progress == 0:
                say(start, step.text)
        elif isinstance(step, BreatheStep):
            if state.cycle == 1 and state.phase_index == 0 and step.text:
                lead_in(start, step.text)
            if state.cycle <= 2:
                say(start, state.label)
        elif isinstance(step, MuscleStep):
            if state.phase == "tense":
                action, rest = split_first_sentence(step.tense)
                lead_in(start, f"{step.name}. {action}" if state.cycle == 1 else f"{again} {action}")
                say(start, f"{now} {rest}" if rest and state.cycle == 1 else now)
            elif step.release_only:
                say(start, f"{step.name}. {step.release}" if state.cycle == 1 else step.release)
            else:
                say(start, step.release)
    end = timeline.total_ms
    if not (script.quiet_end if quiet_end is None else quiet_end):
        lines.append(Line(end, spoken(WELL_DONE, script.language)))
    lines.sort(key=lambda line: line.at_ms)  # stable: a lead-in stays before its cue word
    return lines


def waits(lines: list[Line], length: Callable[[str], int]) -> list[tuple[Line, int]]:
    """Where the session would wait for its voice: each line that comes before the line
    said before it has ended (and ``MIN_GAP_MS``), with how long it waits. The player does
    the same with the rendered lengths."""
    found = []
    free_at = None  # when the voice is free, in session time with the waits so far
    waited = 0
    for line in lines:
        at = line.at_ms + waited
        if free_at is not None and at < free_at:
            found.append((line, free_at - at))
            waited += free_at - at
            at = free_at
        free_at = at + length(line.text) + MIN_GAP_MS
    return found


def texts(timeline: Timeline) -> list[str]:
    """Every distinct line a session may say, in order of first use: what to render
    ahead. Pace announcements are not included (they depend on the person)."""
    seen = dict.fromkeys(line.text for line in schedule(timeline))
    seen[spoken(WELL_DONE, timeline.script.language)] = None  # said even after a stop at the end
    return list(seen)


# ------------------------------------------------------------------ for a script's author

LEAD_IN_WORDS = 12  # a lead-in longer than this is hard to hold in mind until "Now"
FITS_WITHIN_MS = 200  # a wait for the voice shorter than this goes unnoticed


def _cue_word(language: str) -> re.Pattern:
    """The tense cue ("Now", "Jetzt") at the start of a sentence, in ``language``."""
    word = re.escape(spoken(NOW, language).rstrip("."))
    return re.compile(rf"(?:^|[.!?]\s+){word}\b", re.IGNORECASE)


def timing_warnings(script, length: Callable[[str], int] = None) -> list[tuple[str, str]]:
    """What would make the spoken guidance mislead or wait, as (place, message) pairs:
    "Now" said other than as the tense cue, lead-ins too long to hold in mind, and lines
    that do not fit their place at the default voice and rate (``length``, by default the
    estimate), so that the session would wait for them."""
    length = length or (lambda text: round(1.1 * estimated_ms(text)))  # err towards room
    found = []
    now_word = _cue_word(script.language)
    tensing = any(isinstance(step, MuscleStep) and step.tense for step in script.steps)
    for index, step in enumerate(script.steps):
        place = f"steps[{index}]"
        if isinstance(step, MuscleStep) and step.tense:
            if now_word.match(step.tense.strip()):
                found.append((f"{place}.tense", tr(
                    '"Now" is the cue to tense: it is said as the tense phase begins, so a '
                    "tense text must not start with it (it is said first, as the lead-in, "
                    "before the cue)")))
            action, _ = split_first_sentence(step.tense)
            words = len(f"{step.name}. {action}".split())
            if words > LEAD_IN_WORDS:
                found.append((f"{place}.tense", tr(
                    "the lead-in (the name and the first sentence) is {words} words; keep it "
                    "to about {most}, and put the rest after the first sentence").format(
                        words=words, most=LEAD_IN_WORDS)))
        if tensing:
            for key in ("text", "release"):
                text = getattr(step, key, None)
                if isinstance(text, str) and now_word.search(text.strip()):
                    found.append((f"{place}.{key}", tr(
                        '"Now" is the cue to tense in this session: say it only there (start '
                        "this sentence another way)")))
    timeline = Timeline(script)
    lines = schedule(timeline, length)
    for line, waited in waits(lines, length):
        if waited < FITS_WITHIN_MS:
            continue
        before = lines[lines.index(line) - 1]
        step_index = timeline.state_at(max(0, line.at_ms)).step_index
        found.append((f"steps[{step_index}]", tr(
            '"{before}" is still being said when "{line}" is due ({seconds} s too long for its '
            "place, at the default voice and rate): the session would wait for it. Give it "
            "more room (a longer step or quiet before it) or fewer words").format(
                before=_short(before.text), line=_short(line.text),
                seconds=f"{waited / 1000:.1f}")))
    return found


def _short(text: str, words: int = 8) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")
