"""Report files as the library stores them: absolute, resolved paths, and the report files
of a folder (recursively, by extension)."""

from __future__ import annotations

import os
from pathlib import Path

from gui.core.paths import stored_path_text


def path_key(path: Path | str) -> str:
    """A file's absolute path as stored (bad bytes of a name as ``\\xff``, like the notes)."""
    return stored_path_text(path)


def fs_path(key: str) -> str:
    """A stored path as a file name. A name with bytes that are not UTF-8 was stored with
    ``\\xff`` escapes and is not found again: such a report shows as ``missing``."""
    return key


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
    """:func:`path_key` of every report file under ``folder`` (the files
    :func:`supported_files` lists, in its order), without resolving each one.

    The walk starts from the resolved folder and does not follow links into folders, so a
    file that is not itself a link already has its resolved path; only links are resolved.
    Plain strings and ``os.scandir`` entries, no ``Path`` per file: at 6,000 reports the
    ``Path``-based walk and a ``resolve()`` per file took 2–3 s on each refresh of an added
    folder (what the window runs when a watched file changes)."""
    from gui.core.formats import SUPPORTED_SUFFIXES

    out: list[str] = []

    def walk(directory: str) -> None:
        try:
            with os.scandir(directory) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError:
            return  # as os.walk: a folder that cannot be listed is skipped
        subfolders = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                is_dir = entry.is_dir(follow_symlinks=False)
            except OSError:
                continue
            if is_dir:
                subfolders.append(entry.path)
            elif os.path.splitext(entry.name)[1].lower() in SUPPORTED_SUFFIXES:
                try:
                    link = entry.is_symlink()
                except OSError:
                    continue
                if link and os.path.isdir(entry.path):
                    continue  # a link to a folder: os.walk does not follow it either
                if link:
                    out.append(path_key(entry.path))
                else:
                    out.append(os.fsencode(entry.path).decode("utf-8", "backslashreplace"))
        for sub in subfolders:
            walk(sub)

    walk(str(Path(folder).resolve()))
    return out
