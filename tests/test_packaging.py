"""A built wheel carries the bundled sessions and assets, and finds them once installed."""

from __future__ import annotations

import subprocess
import sys
import zipfile

import pytest

from relaxapp import resources
from tests.conftest import REPO


def test_checkout_finds_bundled_folders():
    assert resources.sessions_dir() == REPO / "sessions"
    assert resources.asset("icon.svg").is_file()


@pytest.mark.slow
def test_wheel_contains_and_finds_sessions_and_assets(tmp_path):
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(tmp_path), str(REPO)],
        capture_output=True, text=True, timeout=600)
    assert build.returncode == 0, build.stderr[-3000:]
    [wheel] = tmp_path.glob("relaxapp-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "relaxapp/_bundled/sessions/schema.json" in names
    assert "relaxapp/_bundled/sessions/box-breathing.json" in names
    assert "relaxapp/_bundled/assets/icon.svg" in names
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    code = ("import relaxapp.resources as r; from relaxapp.core.library import load_library; "
            "lib = load_library(r.sessions_dir(), None); "
            "print(r.sessions_dir()); print(len(lib.sessions), len(lib.problems))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=tmp_path, env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    folder, counts = result.stdout.splitlines()
    assert folder == str(site / "relaxapp" / "_bundled" / "sessions")
    assert counts.split() == [str(len(list((REPO / "sessions").glob("*.json"))) - 1), "0"]
