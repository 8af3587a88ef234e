"""A few hundred hostile documents on every run; benchmarks/fuzz.py throws 10,000."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from relaxapp.storage.log import Store
from tests.fuzz import EXPORT, SCRIPT_TEXT, check_import, check_script


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
