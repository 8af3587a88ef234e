"""The window and the speech worker read and write one protocol (relaxapp.speech.protocol)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from relaxapp.speech import protocol
from relaxapp.speech.protocol import Failed, Ready, Rendered, Request


def test_a_request_is_read_by_the_worker_as_the_window_wrote_it():
    request = Request(7, "Let go. “Now”.", -0.2, Path("/cache/voice/a.wav"))
    line = protocol.request_line(request)
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    assert protocol.read_request(line) == request
    assert protocol.read_request(line.decode()) == request  # as the worker's stdin gives it


def test_each_answer_is_read_by_the_window_as_the_worker_wrote_it():
    assert protocol.read_answer(protocol.ready_line("piper-joe")) == Ready("piper-joe")
    assert protocol.read_answer(protocol.not_ready_line("no engine")) == Ready(None, "no engine")
    assert protocol.read_answer(protocol.rendered_line(3, 1250)) == Rendered(3, 1250)
    assert protocol.read_answer(protocol.failed_line(4, "OSError: full")) == \
        Failed(4, "OSError: full")
    assert protocol.read_answer(protocol.failed_line(None, "bad")) is None  # no id: nothing to match


def test_the_worker_says_its_version_and_an_older_worker_counts_as_the_first():
    assert json.loads(protocol.ready_line("v"))["protocol"] == protocol.VERSION
    assert protocol.read_answer(b'{"ready": true, "voice": "v"}') == Ready("v", version=1)
    assert protocol.read_answer(b'{"ready": true, "voice": "v", "protocol": 9}').version == 9
    assert protocol.read_answer(b'{"ready": true, "voice": "v", "protocol": "2"}').version == -1


@pytest.mark.parametrize("raw", [b"a library talking on stdout", b"", b"[1, 2]", b"null",
                                 b'{"id": true, "ok": true}', b'{"id": "3", "ok": true}',
                                 b'{"ok": true}', b"[" * 5000, b'{"id": 1, "ok": tr'])
def test_what_is_not_an_answer_is_passed_over(raw):
    assert protocol.read_answer(raw) is None


def test_a_rendered_length_that_is_not_a_length_counts_as_none():
    assert protocol.read_answer(b'{"id": 1, "ok": true, "ms": -5}') == Rendered(1, 0)
    assert protocol.read_answer(b'{"id": 1, "ok": true, "ms": "long"}') == Rendered(1, 0)


def test_a_request_the_worker_cannot_read_is_answered_by_its_id_if_it_has_one():
    with pytest.raises((ValueError, KeyError, TypeError)):
        protocol.read_request(b'{"id": 5, "text": "x"}')  # no path
    assert protocol.request_id(b'{"id": 5, "text": "x"}') == 5
    assert protocol.request_id(b"not json") is None
    assert protocol.request_id(b'{"id": false}') is None
