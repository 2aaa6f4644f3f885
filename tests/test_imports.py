"""No import cycles in gui/, at module or function level.

Every ``import`` and ``from … import`` in every module is read with ``ast`` — at the top, inside
functions and under ``if TYPE_CHECKING`` alike — and the graph of modules is searched for
strongly connected components. ``from gui.a import b`` counts as an import of the module
``gui.a.b`` when that is a module, else of ``gui.a``. (Importing a submodule also runs its
package's ``__init__``; that implicit edge is not counted, as in import-linter and pydeps.)
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

from tests.conftest import REPO

#: Cycles known and allowed, each with the reason. Keep this empty; an entry needs a plan.
ALLOWED: list[set[str]] = []


def module_graph(root: Path, package: str = "gui") -> dict[str, set[str]]:
    """``{module: modules of the package it imports}`` for every module under ``root/package``."""
    modules: dict[str, tuple[Path, bool]] = {}
    for path in sorted((root / package).rglob("*.py")):
        parts = list(path.relative_to(root).with_suffix("").parts)
        is_package = parts[-1] == "__init__"
        if is_package:
            parts = parts[:-1]
        modules[".".join(parts)] = (path, is_package)

    def known(name: str) -> str | None:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name or None

    graph: dict[str, set[str]] = {}
    for name, (path, is_package) in modules.items():
        here = name if is_package else name.rpartition(".")[0]
        found: set[str | None] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Import):
                found.update(known(a.name) for a in node.names if a.name.split(".")[0] == package)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = here
                    for _ in range(node.level - 1):
                        anchor = anchor.rpartition(".")[0]
                    base = f"{anchor}.{base}" if base else anchor
                if base.split(".")[0] != package:
                    continue
                for alias in node.names:
                    full = f"{base}.{alias.name}"
                    found.add(full if full in modules else known(base))
        found.discard(None)
        found.discard(name)
        graph[name] = {m for m in found if m is not None}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[set[str]]:
    """The strongly connected components of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[set[str]] = []
    counter = 0

    def visit(v: str) -> None:
        nonlocal counter
        index[v] = low[v] = counter
        counter += 1
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = set()
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.add(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(component)

    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, 10_000))
    try:
        for v in sorted(graph):
            if v not in index:
                visit(v)
    finally:
        sys.setrecursionlimit(limit)
    return found


def _describe(component: set[str], graph: dict[str, set[str]]) -> str:
    return "; ".join(f"{m} -> {', '.join(sorted(graph[m] & component))}" for m in sorted(component))


def test_gui_has_no_import_cycles():
    graph = module_graph(REPO)
    assert "gui.ui.main_window" in graph and "gui.core.script" in graph["gui.core.script_views"]
    unexpected = [c for c in cycles(graph) if c not in ALLOWED]
    assert not unexpected, "\n".join(_describe(c, graph) for c in unexpected)


def test_the_detector_finds_function_level_and_type_only_cycles(tmp_path):
    package = tmp_path / "gui"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "sub" / "__init__.py").write_text("")
    (package / "a.py").write_text("from gui.sub import b\n")
    (package / "sub" / "b.py").write_text("def f():\n    from gui import c\n")
    (package / "c.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .a import X\n"
    )
    (package / "d.py").write_text("import gui.a\n")  # imports into the cycle, not part of it
    graph = module_graph(tmp_path)
    assert graph["gui.c"] == {"gui.a"}
    assert cycles(graph) == [{"gui.a", "gui.sub.b", "gui.c"}]
