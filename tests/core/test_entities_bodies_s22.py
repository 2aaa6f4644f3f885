"""Session 22 (task e39), ORG in 公文: a body led by a level word after a verb whose first
character ends names on the left (报|送: 报送市道路运输管理局, 报送市住房城乡建设管理委), and a bureau
before 部门 (市规划资源局部门预算: 局部 "partial" is no word there). Real lines of dev batches 1, 18
and 19, and words the rules must leave alone, in every script view."""

from __future__ import annotations

import pytest

from tests.core.entity_views import of_type, same_in_every_view, spans


def _bodies(text: str) -> list[str]:
    return of_type(text, "ORG")


@pytest.mark.parametrize(
    "text, bodies",
    [
        # dev b19, a Shanghai inspection notice: the report goes to the city's bureau
        ("要求经营企业限期整改。形成核查报告报送市道路运输管理局。", ["市道路运输管理局"]),
        # dev b1, Chongming's city check-up: the city's commission (区政府 alone is generic)
        (
            "崇明区城市体检正式报告，上报区政府同意后报送市住房城乡建设管理委。",
            ["市住房城乡建设管理委"],
        ),
        # dev b18, the urban renewal expert committee's rules: the bureau's budget
        (
            "专家委员会日常工作经费纳入市规划资源局部门预算，并按照财政预算管理的要求",
            ["市规划资源局"],
        ),
    ],
)
def test_level_bodies_after_verbs_and_before_departments(text, bodies):
    assert _bodies(text) == bodies, spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text",
    [
        # written: 局部 "partial" after a bureau-like word
        "对结构局部进行加固。",
        # written: 报送 before a plain noun is no body
        "按时报送市场监测数据。",
    ],
)
def test_words_that_stay_no_bodies(text):
    assert _bodies(text) == [], spans(text)


@pytest.mark.parametrize(
    "text, bodies",
    [
        # dev b24, Taiwan's fingerprint rules of 2010: the immigration agency's name of 2007-2015
        (
            "並透過網路連線，將檔案傳輸至內政部入出國及移民署（以下簡稱入出國及移民署）",
            ["內政部入出國及移民署", "入出國及移民署"],
        ),
        # dev b35, an order of Taiwan's archives agency
        ("檔案管理局令：修正「檔案法施行細則」部分條文", ["檔案管理局"]),
        # dev b34, the Party and state's gift rules of 1995: the Ministry of Supervision (to 2018)
        ("上交处理办法，要报中央纪委、监察部备案。", ["中央纪委", "监察部"]),
    ],
)
def test_former_and_renamed_agencies(text, bodies):
    assert _bodies(text) == bodies, spans(text)
    same_in_every_view(text)


def test_a_supervision_department_is_no_ministry():
    # dev b26's line: 监察部门 "the supervision departments" holds no ministry
    assert _bodies("姜诚君早在上周即被纪委监察部门带走调查。") == []


def test_bodies_spaced_out_on_a_joint_signature():
    # dev b34, the finance and foreign ministries' joint measures of 2013: their signature line
    text = "于2014年4月1日前报送财政部备案。\n财　政　部　　　　　　　 外　交　部　　　　　　　 2013年12月20日\n"
    assert _bodies(text) == ["财政部", "财　政　部", "外　交　部"], spans(text)
    same_in_every_view(text)


def test_spaced_words_that_are_no_bodies():
    # dev b35, a Taiwan rule's article number spaced out (第　十　條)
    assert _bodies("檔案法施行細則部分條文修正條文\n第　十　條\n各機關依本法第八條") == []


@pytest.mark.parametrize(
    "text, bodies",
    [
        # dev b5, Tianjin's work report: the list of bodies ends inside 国务院坚强领导
        (
            "是党中央、国务院坚强领导、关怀支持的结果，是市委带领广大干部群众顽强拼搏",
            ["党中央", "国务院"],
        ),
        # dev b34, the finance and foreign ministries' measures: a list of bodies, then of factors
        (
            "财政部、外交部根据出访国家或地区经济发展、物价等变动情况，对相关经费开支标准适时调整",
            ["财政部", "外交部"],
        ),
    ],
)
def test_a_list_of_bodies_that_runs_on_into_a_clause(text, bodies):
    assert _bodies(text) == bodies, spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, bodies",
    [
        # dev b30, a judicial interpretation of 2024: the people's courts the law means
        ("为依法惩治拒不执行判决、裁定犯罪，确保人民法院判决、裁定依法执行，", []),
        ("所称“人民法院的判决、裁定”，是指人民法院依法作出的具有执行内容", []),
        ("（二）申请执行人曾经提出控告，而公安机关或者人民检察院对负有执行义务的人不予追究", []),
        # written: a court named by its place, its level or as the supreme court stays one
        (
            "巩义市人民法院、市人民检察院和最高人民法院分别作出答复。",
            ["巩义市人民法院", "市人民检察院", "最高人民法院"],
        ),
    ],
)
def test_the_peoples_courts_of_the_law_are_no_court(text, bodies):
    assert _bodies(text) == bodies, spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, bodies",
    [
        # dev b35, a Mainland Affairs Council rule: the council's word for itself, defined
        (
            "第　二　條\n行政院大陸委員會（以下簡稱本會）遴聘顧問以五人為限，由本會主任委員就有關",
            ["行政院大陸委員會"],
        ),
        # dev b37, an import rule: each country's missions and each international body are kinds
        ("二、各國駐華使領館、各國際組織及駐華外交機構持憑外交部簽發之", ["外交部"]),
    ],
)
def test_a_bodys_word_for_itself_and_each_of_a_kind(text, bodies):
    assert _bodies(text) == bodies, spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text",
    [
        # dev b37, an estate's committee minutes: a bidder, a gardener, the said company, an adviser
        "管理合約招標的要求，將要求投標公司最少有2名董事級及10名",
        "8.1管理處報告中央公園有一棵柏樹有出現枯黃情況，經園藝公司視察後發現樹幹有白蟻。",
        "8.3各委員申報與上述公司沒有任何業務往來及沒有存在利益衝突。",
        # dev b31, a Macau release: the said companies
        "年7月2日上午，聯同上述公司在九澳油庫舉行聯合消防演習",
    ],
)
def test_companies_named_by_their_trade_or_a_determiner_are_kinds(text):
    assert _bodies(text) == [], spans(text)


def test_an_estates_management_office_is_no_bureau():
    # dev b37, the owners' committee minutes: 管理處 opens items as every estate's office does
    text = (
        "（全體知悉）\n8.1管理處報告中央公園有一棵柏樹有出現枯黃情況\n9.2管理處提交2021 年7月份的"
    )
    assert _bodies(text) == [], spans(text)
