"""Shared test set-up: headless Qt, and small helpers for writing scripts."""

from __future__ import annotations

import gc
import json
import os
from pathlib import Path

import pytest

# Tests never need a screen; set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The tests read English wherever they run: the command line and the window follow the
# environment's language (tests of other languages choose theirs).
os.environ["LANGUAGE"] = "en"
# Nor the desktop's session bus: no test puts a notice on the screen of the machine it runs
# on. Tests of desktop notices start a bus of their own (tests/ui/notification_server.py).
os.environ["DBUS_SESSION_BUS_ADDRESS"] = "unix:path=/nonexistent/relaxapp-tests-bus"

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def collect_garbage_between_tests():
    """As the app does (relaxapp/ui/shell/garbage.py), Python's cycle collector never runs inside a
    Qt call, where freeing a widget can deadlock on Qt's signal lock: here it runs after
    each test, once its windows are closed."""
    gc.disable()
    yield
    gc.collect()


def minimal_script(**overrides) -> dict:
    """A small valid script; keyword arguments replace top-level keys."""
    script = {
        "format": 1,
        "id": "test-session",
        "title": "Test session",
        "steps": [
            {"type": "say", "text": "Settle in.", "seconds": 5},
            {"type": "breathe",
             "pattern": [{"phase": "inhale", "seconds": 4}, {"phase": "exhale", "seconds": 6}],
             "cycles": 3},
        ],
    }
    script.update(overrides)
    return script


@pytest.fixture
def write_script(tmp_path):
    """Write a script (dict or raw text) into a folder; returns its path."""

    def write(content, name: str = "session.json", folder: Path | None = None) -> Path:
        folder = folder or tmp_path
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / name
        text = content if isinstance(content, str) else json.dumps(content)
        path.write_text(text, encoding="utf-8")
        return path

    return write
