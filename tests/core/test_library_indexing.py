"""Pieces of indexing: dates from header fields, sketches of near-identical texts, tokens."""

from __future__ import annotations

import pytest

from gui.core.library.indexing import iso_date, resemblance, sketch
from gui.core.library.tokens import token_streams, units
from tests.conftest import DEFAULT_REPORT


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2018年12月7日", "2018-12-07"),
        ("二〇二一年三月五日", "2021-03-05"),
        ("二○一九年十二月三十一日", "2019-12-31"),
        ("——2024年3月5日在第十四届全国人民代表大会第二次会议上", "2024-03-05"),
        ("2017-02-01 10:30", "2017-02-01"),
        ("2021年10月", "2021-10"),
        ("2021年13月1日", None),
        ("发布时间：不详", None),
        (None, None),
    ],
)
def test_dates_of_the_header_become_iso(text, iso):
    assert iso_date(text) == iso


def test_sketches_tell_near_identical_texts_from_different_ones():
    text = DEFAULT_REPORT.read_text(encoding="utf-8")
    edited = "編者按：本文為修訂稿。\n" + text.replace("全方位", "全方面", 1)
    assert resemblance(sketch(text), sketch(edited)) >= 0.75
    other = text[len(text) // 2 :] + "另一份報告的文字，完全不同的內容。" * 20
    assert resemblance(sketch(text), sketch(other)) < 0.75
    assert sketch("") == [] and len(sketch("短文")) == 1
    assert resemblance([], sketch(text)) == 0.0


def test_token_streams_pair_neighbouring_units_across_punctuation():
    assert units("GDP增长8.1%，兰州") == ["gdp", "增", "长", "8", "1", "兰", "州"]
    uni, bi = token_streams("兰州，新区 A股")
    assert uni == "兰 州 新 区 a 股"
    assert bi == "兰州 州新 新区 区a a股"
