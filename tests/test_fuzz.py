"""A few hundred hostile documents on every run; benchmarks/fuzz.py throws 10,000."""

from __future__ import annotations

import json
import socket

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from relaxapp.storage.log import Store
from tests.fuzz import ANY_JSON, EXPORT, SCRIPT_TEXT, check_import, check_script


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(SCRIPT_TEXT)
def test_any_script_is_refused_cleanly_or_plays(text):
    assert check_script(text) in ("refused", "played")


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(document=EXPORT)
def test_any_export_is_refused_whole_or_imported_and_exports_again(tmp_path, document):
    with Store(tmp_path / "relaxapp.db") as store:
        assert check_import(document, store) in ("refused", "imported")


SOCKET_LINES = st.one_of(
    st.binary(max_size=300),
    st.builds(lambda data: json.dumps(data).encode() + b"\n", ANY_JSON),
    st.builds(lambda start: json.dumps({"start": start}).encode() + b"\n",
              st.one_of(st.none(), st.text(max_size=80), st.integers(), ANY_JSON)),
    st.sampled_from([b"[" * 3000 + b"\n", b"{" * 3000, b"\n", b"\xff\xfe\n",
                     b'{"start": "x"}' + b" " * 5000 + b"\n", b'{"start": "x", "start": 1}\n']),
)


@settings(max_examples=300, deadline=None)
@given(SOCKET_LINES)
def test_any_message_on_the_socket_is_one_start_or_nothing(line):
    """What a later start sends the running app: anything else is dropped, never raised."""
    from relaxapp.ui.shell import single_instance

    ours, theirs = socket.socketpair()
    with ours, theirs:
        theirs.sendall(line[:8192])
        theirs.shutdown(socket.SHUT_WR)
        message = single_instance._read_line(ours)
    if message is not None:
        assert set(message) == {"start"}
        start = message["start"]
        assert start is None or (isinstance(start, str) and 0 < len(start) <= 64)


def _outcome(read):
    from relaxapp.storage.exchange import ImportFileError

    try:
        return list(read())
    except ImportFileError as error:
        return str(error)


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(document=EXPORT, cut=st.one_of(st.none(), st.integers(0, 400)))
def test_an_export_read_from_its_bytes_gives_what_its_whole_text_gives(tmp_path, document,
                                                                          cut):
    """The quick reading (bytes, a session at a time) and the whole reading (text) agree:
    the same records, or the same refusal."""
    from relaxapp.storage import exchange

    text = json.dumps(document, allow_nan=True, ensure_ascii=False)
    if cut is not None:
        text = text[:cut]  # cut short: broken somewhere
    path = tmp_path / "export.json"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    quick = _outcome(lambda: exchange.export_records(path))
    try:
        decoded = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        assert "not UTF-8" in quick
        return
    whole = _outcome(lambda: exchange._checked(exchange._document_in_text(decoded, path), path))
    assert quick == whole
