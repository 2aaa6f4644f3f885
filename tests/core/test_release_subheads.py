"""How government releases and news set their subheads, read on real dev documents of several
sources (round 33, session 22).

- **Bold paragraphs** (``gui.core.subhead_runs.bold_subheads``): the Macau government's
  release pages (gov.mo: 旅遊局, 科技基金, 海事及水務局 and other bureaus, and the 旅遊局's
  实用信息 page) set each subhead as a paragraph wholly in 「<strong>」; the HTML reader
  marks such lines (``DecodedSource.bold``) and a bold line of a subhead's form heads its
  paragraph even alone or under a short line, where the form alone does not.
- **A headline that exclaims or asks in its first part** (``subheads._INNER_CRY``): among
  sibling subheads, 「連假出遊再抽好禮！「2026臺南購物節」消費50元就有抽獎機會」 (a Tainan city
  release), 「承認塔利班？俄國可能合作，英國籲別過早承認」 (The News Lens) — but not a quoted cry
  that ends its quote (「救佢啦！」」, 眾新聞).
"""

from __future__ import annotations

import re

from gui.core.formats.html import read_html
from gui.core.reading import document_from_source, read_document
from gui.core.subheads import _INNER_CRY
from tests.conftest import REPO

REAL = REPO / "tests" / "data" / "real"
EXPO = REAL / "press-mo-tourism-expo-closing-2026.html"
PRACTICAL = REAL / "press-mo-explore-macau-practical-information-page.html"
NATIONAL_DAY = REAL / "press-tw-tainan-national-day-events-2026.txt"


def _headings(doc) -> list[str]:
    return [s.heading for s in doc.sections if s.heading]


def _lines(decoded) -> list[str]:
    return decoded.text.split("\n")


def test_the_html_reader_marks_a_paragraph_wholly_in_bold():
    # The Macau release's own markup: a subhead in three <strong> runs (the middle one a
    # space), a paragraph with none, and the same subhead with plain text run on after it.
    page = (
        "<html><body><h1>第十三屆澳門國際旅遊（產業）博覽會圓滿閉幕</h1>"
        '<p style="text-align: justify;">本屆旅博會由國家文化和旅遊部、中央人民政府駐澳門特別行政區'
        "聯絡辦公室及中華人民共和國外交部駐澳門特別行政區特派員公署支持、澳門特別行政區政府旅遊局"
        "主辦、以及澳門旅行社協會承辦。</p>"
        '<p style="text-align: justify;"><strong>買家規模顯著增長</strong><strong> </strong>'
        "<strong>簽約及商務配對成果豐碩</strong></p>"
        '<p style="text-align: justify;"><strong>買家規模顯著增長</strong>，簽約及商務配對成果豐碩</p>'
        "</body></html>"
    ).encode()
    decoded = read_html(page, EXPO)
    lines = _lines(decoded)
    bold = {lines[i] for i in decoded.bold}
    assert bold == {"買家規模顯著增長 簽約及商務配對成果豐碩"}


def test_a_bold_subhead_under_a_short_line_heads_its_paragraph():
    # The 旅遊局's practical page: 「签证信息」 (a plain short line, the box's title) over the
    # bold 「护照及入境签证」 over its text. The short line above would keep a plain line out
    # (a run of short lines is a list or an address block); the bold one is a subhead.
    data = PRACTICAL.read_bytes()
    assert "护照及入境签证" in _headings(read_document(PRACTICAL))
    plain = re.sub(rb"</?(?:strong|b)\b[^>]*>", b"", data)
    decoded = read_html(plain, PRACTICAL)
    assert not decoded.bold
    assert "护照及入境签证" not in _headings(document_from_source(decoded, PRACTICAL))


def test_a_bold_sentence_or_a_bold_label_over_a_list_heads_nothing():
    # A paragraph set in bold that ends a sentence is emphasis, and a bold line over a run of
    # short lines (a list's or a table's label) is no subhead of a paragraph.
    sentence = (
        "本屆旅博會由國家文化和旅遊部、中央人民政府駐澳門特別行政區聯絡辦公室及中華人民共和國外交部"
        "駐澳門特別行政區特派員公署支持、澳門特別行政區政府旅遊局主辦、以及澳門旅行社協會承辦。"
    )
    page = (
        "<html><body><h1>第十三屆澳門國際旅遊（產業）博覽會圓滿閉幕</h1>"
        f"<p><strong>{sentence}</strong></p><p>{sentence}</p>"
        # (the 治安警察局's traffic notice: its bold label over the table's rows)
        "<p><strong>附表：臨時交通安排</strong></p><p><strong>封閉交通</strong></p>"
        "<p>非利喇街</p><p>無出口道路</p><p>介乎燕主教街與卑度路街之間的一段通商新街</p>"
        f"<p>{sentence}</p>"
        "</body></html>"
    ).encode()
    doc = document_from_source(read_html(page, EXPO), EXPO)
    assert _headings(doc) == []


def test_the_macau_releases_bold_subheads_all_head():
    headings = _headings(read_document(EXPO))
    assert "買家規模顯著增長 簽約及商務配對成果豐碩" in headings
    assert len(headings) >= 9


def test_a_sibling_subhead_may_exclaim_in_its_first_part():
    headings = _headings(read_document(NATIONAL_DAY))
    assert "連假出遊再抽好禮！「2026臺南購物節」消費50元就有抽獎機會" in headings
    assert "臺南市街區歡樂派對" in headings  # (its plain siblings)


def test_an_inner_cry_is_a_headlines_first_part_not_a_quote():
    assert _INNER_CRY.fullmatch("連假出遊再抽好禮！「2026臺南購物節」消費50元就有抽獎機會")
    assert _INNER_CRY.fullmatch("承認塔利班？俄國可能合作，英國籲別過早承認")
    # A quoted cry ends its quote (眾新聞's 「救佢啦！」」, 「…大叫「Order！」」), a line opening
    # on a quote is someone's words, and a cry at the line's end is a sentence's.
    assert not _INNER_CRY.fullmatch("救佢啦！」")
    assert not _INNER_CRY.fullmatch("睇到的話，就知道其實俾人大叫「Order！」")
    assert not _INNER_CRY.fullmatch("「人不能整天全身麻醉，洗牙、補牙，你咪要成日全身麻醉？」")


def test_a_page_set_all_in_bold_marks_no_subhead():
    # The practical page with every paragraph in <strong>: bold tells nothing there, and the
    # line under its short box title is read by its form alone, as in a plain page.
    data = PRACTICAL.read_bytes()
    body = re.sub(rb"<p([^>]*)>", rb"<p\1><strong>", data).replace(b"</p>", b"</strong></p>")
    decoded = read_html(body, PRACTICAL)
    assert "护照及入境签证" in {_lines(decoded)[i] for i in decoded.bold}
    assert "护照及入境签证" not in _headings(document_from_source(decoded, PRACTICAL))
