"""Report files as the library stores them: absolute, resolved paths, and the report files
of a folder (recursively, by extension)."""

from __future__ import annotations

import os
from pathlib import Path

from gui.core.paths import stored_path_text


def path_key(path: Path | str) -> str:
    """A file's absolute path as stored (bad bytes of a name as ``\\xff``, like the notes)."""
    return stored_path_text(path)


def supported_files(folder: Path) -> list[Path]:
    """Report files under ``folder``, recursively, by extension (hidden folders skipped)."""
    from gui.core.formats import SUPPORTED_SUFFIXES

    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and Path(name).suffix.lower() in SUPPORTED_SUFFIXES:
                found.append(Path(root) / name)
    return found


def folder_keys(folder: Path) -> list[str]:
    """:func:`path_key` of every report file under ``folder``, without resolving each one.

    The walk starts from the resolved folder and does not follow links into folders, so a
    file that is not itself a link already has its resolved path; only links are resolved.
    (Resolving every path cost 2.3 s at 6,000 reports, on each refresh of an added folder.)"""
    out = []
    for path in supported_files(Path(folder).resolve()):
        if path.is_symlink():
            out.append(path_key(path))
        else:
            out.append(os.fsencode(path).decode("utf-8", "backslashreplace"))
    return out
