"""The default report saved as HTML, Markdown, DOCX and PDF reads like the .txt: the same
cleaned text (so notes and entities land on the same offsets), outline and footer."""

from __future__ import annotations

import html
import sys
from pathlib import Path

import docx
import pytest

from gui.core.reading import read_document
from tests.conftest import DEFAULT_REPORT

REPORT = DEFAULT_REPORT
FORMATS = Path(__file__).resolve().parents[1] / "data" / "formats"
sys.path.insert(0, str(FORMATS))

import make_pdf  # noqa: E402

pytestmark = pytest.mark.skipif(not REPORT.is_file(), reason="default report not bundled")


def _lines() -> list[str]:
    return [line for line in REPORT.read_text(encoding="utf-8").split("\n") if line.strip()]


def _outline(document) -> list[tuple[int, str | None]]:
    return [(s.level, s.heading) for s in document.sections]


@pytest.fixture(scope="module")
def as_text():
    return read_document(REPORT)


def _write_html(path: Path) -> None:
    paragraphs = "".join(f"<p>{html.escape(line)}</p>\n" for line in _lines())
    path.write_text(
        "<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>"
        "<div class='nav'><a href='/'>首頁</a><a href='/news'>新聞動態</a></div>"
        f"<div class='TRS_Editor'>{paragraphs}</div>"
        "<div class='sidebar'><p>熱點新聞：園區動態和政策解讀的相關鏈接文字。</p></div>"
        "</body></html>",
        encoding="utf-8",
    )


def _write_markdown(path: Path) -> None:
    path.write_text("\n\n".join(_lines()) + "\n", encoding="utf-8")


def _write_docx(path: Path) -> None:
    document = docx.Document()
    for line in _lines():
        document.add_paragraph(line)
    document.save(str(path))


@pytest.mark.parametrize(
    ("suffix", "write"),
    [(".html", _write_html), (".md", _write_markdown), (".docx", _write_docx)],
)
def test_same_text_outline_and_footer_as_the_txt(tmp_path, as_text, suffix, write):
    path = tmp_path / f"report{suffix}"
    write(path)
    document = read_document(path)
    assert document.text == as_text.text.strip("\n")
    assert document.title == as_text.title
    assert _outline(document) == _outline(as_text)
    assert as_text.footer is not None and document.footer == as_text.footer
    assert len(as_text.sections) >= 7


def test_pdf_of_the_report_has_the_same_outline(tmp_path, as_text):
    pages: list[list[make_pdf.Text]] = [[]]
    y = 780
    for line in _lines():
        wrapped = make_pdf.wrap_width(line, 36 * 12, 12, first_width=34 * 12)
        for n, chunk in enumerate(wrapped):
            x = 96 if n == 0 else 72
            if y < 60:
                pages.append([])
                y = 780
            pages[-1].append(make_pdf.Text(x, y, 12, chunk))
            y -= 18
    path = tmp_path / "report.pdf"
    path.write_bytes(make_pdf.build_pdf(pages))
    document = read_document(path)
    assert _outline(document) == _outline(as_text)
    body = as_text.text[: as_text.footer.start].strip("\n")
    assert document.text.startswith(body)
    assert document.footer is not None
    assert document.text[document.footer.start :].startswith("科學技術部火炬")
