"""Round 19 of #13, ORG: a company named in full once is later named by its brand, the full
name's head before an industry word, a region in brackets and the legal form (奥的斯电梯(中国)
投资有限公司 … 奥的斯, 海尔集团公司 … 海尔), with what must stay as it is, in every script view.
Lines of dev documents and written phrases."""

from __future__ import annotations

import pytest

from tests.core.entity_views import same_in_every_view, spans


def _of(text: str, kind: str) -> list[str]:
    return [s for s, t in spans(text) if t == kind]


@pytest.mark.parametrize(
    "text, short, times",
    [
        # dev, news-cn-otis-tianjin-orders-2011 (batch 15)
        (
            "记者就此向奥的斯官方进行征询，奥的斯电梯(中国)投资有限公司公关经理李明杰表示"
            "“没有这方面的信息”。消息人士透露，奥的斯美国总部团队已来到了中国。",
            "奥的斯",
            2,
        ),
        # written: a group company and its two-character brand (no lexicon knows 鑫瑞)
        ("鑫瑞集团公司发布年报。鑫瑞在会上表示，海外收入增长。", "鑫瑞", 1),
        # written: the brand before an industry word
        ("博阳食品有限公司投产。博阳称产能翻番。", "博阳", 1),
        # written: a four-character name before the legal form (no change from round 17)
        ("中联重科股份有限公司发布公告。中联重科称业绩增长。", "中联重科", 1),
        # written: full-width brackets around the region
        ("华菱电梯（湖南）有限公司开工。华菱表示将扩产。", "华菱", 1),
    ],
)
def test_a_brand_of_a_full_name_in_the_text_is_the_company(text, short, times):
    # before and after the full name alike: every occurrence of the brand on its own
    assert _of(text, "ORG").count(short) == times, spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, word",
    [
        # two characters after a place are the industry, not a brand (中国船舶集团 → 船舶)
        ("中国船舶集团有限公司完成交付。船舶工业持续增长。", "船舶"),
        # a place alone stays a place
        ("天津海河有限公司成立。天津今天下雨。", "天津"),
        # a brand that is a common verb of the lexicon stays a word
        ("前进集团公司成立。大家继续前进。", "前进"),
        # without the full name in the text the brand alone is not derived
        ("奥的斯表示没有这方面的信息。", "奥的斯"),
    ],
)
def test_what_stays_no_company(text, word):
    assert word not in _of(text, "ORG"), spans(text)
    same_in_every_view(text)
