"""Desktop integration on Linux: a freedesktop .desktop entry (with a quick action for
each favourite session) and the app icon, installed for the current user.

    .venv/bin/python -m relaxapp.desktop [--data-dir DIR]

Favourites are the sessions practised most in the log, or a few good first choices.
"""

from __future__ import annotations

import argparse
import shlex
import shutil
import sys
from pathlib import Path

from relaxapp import paths, resources

DEFAULT_FAVOURITES = ("resonance-6", "pmr-7-groups", "neck-shoulders-jaw")


def desktop_entry(command: str, favourites: list[tuple[str, str]]) -> str:
    """The text of relaxapp.desktop; ``favourites`` are (session id, title)."""
    actions = [f"start-{session_id}" for session_id, _ in favourites]
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        "Name=RelaxApp",
        "GenericName=Relaxation practice",
        "Comment=Paced breathing and progressive muscle relaxation",
        f"Exec={command}",
        "Icon=relaxapp",
        "Terminal=false",
        "Categories=Utility;Education;",
        "Keywords=breathing;relaxation;anxiety;PMR;tension;",
        "StartupWMClass=relaxapp",
        "SingleMainWindow=true",
        f"Actions={';'.join(actions)};" if actions else "Actions=",
    ]
    for (session_id, title), action in zip(favourites, actions):
        title = title.replace("\n", " ")
        lines += ["", f"[Desktop Action {action}]", f"Name={title}",
                  f"Exec={command} --start {session_id}"]
    return "\n".join(lines) + "\n"


def favourites(data_dir: Path, count: int = 3) -> list[tuple[str, str]]:
    """The most practised sessions in the log, topped up with good first choices."""
    from relaxapp.core.library import load_library

    library = load_library(resources.sessions_dir(), paths.user_sessions_dir(data_dir))
    chosen: list[str] = []
    database = data_dir / paths.DATABASE_NAME
    if database.exists():
        try:
            from relaxapp.storage.log import Store

            with Store(database) as store:
                chosen = store.most_practised(10)
        except Exception:  # an unusable log is not a reason to fail here
            chosen = []
    picked = [sid for sid in list(chosen) + list(DEFAULT_FAVOURITES) if library.get(sid)]
    picked = list(dict.fromkeys(picked))[:count]
    return [(sid, library.get(sid).script.title) for sid in picked]


def install(data_dir: Path, home: Path | None = None, command: str | None = None) -> Path:
    """Write relaxapp.desktop and the icons into the user's share folder; returns the entry."""
    share = (home or Path.home()) / ".local" / "share"
    executable = command or shlex.quote(str(Path(sys.executable).with_name("relaxapp")))
    if data_dir != paths.data_dir():
        executable += f" --data-dir {shlex.quote(str(data_dir))}"
    entry = share / "applications" / "relaxapp.desktop"
    entry.parent.mkdir(parents=True, exist_ok=True)
    entry.write_text(desktop_entry(executable, favourites(data_dir)), encoding="utf-8")
    icons = share / "icons" / "hicolor"
    for size, drawn in resources.icon_files():
        target = icons / f"{size}x{size}" / "apps" / "relaxapp.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(drawn, target)
    scalable = icons / "scalable" / "apps" / "relaxapp.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(resources.asset("icon.svg"), scalable)
    return entry


def autostart_entry_path(env=None) -> Path:
    """Where the desktop looks for programs to start at login (XDG autostart)."""
    import os

    env = os.environ if env is None else env
    config = env.get("XDG_CONFIG_HOME") or str(Path(env.get("HOME") or Path.home()) / ".config")
    return Path(config) / "autostart" / "relaxapp.desktop"


def set_autostart(on: bool, data_dir: Path, env=None, command: str | None = None) -> Path:
    """Start RelaxApp at login, minimised, so its reminders come (or no longer); returns
    the entry's path. Raises OSError when it cannot be written or removed."""
    entry = autostart_entry_path(env)
    if not on:
        entry.unlink(missing_ok=True)
        return entry
    executable = command or shlex.quote(str(Path(sys.executable).with_name("relaxapp")))
    if data_dir != paths.data_dir():
        executable += f" --data-dir {shlex.quote(str(data_dir))}"
    entry.parent.mkdir(parents=True, exist_ok=True)
    entry.write_text("\n".join([
        "[Desktop Entry]", "Type=Application", "Name=RelaxApp",
        "Comment=Practice reminders: RelaxApp waits, minimised",
        f"Exec={executable} --minimized", "Icon=relaxapp", "Terminal=false",
        "X-GNOME-Autostart-enabled=true", ""]), encoding="utf-8")
    return entry


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m relaxapp.desktop",
                                     description="Add RelaxApp to the desktop's applications.")
    parser.add_argument("--data-dir", metavar="DIR")
    args = parser.parse_args(argv)
    entry = install(paths.data_dir(args.data_dir))
    print(f"Installed {entry} and the RelaxApp icon.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
