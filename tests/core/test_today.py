"""The home page's day, without Qt: what is suggested when, and the week so far."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from relaxapp import resources
from relaxapp.core import today, wording
from relaxapp.core.history import Day, ScriptRelief
from relaxapp.core.library import Library, load_library
from relaxapp.core.wording import change_text

LIBRARY = load_library(resources.sessions_dir(), None)
FIRST_STEPS = ["first-breaths", "belly-breathing-intro", "pmr-16-groups"]
NOON, NIGHT = 12, 21


def suggested(tried=None, relief=(), hour=NOON, library=LIBRARY) -> str:
    return today.suggest(library, tried or {}, list(relief), hour).session.id


def test_a_newcomer_is_offered_the_first_steps_in_order_whatever_the_hour():
    assert suggested(hour=NOON) == suggested(hour=NIGHT) == "first-breaths"
    assert suggested({"first-breaths": 1}) == "belly-breathing-intro"
    assert suggested({"first-breaths": 2, "belly-breathing-intro": 1}, hour=NIGHT) == \
        "pmr-16-groups"


def test_after_the_first_steps_the_evening_brings_a_wind_down():
    done = dict.fromkeys(FIRST_STEPS, 1)
    evening = today.suggest(LIBRARY, done, [], NIGHT)
    assert evening.session.id == "bedtime-wind-down"  # tagged "sleep": the better fit
    assert "evening" in evening.why
    assert suggested(done, hour=3) == "bedtime-wind-down"  # still night
    assert suggested(done, hour=4) != "bedtime-wind-down"  # morning


def test_in_the_day_what_helped_most_is_offered_with_its_figures():
    done = dict.fromkeys(FIRST_STEPS, 1)
    relief = [ScriptRelief("Box breathing", "box-breathing", 1.5, 4),
              ScriptRelief("Cyclic sighing", "cyclic-sighing", 2.5, 3),
              ScriptRelief("Neck", "neck-shoulders-jaw", 4.0, 2)]  # too few to rank
    offer = today.suggest(LIBRARY, done, relief, NOON)
    assert offer.session.id == "cyclic-sighing"
    assert "2.5 points" in offer.why and "3 sessions" in offer.why
    # relief under a point is no reason to call a session helpful: next on the path instead
    weak = [ScriptRelief("Box breathing", "box-breathing", 0.5, 9)]
    assert suggested(done, weak) == "resonance-6"


def test_in_the_evening_a_wind_down_that_helped_is_preferred():
    done = dict.fromkeys(FIRST_STEPS, 1)
    relief = [ScriptRelief("4-7-8", "breathing-4-7-8", 2.0, 5)]
    assert suggested(done, relief, NIGHT) == "bedtime-wind-down"  # "sleep" comes first
    without_sleep = Library([s for s in LIBRARY.sessions if "sleep" not in s.script.tags],
                            path=LIBRARY.path)
    assert suggested(done, relief, NIGHT, without_sleep) == "breathing-4-7-8"
    assert suggested(done, [], NIGHT, without_sleep) == "extended-exhale"  # first on the path


def test_when_everything_has_been_tried_the_favourite_is_offered():
    done = {s.id: 1 for s in LIBRARY.sessions}
    done["pmr-7-groups"] = 9
    offer = today.suggest(LIBRARY, done, [], NOON)
    assert offer.session.id == "pmr-7-groups" and "most" in offer.why
    assert today.suggest(Library(), {}, [], NOON) is None


def test_the_week_runs_from_monday_to_today():
    thursday = date(2026, 11, 26)
    days = [Day(date(2026, 11, 22), sessions=1, seconds=600),  # the Sunday before
            Day(date(2026, 11, 23), sessions=2, seconds=900),  # Monday
            Day(date(2026, 11, 26), sessions=1, seconds=30)]
    assert today.this_week(days, thursday) == today.Week(days_practised=1, minutes=15.5,
                                                        sessions=3)  # 30 s is no day
    assert today.this_week(days, date(2026, 11, 22)).minutes == 10  # a Sunday is its week's end
    assert today.streak(days, thursday) == 0  # 30 s today, nothing yesterday
    assert today.streak(days, date(2026, 11, 24)) == 2


@pytest.mark.parametrize("hour, word", [(4, "morning"), (11, "morning"), (12, "afternoon"),
                                        (17, "afternoon"), (18, "evening"), (3, "evening")])
def test_the_greeting_follows_the_hour(hour, word):
    assert wording.greeting(hour) == f"Good {word}"


def test_a_reminder_is_named_by_its_day():
    now = datetime(2026, 11, 26, 9, 0, tzinfo=timezone.utc)  # a Thursday
    assert today.when_text(now.replace(hour=19, minute=30), now) == "today at 19:30"
    assert today.when_text(now + timedelta(days=1), now) == "tomorrow at 09:00"
    assert today.when_text(now + timedelta(days=2), now) == "Saturday at 09:00"


def test_the_change_is_said_plainly_both_ways():
    assert change_text(7, 4) == "7 → 4: 3 points lower. Well done."
    assert change_text(5, 4).startswith("5 → 4: 1 point lower.")
    assert change_text(5, 5).startswith("5 → 5: the same as before.")
    rise = change_text(4, 6)
    assert rise.startswith("4 → 6: 2 points higher.") and "not harmful" in rise
    assert change_text(None, 3) == "Tension now: 3 of 10."
    assert change_text(6, None) == ""


def test_someone_who_practises_other_sessions_is_no_newcomer():
    regular = {"box-breathing": 5}  # five sessions done, none of the first steps
    assert suggested(regular, hour=NIGHT) == "bedtime-wind-down"
    assert suggested({"box-breathing": 4}, hour=NIGHT) == "first-breaths"


def test_each_suggestion_says_why_in_its_own_words():
    first = today.suggest(LIBRARY, {}, [], NOON)
    assert first.why == "The next of the first steps: each one builds on the last."
    done = dict.fromkeys(FIRST_STEPS, 1)
    assert today.suggest(LIBRARY, done, [], NIGHT).why == "For the evening: a calm way towards sleep."
    assert today.suggest(LIBRARY, done, [], NOON).why == "Next on the path, and new to you."
    helped = today.suggest(LIBRARY, done, [ScriptRelief("Box", "box-breathing", 1.0, 3)], NOON)
    assert helped.session.id == "box-breathing"  # exactly one point counts as helping
    # What the log shows, not a claim of cause ("it has helped you most").
    assert helped.why == ("Your tension dropped most after this one: on average 1.0 points less "
                          "tense afterwards, "
                          "over 3 sessions.")
    everything = {s.id: 1 for s in LIBRARY.sessions}
    assert today.suggest(LIBRARY, everything, [], NOON).why == "The one you have practised most."


def test_the_evening_begins_at_seven_and_ends_at_four():
    assert [hour for hour in range(24) if today.is_evening(hour)] == [0, 1, 2, 3, 19, 20, 21, 22, 23]


def test_relief_logged_by_hand_names_no_session_to_suggest():
    done = dict.fromkeys(FIRST_STEPS, 1)
    walk = [ScriptRelief("Walk", None, 5.0, 9)]  # practice elsewhere: not one of the sessions
    assert suggested(done, walk) == suggested(done)


def test_the_next_shorter_form_is_offered_once_the_log_shows_the_one_before_learnt():
    """About two weeks of the 16 groups with relief: "ready for the 7 groups", and why."""
    done = {**dict.fromkeys(FIRST_STEPS, 1), "pmr-16-groups": 12}
    start = date(2026, 11, 1)

    def practised(days, span, relief, rated=5):
        return {"pmr-16-groups": today.Practised(start, start + timedelta(days=span - 1), days,
                                                 relief, rated)}

    ready = today.suggest(LIBRARY, done, [], NOON, practised(10, 15, 2.0))
    assert ready.session.id == "pmr-7-groups"
    assert ready.why == ("Ready for the next step: you did “Progressive relaxation, 16 groups” "
                         "on 10 days over 2 weeks, and your tension was 2.0 points lower after "
                         "it, on average.")
    for not_yet in (practised(7, 15, 2.0),  # too few days
                    practised(10, 10, 2.0),  # too short a time
                    practised(10, 15, 0.5),  # no relief to speak of
                    practised(10, 15, None)):  # never rated both times
        assert today.suggest(LIBRARY, done, [], NOON, not_yet).session.id != "pmr-7-groups"
    moved_on = {**done, "pmr-7-groups": 1}  # begun already: no need to offer it
    assert today.suggest(LIBRARY, moved_on, [], NOON, practised(10, 15, 2.0)).why != ready.why
    assert today.suggest(LIBRARY, done, [], NIGHT, practised(10, 15, 2.0)).session.id == \
        "bedtime-wind-down"  # the evening comes first


def test_what_was_practised_is_read_from_the_log_by_local_day(tmp_path):
    from relaxapp.storage import history
    from relaxapp.storage.log import SessionRecord, Store

    def done(day, before, after, status="completed", hour=8):
        return SessionRecord(uid=f"{day}-{hour}-{status}", started_at=f"2026-11-{day:02d}T"
                             f"{hour:02d}:00:00+01:00", source="app",
                             session_id="pmr-16-groups", title="PMR", kind="pmr",
                             status=status, practiced_seconds=1800, tension_before=before,
                             tension_after=after)

    with Store(tmp_path / "relaxapp.db") as store:
        store.add_records([done(1, 7, 5), done(1, 6, 5, hour=20), done(9, None, None),
                           done(14, 6, 3), done(20, 8, 1, status="stopped")])
        got = history.practised_by_session(store)["pmr-16-groups"]
    assert (got.first_day, got.last_day, got.days) == (date(2026, 11, 1), date(2026, 11, 14), 3)
    assert got.rated == 3 and got.mean_relief == pytest.approx(2.0)
