"""The session library: bundled scripts plus the user's own, with override rules.

Bad files never hide good ones: each file is loaded on its own and its problems
are collected next to the sessions that did load.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable, Literal

from relaxapp.core.scripts import Problem, Script, ScriptError, load_script
from relaxapp.core.language import QT_TR_NOOP, SOURCE_LANGUAGE, tr

SCHEMA_FILE = "schema.json"  # the format's JSON Schema, shipped beside the sessions
PATH_FILE = "learning-path.txt"  # the bundled library's sections and order
KIND_HEADINGS = {"breathing": QT_TR_NOOP("Breathing"),
                 "pmr": QT_TR_NOOP("Progressive muscle relaxation"),
                 "mixed": QT_TR_NOOP("Breathing and relaxation")}  # shown through tr

Origin = Literal["bundled", "user"]


@dataclass(frozen=True)
class LoadedSession:
    script: Script
    path: Path
    origin: Origin
    replaces_bundled: bool = False  # a user's file with the id of a bundled session

    @property
    def id(self) -> str:
        return self.script.id


Section = tuple[str, tuple[str, ...]]  # a heading and the ids under it, in order


@dataclass
class Library:
    sessions: list[LoadedSession] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    path: list[Section] = field(default_factory=list)

    def get(self, session_id: str) -> LoadedSession | None:
        return next((s for s in self.sessions if s.id == session_id), None)

    def by_kind(self, kind: str) -> list[LoadedSession]:
        return [s for s in self.sessions if s.script.kind == kind]

    def sections(self) -> list[tuple[str, list[LoadedSession]]]:
        """What the library shows, in order: the learning path's sections, then every
        session it does not name, by kind and length. Empty sections are left out."""
        placed: set[str] = set()
        result = []
        for heading, ids in self.path:
            sessions = []
            for session in map(self.get, ids):
                if session is not None and session.id not in placed:  # each shown once
                    placed.add(session.id)
                    sessions.append(session)
            result.append((heading, sessions))
        rest = [s for s in self.sessions if s.id not in placed]
        for kind, heading in KIND_HEADINGS.items():
            sessions = sorted((s for s in rest if s.script.kind == kind),
                              key=lambda s: (s.script.planned_ms, s.script.title))
            result.append((tr(heading), sessions))
        return [(heading, sessions) for heading, sessions in result if sessions]


def read_path(text: str) -> list[Section]:
    """Sections from a learning-path file: "## Heading" lines, then one id a line."""
    sections: list[tuple[str, list[str]]] = []
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("## "):
            sections.append((line[3:].strip(), []))
        elif line and not line.startswith("#") and sections:
            sections[-1][1].append(line)
    return [(heading, tuple(ids)) for heading, ids in sections]


def script_files(folder: Path) -> list[Path]:
    """The session files of a folder, in file-name order (which decides duplicates). A
    folder named like one (``x.json``) is among them, to be named as skipped, not passed
    over without a word."""
    return sorted(
        (path for path in folder.iterdir()
         if path.suffix.lower() == ".json" and not path.name.startswith(".")
         and path.name != SCHEMA_FILE),
        key=lambda path: path.name,
    )


def load_files(paths: Iterable[Path], origin: Origin,
               name_of=str) -> tuple[list[LoadedSession], list[Problem]]:
    """Load files in order; the first file with an id wins, later ones are errors."""
    loaded: dict[str, LoadedSession] = {}
    problems: list[Problem] = []
    for path in paths:
        try:
            script = load_script(path, name_of(path))
        except ScriptError as error:
            problems.extend(error.problems)
            continue
        first = loaded.get(script.id)
        if first is not None:
            problems.append(Problem(
                name_of(path),
                tr('the id "{id}" is already used by {file}; this file is not loaded').format(
                    id=script.id, file=name_of(first.path)), "id"))
            continue
        loaded[script.id] = LoadedSession(script, path, origin)
    return list(loaded.values()), problems


def _folder_files(folder: Path | None) -> tuple[list[Path], list[Problem]]:
    if folder is None or not folder.exists():
        return [], []
    try:
        return script_files(folder), []
    except OSError as error:
        return [], [Problem(str(folder), tr("cannot read the folder: {reason}").format(
            reason=error.strerror or error))]


def load_library(bundled_dir: Path | None, user_dir: Path | None,
                 language: str = SOURCE_LANGUAGE) -> Library:
    """Bundled sessions, then the user's; a user's session replaces a bundled one of its id.
    Each in ``language`` where it has a translation (relaxapp.core.translations)."""
    library = Library()
    bundled_files, problems = _folder_files(bundled_dir)
    library.problems.extend(problems)
    bundled, problems = load_files(bundled_files, "bundled")
    library.problems.extend(problems)
    user_files, problems = _folder_files(user_dir)
    library.problems.extend(problems)
    user, problems = load_files(user_files, "user")
    library.problems.extend(problems)
    if language != SOURCE_LANGUAGE:
        bundled, user = (_translated(sessions, language, library.problems)
                         for sessions in (bundled, user))

    user_ids = {session.id for session in user}
    bundled_ids = {session.id for session in bundled}
    library.sessions = [s for s in bundled if s.id not in user_ids] + [
        LoadedSession(s.script, s.path, "user", replaces_bundled=s.id in bundled_ids)
        for s in user
    ]
    if bundled_dir is not None:
        try:
            library.path = read_path((bundled_dir / PATH_FILE).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):
            pass  # no path: the library is shown by kind
        if language != SOURCE_LANGUAGE and library.path:
            try:
                translated = read_path((bundled_dir / language / PATH_FILE).read_text(
                    encoding="utf-8"))
            except (OSError, UnicodeDecodeError):
                translated = []  # the headings stay in English
            if [ids for _, ids in translated] == [ids for _, ids in library.path]:
                library.path = translated
    return library


def _translated(sessions: list[LoadedSession], language: str,
                problems: list[Problem]) -> list[LoadedSession]:
    """Each session in ``language`` where a matching translation is found beside it."""
    from relaxapp.core.translations import load_translation, translation_file

    result = []
    for session in sessions:
        if session.script.language.split("-")[0].lower() == language:
            result.append(session)
            continue
        script, wrong = load_translation(session.script, session.path, language)
        problems.extend(wrong)
        result.append(session if script is None else
                      replace(session, script=script,
                              path=translation_file(session.path, language)))
    return result
