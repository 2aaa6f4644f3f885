"""A script of the repository that is no module of a package (a corpus tool in tests/data, a data
builder in resources/) loaded as a module, for the tests that call its functions."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType


def load_script(path: Path, name: str | None = None, with_its_folder: bool = False) -> ModuleType:
    """The script at ``path`` as a fresh module named ``name`` (its file's stem by default),
    run anew on each call and kept out of ``sys.modules``. ``with_its_folder`` puts the script's
    folder on ``sys.path`` while it runs, for a script that imports its neighbours by name (the
    corpus tools import the batch lists beside them); the path is restored after."""
    spec = importlib.util.spec_from_file_location(name or path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    if not with_its_folder:
        spec.loader.exec_module(module)
        return module
    folder = str(path.parent)
    sys.path.insert(0, folder)
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(folder)
    return module


def assert_no_problems(problems: list[str], doc: str) -> None:
    """Fail when a corpus tool reports problems for ``doc``, naming the document and their count
    alone: the problems quote the text, and a test never prints a held-out line (the tool, run by
    the document's annotator, lists them)."""
    count = len(problems)
    assert count == 0, f"{doc}: {count} problem(s), listed by the tool"
