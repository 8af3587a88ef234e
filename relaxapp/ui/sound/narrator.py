"""The voice: lines rendered ahead by the speech worker, cached on disk, played on time.

The GUI never waits for speech. The worker (relaxapp.speech.worker) runs as a separate
process, fed through a QProcess; finished lines are WAV files in the cache
(relaxapp.speech.cache). A session's start waits until none of its lines should be late,
and a line not ready at its moment all the same holds the session there until it is
(relaxapp.ui.pages.player_page).

A worker that crashes is started again; one that does not answer in time is killed and
started again, and the line it hung on is not asked for twice. After ``MAX_RESTARTS`` the
voice gives up for this run and says so once: silence, never a frozen window.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, Signal

from relaxapp.audio import Mixer, Playing
from relaxapp.speech import protocol
from relaxapp.speech.cache import (Clips, cache_path, cached_ms, remember_voice,
                                   remembered_voice)
from relaxapp.ui.sound.speech_process import SpeechProcess
from relaxapp.core.language import tr

MAX_RESTARTS = 2
ANSWER_TIMEOUT_MS = 30_000  # one line; the natural voice needs well under a second
READY_TIMEOUT_MS = 60_000  # loading a voice the first time
SOON_S = 3.0  # a line made up on the spot is still worth saying this long after



def worker_command(choice: str, language: str = "en", voices: Path | None = None) -> list[str]:
    return [sys.executable, "-m", "relaxapp.speech.worker", "--voice", choice,
            "--language", language, *(["--voices", str(voices)] if voices is not None else [])]


def voice_key(choice: str, language: str) -> str:
    """Under which name the voice found for a choice is remembered: one per language."""
    return choice if language == "en" else f"{choice}-{language}"


class Narrator(QObject):
    line_ready = Signal(str)  # a line's audio is in the cache
    notice = Signal(str)  # a one-time explanation for the status bar

    def __init__(self, cache_dir: Path, mixer: Mixer | None = None,
                 parent: QObject | None = None, voices_dir: Path | None = None):
        super().__init__(parent)
        self.cache_dir = cache_dir
        self.mixer = mixer or Mixer()  # where lines are played (see relaxapp.audio)
        self.choice = "auto"  # the voice asked for: auto, natural or system
        self.rate = -0.2
        self.language = "en"  # of the session: its voice speaks it
        # How to start the worker for a voice choice and a language (with the natural voices
        # the person added: paths.voices_dir); tests give a command of their own.
        self.command: list[str] | Callable[[str, str], list[str]] = \
            lambda choice, language: worker_command(choice, language, voices_dir)
        self.answer_timeout_ms = ANSWER_TIMEOUT_MS
        self.ready_timeout_ms = READY_TIMEOUT_MS
        # Whose clips are looked up in the cache: the worker's voice once it has said, or
        # before then the one it had last time (so a session heard before is ready at once,
        # with no worker started at all).
        self.voice: str | None = remembered_voice(cache_dir, voice_key(self.choice, "en"))
        self.worker_ready = False  # the worker has said it is ready, and with which voice
        self.gave_up = False
        self.played: list[str] = []  # what was played, in order (for tests and the soak)
        self.missed: list[str] = []  # lines whose moment came before their audio
        self._worker: SpeechProcess | None = None
        self._wanted: list[str] = []  # lines to render, in order
        self._in_flight: dict[int, str] = {}
        self._failed: set[str] = set()
        self._durations: dict[str, int] = {}
        self._next_id = 0
        self._restarts = 0
        self._clips = Clips()
        self._soon: tuple[str, float] | None = None  # a line to say once ready, and by when
        self._told_full = False  # a full disk is said once
        self._asked_at: float | None = None  # when the line in flight was asked for
        self._render_ms = [0.0, 0.0]  # time spent rendering, and the length rendered

    # ------------------------------------------------------------ the cache

    def path(self, text: str) -> Path | None:
        if self.voice is None:
            return None
        return cache_path(self.cache_dir, self.voice, self.rate, text)

    def duration_ms(self, text: str) -> int | None:
        """How long a line takes, once rendered; None before."""
        return self._durations.get(text)

    def is_ready(self, text: str) -> bool:
        return text in self._durations

    def cannot_say(self, text: str) -> bool:
        """Whether ``text`` will not be rendered: it failed after its retries, or the
        voice gave up."""
        return self.gave_up or text in self._failed

    def _cached_ms(self, text: str) -> int | None:
        return cached_ms(self.path(text))

    def configure(self, choice: str, rate: float, language: str | None = None) -> None:
        """A new voice, speaking rate or language ("de", or "de-CH": the voice is German's):
        the worker starts again with it when next needed."""
        language = self.language if language is None else language.split("-")[0].lower()
        if (choice, round(rate, 2), language) == (self.choice, round(self.rate, 2),
                                                  self.language):
            return
        self.choice, self.rate, self.language = choice, round(rate, 2), language
        self._durations.clear()
        self._clips.clear()
        self.gave_up = False
        self._restarts = 0
        self.shutdown()
        self.voice = remembered_voice(self.cache_dir, voice_key(self.choice, self.language))

    # ------------------------------------------------------------ rendering

    def prepare(self, texts) -> None:
        """Have these lines ready ahead (the session about to start): from the cache at
        once, else rendered by the worker, in this order."""
        for text in texts:
            if text and text not in self._wanted and text not in self._durations \
                    and text not in self._failed:
                known = self._cached_ms(text)
                if known is not None:
                    self._ready(text, known)
                elif not self.gave_up:
                    self._wanted.append(text)
        if not self._wanted:
            return  # all at hand: no worker needed
        if self.worker_ready:
            self._send()
        else:
            self._start_worker()

    def _start_worker(self) -> None:
        if self._worker is not None or self.gave_up:
            return
        worker = SpeechProcess(
            self.command(self.choice, self.language) if callable(self.command) else self.command,
            self.ready_timeout_ms, self,
            on_ready=self._started, on_answer=self._answered, on_ended=self._ended,
            on_hung=self._hung, on_failed_to_start=lambda: self._give_up(
                tr("Spoken guidance is silent: the speech worker could not start.")))
        self._worker = worker

    def _send(self) -> None:
        """Ask for the next line not yet in the cache; one at a time, so a hang is clear."""
        if self._worker is None or not self.worker_ready or self._in_flight:
            return
        while self._wanted:
            text = self._wanted.pop(0)
            known = self._cached_ms(text)
            if known is not None:  # rendered on an earlier day
                self._ready(text, known)
                continue
            self._next_id += 1
            self._in_flight[self._next_id] = text
            self._worker.ask(protocol.Request(self._next_id, text, self.rate, self.path(text)),
                             self.answer_timeout_ms)
            self._asked_at = time.monotonic()
            return
        self._worker.idle()

    def _answered(self, answer) -> None:
        if answer.id not in self._in_flight:
            return
        text = self._in_flight.pop(answer.id)
        if isinstance(answer, protocol.Rendered):
            self._ready(text, answer.ms)
            self._timed(answer.ms)
        else:
            self._failed.add(text)
            self._explain(answer.error)
        self._send()

    def _explain(self, error: str) -> None:
        """Say once why lines cannot be rendered, when the reason is one a person can fix."""
        if "Errno 28" in error or "No space left" in error:
            if not self._told_full:
                self._told_full = True
                self.notice.emit(tr("The voice cannot be prepared: the disk is full where its "
                                    "files are kept ({folder}). Chimes still play; free some "
                                    "space to hear the voice.").format(folder=self.cache_dir))

    def _started(self, ready: protocol.Ready) -> None:
        if ready.voice is None:
            self._give_up(tr("Spoken guidance is silent: no voice could be loaded ({reason}). "
                             "See the README.").format(reason=ready.error))
            return
        if ready.version != protocol.VERSION:
            self._give_up(tr("Spoken guidance is silent: the speech worker speaks another "
                             "version of its protocol ({version}, not {expected}). Reinstall "
                             "RelaxApp.").format(version=ready.version,
                                                 expected=protocol.VERSION))
            return
        voice = ready.voice
        if voice != self.voice:  # not last time's: what was found under that one is not this
            self._wanted[:0] = [text for text in self._durations if text not in self._wanted]
            self._durations.clear()
            self._clips.clear()
            self.voice = voice
        self.worker_ready = True
        remember_voice(self.cache_dir, voice_key(self.choice, self.language), voice)
        self._send()

    def _ready(self, text: str, ms: int) -> None:
        self._durations[text] = ms
        self.line_ready.emit(text)
        if self._soon is not None and self._soon[0] == text:
            if time.monotonic() <= self._soon[1]:
                self.play(text)
            self._soon = None

    def _timed(self, audio_ms: int) -> None:
        if self._asked_at is not None and audio_ms > 0:
            self._render_ms[0] += 1000 * (time.monotonic() - self._asked_at)
            self._render_ms[1] += audio_ms
        self._asked_at = None

    def render_share(self) -> float:
        """The share of a line's length that rendering it takes here: twice what it has
        taken so far (room for a busy moment), or a cautious guess before 5 s are rendered."""
        from relaxapp.core.guidance import RENDER_SHARE

        spent, rendered = self._render_ms
        if rendered < 5_000:
            return RENDER_SHARE
        return 2 * spent / rendered

    def _hung(self) -> None:
        """No answer in time: the line it hung on is dropped, the worker starts again."""
        self._failed.update(self._in_flight.values())
        self._in_flight.clear()
        self._restart(tr("Spoken guidance is silent: the speech worker did not answer "
                         "{count} times"))

    def _ended(self) -> None:
        self._wanted[:0] = list(self._in_flight.values())  # ask again after a crash
        self._in_flight.clear()
        self._restart(tr("Spoken guidance is silent: the speech worker stopped {count} "
                         "times"))

    def _restart(self, silent: str) -> None:
        """Start the worker again; after too many times, give up with ``silent`` (its
        {count}: how many)."""
        last_words = self._worker.last_words() if self._worker is not None else ""
        self._drop_process()
        if self.gave_up:
            return
        self._restarts += 1
        if self._restarts > MAX_RESTARTS:
            said = silent.format(count=self._restarts)
            self._give_up(said + (f" ({last_words})." if last_words else "."))
            return
        if self._wanted:  # the clips found so far stay good: only these are asked for
            self._start_worker()

    def _give_up(self, message: str) -> None:
        self.gave_up = True
        self._wanted.clear()
        self._in_flight.clear()
        self._drop_process()
        self.notice.emit(message)

    def _drop_process(self) -> None:
        self.worker_ready = False
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.close()

    def shutdown(self) -> None:
        self._in_flight.clear()
        self._drop_process()

    # ------------------------------------------------------------- playing

    def _clip(self, text: str):
        return self._clips.get(text, self.path(text))

    def preload(self, texts) -> None:
        """Read these lines now, so each starts within a frame of its moment."""
        for text in texts:
            if self.is_ready(text):
                try:
                    self._clip(text)
                except (OSError, EOFError, ValueError):
                    self._durations.pop(text, None)  # gone from the cache: render again

    def play(self, text: str, delay_frames: int = 0) -> Playing | bool:
        """Say a rendered line now, or ``delay_frames`` into the mix: the sound in the mix,
        or False (and nothing said) if it is not ready."""
        if not self.is_ready(text):
            self.missed.append(text)
            if self.voice is not None or self._worker is not None:
                self.prepare([text])  # for the next time
            return False
        try:
            clip = self._clip(text)
        except (OSError, EOFError, ValueError):  # deleted or damaged since: render again
            self._durations.pop(text, None)
            self.missed.append(text)
            self.prepare([text])
            return False
        sound = self.mixer.play(clip, "voice", delay_frames)
        self.played.append(text)
        return sound or False

    def speak_soon(self, text: str, within_s: float = SOON_S) -> None:
        """Say ``text`` now if ready, else as soon as it is, unless that is more than
        ``within_s`` from now."""
        if self.is_ready(text):
            self.play(text)
            return
        self._soon = (text, time.monotonic() + within_s)
        self.prepare([text])

    def stop(self) -> None:
        self.mixer.stop("voice")
