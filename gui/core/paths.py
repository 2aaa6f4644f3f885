"""Where things live: bundled resources and the user's data directory.

One function per location, with an override (``--data-dir``). Resources are found
the same way from a source checkout, an installed package and a PyInstaller bundle.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_DIR_NAME = "report-reader"
DEFAULT_REPORT = "lanzhou-hi-tech-zone-2021.txt"

_data_dir_override: Path | None = None


def set_data_dir(path: Path | str | None) -> None:
    """Use ``path`` for notes, settings and corrections (``--data-dir``); ``None`` undoes it."""
    global _data_dir_override
    _data_dir_override = Path(path).expanduser().resolve() if path is not None else None


def data_dir() -> Path:
    """The user's data directory (created on first use by whoever writes to it).

    Matches Qt's ``QStandardPaths.AppDataLocation`` on Linux (``$XDG_DATA_HOME/report-reader``),
    so the GUI and the CLI agree without the CLI importing Qt."""
    if _data_dir_override is not None:
        return _data_dir_override
    env = os.environ.get("REPORT_READER_DATA_DIR")
    if env:
        return Path(env).expanduser().resolve()
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP_DIR_NAME


def cache_dir() -> Path:
    """The user's cache directory: what the app can build again, kept to start faster
    (``$XDG_CACHE_HOME/report-reader``, Qt's ``CacheLocation``). ``REPORT_READER_CACHE_DIR``
    overrides it (tests). Not under ``--data-dir``: the cache is not the user's data, and a
    fresh data folder (a test's, a benchmark's) still starts as fast as the user's app."""
    env = os.environ.get("REPORT_READER_CACHE_DIR")
    if env:
        return Path(env).expanduser().resolve()
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
        return base / APP_DIR_NAME / "cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / APP_DIR_NAME
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / APP_DIR_NAME


def resources_dir() -> Path:
    """The top-level ``resources/`` folder.

    Looked up in order: next to a frozen executable's bundle (``sys._MEIPASS``), the data
    files installed with the package (``<prefix>/share/report-reader/resources``), and the
    source checkout (``<repo>/resources``)."""
    candidates: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "resources")
    candidates.append(Path(sys.prefix) / "share" / APP_DIR_NAME / "resources")
    candidates.append(Path(__file__).resolve().parents[2] / "resources")
    for candidate in candidates:
        if (candidate / DEFAULT_REPORT).is_file():
            return candidate
    raise FileNotFoundError(
        "Report Reader's resources folder is missing; looked in "
        + ", ".join(str(c) for c in candidates)
    )


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def default_report() -> Path:
    return resource(DEFAULT_REPORT)


def encodes_as_utf8(text: str) -> bool:
    """Whether ``text`` can be written as UTF-8: a name decoded from non-UTF-8 bytes carries
    lone surrogates, which Qt, QSettings and SQLite cannot take."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def stored_path_text(path: Path | str) -> str:
    """A file's absolute path as the notes and library databases store it. A file name that
    is not valid UTF-8 (PEP 383 surrogates in the string) is kept as UTF-8 with its bad bytes
    written ``\\xff``: the same file always gives the same text, so its earlier versions are
    still found."""
    return os.fsencode(Path(path).resolve()).decode("utf-8", "backslashreplace")
