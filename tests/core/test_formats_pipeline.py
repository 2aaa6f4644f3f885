"""Every format goes through the same pipeline: dispatch by content, the analyze CLI, notes."""

from __future__ import annotations

import json
import sys
import zipfile
from pathlib import Path

import docx
import pytest

from gui.core import formats
from gui.core.decoding import DocumentError
from gui.core.loading import read_source
from gui.core.notes.anchoring import AnchorStatus, reanchor
from gui.core.notes.model import new_passage_note
from gui.core.reading import document_from_text, read_document

FORMATS = Path(__file__).resolve().parents[1] / "data" / "formats"
sys.path.insert(0, str(FORMATS))

import make_pdf  # noqa: E402


@pytest.fixture
def samples(tmp_path) -> dict[str, Path]:
    word = docx.Document()
    word.add_paragraph("数字经济发展报告", style="Title")
    word.add_heading("一、总体情况", level=1)
    word.add_paragraph("全年数字经济核心产业增加值增长20%，占地区生产总值的比重为9.8%。")
    word_path = tmp_path / "report.docx"
    word.save(str(word_path))
    pdf_path = tmp_path / "report.pdf"
    pdf_path.write_bytes(make_pdf.build_pdf(make_pdf.sample_report_pages()))
    return {
        "html": FORMATS / "news-gbk.html",
        "markdown": FORMATS / "report.md",
        "docx": word_path,
        "pdf": pdf_path,
    }


@pytest.mark.parametrize(
    ("head", "suffix", "expected"),
    [
        (b"%PDF-1.7\n", ".txt", "pdf"),
        (b"\xef\xbb\xbf<!DOCTYPE html><html>", ".txt", "html"),
        (b"  \n<html lang='zh'>", "", "html"),
        (b"<!-- saved page --><html>", ".dat", "html"),
        (b"# \xe6\xa0\x87\xe9\xa2\x98\n", ".md", "markdown"),
        (b"# \xe6\xa0\x87\xe9\xa2\x98\n", ".markdown", "markdown"),
        (b"text that quotes <html> later", ".md", "markdown"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest", ".doc", "doc"),
        (b"plain report text", ".txt", None),
        (b"plain report text", ".htm", "html"),
        (b"# not markdown by extension", ".txt", None),
    ],
)
def test_sniffing_prefers_content_over_extension(head, suffix, expected):
    assert formats.sniff_format(head, suffix) == expected


def test_docx_is_recognised_by_its_document_part(samples, tmp_path):
    data = samples["docx"].read_bytes()
    assert formats.sniff_format(data, ".bin") == "docx"
    other = tmp_path / "a.zip"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("a.txt", "x")
    assert formats.sniff_format(other.read_bytes(), ".zip") == "zip"
    with pytest.raises(DocumentError, match="ZIP archive"):
        read_source(other)


def test_plain_text_has_no_reader(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text("标题\n正文。", encoding="utf-8")
    assert formats.reader_for(path, path.read_bytes()) is None
    assert read_source(path).format == "text"


def test_old_word_files_get_advice(tmp_path):
    path = tmp_path / "old.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    with pytest.raises(DocumentError, match=r"old Word \.doc file; save it as \.docx"):
        read_source(path)


@pytest.mark.parametrize("fmt", ["html", "markdown", "docx", "pdf"])
def test_analyze_cli_prints_the_outline_for_every_format(samples, fmt, capsys):
    from gui.cli import main

    assert main(["analyze", str(samples[fmt]), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    document = read_document(samples[fmt])
    assert result["text"] == document.text
    assert result["title"] == document.title and result["title"]
    headings = [s["heading"] for s in result["sections"] if s["heading"]]
    assert headings and headings[0].startswith("一、")
    for section in result["sections"]:
        if section["heading"]:
            assert (
                result["text"][section["heading_start"] : section["heading_end"]]
                == (section["heading"])
            )


def test_analyze_cli_refuses_a_bad_file_in_one_line(tmp_path, capsys):
    from gui.cli import main

    path = tmp_path / "bad.pdf"
    path.write_bytes(b"%PDF-1.4\n%%EOF\n")
    assert main(["analyze", str(path), "--json"]) != 0
    err = capsys.readouterr().err.strip()
    assert "bad.pdf" in err and "damaged PDF" in err and "\n" not in err


@pytest.mark.parametrize("fmt", ["html", "markdown", "docx", "pdf"])
def test_notes_anchor_on_the_cleaned_text_as_for_txt(samples, fmt):
    """A note made on a structured file sits in the same text coordinates as on the .txt
    holding the same text, and finds its place again when the file is reopened."""
    document = read_document(samples[fmt])
    start = len(document.text) // 2
    end = start + 8
    note = new_passage_note(document, start, end, body="要点")
    assert note.anchor.exact == document.text[start:end]
    reopened = reanchor(note, read_document(samples[fmt]))
    assert reopened.status == AnchorStatus.POSITION and not reopened.changed
    as_text = document_from_text(document.text)
    assert as_text.text == document.text
    assert reanchor(note, as_text).status == AnchorStatus.POSITION


def test_supported_suffixes_cover_every_format():
    assert set(formats.SUPPORTED_SUFFIXES) >= {".txt", ".html", ".htm", ".md", ".docx", ".pdf"}
    for suffix in formats.SUPPORTED_SUFFIXES:
        expected = None if suffix in formats.EXTENSIONS["text"] else suffix
        fmt = formats.sniff_format(b"plain words", suffix)
        assert (fmt is None) == (expected is None), suffix


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.pdf", b"", "the file is empty"),
        ("empty.docx", b"  \n", "the file is empty"),
        ("front.md", b"---\ntitle: x\n---\n", "the Markdown file has no text"),
        ("rule.md", b"***\n", "the Markdown file has no text"),
        ("bare.html", b"<html>", "the page has no article text"),
    ],
)
def test_files_without_text_say_so(tmp_path, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(DocumentError, match=reason):
        read_source(path)


def test_cli_prints_one_line_for_a_damaged_pdf_even_when_pdfminer_complains(tmp_path):
    """pdfminer logs warnings for damaged cross-reference entries; they must not reach the
    terminal around the one-line message."""
    import subprocess

    data = bytearray((FORMATS / "report.pdf").read_bytes())
    entries = data.index(b"0000000000 65535 f \n") + 20
    for entry in range(5):  # garble the offsets of five cross-reference entries
        data[entries + 20 * entry + 4] = 0xBA
    path = tmp_path / "xref.pdf"
    path.write_bytes(bytes(data))
    result = subprocess.run(
        [sys.executable, "-m", "gui.cli", "analyze", str(path), "--json"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    lines = result.stderr.strip().splitlines()
    assert len(lines) <= 1, result.stderr
    if result.returncode != 0:
        assert lines and lines[0].startswith("report-reader-cli: Cannot open xref.pdf: ")
    else:
        assert json.loads(result.stdout)["title"] == make_pdf.TITLE
