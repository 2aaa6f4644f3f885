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
patterns this process used (a pattern the app no longer has is dropped).

The window's process keeps a file of its own (``kind="window"``, installed by ``gui.app``
before PySide6 is imported): its start-up compiles ~120 regexes before the first paint
(PySide6's own signature parser's, the readers', the outline's and the header's; ~50 ms of
Python on a quiet machine, a fifth of its CPU up to the first paint). Which of the lazily
compiled patterns a window uses depends on the report, so its file keeps what it had as well as
what the process used (up to :data:`WINDOW_KEPT` patterns; past that, what it used). Where
``re``'s internals are not the ones this was written against (another Python implementation or
version), nothing is installed and ``re`` compiles as always.
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

_state: dict[str, Any] = {
    "path": None,
    "known": {},
    "used": {},
    "missed": 0,
    "original": None,
    "keep": False,
}

#: The most patterns the window's file keeps beyond those its process used (a pattern of an
#: older version of the app is not kept for ever).
WINDOW_KEPT = 3000


def file_name(kind: str = "") -> str:
    """The cache's file name: one per Python version and regex engine (their code differs),
    and per kind of process (the recogniser's child: ``""``; the window: ``"window"``)."""
    magic = getattr(_sre, "MAGIC", 0)
    prefix = f"patterns-{kind}-" if kind else "patterns-"
    return f"{prefix}{sys.implementation.cache_tag}-{magic}.marshal"


def supported() -> bool:
    """Whether ``re`` compiles the way :func:`_compile` repeats (CPython 3.11-3.13)."""
    return (
        sys.implementation.name == "cpython"
        and (3, 11) <= sys.version_info[:2] <= (3, 13)
        and _compiler is not None
        and all(hasattr(_compiler, n) for n in ("compile", "_code"))
        and hasattr(_parser, "parse")
    )


def install(folder: str, kind: str = "") -> bool:
    """In this process, compile regexes through the cache in ``folder`` (read now; missing or
    unreadable: an empty cache). False, and nothing changed, where unsupported. ``kind``
    names the file (see :func:`file_name`); the window's (``"window"``) keeps its entries
    when it is written again."""
    if not supported() or _state["original"] is not None:
        return _state["original"] is not None
    path = Path(folder) / file_name(kind)
    try:
        known = marshal.loads(path.read_bytes())
        if not isinstance(known, dict):
            known = {}
    except (OSError, ValueError, EOFError, TypeError):
        known = {}
    _state.update(
        path=path, known=known, used={}, missed=0, original=_compiler.compile, keep=bool(kind)
    )
    _compiler.compile = _compile
    return True


def uninstall() -> None:
    """Give ``re`` its own compiling function back (tests)."""
    if _state["original"] is not None:
        _compiler.compile = _state["original"]
    _state.update(path=None, known={}, used={}, missed=0, original=None, keep=False)


def missed() -> int:
    """How many patterns this process compiled that the cache lacked."""
    return int(_state["missed"])


def save() -> bool:
    """Write the cache again if this process compiled a pattern it lacked (True if written).
    A cache that cannot be written is no error: the next child compiles as this one did.
    (Any thread: patterns another thread compiles meanwhile are written the next time.)"""
    path = _state["path"]
    missed = _state["missed"]
    if path is None or not missed:
        return False
    from gui.core.files import write_atomically

    used = dict(_state["used"])
    kept = {**_state["known"], **used} if _state["keep"] else used
    if len(kept) > len(used) + WINDOW_KEPT:
        kept = used
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, marshal.dumps(kept))
    except OSError:
        return False
    _state["known"] = kept
    _state["missed"] -= missed
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
