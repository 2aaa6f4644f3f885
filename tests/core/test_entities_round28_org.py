"""Round 28 of #13, ORG on the dev parts of batches 21 and 22: Hong Kong or Macau written before
one of the region's own bodies is part of that body's name (澳門海事及水務局, 香港政府飛行服務隊).
Lines of dev documents and what must stay as it is, in every script view."""

from __future__ import annotations

import pytest

from tests.core.entity_views import same_in_every_view, spans


def _of(text: str, kind: str) -> list[str]:
    return [s for s, t in spans(text) if t == kind]


@pytest.mark.parametrize(
    "text, bodies",
    [
        # dev, press-mo-maritime-rescue-drill-2026
        (
            "兩艘船分別有一人墮海。澳門海事及水務局收到通報後，立即按應急機制啟動",
            ["澳門海事及水務局"],
        ),
        (
            "由香港飛行服務隊直升機把傷者吊運至外港客運碼頭直升機停機坪後送院。",
            ["香港飛行服務隊"],
        ),
        (
            "珠海市應急管理局、香港海事處、香港政府飛行服務隊、客船公司",
            ["珠海市應急管理局", "香港海事處", "香港政府飛行服務隊"],
        ),
    ],
)
def test_region_before_its_own_body(text, bodies):
    found = _of(text, "ORG")
    assert all(b in found for b in bodies), spans(text)
    same_in_every_view(text)


def test_region_apart_from_a_body_stays_a_place():
    # written: a comma between the region and the body
    text = "在香港，海事處今日發出警告。"
    assert "香港" in _of(text, "LOC") and "海事處" in _of(text, "ORG"), spans(text)


# dev, news-cn-century-digital-ipo-approval-2026: a flattened table of share issues, one cell a
# line (company, date, sponsor), the sponsors' column mostly securities firms by their head
_IPO_TABLE = (
    "2026年上交所深交所IPO过会企业一览：\n公司名称\n上会日期\n保荐机构\n"
    "杭州高特电子设备股份有限公司\n2026/1/13\n中信证券\n苏州联讯仪器股份有限公司\n2026/1/14\n"
    "中信证券\n天海汽车电子集团股份有限公司\n2026/1/16\n招商证券\n"
    "芜湖埃泰克汽车电子股份有限公司\n2026/1/20\n华泰联合\n无锡理奇智能装备股份有限公司\n"
    "2026/1/20\n国泰海通\n广东春光集团装备股份有限公司\n2026/5/27\n中金公司、中信建投\n"
    "格林生物科技股份有限公司\n2026/5/28\n长江保荐\n宇树科技股份有限公司\n"
)


def test_headless_cells_of_a_column_of_bodies():
    found = _of(_IPO_TABLE, "ORG")
    for body in ("华泰联合", "国泰海通", "中信建投", "长江保荐", "宇树科技股份有限公司"):
        assert body in found, spans(_IPO_TABLE)
    # the cell after a date is no first half of a name broken over two lines
    assert not any("\n" in name for name in found), found
    assert "长江" not in _of(_IPO_TABLE, "LOC")
    same_in_every_view(_IPO_TABLE)


def test_a_column_of_other_words_stays_untagged():
    # written: the same table shape with a column of districts and words, not of bodies
    text = (
        "名单\n杭州高特电子设备股份有限公司\n2026/1/13\n滨江\n苏州联讯仪器股份有限公司\n"
        "2026/1/14\n已过会\n天海汽车电子集团股份有限公司\n2026/1/16\n暂缓表决\n"
        "芜湖埃泰克汽车电子股份有限公司\n"
    )
    found = _of(text, "ORG")
    assert "已过会" not in found and "暂缓表决" not in found, spans(text)


@pytest.mark.parametrize(
    "text, bodies",
    [
        # dev, press-tw-tncc-final-interpellation-2026: what a councillor asks of the bureaus
        (
            "沈震東要求社會局、警察局及民政局加速相關工作，讓地方居民真正有一個可以使用的空間",
            ["社會局", "警察局", "民政局"],
        ),
        ("要求交通局不要「各做各的」，應該從整體都市交通需求", ["交通局"]),
        # dev, press-tw-tncc-yongkang-interpellation-2026
        ("同時社會局應積極導入「智慧動態派遣系統」", ["社會局"]),
        ("同時感性慰勉水利局同仁的日夜辛勞。", ["水利局"]),
    ],
)
def test_bare_bureaus_a_councillor_asks(text, bodies):
    found = _of(text, "ORG")
    assert all(b in found for b in bodies), spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, word",
    [
        # written: an office, a word of scope, the head's title, a word in 局
        ("要求秘書處盡快安排會議。", "秘書處"),
        ("要求相關局處提出改善方案。", "相關局"),
        ("要求環保局長到場說明。", "環保局"),
        ("要求改變目前局面。", "目前局"),
    ],
)
def test_asked_words_that_are_no_bureau(text, word):
    assert word not in _of(text, "ORG"), spans(text)


@pytest.mark.parametrize(
    "text, kind",
    [
        # dev, news-tw-tcc-nhoa-acquisition-2021: the kind before the company's Latin name, and a
        # ranking; neither they nor their "brand" (儲能) are companies
        (
            "完成對義大利儲能公司ENGIE EPS SA 60.48%股權收購。台泥將進軍儲能、充電樁市場。",
            "儲能",
        ),
        ("台泥指出，NHΩA 與世界第四大汽車公司Stellantis的合資公司", "世界第四大汽車公司"),
        # dev, press-mo-maritime-rescue-drill-2026: a kind the text also writes after 其他
        (
            "香港政府飛行服務隊、客船公司、直升機公司參與，並邀請了其他客船公司代表到場觀摩。"
            "一艘高速客船與一艘工程船相撞，客船機艙破損。",
            "客船",
        ),
    ],
)
def test_kinds_of_company_are_no_company(text, kind):
    assert not any(kind in name for name in _of(text, "ORG")), spans(text)
    same_in_every_view(text)


def test_a_company_by_its_bare_head_still_repeats():
    # dev, press-tw-tainan-typhoon-relief (batch 3): 遠傳公司 is one company, its brand repeats
    text = "市府邀集中華電信、遠傳電信等業者。在遠傳部分，遠傳公司表示仍有專人處理，"
    assert "遠傳公司" in _of(text, "ORG") and "遠傳" in _of(text, "ORG"), spans(text)


@pytest.mark.parametrize(
    "text, words",
    [
        # dev, news-hk-sandel-common-good-column-2021: top universities, a kind
        ("上篇談到 桑德爾大膽建議美國頂尖大學採用抽籤制取錄學生，", ["頂尖大學"]),
        ("於社會上則可淡化頂尖大學的篩選機器（sorting machine）", ["頂尖大學"]),
    ],
)
def test_a_quality_word_before_the_head_makes_a_kind(text, words):
    assert not any(w in name for name in _of(text, "ORG") for w in words), spans(text)
    same_in_every_view(text)


def test_communists_are_no_party_but_with_china_the_party():
    # dev, news-cn-xwlb-digest-20260623
    text = "时代考卷常新，但中国共产党人“赶考”初心始终如一。这一谆谆告诫，成为共产党人永葆本色的行动准则。"
    assert _of(text, "ORG") == ["中国共产党"], spans(text)
    same_in_every_view(text)


def test_a_bodys_short_name_in_brackets():
    # dev, gw-sh-transport-accident-statistics-2024
    text = "奉贤、崇明区交通委（建交委）负责所辖区的生产安全事故统计工作。"
    assert _of(text, "ORG") == ["崇明区交通委", "建交委"], spans(text)
    same_in_every_view(text)
    # written: a bracket that does not end like the body is no short name of it
    other = "崇明区交通委（崇明）负责统计工作。"
    assert "崇明" not in _of(other, "ORG"), spans(other)


@pytest.mark.parametrize(
    "text, body",
    [
        # dev, news-cn-xwlb-digest-20260623: the NPC's committees by their short names before
        # their chair's title
        (
            "关于商标法修订草案审议结果的报告。听取了宪法法律委副主任委员周光权作的关于注册会计师法修正",
            "宪法法律委",
        ),
        ("的议案，财经委副主任委员郝鹏作了说明。", "财经委"),
        # dev, news-cn-xwlb-digest-20260625: China before its national body, to a foreign partner
        ("共谋发展振兴。中国全国人大愿同柬立法机构互学互鉴立法、监督等工作经验", "中国全国人大"),
        # dev, news-hk-vaccine-side-effects-tally-2021: a Latin partner after a full-width slash
        ("24日共有188人送院。復星／BioNTech疫苗（復必泰）的副作用出現比例", "BioNTech"),
        # dev, news-cn-century-digital-ipo-approval-2026: an exchange's committee
        (
            "6月12日讯北京证券交易所上市委员会2026年第57次审议会议于6月12日召开",
            "北京证券交易所上市委员会",
        ),
        # dev, news-cn-century-digital-ipo-approval-2026: a registered name with its own 和, a
        # table's cell
        (
            "2026/4/10\n国泰海通\n武汉吉和昌新材料股份有限公司\n2026/4/15\n",
            "武汉吉和昌新材料股份有限公司",
        ),
        # dev, decision-tw-fsc-hotai-2021 (batch 3): the name opening a line
        (
            "幣(以下同)420萬元整。\n和泰產物保險股份有限公司辦理保險業務，核有違反保險法相關規定",
            "和泰產物保險股份有限公司",
        ),
    ],
)
def test_bodies_found_whole(text, body):
    assert body in _of(text, "ORG"), spans(text)
    same_in_every_view(text)


def test_and_between_two_companies_stays_a_conjunction():
    # written: 和 joining two companies in a sentence
    text = "本公司和泰山建设股份有限公司签订合同。"
    assert "本公司和泰山建设股份有限公司" not in _of(text, "ORG"), spans(text)


def test_an_exchange_and_a_commission_stay_two_bodies():
    # written: the exchange and a commission joined by 和
    two = "上海证券交易所和中国证券监督管理委员会联合发布通知。"
    assert "上海证券交易所" in _of(two, "ORG"), spans(two)
