"""Numbered tiers whose every item opens with a label closed by ： (``gui.core.label_tiers``,
session 24's o38): a Macau health bureau's course release (batch 39) sets out its course as
「1. 課程內容：」 … 「7. 注意事項：」, each item headed by its number and label whatever follows
on the line; a Hong Kong report's measures (batch 27) likewise. Controls on real dev lines: the
same items run together on one line (a Tainan release's relief list, batch 3), a tier with one
item that is a sentence (a Shanghai plan's step), a glossary's definitions."""

from __future__ import annotations

import re

from gui.core.label_tiers import label_end
from gui.core.reading import document_from_text, read_document
from tests.conftest import REPO, heading_texts

REAL = REPO / "tests" / "data" / "real"
COURSE = REAL / "press-mo-ssm-basic-life-support-course-registration-2026.html"
MEASURES = REAL / "report-hk-gba-dining-digital-tourism-trend-2026.md"
RELIEF = REAL / "press-tw-tainan-typhoon-relief-2025.txt"


def test_every_labelled_item_of_a_release_heads_with_its_label():
    doc = read_document(COURSE)
    assert heading_texts(doc) == [
        "1. 課程內容：",
        "2. 課程對象：",
        "3. 上課時間：",
        "4. 授課語言及名額：",
        "5. 報名日期：",
        "6. 報名方式：",
        "7. 注意事項：",
    ]
    assert {s.level for s in doc.sections if s.heading} == {1}


def test_a_report_measure_is_headed_by_its_label_not_its_definition():
    headings = heading_texts(read_document(MEASURES))
    assert "6. 服務恢復時間：" in headings
    assert not any(h.startswith("6. 服務恢復時間：數字") for h in headings)


def test_a_label_ends_at_its_colon_and_names_no_figure_or_definition():
    assert label_end("2. 課程對象：未曾於2025年或2026年參加本課程的本澳醫療人員。") == len(
        "2. 課程對象："
    )
    assert label_end("5. 報名日期： 9月16日至10月2日") == len("5. 報名日期：")
    # A glossary's definition (stats-cn-industrial-profits-2021), a timeline's date
    # (news-hk-palace-museum-funding-2017): no labels.
    defined = "1、利润总额：指企业在生产经营过程中各种收入扣除各种耗费后的盈余，反映企业在报告期内实现的盈亏总额。"
    assert label_end(defined) is None
    assert label_end("1. 2015年12月： 林鄭月娥在核心小組作了初步研究") is None
    assert label_end("未曾於2025年或2026年參加本課程的本澳醫療人員：") is None  # no number


def _course_lines() -> list[str]:
    doc = read_document(COURSE)
    return [ln.strip() for ln in doc.text.split("\n") if ln.strip()]


def test_labelled_items_with_nothing_between_them_are_a_list():
    # The relief release's seven items, run into one line in the file, set out one sentence a
    # line (stress_outline's ``sentences`` form): a run with nothing under any item, a list.
    lines = RELIEF.read_text(encoding="utf-8").split("\n")
    at = next(k for k, ln in enumerate(lines) if ln.startswith("1. 死亡救助："))
    lines[at : at + 1] = re.findall(r"[^。]+。?", lines[at])
    assert lines[at : at + 2] == ["1. 死亡救助：每人80萬元。", "2. 重傷救助：每人25萬元。"]
    headings = heading_texts(document_from_text("\n".join(lines), RELIEF))
    assert "【中央及地方提供多元災後慰助】" in headings
    assert not any(h.endswith("：") for h in headings)


def test_a_tier_with_a_sentence_among_its_labels_is_not_read_as_labelled():
    # A plan's step that is a sentence (gw-sh-chongming-checkup-2021, batch 1) in the tier.
    sentence = "4.制定重点行动计划。"
    assert sentence in (REAL / "gw-sh-chongming-checkup-2021.md").read_text(encoding="utf-8")
    doc = document_from_text("\n".join([*_course_lines(), sentence]), COURSE.with_suffix(".txt"))
    assert "1. 課程內容：" not in heading_texts(doc)
