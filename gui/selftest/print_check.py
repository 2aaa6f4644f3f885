"""Self-test check of File → Export as PDF (and that QtPrintSupport loads): the report with a
note, drawn to PDF by the real window's printing, read back with pdfminer. In a frozen build
it proves the PDF writer, the fonts it embeds and the print module were all collected."""

from __future__ import annotations

import io

from gui.selftest.base import Skipped, require


def check_print_pdf(ctx) -> str:
    """The open report as a PDF in the shown script: the view's text and a note's text must
    be in it."""
    window = ctx.window
    printing = getattr(getattr(window, "essentials", None), "printing", None)
    if printing is None:
        raise Skipped("printing: not in this window")
    from PySide6.QtPrintSupport import QPrinter  # the print dialog's module is in the build

    require(QPrinter().pageLayout().isValid(), "QtPrintSupport gives no page layout")
    from gui.core.notes import new_passage_note

    doc = window.reader.document_model
    require(doc is not None, "no document")
    marker = "集聚中牧股份"
    start = doc.text.find(marker)
    require(start >= 0, "the bundled report lacks its marker text")
    note = new_passage_note(doc, start, start + len(marker), body="自检 self-test")
    printing.notes = lambda: [note]
    data = printing.pdf_bytes()
    require(data.startswith(b"%PDF-"), "not a PDF")
    from pdfminer.high_level import extract_text

    text = "".join(extract_text(io.BytesIO(data)).split())
    shown = window.reader.views.line(window.reader.views.line_at(start), window.reader.script)
    require("".join(shown.text.split())[:30] in text, "the PDF lacks the report text")
    require("[1]自检self-test" in text, "the PDF lacks the note")
    return f"{len(data):,} bytes of PDF with the report as shown and its note"
