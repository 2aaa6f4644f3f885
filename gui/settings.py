"""User settings: one INI file in the data dir, so ``--data-dir`` isolates everything.

Created by the app (never at import time) and passed to whoever needs it.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from gui.core.bounded_read import is_regular_or_missing
from gui.core.paths import data_dir

MAX_RECENT = 10


class Settings:
    """Typed access to the settings file ``data_dir()/settings.ini``."""

    def __init__(self, path: Path | None = None):
        self.path = path or data_dir() / "settings.ini"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if not is_regular_or_missing(self.path):
            # A FIFO (or a folder) by that name: QSettings would block reading it, on the UI
            # thread. Settings are not precious; this session keeps them in a temporary file.
            import tempfile

            self.path = Path(tempfile.mkdtemp(prefix="report-reader-")) / "settings.ini"
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)

    def sync(self) -> None:
        self._qs.sync()

    # -- window -------------------------------------------------------------------------

    def geometry(self) -> QByteArray | None:
        value = self._qs.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_geometry(self, value: QByteArray) -> None:
        self._qs.setValue("window/geometry", value)

    def window_state(self) -> QByteArray | None:
        value = self._qs.value("window/state")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_window_state(self, value: QByteArray) -> None:
        self._qs.setValue("window/state", value)

    def reader_margins(self) -> tuple[int, int, int, int] | None:
        """Where the reading area sat in the finished window: its distances from the window's
        left, top, right and bottom edges (see ``MainWindow``'s staged start-up)."""
        value = self._qs.value("window/reader_margins")
        parts = value if isinstance(value, list) else str(value or "").split(",")
        numbers = [_int(part, -1) for part in parts]
        if len(numbers) != 4 or min(numbers) < 0:
            return None
        return numbers[0], numbers[1], numbers[2], numbers[3]

    def set_reader_margins(self, margins: tuple[int, int, int, int]) -> None:
        self._qs.setValue("window/reader_margins", ",".join(str(int(m)) for m in margins))

    # -- documents ----------------------------------------------------------------------

    def last_document(self) -> str | None:
        value = self._qs.value("documents/last")
        return str(value) if value else None

    def set_last_document(self, path: str) -> None:
        self._qs.setValue("documents/last", path)

    def position(self, fingerprint: str) -> int:
        return _int(self._qs.value(f"positions/{fingerprint[:32]}"), 0)

    def set_position(self, fingerprint: str, pos: int) -> None:
        self._qs.setValue(f"positions/{fingerprint[:32]}", int(pos))

    def script(self, fingerprint: str) -> str | None:
        value = self._qs.value(f"scripts/{fingerprint[:32]}")
        return str(value) if value else None

    def set_script(self, fingerprint: str, script: str) -> None:
        self._qs.setValue(f"scripts/{fingerprint[:32]}", script)

    def recent_files(self) -> list[str]:
        value = self._qs.value("documents/recent")
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in value or []][:MAX_RECENT]

    def add_recent_file(self, path: str) -> list[str]:
        files = [path] + [p for p in self.recent_files() if p != path]
        self._qs.setValue("documents/recent", files[:MAX_RECENT])
        return files[:MAX_RECENT]

    def clear_recent_files(self) -> None:
        self._qs.setValue("documents/recent", [])

    def export_folder(self) -> str:
        """The folder notes were last exported to (``""`` before the first export)."""
        return str(self._qs.value("notes/export_folder") or "")

    def set_export_folder(self, folder: str) -> None:
        self._qs.setValue("notes/export_folder", folder)

    # -- appearance ---------------------------------------------------------------------

    def font_family(self) -> str:
        return str(self._qs.value("reader/font_family") or "")

    def set_font_family(self, family: str) -> None:
        self._qs.setValue("reader/font_family", family)

    def font_size(self, default: float) -> float:
        value = self._qs.value("reader/font_size")
        try:
            return float(value) if value is not None else default
        except (TypeError, ValueError):
            return default

    def set_font_size(self, size: float) -> None:
        self._qs.setValue("reader/font_size", float(size))

    def theme(self) -> str:
        value = str(self._qs.value("appearance/theme") or "system")
        return value if value in ("system", "light", "dark") else "system"

    def set_theme(self, theme: str) -> None:
        self._qs.setValue("appearance/theme", theme)

    def language(self) -> str:
        return str(self._qs.value("appearance/language") or "")

    def set_language(self, language: str) -> None:
        self._qs.setValue("appearance/language", language)

    # Page furniture (site chrome, news lines, captions, footer): folded into markers or shown.
    def furniture_folded(self) -> bool:
        return _bool(self._qs.value("reader/fold_furniture"), True)

    def set_furniture_folded(self, on: bool) -> None:
        self._qs.setValue("reader/fold_furniture", bool(on))

    # Entity highlighting (the entities feature): the master toggle and the types turned off.
    def entities_shown(self) -> bool:
        return _bool(self._qs.value("entities/show"), True)

    def set_entities_shown(self, on: bool) -> None:
        self._qs.setValue("entities/show", bool(on))

    def hidden_entity_types(self) -> set[str]:
        value = self._qs.value("entities/hidden_types") or []
        return {str(t) for t in ([value] if isinstance(value, str) else value)}

    def set_hidden_entity_types(self, types: Iterable[str]) -> None:
        self._qs.setValue("entities/hidden_types", sorted(types))

    # The library view's columns the user hid (None: never chosen, the view's defaults).
    def library_hidden_columns(self) -> set[str] | None:
        value = self._qs.value("library/hidden_columns")
        # A comma-joined string: an empty list does not survive an INI file as a list.
        return None if value is None else {k for k in str(value).split(",") if k}

    def set_library_hidden_columns(self, keys: Iterable[str]) -> None:
        self._qs.setValue("library/hidden_columns", ",".join(sorted(keys)))


def _bool(value: object, default: bool) -> bool:
    """QSettings gives back ``"true"``/``"false"`` strings from an INI file."""
    if value is None:
        return default
    if isinstance(value, str):
        return value.lower() in ("true", "1", "yes")
    return bool(value)


def _int(value: object, default: int) -> int:
    try:
        return int(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default
