"""The person's preferences, kept with QSettings in the data folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

THEMES = ("system", "light", "dark")


class Settings:
    def __init__(self, data_dir: Path):
        self._store = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)

    def _bool(self, key: str, default: bool) -> bool:
        value = self._store.value(key, default)
        return value if isinstance(value, bool) else str(value).lower() in ("true", "1", "yes")

    def _set(self, key: str, value) -> None:
        self._store.setValue(key, value)
        self._store.sync()

    @property
    def sound(self) -> bool:
        return self._bool("cues/sound", True)

    @sound.setter
    def sound(self, value: bool) -> None:
        self._set("cues/sound", bool(value))

    @property
    def voice(self) -> bool:
        return self._bool("cues/voice", False)

    @voice.setter
    def voice(self, value: bool) -> None:
        self._set("cues/voice", bool(value))

    @property
    def reduced_motion(self) -> bool:
        return self._bool("view/reduced_motion", False)

    @reduced_motion.setter
    def reduced_motion(self, value: bool) -> None:
        self._set("view/reduced_motion", bool(value))

    @property
    def theme(self) -> str:
        value = str(self._store.value("view/theme", "system"))
        return value if value in THEMES else "system"

    @theme.setter
    def theme(self, value: str) -> None:
        self._set("view/theme", value if value in THEMES else "system")
