"""Queries for the history charts. SQLite does the aggregating (a day a row, a script a
row, a region a row), so a history of a million ratings reaches Python as a few
thousand rows; core.history shapes them for the charts."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from relaxapp.core.history import Day, ScriptRelief, SessionPoint, SymptomEvent
from relaxapp.core.today import Practised
from relaxapp.core.records import Status
from relaxapp.storage.log import Store

# Per-region tension is what people mark after a session, on the body map.
REGION_MOMENT = "after"
# The local day a session happened on: the date as written, with its own offset.
LOCAL_DAY = "substr(s.started_at, 1, 10)"
UNIX_TIME = "(julianday(s.started_at) - 2440587.5) * 86400.0"


def _since(start: date | None, end: date | None = None) -> tuple[str, tuple]:
    """The WHERE clause for sessions on local days from ``start`` to ``end`` (included).

    It compares ``started_at`` itself, not its day, so SQLite can use the index on it: the
    text starts with the local date, so it sorts from "START" on and before "END + 1 day".
    """
    clauses, parameters = [], ()
    if start is not None:
        clauses.append("s.started_at >= ?")
        parameters += (start.isoformat(),)
    if end is not None:
        clauses.append("s.started_at < ?")
        parameters += ((end + timedelta(days=1)).isoformat(),)
    return ("WHERE " + " AND ".join(clauses) if clauses else ""), parameters


def _joined(table: str, ranged: bool) -> str:
    """``table`` with the sessions it belongs to. In a range, the sessions are found first,
    through their index, and their rows of ``table`` through its key (CROSS JOIN keeps that
    order): a few weeks of a long log are read, not every rating in it."""
    if ranged:
        return f"sessions s CROSS JOIN {table} ON s.uid = {table.split()[-1]}.session_uid"
    return f"{table} JOIN sessions s ON s.uid = {table.split()[-1]}.session_uid"


def days(store: Store, start: date | None = None, end: date | None = None) -> list[Day]:
    """One summed row per day with practice, oldest first."""
    where, parameters = _since(start, end)
    rows = store.connection.query(f"""
        SELECT {LOCAL_DAY} AS day, count(*), sum(practiced_seconds),
               total(tension_before), count(tension_before),
               total(tension_after), count(tension_after),
               total(CASE WHEN tension_before IS NOT NULL AND tension_after IS NOT NULL
                          THEN tension_before - tension_after END),
               count(CASE WHEN tension_before IS NOT NULL AND tension_after IS NOT NULL
                          THEN 1 END)
        FROM sessions s {where} GROUP BY day ORDER BY day""", parameters)
    return [Day(date.fromisoformat(row[0]), *row[1:]) for row in rows]


def session_points(store: Store, start: date | None = None, limit: int = 20_000):
    """A SessionPoint per rated session, or None if there are more than ``limit`` (then
    the chart shows daily means instead)."""
    where, parameters = _since(start)
    rated = (" AND" if where else "WHERE") + \
        " (tension_before IS NOT NULL OR tension_after IS NOT NULL)"
    # Counting first is cheap, and spares fetching thousands of rows only to drop them.
    count = store.connection.query(f"SELECT count(*) FROM sessions s {where}{rated}", parameters)[0][0]
    if count > limit:
        return None
    rows = store.connection.query(
        f"SELECT {UNIX_TIME}, tension_before, tension_after, title, started_at FROM sessions s "
        f"{where}{rated} ORDER BY julianday(started_at)", parameters)
    return [SessionPoint(*row) for row in rows]


def relief_by_script(store: Store, start: date | None = None,
                     end: date | None = None) -> list[ScriptRelief]:
    where, parameters = _since(start, end)
    both = (" AND" if where else "WHERE") + \
        " tension_before IS NOT NULL AND tension_after IS NOT NULL"
    rows = store.connection.query(
        "SELECT title, session_id, avg(tension_before - tension_after), count(*) "
        f"FROM sessions s {where}{both} GROUP BY coalesce(session_id, title)", parameters)
    return [ScriptRelief(*row) for row in rows]


def region_averages(store: Store, start: date | None = None,
                    end: date | None = None) -> dict[str, tuple[float, int]]:
    """region -> (average tension, number of ratings) in the range."""
    where, parameters = _since(start, end)
    ranged = bool(where)
    where = (where + " AND" if where else "WHERE") + " r.moment = ?"
    rows = store.connection.query(
        # Unbounded, the sessions are not needed at all: every rating belongs to one.
        f"SELECT r.region, avg(r.tension), count(*) FROM "
        f"{_joined('region_ratings r', ranged) if ranged else 'region_ratings r'} "
        f"{where} GROUP BY r.region",
        parameters + (REGION_MOMENT,))
    return {region: (mean, count) for region, mean, count in rows}


def region_days(store: Store, region: str, start: date | None = None) -> list[Day]:
    """Daily sums of one region's ratings (in the ``after`` fields of Day)."""
    where, parameters = _since(start)
    ranged = bool(where)
    where = (where + " AND" if where else "WHERE") + " r.moment = ? AND r.region = ?"
    rows = store.connection.query(
        f"SELECT {LOCAL_DAY} AS day, count(*), total(r.tension) "
        f"FROM {_joined('region_ratings r', ranged)} {where} GROUP BY day ORDER BY day",
        parameters + (REGION_MOMENT, region))
    return [Day(date.fromisoformat(day), sessions=n, after_sum=total, after_count=n)
            for day, n, total in rows]


def symptom_events(store: Store, start: date | None = None,
                   end: date | None = None) -> list[SymptomEvent]:
    """A SymptomEvent for each symptom logged in the range, oldest first."""
    where, parameters = _since(start, end)
    rows = store.connection.query(
        f"SELECT s.started_at, y.symptom, s.title FROM {_joined('symptoms y', bool(where))} "
        f"{where} ORDER BY julianday(s.started_at)",
        parameters)
    events = []
    for started, code, title in rows:
        moment = datetime.fromisoformat(started)
        events.append(SymptomEvent(moment.timestamp(), moment.date(), code, title))
    return events


def heart_points(store: Store, start: date | None = None, end: date | None = None):
    """A relaxapp.heart.trends.HeartPoint for each session a heart-rate sensor measured in
    the range, oldest first: a row a session, so ten years of them are a few thousand."""
    from relaxapp.heart.trends import HeartPoint

    where, parameters = _since(start, end)
    rows = store.connection.query(
        f"SELECT {UNIX_TIME}, {LOCAL_DAY}, s.title, h.beats, h.mean_bpm, h.rmssd_ms, "
        "h.swing_bpm, h.corrected_share, h.resonance_bpm, s.started_at "
        f"FROM {_joined('session_heart h', bool(where))} {where} "
        "ORDER BY julianday(s.started_at), s.uid", parameters)
    return [HeartPoint(row[0], date.fromisoformat(row[1]), *row[2:]) for row in rows]


def any_heart(store: Store) -> bool:
    """Whether any session in the log was measured with a heart-rate sensor."""
    return bool(store.connection.query("SELECT 1 FROM session_heart LIMIT 1"))


def completed_by_session(store: Store) -> dict[str, int]:
    """How often each of the app's sessions was done to its end, by session id."""
    rows = store.connection.query(
        "SELECT session_id, count(*) FROM sessions WHERE source = 'app' AND status = ? "
        "AND session_id IS NOT NULL GROUP BY session_id", (str(Status.COMPLETED),))
    return {session_id: count for session_id, count in rows}


def practised_by_session(store: Store) -> dict[str, Practised]:
    """Each of the app's sessions done to its end: its first and last local day, on how many
    days, and the mean change in tension where rated before and after (relaxapp.core.today)."""
    rows = store.connection.query(
        f"SELECT session_id, min({LOCAL_DAY}), max({LOCAL_DAY}), count(DISTINCT {LOCAL_DAY}), "
        "avg(tension_before - tension_after), count(tension_before - tension_after) "
        "FROM sessions s WHERE source = 'app' AND status = ? AND session_id IS NOT NULL "
        "GROUP BY session_id", (str(Status.COMPLETED),))
    return {session_id: Practised(date.fromisoformat(first), date.fromisoformat(last), days,
                                  relief, rated)
            for session_id, first, last, days, relief, rated in rows}


def latest_red_flags(store: Store) -> tuple[str, datetime, list[str]] | None:
    """The latest session with a red-flag symptom logged (relaxapp.core.safety): its uid,
    when it began, and those symptoms' codes, the most urgent first."""
    from relaxapp.core.safety import RED_FLAGS, red_flags_in

    codes = tuple(symptom.code for symptom in RED_FLAGS)
    marks = ", ".join("?" * len(codes))
    row = next(iter(store.connection.query(
        f"SELECT s.uid, s.started_at FROM symptoms y JOIN sessions s ON s.uid = y.session_uid "
        f"WHERE y.symptom IN ({marks}) ORDER BY julianday(s.started_at) DESC, s.rowid DESC "
        "LIMIT 1", codes)),
        None)
    if row is None:
        return None
    uid, started = row
    logged = [code for (code,) in store.connection.query(
        "SELECT symptom FROM symptoms WHERE session_uid = ?", (uid,))]
    return uid, datetime.fromisoformat(started), [s.code for s in red_flags_in(logged)]


def last_change(store: Store) -> tuple[int, int] | None:
    """(before, after) of the latest session rated both times, if any."""
    rows = store.connection.query(
        "SELECT tension_before, tension_after FROM sessions "
        "WHERE tension_before IS NOT NULL AND tension_after IS NOT NULL "
        "ORDER BY julianday(started_at) DESC, uid DESC LIMIT 1")
    return (rows[0][0], rows[0][1]) if rows else None


def kinds(store: Store, start: date | None = None, end: date | None = None) -> dict[str | None, int]:
    """Sessions by kind (breathing, pmr, mixed; None for practice logged by hand)."""
    where, parameters = _since(start, end)
    rows = store.connection.query(
        f"SELECT kind, count(*) FROM sessions s {where} GROUP BY kind ORDER BY count(*) DESC",
        parameters)
    return {kind: count for kind, count in rows}


def notes(store: Store, start: date | None = None,
          end: date | None = None) -> list[tuple[date, str, str]]:
    """(day, session title, note) for each session with a note, oldest first."""
    where, parameters = _since(start, end)
    noted = (" AND" if where else "WHERE") + " note IS NOT NULL AND note != ''"
    rows = store.connection.query(
        f"SELECT {LOCAL_DAY}, title, note FROM sessions s {where}{noted} "
        "ORDER BY julianday(started_at), uid", parameters)
    return [(date.fromisoformat(day), title, note) for day, title, note in rows]


def first_day(store: Store) -> date | None:
    """The local day of the first session in the log."""
    rows = store.connection.query(f"SELECT min({LOCAL_DAY}) FROM sessions s")
    return date.fromisoformat(rows[0][0]) if rows and rows[0][0] else None
