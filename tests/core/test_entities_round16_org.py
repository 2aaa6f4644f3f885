"""Round 16 of #13, ORG on the dev parts of batches 12 and 13: a table flattened by cleaning runs
its cells together with no mark between them (百度智行科技（上海）有限公司/嘉定区政府上海淞泓智能
汽车科技有限公司), so a name opening with a place or a known body right after a whole body's head
(…有限公司, …政府, …委员会) is the next cell's name, and after 有限公司 any name is — a company's
own unit is its 分公司. Lines of dev documents, written phrases of the form, and what must stay as
it is, in every script view."""

from __future__ import annotations

import pytest

from tests.core.entity_views import same_in_every_view, spans


def _of(text: str, kind: str) -> list[str]:
    return [s for s, t in spans(text) if t == kind]


@pytest.mark.parametrize(
    "text, bodies",
    [
        # dev, gw-sh-connected-vehicle-pilot-acceptance-2023: the annex table's row, cells joined
        (
            "已投放75辆智能出租，接单总量7.8万单。上海裹动科技有限公司上海大众出行信息技术股份有限公司"
            "嘉定区政府上海淞泓智能汽车科技有限公司\n",
            [
                "上海裹动科技有限公司",
                "上海大众出行信息技术股份有限公司",
                "嘉定区政府",
                "上海淞泓智能汽车科技有限公司",
            ],
        ),
        (
            "已投放140辆智能出租，接单总量37.1万单。百度智行科技（上海）有限公司/嘉定区政府"
            "上海淞泓智能汽车科技有限公司\n",
            ["百度智行科技（上海）有限公司", "嘉定区政府", "上海淞泓智能汽车科技有限公司"],
        ),
        # written: a company's cell after another company's
        (
            "已投放22辆智能配送车。上海白犀牛启达汽车科技有限公司永辉超市股份有限公司\n",
            ["上海白犀牛启达汽车科技有限公司", "永辉超市股份有限公司"],
        ),
    ],
)
def test_cells_of_a_flattened_table_are_names_of_their_own(text, bodies):
    found = _of(text, "ORG")
    for body in bodies:
        assert body in found, spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, body",
    [
        # a company's branch office is one body with its company
        (
            "中国人民财产保险股份有限公司北京市分公司负责理赔。",
            "中国人民财产保险股份有限公司北京市分公司",
        ),
        # a government's own office and a committee's office stay whole
        ("区政府办公室负责牵头协调。", "区政府办公室"),
        ("由上海市人民政府发展研究中心组织评估。", "上海市人民政府发展研究中心"),
    ],
)
def test_a_body_and_its_own_unit_stay_one(text, body):
    assert body in _of(text, "ORG"), spans(text)
    same_in_every_view(text)
