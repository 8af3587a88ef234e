"""Session scripts: the typed model and its validator (format version 1).

The format is specified in ``session-format.md``. Every rule is checked here and
every problem is reported with the file, the JSON path and what is wrong, so a
person editing a script by hand can fix it without guessing. Validation collects
all problems of a file rather than stopping at the first.

Over 400 lines: the format is one contract, so its model and every check on it stay
together: a rule, its message and the field it is about are found in one place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, Union

from relaxapp.core import files, strictjson
from relaxapp.core.strictjson import NonFinite, join_path
from relaxapp.core.wording import plural
from relaxapp.core.language import QT_TR_NOOP, tr

FORMAT_VERSION = 1
MAX_FILE_BYTES = 1024 * 1024
MIN_TOTAL_MS = 10_000
MAX_TOTAL_MS = 3 * 3600 * 1000

REGIONS: tuple[str, ...] = (
    "forehead", "eyes", "jaw", "neck", "shoulders", "upper_back", "chest", "abdomen",
    "lower_back", "buttocks",
    "right_hand", "right_forearm", "right_upper_arm",
    "left_hand", "left_forearm", "left_upper_arm",
    "right_thigh", "right_calf", "right_foot",
    "left_thigh", "left_calf", "left_foot",
)  # fmt: skip
# What a person reads for each region id (the ids are the format's, the names are words).
# In English, marked for translation: shown through ``region_name``.
REGION_NAMES: dict[str, str] = {
    "forehead": QT_TR_NOOP("Forehead"), "eyes": QT_TR_NOOP("Eyes and upper cheeks"),
    "jaw": QT_TR_NOOP("Jaw"), "neck": QT_TR_NOOP("Neck"), "shoulders": QT_TR_NOOP("Shoulders"),
    "upper_back": QT_TR_NOOP("Upper back"), "chest": QT_TR_NOOP("Chest"),
    "abdomen": QT_TR_NOOP("Stomach"), "lower_back": QT_TR_NOOP("Lower back"),
    "buttocks": QT_TR_NOOP("Buttocks"), "right_hand": QT_TR_NOOP("Right hand"),
    "right_forearm": QT_TR_NOOP("Right forearm"), "right_upper_arm": QT_TR_NOOP("Right upper arm"),
    "left_hand": QT_TR_NOOP("Left hand"), "left_forearm": QT_TR_NOOP("Left forearm"),
    "left_upper_arm": QT_TR_NOOP("Left upper arm"), "right_thigh": QT_TR_NOOP("Right thigh"),
    "right_calf": QT_TR_NOOP("Right calf"), "right_foot": QT_TR_NOOP("Right foot"),
    "left_thigh": QT_TR_NOOP("Left thigh"), "left_calf": QT_TR_NOOP("Left calf"),
    "left_foot": QT_TR_NOOP("Left foot"),
}


def region_name(region: str) -> str:
    """What a person reads for a region id, in their language."""
    return tr(REGION_NAMES[region])

BREATH_PHASES = ("inhale", "hold", "exhale")
STEP_PACES = ("resonance",)  # a breathing step's "pace": whose pace it runs at
STEP_TYPES = ("say", "breathe", "muscle")
SessionKind = Literal["breathing", "pmr", "mixed"]

ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
# A pragmatic BCP 47 check: a 2-3 letter language (or a registered 4-8 letter one)
# followed by subtags of 1-8 letters or digits.
LANGUAGE_PATTERN = re.compile(r"^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$")


def to_ms(seconds: float) -> int:
    """Whole milliseconds: the timeline's unit, so cycle boundaries stay exact."""
    return round(seconds * 1000)


# --------------------------------------------------------------------------- model


@dataclass(frozen=True)
class BreathPhase:
    phase: Literal["inhale", "hold", "exhale"]
    seconds: float
    label: str | None = None
    to: float | None = None  # as written; see BreatheStep.levels for the resolved fullness

    @property
    def ms(self) -> int:
        return to_ms(self.seconds)

    @property
    def display_name(self) -> str:
        return self.label if self.label and self.label.strip() else self.phase.capitalize()


@dataclass(frozen=True)
class SayStep:
    text: str
    seconds: float
    type: Literal["say"] = "say"

    @property
    def planned_ms(self) -> int:
        return to_ms(self.seconds)


@dataclass(frozen=True)
class BreatheStep:
    pattern: tuple[BreathPhase, ...]
    cycles: int | None = None
    minutes: float | None = None
    text: str | None = None
    pace: Literal["resonance"] | None = None  # "resonance": at the person's own pace, once found
    type: Literal["breathe"] = "breathe"

    @property
    def cycle_ms(self) -> int:
        return sum(phase.ms for phase in self.pattern)

    @property
    def planned_cycles(self) -> int:
        if self.cycles is not None:
            return self.cycles
        return cycles_in(to_ms((self.minutes or 0) * 60), self.cycle_ms)

    @property
    def planned_ms(self) -> int:
        return self.planned_cycles * self.cycle_ms

    @property
    def breaths_per_minute(self) -> float:
        return 60_000 / self.cycle_ms

    @property
    def has_holds(self) -> bool:
        return any(phase.phase == "hold" for phase in self.pattern)

    def levels(self) -> list[tuple[float, float]]:
        """(fullness at start, fullness at end) of each phase of one cycle.

        A cycle starts where the previous one ended, so the animation is periodic:
        the start level is the target of the last inhale or exhale of the pattern.
        """
        level = phase_target(self.pattern[-1], 0.0)
        for phase in reversed(self.pattern):
            if phase.phase != "hold":
                level = phase_target(phase, level)
                break
        result = []
        for phase in self.pattern:
            end = phase_target(phase, level)
            result.append((level, end))
            level = end
        return result


def phase_target(phase: BreathPhase, level: float) -> float:
    if phase.phase == "hold":
        return level
    if phase.to is not None:
        return phase.to
    return 1.0 if phase.phase == "inhale" else 0.0


def cycles_in(duration_ms: int, cycle_ms: int) -> int:
    """Whole cycles that fit in a duration, at least one."""
    return max(1, duration_ms // cycle_ms)


@dataclass(frozen=True)
class MuscleStep:
    regions: tuple[str, ...]
    name: str
    release: str
    tense: str | None = None
    tense_seconds: float = 7
    # One length for every round, or one per round: the manuals let a later release run longer.
    release_seconds: float | tuple[float, ...] = 30
    repeat: int = 1
    type: Literal["muscle"] = "muscle"

    @property
    def release_only(self) -> bool:
        return self.tense is None

    def release_ms(self, round_index: int) -> int:
        """The release of round ``round_index`` (0-based), in ms."""
        seconds = self.release_seconds
        return to_ms(seconds[round_index] if isinstance(seconds, tuple) else seconds)

    @property
    def planned_ms(self) -> int:
        tense_ms = 0 if self.tense is None else to_ms(self.tense_seconds)
        return sum(tense_ms + self.release_ms(n) for n in range(self.repeat))


Step = Union[SayStep, BreatheStep, MuscleStep]


@dataclass(frozen=True)
class Script:
    id: str
    title: str
    steps: tuple[Step, ...]
    summary: str = ""
    tags: tuple[str, ...] = ()
    language: str = "en"
    cautions: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()  # where the exercise comes from: books, studies, manuals
    quiet_end: bool = False  # no closing chime or words: a session that ends in sleep
    choose_pace: bool = False  # afterwards the person picks the breathing pace that felt easiest
    extras: dict = field(default_factory=dict, compare=False)  # "x-" keys, kept as read
    format: int = FORMAT_VERSION

    @property
    def planned_ms(self) -> int:
        return sum(step.planned_ms for step in self.steps)

    @property
    def planned_minutes(self) -> float:
        return self.planned_ms / 60_000

    @property
    def kind(self) -> SessionKind:
        has_breathing = any(isinstance(step, BreatheStep) for step in self.steps)
        has_muscle = any(isinstance(step, MuscleStep) for step in self.steps)
        if has_breathing and has_muscle:
            return "mixed"
        return "pmr" if has_muscle else "breathing"

    @property
    def breathing_steps(self) -> tuple[BreatheStep, ...]:
        return tuple(step for step in self.steps if isinstance(step, BreatheStep))

    @property
    def has_holds(self) -> bool:
        return any(step.has_holds for step in self.breathing_steps)

    @property
    def regions(self) -> tuple[str, ...]:
        """Every region the session works on, in body-list order."""
        used = {r for step in self.steps if isinstance(step, MuscleStep) for r in step.regions}
        return tuple(region for region in REGIONS if region in used)


# ----------------------------------------------------------------------- problems


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one file, printed as ``file: path: message``."""

    file: str
    message: str
    path: str = ""
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}:{self.column}"
        if self.path:
            where += f": {self.path}"
        return f"{where}: {self.message}"


class ScriptError(Exception):
    """A script that cannot be used; ``problems`` says why, each with its place."""

    def __init__(self, problems: list[Problem]):
        super().__init__("\n".join(str(problem) for problem in problems))
        self.problems = problems


# ---------------------------------------------------------------------- validator


def _is_whole(value: int | float) -> bool:
    """Whether a number is whole, without turning a huge integer into a float (which
    overflows past about 309 digits)."""
    return isinstance(value, int) or value.is_integer()


def _show(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        shown = shown.encode("utf-8", "backslashreplace").decode("utf-8")  # a lone surrogate
        return '"' + shown.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, int) and len(shown := str(value)) > 20:
        return f"{shown[:17]}... ({len(shown.lstrip('-'))} digits)"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, list):
        return tr("a list")
    if isinstance(value, dict):
        return tr("an object")
    return str(value)


def _number_text(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(value)


def _suggest(key: str, choices) -> str:
    import difflib  # only for mistakes; loading the library should not wait for it

    close = difflib.get_close_matches(key, list(choices), n=1, cutoff=0.6)
    return tr(' (did you mean "{key}"?)').format(key=close[0]) if close else ""


# What a list holds, as the messages name it ("must hold at most 10 tags")
LIST_OF = {"tags": QT_TR_NOOP("tags"), "strings": QT_TR_NOOP("strings"),
           "sources": QT_TR_NOOP("sources"), "steps": QT_TR_NOOP("steps"),
           "phases": QT_TR_NOOP("phases"), "regions": QT_TR_NOOP("regions")}
# A number's range, with its unit: each a whole sentence, so a language can order it its way
BETWEEN = {"": QT_TR_NOOP("must be between {low} and {high} (got {value})"),
           "seconds": QT_TR_NOOP("must be between {low} and {high} seconds (got {value})"),
           "minutes": QT_TR_NOOP("must be between {low} and {high} minutes (got {value})")}


class _Checker:
    """Collects problems for one file while reading its values."""

    def __init__(self, file: str):
        self.file = file
        self.problems: list[Problem] = []

    def add(self, path: str, message: str) -> None:
        self.problems.append(Problem(self.file, message, path))

    def keys(self, obj: dict, path: str, required: tuple, optional: tuple,
             allow_extensions: bool = False) -> bool:
        """Report unknown and missing keys; True when every required key is there."""
        known = required + optional
        for key in obj:
            if key in known or (allow_extensions and key.startswith("x-")):
                continue
            hint = _suggest(key, known)
            if not hint and allow_extensions:
                hint = tr(' (keys of your own must start with "x-")')
            self.add(join_path(path, key), tr("unknown key") + hint)
        complete = True
        for key in required:
            if key not in obj:
                self.add(join_path(path, key), tr("required, but missing"))
                complete = False
        return complete

    def number(self, obj: dict, key: str, path: str, low: float, high: float, *,
               integer: bool = False, unit: str = "") -> float | int | None:
        """The value of a numeric key within [low, high]; None (and a problem) if not."""
        return self.number_at(obj[key], join_path(path, key), low, high, integer=integer,
                              unit=unit)

    def number_at(self, value: object, here: str, low: float, high: float, *,
                  integer: bool = False, unit: str = "") -> float | int | None:
        if isinstance(value, NonFinite):
            return None  # already reported as invalid JSON
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            message = tr("must be a whole number (got {value})") if integer \
                else tr("must be a number (got {value})")
            self.add(here, message.format(value=_show(value)))
            return None
        if integer and not _is_whole(value):
            self.add(here, tr("must be a whole number (got {value})").format(value=_show(value)))
            return None
        if not low <= value <= high:
            self.add(here, tr(BETWEEN[unit]).format(low=_number_text(low), high=_number_text(high),
                                                    value=_show(value)))
            return None
        return int(value) if integer else value

    def text(self, value: object, path: str, low: int, high: int | None) -> str | None:
        if not isinstance(value, str):
            self.add(path, tr("must be a string (got {value})").format(value=_show(value)))
            return None
        if low > 0 and not value.strip():
            self.add(path, tr("must not be empty"))
            return None
        if len(value) < low or (high is not None and len(value) > high):
            message = tr("must be {low}-{high} characters (got {count})") \
                if high is not None and low > 0 else tr("must be at most {high} characters "
                                                        "(got {count})")
            self.add(path, message.format(low=low, high=high, count=len(value)))
            return None
        return value

    def text_key(self, obj: dict, key: str, path: str, low: int, high: int | None):
        return self.text(obj[key], join_path(path, key), low, high)

    def flag(self, obj: dict, key: str, path: str) -> bool | None:
        value = obj[key]
        if not isinstance(value, bool):
            self.add(join_path(path, key), tr("must be true or false (got {value})").format(
                value=_show(value)))
            return None
        return value

    def texts(self, obj: dict, key: str, path: str, most_items: int | None,
              most_characters: int | None, what: str) -> list[str]:
        """A list of non-empty strings; the valid ones (problems are recorded)."""
        result: list[str] = []
        items = self.array(obj, key, path, 0, most_items, what)
        for index, item in enumerate(items or ()):
            text = self.text(item, f"{join_path(path, key)}[{index}]", 1, most_characters)
            if text is not None:
                result.append(text)
        return result

    def array(self, obj: dict, key: str, path: str, low: int, high: int | None,
              what: str) -> list | None:
        here = join_path(path, key)
        value = obj[key]
        things = tr(LIST_OF[what])
        if not isinstance(value, list):
            self.add(here, tr("must be a list of {things} (got {value})").format(
                things=things, value=_show(value)))
            return None
        if len(value) < low or (high is not None and len(value) > high):
            if high is None:
                message = tr("must hold at least {low} {things} (got {count})")
            elif low > 0:
                message = tr("must hold {low}-{high} {things} (got {count})")
            else:
                message = tr("must hold at most {high} {things} (got {count})")
            self.add(here, message.format(low=low, high=high, things=things, count=len(value)))
            return None
        return value


def parse_script(text: str, file: str) -> Script:
    """Parse and validate script text; raises :class:`ScriptError` listing every problem."""
    try:
        data = strictjson.loads(text)
    except strictjson.JsonSyntaxError as error:
        problem = Problem(file, tr("invalid JSON: {reason}").format(reason=error.message), "",
                          error.line, error.column)
        raise ScriptError([problem]) from None
    checker = _Checker(file)
    for path, message in strictjson.find_parse_problems(data):
        checker.add(path, message)
    script = _read_script(data, checker)
    if checker.problems or script is None:
        raise ScriptError(checker.problems)
    return script


def load_script(path: Path, display_name: str | None = None) -> Script:
    """Read, parse and validate one script file."""
    file = display_name if display_name is not None else str(path)
    try:
        raw = files.read_limited(path, MAX_FILE_BYTES)
    except files.NotAFile as error:
        raise ScriptError([Problem(file, tr("skipped: {reason}").format(
            reason=error.strerror))]) from None
    except OSError as error:
        raise ScriptError([Problem(file, tr("cannot read the file: {reason}").format(
            reason=files.describe(error)))]) from None
    if len(raw) > MAX_FILE_BYTES:
        size = max(path.stat().st_size, len(raw))
        raise ScriptError([Problem(file, tr("file is {size} bytes; a session script may be at "
                                            "most 1 MiB").format(size=f"{size:,}"))])
    try:
        text = raw.decode("utf-8-sig")  # tolerate the byte-order mark some editors add
    except UnicodeDecodeError as error:
        message = tr("not UTF-8 text (byte {byte} at offset {offset})").format(
            byte=f"0x{raw[error.start]:02x}", offset=error.start)
        raise ScriptError([Problem(file, message)]) from None
    return parse_script(text, file)


_TOP_REQUIRED = ("format", "id", "title", "steps")
_TOP_OPTIONAL = ("summary", "tags", "language", "cautions", "sources", "quiet_end",
                 "choose_pace")


def _read_script(data: object, check: _Checker) -> Script | None:
    if not isinstance(data, dict):
        check.add("", tr("the top level must be a JSON object (got {value})").format(
            value=_show(data)))
        return None
    if "format" in data:
        version = data["format"]
        if isinstance(version, NonFinite):
            return None  # already reported as invalid JSON
        if isinstance(version, bool) or not isinstance(version, (int, float)) \
                or not _is_whole(version):
            check.add("format", tr("must be the whole number {format} (got {value})").format(
                format=FORMAT_VERSION, value=_show(version)))
            return None
        if version > FORMAT_VERSION:
            check.add("format", tr("this script needs a newer RelaxApp (it is format {value}; "
                                   "this version reads format {format})").format(
                value=_show(int(version)), format=FORMAT_VERSION))
            return None
        if version != FORMAT_VERSION:
            check.add("format", tr("must be {format} (got {value})").format(
                format=FORMAT_VERSION, value=_show(version)))
            return None
    complete = check.keys(data, "", _TOP_REQUIRED, _TOP_OPTIONAL, allow_extensions=True)

    script_id = None
    if "id" in data:
        value = data["id"]
        if not isinstance(value, str):
            check.add("id", tr("must be a string (got {value})").format(value=_show(value)))
        elif not ID_PATTERN.fullmatch(value):  # "$" alone lets a final newline through
            check.add("id", tr("must be 1-64 lowercase letters, digits or hyphens, starting "
                               "with a letter or digit (got {value})").format(value=_show(value)))
        else:
            script_id = value
    title = check.text_key(data, "title", "", 1, 80) if "title" in data else None
    summary = check.text_key(data, "summary", "", 0, 300) if "summary" in data else ""
    tags = check.texts(data, "tags", "", 10, 30, "tags") if "tags" in data else []
    language = "en"
    if "language" in data:
        value = data["language"]
        if not isinstance(value, str):
            check.add("language", tr("must be a string (got {value})").format(
                value=_show(value)))
        elif not LANGUAGE_PATTERN.fullmatch(value):
            check.add("language", tr('must be a language tag such as "en" or "de-CH" '
                                     "(got {value})").format(value=_show(value)))
        else:
            language = value
    cautions = check.texts(data, "cautions", "", None, None, "strings") \
        if "cautions" in data else []
    sources = check.texts(data, "sources", "", 10, 300, "sources") if "sources" in data else []
    quiet_end = check.flag(data, "quiet_end", "") if "quiet_end" in data else False
    choose_pace = check.flag(data, "choose_pace", "") if "choose_pace" in data else False

    steps: list[Step] = []
    steps_ok = False
    if "steps" in data and (items := check.array(data, "steps", "", 1, 1000, "steps")) is not None:
        steps_ok = True
        for index, item in enumerate(items):
            step = _read_step(item, f"steps[{index}]", check)
            if step is None:
                steps_ok = False
            else:
                steps.append(step)
    if steps_ok and choose_pace and len({step.cycle_ms for step in steps
                                         if isinstance(step, BreatheStep)}) < 2:
        check.add("choose_pace", tr("needs at least two breathing steps at different paces "
                                    "to choose from"))
    if steps_ok:
        total = sum(step.planned_ms for step in steps)
        if not MIN_TOTAL_MS <= total <= MAX_TOTAL_MS:
            check.add("steps", tr("the session's planned length must be between 10 seconds "
                                  "and 3 hours (got {length})").format(
                length=_duration_text(total)))

    if check.problems or not complete or script_id is None or title is None:
        return None
    extras = {key: value for key, value in data.items() if key.startswith("x-")}
    return Script(
        id=script_id, title=title, steps=tuple(steps), summary=summary or "",
        tags=tuple(tags), language=language, cautions=tuple(cautions), sources=tuple(sources),
        quiet_end=bool(quiet_end), choose_pace=bool(choose_pace), extras=extras,
    )


def _duration_text(ms: int) -> str:
    seconds = ms / 1000
    if seconds < 120:
        return f"{seconds:g} s"
    if seconds < 7200:
        return f"{seconds / 60:.1f} min"
    return f"{seconds / 3600:.2f} h"


def _read_step(item: object, path: str, check: _Checker) -> Step | None:
    if not isinstance(item, dict):
        check.add(path, tr("each step must be an object (got {value})").format(
            value=_show(item)))
        return None
    kind = item.get("type")
    if kind not in STEP_TYPES:
        if "type" not in item:
            check.add(join_path(path, "type"), tr('required, but missing (one of "say", '
                                                  '"breathe", "muscle")'))
        else:
            choices = ", ".join(f'"{name}"' for name in STEP_TYPES)
            hint = _suggest(kind, STEP_TYPES) if isinstance(kind, str) else ""
            check.add(join_path(path, "type"), tr("must be one of {choices} (got {value})")
                      .format(choices=choices, value=_show(kind)) + hint)
        return None
    before = len(check.problems)
    if kind == "say":
        step = _read_say(item, path, check)
    elif kind == "breathe":
        step = _read_breathe(item, path, check)
    else:
        step = _read_muscle(item, path, check)
    return step if len(check.problems) == before else None


def _read_say(item: dict, path: str, check: _Checker) -> SayStep | None:
    if not check.keys(item, path, ("type", "text", "seconds"), ()):
        return None
    text = check.text_key(item, "text", path, 1, 2000)
    seconds = check.number(item, "seconds", path, 1, 600, unit="seconds")
    if text is None or seconds is None:
        return None
    return SayStep(text=text, seconds=seconds)


def _read_breathe(item: dict, path: str, check: _Checker) -> BreatheStep | None:
    before = len(check.problems)
    complete = check.keys(item, path, ("type", "pattern"), ("cycles", "minutes", "text", "pace"))
    text = check.text_key(item, "text", path, 1, 2000) if "text" in item else None
    pace = None
    if "pace" in item:
        pace = item["pace"]
        if pace not in STEP_PACES:
            check.add(join_path(path, "pace"), tr('must be "resonance" (got {value})').format(
                value=_show(pace)))
    cycles = minutes = None
    if "cycles" in item and "minutes" in item:
        check.add(path, tr('give either "cycles" or "minutes", not both'))
    elif "cycles" in item:
        cycles = check.number(item, "cycles", path, 1, 10_000, integer=True)
    elif "minutes" in item:
        minutes = check.number(item, "minutes", path, 0.5, 180, unit="minutes")
    else:
        check.add(path, tr('needs "cycles" (how many breaths) or "minutes" (how long)'))
    if not complete:
        return None
    phases = check.array(item, "pattern", path, 1, 8, "phases")
    if phases is None:
        return None
    pattern = []
    for index, raw in enumerate(phases):
        phase = _read_phase(raw, f"{path}.pattern[{index}]", check)
        if phase is not None:
            pattern.append(phase)
    if len(pattern) != len(phases):
        return None
    kinds = {phase.phase for phase in pattern}
    if "inhale" not in kinds or "exhale" not in kinds:
        check.add(join_path(path, "pattern"), tr("a cycle needs at least one inhale and one "
                                                 "exhale"))
        return None
    step = BreatheStep(pattern=tuple(pattern), cycles=cycles, minutes=minutes, text=text,
                       pace=pace if pace in STEP_PACES else None)
    for index, ((start, end), phase) in enumerate(zip(step.levels(), pattern)):
        grows = end >= start if phase.phase == "inhale" else end <= start
        if not grows:
            message = tr("an exhale cannot raise the fullness of the lungs (from {start} to "
                         "{end})") if phase.phase == "exhale" else \
                tr("an inhale cannot lower the fullness of the lungs (from {start} to {end})")
            check.add(f"{path}.pattern[{index}].to", message.format(start=f"{start:g}",
                                                                    end=f"{end:g}"))
    if (cycles is None and minutes is None) or len(check.problems) != before:
        return None
    return step


def _read_phase(raw: object, path: str, check: _Checker) -> BreathPhase | None:
    if not isinstance(raw, dict):
        check.add(path, tr("each phase must be an object (got {value})").format(
            value=_show(raw)))
        return None
    before = len(check.problems)
    if not check.keys(raw, path, ("phase", "seconds"), ("label", "to")):
        return None
    kind = raw["phase"]
    if kind not in BREATH_PHASES:
        hint = _suggest(kind, BREATH_PHASES) if isinstance(kind, str) else ""
        check.add(join_path(path, "phase"),
                  tr('must be "inhale", "hold" or "exhale" (got {value})').format(
                      value=_show(kind)) + hint)
    seconds = check.number(raw, "seconds", path, 0.5, 60, unit="seconds")
    label = check.text_key(raw, "label", path, 0, 60) if "label" in raw else None
    to = None
    if "to" in raw:
        if kind == "hold":
            check.add(join_path(path, "to"), tr("not allowed on a hold: a hold keeps the level "
                                                "the lungs are at"))
        else:
            to = check.number(raw, "to", path, 0, 1)
    if len(check.problems) != before or seconds is None:
        return None
    return BreathPhase(phase=kind, seconds=seconds, label=label, to=to)


def _read_releases(item: dict, path: str, repeat: int | None,
                   check: _Checker) -> tuple[float, ...] | None:
    """A release length for each round: as many as ``repeat`` says."""
    values = item["release_seconds"]
    here = join_path(path, "release_seconds")
    if repeat is not None and len(values) != repeat:
        check.add(here, tr("a list must hold one length per round: {rounds} (got {count})")
                  .format(rounds=plural(repeat, "round"), count=len(values)))
        return None
    seconds = [check.number_at(value, f"{here}[{index}]", 5, 120, unit="seconds")
               for index, value in enumerate(values)]
    return None if None in seconds else tuple(seconds)


def _read_muscle(item: dict, path: str, check: _Checker) -> MuscleStep | None:
    complete = check.keys(item, path, ("type", "regions", "name", "release"),
                          ("tense", "tense_seconds", "release_seconds", "repeat"))
    regions: list[str] = []
    if "regions" in item and \
            (names := check.array(item, "regions", path, 1, 20, "regions")) is not None:
        for index, name in enumerate(names):
            here = f"{path}.regions[{index}]"
            if not isinstance(name, str):
                check.add(here, tr("must be a region name (got {value})").format(
                    value=_show(name)))
            elif name not in REGIONS:
                check.add(here, tr("unknown region {name}").format(name=_show(name))
                          + _suggest(name, REGIONS))
            else:
                regions.append(name)
    name = check.text_key(item, "name", path, 1, 60) if "name" in item else None
    release = check.text_key(item, "release", path, 1, 2000) if "release" in item else None
    tense = check.text_key(item, "tense", path, 1, 2000) if "tense" in item else None
    tense_seconds: float | None = 7
    if "tense_seconds" in item:
        if "tense" not in item:
            check.add(join_path(path, "tense_seconds"), tr('only allowed together with "tense" '
                                                           "(a release-only step has no "
                                                           "tension)"))
        else:
            tense_seconds = check.number(item, "tense_seconds", path, 2, 20, unit="seconds")
    repeat = check.number(item, "repeat", path, 1, 5, integer=True) if "repeat" in item else 1
    release_seconds = 30
    if isinstance(item.get("release_seconds"), list):
        release_seconds = _read_releases(item, path, repeat, check)
    elif "release_seconds" in item:
        release_seconds = check.number(item, "release_seconds", path, 5, 120, unit="seconds")
    if not complete or None in (name, release, tense_seconds, release_seconds, repeat) \
            or not isinstance(item.get("regions"), list) or len(regions) != len(item["regions"]):
        return None
    return MuscleStep(
        regions=tuple(regions), name=name, release=release, tense=tense,
        tense_seconds=tense_seconds, release_seconds=release_seconds, repeat=repeat,
    )

