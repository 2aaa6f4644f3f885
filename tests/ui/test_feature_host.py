"""The features use the window only through :class:`~gui.ui.feature_host.FeatureHost` and
attach nothing to it (read from their source with ``ast``), and the real window offers every
member the protocol promises."""

from __future__ import annotations

import ast
from pathlib import Path

from gui.ui.feature_host import HOST_MEMBERS
from tests.conftest import REPO

FEATURE_PACKAGES = ("gui/ui/notes", "gui/ui/entities", "gui/ui/reading_aids", "gui/ui/library")
#: Features that are one module each; the reader's basics (gui/ui/essentials.py) follow the same rule.
FEATURE_MODULES = (
    "gui/ui/bookmarks.py",
    "gui/ui/reading_progress.py",
    "gui/ui/find_all.py",
    "gui/ui/printing.py",
    "gui/ui/citation.py",
    "gui/ui/full_screen.py",
    "gui/ui/help.py",
)


def _window_uses(tree: ast.AST) -> list[tuple[str, int, bool]]:
    """``(attribute, line, is_assignment)`` for every attribute taken of the window: the names
    ``window`` and ``w`` (the features' local alias) and ``self.window``."""

    def is_window(node: ast.AST) -> bool:
        if isinstance(node, ast.Name):
            return node.id in ("window", "w")
        return (
            isinstance(node, ast.Attribute)
            and node.attr == "window"
            and isinstance(node.value, ast.Name)
            and node.value.id == "self"
        )

    uses = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and is_window(node.value):
            uses.append((node.attr, node.lineno, isinstance(node.ctx, ast.Store | ast.Del)))
        elif (  # getattr(window, "toolbar", None) and setattr(window, ...)
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in ("getattr", "setattr", "hasattr")
            and len(node.args) >= 2
            and is_window(node.args[0])
            and isinstance(node.args[1], ast.Constant)
        ):
            uses.append((node.args[1].value, node.lineno, node.func.id == "setattr"))
    return uses


def _feature_sources() -> list[Path]:
    packages = [p for d in FEATURE_PACKAGES for p in (REPO / d).glob("*.py")]
    return sorted(packages + [REPO / m for m in FEATURE_MODULES if (REPO / m).is_file()])


def test_features_use_only_what_the_host_offers_and_attach_nothing():
    strays, attached = [], []
    for path in _feature_sources():
        for attr, line, assigned in _window_uses(ast.parse(path.read_text(encoding="utf-8"))):
            where = f"{path.relative_to(REPO)}:{line} window.{attr}"
            if assigned:
                attached.append(where)
            elif attr not in HOST_MEMBERS:
                strays.append(where)
    assert not strays, "not on FeatureHost: " + ", ".join(strays)
    assert not attached, "a feature sets an attribute of the window: " + ", ".join(attached)


def test_the_check_sees_uses_and_assignments():
    tree = ast.parse(
        "def f(self, window):\n    window.reader.x()\n    self.window.notes = 1\n"
        "    getattr(w, 'toolbar', None)\n    setattr(window, 'entities', 2)\n"
    )
    assert sorted(_window_uses(tree)) == [
        ("entities", 5, True),
        ("notes", 3, True),
        ("reader", 2, False),
        ("toolbar", 4, False),
    ]


def test_the_window_offers_every_member(make_window):
    window = make_window(None)
    missing = [name for name in HOST_MEMBERS if not hasattr(window, name)]
    assert not missing
    assert window.notes.window is window and window.entities.window is window
    assert window.undo_stack is window.notes.undo_stack
