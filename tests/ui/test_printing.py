"""File → Print… and Export as PDF… in the real window: the PDF holds the report in the
shown script with the notes' texts (read back with pdfminer), its pages are rendered back to
images (pdftoppm) and the highlights' tints are found in the pixels; a failed export says so
and leaves nothing behind."""

from __future__ import annotations

import io
import shutil
import subprocess

import pytest
from PySide6.QtGui import QColor, QImage

from gui.ui.notes.editor import NoteFields
from gui.ui.notes.painting import TINTS
from tests.conftest import SCREENSHOTS


def _annotate(window) -> None:
    doc = window.reader.document_model
    feature = window.notes
    quote = "集聚中牧股份、中農威特、奇正藏藥"
    start = doc.text.index(quote)
    feature.ask = lambda *a: NoteFields("重點企業名單", ("企业",), "green")
    feature.note_on(start, start + len(quote))
    quote = "實現總產值140億元"
    start = doc.text.index(quote)
    feature.highlight(start, start + len(quote), "yellow")
    feature.ask = lambda *a: NoteFields("本節是全文重點", ("重点",), "blue")
    feature.note_on_section(2)


def _pdf_text(data: bytes) -> str:
    from pdfminer.high_level import extract_text

    return "".join(extract_text(io.BytesIO(data)).split())


@pytest.fixture
def annotated(make_window, qtbot):
    window = make_window()
    _annotate(window)
    with qtbot.waitSignal(window.signals.script_changed):
        window.signals.script_change_requested.emit("hans")
    return window


def test_the_pdf_holds_the_report_in_the_shown_script_with_the_notes(annotated):
    printing = annotated.essentials.printing
    assert printing.pdf_action.isEnabled() and printing.print_action.isEnabled()
    data = printing.pdf_bytes()
    assert data.startswith(b"%PDF-")
    text = _pdf_text(data)
    assert "集聚中牧股份、中农威特、奇正藏药" in text  # Simplified, as the reader shows it
    assert "集聚中牧股份、中農威特" not in text
    assert "[1]本節是全文重點" in text and "[2]重點企業名單" in text  # reading order
    assert "Tags:企业" in text
    last = annotated.reader.views.line(annotated.reader.views.line_count - 2, "hans").text
    assert "".join(last.split())[-12:] in text  # the whole report, to its last paragraph


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) missing")
def test_the_pdf_pages_render_with_the_highlight_tints(annotated, tmp_path):
    path = tmp_path / "report.pdf"
    assert annotated.essentials.printing.export_pdf(path)
    subprocess.run(["pdftoppm", "-r", "80", "-png", str(path), str(tmp_path / "page")], check=True)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) >= 2
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    shutil.copy(pages[0], SCREENSHOTS / "print-page-1.png")
    image = QImage(str(pages[0]))
    assert image.width() < image.height()  # portrait A4

    def near(colour: str) -> int:
        want = QColor(colour)
        count = 0
        for y in range(0, image.height(), 2):
            for x in range(0, image.width(), 2):
                c = image.pixelColor(x, y)
                if (
                    abs(c.red() - want.red())
                    + abs(c.green() - want.green())
                    + abs(c.blue() - want.blue())
                    < 24
                ):
                    count += 1
        return count

    light = TINTS["light"]
    assert near(light["green"]) > 200 and near(light["yellow"]) > 50 and near(light["blue"]) > 200
    assert near(light["pink"]) == 0  # no pink note: the count is not background noise


def test_print_renders_through_a_printer(annotated, tmp_path):
    """The Print path (a QPrinter, here one that prints to a PDF file)."""
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    annotated.essentials.printing.render(printer)
    del printer
    assert "集聚中牧股份、中农威特、奇正藏药" in _pdf_text(out.read_bytes())


def test_a_failed_export_says_so_and_writes_nothing(annotated, tmp_path):
    # A "folder" that is a file: refused even for root (who may write in read-only folders).
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("keep me", encoding="utf-8")
    target = blocker / "report.pdf"
    assert not annotated.essentials.printing.export_pdf(target)
    assert blocker.read_text(encoding="utf-8") == "keep me"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["not-a-folder"]
    title, message = annotated.notifier.messages[-1]
    assert title == "Cannot export the PDF" and str(target) in message
