"""Hostile documents for the script validator and the importer, made by hypothesis.

The only acceptable outcomes: a clean refusal that names a field, or an accepted document
that then plays (scripts: every state of its timeline, and its spoken guidance) or exports
(imports: CSV and JSON, and JSON read back the same). Used by tests/test_fuzz.py (a few
hundred documents on every run) and benchmarks/fuzz.py (10,000).
"""

from __future__ import annotations

import io
import json
import tempfile
from pathlib import Path

from hypothesis import strategies as st

from relaxapp.core import guidance
from relaxapp.core.scripts import ID_PATTERN, REGIONS, ScriptError, parse_script
from relaxapp.core.timeline import Timeline

ODD_TEXT = st.one_of(
    st.text(min_size=1, max_size=40), st.text(min_size=1, max_size=40),
    st.sampled_from(["", " ", "\u0000", "\ud800", "\udfff", "\u202e", "\u001b[2J", "é" * 300,
                     "x" * 2001, "NaN", "Infinity", "<b>", "🙂", "\r\n", "\ufeff"]),
)
GOOD_TEXT = st.text(st.characters(codec="utf-8", categories=("L", "N", "Zs", "P")),
                    min_size=1, max_size=60).filter(str.strip)


def one_in(n: int, rare, usual):
    """``rare`` about once in ``n`` draws (hypothesis's one_of does not weigh its choices)."""
    return st.integers(0, n - 1).flatmap(lambda i: rare if i == 0 else usual)


TEXT = one_in(8, ODD_TEXT, GOOD_TEXT)  # a text field: mostly fine, sometimes odd
NUMBERS = st.one_of(
    st.integers(min_value=-10**30, max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([0, 0.5, 1, 2, 5, 7, 60, 600, 10_000, 1e308, -0.0, 1e-300,
                     10**400, -(10**400), 2**63, -(2**63) - 1]),  # 400 digits once crashed
)
ANY_JSON = st.recursive(
    st.one_of(st.none(), st.booleans(), NUMBERS, ODD_TEXT),
    lambda children: st.one_of(st.lists(children, max_size=4),
                               st.dictionaries(ODD_TEXT, children, max_size=4)),
    max_leaves=12,
)


# Ids that look right to a loose check: a final newline once passed, and wrote "evil\n.json".
ODD_IDS = st.sampled_from(["evil\n", "a\n", "a/b", "../up", ".hidden", "A", "a b", "-a", "a" * 65,
                           "a\u0000", "é", "a.json", "a\r", "\ufeffa", "a" * 64])


def maybe(value_strategy):
    """Mostly a plausible value, now and then anything at all: a document has a dozen
    fields, and each must be good for it to be accepted and played."""
    return one_in(20, ANY_JSON, value_strategy)


PHASE = st.fixed_dictionaries(
    {"phase": maybe(st.sampled_from(["inhale", "hold", "exhale"])),
     "seconds": maybe(st.sampled_from([0.5, 1, 2, 4, 6.5, 60]))},
    optional={"label": maybe(TEXT), "to": maybe(st.floats(0, 1))})
STEP = st.one_of(
    st.fixed_dictionaries({"type": st.just("say"), "text": maybe(TEXT),
                           "seconds": maybe(st.sampled_from([1, 5, 12, 600]))}),
    st.fixed_dictionaries(
        {"type": st.just("breathe"), "pattern": maybe(st.lists(PHASE, min_size=1, max_size=8))},
        optional={"cycles": maybe(st.integers(1, 20)), "minutes": maybe(st.sampled_from([0.5, 1, 2])),
                  "text": maybe(TEXT), "pace": maybe(st.just("resonance"))}),
    st.fixed_dictionaries(
        {"type": st.just("muscle"), "regions": maybe(st.lists(st.sampled_from(REGIONS), min_size=1,
                                                              max_size=3)),
         "name": maybe(TEXT), "release": maybe(TEXT)},
        optional={"tense": maybe(TEXT), "tense_seconds": maybe(st.sampled_from([2, 7, 20])),
                  "release_seconds": maybe(st.one_of(st.sampled_from([5, 30, 120]),
                                                     st.lists(st.sampled_from([5, 35, 50]),
                                                              max_size=5))),
                  "repeat": maybe(st.integers(1, 5))}),
    ANY_JSON,
)
SCRIPT = st.fixed_dictionaries(
    {"format": maybe(st.just(1)),
     "id": maybe(one_in(4, st.one_of(ODD_IDS, ODD_TEXT),
                        st.from_regex(r"[a-z0-9][a-z0-9-]{0,10}", fullmatch=True))),
     "title": maybe(TEXT), "steps": maybe(st.lists(STEP, min_size=1, max_size=5))},
    optional={"summary": maybe(TEXT), "tags": maybe(st.lists(TEXT, max_size=3)),
              "language": maybe(st.sampled_from(["en", "de-CH", "x"])),
              "cautions": maybe(st.lists(TEXT, max_size=2)),
              "sources": maybe(st.lists(TEXT, max_size=2)),
              "quiet_end": maybe(st.booleans()), "choose_pace": maybe(st.booleans()),
              "x-mine": ANY_JSON})
SCRIPT_TEXT = one_in(
    10, st.one_of(SCRIPT.map(lambda data: json.dumps(data, allow_nan=True)[:-1]),  # cut short
                  st.text(max_size=200)),
    SCRIPT.map(lambda data: json.dumps(data, allow_nan=True)))


def check_script(text: str) -> str:
    """"refused" or "played"; raises (failing the run) on anything else."""
    try:
        script = parse_script(text, "fuzz.json")
    except ScriptError as error:
        assert error.problems, "a refusal must say why"
        for problem in error.problems:
            assert problem.file == "fuzz.json" and problem.message
            str(problem).encode("utf-8")  # printable as it stands
        return "refused"
    assert ID_PATTERN.fullmatch(script.id), script.id  # what becomes a file name
    timeline = Timeline(script)
    starts = timeline.phase_starts()
    for at in starts[:200] + [timeline.total_ms - 1, timeline.total_ms]:
        timeline.state_at(at)
    guidance.schedule(timeline)
    for text_line in guidance.texts(timeline):
        text_line.encode("utf-8")
    skipped = timeline.skip_step(min(1_000, timeline.total_ms - 1))
    skipped.state_at(skipped.total_ms - 1)
    return "played"


RECORD = st.fixed_dictionaries(
    {"uid": maybe(st.uuids().map(str)), "started_at": maybe(st.just("2026-11-01T08:00:00+01:00")),
     "source": maybe(st.sampled_from(["app", "manual"])), "title": maybe(TEXT),
     "status": maybe(st.sampled_from(["completed", "stopped", "interrupted"])),
     "practiced_seconds": maybe(st.integers(0, 10_000))},
    optional={"ended_at": maybe(st.just("2026-11-01T08:10:00+01:00")),
              "session_id": maybe(TEXT), "kind": maybe(st.sampled_from(["breathing", "pmr", "mixed"])),
              "planned_seconds": maybe(st.integers(0, 10_000)), "pace": maybe(st.floats(0.1, 20)),
              "tension_before": maybe(st.integers(0, 10)), "tension_after": maybe(st.integers(0, 10)),
              "note": maybe(TEXT), "symptoms": maybe(st.lists(st.sampled_from(["cramps", "weakness"]))),
              "regions": maybe(st.fixed_dictionaries({"before": st.dictionaries(
                  st.sampled_from(REGIONS), st.integers(0, 10), max_size=2)}))})
EXPORT = st.fixed_dictionaries({"format": maybe(st.just(1)), "sessions": maybe(st.lists(RECORD, max_size=4))},
                               optional={"app": maybe(st.just("relaxapp"))})


def check_import(document, store) -> str:
    """"refused" or "imported"; raises on anything else."""
    from relaxapp.storage.exchange import ImportFileError, import_file, write_csv, write_json

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "export.json"
        path.write_text(json.dumps(document, allow_nan=True), encoding="utf-8",
                        errors="surrogatepass")
        before = store.sessions()
        try:
            import_file(store, path)
        except ImportFileError as error:
            assert str(error)
            assert store.sessions() == before  # all or nothing
            return "refused"
    records = store.sessions()
    write_csv(records, io.StringIO())
    out = io.StringIO()
    write_json(records, out)
    json.loads(out.getvalue())
    return "imported"
