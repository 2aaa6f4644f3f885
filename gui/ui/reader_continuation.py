"""The whole of a long report taking over from its first part in the reader, without a
fresh document (a mixin of :class:`gui.ui.reader_view.ReaderView`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from gui.core.script import Script

if TYPE_CHECKING:
    from gui.core.document import Document
    from gui.core.script_views import DocumentViews


class PartContinuation:
    """Uses the reader's document, views, block scripts, highlighter, folds, filler and
    switcher (``ReaderView``'s attributes)."""

    def _continue_part(self, doc: Document, views: DocumentViews, script: Script) -> bool:
        """The whole report after its first part (``gui.core.first_part``), shown in the
        original: the part's lines are the report's first lines, block for block, so they
        stay in the reader (and the reading position and selection with them) and the rest
        streams in after them. Replacing the part cost one event-loop turn of ~0.5 s under
        load on a 1 M-character report: a fresh document, its first slice, every line's
        script. False (nothing done) when ``doc`` does not continue what is shown."""
        part, shown = self._doc, self._views
        original = Script.ORIGINAL
        if (
            part is None
            or shown is None
            or script is not original
            or any(s is not original for s in self._block_scripts)
            or self.filler.busy
            or self.folds.has_markers
            or self.document().blockCount() != shown.line_count
            or len(doc.text) <= len(part.text)
            or doc.text[len(part.text)] != "\n"
            or not doc.text.startswith(part.text)
        ):
            return False
        self.switcher.stop()
        before = self.highlighter.static_spans()
        self._doc, self._views, self._script = doc, views, script
        self.highlighter.reset(views)
        self.folds.set_document(doc)
        self._block_scripts = [original] * views.line_count
        self.highlighter.defer_repaint(True)
        try:
            self._paint_structure()
        finally:
            self.highlighter.defer_repaint(False)
        # A heading only the whole report tells (a contents list above a regulation's body).
        self.highlighter.repaint_changed(before, len(part.text))
        self._editing = True
        try:
            self.filler.resume(self.document(), views.line_count, views.original_line)
        finally:
            self._editing = False
        self.switcher.start(script)
        return True
