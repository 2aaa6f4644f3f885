"""A page that gives its title twice — the page's <title>, then the article's own head with a
note's reference mark (「…统计公报[1]」) — has one title and no section headed by the copy. On
the batch-5 dev communiqué ``stats-jx-jiangxi-2022.html`` and its lines as plain text. A feed's
copy of the headline under the title, its bureau in brackets, is page furniture (the batch-4
dev Macau release)."""

from __future__ import annotations

from pathlib import Path

from gui.core.reading import document_from_text, read_document
from gui.core.title_inference import repeats_title

REAL = Path(__file__).resolve().parents[1] / "data" / "real"
TITLE = "江西省2022年国民经济和社会发展统计公报"
HEAD = "江西省统计局 国家统计局江西调查总队\n2023年3月28日\n"
BODY = (
    "2022年是党的二十大胜利召开之年，是党和国家历史上极为重要的一年。全省上下深入贯彻"
    "新发展理念，经济社会发展取得新成效。\n"
    "01综合\n"
    "初步核算，全年地区生产总值[2]32074.7亿元，比上年增长4.7%。其中，第一产业增加值"
    "2451.5亿元，增长3.9%。\n"
    "02农业\n"
    "全年农林牧渔业总产值4223.8亿元，比上年增长4.3%。粮食种植面积3776.4千公顷，增长0.1%。\n"
)


def headings(doc) -> list[str]:
    return [s.heading for s in doc.sections if s.heading is not None]


def test_the_dev_communique_has_one_title_and_no_copy_among_its_sections():
    doc = read_document(REAL / "stats-jx-jiangxi-2022.html")
    assert doc.title == TITLE
    found = headings(doc)
    assert found[:2] == ["01综合", "02农业"]
    assert not any(h.startswith(TITLE) for h in found)
    assert doc.header.get("date") == "2023年3月28日"  # the copy hides no header line


def test_the_copy_with_its_note_mark_under_a_plain_text_title():
    doc = document_from_text(f"{TITLE}\n{TITLE}[1]\n{HEAD}{BODY}")
    assert doc.title == TITLE
    assert headings(doc) == ["01综合", "02农业"]
    assert f"{TITLE}[1]" in doc.text  # kept in the text, only not a section


def test_only_a_reference_mark_makes_a_copy():
    assert repeats_title(f"{TITLE}[1]", TITLE)
    assert repeats_title(f"{TITLE}①", TITLE)
    assert not repeats_title(TITLE, TITLE)  # (the same line twice: page furniture's rule)
    assert not repeats_title(f"{TITLE}（摘要）[1]", TITLE)
    assert not repeats_title("01综合[1]", TITLE)


MACAU = "press-mo-tourism-expo-closing-2026.html"


def test_a_feeds_bracketed_bureau_copy_of_the_headline_is_page_furniture():
    # Macau's release feed repeats the headline under the title, its bureau in brackets.
    doc = read_document(REAL / MACAU)
    copy = "【旅遊局】第十四屆澳門國際旅遊（產業）博覽會圓滿舉行"
    at = doc.text.index(copy)
    assert any(f.start <= at and at + len(copy) <= f.end for f in doc.furniture)
    assert doc.title.startswith("第十四屆澳門國際旅遊（產業）博覽會圓滿舉行")


def test_a_bracketed_label_before_other_words_is_no_copy():
    # The same bureau before words the title does not open with is the release's text.
    lines = read_document(REAL / MACAU).text.split("\n")
    other = "【旅遊局】旅博會買家規模顯著增長"
    doc = document_from_text("\n".join([lines[0], other, *lines[2:]]))
    at = doc.text.index(other)
    assert not any(f.start <= at < f.end for f in doc.furniture)
