"""A note's quote exported with its word-level pinyin (reader Markdown and HTML): real quotes
from a real report (a dev document of the corpus) read word by word — 银行 yínháng beside 机构
jīgòu, 存贷款 cúndàikuǎn, 增长 zēngzhǎng — in the Simplified and the Traditional script, and the
export without the option is unchanged."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from gui.core.notes.model import new_passage_note
from gui.core.notes.reader_export import ReaderExport, export_for_readers
from gui.core.reading import read_document
from tests.conftest import REPO

REPORT = REPO / "tests" / "data" / "real" / "wr-guangdong-2026.txt"  # dev, batch 8
QUOTES = ("服务机器人产量增长11.2%、占全国8成", "银行机构本外币存贷款余额分别达38.7万亿元")


@pytest.fixture(scope="module")
def report():
    document = read_document(REPORT)
    notes = []
    for quote in QUOTES:
        start = document.text.index(quote)
        notes.append(new_passage_note(document, start, start + len(quote), body="Small firms."))
    return document, notes


def _export(report, fmt: str, script: str = "original", pinyin: bool = True) -> str:
    document, notes = report
    options = ReaderExport(pinyin=pinyin)
    return export_for_readers(document, notes, fmt, script, options).decode()


def test_markdown_puts_word_pinyin_under_each_quote(report):
    text = _export(report, "reader-md")
    lines = text.splitlines()
    quote_at = lines.index("> " + QUOTES[0])
    # In the same block quote, after a quote-blank line: one pinyin reading per word.
    assert lines[quote_at + 1] == ">"
    assert lines[quote_at + 2].startswith("> *fúwù jīqìrén chǎnliàng zēngzhǎng 11.2%")
    second = lines[lines.index("> " + QUOTES[1]) + 2]
    assert second.startswith("> *yínháng jīgòu běn wàibì cúndàikuǎn yú'é fēnbié dá 38.7")
    assert "yín háng" not in text and "yínxíng" not in text  # words, not characters
    assert "Small firms." in text  # the note itself still follows


def test_without_the_option_the_export_is_unchanged(report):
    plain = _export(report, "reader-md", pinyin=False)
    assert "yínháng" not in plain and "> " + QUOTES[0] in plain
    page = _export(report, "reader-html", pinyin=False)
    assert "<ruby>" not in page and "rt{" not in page


class _Ruby(HTMLParser):
    """``(base, reading)`` of every ``<ruby>`` in a page; fails on a misnested ruby tag."""

    def __init__(self) -> None:
        super().__init__()
        self.pairs: list[tuple[str, str]] = []
        self.open: list[str] = []
        self.base = self.reading = ""
        self.quoted = ""  # the blockquotes' text without the readings

    def handle_starttag(self, tag, attrs):
        if tag not in ("ruby", "rt", "blockquote"):
            return
        self.open.append(tag)
        if tag == "ruby":
            self.base = self.reading = ""

    def handle_endtag(self, tag):
        if tag not in ("ruby", "rt", "blockquote"):
            return
        assert self.open and self.open[-1] == tag, (self.open, tag)
        self.open.pop()
        if tag == "ruby":
            self.pairs.append((self.base, self.reading))

    def handle_data(self, data):
        if "rt" in self.open:
            self.reading += data
            return
        if "ruby" in self.open:
            self.base += data
        if "blockquote" in self.open:
            self.quoted += data


@pytest.mark.parametrize("script, bank", [("original", "银行"), ("hans", "银行"), ("hant", "銀行")])
def test_html_puts_one_reading_over_each_word(report, script, bank):
    page = _export(report, "reader-html", script)
    parser = _Ruby()
    parser.feed(page)
    pairs = dict(parser.pairs)
    assert pairs[bank] == "yínháng"
    assert ("增長" if script == "hant" else "增长", "zēngzhǎng") in parser.pairs
    assert "rt{" in page  # the ruby's style travels with the page
    # Every Han character of the quotes, and nothing else, sits under a reading, in order.
    bases = "".join(base for base, _ in parser.pairs)
    assert bases == "".join(c for c in parser.quoted if "\u4e00" <= c <= "\u9fff")
    assert bank in parser.quoted and "11.2%" in parser.quoted
