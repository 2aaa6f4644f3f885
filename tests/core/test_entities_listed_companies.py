"""Issue #13, item 4: listed companies by their exchanges' short names
(resources/gazetteers/orgs_listed_companies.txt), on sentences of the dev documents, in every
script view, with the phrases and places the list must leave alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from gui.core.entities.gazetteer import gazetteer
from tests.core.entity_views import same_in_every_view, spans

_LIST = Path(__file__).resolve().parents[2] / "resources/gazetteers/orgs_listed_companies.txt"


@pytest.mark.parametrize(
    "text, companies",
    [
        (  # business news (batch 4 dev)
            "近120日，四方达股价累计上涨超过130%，惠丰钻石上涨接近70%，黄河旋风上涨接近70%。",
            ["惠丰钻石", "黄河旋风"],
        ),
        (
            "國機精工表示，公司已形成覆蓋單晶金剛石、多晶金剛石及金剛石銅複合材料的產品矩陣。",
            ["國機精工"],
        ),
        (  # a provincial work report (batch 2 dev)
            "比亚迪新能源汽车动力电池、华天科技芯片技改等项目投产",
            ["华天科技"],
        ),
        (  # a city work report (batch 5 dev)
            "天大前沿院、华熙生物入选国家首批生物制造中试平台",
            ["华熙生物"],
        ),
    ],
)
def test_listed_companies_are_found_by_their_short_names(text, companies):
    found = spans(text)
    for name in companies:
        assert (name, "ORG") in found, found
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, word",
    [
        # 新产业 (a listed company's short name) is two common words here: a national work
        # report (batch 1 dev)
        ("科技创新能力在持续提升，新产业、新模式、新动能在加快壮大", "新产业"),
        # 天津港 is a listed company and a port: the guideline tags the port, a place
        ("天津港集装箱吞吐量增长", "天津港"),
    ],
)
def test_short_names_that_are_words_or_places_are_no_company(text, word):
    assert (word, "ORG") not in spans(text), spans(text)


def test_the_list_holds_no_place_and_no_short_word():
    names = [n for n in _LIST.read_text(encoding="utf-8").splitlines() if not n.startswith("#")]
    gaz = gazetteer()
    assert len(names) > 4000
    assert all(len(n) >= 3 for n in names)
    assert not [n for n in names if n in gaz.places]
    assert set(names) <= gaz.orgs
