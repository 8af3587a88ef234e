"""Opening the log database safely, and its versioned schema.

What people record here is the most precious thing the app holds, so:
- a file the app cannot use (not a database, damaged, or from a newer RelaxApp) is
  checked before anything is written to it, and is never changed or removed;
- every write is one transaction that takes the write lock at its start
  (``BEGIN IMMEDIATE``), so two writers queue instead of failing half way;
- ``synchronous=FULL`` with the rollback journal: a commit is on disk before it is
  reported, and a killed process leaves the last committed state;
- schema changes are sqlite-utils migrations, each in its own transaction, run
  only after a backup copy of the database has been made.
"""

from __future__ import annotations

import contextlib
import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Sequence

from relaxapp.core.clock import wall_now
from relaxapp.core.language import tr
from relaxapp.storage.errors import (
    DatabaseUnusable, LogBusy, RecordRefused, StoreError, describe_os_error,
)

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations


def _load_sqlite_utils() -> None:
    """Import sqlite-utils without numpy.

    sqlite-utils imports numpy (and pandas) whenever they are installed, to map their
    column types; the log never stores numpy values, and numpy costs ~130 ms and
    ~15 MiB. It is hidden only while sqlite-utils loads: the history's charts import
    it for real when they open.
    """
    if "sqlite_utils" in sys.modules:
        return
    hidden = [name for name in ("numpy", "pandas") if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # makes "import numpy" raise ImportError
    try:
        import sqlite_utils.db  # noqa: F401
    finally:
        for name in hidden:
            if sys.modules.get(name, 0) is None:
                del sys.modules[name]


__all__ = ["Connection", "DatabaseUnusable", "MIGRATIONS", "StoreError", "describe_os_error",
           "set_aside"]

# How long a write waits for another program to let go of the log. A command can wait; the
# window cannot (it would freeze): it gives up at once and tries again later, in the
# background (relaxapp.ui.shell.main_window), keeping meanwhile what the log has not taken.
BUSY_TIMEOUT_MS = 30_000
WINDOW_BUSY_TIMEOUT_MS = 100  # a write by a `relaxapp log` beside it takes a few ms
SQLITE_HEADER = b"SQLite format 3\x00"

# The schema's changes, in order. sqlite-utils applies them, and records each one in its
# table of changes; a log already up to date is opened by reading that table, without
# loading sqlite-utils (about 60 ms and 13 MiB, which every start would otherwise pay).
MIGRATION_SET = "relaxapp"
MIGRATIONS_TABLE = "_sqlite_migrations"  # sqlite-utils' name for it
MIGRATIONS: list[tuple[str, Callable[[Database], None]]] = []


def migration(name: str):
    def register(step: Callable[[Database], None]):
        MIGRATIONS.append((name, step))
        return step
    return register


@migration("0001_initial")
def _initial(db: Database) -> None:
    db.execute("""
        CREATE TABLE sessions (
            uid TEXT PRIMARY KEY,
            started_at TEXT NOT NULL,           -- ISO 8601 with the local UTC offset
            ended_at TEXT,
            source TEXT NOT NULL CHECK (source IN ('app', 'manual')),
            session_id TEXT,                    -- the script's id, for app sessions
            title TEXT NOT NULL,                -- script title, or the activity
            kind TEXT CHECK (kind IN ('breathing', 'pmr', 'mixed')),
            planned_seconds INTEGER CHECK (planned_seconds >= 0),
            practiced_seconds INTEGER NOT NULL DEFAULT 0 CHECK (practiced_seconds >= 0),
            status TEXT NOT NULL CHECK (status IN ('completed', 'stopped', 'interrupted')),
            pace REAL CHECK (pace > 0),         -- breaths per minute used
            tension_before INTEGER CHECK (tension_before BETWEEN 0 AND 10),
            tension_after INTEGER CHECK (tension_after BETWEEN 0 AND 10),
            note TEXT,
            updated_at TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX sessions_by_start ON sessions (started_at)")
    db.execute("""
        CREATE TABLE region_ratings (
            session_uid TEXT NOT NULL REFERENCES sessions (uid) ON DELETE CASCADE,
            moment TEXT NOT NULL CHECK (moment IN ('before', 'after')),
            region TEXT NOT NULL,
            tension INTEGER NOT NULL CHECK (tension BETWEEN 0 AND 10),
            PRIMARY KEY (session_uid, moment, region)
        )""")
    db.execute("""
        CREATE TABLE symptoms (
            session_uid TEXT NOT NULL REFERENCES sessions (uid) ON DELETE CASCADE,
            symptom TEXT NOT NULL,
            PRIMARY KEY (session_uid, symptom)
        )""")


@migration("0002_heart")
def _heart(db: Database) -> None:
    # What a session's heart-rate strap measured (relaxapp.heart.stream.HeartSummary).
    db.execute("""
        CREATE TABLE session_heart (
            session_uid TEXT PRIMARY KEY REFERENCES sessions (uid) ON DELETE CASCADE,
            beats INTEGER NOT NULL CHECK (beats > 0),
            mean_bpm REAL NOT NULL CHECK (mean_bpm BETWEEN 20 AND 250),
            rmssd_ms REAL NOT NULL CHECK (rmssd_ms >= 0),
            swing_bpm REAL CHECK (swing_bpm >= 0),  -- rise and fall with the breath
            corrected_share REAL NOT NULL CHECK (corrected_share BETWEEN 0 AND 1),
            -- the pace the heart followed most, where several were compared
            resonance_bpm REAL CHECK (resonance_bpm BETWEEN 1 AND 30)
        )""")


def _damaged(path: Path, reason: object) -> str:
    return tr("{path} is damaged ({reason}); it was left as it is").format(path=path,
                                                                         reason=reason)


def _first_finding(rows) -> str:
    """SQLite's check lists every damaged page, under a "*** in database main ***" line; the
    first finding says enough for one sentence."""
    lines = [line.strip() for row in rows for line in str(row[0]).splitlines()]
    findings = [line for line in lines if line and not line.startswith("***")]
    return findings[0][:120] if findings else tr("it failed SQLite's check")


def applied_migrations(conn: sqlite3.Connection) -> list[str]:
    """The names of the migrations applied to this database, in order, read from sqlite-utils'
    table of changes as its ``Migrations.applied`` reads it."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                    (MIGRATIONS_TABLE,)).fetchone() is None:
        return []
    return [row[0] for row in conn.execute(
        f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid",
        (MIGRATION_SET,))]


def _looks_like_sqlite(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER


class Connection:
    """One open log database."""

    def __init__(self, path: Path,
                 migrations: Sequence[tuple[str, Callable[[Database], None]]] = MIGRATIONS,
                 busy_timeout_ms: int | None = None):
        self.path = path
        self.busy_timeout_ms = BUSY_TIMEOUT_MS if busy_timeout_ms is None else busy_timeout_ms
        self._migrations = list(migrations)
        self.backup_path: Path | None = None  # set when a migration made one
        self._found_busy = False  # see write
        self.conn = self._open()

    # --------------------------------------------------------------- opening

    def _open(self) -> sqlite3.Connection:
        path = self.path
        try:
            exists = path.exists() and path.stat().st_size > 0
            if exists and not _looks_like_sqlite(path):
                raise DatabaseUnusable(
                    tr("{path} is not a RelaxApp database (it is not an SQLite file); it was "
                       "left as it is").format(path=path), path, "not-a-database")
        except OSError as error:
            raise describe_os_error(error, path) from None
        if not exists:
            if path.parent.exists() and not path.parent.is_dir():
                raise StoreError(tr("the data folder {path} is a file, not a folder; nothing "
                                    "was saved").format(path=path.parent), path.parent)
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise describe_os_error(error, path.parent) from None
        try:
            conn = sqlite3.connect(path, timeout=self.busy_timeout_ms / 1000,
                                   isolation_level=None)
        except sqlite3.Error as error:
            raise describe_os_error(error, path) from None
        try:
            if exists:
                self._check(conn)
            conn.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout_ms)}")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA synchronous = FULL")
            self._migrate(conn, exists)
            return conn
        except BaseException:
            conn.close()
            raise

    def _check(self, conn: sqlite3.Connection) -> None:
        path = self.path
        try:
            result = conn.execute("PRAGMA quick_check").fetchall()
        except sqlite3.DatabaseError as error:
            if "not a database" in str(error):
                raise DatabaseUnusable(tr("{path} is not a RelaxApp database ({reason}); it "
                                          "was left as it is").format(path=path, reason=error),
                                       path, "not-a-database") from None
            if "malformed" in str(error):  # SQLITE_CORRUPT: "database disk image is malformed"
                raise DatabaseUnusable(_damaged(path, error), path, "damaged") from None
            raise describe_os_error(error, path) from None
        if result != [("ok",)]:
            detail = _first_finding(result)
            raise DatabaseUnusable(_damaged(path, detail), path, "damaged")
        known = {name for name, _ in self._migrations}
        try:
            applied = set(applied_migrations(conn))
        except sqlite3.DatabaseError as error:
            raise DatabaseUnusable(_damaged(path, error), path, "damaged") from None
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if applied - known:
            raise DatabaseUnusable(
                tr("{path} was written by a newer version of RelaxApp; update RelaxApp to "
                   "open it (the file was left as it is)").format(path=path), path, "newer")
        if not applied and tables - {MIGRATIONS_TABLE}:
            raise DatabaseUnusable(
                tr("{path} is an SQLite database, but not one of RelaxApp's; it was left as "
                   "it is").format(path=path), path, "not-a-database")

    def _pending(self, applied: list[str]) -> list[str]:
        return [name for name, _ in self._migrations if name not in applied]

    def _migrate(self, conn: sqlite3.Connection, existed: bool) -> None:
        """Bring the schema up to date, holding the write lock throughout.

        Two programs opening a new log at once both see pending migrations; the second
        waits for the lock (up to the busy timeout), then finds them applied. Each
        migration still runs in its own savepoint, so one that fails leaves no trace.
        """
        try:
            applied = applied_migrations(conn)
            pending = self._pending(applied)
            if not pending:
                return  # the usual case: no lock taken, sqlite-utils not loaded
            if existed and applied:
                # Before the lock: SQLite's backup cannot read through this connection's
                # own write transaction. At worst a racing upgrade leaves one spare copy.
                self.backup_path = self.backup(f"before-{pending[0]}", conn)
            migration_set = self.migration_set()  # sqlite-utils loads here
            from sqlite_utils import Database

            conn.execute("BEGIN IMMEDIATE")
            try:
                if self._pending(applied_migrations(conn)):  # again, now no one else can write
                    migration_set.apply(Database(conn, execute_plugins=False))
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        except sqlite3.Error as error:
            raise describe_os_error(error, self.path) from None

    def migration_set(self) -> Migrations:
        """The migrations as sqlite-utils applies them (which loads it)."""
        _load_sqlite_utils()
        from sqlite_utils.migrations import Migrations

        migration_set = Migrations(MIGRATION_SET)
        for name, step in self._migrations:
            migration_set(name=name)(step)
        return migration_set

    # ---------------------------------------------------------------- writing

    @contextlib.contextmanager
    def write(self):
        """One transaction holding the write lock from its start; commits or rolls back whole.

        A log found busy (LogBusy) is not waited for again until it takes a write: the
        tries that follow fail at once, so a window trying again in the background waits
        for the other program once, not at every try."""
        conn = self.conn
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            described = describe_os_error(error, self.path)
            if isinstance(described, LogBusy) and not self._found_busy:
                self._found_busy = True
                conn.execute("PRAGMA busy_timeout = 0")
            raise described from None
        if self._found_busy:  # it is free again: wait for it as usual from now on
            self._found_busy = False
            conn.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout_ms)}")
        try:
            yield conn
            conn.execute("COMMIT")
        except sqlite3.Error as error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if isinstance(error, sqlite3.IntegrityError):
                raise RecordRefused(tr("the log refused this record ({reason}); nothing was "
                                       "saved").format(reason=error), self.path) from None
            raise describe_os_error(error, self.path) from None
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    def query(self, sql: str, parameters=()) -> list[sqlite3.Row]:
        try:
            cursor = self.conn.execute(sql, parameters)
            cursor.row_factory = sqlite3.Row
            return cursor.fetchall()
        except sqlite3.Error as error:
            raise describe_os_error(error, self.path) from None

    def rows(self, sql: str, parameters=()):
        """The rows of a query, read as they are taken (``query`` reads them all at once)."""
        try:
            cursor = self.conn.execute(sql, parameters)
            cursor.row_factory = sqlite3.Row
            while batch := cursor.fetchmany(256):
                yield from batch
        except sqlite3.Error as error:
            raise describe_os_error(error, self.path) from None

    def backup(self, label: str, conn: sqlite3.Connection | None = None) -> Path:
        """A consistent copy beside the database, through SQLite's backup API."""
        stamp = wall_now().strftime("%Y-%m-%d-%H%M%S")
        target = self.path.with_name(f"{self.path.stem}-{stamp}-{label}.db")
        try:
            destination = sqlite3.connect(target)
            try:
                (conn or self.conn).backup(destination)
            finally:
                destination.close()
        except sqlite3.Error as error:
            target.unlink(missing_ok=True)
            raise describe_os_error(error, target) from None
        return target

    def close(self) -> None:
        self.conn.close()


def set_aside(path: Path) -> Path:
    """Rename an unusable database (and its journal) so a fresh one can start.

    Nothing is deleted: the old file keeps its content under a new name.
    """
    stamp = wall_now().strftime("%Y-%m-%d-%H%M%S")
    target = path.with_name(f"{path.name}.unusable-{stamp}")
    try:
        path.rename(target)
        journal = path.with_name(path.name + "-journal")
        if journal.exists():
            journal.rename(target.with_name(target.name + "-journal"))
    except OSError as error:
        raise describe_os_error(error, path) from None
    return target
