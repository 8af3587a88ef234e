"""A built wheel carries the bundled sessions and assets, and finds them once installed."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from relaxapp import resources
from tests.conftest import REPO


def test_checkout_finds_bundled_folders():
    assert resources.sessions_dir() == REPO / "sessions"
    assert resources.asset("icon.svg").is_file()


def build_wheel(folder: Path) -> Path:
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(folder), str(REPO)],
        capture_output=True, text=True, timeout=600)
    assert build.returncode == 0, build.stderr[-3000:]
    [wheel] = folder.glob("relaxapp-*.whl")
    return wheel


@pytest.mark.slow
def test_wheel_contains_and_finds_sessions_and_assets(tmp_path):
    wheel = build_wheel(tmp_path)
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


@pytest.mark.slow
def test_a_built_wheel_installs_into_a_fresh_environment_and_runs(tmp_path):
    wheel = build_wheel(tmp_path)
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               capture_output=True, text=True, check=True).stdout.strip())
    # The wheel itself, unpacked as pip would; its dependencies from this environment (the
    # test runs without a network), listed after it so they cannot stand in for it.
    zipfile.ZipFile(wheel).extractall(site)
    here = [path for path in sys.path if path.endswith("site-packages")]
    (site / "zz-dependencies.pth").write_text("\n".join(here) + "\n")
    launcher = venv / "bin" / "relaxapp"
    launcher.write_text(f"#!{python}\nimport sys\nfrom relaxapp.cli import main\nsys.exit(main())\n")
    launcher.chmod(0o755)
    env = {"PATH": f"{venv / 'bin'}:/usr/bin:/bin", "HOME": str(tmp_path / "home")}
    data = tmp_path / "data"
    listed = subprocess.run([str(launcher), "--data-dir", str(data), "list"], capture_output=True,
                            text=True, timeout=120, cwd=tmp_path, env=env)
    assert listed.returncode == 0, listed.stderr
    assert "pmr-16-groups\tpmr" in listed.stdout and listed.stderr == ""
    where = subprocess.run([str(python), "-c", "import relaxapp; print(relaxapp.__file__)"],
                           capture_output=True, text=True, cwd=tmp_path, env=env)
    assert where.stdout.startswith(str(site))  # the wheel's copy ran, not the checkout
    checked = subprocess.run([str(launcher), "validate", str(site / "relaxapp" / "_bundled" / "sessions")],
                             capture_output=True, text=True, timeout=120, cwd=tmp_path, env=env)
    assert checked.returncode == 0 and checked.stdout.endswith("all valid.\n"), checked.stdout
    desktop = subprocess.run([str(launcher), "--data-dir", str(data), "install-desktop"],
                             capture_output=True, text=True, timeout=120, cwd=tmp_path, env=env)
    assert desktop.returncode == 0, desktop.stderr
    entry = tmp_path / "home" / ".local" / "share" / "applications" / "relaxapp.desktop"
    assert f"Exec={launcher}" in entry.read_text()
    assert (tmp_path / "home" / ".local" / "share" / "icons" / "hicolor" / "256x256" / "apps"
            / "relaxapp.png").is_file()
