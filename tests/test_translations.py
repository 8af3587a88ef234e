"""The translations kept in step with the code, complete, and written so they can be."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from relaxapp.core.language import LANGUAGES, SOURCE_LANGUAGE

REPO = Path(__file__).resolve().parent.parent
TRANSLATIONS = REPO / "relaxapp" / "translations"
TOOLS = Path(sys.executable).parent
SHIPPED = sorted(set(LANGUAGES) - {SOURCE_LANGUAGE})


def sources() -> list[Path]:
    return sorted(p for p in (REPO / "relaxapp").rglob("*.py") if "__pycache__" not in p.parts)


def lupdate(ts: Path, code: str) -> None:
    # as scripts/translations runs it
    subprocess.run([str(TOOLS / "pyside6-lupdate"), "-silent", "-no-obsolete", "-locations",
                    "none", "-source-language", "en", "-target-language", code,
                    *map(str, sources()), "-ts", str(ts)], check=True, cwd=REPO)


needs_tools = pytest.mark.skipif(not (TOOLS / "pyside6-lupdate").exists(),
                                 reason="PySide6's tools are not installed beside Python")


@needs_tools
@pytest.mark.parametrize("code", SHIPPED)
def test_the_translations_hold_every_text_of_the_code_and_are_compiled(tmp_path, code):
    """scripts/translations would change nothing: no text of the code is missing from the
    .ts file, none is left there that the code no longer has, and the .qm is built from it."""
    shipped = TRANSLATIONS / f"relaxapp_{code}.ts"
    fresh = tmp_path / shipped.name
    shutil.copy(shipped, fresh)
    lupdate(fresh, code)
    assert fresh.read_text() == shipped.read_text(), \
        "the .ts file is behind the code: run scripts/translations, then translate"
    subprocess.run([str(TOOLS / "pyside6-lrelease"), "-silent", str(fresh), "-qm",
                    str(tmp_path / "fresh.qm")], check=True)
    assert (tmp_path / "fresh.qm").read_bytes() == \
        (TRANSLATIONS / f"relaxapp_{code}.qm").read_bytes(), "run scripts/translations"


@pytest.mark.parametrize("code", SHIPPED)
def test_every_text_is_translated(code):
    root = ET.parse(TRANSLATIONS / f"relaxapp_{code}.ts").getroot()
    messages = root.iter("message")
    unfinished = [m.findtext("source") for m in messages
                  if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
                  or not "".join(m.find("translation").itertext()).strip()]
    assert unfinished == [], f"{len(unfinished)} not translated into {code}: {unfinished[:5]}"


@pytest.mark.parametrize("code", SHIPPED)
def test_a_translation_keeps_every_field_and_count_of_its_source(code):
    """"{done} of {total}" must keep both fields; "%n" must stay: a missing field would
    raise, or show the wrong figure."""
    import re

    root = ET.parse(TRANSLATIONS / f"relaxapp_{code}.ts").getroot()
    for message in root.iter("message"):
        source = message.findtext("source")
        fields = sorted(re.findall(r"\{\w*\}|%n", source))
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for form in forms:
            if "%n" in fields and len(forms) > 1 and form == forms[0] and "%n" not in form:
                fields_here = [f for f in fields if f != "%n"]  # "one" may spell the number out
            else:
                fields_here = fields
            assert sorted(re.findall(r"\{\w*\}|%n", form)) == fields_here, (source, form)


def _tr_calls():
    for path in sources():
        tree = ast.parse(path.read_text(), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) in ("tr", "QT_TR_NOOP"):
                yield path.relative_to(REPO), node


def test_texts_are_written_so_the_translation_tools_find_them():
    """An f-string or a joined text inside tr() is not found by pyside6-lupdate, and a
    count given by keyword is not seen as one: each would stay English."""
    wrong = []
    for path, call in _tr_calls():
        first = call.args[0] if call.args else None
        where = f"{path}:{call.lineno}"
        if isinstance(first, (ast.JoinedStr, ast.BinOp)):
            wrong.append(f"{where}: the text is built, not written out")
        elif isinstance(first, ast.Constant) and "%n" in first.value and len(call.args) != 3:
            wrong.append(f"{where}: a count goes as the third argument: tr(text, None, n)")
        elif any(k.arg == "n" for k in call.keywords):
            wrong.append(f"{where}: a count goes as the third argument: tr(text, None, n)")
    for path in sources():  # a tr() inside an f-string is not found either
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.JoinedStr):
                for inner in ast.walk(node):
                    if isinstance(inner, ast.Call) and getattr(inner.func, "id", None) == "tr" \
                            and inner.args and isinstance(inner.args[0], ast.Constant):
                        wrong.append(f"{path.relative_to(REPO)}:{inner.lineno}: tr() inside "
                                     "an f-string")
    assert wrong == []


# Sentences in the window's code that are not the app's own words: bibliographic sources
# (cited as published), a new step's placeholder words, which are the session's own, and an
# operating system's message looked for in an error.
NOT_TRANSLATED = {"GENERAL_SOURCES", "Notice how you feel.", "Tense these muscles.",
                  "No space left"}


def test_no_sentence_the_window_shows_is_left_out_of_tr():
    """A sentence in the window's code (three words or more, capitalised) goes through tr():
    one that does not stays English in every language, and only a person who meets that
    message (a failed export, a silent voice) would find it."""
    left = []
    for path in sorted((REPO / "relaxapp" / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(), str(path))
        parent = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                text = node.value
            elif isinstance(node, ast.JoinedStr):
                text = "".join(part.value for part in node.values
                               if isinstance(part, ast.Constant))
            else:
                continue
            if len(text.split()) < 3 or not text[:1].isupper() or text in NOT_TRANSLATED \
                    or isinstance(parent.get(node), (ast.Expr, ast.JoinedStr)):  # docstrings
                continue
            above, inside = node, False
            while above in parent and not inside:
                above = parent[above]
                called = isinstance(above, ast.Call) and getattr(
                    above.func, "id", getattr(above.func, "attr", None)) in ("tr", "QT_TR_NOOP")
                named = isinstance(above, ast.Assign) and any(
                    getattr(target, "id", None) in NOT_TRANSLATED for target in above.targets)
                inside = called or named
            if not inside:
                left.append(f"{path.relative_to(REPO)}:{node.lineno}: {text[:60]!r}")
    assert left == []


def test_every_safety_text_is_shown_translated_and_back_in_docs():
    """docs/safety-translations.md holds each safety text with each translation the app
    shows and its translation back into English: a changed text or translation shows there."""
    import importlib.util
    import json

    spec = importlib.util.spec_from_file_location("safety_translations",
                                                  REPO / "scripts" / "safety_translations.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    back = json.loads(script.BACK.read_text(encoding="utf-8"))
    missing = [text for text in script.safety_texts()
               if text not in back or set(back[text]) != set(script.LANGUAGES)]
    assert missing == [], "no translation back into English for: " + repr(missing[:3])
    assert script.DOC.read_text(encoding="utf-8") == script.page(), \
        "docs/safety-translations.md is behind: run scripts/safety_translations.py"
