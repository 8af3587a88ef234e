"""The share of mutants caught per module, from ``mutmut results --all true``.

    .venv/bin/python scripts/mutation_score.py mutants/results.txt

A mutant is caught when a test fails on it (``killed``) or it makes the code run for ever
(``timeout``); ``survived`` means no test noticed. ``no tests`` counts as not caught.
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict

CAUGHT = {"killed", "timeout"}
# relaxapp.core.stats.x_summarize__mutmut_3: killed
# relaxapp.storage.errors.xǁStoreErrorǁ__init____mutmut_2: survived
LINE = re.compile(r"^\s*(?P<module>[\w.]+?)\.x[_ǁ](?P<function>\S+?)__mutmut_\d+: (?P<status>.+?)\s*$")


def main(path: str) -> int:
    by_module: dict[str, Counter] = defaultdict(Counter)
    survivors: list[str] = []
    for line in open(path, encoding="utf-8"):
        match = LINE.match(line)
        if not match:
            continue
        module, status = match["module"], match["status"]
        if status == "not checked":
            continue  # a run still going, or stopped: counted once it is checked
        by_module[module][status] += 1
        if status not in CAUGHT:
            survivors.append(f"{line.split(':')[0].strip()}  {status}")
    worst = 100.0
    print(f"{'module':38} {'mutants':>8} {'caught':>7}")
    for module in sorted(by_module):
        counts = by_module[module]
        total = sum(counts.values())
        share = 100 * sum(counts[s] for s in CAUGHT) / total
        worst = min(worst, share)
        print(f"{module:38} {total:8d} {share:6.1f}%")
    print(f"\n{len(survivors)} not caught (see them with: .venv/bin/mutmut show NAME)")
    for line in survivors:
        print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
