"""Opening the log in-process: each file the app cannot use is named in one sentence with its
reason and left byte for byte as it was; every failure of the system is said plainly.
(tests/storage/test_guarantees.py checks the same files through the command line.)"""

from __future__ import annotations

import errno
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from relaxapp.storage.database import (
    DatabaseUnusable, StoreError, _first_finding, set_aside,
)
from relaxapp.storage.errors import describe_os_error
from relaxapp.storage.log import Store
from tests.storage.test_guarantees import (
    damaged_log, digest, log_failing_the_check, log_from_a_newer_version, make_store_with_data,
)

P = Path("/data/relaxapp.db")


def sqlite_file(path: Path, create: str) -> Path:
    """An SQLite database at ``path`` made by another program: one table, ``create``."""
    conn = sqlite3.connect(path)
    conn.execute(create)
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize("error, message", [
    (OSError(errno.ENOSPC, "No space left on device"),
     f"the disk holding {P} is full; nothing was saved"),
    (sqlite3.OperationalError("database or disk is full"),
     f"the disk holding {P} is full; nothing was saved"),
    (OSError(errno.EROFS, "Read-only file system"),
     f"cannot write to {P}: the folder or file is read-only or not accessible; nothing was saved"),
    (OSError(errno.EACCES, "Permission denied"),
     f"cannot write to {P}: the folder or file is read-only or not accessible; nothing was saved"),
    (OSError(errno.EPERM, "Operation not permitted"),
     f"cannot write to {P}: the folder or file is read-only or not accessible; nothing was saved"),
    (sqlite3.OperationalError("attempt to write a readonly database"),
     f"cannot write to {P}: the folder or file is read-only or not accessible; nothing was saved"),
    (sqlite3.OperationalError("unable to open database file"),
     f"cannot write to {P}: the folder or file is read-only or not accessible; nothing was saved"),
    (sqlite3.OperationalError("database is locked"),
     f"{P} is busy in another program; nothing was saved, try again in a moment"),
    (sqlite3.OperationalError("database table is busy"),
     f"{P} is busy in another program; nothing was saved, try again in a moment"),
    (OSError(errno.ENOTDIR, "Not a directory"),
     f"cannot use {P}: part of its path is a file, not a folder"),
    (OSError(errno.EEXIST, "File exists"),
     f"cannot use {P}: part of its path is a file, not a folder"),
    (sqlite3.DatabaseError("something odd\nsecond line"), f"cannot use {P}: something odd"),
    (RuntimeError(""), f"cannot use {P}: unknown error"),
])
def test_each_failure_of_the_system_is_one_plain_sentence(error, message):
    result = describe_os_error(error, P)
    assert isinstance(result, StoreError)
    assert (result.message, str(result), result.path) == (message, message, P)


def test_a_long_unknown_error_is_cut_to_one_short_line():
    result = describe_os_error(sqlite3.DatabaseError("x" * 500), P)
    assert result.message == f"cannot use {P}: " + "x" * 200


def test_sqlites_full_code_counts_as_a_full_disk_whatever_the_words():
    error = sqlite3.OperationalError("unusual words")
    error.sqlite_errorcode = sqlite3.SQLITE_FULL
    assert describe_os_error(error, P).message == f"the disk holding {P} is full; nothing was saved"


@pytest.mark.parametrize("content", [b"not a database at all\n" * 100, b"\x00" * 4096,
                                     b"SQLite format 2\x00" + b"\x01" * 5000, b"x"])
def test_a_file_that_is_not_a_database_is_named_and_left_alone(tmp_path, content):
    path = tmp_path / "relaxapp.db"
    path.write_bytes(content)
    with pytest.raises(DatabaseUnusable) as caught:
        Store(path)
    assert caught.value.reason == "not-a-database" and caught.value.path == path
    assert caught.value.message == (f"{path} is not a RelaxApp database (it is not an SQLite "
                                    "file); it was left as it is")
    assert path.read_bytes() == content
    assert [p.name for p in tmp_path.iterdir()] == ["relaxapp.db"]  # no journal, no copy


def test_a_file_with_sqlites_header_but_nothing_else_is_named(tmp_path):
    path = tmp_path / "relaxapp.db"
    content = b"SQLite format 3\x00" + b"\x07" * 5000
    path.write_bytes(content)
    with pytest.raises(DatabaseUnusable) as caught:
        Store(path)
    assert caught.value.reason in ("not-a-database", "damaged") and caught.value.path == path
    assert caught.value.message.startswith(f"{path} is ")
    assert caught.value.message.endswith("; it was left as it is")
    assert path.read_bytes() == content


def test_a_damaged_database_is_named_and_left_alone(tmp_path):
    path = tmp_path / "relaxapp.db"
    damaged_log(path)
    before = digest(path)
    with pytest.raises(DatabaseUnusable) as caught:
        Store(path)
    assert caught.value.reason == "damaged" and caught.value.path == path
    assert caught.value.message.startswith(f"{path} is damaged (")
    assert caught.value.message.endswith("); it was left as it is")
    assert digest(path) == before


def test_a_database_that_fails_sqlites_check_names_its_first_finding(tmp_path):
    path = tmp_path / "relaxapp.db"
    log_failing_the_check(path)
    before = digest(path)
    with pytest.raises(DatabaseUnusable) as caught:
        Store(path)
    message = caught.value.message
    assert caught.value.reason == "damaged" and caught.value.path == path
    assert "\n" not in message and "***" not in message
    assert message.startswith(f"{path} is damaged (") and "page" in message
    assert digest(path) == before


def test_the_first_finding_of_sqlites_check_is_enough_for_one_sentence():
    rows = [("*** in database main ***\nOn tree page 12 cell 3: out of order\nPage 9: never used",),
            ("row 7 missing from index",)]
    assert _first_finding(rows) == "On tree page 12 cell 3: out of order"
    assert _first_finding([("*** in database main ***",), ("",)]) == "it failed SQLite's check"
    assert _first_finding([("x" * 300,)]) == "x" * 120


def test_a_database_from_a_newer_version_is_named_and_left_alone(tmp_path):
    path = tmp_path / "relaxapp.db"
    log_from_a_newer_version(path)
    before = digest(path)
    with pytest.raises(DatabaseUnusable) as caught:
        Store(path)
    assert caught.value.reason == "newer" and caught.value.path == path
    assert caught.value.message == (f"{path} was written by a newer version of RelaxApp; update "
                                    "RelaxApp to open it (the file was left as it is)")
    assert digest(path) == before


def test_someone_elses_database_is_named_as_such_and_left_alone(tmp_path):
    path = tmp_path / "relaxapp.db"
    sqlite_file(path, "CREATE TABLE recipes (name TEXT)")
    before = digest(path)
    with pytest.raises(DatabaseUnusable) as caught:
        Store(path)
    assert caught.value.reason == "not-a-database" and caught.value.path == path
    assert caught.value.message == (f"{path} is an SQLite database, but not one of RelaxApp's; "
                                    "it was left as it is")
    assert digest(path) == before


def test_an_empty_file_is_a_new_log(tmp_path):
    path = tmp_path / "relaxapp.db"
    path.write_bytes(b"")
    with Store(path) as store:
        store.log_practice(activity="walk", minutes=5)
        assert store.count() == 1


def test_a_data_folder_that_is_a_file_is_named(tmp_path):
    folder = tmp_path / "data"
    folder.write_text("a file where the data folder should be")
    with pytest.raises(StoreError) as caught:
        Store(folder / "relaxapp.db")
    assert caught.value.message == (f"the data folder {folder} is a file, not a folder; "
                                    "nothing was saved")
    assert caught.value.path == folder


def test_a_data_folder_that_cannot_be_made_is_named(tmp_path):
    parent = tmp_path / "file"
    parent.write_text("x")
    with pytest.raises(StoreError) as caught:
        Store(parent / "deeper" / "relaxapp.db")
    assert caught.value.message == (f"cannot use {parent / 'deeper'}: part of its path is a "
                                    "file, not a folder")


def test_setting_aside_keeps_the_file_and_its_journal_under_a_new_name(tmp_path):
    path = tmp_path / "relaxapp.db"
    path.write_bytes(b"garbage")
    journal = tmp_path / "relaxapp.db-journal"
    journal.write_bytes(b"journal")
    moved = set_aside(path)
    assert moved.parent == tmp_path
    assert re.fullmatch(r"relaxapp\.db\.unusable-\d{4}-\d\d-\d\d-\d{6}", moved.name)
    assert moved.read_bytes() == b"garbage"
    assert (tmp_path / (moved.name + "-journal")).read_bytes() == b"journal"
    assert not path.exists() and not journal.exists()
    with pytest.raises(StoreError) as caught:
        set_aside(path)  # gone already: said, not raised as an OSError
    assert str(path) in caught.value.message


def test_a_backup_is_a_whole_copy_named_by_its_moment_and_label(tmp_path):
    path = tmp_path / "relaxapp.db"
    make_store_with_data(path)
    with Store(path) as store:
        copy = store.connection.backup("by-hand")
    assert copy.parent == tmp_path
    assert re.fullmatch(r"relaxapp-\d{4}-\d\d-\d\d-\d{6}-by-hand\.db", copy.name)
    with Store(copy) as restored:
        assert restored.count() == 200


def test_a_query_that_fails_is_said_in_one_sentence(tmp_path):
    with Store(tmp_path / "relaxapp.db") as store:
        with pytest.raises(StoreError) as caught:
            store.connection.query("SELECT x FROM nowhere")
    assert caught.value.message == f"cannot use {tmp_path / 'relaxapp.db'}: no such table: nowhere"


def test_sqlite_utils_loads_without_pulling_in_numpy(monkeypatch):
    """numpy costs start-up time and memory, and the log never stores its values."""
    import sys

    from relaxapp.storage import database

    for name in [n for n in sys.modules if n.split(".")[0] in ("sqlite_utils", "numpy", "pandas")]:
        monkeypatch.delitem(sys.modules, name)
    database._load_sqlite_utils()
    assert "sqlite_utils.db" in sys.modules
    assert "numpy" not in sys.modules and "pandas" not in sys.modules  # nor left blocked
    database._load_sqlite_utils()  # loaded once: nothing more happens
    assert "numpy" not in sys.modules


OPEN_AND_WRITE = """
import sys
from pathlib import Path
from relaxapp.storage.log import Store
with Store(Path(sys.argv[1])) as store:
    store.log_practice(activity="walk", minutes=5)
    print(store.count(), "sqlite_utils" in sys.modules)
"""


@pytest.mark.spawns
def test_a_log_up_to_date_opens_without_loading_sqlite_utils(tmp_path):
    """sqlite-utils costs every start about 60 ms and 13 MiB; it is needed only to change
    the schema. A fresh interpreter each time: what the open imports is what is seen."""
    path = tmp_path / "relaxapp.db"
    opened = [subprocess.run([sys.executable, "-c", OPEN_AND_WRITE, str(path)], check=True,
                             capture_output=True, text=True).stdout.split()
              for _ in range(2)]
    assert opened == [["1", "True"],    # a new log: its schema is made by sqlite-utils
                      ["2", "False"]]   # then read and written without it


def test_the_changes_applied_are_read_as_sqlite_utils_reads_them(tmp_path):
    from sqlite_utils import Database

    from relaxapp.storage import database

    path = tmp_path / "relaxapp.db"
    later = [*database.MIGRATIONS,
             ("0002_add_mood", lambda db: db.execute("ALTER TABLE sessions ADD COLUMN mood INT"))]
    for migrations in (database.MIGRATIONS, later):
        with Store(path, migrations=migrations) as store:
            conn = store.connection.conn
            by_sqlite_utils = store.connection.migration_set().applied(Database(conn))
            assert database.applied_migrations(conn) == [m.name for m in by_sqlite_utils] \
                == [name for name, _ in migrations]


def test_setting_aside_what_is_gone_says_which_file():
    missing = Path("/nonexistent/relaxapp.db")
    with pytest.raises(StoreError) as caught:
        set_aside(missing)
    assert caught.value.path == missing
    assert caught.value.message.startswith(f"cannot use {missing}: ")
    assert "No such file or directory" in caught.value.message


@pytest.mark.parametrize("words, start", [
    ("No space left on device", f"the disk holding {P} is full"),
    ("Read-only file system", f"cannot write to {P}: the folder or file is read-only"),
])
def test_failures_known_only_by_their_words_are_still_named(words, start):
    assert describe_os_error(RuntimeError(words), P).message.startswith(start)


def test_a_log_whose_first_set_up_stopped_before_any_change_opens(tmp_path):
    path = tmp_path / "relaxapp.db"
    # the record of changes exists, but none was made yet
    sqlite_file(path, "CREATE TABLE _sqlite_migrations (migration_set TEXT, name TEXT, applied_at TEXT)")
    with Store(path) as store:
        store.log_practice(activity="walk", minutes=5)
        assert store.count() == 1


def test_a_data_folder_several_levels_deep_is_made(tmp_path):
    with Store(tmp_path / "a" / "b" / "relaxapp.db") as store:
        assert store.count() == 0


def test_a_folder_where_the_log_should_be_is_named(tmp_path):
    path = tmp_path / "relaxapp.db"
    path.mkdir()
    with pytest.raises(StoreError) as caught:
        Store(path)
    assert caught.value.path == path
    assert caught.value.message.startswith(f"cannot use {path}: ")
    assert "Is a directory" in caught.value.message


def test_a_log_that_cannot_be_created_is_named(tmp_path):
    path = tmp_path / "relaxapp.db"
    path.symlink_to(tmp_path / "missing" / "elsewhere.db")  # points into no folder
    with pytest.raises(StoreError) as caught:
        Store(path)
    assert caught.value.path == path
    assert caught.value.message == (f"cannot write to {path}: the folder or file is read-only or "
                                    "not accessible; nothing was saved")


def test_a_log_locked_longer_than_the_wait_is_named_as_busy(tmp_path, monkeypatch):
    from relaxapp.storage import database

    path = tmp_path / "relaxapp.db"
    make_store_with_data(path)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another program, in the middle of writing
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 200)
    try:
        with pytest.raises(StoreError) as caught:
            Store(path)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert caught.value.path == path
    assert caught.value.message == (f"{path} is busy in another program; nothing was saved, try "
                                    "again in a moment")
    with Store(path) as store:  # free again: it opens
        assert store.count() == 200


def test_a_log_whose_record_of_changes_is_unreadable_is_named_damaged(tmp_path):
    path = tmp_path / "relaxapp.db"
    sqlite_file(path, "CREATE TABLE _sqlite_migrations (something TEXT)")
    before = digest(path)
    with pytest.raises(DatabaseUnusable) as caught:
        Store(path)
    assert (caught.value.reason, caught.value.path) == ("damaged", path)
    assert caught.value.message.startswith(f"{path} is damaged (")
    assert caught.value.message.endswith("); it was left as it is")
    assert digest(path) == before


def test_the_window_gives_up_on_a_busy_log_at_once_and_says_it_can_try_again(tmp_path):
    """A log held by another program froze the window 30 s per save: the window's connection
    waits WINDOW_BUSY_TIMEOUT_MS, then says the log is busy (LogBusy: try again later)."""
    from relaxapp.storage.database import BUSY_TIMEOUT_MS, WINDOW_BUSY_TIMEOUT_MS
    from relaxapp.storage.errors import LogBusy

    path = tmp_path / "relaxapp.db"
    make_store_with_data(path)
    with Store(path) as command, Store(path, busy_timeout_ms=WINDOW_BUSY_TIMEOUT_MS) as window:
        assert command.connection.conn.execute("PRAGMA busy_timeout").fetchone()[0] == \
            BUSY_TIMEOUT_MS
        assert window.connection.conn.execute("PRAGMA busy_timeout").fetchone()[0] == \
            WINDOW_BUSY_TIMEOUT_MS <= 250
        holder = sqlite3.connect(path, isolation_level=None)
        holder.execute("BEGIN EXCLUSIVE")
        try:
            with pytest.raises(LogBusy):
                window.log_practice(activity="walk", minutes=10)
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        window.log_practice(activity="walk", minutes=10)  # free again: taken
        assert window.count() == 201


def test_a_log_found_busy_is_not_waited_for_again_until_it_takes_a_write(tmp_path):
    from relaxapp.storage.database import WINDOW_BUSY_TIMEOUT_MS
    from relaxapp.storage.errors import LogBusy

    path = tmp_path / "relaxapp.db"
    make_store_with_data(path)
    with Store(path, busy_timeout_ms=WINDOW_BUSY_TIMEOUT_MS) as window:
        wait = lambda: window.connection.conn.execute("PRAGMA busy_timeout").fetchone()[0]  # noqa: E731
        holder = sqlite3.connect(path, isolation_level=None)
        holder.execute("BEGIN EXCLUSIVE")
        for _ in range(3):
            with pytest.raises(LogBusy):
                window.log_practice(activity="walk", minutes=10)
            assert wait() == 0  # found busy once: the next tries do not wait
        holder.execute("ROLLBACK")
        holder.close()
        window.log_practice(activity="walk", minutes=10)
        assert wait() == WINDOW_BUSY_TIMEOUT_MS and window.count() == 201
