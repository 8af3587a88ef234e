"""The person's preferences, kept with QSettings in the data folder."""

from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QSettings

from relaxapp.core import pace
from relaxapp.core.language import LANGUAGES
from relaxapp.core.language import QT_TR_NOOP

if TYPE_CHECKING:
    from relaxapp.core.reminders import Reminder

THEMES = ("system", "light", "dark")
# (value, what the person sees) for the choices the Settings dialog and the Sound menu offer.
# (shown through tr)
VOICES = (("auto", QT_TR_NOOP("The most natural one installed")),
          ("natural", QT_TR_NOOP("Natural (Piper, Joe)")),
          ("system", QT_TR_NOOP("System (eSpeak NG)")))
BACKGROUNDS = (("", QT_TR_NOOP("None")), ("soft-noise", QT_TR_NOOP("Soft noise")),
               ("rain", QT_TR_NOOP("Rain")), ("drone", QT_TR_NOOP("Low drone")))
THEME_NAMES = {"system": QT_TR_NOOP("System"), "light": QT_TR_NOOP("Light"),
               "dark": QT_TR_NOOP("Dark")}


class _Setting:
    """One value in the settings file: read with a default and kept in its range,
    so a hand-edited or damaged file never breaks the app."""

    def __init__(self, key: str, default, kind=str, low=None, high=None, choices=None):
        self.key, self.default, self.kind = key, default, kind
        self.low, self.high, self.choices = low, high, choices

    def __set_name__(self, owner, name: str) -> None:
        self.name = name  # what watchers are told

    def clean(self, value):
        try:
            if self.kind is bool:
                value = value if isinstance(value, bool) else \
                    str(value).lower() in ("true", "1", "yes")
            else:
                value = self.kind(value)
        except (TypeError, ValueError):
            return self.default
        if self.low is not None:
            value = max(self.low, min(self.high, value))
        if self.choices is not None and value not in self.choices:
            return self.default
        return value

    def __get__(self, settings, owner=None):
        if settings is None:
            return self
        return self.clean(settings._store.value(self.key, self.default))

    def __set__(self, settings, value) -> None:
        before = self.__get__(settings)
        settings._store.setValue(self.key, self.clean(value))
        settings._store.sync()
        if self.__get__(settings) != before:
            settings.changed(self.name)


class Settings:
    sound = _Setting("cues/sound", True, bool)
    volume = _Setting("cues/volume", 60, int, 0, 100)  # cue volume, 0-100
    voice = _Setting("cues/voice", True, bool)
    # Which voice: "auto" (the natural one where installed, else the system's), "natural"
    # or "system". Older files may hold a speech-dispatcher voice name: read as "auto".
    voice_name = _Setting("cues/voice_name", "auto", choices=tuple(value for value, _ in VOICES))
    voice_volume = _Setting("cues/voice_volume", 80, int, 0, 100)
    reminder_sound = _Setting("cues/reminder_sound", True, bool)  # a chime with a reminder
    count_in = _Setting("cues/count_in", False, bool)  # "Three. Two. One." before a session
    # A quiet sound under sessions (assets/background): none by default.
    background = _Setting("cues/background", "", choices=tuple(value for value, _ in BACKGROUNDS))
    background_volume = _Setting("cues/background_volume", 30, int, 0, 100)
    # Speaking rate, -0.5 (slower) to 0.5 (faster) of Qt's -1 to 1: calm guidance is unhurried.
    voice_rate = _Setting("cues/voice_rate", -0.2, float, -0.5, 0.5)
    theme = _Setting("view/theme", "system", choices=THEMES)
    # "system" (the first of the system's languages the app speaks) or a code of LANGUAGES;
    # read as the app starts (relaxapp.ui.shell.languages).
    language = _Setting("view/language", "system", choices=("system", *LANGUAGES))
    reduced_motion = _Setting("view/reduced_motion", False, bool)
    eyes_closed = _Setting("view/eyes_closed", False, bool)  # the dimmed player
    # The pace breathing sessions start at, as a stretch (relaxapp.core.pace): 1 is as
    # written, 1.2 each phase a fifth longer.
    pace_stretch = _Setting("breathing/stretch", 1.0, float, pace.USUAL_MIN_STRETCH,
                            pace.USUAL_MAX_STRETCH)
    # Breaths a minute that felt easiest in "Find your slow pace, by feel"; 0 until then.
    # Breathing steps marked "pace": "resonance" start at it.
    resonance_bpm = _Setting("breathing/resonance_bpm", 0.0, float, 0.0, 10.0)
    onboarded = _Setting("app/onboarded", False, bool)
    # The session whose red-flag advice Today showed until the person marked it read (uid).
    safety_read = _Setting("app/safety_read", "")
    # The heart-rate sensor chosen (Settings → Heart-rate sensor): its Bluetooth address, name.
    heart_sensor = _Setting("heart/sensor_address", "")
    heart_sensor_name = _Setting("heart/sensor_name", "")

    def __init__(self, data_dir: Path):
        path = data_dir / "settings.ini"
        self.problem = own_plain_file(path)  # said by the window, if anything was changed
        self._store = QSettings(str(path), QSettings.Format.IniFormat)
        self._watchers: list[Callable[[str], None]] = []
        # For this run only, never written: a recording or a simulated heart standing in for
        # a strap (relaxapp --heart-from; relaxapp.heart.stand_in.StandIn).
        self.heart_stand_in = None
        self._upgrade()

    def watch(self, follow: Callable[[str], None]) -> None:
        """Call ``follow`` with a setting's name each time its value changes, wherever it is
        changed from (a menu, the settings dialog, the welcome)."""
        self._watchers.append(follow)

    def changed(self, name: str) -> None:
        for follow in list(self._watchers):
            follow(name)

    def _upgrade(self) -> None:
        """Bring a file written by an older version up to this one, step by step."""
        store = self._store
        try:
            version = int(store.value(VERSION_KEY, 1))
        except (TypeError, ValueError):
            version = 1  # hand-edited beyond reading: the steps below each check their keys
        if version >= VERSION:
            return
        for number, step in UPGRADES:
            if version < number:
                step(store)
        store.setValue(VERSION_KEY, VERSION)
        store.sync()

    @property
    def reminders(self) -> list[Reminder]:
        from relaxapp.core.reminders import Reminder  # read after the first paint

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
        before = self.reminders
        self._store.setValue("reminders/list", [reminder.to_text() for reminder in reminders])
        self._store.sync()
        if self.reminders != before:
            self.changed("reminders")


MAX_SETTINGS_BYTES = 1 << 20


def own_plain_file(path: Path) -> str | None:
    """Make ``path`` a plain file of RelaxApp's own before QSettings writes it: Qt writes
    through a symbolic link (it once overwrote a device node), and waits forever on a FIFO.
    A link is replaced by a file holding what it pointed to (that stays untouched); a FIFO,
    a device or a folder is set aside under a new name. Returns what was done, to say."""
    import os
    import stat

    try:
        mode = path.lstat().st_mode
    except OSError:
        return None  # not there yet (Qt makes it), or not reachable: Qt says nothing either
    if stat.S_ISREG(mode):
        return None
    try:
        if stat.S_ISLNK(mode):
            kept = b""
            try:
                target = path.stat()
                if stat.S_ISREG(target.st_mode) and target.st_size <= MAX_SETTINGS_BYTES:
                    kept = path.read_bytes()
            except OSError:
                pass  # a broken link, or one to something unreadable: start afresh
            path.unlink()  # the link itself, never what it points to
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL
                                 | getattr(os, "O_NOFOLLOW", 0),
                                 0o600)
            with os.fdopen(descriptor, "wb") as copy:
                copy.write(kept)
            return (f"{path.name} was a link. RelaxApp does not write through links: it keeps "
                    "its settings in a file of its own now, and left what the link pointed to "
                    "as it was.")
        aside = path.with_name(path.name + ".not-a-file")
        path.rename(aside)
        return (f"{path.name} was not a file (a pipe, a device or a folder). It is now "
                f"{aside.name}, and the settings start afresh.")
    except OSError as error:
        return f"{path.name} is not a plain file and could not be replaced ({error.strerror})."


def _pace_percent_to_stretch(store: QSettings) -> None:
    """Version 2: the usual pace is a stretch (1.2) rather than a percentage (120)."""
    old = store.value("breathing/pace_percent")
    if old is not None:
        store.remove("breathing/pace_percent")
        try:
            stretch = float(old) / 100
        except (TypeError, ValueError):
            return  # not a number: the default pace
        if math.isfinite(stretch):
            store.setValue("breathing/stretch", stretch)


VERSION_KEY = "app/settings_version"
UPGRADES = ((2, _pace_percent_to_stretch),)
VERSION = UPGRADES[-1][0]
