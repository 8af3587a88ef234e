"""The practice log: sessions with their ratings, symptoms and notes.

An app session is written when it starts, with the status ``interrupted``, and
its practised time is updated as it runs; finishing or stopping it sets the real
status. So a crash or a kill needs no recovery step: the row already says
``interrupted`` with the time practised up to the last update.
"""

from __future__ import annotations

import math
import uuid
import contextlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from itertools import islice
from pathlib import Path

from relaxapp.core.clock import wall_now
from relaxapp.core.language import tr
from relaxapp.core.records import Status
from relaxapp.core.safety import BY_CODE
from relaxapp.core.scripts import REGIONS
from relaxapp.core.stats import PracticeEntry
from relaxapp.core.strictjson import encodable
from relaxapp.storage.database import Connection, StoreError

STATUSES = tuple(Status)
SOURCES = ("app", "manual")
KINDS = ("breathing", "pmr", "mixed")
MOMENTS = ("before", "after")
MAX_NOTE = 10_000
MAX_TITLE = 200
MAX_SECONDS = 24 * 3600  # one entry never covers more than a day


def iso(moment: datetime) -> str:
    """``moment`` as stored: ISO 8601 to the second, with its UTC offset to the minute.
    SQLite's date functions read no seconds in an offset ("+05:53:28", a local mean time):
    such a session would drop out of every date range. It is kept as the same instant in
    the offset rounded down to the minute."""
    offset = moment.utcoffset()
    if offset is not None and offset % timedelta(minutes=1):
        moment = moment.astimezone(timezone(offset // timedelta(minutes=1) * timedelta(minutes=1)))
    return moment.isoformat(timespec="seconds")


@dataclass
class SessionRecord:
    """One logged session, as stored and as exported."""

    uid: str
    started_at: str
    source: str
    title: str
    status: str
    practiced_seconds: int = 0
    ended_at: str | None = None
    session_id: str | None = None
    kind: str | None = None
    planned_seconds: int | None = None
    pace: float | None = None
    tension_before: int | None = None
    tension_after: int | None = None
    note: str | None = None
    regions: dict[str, dict[str, int]] = field(default_factory=dict)  # moment -> region -> 0-10
    symptoms: list[str] = field(default_factory=list)
    heart: dict | None = None  # what a heart-rate strap measured: HEART_COLUMNS

    def practice_entry(self) -> PracticeEntry:
        return PracticeEntry(datetime.fromisoformat(self.started_at), self.practiced_seconds,
                             self.status, self.tension_before, self.tension_after)


HEART_COLUMNS = ("beats", "mean_bpm", "rmssd_ms", "swing_bpm", "corrected_share",
                 "resonance_bpm")
SESSION_COLUMNS = ("uid", "started_at", "ended_at", "source", "session_id", "title", "kind",
                   "planned_seconds", "practiced_seconds", "status", "pace", "tension_before",
                   "tension_after", "note")


def check_rating(value: int | None, what: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 10:
        raise ValueError(f"{what} must be a whole number from 0 to 10 (got {value!r})")
    return value


def check_regions(ratings: dict[str, int] | None) -> dict[str, int]:
    ratings = dict(ratings or {})
    for region, value in ratings.items():
        if region not in REGIONS:
            raise ValueError(f"unknown body region {region!r}")
        check_rating(value, f"the tension of {region}")
    return ratings


def check_heart(heart: dict) -> tuple:
    """A heart summary's values in HEART_COLUMNS' order; ValueError for one out of range."""
    if not isinstance(heart, dict) or set(heart) - set(HEART_COLUMNS):
        raise ValueError(f"a heart summary has these fields: {', '.join(HEART_COLUMNS)}")
    beats, mean, rmssd, swing, share, resonance = (heart.get(key) for key in HEART_COLUMNS)

    def number(value, low, high, whole=False):
        kinds = (int,) if whole else (int, float)
        return not isinstance(value, bool) and isinstance(value, kinds) and low <= value <= high

    if not (number(beats, 1, 10**7, True) and number(mean, 20, 250) and number(rmssd, 0, 10**4)
            and (swing is None or number(swing, 0, 250)) and number(share, 0, 1)
            and (resonance is None or number(resonance, 1, 30))):
        raise ValueError(f"a heart summary out of range: {heart!r}"[:200])
    return (beats, float(mean), float(rmssd), None if swing is None else float(swing),
            float(share), None if resonance is None else float(resonance))


def check_symptoms(codes) -> list[str]:
    codes = list(dict.fromkeys(codes or ()))
    unknown = [code for code in codes if code not in BY_CODE]
    if unknown:
        raise ValueError(f"unknown symptom {unknown[0]!r}")
    return codes


class Store:
    """The log database of one data folder."""

    def __init__(self, path: Path, **connection_options):
        self.connection = Connection(path, **connection_options)
        self.path = path

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -------------------------------------------------------- app sessions

    def begin_session(self, *, session_id: str, title: str, kind: str, planned_seconds: int,
                      started_at: datetime | None = None, tension_before: int | None = None,
                      regions_before: dict[str, int] | None = None,
                      pace: float | None = None) -> str:
        """Record a session the moment it starts; returns its uid."""
        if kind not in KINDS:
            raise ValueError(f"unknown session kind {kind!r}")
        check_rating(tension_before, "tension before")
        regions = check_regions(regions_before)
        uid = str(uuid.uuid4())
        started = started_at or wall_now()
        with self.connection.write() as conn:
            conn.execute(
                "INSERT INTO sessions (uid, started_at, source, session_id, title, kind, "
                "planned_seconds, practiced_seconds, status, pace, tension_before, updated_at) "
                "VALUES (?, ?, 'app', ?, ?, ?, ?, 0, ?, ?, ?, ?)",
                (uid, iso(started), session_id, title[:MAX_TITLE], kind, planned_seconds,
                 Status.INTERRUPTED.value, pace, tension_before, iso(wall_now())))
            self._insert_regions(conn, uid, "before", regions)
        return uid

    def update_progress(self, uid: str, practiced_seconds: int, pace: float | None = None) -> None:
        """Called as the session runs, so a crash keeps the time practised so far. Only a
        running session (still "interrupted") is changed: a write that arrives after its end
        (it is made from a thread of its own) cannot undo the end."""
        with self.connection.write() as conn:
            conn.execute(
                "UPDATE sessions SET practiced_seconds = ?, pace = COALESCE(?, pace), "
                "updated_at = ? WHERE uid = ? AND status = 'interrupted'",
                (max(0, int(practiced_seconds)), pace, iso(wall_now()), uid))

    def end_session(self, uid: str, *, status: str, practiced_seconds: int,
                    ended_at: datetime | None = None, pace: float | None = None) -> None:
        if status not in (Status.COMPLETED, Status.STOPPED):
            raise ValueError(f"a session ends completed or stopped, not {status!r}")
        with self.connection.write() as conn:
            conn.execute(
                "UPDATE sessions SET status = ?, practiced_seconds = ?, ended_at = ?, "
                "pace = COALESCE(?, pace), updated_at = ? WHERE uid = ?",
                (str(status), max(0, int(practiced_seconds)), iso(ended_at or wall_now()), pace,
                 iso(wall_now()), uid))

    def rate_after(self, uid: str, *, tension_after: int | None = None,
                   regions_after: dict[str, int] | None = None, symptoms=(),
                   note: str | None = None) -> None:
        """The ratings, symptoms and note given after a session, saved together."""
        check_rating(tension_after, "tension after")
        regions = check_regions(regions_after)
        codes = check_symptoms(symptoms)
        note = _clean_note(note)
        with self.connection.write() as conn:
            conn.execute(
                "UPDATE sessions SET tension_after = ?, note = ?, updated_at = ? WHERE uid = ?",
                (tension_after, note, iso(wall_now()), uid))
            conn.execute("DELETE FROM region_ratings WHERE session_uid = ? AND moment = 'after'",
                         (uid,))
            self._insert_regions(conn, uid, "after", regions)
            conn.execute("DELETE FROM symptoms WHERE session_uid = ?", (uid,))
            conn.executemany("INSERT INTO symptoms (session_uid, symptom) VALUES (?, ?)",
                             [(uid, code) for code in codes])

    # ------------------------------------------------------ practice elsewhere

    def log_practice(self, *, activity: str, minutes: float, at: datetime | None = None,
                     tension_before: int | None = None, tension_after: int | None = None,
                     note: str | None = None, symptoms=()) -> SessionRecord:
        """Practice done away from the app (a walk, yoga, breathing on a phone)."""
        activity = (activity or "").strip()
        if not activity:
            raise ValueError(tr("the activity needs a name"))
        if not encodable(activity):
            raise ValueError(tr("the activity name holds a character that cannot be stored as "
                                "text"))
        if len(activity) > MAX_TITLE:
            raise ValueError(tr("the activity name is too long (at most {most} characters)")
                             .format(most=MAX_TITLE))
        if not isinstance(minutes, (int, float)) or isinstance(minutes, bool) \
                or not math.isfinite(minutes) or not 1 <= round(minutes * 60) <= MAX_SECONDS:
            raise ValueError(tr("minutes must be more than 0 (at least one second) and at most "
                                "1440 (a day)"))
        started = at or wall_now()
        seconds = round(minutes * 60)
        record = SessionRecord(
            uid=str(uuid.uuid4()), started_at=iso(started),
            ended_at=iso(started + timedelta(seconds=seconds)), source="manual",
            title=activity, status=Status.COMPLETED, practiced_seconds=seconds,
            tension_before=check_rating(tension_before, "tension before"),
            tension_after=check_rating(tension_after, "tension after"),
            note=_clean_note(note), symptoms=check_symptoms(symptoms))
        self.add_records([record])
        return record

    # ---------------------------------------------------------------- reading

    def save_heart(self, uid: str, heart: dict) -> None:
        """What a heart-rate strap measured in session ``uid`` (HEART_COLUMNS), replacing
        any saved before."""
        values = check_heart(heart)
        with self.connection.write() as conn:
            conn.execute(f"INSERT OR REPLACE INTO session_heart (session_uid, "
                         f"{', '.join(HEART_COLUMNS)}) VALUES (?, ?, ?, ?, ?, ?, ?)",
                         (uid, *values))

    def sessions(self, since: datetime | None = None) -> list[SessionRecord]:
        """Every session (from ``since`` on), oldest first, with ratings and symptoms."""
        return list(self.iter_sessions(since))

    def iter_sessions(self, since: datetime | None = None) -> Iterator[SessionRecord]:
        """The sessions of ``sessions``, read a batch at a time: an export of a million
        sessions holds one batch in memory, not the log."""
        where, parameters = _since(since)
        rows = self.connection.rows(
            f"SELECT {', '.join(SESSION_COLUMNS)} FROM sessions {where} "
            "ORDER BY julianday(started_at), uid", parameters)
        while batch := list(islice(rows, READ_BATCH)):
            records = {row["uid"]: SessionRecord(**dict(row)) for row in batch}
            marks = ", ".join("?" * len(records))
            for row in self.connection.query(
                    "SELECT session_uid, moment, region, tension FROM region_ratings "
                    f"WHERE session_uid IN ({marks}) ORDER BY session_uid, moment, region",
                    tuple(records)):
                record = records[row["session_uid"]]
                record.regions.setdefault(row["moment"], {})[row["region"]] = row["tension"]
            for row in self.connection.query(
                    f"SELECT session_uid, symptom FROM symptoms WHERE session_uid IN ({marks}) "
                    "ORDER BY rowid", tuple(records)):
                records[row["session_uid"]].symptoms.append(row["symptom"])
            for row in self.connection.query(
                    f"SELECT session_uid, {', '.join(HEART_COLUMNS)} FROM session_heart "
                    f"WHERE session_uid IN ({marks})", tuple(records)):
                records[row["session_uid"]].heart = {key: row[key] for key in HEART_COLUMNS}
            yield from records.values()

    def practice_entries(self, since: datetime | None = None) -> Iterator[PracticeEntry]:
        """What the figures need of each session (from ``since`` on), oldest first, read
        as they are used: no ratings by region, no symptoms, no notes."""
        where, parameters = _since(since)
        for row in self.connection.rows(
                "SELECT started_at, practiced_seconds, status, tension_before, tension_after "
                f"FROM sessions {where} ORDER BY julianday(started_at), uid", parameters):
            yield PracticeEntry(datetime.fromisoformat(row[0]), row[1], row[2], row[3], row[4])

    def most_practised(self, count: int) -> list[str]:
        """The ids of the app's sessions practised longest in all, longest first."""
        rows = self.connection.query(
            "SELECT session_id FROM sessions WHERE source = 'app' AND session_id IS NOT NULL "
            "GROUP BY session_id ORDER BY sum(practiced_seconds) DESC LIMIT ?", (count,))
        return [row[0] for row in rows]

    def session(self, uid: str) -> SessionRecord | None:
        rows = self.connection.query("SELECT started_at FROM sessions WHERE uid = ?", (uid,))
        if not rows:
            return None
        found = [r for r in self.sessions(datetime.fromisoformat(rows[0]["started_at"]))
                 if r.uid == uid]
        return found[0] if found else None

    def count(self) -> int:
        return self.connection.query("SELECT count(*) FROM sessions")[0][0]

    # ---------------------------------------------------------- bulk writing

    def add_records(self, records: Iterable[SessionRecord]) -> int:
        """Insert whole records in one transaction; a uid already present is skipped.

        Returns how many were new. Used by manual logging and by import.
        """
        with self.adding() as add:
            for record in records:
                add(record)
        return add.count

    @contextlib.contextmanager
    def adding(self):
        """One transaction to add whole records to, one at a time (``add(record)``; a uid
        already present is skipped; ``add.count`` are new): an import of years never holds
        them all. If the block raises, nothing of it is kept."""
        stamp = iso(wall_now())
        with self.connection.write() as conn:
            yield _Adder(self, conn, stamp)

    @staticmethod
    def _insert_regions(conn, uid: str, moment: str, ratings: dict[str, int]) -> None:
        conn.executemany(
            "INSERT INTO region_ratings (session_uid, moment, region, tension) VALUES (?, ?, ?, ?)",
            [(uid, moment, region, value) for region, value in ratings.items()])


READ_BATCH = 500  # sessions read at a time (and SQLite's variables in one IN list)


def _since(since: datetime | None) -> tuple[str, tuple]:
    if since is None:
        return "", ()
    return "WHERE julianday(started_at) >= julianday(?)", (iso(since),)


class _Adder:
    def __init__(self, store: Store, conn, stamp: str):
        self._store, self._conn, self._stamp = store, conn, stamp
        self.count = 0

    def __call__(self, record: SessionRecord) -> None:
        conn = self._conn
        cursor = conn.execute(
            f"INSERT OR IGNORE INTO sessions ({', '.join(SESSION_COLUMNS)}, updated_at) "
            f"VALUES ({', '.join('?' * (len(SESSION_COLUMNS) + 1))})",
            tuple(getattr(record, column) for column in SESSION_COLUMNS) + (self._stamp,))
        if cursor.rowcount == 0:
            return
        self.count += 1
        for moment, ratings in record.regions.items():
            self._store._insert_regions(conn, record.uid, moment, ratings)
        conn.executemany("INSERT INTO symptoms (session_uid, symptom) VALUES (?, ?)",
                         [(record.uid, code) for code in record.symptoms])
        if record.heart is not None:
            conn.execute(f"INSERT INTO session_heart (session_uid, {', '.join(HEART_COLUMNS)}) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?)", (record.uid, *check_heart(record.heart)))


def _clean_note(note: str | None) -> str | None:
    if note is None:
        return None
    note = note.strip()
    if not encodable(note):
        raise ValueError("the note holds a character that cannot be stored as text")
    if len(note) > MAX_NOTE:
        raise ValueError(f"the note is too long (at most {MAX_NOTE:,} characters)")
    return note or None


def open_store(data_dir: Path, **connection_options) -> Store:
    """The store of a data folder (created if missing); ``busy_timeout_ms`` as for
    relaxapp.storage.database.Connection."""
    from relaxapp.paths import DATABASE_NAME

    return Store(data_dir / DATABASE_NAME, **connection_options)


__all__ = ["Store", "StoreError", "SessionRecord", "open_store", "iso"]
