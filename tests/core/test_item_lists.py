"""A digest's numbered news items over bullet lists of their points are a list's entries, not
sections (``gui.core.item_lists``). Real lines of a dev Wind morning briefing (batch 26), with
controls: headlines over bullet lists and a lone numbered sentence over one stay headings."""

from __future__ import annotations

from pathlib import Path

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
