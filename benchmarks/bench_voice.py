"""The voice, measured from outside: render times, spoken onsets, and the window's memory.

1. Renders every line of the bundled 16-group session with the real worker, cold (an
   empty cache) and again (all cached), and prints both.
2. Plays a user's own relaxation script in the real app on a virtual screen, records what
   it plays from a PulseAudio null sink, finds each sound's onset, and compares it with the
   moment the guidance schedule gives (relaxapp.core.guidance): spoken lines and phase
   changes. Prints the distribution of the differences.
3. Compares the window's memory (VmHWM) with the voice on and off, in the same run.
0. First (alone with --readiness): how long after the 16-group session's start page opens its
   first line and all its lines are ready, and how long a Start pressed meanwhile would wait.

Needs Xvfb, xdotool, PulseAudio (pulseaudio, pulseaudio-utils) and the voice extra:

    .venv/bin/python benchmarks/bench_voice.py [--readiness]
"""

from __future__ import annotations

import array
import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import wave
from pathlib import Path

from relaxapp import resources
from relaxapp.core import guidance
from relaxapp.core.library import load_library
from relaxapp.core.scripts import parse_script
from relaxapp.core.timeline import Timeline
from relaxapp.speech import protocol
from relaxapp.speech.audio import duration_ms, read_mono16
from relaxapp.speech.cache import cache_path

DISPLAY = ":96"
RATE = -0.2  # the default speaking rate
OWN_SCRIPT = {
    "format": 1, "id": "my-evening", "title": "My evening relaxation", "steps": [
        {"type": "say", "text": "Settle back and close your eyes.", "seconds": 6},
        {"type": "muscle", "regions": ["shoulders"], "name": "Shoulders",
         "tense": "Lift your shoulders toward your ears. Hold them there.",
         "release": "Let them drop.", "tense_seconds": 5, "release_seconds": [10, 12], "repeat": 2},
        {"type": "muscle", "regions": ["jaw"], "name": "Jaw",
         "tense": "Press your teeth gently together.", "release": "Let your jaw hang loose.",
         "tense_seconds": 5, "release_seconds": 10},
        {"type": "say", "text": "Rest here for a moment.", "seconds": 6},
    ]}


# In the window, as a person meets it: the start page of the 16-group session opens, its
# lines are rendered in the order they are said, and a Start pressed meanwhile would wait
# (relaxapp.core.guidance.wait_for_voice_ms) for as long as printed.
READINESS = r"""
import json, sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from relaxapp.core import guidance
from relaxapp.core.timeline import Timeline
from relaxapp.ui.shell.app import application
from relaxapp.ui.shell.main_window import MainWindow
from relaxapp.ui.pages.player_page import LOOKAHEAD_MS
from relaxapp.ui.shell.settings import Settings

app = application()
data, session_id = Path(sys.argv[1]), sys.argv[2]
window = MainWindow(data, None, Settings(data))
window.show()
session = window.library.get(session_id)
texts = guidance.texts(Timeline(session.script))
narrator = window.cues.narrator
report = {"lines": len(texts)}
started = time.perf_counter()
window.steps.open_start(session_id)

def poll():
    at = time.perf_counter() - started
    ready = sum(narrator.is_ready(text) for text in texts)
    if ready and "first_s" not in report:
        report["first_s"] = at
    if "no_wait_s" not in report and not window.cues.voice_wait_ms(Timeline(session.script),
                                                                   LOOKAHEAD_MS):
        report["no_wait_s"] = at  # a Start from here on begins at once
    dropped = [text for text in texts if text in narrator._failed]
    if ready + len(dropped) == len(texts):
        report["all_s"], report["dropped"] = at, len(dropped)
        print(json.dumps(report), flush=True)
        narrator.shutdown()
        app.quit()
    else:
        QTimer.singleShot(10, poll)

# what a Start pressed at once would be told to wait, before any line is rendered
report["reckoned_ms"] = window.cues.voice_wait_ms(Timeline(session.script), LOOKAHEAD_MS)
QTimer.singleShot(0, poll)  # in the event loop: a quit before it runs would be lost
app.exec()
"""


def readiness(session_id: str = "pmr-16-groups") -> None:
    """From the start page opening to every line ready, with an empty cache and a full one."""
    data = fresh_data(voice=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for cache in ("empty cache", "cached"):
        result = subprocess.run([sys.executable, "-c", READINESS, str(data), session_id],
                                capture_output=True, text=True, env=env, timeout=300)
        lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
        if not lines:
            sys.exit(result.stderr[-2000:])
        report = json.loads(lines[-1])
        print(f"  {session_id}, {cache}: from the start page opening, the first line is ready "
              f"in {report['first_s']:.2f} s, all {report['lines']} in {report['all_s']:.2f} s; "
              f"a Start begins at once from {report['no_wait_s']:.2f} s (one pressed sooner "
              f"waits until then; reckoned at first {report['reckoned_ms']} ms)"
              + (f"; {report['dropped']} lines DROPPED" if report["dropped"] else ""))


def render_all(texts: list[str], cache: Path) -> tuple[float, float, str]:
    """(seconds to the worker's first answer, seconds until every line is rendered, voice)."""
    started = time.perf_counter()
    worker = subprocess.Popen([sys.executable, "-m", "relaxapp.speech.worker"],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE)

    def answer():
        while not isinstance(found := protocol.read_answer(worker.stdout.readline()),
                             (protocol.Ready, protocol.Rendered, protocol.Failed)):
            pass  # a library printing to stdout
        return found

    ready = answer()
    first = time.perf_counter() - started
    for number, text in enumerate(texts):
        path = cache_path(cache, ready.voice, RATE, text)
        worker.stdin.write(protocol.request_line(protocol.Request(number, text, RATE, path)))
        worker.stdin.flush()
        answer()
    worker.stdin.close()
    worker.wait()
    return first, time.perf_counter() - started, ready.voice


def envelope(samples: array.array, rate: int) -> list[float]:
    step = rate // 200  # 5 ms
    return [math.sqrt(sum(s * s for s in samples[i:i + step]) / step)
            for i in range(0, len(samples) - step, step)]


def onsets(samples: array.array, rate: int, quiet_ms: int = 150) -> list[float]:
    """Seconds where sound starts after at least ``quiet_ms`` of quiet."""
    env = envelope(samples, rate)
    threshold = max(env) * 0.02
    found, quiet = [], quiet_ms
    for index, value in enumerate(env):
        if value > threshold:
            if quiet >= quiet_ms:
                found.append(index * 0.005)
            quiet = 0
        else:
            quiet += 5
    return found


def session_onsets(recording: Path, clicks: list[float]) -> tuple[float, list[float]]:
    """The onsets of a recording made by ``run_app``, without its two reference clicks, and
    how much longer than the monotonic clock the recording keeps time (1.002: 2,000 ppm)."""
    everything = onsets(*read_mono16(recording))
    first_click, last_click = clicks
    return (everything[-1] - everything[0]) / (last_click - first_click), everything[1:-1]


def lead_silence_s(path: Path) -> float:
    samples, rate = read_mono16(path)
    peak = max(abs(s) for s in samples)
    first = next(i for i, s in enumerate(samples) if abs(s) > 0.02 * peak)
    return first / rate


def pulse_ready() -> bool:
    return subprocess.run(["pactl", "info"], capture_output=True).returncode == 0


def start_pulse() -> subprocess.Popen | None:
    if pulse_ready():
        return None
    server = subprocess.Popen(["pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1",
                               "-L", "module-native-protocol-unix",
                               "-L", "module-null-sink sink_name=rec"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(50):
        if pulse_ready():
            break
        time.sleep(0.1)
    return server


def click_file() -> Path:
    """A 10 ms click, played by PulseAudio's own player to mark the recording's clock."""
    path = Path(tempfile.mkdtemp()) / "click.wav"
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(44_100)
        out.writeframes(array.array("h", (int(12_000 * math.sin(2 * math.pi * 1_000 * i / 44_100))
                                          for i in range(441))).tobytes())
    return path


def run_app(data: Path, env: dict, seconds: float, record: Path | None,
            script_id: str = OWN_SCRIPT["id"], wait: float = 8) -> dict:
    """Start the app on the own script, press Enter once it is rendered, and return the
    window's memory. When asked, records the sink meanwhile, with a click played 1.5 s
    before Enter and one 3 s after the session, each at a known moment of the monotonic
    clock ("clicks" in the result)."""
    relaxapp = Path(sys.executable).with_name("relaxapp")
    app = subprocess.Popen([str(relaxapp), "--data-dir", str(data), "--start", script_id],
                           env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    recorder = None
    clicks = []
    click = click_file()
    try:
        subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--pid", str(app.pid)],
                       env=env, capture_output=True, timeout=60)
        time.sleep(wait)  # the start screen renders the session's words meanwhile
        if record is not None:
            recorder = subprocess.Popen(["parec", "-d", "rec.monitor", "--file-format=wav",
                                         str(record)])
            time.sleep(0.5)
            clicks.append(time.monotonic())
            subprocess.run(["paplay", str(click)], check=True)
            time.sleep(1.5 - (time.monotonic() - clicks[0]))
        subprocess.run(["xdotool", "key", "Return"], env=env, check=True)
        time.sleep(seconds)
        status = Path(f"/proc/{app.pid}/status").read_text()
        memory = {line.split(":")[0]: int(line.split()[1]) for line in status.splitlines()
                  if line.startswith(("VmHWM", "VmRSS"))}
        if record is not None:
            clicks.append(time.monotonic())
            subprocess.run(["paplay", str(click)], check=True)
            time.sleep(0.5)
    finally:
        if recorder is not None:
            recorder.terminate()
            recorder.wait()
        app.terminate()
        _, errors = app.communicate(timeout=30)
    memory["stderr lines"] = len(errors.splitlines())
    memory["clicks"] = clicks
    return memory


def fresh_data(voice: bool) -> Path:
    data = Path(tempfile.mkdtemp(prefix="relaxapp-voice-"))
    (data / "sessions").mkdir()
    (data / "sessions" / "mine.json").write_text(json.dumps(OWN_SCRIPT))
    (data / "settings.ini").write_text(
        f"[app]\nonboarded=true\n\n[cues]\nvoice={'true' if voice else 'false'}\n")
    return data


def main() -> None:
    for tool in ("Xvfb", "xdotool", "pulseaudio", "parec", "pactl"):
        if not shutil.which(tool):
            sys.exit(f"{tool} is missing: apt-get install xvfb xdotool pulseaudio pulseaudio-utils")

    pulse = start_pulse()
    subprocess.run(["pactl", "set-default-sink", "rec"], check=True)
    print("Readiness, in the window:")
    readiness()
    if "--readiness" in sys.argv:
        if pulse is not None:
            pulse.terminate()
        return

    library = load_library(resources.sessions_dir(), None)
    texts = guidance.texts(Timeline(library.get("pmr-16-groups").script))
    cache = Path(tempfile.mkdtemp(prefix="relaxapp-speech-"))
    first, cold, voice = render_all(texts, cache)
    started = time.perf_counter()
    cached = all(duration_ms(cache_path(cache, voice, RATE, text)) for text in texts)
    again = time.perf_counter() - started
    speech = sum(duration_ms(cache_path(cache, voice, RATE, text)) for text in texts) / 1000
    print(f"16-group PMR, {len(texts)} lines, {speech:.0f} s of speech, voice {voice}:")
    print(f"  cold: worker ready {first:.2f} s, every line rendered {cold:.1f} s "
          f"({cold / speech:.3f}x real time)")
    print(f"  cached: {again * 1000:.1f} ms to find every line ({cached=})")

    server = subprocess.Popen(["Xvfb", DISPLAY, "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    env = dict(os.environ, DISPLAY=DISPLAY, QT_QPA_PLATFORM="xcb")
    try:
        time.sleep(1)
        script = parse_script(json.dumps(OWN_SCRIPT), "mine.json")
        timeline = Timeline(script)
        seconds = timeline.total_ms / 1000 + 3
        recording = Path(tempfile.mkdtemp()) / "session.wav"
        data_on = fresh_data(voice=True)
        memory_on = run_app(data_on, env, seconds, recording)
        memory_off = run_app(fresh_data(voice=False), env, seconds, None)

        voice_dir = data_on / "cache" / "speech"
        voice_id = next(path for path in voice_dir.iterdir() if path.is_dir()).name

        def clip(text: str) -> Path:
            return cache_path(voice_dir, voice_id, RATE, text)

        lines = guidance.schedule(timeline, lambda text: duration_ms(clip(text)))
        # The recording keeps the sink's time, which may run off the monotonic clock the
        # session keeps: the two clicks, a known time apart, tell by how much.
        stretch, session = session_onsets(recording, memory_on["clicks"])
        first_click, last_click = memory_on["clicks"]
        start = session[0]  # the first line and the first chime, at the session's start
        # A chime sounds on its moment; a line's first word a few ms after (what the voice
        # keeps before it). Where both fall together, the chime is heard first.
        chimes = {moment for moment in timeline.phase_starts() if moment > 0} | \
            {timeline.total_ms}
        expected = [((line.at_ms if line.at_ms in chimes else line.at_ms
                      + 1000 * lead_silence_s(clip(line.text))) / 1000,
                     ("chime + " if line.at_ms in chimes else "") + line.text)
                    for line in lines if line.at_ms > 0 and clip(line.text).exists()]
        said = {line.at_ms for line in lines}
        expected += [(at / 1000, "chime") for at in sorted(chimes - said)]
        expected.sort()
        print(f"\nOwn PMR script recorded from outside ({timeline.total_ms / 1000:.0f} s, "
              f"{len(expected)} sounds after the first):")
        print(f"  the recording's clock runs {(stretch - 1) * 1e6:+.0f} ppm against the "
              f"monotonic clock (two clicks {last_click - first_click:.1f} s apart)")
        table = []
        for at, text in expected:
            nearest = min(session, key=lambda onset: abs(onset - start - at * stretch))
            table.append((at, round((nearest - start - at) * 1000),
                          round(((nearest - start) / stretch - at) * 1000), text))
        for at, raw, error, text in table:
            print(f"  {at:7.3f} s  {error:+5d} ms  (as recorded {raw:+5d})  {text[:50]}")
        for kind, rows in (("spoken lines", [r for r in table if r[3] != "chime"]),
                           ("chimes", [r for r in table if r[3].startswith("chime")])):
            for name, column in (("on the monotonic clock", 2), ("as recorded", 1)):
                absolute = sorted(abs(row[column]) for row in rows)
                print(f"  {kind}, |error| {name}: median {statistics.median(absolute)} ms, "
                      f"max {absolute[-1]} ms")
        print("  (target: spoken lines within 50 ms)")
        print(f"  sounds heard: {len(session)}; stderr lines: {memory_on['stderr lines']}")
        ratio = memory_on["VmHWM"] / memory_off["VmHWM"]
        print(f"\nWindow memory, peak: voice on {memory_on['VmHWM'] / 1024:.0f} MiB, "
              f"off {memory_off['VmHWM'] / 1024:.0f} MiB: {ratio:.2f}x (target: 1.1x)")
    finally:
        server.terminate()
        if pulse is not None:
            pulse.terminate()


if __name__ == "__main__":
    main()
