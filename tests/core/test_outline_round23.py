"""Round 23's rules (`docs/outline.md`, "Round 23"), on real lines of batch 18's dev part: a
Shanghai 通知 whose lines a Markdown reader joined (a 章 and its first 条 run together at a
line's start), a portal's stored file name under the attachments' label, a school's story
closed by its writer in brackets — with the lines each rule must leave alone."""

from __future__ import annotations

from gui.core.captions import narrated_caption
from gui.core.furniture import classify_line
from gui.core.numbering import chapter_article_cut
from gui.core.reading import document_from_text, read_document
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


# The attachment's link under 「附件（官方直链）」, as the Markdown reader gives its text.
FILE_NAME = "45004fd1f9c2cbf9aa21c0084febe8ba.pdf"


def test_a_portal_s_stored_file_name_is_furniture_even_opening_with_a_figure():
    source = (REAL / SH_NAME).read_text("utf-8")
    assert f"[{FILE_NAME}](" in source
    assert classify_line(FILE_NAME) == "chrome"
    doc = read_document(REAL / SH_NAME)
    at = doc.text.index(FILE_NAME)
    assert any(f.start <= at < f.end for f in doc.furniture)
    # A numbered annex's line and a figure in a sentence stay text.
    assert classify_line("1.上海市城市更新专家委员会工作规程.pdf") is None
    assert classify_line("2023年共审议45004项") is None


# news-cn-mingde-science-contest-xian.txt: the story's last paragraph, its writer run in.
MINGDE = "news-cn-mingde-science-contest-xian.txt"


def _last_paragraph() -> str:
    return (REAL / MINGDE).read_text("utf-8").strip().split("\n")[-1]


def test_a_story_closed_by_its_writer_in_brackets_names_its_reporter():
    last = _last_paragraph()
    assert last.endswith("作用。（文/任伟  明德学院）")
    doc = read_document(REAL / MINGDE)
    byline = doc.text.index("（文/任伟")
    assert any(
        f.start <= byline and f.end >= byline + len("（文/任伟  明德学院）") for f in doc.furniture
    )
    reporter = doc.header.fields["reporter"]
    assert reporter.text == "任伟"
    assert reporter.start is not None and doc.text[reporter.start : reporter.end] == "任伟"
    # The story's own sentence before it stays text.
    sentence = doc.text.index("据悉，西安市青少年科普知识竞赛")
    assert not any(f.start <= sentence < f.end for f in doc.furniture)


def test_brackets_that_are_no_closing_byline_stay_text():
    last = _last_paragraph()
    story = last[: last.index("（文/")]
    for tail in ("（文/任伟明德学院等）", "（文件/任伟）", "（见文/任伟）"):
        doc = document_from_text(story + tail + "\n")
        assert "reporter" not in doc.header.fields
    # Run into a sentence that goes on, it is no closing byline.
    doc = document_from_text(story + "（文/任伟  明德学院）此后竞赛每年举办。\n")
    assert "reporter" not in doc.header.fields


# news-cn-jinye-industrial-bank-signing-2019.txt: a photo's caption between the story's paragraphs,
# the act it shows narrated by the paragraph under it (docs/gold-outline.md, batch 18, Captions).
JINYE = "news-cn-jinye-industrial-bank-signing-2019.txt"


def _jinye_paragraphs() -> list[str]:
    return [p for p in (REAL / JINYE).read_text("utf-8").split("\n") if p.strip()]


def test_a_caption_the_next_paragraph_narrates_is_furniture():
    paragraphs = _jinye_paragraphs()
    caption = "金叶集团董事局主席、总裁袁汉源与兴业银行西安分行行长蔡斌代表双方签署战略合作协议。"
    at = paragraphs.index(caption)
    below = paragraphs[at + 1]
    assert below.startswith("致辞结束后")
    assert narrated_caption(caption, below)
    doc = read_document(REAL / JINYE)
    start = doc.text.index(caption)
    assert any(f.start <= start < f.end and f.kind == "caption" for f in doc.furniture)
    # The paragraphs around it stay the story's text.
    for text in (paragraphs[at - 1], below):
        offset = doc.text.index(text[:20])
        assert not any(f.start <= offset < f.end for f in doc.furniture)


def test_a_sentence_not_narrated_below_is_no_caption():
    paragraphs = _jinye_paragraphs()
    caption = "金叶集团董事局主席、总裁袁汉源与兴业银行西安分行行长蔡斌代表双方签署战略合作协议。"
    at = paragraphs.index(caption)
    # The story's next paragraph but one names the act's object (合作协议) but not its people.
    assert not narrated_caption(caption, paragraphs[at + 2])
    # A clause in it (the story's own sentence), a sitter deep in the line, a shorter line below.
    lead = "签约仪式上，金叶集团董事局主席、总裁袁汉源和兴业银行西安分行行长蔡斌分别致辞。"
    assert lead in paragraphs
    assert not narrated_caption(lead, paragraphs[at + 1])
    assert not narrated_caption("签约仪式上" + caption, paragraphs[at + 1])
    assert not narrated_caption(caption, caption[:-1] + "，")
