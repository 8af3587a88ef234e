"""The user's data folder: option, then environment, then the platform default."""

from __future__ import annotations

import os
from pathlib import Path

DATA_DIR_ENV = "RELAXAPP_DATA_DIR"
DATABASE_NAME = "relaxapp.db"
USER_SESSIONS = "sessions"


def data_dir(option: str | os.PathLike | None = None) -> Path:
    """The --data-dir option wins over RELAXAPP_DATA_DIR, which wins over the default.
    An empty --data-dir is refused (ValueError): it once meant the default, silently."""
    if option is not None:
        if not str(option).strip():
            raise ValueError("--data-dir is empty: give a folder, or leave the option out")
        return Path(option).expanduser()
    from_env = os.environ.get(DATA_DIR_ENV)
    if from_env:
        return Path(from_env).expanduser()
    from platformdirs import user_data_path

    return user_data_path("relaxapp", appauthor=False)


def speech_cache_dir(base: Path) -> Path:
    """Rendered voice lines: made again whenever missing, so safe to delete."""
    return base / "cache" / "speech"


def voices_dir(base: Path) -> Path:
    """Natural voices the person adds, one folder each (relaxapp.speech.voice_folder)."""
    return base / "voices"


def user_sessions_dir(base: Path) -> Path:
    return base / USER_SESSIONS


def ensure_data_dir(base: Path) -> None:
    """Create the data folder and its sessions folder; the app creates what is missing."""
    user_sessions_dir(base).mkdir(parents=True, exist_ok=True)
