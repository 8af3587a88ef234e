"""Sessions in the person's language: a translation is the session's file again, in a folder
named for its language beside the original (``sessions/de/pmr-4-groups.json``), with the
same id and ``"language": "de"``.

A translation is checked like any session, and then against its original: the same steps,
of the same kinds, with the same timings, regions and settings. Only the words differ
(``WORDS``). One that does not match is reported, like a broken file, and the original is
shown in its own language; so is a session with no translation (``LoadedSession.language``
says which language its words are in, and the start page says so).

The learning path's headings are translated the same way: ``sessions/de/learning-path.txt``,
the same ids under headings in the language.
"""

from __future__ import annotations

from dataclasses import fields, is_dataclass
from pathlib import Path

from relaxapp.core.language import tr
from relaxapp.core.scripts import Problem, Script, ScriptError, load_script

# What a translation changes: every other field must be as in the original.
WORDS = frozenset({"title", "summary", "tags", "cautions", "text", "name", "label", "tense",
                   "release", "language", "extras"})


_KEPT: dict[type, tuple[str, ...]] = {}  # each dataclass's fields that are not words


def _without_words(value):
    """``value`` with its words blanked, all the way down: what must match the original.
    (A translation is checked as the library loads: this runs for every session.)"""
    kind = type(value)
    if kind is tuple:
        return tuple(_without_words(item) for item in value)
    kept = _KEPT.get(kind)
    if kept is None:
        if not is_dataclass(value):
            return value
        kept = _KEPT[kind] = tuple(f.name for f in fields(value) if f.init and f.name not in WORDS)
    return kind, tuple(_without_words(getattr(value, name)) for name in kept)


def _first_difference(original, translation, where: str = "") -> str:
    """Where two scripts first differ in more than words, as a path into the file."""
    if is_dataclass(original) and type(original) is type(translation):
        for name in _KEPT.get(type(original)) or ():
            a, b = getattr(original, name), getattr(translation, name)
            if _without_words(a) != _without_words(b):
                return _first_difference(a, b, f"{where}.{name}" if where else name)
        return where
    if isinstance(original, tuple) and isinstance(translation, tuple):
        if len(original) != len(translation):
            return where
        for index, (a, b) in enumerate(zip(original, translation)):
            if _without_words(a) != _without_words(b):
                return _first_difference(a, b, f"{where}[{index}]")
    return where


def check_translation(original: Script, translation: Script, file: str) -> list[Problem]:
    """What keeps ``translation`` from standing for ``original``: nothing if it differs in
    words alone."""
    if translation.id != original.id:
        return [Problem(file, tr("a translation has the id of its original, “{id}”").format(
            id=original.id), "id")]
    if _without_words(original) == _without_words(translation):
        return []
    where = _first_difference(original, translation) or "steps"
    return [Problem(file, tr("a translation differs from its original only in its words; "
                             "here it differs in more (the original: {file})").format(
        file=original.id + ".json"), where)]


def translation_file(original: Path, language: str) -> Path:
    return original.parent / language / original.name


def load_translation(original: Script, path: Path, language: str,
                     display_name: str | None = None) -> tuple[Script | None, list[Problem]]:
    """The translation into ``language`` of the session read from ``path``, if there is
    one that matches it; and what is wrong with one that does not."""
    found = translation_file(path, language)
    if not found.exists():
        return None, []
    name = display_name or str(found)
    try:
        translation = load_script(found, name)
    except ScriptError as error:
        return None, error.problems
    if translation.language.split("-")[0].lower() != language:
        return None, [Problem(name, tr("a translation in the “{folder}” folder is written in "
                                       "that language: its “language” is “{language}”").format(
            folder=language, language=translation.language), "language")]
    problems = check_translation(original, translation, name)
    return (None, problems) if problems else (translation, [])
