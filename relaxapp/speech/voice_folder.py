"""Natural voices the person adds: Piper voices in the data folder's ``voices`` folder.

Each voice is a folder as the Piper voices collection gives it (rhasspy/piper-voices): the
model (``de_DE-thorsten-medium.onnx``), its settings beside it (the same name with ``.json``
added) and the voice's model card or licence (``MODEL_CARD``, ``LICENSE``...). The settings
say the voice's language; the speech worker takes the voice for a session in that language.
A voice is used only with its licence beside it, so the About page can show each voice's
terms; a file that cannot be used is named with the reason.

Standard library only: the window lists the voices without loading the speech engine."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from relaxapp.core.language import tr

LICENCE_NAMES = ("MODEL_CARD", "LICENSE", "LICENCE")  # a file named so, or starting so
MOST_LICENCE_CHARACTERS = 20_000
MOST_SETTINGS_BYTES = 1_000_000


@dataclass(frozen=True)
class InstalledVoice:
    name: str  # the model's name: "de_DE-thorsten-medium"
    language: str  # as the app names a language: "de"
    model: Path
    settings: Path
    licence_file: Path

    @property
    def id(self) -> str:
        """The voice's name in the speech cache: its lines are kept apart from others'."""
        return f"piper-{self.name}"

    def licence(self) -> str:
        text = self.licence_file.read_text(encoding="utf-8", errors="replace")
        return text[:MOST_LICENCE_CHARACTERS].strip()


@dataclass(frozen=True)
class VoiceProblem:
    file: Path
    reason: str

    def __str__(self) -> str:
        return f"{self.file}: {self.reason}"


def language_of(settings: dict) -> str | None:
    """The language a Piper voice speaks, from its settings: "de" from a family of "de" or
    a code of "de_DE" (older voices name it only through eSpeak's voice: "de")."""
    language = settings.get("language")
    if isinstance(language, dict):
        for key in ("family", "code"):
            value = language.get(key)
            if isinstance(value, str) and value:
                return value.replace("-", "_").split("_")[0].lower()
    espeak = settings.get("espeak")
    if isinstance(espeak, dict) and isinstance(espeak.get("voice"), str) and espeak["voice"]:
        return espeak["voice"].replace("-", "_").split("_")[0].lower()
    return None


def _licence_beside(model: Path) -> Path | None:
    for candidate in sorted(model.parent.iterdir()):
        if candidate.is_file() and candidate.name.upper().startswith(LICENCE_NAMES):
            return candidate
    return None


def find_voices(folder: Path) -> tuple[list[InstalledVoice], list[VoiceProblem]]:
    """The voices in ``folder`` (and one level of folders in it), by name, and the model
    files that cannot be used, each with its reason. A missing folder holds no voices."""
    voices: list[InstalledVoice] = []
    problems: list[VoiceProblem] = []
    try:
        models = sorted([*folder.glob("*.onnx"), *folder.glob("*/*.onnx")])
    except OSError as error:
        reason = tr("cannot be read ({reason})").format(reason=error.strerror or error)
        return [], [VoiceProblem(folder, reason)]
    for model in models:
        voice = _read_voice(model)
        if isinstance(voice, VoiceProblem):
            problems.append(voice)
        else:
            voices.append(voice)
    return voices, problems


def _read_voice(model: Path) -> InstalledVoice | VoiceProblem:
    settings_file = model.with_name(model.name + ".json")
    try:
        if not settings_file.is_file():
            return VoiceProblem(model, tr("its settings file is missing ({name})").format(
                name=settings_file.name))
        if settings_file.stat().st_size > MOST_SETTINGS_BYTES:
            return VoiceProblem(settings_file, tr("is too large for a voice's settings"))
        settings = json.loads(settings_file.read_text(encoding="utf-8"))
        licence = _licence_beside(model)
    except json.JSONDecodeError as error:
        return VoiceProblem(settings_file, tr("is not valid JSON (line {line}: {reason})")
                            .format(line=error.lineno, reason=error.msg))
    except (OSError, UnicodeDecodeError) as error:
        return VoiceProblem(settings_file, tr("cannot be read ({reason})").format(
            reason=getattr(error, "strerror", None) or error))
    language = language_of(settings) if isinstance(settings, dict) else None
    if language is None:
        return VoiceProblem(settings_file, tr("does not say which language the voice speaks"))
    if licence is None:
        return VoiceProblem(model, tr("no licence beside it (a MODEL_CARD or LICENSE file): "
                                      "a voice is used only with its terms"))
    return InstalledVoice(model.name[:-len(".onnx")], language, model, settings_file, licence)


def voice_for(folder: Path | None, language: str) -> InstalledVoice | None:
    """The voice for ``language`` ("de"): the first by name, if there are several."""
    if folder is None:
        return None
    return next((voice for voice in find_voices(folder)[0] if voice.language == language),
                None)
