"""第X条 articles head sections (DESIGN.md: 第一章 / 第一节 / 第一条 are heading styles), on the
regulations of the real corpus's dev split and on their lines: the heading is the article's
number (with its bracketed short title when it has one), never its text, one level under the
chapter (or section) it sits in, level 1 in a regulation without chapters."""

from __future__ import annotations

import re
from pathlib import Path

from gui.core.reading import document_from_text, read_document

REAL = Path(__file__).resolve().parents[1] / "data" / "real"
# Article lines of reg-cn-price-marking-2022.md (dev), as they stand.
FIRST = (
    "第一条 为了规范经营者明码标价行为，预防和制止价格欺诈，维护市场价格秩序，保护消费者、"
    "经营者合法权益和社会公共利益，根据《中华人民共和国价格法》、《价格违法行为行政处罚规定》"
    "等法律、行政法规，制定本规定。"
)
SHORT = "第九条 经营者标示价格，一般应当使用阿拉伯数字标明人民币金额。"
CITING = (
    "第十一条 经营者销售商品，同时有偿提供配送、搬运、安装、调试等附带服务的，应当按照本规定"
    "第七条的规定，对附带服务进行明码标价。"
)
LISTING = "第十九条 经营者不得实施下列价格欺诈行为："
ITEMS = (
    "（一）谎称商品和服务价格为政府定价或者政府指导价；\n"
    "（二）以低价诱骗消费者或者其他经营者，以高价进行结算；\n"
    "（三）通过虚假折价、减价或者价格比较等方式销售商品或者提供服务；"
)


def headings(doc) -> list[tuple[int, str]]:
    return [(s.level, s.heading) for s in doc.sections if s.heading is not None]


def test_an_article_running_on_its_line_is_headed_by_its_number_alone():
    text = f"明码标价和禁止价格欺诈规定\n{FIRST}\n{SHORT}\n{CITING}\n{LISTING}\n{ITEMS}"
    doc = document_from_text(text)
    # 第九条 is one short sentence: still 「第九条」, articles are alike; a cited 第七条 in the
    # text is no heading; the (一)(二)(三) items of 第十九条 are a list inside it.
    assert headings(doc) == [(1, "第一条"), (1, "第九条"), (1, "第十一条"), (1, "第十九条")]
    for s in doc.sections:
        assert doc.text[s.heading_start : s.heading_end] == s.heading
    last = doc.sections[-1]
    assert last.end == len(text)  # the items belong to 第十九条


def test_an_article_short_title_in_brackets_is_part_of_its_heading():
    body_first = FIRST.removeprefix("第一条 ")
    body_short = SHORT.removeprefix("第九条 ")
    text = (
        f"某某条例\n第一章　总则\n第一条　【立法目的】{body_first}\n"
        f"第二条（标价方式）{body_short}\n第三条\n{body_short}\n第四条（一）{body_short}"
    )
    assert headings(document_from_text(text)) == [
        (1, "第一章　总则"),
        (2, "第一条　【立法目的】"),
        (2, "第二条（标价方式）"),
        (2, "第三条"),
        (2, "第四条"),  # an item number is not a title
    ]


def test_every_article_of_a_regulation_without_chapters_is_a_level_one_heading():
    doc = read_document(REAL / "reg-cn-price-marking-2022.md")
    found = headings(doc)
    wanted = re.findall(r"(?m)^(第[一二三四五六七八九十百零〇]+条)", doc.text)
    assert len(wanted) == 27
    assert found == [(1, a) for a in wanted]
    # Each article's section runs to the next article: 第十九条 holds its list items.
    nineteen = next(s for s in doc.sections if s.heading == "第十九条")
    assert "（四）销售商品或者提供服务时" in doc.text[nineteen.start : nineteen.end]
    assert not doc.text[nineteen.end :].startswith("（")


def test_articles_on_their_own_lines_sit_one_level_under_their_chapter():
    doc = read_document(REAL / "reg-sh-historic-towns-2025.txt")
    found = headings(doc)
    chapters = [h for level, h in found if level == 1]
    articles = [h for level, h in found if level == 2]
    assert len(chapters) == 5 and all("章" in h[:4] for h in chapters)
    assert articles == re.findall(r"(?m)^(第[一二三四五六七八九十百零〇]+条)$", doc.text)
    assert len(articles) == 42 and len(found) == 47
    # The chapters' contents at the top are still not a second set of chapters.
    assert doc.text.count("第二章　保护要求") == 2 and chapters.count("第二章　保护要求") == 1
    # 第八条 ends where 第二章 starts, and 第一章 holds its eight articles.
    eight = next(s for s in doc.sections if s.heading == "第八条")
    two = next(s for s in doc.sections if s.heading == "第二章　保护要求")
    one = next(s for s in doc.sections if s.heading == "第一章　总　　则")
    assert eight.end == two.start == one.end
    inside = [s.heading for s in doc.sections if s.level == 2 and one.start < s.start < one.end]
    assert inside == [f"第{n}条" for n in "一二三四五六七八"]
