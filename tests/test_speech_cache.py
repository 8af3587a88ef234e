"""The voice's cache on disk (relaxapp.speech.cache), without Qt."""

import array

import pytest

from relaxapp.audio import RATE
from relaxapp.speech import cache
from relaxapp.speech.audio import write_mono16


def test_a_line_is_found_by_its_voice_rate_and_text(tmp_path):
    path = cache.cache_path(tmp_path, "joe", -0.2, "Let go.")
    assert path.parent == tmp_path / "joe"
    assert len({path, cache.cache_path(tmp_path, "amy", -0.2, "Let go."),
                cache.cache_path(tmp_path, "joe", 0.0, "Let go."),
                cache.cache_path(tmp_path, "joe", -0.2, "Let go")}) == 4
    assert cache.cached_ms(path) is None  # not rendered yet
    path.parent.mkdir()
    write_mono16(path, array.array("h", bytes(2 * RATE)), RATE)
    assert cache.cached_ms(path) == 1000


def test_a_damaged_clip_reads_as_missing_so_it_is_made_again(tmp_path):
    path = tmp_path / "damaged.wav"
    path.write_bytes(b"RIFF not a wave")
    assert cache.cached_ms(path) is None


def test_the_voice_of_a_choice_is_remembered_and_a_note_naming_a_path_is_not_trusted(tmp_path):
    assert cache.remembered_voice(tmp_path, "auto") is None
    cache.remember_voice(tmp_path / "new", "auto", "en_US-joe-medium")
    assert cache.remembered_voice(tmp_path / "new", "auto") == "en_US-joe-medium"
    (tmp_path / "system.voice").write_text("../../elsewhere")
    assert cache.remembered_voice(tmp_path, "system") is None


def test_only_the_last_few_clips_stay_decoded(tmp_path):
    clips = cache.Clips()
    paths = []
    for index in range(cache.PRELOADED + 1):
        paths.append(tmp_path / f"{index}.wav")
        write_mono16(paths[-1], array.array("h", [index] * 10), RATE)
        clips.get(str(index), paths[-1])
    for path in paths:
        path.unlink()
    assert list(clips.get("6", paths[6])) == [6] * 10  # kept: no file needed
    with pytest.raises(OSError):  # the oldest was let go, and its file is gone
        clips.get("0", paths[0])
