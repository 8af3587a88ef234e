"""Export (CSV for spreadsheets, lossless JSON) and import of the practice log.

Import reads files that may come from anywhere, so it is strict: the JSON must be
valid JSON in the strict sense (see core.strictjson), every field is checked, and
nothing is written unless the whole file is good. Importing twice adds nothing,
because sessions are keyed by their ``uid``.

Over 400 lines: two formats each way (CSV and JSON out, JSON in), and the strict import
checks every field before anything is written.
"""

from __future__ import annotations

import codecs
import csv
import json
import re
from dataclasses import asdict
from datetime import datetime, timedelta
from pathlib import Path
from typing import Iterable, Iterator, TextIO

from relaxapp import __version__
from relaxapp.core import files, strictjson
from relaxapp.core.clock import wall_now
from relaxapp.core.safety import BY_CODE
from relaxapp.core.scripts import REGIONS
from relaxapp.storage.log import (
    HEART_COLUMNS, KINDS, MAX_NOTE, MAX_SECONDS, MAX_TITLE, MOMENTS, SESSION_COLUMNS, SOURCES,
    STATUSES, SessionRecord, Store, check_heart, iso,
)

EXPORT_FORMAT = 1
MAX_IMPORT_BYTES = 256 * 1024 * 1024
CSV_COLUMNS = SESSION_COLUMNS + ("symptoms", "regions_before", "regions_after") + \
    tuple(f"heart_{key}" for key in HEART_COLUMNS)
UID_PATTERN = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


class ImportFileError(ValueError):
    """An import file that cannot be used; the message names the file and the place."""


# ------------------------------------------------------------------------ export


# Text a spreadsheet would run as a formula (OWASP, "CSV injection"): such a cell gets a
# leading apostrophe, which spreadsheets show as text and do not display. Only the CSV does
# this; the JSON export keeps every value exactly.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.2f}".rstrip("0").rstrip(".")
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return str(value)


def write_csv(records: Iterable[SessionRecord], stream: TextIO) -> int:
    """Write the records as they come; how many were written."""
    # Every cell with a line break of any kind (a bare CR too) is quoted, so no reader
    # splits a row.
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    count = 0
    for record in records:
        count += 1
        row = [_cell(getattr(record, column)) for column in SESSION_COLUMNS]
        row.append(";".join(record.symptoms))
        for moment in MOMENTS:
            ratings = record.regions.get(moment, {})
            row.append(";".join(f"{region}={value}" for region, value in sorted(ratings.items())))
        heart = record.heart or {}
        row += [_cell(heart.get(key)) for key in HEART_COLUMNS]
        writer.writerow(row)
    return count


def export_document(records: list[SessionRecord]) -> dict:
    return {
        "format": EXPORT_FORMAT,
        "app": "relaxapp",
        "app_version": __version__,
        "exported_at": iso(wall_now()),
        "sessions": [_as_dict(record) for record in records],
    }


def _as_dict(record: SessionRecord) -> dict:
    """A record with its fields in the CSV's order, then regions and symptoms, and what a
    heart-rate strap measured, if one did."""
    fields = asdict(record)
    document = {key: fields[key] for key in SESSION_COLUMNS + ("regions", "symptoms")}
    if record.heart is not None:
        document["heart"] = record.heart
    return document


def write_json(records: Iterable[SessionRecord], stream: TextIO) -> int:
    """The export document, written a session at a time as the records come (the same text
    ``json.dump(export_document(records), indent=1)`` makes); how many were written."""
    head = json.dumps(export_document([]), ensure_ascii=False, indent=1)
    stream.write(head[:head.rindex("[]")] + "[")
    count = 0
    for record in records:
        item = json.dumps(_as_dict(record), ensure_ascii=False, indent=1)
        stream.write(("," if count else "") + "\n  " + item.replace("\n", "\n  "))
        count += 1
    stream.write("\n ]\n}\n" if count else "]\n}\n")
    return count


# ------------------------------------------------------------------------ import


def read_export(path: Path) -> list[SessionRecord]:
    """Read and check a JSON export; raises ImportFileError naming the problem."""
    return list(export_records(path))


def export_records(path: Path) -> Iterator[SessionRecord]:
    """The sessions of a JSON export, each checked, read one at a time: an export of years
    is held once, as the bytes of its file, and each session is decoded and parsed as it
    comes. Raises ImportFileError naming the problem, when it meets it: a caller that must
    take all or nothing reads them all first.

    A document the quick reading cannot follow (a syntax error, nesting too deep) is read
    again as text, whole, so that the error is named where Python's json names it."""
    raw = _export_bytes(path)
    begin = len(codecs.BOM_UTF8) if raw.startswith(codecs.BOM_UTF8) else 0
    if not _is_utf8(raw, begin):
        raise ImportFileError(f"{path} is not a RelaxApp export (it is not UTF-8 text)")
    given = 0
    try:
        for record in _checked(_document_in_bytes(raw, begin), path):
            given += 1
            yield record
    except _ReadAsText:
        text = raw[begin:].decode("utf-8")
        del raw
        for index, record in enumerate(_checked(_document_in_text(text, path), path)):
            if index >= given:  # the same records, up to where the quick reading stopped
                yield record


def _checked(document, path: Path) -> Iterator[SessionRecord]:
    """The records of a document read as (top level, its sessions' items)."""
    data, items = next(document)
    _refuse_parse_problems(data, "", path)
    _check_header(data, path)
    seen = set()
    for index, item in (enumerate(data["sessions"]) if items is None else items):
        _refuse_parse_problems(item, f"sessions[{index}]", path)
        record = _record(item, f"sessions[{index}]", path)
        if record.uid in seen:
            raise ImportFileError(f"{path}: sessions[{index}].uid: {record.uid} appears twice")
        seen.add(record.uid)
        yield record


def _refuse_parse_problems(value, place: str, path: Path) -> None:
    """Refuse ``value`` (at ``place``) for the first duplicate key, non-finite number or
    unstorable text in it."""
    problems = strictjson.find_parse_problems(value, place)
    if problems:
        where, message = problems[0]
        raise ImportFileError(f"{path}: {where or 'top level'}: {message}")


def _export_bytes(path: Path) -> bytes:
    try:
        raw = files.read_limited(path, MAX_IMPORT_BYTES)
    except OSError as error:
        raise ImportFileError(f"cannot read {path}: {files.describe(error)}") from None
    if len(raw) > MAX_IMPORT_BYTES:
        size = max(path.stat().st_size, len(raw))
        raise ImportFileError(f"{path} is {size:,} bytes, more than an export can be "
                              f"({MAX_IMPORT_BYTES // (1024 * 1024)} MiB)")
    return raw


def _is_utf8(raw: bytes, begin: int) -> bool:
    """Whether ``raw`` is UTF-8 throughout, checked a megabyte at a time (not decoded whole)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        for at in range(begin, len(raw), 1 << 20):
            decoder.decode(raw[at:at + (1 << 20)])
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


# ------------------------------------------------------------ the quick reading, on bytes

class _ReadAsText(Exception):
    """The quick reading met what only a whole reading names well: read the text whole."""


# As strictjson._TOKEN, on bytes: '"', '\\' and the brackets are one byte in UTF-8 and never
# part of a longer character, so strings and nesting are found without decoding.
_BYTE_TOKEN = re.compile(rb'"(?:[^"\\]++|\\.)*+(?:"|\Z)|[\[\]{}]', re.DOTALL)
_BYTE_STRING = re.compile(rb'"(?:[^"\\]++|\\.)*+"', re.DOTALL)
_BYTE_SCALAR = re.compile(rb"[^\s,\]}:]+")
_BYTE_SPACE = re.compile(rb"[ \t\n\r]*")


def _document_in_bytes(raw: bytes, begin: int):
    """(top level, items) of an export read from its bytes; raises _ReadAsText."""
    depth = 0
    for match in _BYTE_TOKEN.finditer(raw, begin):
        if match.group() in (b"[", b"{"):
            depth += 1
            if depth > strictjson.MAX_DEPTH:
                raise _ReadAsText
        elif match.group() in (b"]", b"}"):
            depth -= 1
    index = _byte_expect(raw, begin, b"{")
    pairs: list[tuple[str, object]] = []
    sessions_at = None
    if raw[_skip(raw, index):_skip(raw, index) + 1] == b"}":
        index = _byte_expect(raw, index, b"}")
    else:
        while True:
            if raw[_skip(raw, index):_skip(raw, index) + 1] != b'"':
                raise _ReadAsText
            key, index = _byte_value(raw, index)
            index = _byte_expect(raw, index, b":")
            at = _skip(raw, index)
            if key == "sessions" and raw[at:at + 1] == b"[" and sessions_at is None:
                sessions_at, index = at, _byte_container_end(raw, at)
                value = []
            else:
                value, index = _byte_value(raw, index)
            pairs.append((key, value))
            found = raw[_skip(raw, index):_skip(raw, index) + 1]
            index = _byte_expect(raw, index, b",}")
            if found == b"}":
                break
    if _skip(raw, index) != len(raw):
        raise _ReadAsText
    data = strictjson._object_from_pairs(pairs)
    yield data, None if sessions_at is None else _byte_items(raw, sessions_at)


def _byte_items(raw: bytes, at: int) -> Iterator[tuple[int, object]]:
    index = _byte_expect(raw, at, b"[")
    if raw[_skip(raw, index):_skip(raw, index) + 1] == b"]":
        return
    number = 0
    while True:
        item, index = _byte_value(raw, index)
        yield number, item
        number += 1
        found = raw[_skip(raw, index):_skip(raw, index) + 1]
        index = _byte_expect(raw, index, b",]")
        if found == b"]":
            return


def _skip(raw: bytes, index: int) -> int:
    return _BYTE_SPACE.match(raw, index).end()


def _byte_expect(raw: bytes, index: int, allowed: bytes) -> int:
    index = _skip(raw, index)
    if raw[index:index + 1] == b"" or raw[index] not in allowed:
        raise _ReadAsText
    return index + 1


def _byte_container_end(raw: bytes, at: int) -> int:
    depth = 0
    for match in _BYTE_TOKEN.finditer(raw, at):
        token = match.group()
        if token in (b"[", b"{"):
            depth += 1
        elif token in (b"]", b"}"):
            depth -= 1
            if depth == 0:
                return match.end()
    raise _ReadAsText


def _byte_value(raw: bytes, index: int) -> tuple[object, int]:
    """The value at ``index``: its bytes found without decoding, then decoded and parsed
    strictly, alone."""
    start = _skip(raw, index)
    first = raw[start:start + 1]
    if first in (b"[", b"{"):
        end = _byte_container_end(raw, start)
    else:
        match = (_BYTE_STRING if first == b'"' else _BYTE_SCALAR).match(raw, start)
        if match is None:
            raise _ReadAsText
        end = match.end()
    text = raw[start:end].decode("utf-8")
    try:
        value, used = strictjson.value_at(text, 0)
    except strictjson.JsonSyntaxError:
        raise _ReadAsText from None
    if used != len(text):
        raise _ReadAsText
    return value, end


# ------------------------------------------------------------ the whole reading, on text

def _document_in_text(text: str, path: Path):
    """(top level, items) of an export read as text: the same, with every error named
    where Python's json names it."""
    try:
        strictjson.check_depth(text)
        if not text.lstrip(" \t\n\r").startswith("{"):  # not an export: said as for any
            data, sessions_at = strictjson.loads(text), None
        else:
            data, sessions_at = _top_level(text)
    except strictjson.JsonSyntaxError as error:
        raise _not_json(path, error) from None
    yield data, None if sessions_at is None else _items(text, sessions_at, path)


def _not_json(path: Path, error: strictjson.JsonSyntaxError) -> ImportFileError:
    where = f" at line {error.line}, column {error.column}" if error.line else ""
    return ImportFileError(f"{path} is not valid JSON{where}: {error.message}")


class _Streamed(list):
    """Stands for the sessions array while the rest of the document is checked."""


def _top_level(text: str) -> tuple[strictjson.JsonObject, int | None]:
    """The export's top-level object with its sessions array left unread (where it opens
    is returned), as strictly as ``strictjson.loads`` would read it."""
    _, index = strictjson.expect(text, 0, "{", "'{'")
    pairs: list[tuple[str, object]] = []
    sessions_at = None
    if strictjson.skip_space(text, index) < len(text) and \
            text[strictjson.skip_space(text, index)] == "}":
        _, index = strictjson.expect(text, index, "}", "'}'")
    else:
        while True:
            strictjson.expect(text, index, '"', "property name enclosed in double quotes")
            key, index = strictjson.value_at(text, index)
            _, index = strictjson.expect(text, index, ":", "':' delimiter")
            at = strictjson.skip_space(text, index)
            if key == "sessions" and text[at:at + 1] == "[" and sessions_at is None:
                try:
                    sessions_at, index = at, strictjson.end_of_container(text, at)
                except strictjson.JsonSyntaxError as unterminated:
                    raise _first_error_in(text, at) or unterminated from None
                value = _Streamed()
            else:
                value, index = strictjson.value_at(text, index)
            pairs.append((key, value))
            found, index = strictjson.expect(text, index, ",}", "',' delimiter")
            if found == "}":
                break
    if strictjson.skip_space(text, index) != len(text):
        raise strictjson._syntax_error("Extra data", text, strictjson.skip_space(text, index))
    return strictjson._object_from_pairs(pairs), sessions_at


def _first_error_in(text: str, at: int) -> strictjson.JsonSyntaxError | None:
    """The syntax error in an array left open, where Python's json would name it (read an
    item at a time, not built whole)."""
    try:
        for _ in _raw_items(text, at):
            pass
    except strictjson.JsonSyntaxError as error:
        return error
    return None


def _raw_items(text: str, at: int) -> Iterator[object]:
    """The items of the array that opens at ``at``, one at a time; JsonSyntaxError."""
    _, index = strictjson.expect(text, at, "[", "'['")
    start = strictjson.skip_space(text, index)
    if text[start:start + 1] == "]":
        return
    while True:
        item, index = strictjson.value_at(text, index)
        yield item
        found, index = strictjson.expect(text, index, ",]", "',' delimiter")
        if found == "]":
            return


def _items(text: str, at: int, path: Path) -> Iterator[tuple[int, object]]:
    """The sessions array's items, one at a time (checked by the caller)."""
    try:
        yield from enumerate(_raw_items(text, at))
    except strictjson.JsonSyntaxError as error:
        raise _not_json(path, error) from None


def _check_header(data, path: Path) -> None:
    if not isinstance(data, dict) or "sessions" not in data or "format" not in data:
        raise ImportFileError(f"{path} is not a RelaxApp export (it needs \"format\" and \"sessions\")")
    version = data["format"]
    if isinstance(version, bool) or not isinstance(version, int):
        raise ImportFileError(f"{path}: format: must be a whole number (got {version!r})")
    if version > EXPORT_FORMAT:
        raise ImportFileError(f"{path} was exported by a newer version of RelaxApp "
                           f"(format {version}); update RelaxApp to import it")
    if version != EXPORT_FORMAT:
        raise ImportFileError(f"{path}: format: must be {EXPORT_FORMAT} (got {version})")
    if not isinstance(data["sessions"], list):
        raise ImportFileError(f"{path}: sessions: must be a list")


_FIELDS = set(SESSION_COLUMNS) | {"regions", "symptoms", "heart"}
_REQUIRED = ("uid", "started_at", "source", "title", "status", "practiced_seconds")


def _record(item, place: str, path: Path) -> SessionRecord:
    def fail(key: str, message: str):
        raise ImportFileError(f"{path}: {place}.{key}: {message}" if key else f"{path}: {place}: {message}")

    if not isinstance(item, dict):
        fail("", "each session must be an object")
    for key in item:
        if key not in _FIELDS:
            fail(key, "unknown field")
    for key in _REQUIRED:
        if item.get(key) is None:
            fail(key, "required, but missing")

    def text(key, limit, pattern=None, required=False):
        value = item.get(key)
        if value is None:
            return None
        if not isinstance(value, str) or (required and not value.strip()):
            fail(key, "must be a non-empty string" if required else "must be a string")
        if len(value) > limit:
            fail(key, f"must be at most {limit:,} characters")
        if pattern is not None and not pattern.fullmatch(value):  # no final newline
            fail(key, f"is not valid ({value[:40]!r})")
        return value

    def choice(key, options):
        value = item.get(key)
        if value is not None and value not in options:
            fail(key, f"must be one of {', '.join(options)} (got {str(value)[:40]!r})")
        return value

    def whole(key, low, high):
        value = item.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            fail(key, f"must be a whole number from {low} to {high} (got {str(value)[:40]})")
        return value

    def moment(key):
        value = text(key, 40)
        if value is None:
            return None
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            fail(key, f"is not an ISO 8601 date and time ({value!r})")
        if parsed.tzinfo is None:
            fail(key, f"needs a UTC offset ({value!r})")
        return parsed

    uid = text("uid", 64, UID_PATTERN)
    started = moment("started_at")
    ended = moment("ended_at")
    if ended is not None and ended < started:
        fail("ended_at", "is before started_at")
    pace = item.get("pace")
    if pace is not None and (isinstance(pace, bool) or not isinstance(pace, (int, float))
                             or not 0 < pace <= 60):
        fail("pace", f"must be a number of breaths a minute above 0 and at most 60 (got {pace!r})")
    regions = item.get("regions") or {}
    if not isinstance(regions, dict):
        fail("regions", "must be an object")
    for when, ratings in regions.items():
        if when not in MOMENTS or not isinstance(ratings, dict):
            fail("regions", f"must map \"before\" and \"after\" to ratings (got {when[:40]!r})")
        for region, value in ratings.items():
            if region not in REGIONS:
                fail(f"regions.{when}", f"unknown body region {region[:40]!r}")
            if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 10:
                fail(f"regions.{when}.{region}", f"must be a whole number from 0 to 10 (got {value!r})")
    symptoms = item.get("symptoms") or []
    if not isinstance(symptoms, list) or any(code not in BY_CODE for code in symptoms
                                             if isinstance(code, str)) \
            or not all(isinstance(code, str) for code in symptoms):
        fail("symptoms", f"must be a list of: {', '.join(BY_CODE)}")
    heart = item.get("heart")
    if heart is not None:
        try:
            heart = dict(zip(HEART_COLUMNS, check_heart(heart)))
        except ValueError as error:
            fail("heart", str(error))
    return SessionRecord(
        uid=uid, started_at=iso(started), ended_at=iso(ended) if ended else None,
        source=choice("source", SOURCES), session_id=text("session_id", 64),
        title=text("title", MAX_TITLE, required=True), kind=choice("kind", KINDS),
        planned_seconds=whole("planned_seconds", 0, MAX_SECONDS),
        practiced_seconds=whole("practiced_seconds", 0, MAX_SECONDS),
        status=choice("status", STATUSES), pace=float(pace) if pace is not None else None,
        tension_before=whole("tension_before", 0, 10), tension_after=whole("tension_after", 0, 10),
        note=text("note", MAX_NOTE), regions={k: dict(v) for k, v in regions.items() if v},
        symptoms=list(dict.fromkeys(symptoms)), heart=heart,
    )


FUTURE_GRACE = timedelta(days=1)  # time zones and a clock a little off, not a future


def import_file(store: Store, path: Path, now: datetime | None = None) -> tuple[int, int]:
    """(added, already present). All or nothing: one transaction, rolled back at the first
    record that fails its checks; the sessions are read and written one at a time, so an
    export of years is never held whole. A session that begins after ``now`` (and a day's
    grace) is refused: it would count in every "last N days" as practice not done yet."""
    latest = (now or wall_now()) + FUTURE_GRACE
    read = 0
    with store.adding() as add:
        for index, record in enumerate(export_records(path)):
            if datetime.fromisoformat(record.started_at) > latest:
                raise ImportFileError(f"{path}: sessions[{index}].started_at: is in the future "
                                      f"({record.started_at}); nothing was imported")
            add(record)
            read += 1
        added = add.count
    return added, read - added
