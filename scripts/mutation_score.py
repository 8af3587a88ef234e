"""The share of mutants caught per module, from ``mutmut results --all true``.

    .venv/bin/python scripts/mutation_score.py mutants/results.txt

A mutant is caught when a test fails on it (``killed``) or it makes the code run for ever
(``timeout``); ``survived`` means no test noticed. ``no tests`` counts as not caught.

One kind of survivor is set apart as equivalent, found by comparing each mutant with its
original in ``mutants/``: a change of letter case inside SQL ("WHERE" to "where"), or in a
column name looked up on an ``sqlite3.Row`` (``row["uid"]``), which SQLite and the row read
the same. They are counted, listed apart, and left out of the share.

Survivors judged equivalent by reading them are listed, each with its reason, in
``scripts/mutation_equivalent.txt``; they are left out of the share too, and named.
"""

from __future__ import annotations

import ast
import re
import sys
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path

CAUGHT = {"killed", "timeout"}
SQL = re.compile(r"\b(SELECT|FROM|WHERE|AND|OR|IS NOT NULL|INSERT|UPDATE|DELETE|GROUP BY|"
                 r"ORDER BY|PRAGMA|CREATE|JOIN)\b", re.IGNORECASE)
# relaxapp.core.stats.x_summarize__mutmut_3: killed
# relaxapp.storage.errors.xǁStoreErrorǁ__init____mutmut_2: survived
LINE = re.compile(r"^\s*(?P<module>[\w.]+?)\.x[_ǁ](?P<function>\S+?)__mutmut_\d+: (?P<status>.+?)\s*$")


@lru_cache(maxsize=None)
def _functions(source: Path) -> dict[str, ast.AST]:
    tree = ast.parse(source.read_text(encoding="utf-8"))
    return {node.name: node for node in ast.walk(tree)
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))}


class _SqlCase(ast.NodeTransformer):
    def visit_Subscript(self, node):  # noqa: N802 (ast's name)
        # row["uid"] on an sqlite3.Row: it finds columns by name whatever their case.
        if isinstance(node.value, ast.Name) and node.value.id == "row" and \
                isinstance(node.slice, ast.Constant) and isinstance(node.slice.value, str):
            node.slice = ast.Constant(node.slice.value.lower())
        return self.generic_visit(node)

    def visit_Constant(self, node):  # noqa: N802 (ast's name)
        if isinstance(node.value, str) and SQL.search(node.value):
            # Quoted SQL values ('after') keep their case: SQLite compares them exactly.
            parts = re.split(r"('[^']*')", node.value)
            return ast.Constant("".join(part if part.startswith("'") else part.lower()
                                        for part in parts))
        return node


def _shape(node: ast.AST, name: str) -> str:
    copy = _SqlCase().visit(ast.parse(ast.unparse(node)))
    copy.body[0].name = name
    return ast.dump(copy)


def sql_case_only(mutants: Path, mutant: str) -> bool:
    """Whether the mutant differs from its original only in the letter case of SQL."""
    module, _, function = mutant.rpartition(".")
    source = mutants / Path(*module.split(".")).with_suffix(".py")
    if not module.startswith("relaxapp.storage") or not source.exists():
        return False
    functions = _functions(source)
    original = functions.get(re.sub(r"__mutmut_\d+$", "__mutmut_orig", function))
    changed = functions.get(function)
    if original is None or changed is None:
        return False
    return _shape(original, "f") == _shape(changed, "f")


JUDGED = Path(__file__).with_name("mutation_equivalent.txt")


def judged_equivalent() -> dict[str, str]:
    """Mutant name -> why it cannot change what the code does."""
    judged = {}
    for line in JUDGED.read_text(encoding="utf-8").splitlines():
        name, _, reason = line.partition("#")
        if name.strip():
            judged[name.strip()] = reason.strip()
    return judged


def main(path: str) -> int:
    by_module: dict[str, Counter] = defaultdict(Counter)
    survivors: list[str] = []
    equivalent: list[str] = []
    judged: list[str] = []
    reasons = judged_equivalent()
    mutants = Path(path).resolve().parent
    for line in open(path, encoding="utf-8"):
        match = LINE.match(line)
        if not match:
            continue
        module, status = match["module"], match["status"]
        name = line.split(":")[0].strip()
        if status == "not checked":
            continue  # a run still going, or stopped: counted once it is checked
        if status == "survived" and sql_case_only(mutants, name):
            equivalent.append(name)
            continue
        if status == "survived" and name in reasons:
            judged.append(f"{name}  ({reasons[name]})")
            continue
        by_module[module][status] += 1
        if status not in CAUGHT:
            survivors.append(f"{name}  {status}")
    worst = 100.0
    print(f"{'module':38} {'mutants':>8} {'caught':>7}")
    for module in sorted(by_module):
        counts = by_module[module]
        total = sum(counts.values())
        share = 100 * sum(counts[s] for s in CAUGHT) / total
        worst = min(worst, share)
        print(f"{module:38} {total:8d} {share:6.1f}%")
    print(f"\n{len(equivalent)} equivalent (only the letter case of SQL or of a row's column "
          "name changed), left out")
    print(f"{len(judged)} judged equivalent ({JUDGED.name}), left out:")
    for line in judged:
        print("  " + line)
    print(f"{len(survivors)} not caught (see them with: .venv/bin/mutmut show NAME)")
    for line in survivors:
        print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
