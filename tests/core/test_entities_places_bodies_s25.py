"""Session 25 (e48, #13): places in 公文 and the bodies of Hong Kong, Taiwan and Macau by their
grammar — a free-trade zone's official name with its area and committee, a government's division
in 处, a zone committee's office, a ministry's agency written after it, a city's and a county's
government by its short name, Taiwan's farmers' and trade associations and a profession's
national federation, the short forms the HK/TW/Macau press uses (终院, 律师会, 新北地院), a body's
Portuguese gloss, a station's numbered channel, 跨 and 驻 at a body's edges, a city's
directional districts in a list, a road bounding a planning area, 假 "at" before a venue and a
postal code spaced off an address. Lines of dev documents (named) and
invented lines where a pattern needs its form or its negative, in every script view."""

from __future__ import annotations

import pytest

from tests.core.entity_views import of_type, same_in_every_view, spans


@pytest.mark.parametrize(
    "text, span",
    [
        # dev, gw-sh-lingang-dual-special-policy-opinion-2016: the zone's official name
        (
            "（四）推广应用中国（上海）自由贸易试验区（以下简称“上海自贸试验区”）制度创新成果",
            ("中国（上海）自由贸易试验区", "LOC"),
        ),
        # dev, gw-sh-lingang-city-checkup-2024: the signature, the area's committee
        (
            "现印发给你们，请认真贯彻执行。\n中国（上海）自由贸易试验区临港新片区管理委员会\n",
            ("中国（上海）自由贸易试验区临港新片区管理委员会", "ORG"),
        ),
        # invented: another zone and its area
        (
            "推进中国（广东）自由贸易试验区南沙片区建设",
            ("中国（广东）自由贸易试验区南沙片区", "LOC"),
        ),
        # dev, press-tw-tainan-kumamoto-governor-visit-2026: the city government's division
        (
            "台南市政府新聞及國際關係處蘇恩恩處長及社會局郭乃文局長亦出席",
            ("台南市政府新聞及國際關係處", "ORG"),
        ),
        # invented: a county government's division
        ("屏東縣政府社會處函請各鄉鎮市公所配合。", ("屏東縣政府社會處", "ORG")),
        # dev, gw-cn-pingtan-public-hospitals-renaming-notice-2015: the committee's office signs
        (
            "各相关部门务必支持配合。平潭综合实验区管委会办公室2015年9月10日 来源：中国平潭",
            ("平潭综合实验区管委会办公室", "ORG"),
        ),
        # dev, press-tw-tainan-national-day-events-2026: a district's farmers' association
        ("後壁區農會辦理的「2026臺南好米季－菜奇鴨稻陣走」", ("後壁區農會", "ORG")),
        # dev, press-tw-tainan-penghu-ferry-anping-magong-maiden-voyage-2026: a trade association
        (
            "也聯手台南市旅行商業同業公會及各大旅行社推出「雙城跳島三日遊」",
            ("台南市旅行商業同業公會", "ORG"),
        ),
        # invented: a profession's national federation
        ("中華民國律師公會全國聯合會理事長表示", ("中華民國律師公會全國聯合會", "ORG")),
        # invented: a ministry's agency right after it
        ("交通部中央氣象署發布颱風警報", ("交通部中央氣象署", "ORG")),
        # invented: governments by their short names
        ("新竹縣府表示將配合辦理", ("新竹縣府", "ORG")),
        ("高市府今天宣布，中市府與竹縣府將配合。", ("竹縣府", "ORG")),
        # dev, news-hk-hkcnews-tsim-sha-tsui-riot-trial-police-testimony-2021: the final court
        ("控方開案陳詞引述終院判決，指十名被告", ("終院", "ORG")),
        # invented: Taiwan's district court by its short name
        ("新北地院審理後判處有期徒刑", ("新北地院", "ORG")),
        # invented: Macau's service glossed in Portuguese
        (
            "治安警察局（Corpo de Polícia de Segurança Pública）呼籲市民",
            (
                "Corpo de Polícia de Segurança Pública",
                "ORG",
            ),
        ),
        # invented: a road bounding a planning area
        ("計畫範圍：民治路以東、復興路以北地區。", ("復興路", "LOC")),
        # invented: 假 "at" after a clock time opens the venue
        ("說明會：115年9月3日下午2時假新營區公所3樓禮堂舉行。", ("新營區公所", "ORG")),
        # invented: the address after its spaced postal code
        ("地址：708201 臺南市安平區永華路2段6號", ("臺南市安平區永華路2段6號", "LOC")),
    ],
)
def test_one_span_in_every_view(text, span):
    assert span in spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, kind, expected",
    [
        # dev, news-hk-qianhai-plan-chief-executive-column-2021: professional bodies by short names
        (
            "前海新增的元素確能讓一些專業機構，如律師會、會計師會和保險聯會等雀躍",
            "ORG",
            ["律師會", "會計師會", "保險聯會"],
        ),
        # dev, news-hk-hkcnews-china-dot-dot-dot-suspended-2021: a station's numbered channel
        ("逢星期一至五下午3時至4時半於香港電台第一台播放", "ORG", ["香港電台第一台"]),
        # dev, press-tw-tainan-generations-carnival-day-one-2026: 跨 "across" ends the bureau
        (
            "今年幸福嘉年華首度由教育局與體育局跨局處合作，結合教育與運動資源",
            "ORG",
            ["教育局", "體育局"],
        ),
        # dev, press-tw-tainan-toronto-national-day-reception-produce-2026: the mission opens with
        # 駐 after a role noun; a country or a sending body before 駐 stays in the name
        (
            "酒會主辦人駐多倫多台北經濟文化辦事處梁毅鵬處長致詞時表示",
            "ORG",
            ["駐多倫多台北經濟文化辦事處"],
        ),
        (
            "中國駐緬甸大使館、中央人民政府駐香港特別行政區聯絡辦公室、解放軍駐港部隊",
            "ORG",
            ["中國駐緬甸大使館", "中央人民政府駐香港特別行政區聯絡辦公室", "解放軍駐港部隊"],
        ),
        # dev, gw-sh-urban-transport-system-plan-2024: a city's ring roads by their ring (and, since
        # session 26's e49, the national road by its code beside it, as the gold has it)
        ("持续推进外环西段、G320、北横通道全生命周期管理试点工作。", "LOC", ["外环西段", "G320"]),
        ("加快推进城市道路设施更新，持续推进内环高架“年轻化”工程。", "LOC", ["内环高架"]),
        # invented: a ring word with no road word is no ring road
        ("形成管理闭环路径，推动生态环线建设。", "LOC", []),
        # dev, gw-sd-poverty-group-revitalization-meeting-notice-2021: a flattened page runs a
        # form's words into the body; the name starts at the province
        ("2.报名回执山东省扶贫开发领导小组2021年1月13日", "ORG", ["山东省扶贫开发领导小组"]),
        # dev, gw-sd-gov-office-yellow-river-ice-flood-notice-2021: the same after a number's tail
        (
            "明电鲁政办发明电〔2021〕1号鲁机发号山东省人民政府办公厅关于做好黄河防凌工作的通知",
            "ORG",
            ["山东省人民政府办公厅"],
        ),
        # invented: a body, the Party or a company's short name before the province stays
        (
            "国家税务总局山东省税务局、中共山东省委、国网山东省电力公司",
            "ORG",
            ["国家税务总局山东省税务局", "中共山东省委", "国网山东省电力公司"],
        ),
        # dev, news-cn-most-harbin-aerospace-ai-capability-list-2026: 局 before 面向 is the bureau
        (
            "推动航空航天产业与人工智能技术深度融合，哈尔滨市科学技术局面向全社会发布了",
            "ORG",
            ["哈尔滨市科学技术局"],
        ),
        # invented: the districts a city's directional district opens, and after 本市
        ("新竹市北區、東區及香山區", "LOC", ["新竹市北區", "東區", "香山區"]),
        ("本市北區、南區", "LOC", ["北區", "南區"]),
    ],
)
def test_names_in_every_view(text, kind, expected):
    assert of_type(text, kind) == expected
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, kind, expected",
    [
        # 律师会见: 会 opens the verb "to meet", no law society.
        ("他被拘留期間不准律師會見家屬。", "ORG", []),
        # A place by the government's building, and the divisions in general, are no division.
        ("民眾聚集在縣政府門口處抗議。", "ORG", []),
        ("市政府相關處室配合辦理。", "ORG", []),
        # 举行会谈: 行会 is no body here (the short form is left out of the list).
        ("习近平同坦桑尼亚总统举行会谈", "ORG", []),
        # 本市中心 is no directional district, nor 东区域.
        ("本市中心區域", "LOC", []),
        ("本市東區域", "LOC", []),
        # A zone's area of no name is no part of the zone.
        ("中国（上海）自由贸易试验区各片区", "LOC", ["中国（上海）自由贸易试验区"]),
        # A bare postal code is no place.
        ("地址：708201 臺南市安平區永華路2段6號", "LOC", ["臺南市安平區永華路2段6號"]),
    ],
)
def test_what_stays_as_it_is(text, kind, expected):
    assert of_type(text, kind) == expected
