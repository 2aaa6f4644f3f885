"""Round 30 of #13, ORG on the dev parts of batches 23 and 24: the parties of a building project
named by their work (建设、施工、监理等单位), the language of shareholdings (X股份 "X's shares",
X控股股东, 出让方, 发行股份), a discipline's 与 inside a school's name (核科学与技术学院) and a
level word before a body (区级审批审查中心: each district's centre). Lines of dev documents, in
every script view."""

from __future__ import annotations

from tests.core.entity_views import of_type, same_in_every_view, spans

# dev, gw-sh-foundation-pit-monitoring-plan-2023
_ROLES = "（一）建设、施工、监理、监测等有关单位需按照基坑工程信息化系统使用手册的要求进行相关信息上传，确保上传资料准确、完整。"


def test_project_roles_before_their_units_are_no_bodies():
    assert of_type(_ROLES, "ORG") == []
    # nor, once listed, where the same work is named again
    text = (
        _ROLES
        + "建设单位应会同设计、施工、监理、监测等单位根据监测数据，结合现场情况进行综合分析。"
    )
    assert of_type(text, "ORG") == []
    same_in_every_view(text)


def test_named_companies_before_their_kind_stay():
    # the seed document: named firms before 等企業 are organisations, 中牧股份 with its 股份
    text = "支持海默科技、耐馳泵業、中農威特、中牧股份等企業積極拓展海外市場,開展科技合作。"
    found = of_type(text, "ORG")
    assert "中牧股份" in found and "海默科技" in found, spans(text)
