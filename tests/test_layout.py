"""The package's layout shows the pipeline: few top-level entries, short modules, one-way imports.

Stages in order (conventions.md): the shared values, read, structure, judge, outputs, run, the
library API, the CLI. A module may import its own stage or an earlier one, never a later one,
and no module imports itself round a circle; function-level and TYPE_CHECKING imports count.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "jdlint"
STAGES = [("document", "errors", "results", "__init__"), ("read",), ("structure",), ("judge",),
          ("outputs",), ("run",), ("api",), ("cli", "__main__")]
MAX_LINES = 300


def modules() -> dict[str, Path]:
    """Return every module of the package by dotted name."""
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


def imports(name: str, path: Path) -> set[str]:
    """Return the jdlint modules a module imports anywhere in its code."""
    found = set()
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package.split(".")[:len(package.split(".")) - node.level + 1]
                                + ([base] if base else []))
            found.add(base)
            found |= {f"{base}.{alias.name}" for alias in node.names}
    known = modules()
    return {m for m in found if m in known and m != name}


def stage(name: str) -> int:
    top = name.split(".")[1] if "." in name else "__init__"
    return next(i for i, members in enumerate(STAGES) if top in members)


def test_at_most_twelve_top_level_entries() -> None:
    entries = sorted(p.name for p in PACKAGE.iterdir() if p.name != "__pycache__")
    assert len(entries) <= 12, entries
    assert all(stage(f"jdlint.{Path(e).stem}") >= 0 for e in entries)


@pytest.mark.parametrize("name", sorted(modules()))
def test_modules_are_short(name: str) -> None:
    lines = modules()[name].read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_LINES, f"{name} has {lines} lines"


def test_packages_say_what_they_take_and_give() -> None:
    for name, path in modules().items():
        if path.name == "__init__.py":
            assert ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))), name


def test_no_module_imports_a_later_stage() -> None:
    backwards = [(name, other) for name, path in modules().items()
                 for other in imports(name, path) if stage(other) > stage(name)]
    assert backwards == []


def test_no_import_cycle() -> None:
    graph = {name: imports(name, path) for name, path in modules().items()}
    # A package imports its submodules on import, so "x imports x.y" adds no edge back.
    graph = {n: {m for m in deps if not m.startswith(f"{n}.") and not n.startswith(f"{m}.")}
             for n, deps in graph.items()}
    cycles = [component for component in _components(graph) if len(component) > 1]
    assert cycles == []


def _components(graph: dict[str, set[str]]) -> list[list[str]]:
    """Return the strongly connected components (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in sorted(graph[node]):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_cycle_finder_finds_a_circle() -> None:
    assert [c for c in _components({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}})
            if len(c) > 1] == [["a", "b", "c"]]
