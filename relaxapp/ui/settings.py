"""The person's preferences, kept with QSettings in the data folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from relaxapp.core.reminders import Reminder

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

    @property
    def volume(self) -> int:
        """Cue volume, 0-100."""
        try:
            return max(0, min(100, int(self._store.value("cues/volume", 60))))
        except (TypeError, ValueError):
            return 60

    @volume.setter
    def volume(self, value: int) -> None:
        self._set("cues/volume", max(0, min(100, int(value))))

    @property
    def voice_rate(self) -> float:
        """Speaking rate, -0.5 (slower) to 0.5 (faster); Qt's scale is -1 to 1."""
        try:
            return max(-0.5, min(0.5, float(self._store.value("cues/voice_rate", -0.2))))
        except (TypeError, ValueError):
            return -0.2

    @voice_rate.setter
    def voice_rate(self, value: float) -> None:
        self._set("cues/voice_rate", max(-0.5, min(0.5, float(value))))

    @property
    def voice_name(self) -> str:
        return str(self._store.value("cues/voice_name", ""))

    @voice_name.setter
    def voice_name(self, value: str) -> None:
        self._set("cues/voice_name", value)

    @property
    def pace_percent(self) -> int:
        """The breathing pace a session starts at: 100 is as written, 120 is 20% slower."""
        try:
            return max(50, min(200, int(self._store.value("breathing/pace_percent", 100))))
        except (TypeError, ValueError):
            return 100

    @pace_percent.setter
    def pace_percent(self, value: int) -> None:
        self._set("breathing/pace_percent", max(50, min(200, int(value))))

    @property
    def reminders(self) -> list[Reminder]:
        value = self._store.value("reminders/list", [])
        texts = [value] if isinstance(value, str) else list(value or [])
        reminders = []
        for text in texts:
            try:
                reminders.append(Reminder.from_text(str(text)))
            except ValueError:
                continue  # a hand-edited line that makes no sense is skipped, not fatal
        return reminders

    @reminders.setter
    def reminders(self, reminders: list[Reminder]) -> None:
        self._set("reminders/list", [reminder.to_text() for reminder in reminders])

    @property
    def onboarded(self) -> bool:
        return self._bool("app/onboarded", False)

    @onboarded.setter
    def onboarded(self, value: bool) -> None:
        self._set("app/onboarded", bool(value))
