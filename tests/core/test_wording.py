from relaxapp.core.wording import duration_text, plural


def test_plural():
    assert [plural(n, "day") for n in (0, 1, 2)] == ["0 days", "1 day", "2 days"]


def test_duration_text_from_seconds_to_hours():
    assert [duration_text(s) for s in (0, 59, 60, 89, 90, 3599, 3600, 7_530)] == [
        "0 s", "59 s", "1 min", "1 min", "2 min", "1 h 00 min", "1 h 00 min", "2 h 06 min"]
