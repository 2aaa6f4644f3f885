"""Corrections in the window: the reader's context-menu entries (Mark As on a selection,
Not an Entity on a highlight, Forget Correction) and File → Export / Import Entity
Corrections. A mix-in of :class:`~gui.ui.entities.install.EntityFeature`, kept apart so that
each module stays about one thing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMenu

from gui.ui.entities.style import TYPES, legend_icon, type_name


class CorrectionActions:
    """Needs from its host: ``window``, ``doc``, ``user`` (UserCorrections), ``entity_at``,
    ``recognise``, ``_palette``, ``_status`` and ``_warn``. Strings are translated in the host's context
    (``EntityFeature``), written out so that lupdate finds them."""

    def add_reader_menu_entries(
        self, menu: QMenu, pos: int, selection: tuple[int, int] | None
    ) -> None:
        """Reader context menu: Mark As (a selection), Not an Entity (a highlight), Forget."""
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
                palette = self._palette()
                for entity_type in TYPES:
                    action = sub.addAction(
                        legend_icon(entity_type, palette), type_name(entity_type)
                    )
                    action.setObjectName(f"mark_as_{entity_type}")
                    action.triggered.connect(lambda _=False, t=entity_type, x=text: self.mark(x, t))
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
            forget.append(text)
        from gui.core.script import to_pivot

        seen: set[str] = set()
        for text in forget:
            key = to_pivot(text)[0].strip()
            if key in seen or not self.user.has_correction(key):
                continue
            seen.add(key)
            action = menu.addAction(
                QCoreApplication.translate("EntityFeature", "Forget Correction of “%1”").replace(
                    "%1", _elide(text)
                )
            )
            action.setObjectName("entity_forget")
            action.triggered.connect(lambda _=False, x=text: self.forget(x))

    def mark(self, text: str, entity_type: str) -> bool:
        """Mark every occurrence of ``text`` as ``entity_type`` (saved, then re-recognised)."""
        return self._correct(lambda: self.user.mark(text, entity_type))

    def reject(self, text: str) -> bool:
        """Say ``text`` is never an entity (saved, then re-recognised)."""
        return self._correct(lambda: self.user.reject(text))

    def forget(self, text: str) -> bool:
        """Drop the correction about ``text`` (saved, then re-recognised)."""
        return self._correct(lambda: self.user.forget(text))

    def _correct(self, change) -> bool:
        from gui.core.entities import CorrectionsError

        try:
            change()
        except CorrectionsError as err:
            self._warn(
                QCoreApplication.translate("EntityFeature", "Cannot save the correction"), str(err)
            )
            return False
        self.recognise()
        return True

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
            QCoreApplication.translate("EntityFeature", "Exported %n entity correction(s).", "", n)
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
            QCoreApplication.translate("EntityFeature", "Imported %n entity correction(s).", "", n)
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


def _elide(text: str, n: int = 16) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"
