"""The voice's lines on disk: each a WAV file keyed by voice, speaking rate and text, so a
session heard once is ready at once the next time; the voice a choice had last time (so no
worker need start for lines already rendered); and the last few clips decoded, ready to
play within a frame."""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from pathlib import Path

from relaxapp.audio import load_wav
from relaxapp.speech.audio import duration_ms

RENDERING = 2  # raised when lines are rendered differently: older clips are made again
PRELOADED = 6  # voice clips kept decoded, ready to play at once


def cache_path(cache_dir: Path, voice: str, rate: float, text: str) -> Path:
    key = f"{RENDERING}\n{rate:.2f}\n{text}"
    digest = hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()
    return cache_dir / voice / f"{digest[:32]}.wav"


def cached_ms(path: Path | None) -> int | None:
    """How long the clip at ``path`` is; None if there is none, or it is damaged (it is then
    rendered again)."""
    try:
        return duration_ms(path) if path is not None and path.exists() else None
    except (OSError, EOFError, ValueError):
        return None


def _voice_note(cache_dir: Path, choice: str) -> Path:
    return cache_dir / f"{choice}.voice"


def remembered_voice(cache_dir: Path, choice: str) -> str | None:
    """The voice the worker had for this choice last time, if it left a note."""
    try:
        voice = _voice_note(cache_dir, choice).read_text(encoding="utf-8").strip()
    except (OSError, ValueError):
        return None
    return voice if voice and Path(voice).name == voice else None


def remember_voice(cache_dir: Path, choice: str, voice: str) -> None:
    try:
        if remembered_voice(cache_dir, choice) != voice:
            note = _voice_note(cache_dir, choice)
            note.parent.mkdir(parents=True, exist_ok=True)
            note.write_text(voice, encoding="utf-8")
    except OSError:
        pass  # a read-only cache: the worker is asked each time, as before


class Clips:
    """The last PRELOADED lines' samples, read from the cache once and kept for the next
    few uses."""

    def __init__(self):
        self._kept: OrderedDict[str, object] = OrderedDict()

    def get(self, text: str, path: Path):
        """The samples of ``text``'s clip at ``path``; raises OSError, EOFError or
        ValueError if it is gone or damaged."""
        clip = self._kept.get(text)
        if clip is None:
            clip = self._kept[text] = load_wav(path)
            while len(self._kept) > PRELOADED:
                self._kept.popitem(last=False)
        self._kept.move_to_end(text)
        return clip

    def clear(self) -> None:
        self._kept.clear()
