"""Debris of a site's font-size menu (「【字号： 加大 还原 减小 】」, the page chrome quoted in
issue #12) around a report's title, on the real page of a dev document (wr-shaanxi-2026: a
provincial work report as scraped, its head one field a line). A scraper may break the menu
before its closing bracket, leaving 「】」 at the start of the next line, or run the title on
after it; no line of Chinese text opens with a closing bracket, so the bracket is the end of
the chrome line above, and the menu is chrome wherever the title starts."""

from __future__ import annotations

import pytest

from gui.core.patterns import paragraphs
from gui.core.reading import document_from_text
from tests.conftest import REPO

SHAANXI = REPO / "tests" / "data" / "real" / "wr-shaanxi-2026.txt"
TITLE = "陕西省2026年政府工作报告"
MENU = "【字号： 加大 还原 减小 】"


def _page_with(head: str) -> str:
    """The real page with ``head`` in place of the title line under its breadcrumb."""
    lines = SHAANXI.read_text(encoding="utf-8").split("\n")
    at = [n for n, line in enumerate(lines) if line.strip() == TITLE][1]  # the article's own
    return "\n".join([*lines[:at], head, *lines[at + 1 :]])


@pytest.mark.parametrize(
    "head",
    [
        f"{MENU}\n{TITLE}",  # the menu on a line of its own (as before)
        f"{MENU[:-1].rstrip()}\n】\n{TITLE}",  # its bracket broken onto a line alone
        f"{MENU[:-1].rstrip()}\n】{TITLE}",  # …and the title run on after the bracket
        f"{MENU}{TITLE}",  # the title run on after the whole menu
        f"下载 打印 全屏 收藏 {MENU}{TITLE}",  # the page's whole control row, then the title
    ],
)
def test_font_size_menu_debris_stays_out_of_the_title(head):
    doc = document_from_text(_page_with(head))
    assert doc.title == TITLE
    menu_at = doc.text.index("字号")
    assert doc.is_furniture(menu_at, menu_at + 2)
    bracket = doc.text.index("】", menu_at)
    assert doc.is_furniture(bracket, bracket + 1)
    # The report's fields read as they do without the debris.
    assert doc.header.get("speaker") == "陕西省省长 赵刚"
    assert doc.header.get("source") == "陕西省人民政府"


def test_a_closing_bracket_opening_a_body_line_is_not_chrome():
    # Since round 21 a closing bracket alone is chrome wherever it stands (no line of text is
    # only that: a scraper broke it off a menu); the text a line runs on with after it stays
    # text.
    doc = document_from_text(_page_with(f"{TITLE}\n】以上为全文"))
    bracket = doc.text.index("\n】") + 1
    assert doc.is_furniture(bracket, bracket + 1)
    assert not doc.is_furniture(bracket + 1, bracket + 6)


def test_a_bracketed_term_without_sizes_is_no_menu():
    # An article's bracketed title (the form of 「第一条　【立法目的】」) that is the word 字号:
    # a menu lists sizes (大 中 小, 加大 减小, A+ A-), a title does not.
    line = "第八条　【字号】企业名称中的字号应当由两个以上汉字组成。"
    assert [p[3] for p in paragraphs(line)] == [line]
    assert [p[3] for p in paragraphs("〖字号：大 中 小〗 打印本页")] == [
        "〖字号：大 中 小〗",
        "打印本页",
    ]


def test_font_size_words_inside_text_cut_nothing():
    # 「老字号」 in a regulation's article (reg-sh-historic-towns-2025): no bracketed menu.
    line = next(
        line
        for line in (REPO / "tests/data/real/reg-sh-historic-towns-2025.txt")
        .read_text(encoding="utf-8")
        .split("\n")
        if "老字号" in line
    )
    assert [p[3] for p in paragraphs(line)] == [line.strip()]
