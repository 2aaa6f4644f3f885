"""Corrections in the window: the reader's context-menu entries (Mark As on a selection,
Not an Entity on a highlight, Forget Correction) and File → Export / Import Entity
Corrections. A mix-in of :class:`~gui.ui.entities.install.EntityFeature`, kept apart so that
each module stays about one thing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QFileDialog, QMenu

from gui.ui.entities.style import TYPES, legend_icon, type_name


class CorrectionActions:
    """Needs from its host: ``window`` (its ``undo_stack`` takes the corrections), ``doc``,
    ``user`` (UserCorrections), ``entity_at``, ``recognise``, ``_palette``, ``_status`` and
    ``_warn``. Strings are translated in the host's context
    (``EntityFeature``), written out so that lupdate finds them."""

    def add_reader_menu_entries(
        self, menu: QMenu, pos: int, selection: tuple[int, int] | None
    ) -> None:
        """Reader context menu: Mark As (a selection; for every report, or in this report
        only), Not an Entity (a highlight), and Forget for any corrected text under the
        pointer — also one no longer highlighted, without selecting it first."""
        doc = self.doc
        if doc is None:
            return
        forget: list[str] = []
        if selection is not None and selection[1] > selection[0]:
            text = doc.text[selection[0] : selection[1]].strip()
            if text and "\n" not in text and len(text) <= 60:
                shown = _elide(self.window.reader.textCursor().selectedText().strip() or text)
                sub = menu.addMenu(
                    QCoreApplication.translate("EntityFeature", "Mark “%1” As").replace("%1", shown)
                )
                sub.setObjectName("entity_mark_menu")
                self._add_type_actions(sub, text, None)
                sub.addSeparator()
                here = sub.addMenu(
                    QCoreApplication.translate("EntityFeature", "In This Report Only")
                )
                here.setObjectName("entity_mark_here_menu")
                self._add_type_actions(here, text, doc.fingerprint)
                forget.append(text)
        span = self.entity_at(pos)
        if span is not None:
            text = doc.text[span.start : span.end]
            action = menu.addAction(
                QCoreApplication.translate("EntityFeature", "“%1” Is Not an Entity").replace(
                    "%1", _elide(text)
                )
            )
            action.setObjectName("entity_reject")
            action.triggered.connect(lambda _=False, x=text: self.reject(x))
            here = menu.addAction(
                QCoreApplication.translate(
                    "EntityFeature", "“%1” Is Not an Entity in This Report"
                ).replace("%1", _elide(text))
            )
            here.setObjectName("entity_reject_here")
            here.triggered.connect(lambda _=False, x=text: self.reject(x, doc.fingerprint))
            forget.append(text)
        forget += self._corrected_at(pos)
        from gui.core.script import to_pivot

        seen: set[str] = set()
        for text in forget:
            key = to_pivot(text)[0].strip()
            if key in seen or not self.user.has_correction(key, doc.fingerprint):
                continue
            seen.add(key)
            action = menu.addAction(
                QCoreApplication.translate("EntityFeature", "Forget Correction of “%1”").replace(
                    "%1", _elide(text)
                )
            )
            action.setObjectName("entity_forget")
            action.triggered.connect(lambda _=False, x=text: self.forget(x))

    def _add_type_actions(self, menu: QMenu, text: str, report: str | None) -> None:
        palette = self._palette()
        suffix = "_here" if report else ""
        for entity_type in TYPES:
            action = menu.addAction(legend_icon(entity_type, palette), type_name(entity_type))
            action.setObjectName(f"mark_as_{entity_type}{suffix}")
            action.triggered.connect(
                lambda _=False, t=entity_type, x=text, r=report: self.mark(x, t, r)
            )

    def _corrected_at(self, pos: int) -> list[str]:
        """The texts around ``pos`` that a correction applies to (a rejected word is no
        longer highlighted: this finds it under the pointer all the same)."""
        from gui.core.script import to_pivot

        doc = self.doc
        corrections = self.user.corrections.for_report(doc.fingerprint)
        found = []
        for key in [*corrections.marks, *corrections.not_entities]:
            # A text that covers pos lies within len(key) - 1 characters of it either side.
            n = len(key)
            start = max(0, pos - n + 1)
            window = doc.text[start : pos + n]
            pivot, mapping = to_pivot(window)
            at = pivot.find(key)
            while at >= 0:
                begin, end = mapping.span_to_a(at, at + n)
                if start + begin <= pos < start + end:
                    found.append(window[begin:end])
                    break
                at = pivot.find(key, at + 1)
        return found

    def mark(self, text: str, entity_type: str, report: str | None = None) -> bool:
        """Mark every occurrence of ``text`` as ``entity_type``, in every report or in the
        report ``report`` only (saved, re-recognised; undoable)."""
        name = type_name(entity_type)
        label = QCoreApplication.translate("EntityFeature", "Mark “%1” as %2")
        label = label.replace("%1", _elide(text)).replace("%2", name)
        return self._correct(lambda: self.user.mark(text, entity_type, report), label)

    def reject(self, text: str, report: str | None = None) -> bool:
        """Say ``text`` is never an entity, in every report or in ``report`` only (saved,
        re-recognised; undoable)."""
        label = QCoreApplication.translate("EntityFeature", "“%1” Is Not an Entity")
        return self._correct(
            lambda: self.user.reject(text, report), label.replace("%1", _elide(text))
        )

    def forget(self, text: str) -> bool:
        """Drop the corrections about ``text`` that apply here (saved, re-recognised;
        undoable)."""
        doc = self.doc
        report = doc.fingerprint if doc is not None else None
        label = QCoreApplication.translate("EntityFeature", "Forget Correction of “%1”")
        return self._correct(
            lambda: self.user.forget(text, report), label.replace("%1", _elide(text))
        )

    def _correct(self, change, label: str) -> bool:
        """Make ``change`` as an undoable command on Edit → Undo's stack."""
        from gui.core.entities import CorrectionsError

        before = self.user.corrections.copy()
        try:
            change()
        except CorrectionsError as err:
            self._warn(
                QCoreApplication.translate("EntityFeature", "Cannot save the correction"), str(err)
            )
            return False
        after = self.user.corrections.copy()
        self.window.undo_stack.push(_CorrectionChange(self, before, after, label))
        return True

    def restore_corrections(self, corrections) -> None:
        """Undo/redo: put back a whole state of the corrections and recognise again."""
        from gui.core.entities import CorrectionsError

        try:
            self.user.restore(corrections)
        except CorrectionsError as err:
            self._warn(
                QCoreApplication.translate("EntityFeature", "Cannot save the correction"), str(err)
            )
            return
        self.recognise()

    def export_corrections(self, path: str | Path) -> bool:
        """Write the user's corrections to ``path``."""
        from gui.core.entities import CorrectionsError

        try:
            n = self.user.export_to(path)
        except CorrectionsError as err:
            self._warn(
                QCoreApplication.translate("EntityFeature", "Cannot export entity corrections"),
                str(err),
            )
            return False
        self._status(
            QCoreApplication.translate("EntityFeature", "Entity corrections exported: %n.", "", n)
        )
        return True

    def import_corrections(self, path: str | Path) -> bool:
        """Merge a corrections file into the user's; a bad file changes nothing."""
        from gui.core.entities import CorrectionsError

        try:
            n = self.user.import_from(path)
        except CorrectionsError as err:
            self._warn(
                QCoreApplication.translate("EntityFeature", "Cannot import entity corrections"),
                QCoreApplication.translate(
                    "EntityFeature", "%1\nYour corrections have not changed."
                ).replace("%1", str(err)),
            )
            return False
        self._status(
            QCoreApplication.translate("EntityFeature", "Entity corrections imported: %n.", "", n)
        )
        self.recognise()
        return True

    def choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            QCoreApplication.translate("EntityFeature", "Export Entity Corrections"),
            str(Path.home() / "entity-corrections.json"),
            QCoreApplication.translate("EntityFeature", "Entity corrections (*.json)"),
        )
        if path:
            self.export_corrections(path)

    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            QCoreApplication.translate("EntityFeature", "Import Entity Corrections"),
            str(Path.home()),
            ";;".join(
                [
                    QCoreApplication.translate("EntityFeature", "Entity corrections (*.json)"),
                    QCoreApplication.translate("EntityFeature", "All files (*)"),
                ]
            ),
        )
        if path:
            self.import_corrections(path)


class _CorrectionChange(QUndoCommand):
    """A correction as an undoable step: the corrections before and after it. The change is
    already saved when the command is pushed; its first redo only recognises again."""

    def __init__(self, feature: CorrectionActions, before, after, label: str) -> None:
        super().__init__(label)
        self.feature, self.before, self.after = feature, before, after
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            self.feature.recognise()
        else:
            self.feature.restore_corrections(self.after)

    def undo(self) -> None:
        self.feature.restore_corrections(self.before)


def _elide(text: str, n: int = 16) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"
