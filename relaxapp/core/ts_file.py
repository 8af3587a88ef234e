"""A translation read straight from its .ts file, for the command line: it loads no Qt (a
command starts in milliseconds), and Qt's compiled .qm files need Qt to read.

The window uses Qt's own translator (relaxapp.ui.shell.languages); both read the same
translations, kept by scripts/translations.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from relaxapp.core.language import Translator

# Which plural form a count takes, by language (the order of a .ts file's numerus forms).
PLURAL_FORM = {"de": lambda n: 0 if n == 1 else 1, "es": lambda n: 0 if n == 1 else 1}


def read(path: Path, code: str) -> Translator:
    """``tr``'s translator for the .ts file at ``path``, in language ``code``. Raises
    OSError or ET.ParseError when it cannot be read."""
    texts: dict[tuple[str, str | None], list[str]] = {}
    for message in ET.parse(path).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished",
                                                              "obsolete"):
            continue
        forms = [form.text or "" for form in translation.iter("numerusform")] or \
            [translation.text or ""]
        key = (message.findtext("source") or "", message.findtext("comment"))
        texts[key] = forms
    plural = PLURAL_FORM.get(code, lambda n: 0)

    def translate(text: str, disambiguation: str | None, n: int) -> str:
        forms = texts.get((text, disambiguation))
        if not forms or not any(forms):
            return text
        return forms[min(plural(n), len(forms) - 1)] if n >= 0 else forms[0]

    return translate
