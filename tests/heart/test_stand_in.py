"""What stands in for a strap (relaxapp --heart-from): a recording played back on the
session's time, each beat once, or a simulated heart that follows the pace breathed; and a
file that is not a recording refused with the reason."""

from __future__ import annotations

import pytest

from relaxapp.heart.sources import RRFileError, SimulatedHeart
from relaxapp.heart.stand_in import StandIn
from relaxapp.heart.stream import HeartStream


def test_a_recording_plays_back_each_beat_once_on_the_sessions_time(tmp_path):
    path = tmp_path / "h10.rr"
    path.write_text("# from a phone app\n1000\n800\n1200\n")
    stand_in = StandIn.from_choice(str(path))
    assert stand_in.name == "h10.rr"
    assert stand_in.due(0.9, None) == []
    came = stand_in.due(1.85, None)
    assert [(m.bpm, m.rr_s, m.contact) for m in came] == [(60, (1.0,), True), (75, (0.8,), True)]
    assert stand_in.due(1.85, None) == []  # each once
    assert [m.rr_s for m in stand_in.due(10, None)] == [(1.2,)]
    assert stand_in.due(20, None) == []  # the recording is over: no beat is made up
    again = stand_in.restarted(5000.0)  # the next session plays it from its start
    assert again.due(5000.9, None) == []  # on the monotonic clock: its start, not its zero
    assert [m.rr_s for m in again.due(5001.0, None)] == [(1.0,)]


def test_a_recording_with_times_starts_at_its_first_beat(tmp_path):
    path = tmp_path / "timed.rr"
    path.write_text("100.5,1000\n101.3,800\n")
    assert [m.rr_s for m in StandIn.from_choice(str(path)).due(1.0, None)] == [(1.0,)]


def test_the_simulated_heart_follows_the_pace_breathed_at_any_frame_rate():
    for frame_s in (1 / 60, 0.25):
        stand_in, stream = StandIn.from_choice("simulated"), HeartStream()
        now = 0.0
        while now < 180:
            now += frame_s
            for measurement in stand_in.due(now, 5.5):
                stream.add(measurement, now, 5.5)
        summary = stream.summary()
        expected = SimulatedHeart().swing(5.5)  # at its resonance: the largest rise and fall
        assert summary.swing_bpm == pytest.approx(expected, abs=1.5), frame_s
        assert 62 < summary.mean_bpm < 70


@pytest.mark.parametrize("content, said", [
    (b"", "holds no heartbeat intervals"),
    (b"\xff\xfe\x00binary", "is not a text file"),
    (b"1000\nabc\n", "line 2: not a number"),
])
def test_a_file_that_is_not_a_recording_is_refused_with_the_reason(tmp_path, content, said):
    path = tmp_path / "bad.rr"
    path.write_bytes(content)
    with pytest.raises(ValueError, match=said):
        StandIn.from_choice(str(path))


def test_a_huge_file_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "huge.rr"
    with path.open("wb") as stream:
        stream.truncate(33 * 2**20)  # sparse: nothing is written
    with pytest.raises(RRFileError, match="too large for a recording"):
        StandIn.from_choice(str(path))


def test_the_command_line_says_what_is_wrong_and_opens_no_window(tmp_path, capsys, monkeypatch):
    from relaxapp import cli

    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    opened = []
    monkeypatch.setattr("relaxapp.ui.shell.app.run", lambda *a, **k: opened.append(k) or 0)
    assert cli.main(["--data-dir", str(tmp_path), "--heart-from", str(tmp_path / "nope.rr")]) == 1
    assert capsys.readouterr().err.strip() == \
        f"relaxapp: {tmp_path / 'nope.rr'}: no such file or folder"
    (tmp_path / "h.rr").write_text("1000\n")
    assert cli.main(["--data-dir", str(tmp_path), "--heart-from", str(tmp_path / "h.rr")]) == 0
    [options] = opened  # the window opens once, with the recording standing in
    assert options["heart_stand_in"].name == "h.rr"


def test_the_simulated_heart_rises_as_the_lungs_fill_and_falls_as_they_empty():
    full, empty = StandIn.from_choice("simulated"), StandIn.from_choice("simulated")
    rate = lambda stand_in, fullness: [m.bpm for m in stand_in.due(30, 5.5, fullness)]  # noqa: E731
    on_inhale, on_exhale = rate(full, 1.0), rate(empty, 0.0)
    swing = SimulatedHeart().swing(5.5)
    assert abs(sum(on_inhale) / len(on_inhale) - (66 + swing / 2)) < 1.5
    assert abs(sum(on_exhale) / len(on_exhale) - (66 - swing / 2)) < 1.5
