"""Start-up beside a peer: the first visible window of RelaxApp, of Mindfulness at the
Computer (a PySide6 breathing app) and of a bare PySide6 window, timed from outside, in
alternating runs, each a first launch on fresh settings.

The peer runs from this benchmark's own venv (made once in ~/.cache/relaxapp-benchmarks),
installed with ``pip install --no-deps`` and given our PySide6 through a .pth file, so both
apps run on the same Qt. Its check for a newer version (a blocking download before its
first window) is sent to a closed local port, as if offline, so the network does not count.

A window counts when it is mapped (viewable) on the X server and at least 50 px a side (Qt
also maps a 1x1 helper): what ``xdotool search --onlyvisible --pid`` finds, which confirms
each one. ``--sync`` is not used for the time
itself: it looks every 0.5 s. A watcher (python-xlib, in the same venv) hears the server's
MapNotify events instead, at once.

    .venv/bin/python benchmarks/bench_peer.py [RUNS] [--before=CHECKOUT]   # Xvfb, xdotool
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import sysconfig
import time
from pathlib import Path

from bench_app import ensure_display

ROOT = Path(__file__).resolve().parent.parent
PEER = "mindfulness-at-the-computer==1.0.0b1"
PEER_VENV = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / \
    "relaxapp-benchmarks" / "peer-venv"
CLOSED_PORT = "http://127.0.0.1:9"  # nothing listens: a download fails at once

WATCHER = r"""
import json, sys, time
from Xlib import X, display
screen = display.Display()
root = screen.screen().root
root.change_attributes(event_mask=X.SubstructureNotifyMask)
pid_atom = screen.intern_atom("_NET_WM_PID")
screen.sync()
print(json.dumps({"ready": True}), flush=True)
while True:
    event = screen.next_event()
    if event.type == X.MapNotify:
        at = time.monotonic()
        try:
            pid = event.window.get_full_property(pid_atom, X.AnyPropertyType)
            size = event.window.get_geometry()
        except Exception:  # gone already
            continue
        print(json.dumps({"at": at, "pid": int(pid.value[0]) if pid else None,
                          "window": event.window.id, "size": [size.width, size.height]}),
              flush=True)
"""

BARE = """
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
window = QLabel("Hello")
window.resize(1280, 800)
window.show()
app.exec()
"""


def peer_python() -> Path:
    """The benchmark's own venv, with the peer, python-xlib, and our PySide6."""
    python = PEER_VENV / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(PEER_VENV)], check=True)
        site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig."
                               "get_paths()['purelib'])"], capture_output=True, text=True,
                              check=True).stdout.strip()
        (Path(site) / "relaxapp-pyside.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
        pip = [str(python), "-m", "pip", "install", "-q"]
        subprocess.run(pip + ["--no-deps", PEER], check=True)
        subprocess.run(pip + ["python-xlib"], check=True)
    return python


class Watcher:
    """MapNotify events from the X server, as (monotonic time, pid)."""

    def __init__(self, python: Path):
        self.process = subprocess.Popen([str(python), "-c", WATCHER], stdout=subprocess.PIPE,
                                        text=True)
        self.events: queue.Queue = queue.Queue()
        assert json.loads(self.process.stdout.readline()).get("ready")
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.process.stdout:
            self.events.put(json.loads(line))

    def first_window(self, pid: int, timeout: float = 60) -> tuple[float, int]:
        """(when, window id) of the first window of ``pid`` a person could see: Qt also
        maps a 1x1 helper window of its own."""
        deadline = time.monotonic() + timeout
        while True:
            event = self.events.get(timeout=max(0.1, deadline - time.monotonic()))
            if event["pid"] == pid and min(event["size"]) >= 50:
                return event["at"], event["window"]

    def drain(self) -> None:
        while not self.events.empty():
            self.events.get_nowait()

    def close(self) -> None:
        self.process.kill()


def launch(watcher: Watcher, command: list[str], env: dict) -> float:
    """Seconds from the start of ``command`` to its first window on screen."""
    watcher.drain()
    started = time.monotonic()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, cwd=env["HOME"])
    try:
        while True:
            shown, window = watcher.first_window(process.pid)
            visible = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid",
                                      str(process.pid)], capture_output=True, text=True).stdout
            if str(window) in visible.split():
                return shown - started
            # gone again at once (the peer maps a 570x290 window and destroys it): not seen
    finally:
        process.kill()
        process.wait()


def main() -> None:
    numbers = [a for a in sys.argv[1:] if not a.startswith("--")]
    runs = int(numbers[0]) if numbers else 11
    # --before=CHECKOUT: another copy of RelaxApp (a git worktree) in the same runs
    before = next((a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--before=")), None)
    for tool in ("Xvfb", "xdotool"):
        if not shutil.which(tool):
            sys.exit(f"{tool} is missing: scripts/setup --tools")
    python = peer_python()
    server = ensure_display()
    watcher = Watcher(python)
    times: dict[str, list[float]] = {"bare PySide6 window": [], "RelaxApp": [],
                                     "Mindfulness at the Computer": []}
    if before:
        times["RelaxApp before"] = []
    try:
        for _ in range(runs):  # alternating, so all three see the same machine
            home = Path(tempfile.mkdtemp(prefix="relaxapp-peer-"))
            env = dict(os.environ, QT_QPA_PLATFORM="xcb", HOME=str(home),
                       XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"),
                       https_proxy=CLOSED_PORT, http_proxy=CLOSED_PORT)
            times["bare PySide6 window"].append(launch(watcher, [sys.executable, "-c", BARE], env))
            times["RelaxApp"].append(launch(watcher, [sys.executable, "-m", "relaxapp",
                                                      "--data-dir", str(home / "relaxapp")], env))
            times["Mindfulness at the Computer"].append(launch(watcher, [str(python), "-m", "matc"],
                                                               env))
            if before:
                times["RelaxApp before"].append(launch(
                    watcher, [sys.executable, "-m", "relaxapp", "--data-dir",
                              str(home / "relaxapp-before")], dict(env, PYTHONPATH=before)))
            shutil.rmtree(home, ignore_errors=True)
    finally:
        watcher.close()
        if server is not None:
            server.terminate()
    medians = {name: statistics.median(values) * 1000 for name, values in times.items()}
    print(f"First visible window, first launch, median of {runs} alternating runs:")
    for name, values in times.items():
        print(f"  {name:28s} {medians[name]:6.0f} ms  (from {min(values) * 1000:.0f} "
              f"to {max(values) * 1000:.0f} ms)")
    print(f"RelaxApp / Mindfulness at the Computer: "
          f"{medians['RelaxApp'] / medians['Mindfulness at the Computer']:.2f}x (target <= 0.7)")
    print(f"RelaxApp / bare window: {medians['RelaxApp'] / medians['bare PySide6 window']:.2f}x")
    if before:
        print(f"RelaxApp before ({before}) / Mindfulness at the Computer: "
              f"{medians['RelaxApp before'] / medians['Mindfulness at the Computer']:.2f}x")


if __name__ == "__main__":
    main()
