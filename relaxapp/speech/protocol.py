"""What the window and the speech worker say to each other: one JSON object a line, each way.

The worker first says which voice it has, and the protocol it speaks:
``{"ready": true, "voice": ID, "protocol": VERSION}`` or ``{"ready": false, "error": ...}``.
Then it answers each request ``{"id": N, "text": ..., "rate": R, "path": P}`` with
``{"id": N, "ok": true, "ms": M}`` once the audio is at P, or
``{"id": N, "ok": false, "error": ...}``.

Both ends, and the tests' stand-in workers, read and write it here only. ``VERSION`` goes
up with any change a worker of the old version would misread; the window refuses a worker
that speaks another (a half-finished upgrade) and says so, rather than misreading it.
Standard library only: the worker must load no Qt.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

VERSION = 1


@dataclass(frozen=True)
class Request:
    id: int
    text: str
    rate: float
    path: Path


@dataclass(frozen=True)
class Ready:
    """The worker's first line: a voice (``voice``), or why there is none (``error``)."""
    voice: str | None
    error: str = ""
    version: int = VERSION


@dataclass(frozen=True)
class Rendered:
    id: int
    ms: int  # the length of the audio written


@dataclass(frozen=True)
class Failed:
    id: int | None  # None: the request could not even be read
    error: str


Answer = Ready | Rendered | Failed


def _line(message: dict) -> bytes:
    return (json.dumps(message) + "\n").encode()


def _an_id(value) -> int | None:
    """A request's id as written: a whole number (JSON's true is not one)."""
    return value if isinstance(value, int) and not isinstance(value, bool) else None


# ---------------------------------------------------------------- the window's end

def request_line(request: Request) -> bytes:
    return _line({"id": request.id, "text": request.text, "rate": request.rate,
                  "path": str(request.path)})


def read_answer(raw: bytes) -> Answer | None:
    """A line from the worker, or None if it is not one of ours (a library printing to
    stdout, a line cut short)."""
    try:
        message = json.loads(raw)
    except (ValueError, RecursionError):
        return None
    if not isinstance(message, dict):
        return None
    if "ready" in message:
        if message["ready"] is True and isinstance(message.get("voice"), str):
            # A worker older than the version field speaks version 1.
            version = message.get("protocol", 1)
            return Ready(message["voice"], version=version if isinstance(version, int) else -1)
        return Ready(None, str(message.get("error", "unknown reason")))
    answer_id = _an_id(message.get("id"))
    if answer_id is None:
        return None
    if message.get("ok") is True:
        ms = message.get("ms", 0)
        return Rendered(answer_id, ms if isinstance(ms, int) and ms >= 0 else 0)
    return Failed(answer_id, str(message.get("error", "")))


# ---------------------------------------------------------------- the worker's end

def ready_line(voice: str) -> bytes:
    return _line({"ready": True, "voice": voice, "protocol": VERSION})


def not_ready_line(error: str) -> bytes:
    return _line({"ready": False, "error": error})


def read_request(raw: str | bytes) -> Request:
    """A request as the window wrote it; ValueError (or KeyError, TypeError) if not."""
    message = json.loads(raw)
    return Request(int(message["id"]), str(message["text"]), float(message.get("rate", 0.0)),
                   Path(message["path"]))


def request_id(raw: str | bytes) -> int | None:
    """The id of a request that could not be read whole, if it has one, to answer it."""
    try:
        message = json.loads(raw)
    except (ValueError, RecursionError):
        return None
    return _an_id(message.get("id")) if isinstance(message, dict) else None


def rendered_line(request_id_: int, ms: int) -> bytes:
    return _line({"id": request_id_, "ok": True, "ms": ms})


def failed_line(request_id_: int | None, error: str) -> bytes:
    return _line({"id": request_id_, "ok": False, "error": error})
