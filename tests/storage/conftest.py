"""Real read-only and full file systems for the store's guarantees."""

from __future__ import annotations

import os
import subprocess

import pytest


def _mount(*args) -> bool:
    return subprocess.run(["mount", *args], capture_output=True).returncode == 0


@pytest.fixture
def readonly_folder(tmp_path):
    """(writable source, read-only view of it): a read-only bind mount as root, chmod otherwise."""
    source = tmp_path / "data"
    source.mkdir()
    if os.geteuid() != 0:
        yield source, source
        source.chmod(0o755)
        return
    view = tmp_path / "readonly"
    view.mkdir()
    if not (_mount("--bind", str(source), str(view)) and _mount("-o", "remount,bind,ro", str(view))):
        pytest.skip("cannot make a read-only mount here")
    try:
        yield source, view
    finally:
        subprocess.run(["umount", str(view)], capture_output=True)


@pytest.fixture
def small_disk(tmp_path):
    """A 1 MiB file system, so writes really fail with 'no space left'."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small file system needs root")
    folder = tmp_path / "small"
    folder.mkdir()
    if not _mount("-t", "tmpfs", "-o", "size=1m", "tmpfs", str(folder)):
        pytest.skip("cannot mount tmpfs here")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], capture_output=True)


def make_readonly(folder):
    """For the non-root case: chmod is enough to refuse writes."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
