"""The recogniser's compiled regexes kept on disk, for its child process's next start.

A fresh recogniser child (one per long report, and one loaded ahead after it) compiles ~270
regexes before its first span: the rules' own at import, the gazetteers' name tries, the
Simplified pivot's phrase tries. ``re`` parses each pattern and generates its code in Python
(~0.2 s of the child's ~0.35 s of imports and tables on a quiet machine, twice that under
load), and only the last step, ``_sre.compile``, is C. A pattern's code is a list of integers
that depends on nothing but the pattern, its flags and the Python that compiled it, so it is
kept in the user's cache directory (:func:`gui.core.paths.cache_dir`) in one ``marshal``
file per Python version and regex engine, keyed by the pattern itself: no data file's hash is
needed, and a pattern that changes with the data (a gazetteer grew) is simply another key.

:func:`install` is the recogniser child's pool initializer (``entity_pass``): it puts a
compiling function in front of ``re``'s own for that process only, which takes a pattern's
code from the file when it is there and generates it as ``re`` does otherwise. :func:`save`
writes the file again when the process compiled anything the file lacked, keeping only the
patterns this process used (a pattern the app no longer has is dropped). The window's
process never installs it. Where ``re``'s internals are not the ones this was written
against (another Python implementation or version), nothing is installed and ``re``
compiles as always.
"""

from __future__ import annotations

import importlib
import marshal
import re
import sys
from array import array
from pathlib import Path
from typing import Any


def _internal(name: str) -> Any:
    """One of ``re``'s internal modules (CPython 3.11+), or None."""
    try:
        return importlib.import_module(name)
    except ImportError:  # pragma: no cover - another implementation or version
        return None


_sre = _internal("_sre")
_compiler = _internal("re._compiler")
_parser = _internal("re._parser")

#: A pattern's entry: (flags, code as bytes of unsigned ints, groups, groupindex, indexgroup).
Entry = tuple[int, bytes, int, dict[str, int], tuple[Any, ...]]

_state: dict[str, Any] = {"path": None, "known": {}, "used": {}, "missed": 0, "original": None}


def file_name() -> str:
    """The cache's file name: one per Python version and regex engine (their code differs)."""
    magic = getattr(_sre, "MAGIC", 0)
    return f"patterns-{sys.implementation.cache_tag}-{magic}.marshal"


def supported() -> bool:
    """Whether ``re`` compiles the way :func:`_compile` repeats (CPython 3.11-3.13)."""
    return (
        sys.implementation.name == "cpython"
        and (3, 11) <= sys.version_info[:2] <= (3, 13)
        and _compiler is not None
        and all(hasattr(_compiler, n) for n in ("compile", "_code"))
        and hasattr(_parser, "parse")
    )


def install(folder: str) -> bool:
    """In this process, compile regexes through the cache in ``folder`` (read now; missing or
    unreadable: an empty cache). False, and nothing changed, where unsupported."""
    if not supported() or _state["original"] is not None:
        return _state["original"] is not None
    path = Path(folder) / file_name()
    try:
        known = marshal.loads(path.read_bytes())
        if not isinstance(known, dict):
            known = {}
    except (OSError, ValueError, EOFError, TypeError):
        known = {}
    _state.update(path=path, known=known, used={}, missed=0, original=_compiler.compile)
    _compiler.compile = _compile
    return True


def uninstall() -> None:
    """Give ``re`` its own compiling function back (tests)."""
    if _state["original"] is not None:
        _compiler.compile = _state["original"]
    _state.update(path=None, known={}, used={}, missed=0, original=None)


def missed() -> int:
    """How many patterns this process compiled that the cache lacked."""
    return int(_state["missed"])


def save() -> bool:
    """Write the cache again if this process compiled a pattern it lacked (True if written).
    A cache that cannot be written is no error: the next child compiles as this one did."""
    path = _state["path"]
    if path is None or not _state["missed"]:
        return False
    from gui.core.files import write_atomically

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, marshal.dumps(_state["used"]))
    except OSError:
        return False
    _state["known"], _state["missed"] = dict(_state["used"]), 0
    return True


def _compile(pattern: Any, flags: int = 0) -> Any:
    """``re._compiler.compile``, with a ``str`` pattern's code from the cache when it is there.
    The steps after the cache lookup are ``re._compiler.compile``'s own."""
    if not isinstance(pattern, str) or flags & re.DEBUG:
        return _state["original"](pattern, flags)
    flags = int(flags)
    key = (pattern, flags)
    entry = _state["known"].get(key)
    if entry is not None:
        try:
            compiled = _from_entry(pattern, entry)
        except (TypeError, ValueError, RuntimeError, OverflowError):
            entry = None  # a damaged entry (the file is the user's to lose): compile afresh
        else:
            _state["used"][key] = entry
            return compiled
    parsed = _parser.parse(pattern, flags)
    code = array("I", _compiler._code(parsed, flags))  # noqa: SLF001 - re's own step
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[Any] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    entry = (
        int(flags | parsed.state.flags),
        code.tobytes(),
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )
    _state["missed"] += 1
    _state["used"][key] = entry
    return _from_entry(pattern, entry)


def _from_entry(pattern: str, entry: Entry) -> Any:
    """The compiled pattern of a cache entry (``_sre`` checks the code before it runs it)."""
    final_flags, code_bytes, groups, groupindex, indexgroup_t = entry
    code_list = array("I", code_bytes).tolist()
    return _sre.compile(pattern, final_flags, code_list, groups, groupindex, indexgroup_t)
