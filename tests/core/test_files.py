"""Reading a file a person named without hanging or reading without end, writing one whole or
not at all, and saying what went wrong in plain words."""

from __future__ import annotations

import errno
import os
import socket

import pytest

from relaxapp.core import files


def test_a_regular_file_is_read_up_to_one_byte_past_its_limit(tmp_path):
    path = tmp_path / "f"
    path.write_bytes(b"abcdef")
    assert files.read_limited(path, 10) == b"abcdef"
    assert files.read_limited(path, 6) == b"abcdef"  # exactly at the limit: whole
    assert files.read_limited(path, 3) == b"abcd"  # over it: one more shows it is too large
    assert files.read_limited(path, 0) == b"a"


def test_a_large_file_is_read_in_pieces_to_the_limit(tmp_path):
    path = tmp_path / "big"
    path.write_bytes(b"x" * (3 << 20))
    assert len(files.read_limited(path, (2 << 20) + 5)) == (2 << 20) + 6


def test_a_device_that_never_ends_is_read_only_to_the_limit_or_refused():
    with pytest.raises(files.NotAFile) as raised:
        files.read_limited("/dev/zero", 10)
    assert raised.value.kind == "a character device"
    assert raised.value.errno == errno.EINVAL
    assert files.describe(raised.value) == "it is a character device, not a file"


unix_only = pytest.mark.skipif(not hasattr(os, "mkfifo") or not hasattr(socket, "AF_UNIX"),
                               reason="named pipes and Unix sockets in the file system")


@unix_only
def test_a_named_pipe_does_not_hang_and_is_named(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(files.NotAFile) as raised:
        files.read_limited(fifo, 10)
    assert raised.value.kind == "a named pipe (FIFO)"


@unix_only
def test_without_o_nonblock_as_on_windows_a_file_is_still_read_and_a_pipe_refused(
        tmp_path, monkeypatch):
    """Windows has no O_NONBLOCK: the kind of file is looked at before it is opened, so
    a FIFO (here, to stand for any file that would block) is refused without waiting."""
    monkeypatch.delattr(os, "O_NONBLOCK")
    path = tmp_path / "f"
    path.write_bytes(b"abc\r\n")
    assert files.read_limited(path, 10) == b"abc\r\n"  # bytes as they are, no text mode
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(files.NotAFile) as raised:
        files.read_limited(fifo, 10)
    assert raised.value.kind == "a named pipe (FIFO)"
    with pytest.raises(files.NotAFile):
        files.read_limited(tmp_path, 10)


@unix_only
def test_a_folder_and_a_socket_are_named(tmp_path):
    with pytest.raises(files.NotAFile) as raised:
        files.read_limited(tmp_path, 10)
    assert raised.value.kind == "a folder" and str(tmp_path) in str(raised.value)
    path = tmp_path / "s"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    try:
        with pytest.raises(OSError) as raised:  # a socket cannot even be opened for reading
            files.read_limited(path, 10)
        assert files.kind_of(os.stat(path).st_mode) == "a socket"
    finally:
        server.close()


def test_every_kind_of_file_has_a_name():
    import stat

    assert files.kind_of(stat.S_IFBLK) == "a block device"
    assert files.kind_of(stat.S_IFCHR) == "a character device"
    assert files.kind_of(stat.S_IFREG) == "not a regular file"


@pytest.mark.parametrize("error, words", [
    (OSError(errno.ENOENT, "No such file or directory"), "no such file or folder"),
    (OSError(errno.EACCES, "Permission denied"), "permission denied"),
    (OSError(errno.EPERM, "Operation not permitted"), "permission denied"),
    (OSError(errno.ELOOP, "Too many levels"), "a loop of symbolic links that leads nowhere"),
    (OSError(errno.EIO, "Input/output error"), "input/output error"),
    (OSError("Odd Thing"), "odd thing"),
])
def test_errors_are_said_as_a_person_reads_them(error, words):
    assert files.describe(error) == words


def test_a_file_is_written_whole_and_replaces_the_old_one(tmp_path):
    path = tmp_path / "deeper" / "out.json"
    files.write_whole(path, b"first")
    files.write_whole(path, b"second")
    assert path.read_bytes() == b"second"
    assert sorted(p.name for p in path.parent.iterdir()) == ["out.json"]  # nothing left over


def test_a_failed_write_leaves_the_old_file_and_no_partial_one(tmp_path, monkeypatch):
    path = tmp_path / "out.json"
    path.write_bytes(b"old")

    def full(_descriptor):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", full)
    with pytest.raises(OSError) as raised:
        files.write_whole(path, b"new")
    assert raised.value.errno == errno.ENOSPC
    assert path.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json"]


def test_a_free_name_is_found_beside_the_taken_ones(tmp_path):
    assert files.free_path(tmp_path, "calm") == tmp_path / "calm.json"
    (tmp_path / "calm.json").write_text("{}")
    assert files.free_path(tmp_path, "calm") == tmp_path / "calm-2.json"
    (tmp_path / "calm-2.json").write_text("{}")
    assert files.free_path(tmp_path, "calm") == tmp_path / "calm-3.json"
    assert files.free_path(tmp_path, "calm", ".pdf") == tmp_path / "calm.pdf"


def test_writing_whole_makes_the_folders_on_the_way(tmp_path):
    path = tmp_path / "a" / "b" / "out.pdf"
    files.write_whole(path, b"%PDF")
    assert path.read_bytes() == b"%PDF"


def test_a_file_written_again_keeps_its_mode_and_a_new_one_follows_the_umask(tmp_path):
    path = tmp_path / "out.json"
    files.write_whole(path, b"first")
    umask = os.umask(0)
    os.umask(umask)
    assert path.stat().st_mode & 0o777 == 0o666 & ~umask  # not the 0600 of a temporary file
    path.chmod(0o640)
    files.write_streamed(path, lambda stream: stream.write("second\r\n"))
    assert path.stat().st_mode & 0o777 == 0o640
    assert path.read_bytes() == b"second\r\n"  # text as written: UTF-8, newlines untouched
