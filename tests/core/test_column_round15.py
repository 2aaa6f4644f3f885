"""Round 15's column and page-tail rules (`docs/history/outline-log.md`, "Round 15, session 14"), on batch
12's dev Hong Kong column and Jiading notice and on lines they must leave alone:

- 【撰文：陳元敬】 names the column's writer (``reporter``);
- the note on the author under the byline (「作者為註冊園境師、…系主任」) is furniture;
- a column's card closing the page (「博客 | 眾城」, 「【眾城專欄】城裏城外…」) is page tail, so the
  subscription appeal above it is too;
- a site's 「文字解读：《…》的文件解读」 link under a 公文 is a related link.
"""

from __future__ import annotations

from gui.core.furniture import classify_line
from gui.core.reading import read_document
from tests.conftest import REPO

REAL = REPO / "tests" / "data" / "real"
COLUMN = REAL / "news-hk-playable-city-space-2017.md"
JIADING = REAL / "gw-sh-jiading-immovable-relics-2024.md"


def _furniture(doc) -> str:
    return "\n".join(doc.text[f.start : f.end] for f in doc.furniture)


def test_column_byline_note_and_card():
    doc = read_document(COLUMN)
    assert doc.header.fields["reporter"].text == "陳元敬"
    furniture = _furniture(doc)
    for line in (
        "作者為註冊園境師、香港高等教育科技學院環境學系系主任",
        "請加入成為眾新聞的月費訂戶，長期支持我們的工作。",
        "博客 | 眾城",
        "【眾城專欄】城裏城外，眾人之事。",
    ):
        assert line in furniture
    # (the column's last paragraph stays body)
    assert "香港新一任特首剛上場。" not in furniture


def test_related_reading_under_a_notice():
    doc = read_document(JIADING)
    assert "文字解读：《嘉定区不可移动文物保护暂行规定》的文件解读" in _furniture(doc)


def test_author_and_card_forms_left_alone():
    for line in (
        "作者為了寫這本書，走訪了全港十八區的遊樂場，記下每一處設計的得失。",  # a sentence of the body
        "作者简介",
    ):
        assert classify_line(line, around_body=True) is None
    # Mid-body, an author note is the column's text.
    assert classify_line("作者為註冊園境師", around_body=False) is None
