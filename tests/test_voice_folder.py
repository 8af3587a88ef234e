"""Natural voices the person adds (relaxapp.speech.voice_folder): found by their language,
used only with their licence, and every file that cannot be used named with why."""

from __future__ import annotations

import json
from pathlib import Path

from relaxapp.speech.voice_folder import find_voices, language_of, voice_for

THORSTEN = {"language": {"code": "de_DE", "family": "de", "region": "DE"},
            "espeak": {"voice": "de"}, "audio": {"sample_rate": 22050}}


def add_voice(folder: Path, name: str, settings: dict | str | None = THORSTEN,
              licence: str | None = "# Model card\n* License: CC0\n") -> Path:
    """A voice as the Piper voices collection gives it: model, settings, model card."""
    place = folder / name
    place.mkdir(parents=True)
    (place / f"{name}.onnx").write_bytes(b"model")
    if settings is not None:
        text = settings if isinstance(settings, str) else json.dumps(settings)
        (place / f"{name}.onnx.json").write_text(text)
    if licence is not None:
        (place / "MODEL_CARD").write_text(licence)
    return place


def test_a_voice_is_found_with_its_language_and_licence(tmp_path):
    add_voice(tmp_path, "de_DE-thorsten-medium")
    voices, problems = find_voices(tmp_path)
    assert problems == []
    [voice] = voices
    assert (voice.name, voice.language, voice.id) == (
        "de_DE-thorsten-medium", "de", "piper-de_DE-thorsten-medium")
    assert "License: CC0" in voice.licence()
    assert voice_for(tmp_path, "de") == voice
    assert voice_for(tmp_path, "es") is None
    assert voice_for(None, "de") is None


def test_a_voice_straight_in_the_folder_counts_too(tmp_path):
    (tmp_path / "es_ES-davefx-medium.onnx").write_bytes(b"model")
    (tmp_path / "es_ES-davefx-medium.onnx.json").write_text(json.dumps(
        {"language": {"code": "es_ES"}}))
    (tmp_path / "LICENSE.txt").write_text("MIT")
    assert voice_for(tmp_path, "es").name == "es_ES-davefx-medium"


def test_the_language_is_read_from_the_family_the_code_or_espeaks_voice():
    assert language_of({"language": {"family": "de"}}) == "de"
    assert language_of({"language": {"code": "pt_BR"}}) == "pt"
    assert language_of({"espeak": {"voice": "es-419"}}) == "es"
    assert language_of({"language": "de"}) is None  # not what Piper writes
    assert language_of({}) is None


def test_each_file_that_cannot_be_used_is_named_with_why(tmp_path):
    add_voice(tmp_path, "no-settings", settings=None)
    add_voice(tmp_path, "broken", settings='{"language": ')
    add_voice(tmp_path, "which-language", settings={"audio": {}})
    add_voice(tmp_path, "no-licence", licence=None)
    add_voice(tmp_path, "good")
    voices, problems = find_voices(tmp_path)
    assert [voice.name for voice in voices] == ["good"]
    said = {problem.file.name: problem.reason for problem in problems}
    assert said == {
        "broken.onnx.json": "is not valid JSON (line 1: Expecting value)",
        "no-licence.onnx": "no licence beside it (a MODEL_CARD or LICENSE file): a voice is "
                           "used only with its terms",
        "no-settings.onnx": "its settings file is missing (no-settings.onnx.json)",
        "which-language.onnx.json": "does not say which language the voice speaks",
    }


def test_no_folder_holds_no_voices(tmp_path):
    assert find_voices(tmp_path / "voices") == ([], [])
