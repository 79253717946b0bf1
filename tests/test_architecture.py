"""The house rules that no single test of behaviour would see: no import cycles, areas entered
through their front door, no module found by a string, and import-linter's contracts able to fail."""
from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import grimp
import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "aidstation"

# The rooms whose __init__ is the public API (its __all__): other modules import only that.
AREAS = [
    "aidstation.core.consultations", "aidstation.core.people", "aidstation.core.mediation",
    "aidstation.core.legalaid", "aidstation.core.cards", "aidstation.core.publicity",
    "aidstation.core.reporting", "aidstation.pdf.mediation", "aidstation.pdf.legalaid",
    "aidstation.pdf.cards", "aidstation.gui.dashboard", "aidstation.gui.reception",
    "aidstation.gui.people", "aidstation.gui.mediation", "aidstation.gui.legalaid",
    "aidstation.gui.cards", "aidstation.gui.publicity", "aidstation.gui.reporting",
    "aidstation.gui.settings",
]


def find_cycles(graph) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    cycles: list[list[str]] = []
    counter = 0
    for root in sorted(graph.modules):
        if root in index:
            continue
        work = [(root, iter(sorted(graph.find_modules_directly_imported_by(root))))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            advanced = False
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.find_modules_directly_imported_by(child)))))
                    advanced = True
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    cycles.append(sorted(component))
    return cycles


@pytest.fixture(scope="module")
def graph():
    return grimp.build_graph("aidstation")


def test_no_import_cycles(graph):
    assert find_cycles(graph) == []


def test_the_cycle_check_finds_a_probe_cycle(graph):
    probe = grimp.build_graph("aidstation")
    probe.add_import(importer="aidstation.core.db", imported="aidstation.core.reporting.submissions")
    cycles = find_cycles(probe)
    assert len(cycles) == 1
    assert {"aidstation.core.db", "aidstation.core.reporting.submissions"} <= set(cycles[0])


def _exported(area: str) -> set[str]:
    """Names in the area's __all__ (read from its __init__.py without importing it)."""
    path = PACKAGE.parent / Path(*area.split(".")) / "__init__.py"
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "__all__" for t in node.targets):
            return set(ast.literal_eval(node.value))
    return set()


def test_areas_are_entered_through_their_front_door(graph):
    """From outside an area, import the area itself, or a submodule it lists in __all__."""
    wrong = []
    for area in AREAS:
        allowed = {area} | {f"{area}.{name}" for name in _exported(area)}
        for inner in graph.find_descendants(area):
            if inner in allowed:
                continue
            for importer in graph.find_modules_that_directly_import(inner):
                if importer != area and not importer.startswith(area + "."):
                    wrong.append(f"{importer} -> {inner}")
    assert sorted(wrong) == []


def test_every_area_declares_its_api():
    for area in AREAS:
        assert _exported(area), f"{area}/__init__.py has no __all__"


def _calls(tree, dotted: str):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and ast.unparse(node.func) == dotted:
            yield node


def test_no_module_of_ours_is_found_by_a_string():
    """Parts wire to each other by explicit imports or registries: a typo in a module-name string
    would be a silent no-op that no tool sees."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for call in list(_calls(tree, "importlib.import_module")) + list(_calls(tree, "__import__")):
            found.append(f"{path.relative_to(ROOT)}:{call.lineno}")
        for node in ast.walk(tree):
            if isinstance(node, ast.Try):
                for handler in node.handlers:
                    if handler.type is not None and "ImportError" in ast.unparse(handler.type):
                        imported = {m for n in node.body for m in _imported_names(n)}
                        ours = sorted(m for m in imported if m.startswith("aidstation"))
                        if ours:
                            found.append(f"{path.relative_to(ROOT)}:{node.lineno} guards {ours}")
    assert found == []


def _imported_names(node):
    for sub in ast.walk(node):
        if isinstance(sub, ast.Import):
            yield from (alias.name for alias in sub.names)
        elif isinstance(sub, ast.ImportFrom) and sub.module:
            yield sub.module


@pytest.mark.slow
@pytest.mark.parametrize("probe, contract", [
    ("from aidstation.cli import main\n", "nothing but the command line imports the command line"),
    ("from PySide6 import QtCore\n", "core, excel and pdf never import Qt or the GUI"),
])
def test_import_linter_contracts_can_fail(tmp_path, probe, contract):
    """A copy of the package with one probe import into core: lint-imports names the contract."""
    shutil.copytree(PACKAGE, tmp_path / "aidstation", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    (tmp_path / "aidstation" / "core" / "probe.py").write_text(probe, encoding="utf-8")
    lint = Path(sys.executable).with_name("lint-imports")
    done = subprocess.run([str(lint), "--no-cache"], cwd=tmp_path, capture_output=True, text=True,
                          env={"PYTHONPATH": str(tmp_path), "PATH": "/usr/bin:/bin"}, timeout=300)
    assert done.returncode == 1, done.stdout + done.stderr
    assert f"{contract} BROKEN" in " ".join(done.stdout.split())
    assert "aidstation.core.probe" in done.stdout


def _readme_tree() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text.split("### The house", 1)[1].split("```", 2)[1]
    return [line for line in block.splitlines() if line.strip()]


def test_the_readme_tree_matches_the_code():
    """Every folder and module the README's tree names exists; every folder of the package and
    every module of aidstation/, cli/ and core/ is named (a newcomer finds the room it says)."""
    parents: dict[int, Path] = {}
    named_dirs: set[Path] = set()
    named_files: set[Path] = set()
    missing = []
    for line in _readme_tree():
        depth = (len(line) - len(line.lstrip(" "))) // 2
        names = line.strip().split("  ", 1)[0].split()
        base = ROOT if depth == 0 else parents[depth - 1]
        dirs = [n for n in names if n.endswith("/")]
        for name in names:
            path = base / name.rstrip("/")
            (named_dirs if name.endswith("/") else named_files).add(path)
            if not (path.is_dir() if name.endswith("/") else path.is_file()):
                missing.append(str(path.relative_to(ROOT)))
        if len(dirs) == 1:
            parents[depth] = base / dirs[0].rstrip("/")
    assert missing == [], "the README names what does not exist"
    folders = {p for p in PACKAGE.rglob("*") if p.is_dir() and p.name != "__pycache__"
               and (p / "__init__.py").exists()} | {PACKAGE}
    assert sorted(str(p.relative_to(ROOT)) for p in folders - named_dirs) == []
    modules = {p for folder in (PACKAGE, PACKAGE / "cli", PACKAGE / "core") for p in folder.glob("*.py")
               if p.name != "__init__.py"}
    assert sorted(str(p.relative_to(ROOT)) for p in modules - named_files) == []


def test_every_name_used_through_an_area_door_exists():
    """`mediation.X` / `card_pdf.X` where the name is bound to an area package: X must be in the
    package (a name left out of an __init__ is otherwise found only when that line runs)."""
    import importlib

    missing = []
    for path in sorted(PACKAGE.rglob("*.py")) + sorted((ROOT / "tests").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        aliases = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                for alias in node.names:
                    if f"{node.module}.{alias.name}" in AREAS:
                        aliases[alias.asname or alias.name] = f"{node.module}.{alias.name}"
        for node in ast.walk(tree):
            if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
                    and node.value.id in aliases
                    and not hasattr(importlib.import_module(aliases[node.value.id]), node.attr)):
                missing.append(f"{path.relative_to(ROOT)}:{node.lineno} {aliases[node.value.id]}.{node.attr}")
    assert missing == []
