"""Eyes-closed guidance heard from outside: is every line heard, whole, on its phase, with
no drop-outs? A person's first session: a fresh data folder (nothing rendered yet), default
settings, Start pressed a moment after the start page shows, optionally with every core
kept busy by other processes.

Each run records a PulseAudio null sink. Then, for each line the session says, in order,
its own rendered audio is looked for in the recording (a matched filter): its first 0.4 s
after the line before, and the last 0.4 s of its words where they would end (not the quiet
after them, which a chime may sound over); a line whose last words are not there was cut. Inside each line heard, a run of digital silence of 2 ms or more
where the line has sound is a drop-out. A phase word ("Inhale", "Now.") is timed against
the chime of its phase, found the same way.

    .venv/bin/python benchmarks/hear_guidance.py SESSION_ID_OR_FILE [--runs N] [--busy N]
        [--wait S]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

import numpy as np

from bench_voice import start_pulse

from relaxapp import resources
from relaxapp.core import guidance
from relaxapp.core.language import SESSION_WORDS
from relaxapp.core.library import load_library
from relaxapp.core.scripts import load_script
from relaxapp.core.timeline import Timeline
from relaxapp.speech.audio import read_mono16
from relaxapp.ui.sound.cues import SOUND_FOR_PHASE
from relaxapp.speech.cache import cache_path

DISPLAY = ":97"
RATE = -0.2  # the default speaking rate
HEARD = 0.5  # a match this good is the line itself (silence or other words: below 0.3)
STEP = 4  # the search runs at 11 kHz
CHIME_HEARD = 0.35  # a chime under a word matches less well than a word alone
PHASE_WORDS = {"Inhale", "Exhale", "Hold", "Rest", "Now."} | {  # and in each language
    SESSION_WORDS[code][word] for code in SESSION_WORDS
    for word in ("Inhale", "Exhale", "Hold", "Now.")}


def as_float(samples) -> np.ndarray:
    return np.asarray(samples, dtype=float)


def resample(clip: np.ndarray, rate: int, to: int) -> np.ndarray:
    if rate == to:
        return clip
    return np.interp(np.arange(0, len(clip), rate / to), np.arange(len(clip)), clip)


def best_match(signal: np.ndarray, piece: np.ndarray, first_over: float | None = None
               ) -> tuple[float, int]:
    """Where ``piece`` best matches ``signal`` (normalised correlation, index), by FFT; with
    ``first_over``, the first match that good (the best within 50 ms of it)."""
    if len(signal) < len(piece) or not piece.any():
        return 0.0, 0
    size = 1 << int(np.ceil(np.log2(len(signal) + len(piece))))
    corr = np.fft.irfft(np.fft.rfft(signal, size) * np.conj(np.fft.rfft(piece, size)), size)
    corr = corr[:len(signal) - len(piece) + 1]
    energy = np.convolve(signal ** 2, np.ones(len(piece)), "valid")
    score = corr / np.maximum(np.sqrt(energy * (piece ** 2).sum()), 1.0)
    if first_over is not None and (score >= first_over).any():
        first = int(np.argmax(score >= first_over))
        index = first + int(score[first:first + len(piece) // 8].argmax())
    else:
        index = int(score.argmax())
    return float(score[index]), index


def audible_from(clip: np.ndarray) -> int:
    """The first sample louder than 2% of the clip's peak (a voice's clip starts with
    50-80 ms of near-silence before its first word)."""
    return int(np.argmax(np.abs(clip) > 0.02 * np.abs(clip).max()))


def audible_to(clip: np.ndarray) -> int:
    """Just after the last sample louder than 2% of the clip's peak: where its last word
    ends (a voice's clip ends with a few hundred ms of near-silence, which a chime that
    follows the line may sound over without cutting any word)."""
    loud = np.nonzero(np.abs(clip) > 0.02 * np.abs(clip).max())[0]
    return int(loud[-1]) + 1 if len(loud) else len(clip)


def score_at(signal: np.ndarray, piece: np.ndarray, at: int, slack: int) -> tuple[float, int]:
    first = max(0, at - slack)
    score, index = best_match(signal[first:at + slack + len(piece)], piece)
    return score, first + index


def outside_env() -> dict:
    """The environment for what runs beside the app (the recorder, a reference click, the
    app itself, which asks PulseAudio for its own latency): without the latency
    relaxapp.ui.sound.audio_out sets in this process as it is imported, which would slow a
    reference click by as much as the app's own sound."""
    env = {k: v for k, v in os.environ.items() if k != "PULSE_LATENCY_MSEC"}
    return dict(env, DISPLAY=DISPLAY, QT_QPA_PLATFORM="xcb")


def fresh_data(own: Path | None = None, language: str = "en") -> Path:
    """A first launch's data folder: nothing rendered yet, default settings (the app in
    ``language``)."""
    data = Path(tempfile.mkdtemp(prefix="relaxapp-hear-"))
    (data / "sessions").mkdir()
    if own is not None:
        shutil.copy(own, data / "sessions" / own.name)
    (data / "settings.ini").write_text(f"[app]\nonboarded=true\n[view]\nlanguage={language}\n")
    return data


@contextmanager
def screen_and_sink():
    """A virtual screen (DISPLAY) and a PulseAudio null sink to record, for the runs."""
    pulse = start_pulse()
    subprocess.run(["pactl", "set-default-sink", "rec"], check=True)
    server = subprocess.Popen(["Xvfb", DISPLAY, "-screen", "0", "1366x768x24", "-nolisten",
                               "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1)
    try:
        yield
    finally:
        server.terminate()
        if pulse is not None:
            pulse.terminate()


def record_run(script_id: str, data: Path, seconds: float, wait: float, busy: int,
               recording: Path, env: dict | None = None, meanwhile=None,
               before_start=None) -> int:
    """Start the session, press Enter ``wait`` s after its window shows, record the sink
    for ``seconds``; ``before_start()`` runs just before the Enter, ``meanwhile(started)``
    after it (it is given the monotonic time of the Enter). Returns how many lines the app
    wrote to stderr."""
    env = env or outside_env()
    hogs = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(busy)]
    recorder = subprocess.Popen(["parec", "-d", "rec.monitor", "--file-format=wav",
                                 str(recording)], env=env)
    relaxapp = Path(sys.executable).with_name("relaxapp")
    stderr = (data / "stderr.txt").open("w")  # a file: a pipe nobody reads fills and blocks
    app = subprocess.Popen([str(relaxapp), "--data-dir", str(data), "--start", script_id],
                           env=env, stdout=subprocess.DEVNULL, stderr=stderr)
    try:
        for _ in range(300):  # the window, polled every 0.1 s
            found = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid",
                                    str(app.pid)], env=env, capture_output=True)
            if found.stdout.strip():
                break
            time.sleep(0.1)
        time.sleep(wait)
        if before_start is not None:
            before_start()
        subprocess.run(["xdotool", "key", "Return"], env=env, check=True)
        started = time.monotonic()
        if meanwhile is not None:
            meanwhile(started)
        time.sleep(max(0.0, started + seconds - time.monotonic()))
    finally:
        app.terminate()
        app.wait(timeout=30)
        stderr.close()
        errors = (data / "stderr.txt").read_text()
        if errors.strip():
            print(errors.strip(), file=sys.stderr)
        recorder.terminate()
        recorder.wait()
        for hog in hogs:
            hog.kill()
    return len(errors.splitlines())


def analyse(recording: Path, timeline: Timeline, voice_dir: Path) -> dict:
    samples, rate = read_mono16(recording)
    heard = as_float(samples)
    coarse = heard[::STEP]
    voice_id = next(path for path in voice_dir.iterdir() if path.is_dir()).name
    lines = guidance.schedule(timeline)
    chimes = {name: as_float(read_mono16(resources.asset(f"sounds/{name}.wav"))[0])
              for name in set(SOUND_FOR_PHASE.values())}
    report = {"lines": len(lines), "missing": [], "cut": [], "dropouts": 0, "phase_offsets_ms": []}
    phase_starts = set(timeline.phase_starts())
    cursor = 0
    origin = None
    for line in lines:
        path = cache_path(voice_dir, voice_id, RATE, line.text)
        if not path.exists():
            report["missing"].append(line.text)
            continue
        clip_samples, clip_rate = read_mono16(path)
        clip = resample(as_float(clip_samples), clip_rate, rate)
        head = clip[:int(0.4 * rate)]
        # after the line before, up to 60 s past the line's own moment (the session may wait
        # for the voice), which is found from the first line heard; a breathing step can run
        # for minutes without a word between two lines
        until = cursor + 60 * rate
        if origin is not None:
            until = max(until, origin + (line.at_ms + 60_000) * rate // 1000)
        window = coarse[cursor // STEP:until // STEP]
        score, index = best_match(window, head[::STEP], first_over=HEARD)
        if score < HEARD:
            report["missing"].append(line.text)
            continue
        start = cursor + index * STEP
        score, start = score_at(heard, head, start, 2 * STEP)  # to the sample
        if origin is None:  # where the session's clock began, in the recording
            origin = start - line.at_ms * rate // 1000
        spoken = audible_to(clip)  # the line is whole if its last word is
        tail = clip[max(0, spoken - int(0.4 * rate)):spoken]
        end_score, _ = score_at(heard, tail, start + spoken - len(tail), int(0.02 * rate))
        if end_score < HEARD and line.at_ms in phase_starts:
            # A word said with its phase's chime: the chime's 1.1 s decay lies over the
            # word's quiet end. Take the chime out (found, and scaled by least squares), then
            # look for the end again.
            end_score = max(end_score, _tail_without_chime(
                heard, clip, tail, start, chimes[SOUND_FOR_PHASE[
                    timeline.state_at(line.at_ms).phase]], rate, spoken))
        if end_score < HEARD:
            report["cut"].append(line.text)
        # drop-outs: digital silence inside the line where the line itself has sound
        span = heard[start:start + len(clip)]
        silent = (span == 0) & (np.abs(clip[:len(span)]) > 200)
        runs, length = 0, 0
        for flag in silent:
            length = length + 1 if flag else 0
            runs += length == int(0.002 * rate)
        report["dropouts"] += runs
        if line.text in PHASE_WORDS:  # a word alone: under a longer line a chime is not found
            state = timeline.state_at(line.at_ms)
            chime = chimes[SOUND_FOR_PHASE[state.phase]]
            # within 150 ms: a wider search can lock onto the wrong part of a short chime
            c_score, c_start = score_at(heard, chime, start, int(0.15 * rate))
            if c_score >= CHIME_HEARD:  # audible onsets: where each clip first rises above 2%
                word_onset = start + audible_from(clip)
                chime_onset = c_start + audible_from(chime)
                report["phase_offsets_ms"].append(round(1000 * (word_onset - chime_onset) / rate))
        # the next line is looked for after this one's words: the quiet after them may be
        # cut short by it (eSpeak NG's clips end in half a second of it)
        cursor = start + spoken - int(0.05 * rate)
    return report


def _tail_without_chime(heard: np.ndarray, clip: np.ndarray, tail: np.ndarray, start: int,
                        chime: np.ndarray, rate: int, spoken: int) -> float:
    """How well a line's end matches once its phase's chime is taken out of the recording."""
    c_score, c_start = score_at(heard, chime, start, int(0.15 * rate))
    if c_score < CHIME_HEARD:
        return 0.0
    first = max(0, min(start, c_start) - rate)
    region = heard[first:max(start + len(clip), c_start + len(chime)) + rate].copy()
    at = c_start - first
    under = region[at:at + len(chime)]
    gain = float(under @ chime[:len(under)]) / max(float(chime @ chime), 1.0)
    region[at:at + len(chime)] -= gain * chime[:len(under)]
    score, _ = score_at(region, tail, start - first + spoken - len(tail), int(0.02 * rate))
    return score


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("session")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--busy", type=int, default=0, help="processes keeping a core busy")
    parser.add_argument("--wait", type=float, default=1.0, help="seconds before Start")
    parser.add_argument("--language", default="en", help="the app's, and so the session's")
    args = parser.parse_args()
    for tool in ("Xvfb", "xdotool", "pulseaudio", "parec", "pactl"):
        if not shutil.which(tool):
            sys.exit(f"{tool} is missing: scripts/setup --tools")
    own = Path(args.session) if args.session.endswith(".json") else None
    if own is not None:
        script = load_script(own)
    else:
        script = load_library(resources.sessions_dir(), None, args.language).get(
            args.session).script
    timeline = Timeline(script)
    with screen_and_sink():
        for run in range(1, args.runs + 1):
            data = fresh_data(own, args.language)
            recording = data / "session.wav"
            errors = record_run(script.id, data, timeline.total_ms / 1000 + 20, args.wait,
                                args.busy, recording)
            report = analyse(recording, timeline, data / "cache" / "speech")
            offsets = report.pop("phase_offsets_ms")
            report["phase words timed"] = len(offsets)
            if offsets:
                report["phase word - chime, ms"] = [min(offsets), max(offsets)]
            report["stderr lines"] = errors
            print(f"run {run} ({script.id}, busy {args.busy}): {json.dumps(report)}", flush=True)


if __name__ == "__main__":
    main()
