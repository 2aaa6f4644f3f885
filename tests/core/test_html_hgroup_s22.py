"""An HTML5 article's own header keeps its headline (task o34, issue #12): Apple Daily's Taiwan
pages (batch 39, dev) set the headline and its deck as one ``<hgroup>`` in the ``<article>``'s
``<header>``; the headline is the title, the deck a line under it, and a site's page header
outside the article stays unread.
"""

from __future__ import annotations

from pathlib import Path

from gui.core.formats.html import read_html
from gui.core.reading import read_document
from tests.conftest import REPO

REAL = REPO / "tests" / "data" / "real"


def test_an_hgroups_first_heading_is_the_title_and_its_deck_a_line() -> None:
    doc = read_document(REAL / "news-tw-appledaily-father-stall-disabled-son-2008.html")
    assert doc.title == "半百父擺攤 顧甦醒癱兒"
    lines = doc.text.splitlines()
    assert lines[:3] == [
        "半百父擺攤 顧甦醒癱兒",
        "設公有地上 半年後須搬離「不知怎辦」",
        "2008年01月09日",
    ]


def test_a_page_header_outside_the_article_is_not_read() -> None:
    page = (
        "<body><header><hgroup><h1>蘋果日報</h1><h2>每日新聞</h2></hgroup></header>"
        '<article><header><hgroup><h1 id="h1">夫猝逝 婦扛20萬債茫然</h1>'
        '<h2 id="h2">忍腿傷育兩女「不知如何過下去」</h2></hgroup></header>'
        '<div class="articulum"><p>一走進阿蕎的房子，客廳的神壇上供奉著數尊神像，只見她忍著雙腿燒燙傷'
        "的疼痛，雙手拈香祈禱。</p><p>阿蕎雖從燒炭自殺中撿回一命，但兩腿卻遭炭火燒傷，必須長期治療，"
        "生活陷入困境。</p></div></article></body>"
    )
    source = read_html(page.encode("utf-8"), Path("page.html"))
    lines = source.text.splitlines()
    assert lines[0] == "夫猝逝 婦扛20萬債茫然"
    assert lines[1] == "忍腿傷育兩女「不知如何過下去」"
    assert "蘋果日報" not in source.text and "每日新聞" not in source.text
