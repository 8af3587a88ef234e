"""The session library: bundled scripts plus the user's own, with override rules.

Bad files never hide good ones: each file is loaded on its own and its problems
are collected next to the sessions that did load.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Literal

from relaxapp.core.scripts import Problem, Script, ScriptError, load_script

SCHEMA_FILE = "schema.json"  # the format's JSON Schema, shipped beside the sessions

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


@dataclass
class Library:
    sessions: list[LoadedSession] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def get(self, session_id: str) -> LoadedSession | None:
        return next((s for s in self.sessions if s.id == session_id), None)

    def by_kind(self, kind: str) -> list[LoadedSession]:
        return [s for s in self.sessions if s.script.kind == kind]


def script_files(folder: Path) -> list[Path]:
    """The session files of a folder, in file-name order (which decides duplicates)."""
    return sorted(
        (path for path in folder.iterdir()
         if path.suffix.lower() == ".json" and not path.name.startswith(".")
         and path.name != SCHEMA_FILE and not path.is_dir()),
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
                f'the id "{script.id}" is already used by {name_of(first.path)}; '
                "this file is not loaded", "id"))
            continue
        loaded[script.id] = LoadedSession(script, path, origin)
    return list(loaded.values()), problems


def _folder_files(folder: Path | None) -> tuple[list[Path], list[Problem]]:
    if folder is None or not folder.exists():
        return [], []
    try:
        return script_files(folder), []
    except OSError as error:
        return [], [Problem(str(folder), f"cannot read the folder: {error.strerror or error}")]


def load_library(bundled_dir: Path | None, user_dir: Path | None) -> Library:
    """Bundled sessions, then the user's; a user's session replaces a bundled one of its id."""
    library = Library()
    bundled_files, problems = _folder_files(bundled_dir)
    library.problems.extend(problems)
    bundled, problems = load_files(bundled_files, "bundled")
    library.problems.extend(problems)
    user_files, problems = _folder_files(user_dir)
    library.problems.extend(problems)
    user, problems = load_files(user_files, "user")
    library.problems.extend(problems)

    user_ids = {session.id for session in user}
    bundled_ids = {session.id for session in bundled}
    library.sessions = [s for s in bundled if s.id not in user_ids] + [
        LoadedSession(s.script, s.path, "user", replaces_bundled=s.id in bundled_ids)
        for s in user
    ]
    return library
