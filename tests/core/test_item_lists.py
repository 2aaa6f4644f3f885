"""A digest's numbered news items over bullet lists of their points are a list's entries, not
sections (``gui.core.item_lists``). Real lines of a dev Wind morning briefing (batch 26), with
controls: headlines over bullet lists and a lone numbered sentence over one stay headings."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from gui.core.item_lists import drop_timeline_entries, is_source_entry
from gui.core.reading import read_document
from tests.conftest import REPO

WIND = REPO / "tests" / "data" / "real" / "news-cn-wind-morning-briefing-20240802.md"


def _headings(tmp_path: Path, markdown: str) -> list[str]:
    path = tmp_path / "x.md"
    path.write_text(markdown, "utf-8")
    return [s.heading for s in read_document(path).sections if s.heading]


DIGEST = """# 陆家嘴财经早餐2024年8月2日星期五

## 热点聚焦

1、我国首个基本医保参保长效机制正式公布。
   - 连续参保有激励，对连续参加居民医保满4年的群众，从第5年起每多参保1年可提高大病保险最高支付限额至少1000元；
   - 职工医保个人账户共济范围扩展到近亲属，同时推动共济地域逐步扩大。

2、新能源车企集中公布7月份造车成绩单。
   - 比亚迪新能源汽车销量34.24万辆，继续大幅领跑。
   - 赛力斯汽车销量超4万辆，同比增长超850%。

## 宏观

1、7月财新中国制造业PMI为49.8%，较6月下降2个百分点，2023年11月以来首次低于荣枯线，景气水平明显回落。
   - 新订单指数回落，制造业供需两端均有所放缓。
"""


def test_numbered_news_items_over_their_points_are_no_sections(tmp_path: Path):
    assert _headings(tmp_path, DIGEST) == ["热点聚焦", "宏观"]


def test_the_briefing_keeps_only_its_marked_sections():
    headings = [s.heading for s in read_document(WIND).sections if s.heading]
    assert "热点聚焦" in headings and "外汇" in headings
    assert "1、我国首个基本医保参保长效机制正式公布。" not in headings
    assert "2、新能源车企集中公布7月份造车成绩单。" not in headings


def test_headlines_over_bullet_lists_stay_headings(tmp_path: Path):
    # Control: the same items as headlines (no sentence's stop) head their lists.
    headlines = DIGEST.replace("正式公布。", "正式公布").replace("造车成绩单。", "造车成绩单")
    found = _headings(tmp_path, headlines)
    assert "1、我国首个基本医保参保长效机制正式公布" in found
    assert "2、新能源车企集中公布7月份造车成绩单" in found


def test_an_item_with_a_paragraph_of_its_own_and_a_lone_item_stay_headings(tmp_path: Path):
    # Control: a paragraph of the item's own under it (not only bullets) keeps it a heading.
    own = DIGEST.replace(
        "   - 赛力斯汽车销量超4万辆，同比增长超850%。\n",
        "   - 赛力斯汽车销量超4万辆，同比增长超850%。\n\n另外，零跑汽车交付2.2万辆，极氪交付1.6万辆。\n",
    )
    assert "2、新能源车企集中公布7月份造车成绩单。" in _headings(tmp_path, own)
    # Control: fewer than three numbered sentences over lists (here one): the rule stays out.
    lone = DIGEST.split("2、")[0]
    assert "1、我国首个基本医保参保长效机制正式公布。" in _headings(tmp_path, lone)


TIMELINE = """**眾新聞整理相關組織、工會或機構解散的時序表：**

**2020年6月30日晚上11時  港版國安法正式生效**

**2021年1月** 由灣仔區議會主席楊雪盈牽頭的組織「灣仔起步」宣布解散

**2021年5月** 網媒《852郵報》宣布暫停運作

**2021年6月26日** 新民主同盟宣布解散

**2021年6-7月** 多個傘後組織、專業團體、地區組織宣布解散。
"""


def test_a_timelines_dated_events_are_no_sections(tmp_path: Path):
    # Real lines of a dev 眾新聞 story (news-hk-civil-society-dissolutions-timeline-2021, batch 27).
    found = _headings(tmp_path, "# 國安法一年　最大工會教協解散　公民社會支離破碎\n\n" + TIMELINE)
    assert not [h for h in found if h.startswith("20")]


def test_dated_lines_the_format_marks_or_two_in_a_row_stay_headings(tmp_path: Path):
    # Control: the page's own ## headings that open with a date are its author's sections.
    marked = "# 時序\n\n## 2021年1月 灣仔起步宣布解散\n\n正文一。\n\n## 2021年5月 網媒暫停運作\n\n正文二。\n\n"
    marked += "## 2021年6月26日 新民主同盟宣布解散\n\n正文三。\n"
    assert len([h for h in _headings(tmp_path, marked) if h.startswith("20")]) == 3
    # Control: two dated lines are no run of a timeline: the headings found there stand.
    lines = [SimpleNamespace(index=i, text=t) for i, t in enumerate(TIMELINE_LINES[:3])]
    found = [SimpleNamespace(line=ln) for ln in lines[1:]]
    assert drop_timeline_entries(lines, found, None) == found
    three = [SimpleNamespace(index=i, text=t) for i, t in enumerate(TIMELINE_LINES)]
    assert drop_timeline_entries(three, [SimpleNamespace(line=three[2])], None) == []
    assert drop_timeline_entries(three, [SimpleNamespace(line=three[2])], {2}) != []


TIMELINE_LINES = [
    "眾新聞整理相關組織、工會或機構解散的時序表：",
    "2021年1月 由灣仔區議會主席楊雪盈牽頭的組織「灣仔起步」宣布解散",
    "2021年5月 網媒《852郵報》宣布暫停運作",
    "2021年6月26日 新民主同盟宣布解散",
]


def test_a_reference_lists_entries_are_no_steps():
    # Real lines of a dev report's 「權威來源與口徑」 (report-hk-gba-dining-digital-tourism-trend-2026,
    # batch 27), its links read as their text.
    assert is_source_entry(
        "1. 香港政府統計處：食肆總收益及購貨額表 625-68001 — 2026 年第二季食肆收益、價值及收益量指數；發布日期 2026-09-18。"
    )
    # Controls: a step labelled before its text (the same report's metrics), and Chinese
    # prose's unspaced dash.
    assert not is_source_entry(
        "3. 社區分流率：離開主要地標後到訪指定社區節點的旅程比例；只作聚合統計。"
    )
    assert not is_source_entry("1.简政提效：深化行政审批改革集成增效——持续推进“一件事”改革。")
