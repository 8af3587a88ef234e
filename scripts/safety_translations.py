"""Write docs/safety-translations.md: every safety text, in English, in each shipped
translation, and that translation put back into English, side by side, so a reader of both
languages can check that each means exactly what the English says.

The translations are read from relaxapp/translations/*.ts (what the app shows); the
translations back into English are kept in docs/safety-back-translations.json. A test
(tests/test_translations.py) fails when the page is behind either, or when a safety text has
no translation back into English.

    .venv/bin/python scripts/safety_translations.py
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DOC = REPO / "docs" / "safety-translations.md"
BACK = REPO / "docs" / "safety-back-translations.json"
LANGUAGES = ("de", "es")


def safety_texts() -> list[str]:
    """The texts that tell a person when to get help, in the order they are read."""
    from relaxapp.core import safety
    from relaxapp.ui.shell.onboarding import SAFETY_LINES

    notes = [safety.EMERGENCY_NOTE, safety.CRISIS_NOTE, safety.SAFETY_NOTE,
             safety.BREATHING_NOTE, safety.SELF_CARE_NOTE, safety.LOGGED, safety.HISTORY_NOTE,
             safety.HISTORY_EMERGENCY_NOTE]
    labels = [symptom.words for symptom in safety.SYMPTOMS if symptom.level != "common"]
    return notes + labels + list(SAFETY_LINES)


def translations(code: str) -> dict[str, str]:
    root = ET.parse(REPO / "relaxapp" / "translations" / f"relaxapp_{code}.ts").getroot()
    return {m.findtext("source"): m.findtext("translation") or "" for m in root.iter("message")}


def page() -> str:
    back = json.loads(BACK.read_text(encoding="utf-8"))
    shipped = {code: translations(code) for code in LANGUAGES}
    out = ["# The safety texts in each language",
           "",
           "Each text that tells a person when to get help, as the app shows it: the English, "
           "each translation, and that translation put back into English as closely as the "
           "languages allow, so that a reader of English alone can see what each says. Where "
           "a translation back differs from the English in meaning, not only in wording, the "
           "translation is wrong. Written by `scripts/safety_translations.py`; a reviewer who "
           "reads both languages checks each row before a release.",
           ""]
    for number, english in enumerate(safety_texts(), 1):
        out += [f"## {number}", "", f"**English**: {english}", ""]
        for code in LANGUAGES:
            out += [f"**{code}**: {shipped[code].get(english, '')}", "",
                    f"**{code}, back into English**: {back[english][code]}", ""]
    return "\n".join(out)


if __name__ == "__main__":
    DOC.write_text(page(), encoding="utf-8")
    print(f"wrote {DOC.relative_to(REPO)}")
