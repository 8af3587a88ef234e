"""Throw 10,000 hostile scripts and 10,000 hostile exports at the validator and the
importer (hypothesis; see tests/fuzz.py for what is made and what counts as a pass), and
print how many were refused cleanly and how many played or imported.

    .venv/bin/python benchmarks/fuzz.py [EXAMPLES]
"""

from __future__ import annotations

import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hypothesis import HealthCheck, given, settings  # noqa: E402

from relaxapp.storage.log import Store  # noqa: E402
from tests.fuzz import EXPORT, SCRIPT_TEXT, check_import, check_script  # noqa: E402


def main() -> None:
    examples = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    outcomes: Counter = Counter()
    options = settings(max_examples=examples, deadline=None, database=None,
                       suppress_health_check=list(HealthCheck))

    @options
    @given(SCRIPT_TEXT)
    def scripts(text):
        outcomes["script " + check_script(text)] += 1

    folder = Path(tempfile.mkdtemp(prefix="relaxapp-fuzz-"))
    store = Store(folder / "relaxapp.db")

    @options
    @given(EXPORT)
    def exports(document):
        outcomes["export " + check_import(document, store)] += 1

    scripts()
    exports()
    store.close()
    for outcome, count in sorted(outcomes.items()):
        print(f"{outcome}: {count}")
    print(f"tried: {sum(outcomes.values())}; every one refused cleanly or accepted and used")


if __name__ == "__main__":
    main()
