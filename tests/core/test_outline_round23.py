"""Round 23's rules (`docs/outline.md`, "Round 23"), on real lines of batch 18's dev part: a
Shanghai 通知 whose lines a Markdown reader joined (a 章 and its first 条 run together at a
line's start), with the lines each rule must leave alone."""

from __future__ import annotations

from gui.core.numbering import chapter_article_cut
from gui.core.reading import read_document
from tests.conftest import REPO

REAL = REPO / "tests" / "data" / "real"
SH_NAME = "gw-sh-urban-renewal-expert-committee-2023.md"


def _source_lines(first: str, count: int) -> list[str]:
    lines = (REAL / SH_NAME).read_text("utf-8").splitlines()
    at = lines.index(first)
    return lines[at : at + count]


def test_a_chapter_and_its_first_article_run_together_head_two_sections():
    chapter, article, text = _source_lines("第一章 总则", 3)
    assert article == "第一条（目的依据）"
    doc = read_document(REAL / SH_NAME)
    assert chapter + article + text in doc.text  # the Markdown reader joined the three lines
    headings = [s.heading for s in doc.sections]
    assert chapter in headings and article in headings
    at = headings.index(chapter)
    assert headings[at + 1] == article
    assert doc.sections[at].level < doc.sections[at + 1].level


def test_the_cut_falls_before_the_article_number():
    chapter, article, text = _source_lines("第一章 总则", 3)
    line = chapter + article + text
    assert chapter_article_cut(line) == len(chapter)
    other = "".join(_source_lines("第二章 专家委员会全体会议", 2))
    assert chapter_article_cut(other) == len("第二章 专家委员会全体会议")


def test_what_is_no_chapter_run_into_its_article_is_not_cut():
    chapter, article, text = _source_lines("第一章 总则", 3)
    assert chapter_article_cut(chapter) is None  # a chapter heading alone
    assert chapter_article_cut(article + text) is None  # an article opens the line
    assert chapter_article_cut("第一章" + article + text) is None  # no chapter name
    # A sentence that cites an article, a name that is a sentence, a name too long.
    assert chapter_article_cut("第三章 依照本规程第十条的规定执行。") is None
    assert chapter_article_cut("第一章 总则第一条 " + text) == len(chapter)  # a space after it
    assert chapter_article_cut("第一章 总则，" + article + text) is None
    assert chapter_article_cut("第一章 " + "专家委员会" * 5 + article + text) is None
