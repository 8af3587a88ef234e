"""Every bundled session's lines, rendered by the default voice at the default rate: do
they fit their places? The validator (relaxapp validate) judges by an estimate from the
words; this renders each line for real and runs the same check with the real lengths, and
prints how well the estimate matched.

    .venv/bin/python benchmarks/voice_fit.py [CACHE_DIR]   (default: a temporary folder)
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from relaxapp import resources
from relaxapp.core import guidance
from relaxapp.core.library import load_library
from relaxapp.core.timeline import Timeline
from relaxapp.speech.audio import duration_ms
from relaxapp.speech.worker import NaturalVoice
from relaxapp.speech.cache import cache_path

RATE = -0.2  # the default speaking rate (relaxapp.ui.shell.settings)


def main() -> None:
    cache = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp())
    library = load_library(resources.sessions_dir(), None)
    voice = NaturalVoice()
    lengths: dict[str, int] = {}
    started = time.monotonic()
    for session in library.sessions:
        for text in guidance.texts(Timeline(session.script)):
            if text in lengths:
                continue
            path = cache_path(cache, voice.id, RATE, text)
            if not path.exists():
                path.parent.mkdir(parents=True, exist_ok=True)
                voice.render(text, RATE, path)
            lengths[text] = duration_ms(path)
    print(f"{len(lengths)} lines rendered or read in {time.monotonic() - started:.0f} s")
    ratios = [ms / guidance.estimated_ms(text) for text, ms in lengths.items()]
    print(f"real length / estimate: median {statistics.median(ratios):.2f}, "
          f"90th percentile {statistics.quantiles(ratios, n=10)[-1]:.2f}, max {max(ratios):.2f}")
    waits = 0
    for session in library.sessions:
        found = guidance.timing_warnings(session.script, lengths.__getitem__)
        waits += len(found)
        for place, message in found:
            print(f"{session.id}: {place}: {message}")
    print(f"{len(library.sessions)} sessions: {waits} lines that do not fit, with the real voice")


if __name__ == "__main__":
    main()
