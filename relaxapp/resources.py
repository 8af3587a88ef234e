"""Where the bundled sessions and assets are, installed or in a checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _bundled(name: str) -> Path:
    installed = _PACKAGE / "_bundled" / name  # inside a wheel (see pyproject.toml)
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / name  # a checkout or an editable install


def sessions_dir() -> Path:
    return _bundled("sessions")


def assets_dir() -> Path:
    return _bundled("assets")


def translation(code: str, kind: str = "qm") -> Path:
    """A language's translation of the app's texts: ``qm`` for Qt, ``ts`` read without it."""
    return _PACKAGE / "translations" / f"relaxapp_{code}.{kind}"


def asset(name: str) -> Path:
    return assets_dir() / name


ICON_SIZES = (16, 32, 48, 64, 128, 256)  # the app's icon drawn at each, in assets/icons


def icon_files() -> list[tuple[int, Path]]:
    return [(size, asset(f"icons/relaxapp-{size}.png")) for size in ICON_SIZES]
