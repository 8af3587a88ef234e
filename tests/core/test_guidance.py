"""The spoken guidance: every line at its moment, words in time with the body."""

from __future__ import annotations

import json

from relaxapp.core.guidance import (
    GAP_MS, MIN_GAP_MS, NOW, WELL_DONE, Line, estimated_ms, schedule, texts, wait_for_voice_ms,
    waits,
)
from relaxapp.core.scripts import parse_script
from relaxapp.core.timeline import Timeline
from tests.conftest import minimal_script

SAY = {"type": "say", "text": "Settle in.", "seconds": 20}
FIST = {"type": "muscle", "regions": ["right_hand"], "name": "Right hand",
        "tense": "Make a fist and squeeze. Feel the tension.", "release": "Let go.",
        "tense_seconds": 7, "release_seconds": [30, 45], "repeat": 2}
BREATHE = {"type": "breathe", "cycles": 4, "text": "Low and slow.",
           "pattern": [{"phase": "inhale", "seconds": 4}, {"phase": "exhale", "seconds": 6}]}


def timeline(*steps, **top) -> Timeline:
    return Timeline(parse_script(json.dumps(minimal_script(steps=list(steps), **top)), "t.json"))


def two_seconds_each(_text: str) -> int:
    return 2_000


def test_a_tense_instruction_ends_as_the_tense_begins_and_now_starts_it():
    tl = timeline(SAY, FIST)
    lines = schedule(tl, two_seconds_each)
    tense = 20_000
    assert Line(tense - GAP_MS - 2_000, "Right hand. Make a fist and squeeze.") in lines
    assert Line(tense, f"{NOW} Feel the tension.") in lines
    release = tense + 7_000
    assert Line(release, "Let go.") in lines  # "let go" starts the release, never before
    second = release + 30_000
    assert Line(second - GAP_MS - 2_000, "Again. Make a fist and squeeze.") in lines
    assert Line(second, NOW) in lines
    assert Line(second + 7_000, "Let go.") in lines
    assert lines[-1] == Line(tl.total_ms, WELL_DONE)


def test_no_tense_word_is_still_spoken_once_the_tense_is_under_way():
    tl = timeline(SAY, FIST)
    lines = schedule(tl, two_seconds_each)
    tense_starts = [t for t in tl.phase_starts() if tl.state_at(t).phase == "tense"]
    for start in tense_starts:
        lead = max((line for line in lines if line.at_ms < start), key=lambda line: line.at_ms)
        assert lead.at_ms + 2_000 <= start  # said and done before the muscles tighten


def test_a_lead_in_waits_for_what_is_being_said_and_the_session_waits_for_the_lead_in():
    short_say = {**SAY, "seconds": 3, "text": "A long introduction that takes a while."}
    lines = schedule(timeline(short_say, FIST), lambda text: 2_500)
    # the introduction is said from 0 to 2.5 s; the lead-in cannot start before
    lead = next(line for line in lines if line.text.startswith("Right hand."))
    assert lead.at_ms == 2_500 + MIN_GAP_MS
    now = next(line for line in lines if line.text.startswith(NOW))
    assert now.at_ms == 3_000  # on the tense, always: the session waits for the lead-in
    assert [line.at_ms for line in lines] == sorted(line.at_ms for line in lines)
    # ... there, until the lead-in has ended and a short quiet after it
    assert waits(lines, lambda text: 2_500) == [
        (now, lead.at_ms + 2_500 + MIN_GAP_MS - 3_000)]


def test_unrendered_lines_are_placed_by_an_estimate_of_their_words():
    lines = schedule(timeline(SAY, FIST))
    lead = next(line for line in lines if line.text.startswith("Right hand."))
    assert lead.at_ms == 20_000 - GAP_MS - estimated_ms(lead.text)
    assert 1_500 < estimated_ms(lead.text) < 4_000


def test_recall_groups_say_their_name_at_the_start():
    recall = {"type": "muscle", "regions": ["jaw"], "name": "Jaw", "release": "Let it soften.",
              "release_seconds": 20}
    lines = schedule(timeline(SAY, recall), two_seconds_each)
    assert Line(20_000, "Jaw. Let it soften.") in lines
    assert not any(line.text.startswith(NOW) for line in lines)


def test_breathing_names_the_first_two_breaths_then_the_sounds_guide():
    lines = schedule(timeline(SAY, BREATHE), two_seconds_each)
    assert [line.text for line in lines] == ["Settle in.", "Low and slow.", "Inhale", "Exhale",
                                             "Inhale", "Exhale", WELL_DONE]
    # the instruction is a lead-in, ending before the first breath; each word on its phase
    assert [line.at_ms for line in lines][1:6] == [20_000 - GAP_MS - 2_000, 20_000, 24_000,
                                                   30_000, 34_000]
    assert waits(lines, two_seconds_each) == []


def test_a_breathing_instruction_with_no_room_before_makes_the_first_breath_wait():
    twenty_words = " ".join(["word"] * 19) + "."
    lines = schedule(timeline({**BREATHE, "text": twenty_words}), lambda text: 8_000
                     if text == twenty_words else 700)
    assert lines[:2] == [Line(0, twenty_words), Line(0, "Inhale")]  # the instruction first
    assert waits(lines, lambda text: 8_000 if text == twenty_words else 700) == [
        (Line(0, "Inhale"), 8_000 + MIN_GAP_MS)]  # heard whole, then the breath begins


def test_no_line_is_planned_over_another_once_the_session_waits():
    # Lines of 3 s planned 1 s apart: each waits for the one before.
    lines = [Line(0, "a"), Line(1_000, "b"), Line(9_000, "c")]
    assert waits(lines, lambda text: 3_000) == [
        (Line(1_000, "b"), 2_000 + MIN_GAP_MS),  # b at 3.15 s, ends 6.15 s
        ]  # c at 9 s + 2.15 s of waiting: long after b


def test_a_session_that_ends_in_sleep_says_nothing_at_the_end():
    lines = schedule(timeline(SAY, BREATHE, quiet_end=True), two_seconds_each)
    assert WELL_DONE not in [line.text for line in lines]


def test_holds_left_out_are_not_spoken_and_skips_replan_the_words():
    box = {**BREATHE, "pattern": [{"phase": "inhale", "seconds": 4}, {"phase": "hold", "seconds": 4},
                                  {"phase": "exhale", "seconds": 4}]}
    script = parse_script(json.dumps(minimal_script(steps=[box, FIST])), "t.json")
    spoken = [line.text for line in schedule(Timeline(script, holds=0.0), two_seconds_each)]
    assert "Hold" not in spoken
    skipped = Timeline(script).skip_step(1_000)  # the breathing ends at 1 s: the fist is next
    lines = schedule(skipped, two_seconds_each, from_ms=1_000)
    assert lines[:2] == [Line(1_000, "Right hand. Make a fist and squeeze."),  # no room: at once
                         Line(1_000, f"{NOW} Feel the tension.")]  # on the tense, after a wait
    assert waits(lines, two_seconds_each)[0] == (Line(1_000, f"{NOW} Feel the tension."),
                                                 2_000 + MIN_GAP_MS)


def test_every_line_to_render_is_listed_once():
    tl = timeline(SAY, FIST, BREATHE)
    wanted = texts(tl)
    assert len(wanted) == len(set(wanted))
    assert set(wanted) == {line.text for line in schedule(tl)} | {WELL_DONE}


def test_the_count_in_says_one_number_a_second_ending_as_the_session_starts():
    from relaxapp.core.guidance import count_in

    assert count_in(3000) == [Line(-3000, "Three."), Line(-2000, "Two."), Line(-1000, "One.")]
    assert count_in(2500) == [Line(-2000, "Two."), Line(-1000, "One.")]
    assert count_in(1000) == [Line(-1000, "One.")]
    assert count_in(999) == [] and count_in(0) == []
    assert len(count_in(10_000)) == 3  # never more than three


def test_a_pace_change_is_said_with_its_direction_and_figure():
    from relaxapp.core.guidance import pace_text

    assert pace_text(5.5, slower=True) == "Slower pace: 5.5 breaths a minute."
    assert pace_text(6, slower=False) == "Faster pace: 6 breaths a minute."


def test_a_line_not_yet_rendered_is_timed_by_its_words_and_pauses():
    assert estimated_ms("") == 800  # even nothing takes a moment
    assert estimated_ms("Inhale") == 800
    assert estimated_ms("one two three four five") == 5 * 210 + 300
    assert estimated_ms("One, two. Three four five.") == 5 * 210 + 3 * 510 + 300
    assert estimated_ms("  spaced   out  ") == estimated_ms("spaced out")


def test_the_first_sentence_is_split_from_the_rest():
    from relaxapp.core.guidance import split_first_sentence

    assert split_first_sentence(" One. Two! Three? ") == ("One.", "Two! Three?")
    assert split_first_sentence("Only one") == ("Only one", "")


def test_a_session_starts_at_once_when_every_line_is_ready_or_renders_in_time():
    lines = [Line(0, "a"), Line(10_000, "b")]
    length = {"a": 2_000, "b": 3_000}.get
    assert wait_for_voice_ms(lines, lambda text: True, length, before_ms=0) == 0
    # "a" takes 300 ms to render (0.15 of 2 s), but is said at once: wait for it.
    assert wait_for_voice_ms(lines, lambda text: False, length, before_ms=0) == 300
    # A count-in of 3 s gives it the time.
    assert wait_for_voice_ms(lines, lambda text: False, length, before_ms=3_000) == 0
    # Only what is not ready is waited for, after the worker has started.
    assert wait_for_voice_ms(lines, lambda text: text == "a", length, before_ms=0,
                             startup_ms=1_500) == 0  # "b" is ready at 1.95 s, said at 10 s
    assert wait_for_voice_ms(lines, lambda text: text == "b", length, before_ms=0,
                             startup_ms=1_500) == 1_800


def test_the_wait_covers_every_line_rendered_one_after_another_in_the_order_said():
    # Ten lines of 10 s, each said 1 s after the last began, each rendering in 1 s (0.1):
    # the tenth is rendered 10 s from now and said at 9 s, so the start waits 1 s.
    lines = [Line(1_000 * n, f"line {n}") for n in range(10)]
    wait = wait_for_voice_ms(lines, lambda text: False, lambda text: 10_000, before_ms=0,
                             render_share=0.1)
    assert wait == 1_000
    # A line said twice is rendered once.
    twice = lines + [Line(9_500, "line 0")]
    assert wait_for_voice_ms(twice, lambda text: False, lambda text: 10_000, before_ms=0,
                             render_share=0.1) == 1_000
    # A line said later than all the rendering needs nothing more.
    assert wait_for_voice_ms([Line(60_000, "late")], lambda text: False, lambda text: 10_000,
                             before_ms=0) == 0
