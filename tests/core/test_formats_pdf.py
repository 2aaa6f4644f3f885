"""Text PDFs: reading order, running headers and page numbers, paragraphs rejoined.

The PDFs are written by ``tests/data/formats/make_pdf.py`` (a minimal PDF writer with the
standard CJK font STSong-Light) and read by the real pdfminer.six.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from gui.core.decoding import DocumentError
from gui.core.loading import read_source
from gui.core.reading import read_document

FORMATS = Path(__file__).resolve().parents[1] / "data" / "formats"
sys.path.insert(0, str(FORMATS))

import make_pdf  # noqa: E402
from make_pdf import Text, build_pdf  # noqa: E402


@pytest.fixture
def sample(tmp_path) -> Path:
    path = tmp_path / "report.pdf"
    path.write_bytes(build_pdf(make_pdf.sample_report_pages()))
    return path


def test_sample_has_two_pages_and_a_paragraph_over_the_break():
    """Guards the fixture itself: the properties the reader is tested on are really there."""
    pages = make_pdf.sample_report_pages()
    assert len(pages) == 2
    body_on_page_2 = [t for t in pages[1] if t.size == make_pdf.SIZE]
    first = body_on_page_2[0]
    assert first.x == make_pdf.LEFT and not any(
        p.startswith(first.text) for p in make_pdf.PARAGRAPHS
    )


def test_committed_sample_matches_its_script():
    assert (FORMATS / "report.pdf").read_bytes() == build_pdf(make_pdf.sample_report_pages())


def test_pdf_title_outline_and_paragraphs(sample):
    document = read_document(sample)
    assert document.encoding == "utf-8"
    assert document.title == "兰州高新区2021年统计公报"
    assert [(s.level, s.heading) for s in document.sections] == [
        (1, None),
        (1, "一、综合"),
        (1, "二、工业和建筑业"),
    ]
    lines = document.text.split("\n")
    # every paragraph is one line again, also the one that runs over the page break
    for paragraph in make_pdf.PARAGRAPHS:
        assert paragraph in lines
    # Chinese wraps are joined without spaces, even inside a number
    assert "第三产业增加值183.6亿元" in document.text
    # English wraps are joined with one space
    assert " ".join(make_pdf.ENGLISH) in lines


def test_running_header_and_page_numbers_are_removed(sample):
    text = read_source(sample).text
    assert make_pdf.RUNNING_HEADER.replace(" ", "") not in text.replace(" ", "")
    assert "统计局" not in text
    assert not re.search(r"第\s*\d+\s*页", text)


def test_a_single_page_keeps_its_lines(tmp_path):
    """Nothing repeats on one page, so nothing is taken for a running header."""
    path = tmp_path / "one.pdf"
    path.write_bytes(
        build_pdf(
            [
                [
                    Text(72, 780, 9, "内部资料"),
                    Text(72, 700, 12, "全年地区生产总值增长8.5%。"),
                    Text(72, 40, 9, "- 1 -"),
                ]
            ]
        )
    )
    assert read_source(path).text.split("\n") == ["内部资料", "全年地区生产总值增长8.5%。", "- 1 -"]


def test_pdf_is_sniffed_by_content_not_extension(sample, tmp_path):
    renamed = tmp_path / "report.txt"
    renamed.write_bytes(sample.read_bytes())
    assert read_source(renamed).format == "pdf"


def test_fonts_without_unicode_mapping_are_refused(tmp_path):
    data = build_pdf([[Text(72, 700, 12, "没有映射的文字内容")]])
    data = re.sub(rb"/ToUnicode \d+ 0 R", b"", data)
    path = tmp_path / "nomap.pdf"
    path.write_bytes(data)
    with pytest.raises(DocumentError, match="no Unicode mapping"):
        read_source(path)


def test_title_and_headings_marked_only_by_type_size(tmp_path):
    body = "全年实现地区生产总值306亿元，比上年增长8.5%，经济运行稳中有进，质量效益稳步提升。"
    texts = [
        Text(72, 780, 9, "兰高管发〔2021〕12号"),
        Text(150, 740, 20, "关于数字经济发展情况的报告"),
        Text(72, 690, 15, "发展概况"),
        Text(96, 660, 12, body),
        Text(72, 630, 13.5, "产业结构"),
        Text(96, 600, 12, body),
        Text(72, 570, 15, "下一步打算"),
        Text(96, 540, 12, body),
    ]
    path = tmp_path / "sized.pdf"
    path.write_bytes(build_pdf([texts]))
    document = read_document(path)
    assert document.title == "关于数字经济发展情况的报告"
    assert [(s.level, s.heading) for s in document.sections] == [
        (1, None),
        (1, "发展概况"),
        (2, "产业结构"),
        (1, "下一步打算"),
    ]
    assert document.text.startswith("兰高管发〔2021〕12号\n关于数字经济发展情况的报告\n")


@pytest.mark.parametrize("number", ["- {n} -", "{n}/4", "第 {n} 页", "Page {n} of 4", "{n}"])
def test_page_number_styles_and_alternating_headers_are_removed(tmp_path, number):
    bodies = [
        "全年实现地区生产总值306亿元，比上年增长8.5%。",
        "规模以上工业增加值比上年增长12.1%。",
        "高技术制造业增加值增长15.3%。",
        "全年建筑业总产值达到86.2亿元。",
    ]
    pages = [
        [
            # odd and even pages carry different running headers, as books do
            Text(72, 810, 9, "兰州高新区统计公报" if n % 2 else "第二部分 统计数据"),
            Text(96, 700, 12, body),
            Text(280, 40, 9, number.format(n=n)),
        ]
        for n, body in enumerate(bodies, start=1)
    ]
    path = tmp_path / "numbers.pdf"
    path.write_bytes(build_pdf(pages))
    assert read_source(path).text.split("\n") == bodies


def test_body_lines_that_differ_only_in_digits_are_not_running_lines(tmp_path):
    """On short pages the body's lines are the top and bottom lines too; only lines in the
    page margins can be running headers or footers."""
    pages = [[Text(96, 500, 12, f"第{n}季度地区生产总值增长{n}.5%。")] for n in (1, 2, 3)]
    path = tmp_path / "short.pdf"
    path.write_bytes(build_pdf(pages))
    assert len(read_source(path).text.split("\n")) == 3
