"""The user's entity corrections as the window keeps them: loaded on first use from
``<data dir>/corrections.json``, saved atomically after every change, merged on import.

Nothing here shows anything: failures come back as :class:`CorrectionsError` (one line for
the user) and the feature decides how to tell the user.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from gui.core.entities import Corrections


class UserCorrections:
    """The corrections in effect, and the file they live in."""

    def __init__(self) -> None:
        self._corrections: Corrections | None = None
        self._path: Path | None = None
        #: The user's file could not be read: it is set aside before the first save.
        self.unreadable: Path | None = None

    @property
    def path(self) -> Path:
        if self._path is None:
            from gui.core.entities import user_corrections_path

            self._path = user_corrections_path()
        return self._path

    def load(self) -> str | None:
        """Read the user's file (once). Returns a message for the user if it is unreadable;
        the corrections are then empty and the file is kept until something is saved."""
        if self._corrections is not None:
            return None
        from gui.core.entities import Corrections, CorrectionsError, load_corrections

        try:
            self._corrections = load_corrections(self.path)
        except CorrectionsError as err:
            self._corrections = Corrections()
            self.unreadable = self.path
            return str(err)
        return None

    @property
    def corrections(self) -> Corrections:
        self.load()
        assert self._corrections is not None
        return self._corrections

    # -- editing --------------------------------------------------------------------------

    def mark(self, text: str, entity_type: str, report: str | None = None) -> None:
        """Mark ``text`` as ``entity_type`` in every report (or in the report with fingerprint
        ``report`` only) and save. Raises CorrectionsError."""
        self._edit(lambda c: c.mark(text, entity_type), report)

    def reject(self, text: str, report: str | None = None) -> None:
        """Say ``text`` is not an entity, in every report (or in ``report`` only), and save.
        Raises CorrectionsError."""
        self._edit(lambda c: c.reject(text), report)

    def forget(self, text: str, report: str | None = None) -> None:
        """Drop the corrections about ``text``: those of ``report`` and those for every
        report; save. Raises CorrectionsError."""
        self._edit(lambda c: c.forget(text), None, also=report)

    def has_correction(self, key: str, report: str | None = None) -> bool:
        return self.correction_of(key, report) is not None

    def correction_of(self, key: str, report: str | None = None) -> str | None:
        """``"mark:TYPE"``, ``"reject"`` or None for a Simplified key, as it applies to the
        report ``report`` (its own corrections first) or to every report."""
        c = self.corrections.for_report(report) if report else self.corrections
        if key in c.marks:
            return f"mark:{c.marks[key]}"
        return "reject" if key in c.not_entities else None

    def is_report_only(self, key: str, report: str) -> bool:
        """Whether the correction of ``key`` in ``report`` is that report's own."""
        own = self.corrections.reports.get(report)
        return own is not None and (key in own.marks or key in own.not_entities)

    def restore(self, corrections: Corrections) -> None:
        """Put back a whole earlier state (undo) and save. Raises CorrectionsError."""
        self._save(corrections.copy())

    def _edit(self, change, report: str | None, also: str | None = None) -> None:
        from gui.core.entities import CorrectionsError

        edited = self.corrections.copy()
        try:
            change(edited.of_report(report) if report else edited)
            if also and also in edited.reports:
                change(edited.reports[also])
        except ValueError as err:
            raise CorrectionsError(str(err)) from None
        self._save(edited)

    def _save(self, corrections: Corrections) -> None:
        """Write, then adopt: if writing fails, the corrections in effect do not change."""
        from gui.core.entities import CorrectionsError, save_corrections

        try:
            self._set_aside_unreadable()
            save_corrections(corrections, self.path)
        except OSError as err:
            raise CorrectionsError(f"cannot save {self.path}: {err.strerror or err}") from None
        self._corrections = corrections

    def _set_aside_unreadable(self) -> None:
        # Never overwrite a file we could not read: the user may want to repair it.
        bad = self.unreadable
        if bad is not None and bad.exists():
            stamp = time.strftime("%Y%m%d-%H%M%S")
            bad.replace(bad.with_name(f"{bad.stem}.unreadable-{stamp}{bad.suffix}"))
        self.unreadable = None

    # -- files ----------------------------------------------------------------------------

    def export_to(self, path: Path | str) -> int:
        """Write the corrections to ``path`` (atomically); returns how many there are."""
        from gui.core.entities import CorrectionsError, save_corrections

        c = self.corrections
        try:
            save_corrections(c, path)
        except OSError as err:
            raise CorrectionsError(f"cannot write {path}: {err.strerror or err}") from None
        return len(c.marks) + len(c.not_entities)

    def import_from(self, path: Path | str) -> int:
        """Merge a corrections file into the user's (the file wins where they disagree) and
        save. Raises CorrectionsError, changing nothing, if the file is missing or malformed.
        Returns how many corrections the file held."""
        from gui.core.entities import CorrectionsError, load_corrections, merge

        path = Path(path)
        if not path.is_file():
            raise CorrectionsError(f"{path} does not exist")
        incoming = load_corrections(path)
        self._save(merge(self.corrections, incoming))
        return len(incoming.marks) + len(incoming.not_entities)
