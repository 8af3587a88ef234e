"""A JSON reader that refuses what RFC 8259 forbids but Python's ``json`` accepts.

Python's ``json`` module reads ``NaN`` and ``Infinity``, silently keeps the last of
two equal keys, and overflows the C stack on deep nesting. Session scripts are
written by hand, so each of these is a mistake worth reporting with its place.
Duplicate keys and non-finite numbers are recorded while parsing and reported by
the validator with a JSON path (see :func:`find_parse_problems`).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass

from relaxapp.core.language import QT_TR_NOOP, tr

MAX_DEPTH = 64

# A string (or one left open, to the end) or a bracket, read left to right once: the
# possessive "*+" never backtracks, so a long run of \" costs its length, not its square.
_TOKEN = re.compile(r'"(?:[^"\\]++|\\.)*+(?:"|\Z)|[\[\]{}]', re.DOTALL)


class JsonObject(dict):
    """A parsed JSON object that remembers keys given more than once."""

    duplicate_keys: tuple[str, ...] = ()


@dataclass(frozen=True)
class NonFinite:
    """Stands in for ``NaN``, ``Infinity`` or ``-Infinity`` (or an overflowing number)."""

    literal: str

    def __repr__(self) -> str:
        return self.literal


class JsonSyntaxError(ValueError):
    """Text that is not JSON; ``line`` and ``column`` are 1-based when known."""

    def __init__(self, message: str, line: int | None = None, column: int | None = None):
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column


def _object_from_pairs(pairs: list[tuple[str, object]]) -> JsonObject:
    obj = JsonObject()
    duplicates = []
    for key, value in pairs:
        if key in obj and key not in duplicates:
            duplicates.append(key)
        obj[key] = value
    if duplicates:
        obj.duplicate_keys = tuple(duplicates)
    return obj


def _parse_float(text: str) -> float | NonFinite:
    value = float(text)
    return value if math.isfinite(value) else NonFinite(text)


def _parse_int(text: str) -> int | NonFinite:
    try:
        return int(text)
    except ValueError:  # more digits than Python converts (sys.get_int_max_str_digits)
        return NonFinite(text[:20] + "...")


def _too_deep_at(text: str) -> int | None:
    """Where the nesting of arrays and objects first goes deeper than MAX_DEPTH, if it does."""
    if text.count("[") + text.count("{") <= MAX_DEPTH:
        return None  # too few brackets to nest too deep
    depth = 0
    for match in _TOKEN.finditer(text):  # strings are skipped whole: a "[" in text is no nesting
        token = match.group()
        if token in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return match.start()
        elif token in "]}":
            depth -= 1
    return None


def loads(text: str) -> object:
    """Parse JSON text strictly; raises :class:`JsonSyntaxError` with line and column.

    Nesting is limited before parsing, so ``json`` never recurses deep enough to fail."""
    where = _too_deep_at(text)
    if where is not None:
        line = text.count("\n", 0, where) + 1
        column = where - (text.rfind("\n", 0, where) + 1) + 1
        raise JsonSyntaxError(tr("nested more than {most} levels deep").format(most=MAX_DEPTH),
                              line, column)
    try:
        return json.loads(
            text,
            object_pairs_hook=_object_from_pairs,
            parse_constant=NonFinite,
            parse_float=_parse_float,
            parse_int=_parse_int,
        )
    except json.JSONDecodeError as error:
        message = error.msg[:1].lower() + error.msg[1:]
        raise JsonSyntaxError(message, error.lineno, error.colno) from None


# ----------------------------------------------------------- a piece at a time
# For a document too large to hold parsed whole (an export of years): its values are read
# one at a time, each as strictly as ``loads`` reads a document.

_DECODER = json.JSONDecoder(object_pairs_hook=_object_from_pairs, parse_constant=NonFinite,
                            parse_float=_parse_float, parse_int=_parse_int)
_SPACE = re.compile(r"[ \t\n\r]*")


def _syntax_error(message: str, text: str, index: int) -> JsonSyntaxError:
    error = json.JSONDecodeError(message, text, index)
    return JsonSyntaxError(message[:1].lower() + message[1:], error.lineno, error.colno)


def check_depth(text: str) -> None:
    """Raise as ``loads`` does for a document nested deeper than MAX_DEPTH: checked once for
    the whole text before ``value_at`` reads it."""
    where = _too_deep_at(text)
    if where is not None:
        raise _syntax_error(f"Nested more than {MAX_DEPTH} levels deep", text, where)


def skip_space(text: str, index: int) -> int:
    return _SPACE.match(text, index).end()


def value_at(text: str, index: int) -> tuple[object, int]:
    """The value that begins at ``index`` (after white space), and where it ends."""
    try:
        return _DECODER.raw_decode(text, skip_space(text, index))
    except json.JSONDecodeError as error:
        raise _syntax_error(error.msg, text, error.pos) from None


def expect(text: str, index: int, allowed: str, what: str) -> tuple[str, int]:
    """The character at ``index`` (after white space), which must be one of ``allowed``,
    and the index after it; ``what`` names what was expected, as Python's json names it."""
    index = skip_space(text, index)
    found = text[index:index + 1]
    if not found or found not in allowed:
        raise _syntax_error(f"Expecting {what}", text, index)
    return found, index + 1


def end_of_container(text: str, index: int) -> int:
    """Where the array or object that opens at ``index`` closes (the index after it), read
    without building it: strings skipped whole, brackets counted (checked by ``value_at``
    when it is read)."""
    depth = 0
    for match in _TOKEN.finditer(text, index):
        token = match.group()
        if token in "[{":
            depth += 1
        elif token in "]}":
            depth -= 1
            if depth == 0:
                return match.end()
    raise _syntax_error("Unterminated array or object", text, index)


def encodable(text: str) -> bool:
    """Whether ``text`` can be stored and shown: JSON's ``\\ud800`` escapes can make a
    lone surrogate, which no UTF-8 file, database or terminal can hold."""
    if text.isascii():
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


UNENCODABLE = QT_TR_NOOP("holds a lone surrogate (a \\ud800-\\udfff escape without its pair), "
                         "which cannot be stored as text")  # shown through tr


def _is_clean(value: object) -> bool:
    if isinstance(value, JsonObject):
        return not value.duplicate_keys and all(encodable(key) and _is_clean(item)
                                                for key, item in value.items())
    if isinstance(value, list):
        return all(_is_clean(item) for item in value)
    if isinstance(value, str):
        return encodable(value)
    return not isinstance(value, NonFinite)


def find_parse_problems(value: object, path: str = "") -> list[tuple[str, str]]:
    """(path, problem) for every duplicate key, non-finite number and text that cannot be
    stored (a lone surrogate) anywhere in ``value``."""
    if _is_clean(value):
        return []  # the usual case, without building a path for every value
    problems: list[tuple[str, str]] = []
    if isinstance(value, NonFinite):
        problems.append((path, tr("{number} is not a valid JSON number").format(
            number=value.literal)))
    elif isinstance(value, str):
        problems.append((path, tr(UNENCODABLE)))
    elif isinstance(value, JsonObject):
        for key in value.duplicate_keys:
            problems.append((path, tr('key "{key}" appears more than once').format(
                key=_printable(key))))
        for key, item in value.items():
            if not encodable(key):
                problems.append((join_path(path, _printable(key)),
                                 tr("this key holds a lone surrogate (a \\ud800-\\udfff escape "
                                    "without its pair), which cannot be stored as text")))
                continue
            problems.extend(find_parse_problems(item, join_path(path, key)))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            problems.extend(find_parse_problems(item, f"{path}[{index}]"))
    return problems


_PLAIN_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*$")


def _printable(text: str) -> str:
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def join_path(path: str, key: str) -> str:
    """``steps[2]`` + ``pattern`` -> ``steps[2].pattern``; odd keys are quoted."""
    part = key if _PLAIN_KEY.match(key) else json.dumps(key)
    if not path:
        return part if _PLAIN_KEY.match(key) else f"[{part}]"
    return f"{path}.{part}" if _PLAIN_KEY.match(key) else f"{path}[{part}]"
