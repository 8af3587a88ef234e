from relaxapp.core.wording import duration_text, plural


def test_plural():
    assert [plural(n, "day") for n in (0, 1, 2)] == ["0 days", "1 day", "2 days"]


def test_duration_text_from_seconds_to_hours():
    assert [duration_text(s) for s in (0, 59, 60, 89, 90, 3599, 3600, 7_530)] == [
        "0 s", "59 s", "1 min", "1 min", "2 min", "1 h 00 min", "1 h 00 min", "2 h 06 min"]


def test_a_change_in_tension_is_said_the_same_way_everywhere():
    from relaxapp.core.wording import change_text, change_words

    assert change_words(5, 5) == "no change"
    assert change_words(7, 4) == "3 points lower"
    assert change_words(4, 5) == "1 point higher"
    assert change_text(None, None) == ""
    assert change_text(None, 3) == "Tension now: 3 of 10."
    assert change_text(7, 4) == "7 → 4: 3 points lower. Well done."
    assert change_text(5, 5) == "5 → 5: the same as before. That happens; the practice still counts."
    assert change_text(3, 5) == ("3 → 5: 2 points higher. Tension sometimes rises as you begin "
                                 "to relax; that is known and not harmful.")


def test_days_are_written_with_the_month_in_words():
    from datetime import date

    from relaxapp.core.wording import day_text, short_day_text

    assert day_text(date(2026, 3, 1)) == "1 March 2026"
    assert short_day_text(date(2026, 3, 1)) == "1 Mar 2026"
