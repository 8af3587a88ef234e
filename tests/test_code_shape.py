"""The code's shape, kept as it grows: no module over LONGEST_MODULE lines and no class with
more than MOST_ATTRIBUTES attributes, unless its docstring says why ("Over 400 lines: ...",
"More than 25 attributes: ..."). A long module or a crowded class is usually two things in
one; when it is not, the reason is written where the next reader looks first."""

import ast
from pathlib import Path

import relaxapp

LONGEST_MODULE = 400
MOST_ATTRIBUTES = 25
PACKAGE = Path(relaxapp.__path__[0])


def modules():
    return sorted(PACKAGE.rglob("*.py"))


def attributes(cls: ast.ClassDef) -> set[str]:
    """What a class's methods keep on ``self``."""
    found = set()
    for node in ast.walk(cls):
        targets = node.targets if isinstance(node, ast.Assign) else \
            [node.target] if isinstance(node, (ast.AnnAssign, ast.AugAssign)) else []
        for target in targets:
            for part in ast.walk(target):
                if isinstance(part, ast.Attribute) and isinstance(part.value, ast.Name) \
                        and part.value.id == "self":
                    found.add(part.attr)
    return found


def test_no_module_is_long_without_a_reason_at_its_top():
    long = []
    for path in modules():
        source = path.read_text(encoding="utf-8")
        lines = source.count("\n")
        if lines > LONGEST_MODULE and \
                f"Over {LONGEST_MODULE} lines:" not in (ast.get_docstring(ast.parse(source)) or ""):
            long.append(f"{path.relative_to(PACKAGE.parent)}: {lines} lines")
    assert long == []


def test_no_class_is_crowded_without_a_reason():
    crowded = []
    for path in modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and len(attributes(node)) > MOST_ATTRIBUTES and \
                    f"More than {MOST_ATTRIBUTES} attributes:" not in (ast.get_docstring(node) or ""):
                crowded.append(f"{path.name}: {node.name} ({len(attributes(node))})")
    assert crowded == []


def test_the_window_itself_stays_small():
    """The window holds its pages and the ways between them; everything else has a module
    of its own (see its docstring)."""
    source = (PACKAGE / "ui" / "shell" / "main_window.py").read_text(encoding="utf-8")
    [window] = [node for node in ast.parse(source).body
                if isinstance(node, ast.ClassDef) and node.name == "MainWindow"]
    assert window.end_lineno - window.lineno + 1 < 200
