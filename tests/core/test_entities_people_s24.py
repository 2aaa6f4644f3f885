"""Session 24 (e47, #13): people and bodies of Hong Kong and Taiwan news and gazettes — a
transliterated name glossed once in Latin (希克（Uli Sigg）) and a foreign name that reads as
Chinese (赖斯) named bare later on, a police witness by rank and badge number, a bare surname
opening a clause, foreign names between a post and 先生, a preposition before a known name, a
signature line of a two-character head, a sender spaced by plain spaces, a museum that acts, a
military court, a police unit and its short name. Lines of dev documents, in every script view,
and what must stay as it is beside each."""

from __future__ import annotations

import pytest

from tests.core.entity_views import of_type, same_in_every_view, spans


@pytest.mark.parametrize(
    "text, kind, expected",
    [
        # dev, news-hk-hkcnews-uli-sigg-m-plus-donation-2021: the name glossed once, bare after
        (
            "捐出超過1500件當代中國藝術藏品給香港M+博物館的「中國通」希克（Uli Sigg），集商界、"
            "前外交官及收藏家多重身分在一身。希克已經到港，準備出席M+開幕。\n"
            "希克今次因M+開幕特意接受三周隔離來港",
            "PER",
            ["希克", "Uli Sigg", "希克", "希克"],
        ),
        # dev, news-cn-scio-mfa-spokesman-kong-quan-briefing-20050310: 赖 is a surname too, but
        # 赖斯 is a transliteration: no given-name character runs on from it (赖斯出任, 赖斯此行).
        (
            "应李肇星外长邀请，美国国务卿赖斯将于3月20日至21日访华。\n"
            "答：这将是赖斯出任国务卿以来对中国的第一次访问。\n"
            "问：能否详细介绍一下赖斯此行的主要议题是什么？",
            "PER",
            ["李肇星", "赖斯", "赖斯", "赖斯"],
        ),
        # the same: 至于|赖斯, 应|李部长 — the preposition is no surname of a known person
        (
            "应李肇星外长邀请，美国国务卿赖斯将于3月20日至21日访华。\n"
            "答：你的报道中首先可以写上李肇星部长，因为她是应李部长的邀请来中国访问的。\n"
            "答：至于赖斯国务卿此访的议题，我刚才已提到主要是双边关系。",
            "PER",
            ["李肇星", "赖斯", "李肇星", "李", "赖斯"],
        ),
        # the same: a post, the transliterated name, 先生; 李 by surname and 外长 later
        (
            "外交部长李肇星将访问欧盟。\n问：李外长去欧盟的日程是什么？\n答：他将同欧盟委员会主席"
            "巴罗佐先生、对外关系委员瓦尔德纳先生和外交与安全政策高级代表索拉纳先生进行会见。",
            "PER",
            ["李肇星", "李", "巴罗佐", "瓦尔德纳", "索拉纳"],
        ),
        # dev, news-hk-hkcnews-tsim-sha-tsui-riot-trial-police-testimony-2021: rank, badge
        # number, name; the bare surname opening a clause (指出, 憶述, 將, 不同意)
        (
            "首被告學生劉維穎（左）\n警員5854李煒杰供稱，他當晚是速龍小隊成員。\n李指出，男被告"
            "嘗試起身逃走。\n李憶述，當機動部隊同袍開始施放催淚彈。\n辯方質疑，李將現場所有穿黑衣"
            "的人士當作示威者拘捕。李不同意，稱穿黑衣只是其中一個因素",
            "PER",
            ["劉維穎", "李煒杰", "李", "李", "李", "李"],
        ),
        # the same: the force's units; a unit named in full is named short later on
        (
            "警員5854李煒杰供稱，他當晚是速龍小隊成員。\n李憶述，當機動部隊同袍開始施放催淚彈，"
            "他與約30名速龍隊員便根據指令衝前拘捕。",
            "ORG",
            ["速龍小隊", "機動部隊", "速龍"],
        ),
        # dev, gw-tw-dgbas-national-accounts-review-committee-rules-repeal-order-2012: the
        # 主計長's signature line, the title spaced out as 部　　長 is
        (
            "廢止「行政院主計處國民所得統計評審委員會設置辦法」。\n主 計 長　石素梅\n",
            "PER",
            ["石素梅"],
        ),
        # dev, press-tw-president-taipei-book-fair-2026: 建築師 after the name, then the surname
        ("總統也分享日前收看姚仁喜建築師的專訪，姚建築師提到其培養家庭", "PER", ["姚仁喜", "姚"]),
        # dev, press-mo-apec-security-inspection-2026: Macau's customs head (關長)
        ("澳門海關關長何浩瀚、保安司司長辦公室主任", "PER", ["何浩瀚"]),
        # dev, press-tw-president-svg-ambassador-medal-2026: an envoy (公使) before a glossed name
        ("聖文森及格瑞那丁駐臺公使威爾森（Elroy Wilson）伉儷等", "PER", ["威爾森", "Elroy Wilson"]),
    ],
)
def test_people_and_bodies_in_every_view(text, kind, expected):
    assert of_type(text, kind) == expected
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, span",
    [
        # dev, gw-tw-mnd-criminal-compensation-decision-letter-2012: the sender signs 國 防 部
        (
            "應將主文及決定要旨登載公報。\n國 防 部\n　　　　　依分層負責規定授權業務主管決行\n",
            ("國 防 部", "ORG"),
        ),
        # the same: the ministry, the court of its level, the branch: one body
        ("經國防部高等軍事法院高雄分院決定准予補償\n", ("國防部高等軍事法院高雄分院", "ORG")),
        # dev, press-mo-mam-mio-pang-fei-retrospective-2026: the museum carries the show out
        (
            "由澳門特別行政區政府文化局主辦、澳門藝術博物館執行、澳門文化體協辦",
            ("澳門藝術博物館", "ORG"),
        ),
        # dev, press-tw-president-228-memorial-2026: the museum founded
        ("2018年3月15日，正式成立國家人權博物館，並於同年", ("國家人權博物館", "ORG")),
        # Where one goes, the museum is a place.
        ("展覽於8日起在澳門藝術博物館一樓及二樓展出", ("澳門藝術博物館", "LOC")),
    ],
)
def test_one_span_in_every_view(text, span):
    assert span in spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, kind, expected",
    [
        # Without the gloss nothing names 希克 a person.
        ("集商界、前外交官及收藏家多重身分在一身。希克已經到港，準備出席M+開幕。", "PER", []),
        # A Chinese name found once is not read inside a longer name (王强 … 王强国).
        ("局长王强表示，工作已经完成。\n王强国今天到会。", "PER", ["王强"]),
        # A name of its own that starts with a preposition-surname stays whole.
        ("于赖斯表示", "PER", ["于赖斯"]),
        # A count after the rank names nobody.
        ("當晚共出動警員5854名，包括機動部隊。", "PER", []),
        # Two characters after a post before 先生 are left to the Chinese-name rules.
        ("會見委員王強先生。", "PER", ["王強"]),
        # A signature inside a sentence is no signature line.
        ("由主 計 長　石素梅主持會議。", "PER", []),
        # A spaced sentence holds no sender of its own line.
        ("我 愛 國 防 部 的\n", "ORG", []),
        # A kind of architect, no name before the title.
        ("本地建築師指出，設計已經完成。", "PER", []),
        # Without the unit named in full, the two characters are nobody's short name.
        ("他與約30名速龍隊員便根據指令衝前拘捕。", "ORG", []),
    ],
)
def test_what_stays_as_it_is(text, kind, expected):
    assert of_type(text, kind) == expected
