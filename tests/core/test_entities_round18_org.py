"""Round 18 of #13, ORG on batches 14 and 15 dev: a short name defined with 下文简称 / 下文称 (as
with 以下简称), and a rarer verb before a body's head (跨进法院, 承揽|州医院), with what must stay
as it is, in every script view. Lines of dev documents and written phrases."""

from __future__ import annotations

import pytest

from tests.core.entity_views import same_in_every_view, spans


def _of(text: str, kind: str) -> list[str]:
    return [s for s, t in spans(text) if t == kind]


@pytest.mark.parametrize(
    "text, short, times",
    [
        # dev, news-cn-xiangxi-hospital-bribery-2011 (batch 15)
        (
            "湘西自治州人民医院(下文简称“州医院”)党委书记李明哲受贿。"
            "罗某为承揽州医院乾州新区宿舍工程，将钱送到李家。",
            "州医院",
            2,
        ),
        # written: 下文称, full-width brackets, no quotation marks
        ("甲方与长江港务集团有限公司（下文称港务集团）签约，港务集团负责装卸。", "港务集团", 2),
    ],
)
def test_a_short_name_defined_with_xiawen_is_the_body(text, short, times):
    assert _of(text, "ORG").count(short) == times, spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, word",
    [
        # an announcement calling itself 公司 stays no name (以下简称 and 下文简称 alike)
        ("华宇科技股份有限公司（下文简称“公司”）董事会决定，公司将回购股份。", "公司"),
        # 下文 that defines nothing
        ("该公司（下文将详述）去年亏损。", "下文"),
    ],
)
def test_xiawen_that_defines_no_body_names_nothing(text, word):
    assert word not in _of(text, "ORG"), spans(text)
    same_in_every_view(text)
