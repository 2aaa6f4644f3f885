"""Round 11's rules (`docs/history/outline-log.md`, "Round 11, session 13"), on the lines of the outline
check's documents (`tests/data/real/outline_check/`, outside the corpus) and of the corpus.

- A notice's bare 【…】 labels, two or more in a document, head what they label, whatever
  follows: time ranges, one sentence, numbered place names (a Taipei smoke-free notice's
  「【禁菸區域】」, 「【禁菸時段】」, 「【臨時吸菸區】」 under each zone); one alone does not.
- Labels closed by ： standing alone over their lines under a heading the page marks (a
  festival's traffic page: 「道路封閉管制：」 … under 「<h3>西門展區交通管制</h3>」) head its parts'
  parts; without a marked heading, or naming a body (「湖北省人民政府：」, an addressee), they
  do not.
- Short numbered items with nothing under any of them, the last one either, are a list
  (「1、MAJI集食行樂商場吸菸區」 / 「2、花博公園中山北路入口處（近圓山派出所）」); numbered
  headlines with text under them stay headings.
- An archive's link to the text it copied (「點此觀看原始內容」) is site chrome.
- A Markdown bullet item is a list item, never a headline (「- 日本」 over its nested items).
- Every gold file of the check is valid, and the scorer reads all of them.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from benchmarks.score_outline_check import DATA, golds, score
from gui.core.formats.markdown import read_markdown
from gui.core.loading import read_source
from gui.core.reading import document_from_text, read_document
from tests.conftest import REPO

sys.path.insert(0, str(REPO / "tests" / "data" / "real"))
from check_gold import check  # noqa: E402

SMOKING = DATA / "tw-taipei-lantern-smoking-zones-2026.html"
TRAFFIC = DATA / "tw-taipei-lantern-traffic-measures-2026.html"
G0V = DATA / "tw-g0v-ministers-without-portfolio-notes.md"
TELECOM = DATA / "mo-news-telecom-law-explainer-2026.html"

BODY = (
    "「2026台北燈節」將於2月25日至3月15日在花博展區與西門展區盛大登場，臺北市政府觀光傳播局表示，"
    "今年活動期間展區及周邊禁止吸菸（含電子煙及加熱菸），另有設置吸菸區，違規者將處新臺幣2,000元"
    "至1萬元罰鍰。"
)


def _headings(doc) -> list[tuple[int, str]]:
    return [(s.level, s.heading) for s in doc.sections if s.heading]


def test_bracketed_labels_head_what_they_label():
    # The notice's text read back as page text: no <h3> marks its zones.
    doc = document_from_text(read_document(SMOKING).text)
    headings = _headings(doc)
    for label in ("【禁菸區域】", "【禁菸時段】", "【臨時吸菸區】"):
        assert [lv for lv, h in headings if h == label] == [2, 2]
    assert [lv for lv, h in headings if h in ("花博展區", "西門展區")] == [1, 1]
    assert not any(h.startswith(("1、", "2、", "3、")) for _, h in headings)


def test_one_bracketed_label_alone_heads_nothing():
    doc = document_from_text(BODY + "\n【禁菸時段】\n2/25-3/15\n週一至週五：17-22時\n" + BODY)
    assert "【禁菸時段】" not in [h for _, h in _headings(doc)]


def test_the_smoke_free_notice_as_the_page_marks_it():
    headings = _headings(read_document(SMOKING))
    assert headings[:4] == [
        (1, "花博展區"),
        (2, "【禁菸區域】"),
        (2, "【禁菸時段】"),
        (2, "【臨時吸菸區】"),
    ]
    assert (1, "西門展區") in headings
    assert not any(h[0] in "12" and h[1] == "、" for _, h in headings)


def test_colon_labels_under_a_marked_heading():
    headings = _headings(read_document(TRAFFIC))
    for label in ("道路封閉管制：", "計程車排班區取消：", "YouBike 暫停服務：", "禁止停車："):
        assert (2, label) in headings
    assert (1, "西門展區交通管制") in headings


def test_colon_labels_without_a_part_heading_stay_text():
    # Read back as plain text the page's labels head their parts under its plain subheads since
    # round 14 (tests/core/test_plain_text_round14.py); with no part heading over them — the
    # page's three subheads left out — they are lines of text.
    text = read_document(TRAFFIC).text
    parts = ("西門展區交通管制", "自行車與 YouBike 管制", "停車管制")
    text = "\n".join(ln for ln in text.split("\n") if ln.strip() not in parts)
    headings = [h for _, h in _headings(document_from_text(text))]
    assert "道路封閉管制：" not in headings
    assert "計程車排班區取消：" not in headings


def test_addressees_under_a_marked_heading_are_no_labels(tmp_path):
    # Two addressee lines of a 批复 (gw-cn-badong-geohazard-reply-2004) under a page's <h3>.
    page = tmp_path / "reply.html"
    page.write_text(
        "<html><body><article><h1>国务院办公厅关于巴东县地质险情有关问题的复函</h1>"
        "<h3>复函</h3><p>湖北省人民政府：</p>"
        "<p>你省《关于恳请解决巴东县官渡口镇马鬃山村地质险情有关问题的请示》收悉。经国务院同意，现函复如下。</p>"
        "<h3>请示</h3><p>国务院：</p>"
        "<p>为落实曾培炎副总理对《湖北省人民政府关于恳请解决巴东县官渡口镇马鬃山村地质险情有关问题的请示》的批示。</p>"
        "</article></body></html>",
        "utf-8",
    )
    headings = [h for _, h in _headings(read_document(page))]
    assert "湖北省人民政府：" not in headings and "国务院：" not in headings


def test_numbered_headlines_with_text_under_them_stay_headings():
    headings = [h for _, h in _headings(read_document(TELECOM))]
    assert headings[:2] == [
        "1. 實行「網業分流」，大幅降低市場准入門檻",
        "2. 引入「顯著市場力量」監管，打破壟斷與促進公平競爭",
    ]


def test_an_archives_link_to_the_original_is_chrome():
    doc = read_document(G0V)
    at = doc.text.index("點此觀看原始內容")
    assert any(s.start <= at < s.end for s in doc.furniture_spans())


@pytest.mark.parametrize("path", sorted((DATA / "gold").glob("*.json")), ids=lambda p: p.stem)
def test_the_check_gold_is_valid(path: Path):
    assert check(path) == []


def test_the_scorer_reads_every_gold_file():
    rows = score()
    assert rows["all"]["documents"] == len(golds()) == len(list((DATA / "spec").glob("*.json")))
    assert rows["all"]["headings_gold"] == sum(
        1 for _, gold in golds() for s in gold["sections"] if s["heading"]
    )


def test_a_bullet_item_heads_nothing():
    # 「- 日本」 over its nested items in a g0v note: a list item, whatever its length.
    doc = read_document(G0V)
    headings = [h for _, h in _headings(doc)]
    assert "日本" not in headings
    assert "其他國家相近機制比較" in headings


def test_the_markdown_reader_marks_bullet_items_only():
    source = read_source(G0V)
    lines = source.text.split("\n")
    assert lines.index("日本") in source.items
    assert lines.index("其他要點散記") not in source.items  # a ### heading
    ordered = read_markdown("1. 實行「網業分流」\n\n正文。\n".encode(), G0V.with_name("x.md"))
    assert not ordered.items  # an ordered item's number is its text (1. headings)
