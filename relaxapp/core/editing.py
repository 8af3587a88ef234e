"""Making and changing sessions without writing JSON. Qt-free.

The editor works on a script as its JSON document (a dict), not on the parsed ``Script``:
whatever it does not show (``x-`` keys, a phase's ``to``, a list of release lengths) is
kept as it was. ``check`` runs the very validator of ``relaxapp validate`` on it, and
``to_text`` writes it in one stable, diff-friendly form.
"""

from __future__ import annotations

import copy
import json
import re
import unicodedata
from functools import lru_cache
from typing import Iterable

from relaxapp.core.language import SOURCE_LANGUAGE, spoken
from relaxapp.core.scripts import FORMAT_VERSION, Problem, Script, ScriptError, parse_script

# The order keys are written in: the format's own order, then anything else as found.
TOP_KEYS = ("format", "id", "title", "summary", "tags", "language", "cautions", "sources",
            "quiet_end", "choose_pace", "steps")
STEP_KEYS = ("type", "text", "seconds", "name", "regions", "tense", "tense_seconds", "release",
             "release_seconds", "repeat", "pattern", "cycles", "minutes", "pace")
PHASE_KEYS = ("phase", "seconds", "label", "to")
MAX_TITLE = 80
MINE = " (mine)"


def ordered(item: dict, keys: Iterable[str]) -> dict:
    keys = tuple(keys)
    first = {key: item[key] for key in keys if key in item}
    return first | {key: value for key, value in item.items() if key not in first}


def to_text(data: dict) -> str:
    """The document as a file: keys in the format's order, two-space indent, and each
    breathing phase on one line, so that a change to one phase is one changed line."""
    document = ordered(data, TOP_KEYS)
    steps = document.get("steps")
    if isinstance(steps, list):
        document["steps"] = [ordered(step, STEP_KEYS) if isinstance(step, dict) else step
                             for step in steps]
    text = json.dumps(document, indent=2, ensure_ascii=False)
    # A phase object, written over several lines, is folded onto one.
    return re.sub(r'\{\n[^{}\[\]]*?\n\s*"phase": [^{}\[\]]*?\n\s*\}|'
                  r'\{\n\s*"phase": [^{}\[\]]*?\n\s*\}', _one_line, text) + "\n"


def _one_line(match: re.Match) -> str:
    phase = json.loads(match.group(0))
    return json.dumps(ordered(phase, PHASE_KEYS), ensure_ascii=False)


def check(data: dict, file: str = "this session") -> tuple[Script | None, list[Problem]]:
    """The session as RelaxApp would load it, or the problems, as ``relaxapp validate``
    words them."""
    try:
        return parse_script(to_text(data), file), []
    except ScriptError as error:
        return None, error.problems


def free_id(wanted: str, taken: Iterable[str]) -> str:
    """An id like ``wanted`` that no session has: 'box-breathing-mine', then '-2', '-3'..."""
    base = re.sub(r"[^a-z0-9]+", "-", wanted.lower()).strip("-")[:56] or "session"
    taken = set(taken)
    if base not in taken:
        return base
    number = 2
    while f"{base}-{number}" in taken:
        number += 1
    return f"{base}-{number}"


def new_mark() -> str:
    """A few random letters for a new session's id (see ``id_for``)."""
    import secrets

    return secrets.token_hex(2)


def mark_of(session_id: str) -> str | None:
    """The random letters ``id_for`` put at the end of an id, if it has them."""
    found = re.search(r"-([0-9a-f]{4})(?:-\d+)?$", session_id)
    return found.group(1) if found else None


def id_for(title: str, taken: Iterable[str], mark: str | None = None) -> str:
    """A new session's id: its title's words and ``mark`` (random unless given), so it is
    readable, free among ``taken``, and unlikely to meet another person's session of the
    same title when sessions are shared ('my-breathing-3f9a')."""
    plain = unicodedata.normalize("NFKD", str(title)).encode("ascii", "ignore").decode()
    words = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[:50].strip("-")
    return free_id(f"{words or 'session'}-{mark or new_mark()}", taken)


def copy_of(data: dict, taken: Iterable[str], mark: str | None = None,
            suffix: str = MINE) -> dict:
    """The person's own copy of a session: ``suffix`` in its title, and an id of its own."""
    mine = copy.deepcopy(data)
    title = str(data.get("title", "Session"))
    suffix = spoken(suffix, language_of(data))  # in the session's own language
    mine["title"] = title[:MAX_TITLE - len(suffix)] + suffix
    mine["id"] = id_for(mine["title"], taken, mark)
    return mine


def _new(title: str, steps: list, taken: Iterable[str], mark: str | None,
         language: str) -> dict:
    """A new session's document, in ``language`` (said in it, and marked so)."""
    document = {"format": FORMAT_VERSION, "id": id_for(title, taken, mark), "title": title,
                "summary": ""}
    if language != SOURCE_LANGUAGE:
        document["language"] = language
    return document | {"steps": steps}


def new_breathing(taken: Iterable[str], mark: str | None = None,
                  language: str = SOURCE_LANGUAGE) -> dict:
    """A calm start: in for 4, out for 6, five minutes; worded in ``language`` ("de")."""
    return _new(spoken("My breathing", language), [
        {"type": "say", "text": spoken("Sit comfortably, and let your shoulders drop.", language),
         "seconds": 8},
        breathing_step(language),
    ], taken, mark, language)


def breathing_step(language: str = SOURCE_LANGUAGE) -> dict:
    return {"type": "breathe", "pattern": [{"phase": "inhale", "seconds": 4},
                                           {"phase": "exhale", "seconds": 6}],
            "minutes": 5, "text": spoken("Breathe low and slow, into your belly.", language)}


def new_relaxation(taken: Iterable[str], regions: Iterable[str] = ("neck", "shoulders", "jaw"),
                   texts: dict[str, dict] | None = None, mark: str | None = None,
                   language: str = SOURCE_LANGUAGE) -> dict:
    """A short routine for the places named, its texts from the bundled 16 groups (in the
    same language: ``texts``)."""
    steps = [{"type": "say", "text": spoken("Settle in. Tense each place firmly but never to "
                                            "pain, then let go all at once.", language),
              "seconds": 10}]
    steps += [muscle_step([region], texts, language) for region in regions]
    return _new(spoken("My relaxation", language), steps, taken, mark, language)


def muscle_step(regions: list[str], texts: dict[str, dict] | None = None,
                language: str = SOURCE_LANGUAGE) -> dict:
    """A tense-and-release step for ``regions``, worded as the bundled step that works on
    most of them (see ``texts_by_region``), so nobody starts from a blank box."""
    texts = texts if texts is not None else {}
    known = [texts[region] for region in regions if region in texts]
    if known:
        found = max(known, key=lambda step: len(set(step["regions"]) & set(regions)))
        return {"type": "muscle", "name": found["name"], "regions": list(regions),
                "tense": found.get("tense", spoken("Tense these muscles.", language)),
                "tense_seconds": 7, "release": found["release"], "release_seconds": 30}
    name = ", ".join(regions).replace("_", " ").capitalize() or spoken("Muscles", language)
    return {"type": "muscle", "name": name, "regions": list(regions),
            "tense": spoken("Tense these muscles firmly, never to pain.", language),
            "tense_seconds": 7, "release": spoken("And let go. Notice the difference.", language),
            "release_seconds": 30}


def say_step(language: str = SOURCE_LANGUAGE) -> dict:
    return {"type": "say", "text": spoken("Notice how you feel.", language), "seconds": 8}


def language_of(data: dict) -> str:
    """The language a session document is written in ("de" for "de-CH"): what the editor
    adds to it is written in it too."""
    value = data.get("language")
    return value.split("-")[0].lower() if isinstance(value, str) and value else SOURCE_LANGUAGE


@lru_cache(maxsize=1)
def _bundled_texts(path: str) -> tuple[tuple[str, dict], ...]:
    with open(path, encoding="utf-8") as stream:
        data = json.load(stream)
    found: dict[str, dict] = {}
    for step in data.get("steps", []):
        if step.get("type") == "muscle":
            for region in step.get("regions", []):
                found.setdefault(region, step)
    return tuple(found.items())


def texts_by_region(bundled_16_groups: str) -> dict[str, dict]:
    """region -> the first step of the bundled 16-group session that works on it."""
    return dict(_bundled_texts(bundled_16_groups))


class IdTaken(ValueError):
    """An imported session has the id of one of the person's own: nothing was written."""

    def __init__(self, message: str, session_id: str):
        super().__init__(message)
        self.session_id = session_id


COPY = " (copy)"


def import_session(source, folder, own_ids: Iterable[str], as_copy: bool = False,
                   mark: str | None = None):
    """Copy a session file into the person's folder, once the validator accepts it; the
    new file's path. Raises ScriptError (what is wrong, and where) or IdTaken (an id
    already among the person's own; ``as_copy`` then imports it with an id of its own and
    "(copy)" in its title). A bundled session's id is allowed: the file then replaces the
    bundled one, as any file of the person's with that id does."""
    from pathlib import Path

    from relaxapp.core import files
    from relaxapp.core.scripts import MAX_FILE_BYTES, load_script

    source, folder = Path(source), Path(folder)
    script = load_script(source, source.name)
    own_ids = set(own_ids)
    raw = files.read_limited(source, MAX_FILE_BYTES)
    if script.id in own_ids:
        if not as_copy:
            raise IdTaken(f"{source.name}: you already have a session with the id "
                          f"“{script.id}”", script.id)
        data = copy_of(json.loads(raw.decode("utf-8-sig")), own_ids, mark, COPY)
        raw = to_text(data).encode("utf-8")
        script = parse_script(raw.decode("utf-8"), source.name)  # still valid, as written
    target = files.free_path(folder, script.id)
    files.write_whole(target, raw)
    return target
