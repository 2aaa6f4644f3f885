"""Round 16 of #13: DATE, QUANT, DOC, TERM and PER classes that batches 12 and 13 (scored once at
00:05, session 14) showed — sentences of their dev documents (the batch in each comment), and
real sentences the rules must leave alone; every script view gives the same spans."""

from __future__ import annotations

import pytest

from tests.core.entity_views import same_in_every_view, spans


def _of(text: str, kind: str) -> list[str]:
    return [s for s, t in spans(text) if t == kind]


@pytest.mark.parametrize(
    "text, kind, expected",
    [
        # batch 13, a Shanghai notice: a year with 年度 before a count stays whole
        (
            "要求，我委对2022年度13个智能网联汽车示范应用创新项目开展了终期验收。",
            "DATE",
            ["2022年度"],
        ),
        # batch 12, a Hong Kong column: a century with its suffix is one date
        ("但因為英美等國家19世紀末開始的高密度城市化", "DATE", ["19世紀末"]),
        ("兒童遊戲在20世紀初開始受到重視", "DATE", ["20世紀初"]),
        # batch 12, a Tainan press release: a Minguo school year
        ("臺南市政府教育局表示，115學年度起營養午餐", "DATE", ["115學年度"]),
        # batch 13, CNA stories: the story code after the editor's bracket is a Minguo date
        ("確保類似事故不再發生。（編輯：陳妍君）1140107\n", "DATE", ["1140107"]),
        ("完全是依法授權」。（編輯：謝佳珍）1140516", "DATE", ["1140516"]),
        # batch 13, car-repair rules: a day counted is no day of the month
        ("修理者应当自第6日起为消费者提供备用车", "DATE", []),
        ("以小时计算，每满24小时，为1日；余下时间不足24小时的，以1日计。", "DATE", []),
        (
            "以小时计算，每满24小时，为1日；余下时间不足24小时的，以1日计。",
            "QUANT",
            ["24小时", "1日", "24小时", "1日"],
        ),
        # batch 12, drug-information rules: a window before a day, its length a quantity
        ("持证单位应当在有效期届满前6个月内，向原发证机关申请换发", "QUANT", ["6个月"]),
        ("持证单位应当在有效期届满前6个月内，向原发证机关申请换发", "DATE", []),
        # batch 13: orders counted (单次, as 人次) and containers in TEU
        ("年末端配送总量达到54.1万单次。", "QUANT", ["54.1万单次"]),
        ("集装箱吞吐量达到12.6万TEU，累计10万TEU", "QUANT", ["12.6万TEU", "10万TEU"]),
        # batch 13, a CNA briefing: two neighbouring numbers sharing a unit are one estimate
        ("黑盒子一般需3天導出資料，1、2天確認基本數據", "QUANT", ["3天", "1、2天"]),
        # batch 13 and batch 12: decree and document numbers
        (
            "本规定自2022年1月1日起施行。2012年12月29日原国家质量监督检验检疫总局令第150号公布的",
            "DOC",
            ["国家质量监督检验检疫总局令第150号"],
        ),
        (
            "本规定自2022年1月1日起施行。2012年12月29日原国家质量监督检验检疫总局令第150号公布的",
            "DATE",
            ["2022年1月1日", "2012年12月29日"],
        ),
        (
            "根据《嘉定区文物保护利用规划》（嘉发改﹝2021﹞17号）",
            "DOC",
            ["《嘉定区文物保护利用规划》", "嘉发改﹝2021﹞17号"],
        ),
        # batch 12, traffic-points rules: 所称 defines the terms in quotes
        ("本办法所称“三日”“十日”“三十日”，是指自然日。", "TERM", ["“三日”", "“十日”", "“三十日”"]),
        # batch 13, Taiwan news: a quote standing as a clause is a sentence quoted
        ("僅是單一財團小基地，「這是天差地別」。他說", "TERM", []),
        (
            "但國土部也承認，「無論是否違反國內外相關規定，都應盡最大努力確保安全性」。當局",
            "TERM",
            [],
        ),
        ("應依林欽榮所言「容積是公共財」，審議不可黑箱。", "TERM", []),
        # batch 13, a CNA briefing: a quote opening a sentence and holding a comma is speech
        (
            "已確認事故發生當時遭到鳥擊。「其中一側引擎很明顯（發生鳥擊），但還要調查確認另一側引擎狀況」，但調查團也說明",
            "TERM",
            [],
        ),
        # batch 13, Taiwan news: an article of a law named right before, without 第
        ("台北市政府則依「台北市都市計畫施行自治條例」25條給予容積獎勵", "QUANT", []),
        # decrees of ministries named by two remits joined by 和
        ("国家林业和草原局令第1号", "DOC", ["国家林业和草原局令第1号"]),
        ("依据住房和城乡建设部令第55号", "DOC", ["住房和城乡建设部令第55号"]),
        # batch 13 and 12: a champion, a byline's 撰文
        ("他的太太、奧運冠軍郭晶晶亦欣然到場支持。", "PER", ["郭晶晶"]),
        ("可遊樂的城市空間\n【撰文：陳元敬】\n作者為註冊園境師", "PER", ["陳元敬"]),
    ],
)
def test_round16_classes(text, kind, expected):
    assert _of(text, kind) == expected, spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, kind, expected",
    [
        # batch 9, Tainan notices: Taiwan's document numbers (字第 + serial) and 中华民国 dates
        (
            "發文日期：中華民國115年8月20日\n發文字號：府都規字第1151240479A號\n附件",
            "DOC",
            ["府都規字第1151240479A號"],
        ),
        ("發文日期：中華民國115年8月20日\n", "DATE", ["中華民國115年8月20日"]),
        (
            "內政部115年7月29日台內國字第1150809101號函核定，並奉行政院115年7月30日"
            "院授內國營字第1150809102號函准予備案。",
            "DOC",
            ["台內國字第1150809101號", "院授內國營字第1150809102號"],
        ),
        # batch 10, RTHK digests: quarters with 季 alone, index points, a bare 千
        ("首季全國鐵路累計發送旅客逾10億按年增5.9%", "DATE", ["首季"]),
        ("今年第一季全國鐵路累計發送旅客10億7400萬人次", "DATE", ["第一季"]),
        (
            "恒指午市初段升逾300點\n恒指較早時報21397點，升幅1.62%",
            "QUANT",
            ["300點", "21397點", "1.62%"],
        ),
        ("何永賢指兩年半收回約8千公屋單位", "QUANT", ["8千"]),
        # batch 10, a Tainan press release: 昨（3）日, bottles and packs
        ("衛生局昨（3）日公布抽驗結果", "DATE", ["昨（3）日"]),
        ("共抽驗15瓶，其中2瓶不合格，另有26包", "QUANT", ["15瓶", "2瓶", "26包"]),
        # batch 3, a geohazard reply: metres written m
        ("结合其与三峡水库135m水位蓄水的时空关系的综合分析", "QUANT", ["135m"]),
        # batch 5, a statistics bulletin: per-mille points
        ("出生率比上年下降1.15个千分点", "QUANT", ["1.15个千分点"]),
        # batch 3 and 4: a trailing 余 / 多 that opens the next word stays out
        ("委内瑞拉境内发生了约430次余震。", "QUANT", ["430次"]),
        ("目前8英寸、10英寸多晶片均可试制", "QUANT", ["8英寸", "10英寸"]),
        # batch 5, a work report: PM2.5 is a pollutant's name
        ("PM2.5年均浓度36.2微克/立方米、同比下降5%", "QUANT", ["36.2微克/立方米", "5%"]),
        # batch 4, a Shanghai notice: a space before 号
        ("根据《通知》（应急〔2019〕88 号）要求", "DOC", ["《通知》", "应急〔2019〕88 号"]),
        # batch 9, a 新闻联播 digest: flags
        ("升起10面国旗", "QUANT", ["10面"]),
    ],
)
def test_round16_classes_of_earlier_dev_batches(text, kind, expected):
    assert _of(text, kind) == expected, spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, kind, expected",
    [
        # batch 1-style dates and counts keep their spans
        ("2025年度实施计划，2025年底前完成", "DATE", ["2025年度", "2025年底"]),
        ("20世纪80年代以来", "DATE", ["20世纪80年代"]),
        ("申请人应在30日内提出", "QUANT", ["30日"]),
        ("今年前三季度，全市生产总值增长", "DATE", ["前三季度"]),
        ("2025年前10个月，进出口总值增长", "DATE", ["2025年前10个月"]),
        ("自2024年12月1日起施行", "DATE", ["2024年12月1日"]),
        # an item's number at a line's start stays out of a list's amount
        ("\n1、20家企业入选", "QUANT", ["20家"]),
        # a slogan after a verb stays a term, commas and all
        (
            "坚持“先体检、后更新，无体检、不更新”，推进城市更新。",
            "TERM",
            ["“先体检、后更新，无体检、不更新”"],
        ),
        # a quote inside a clause stays a term
        ("以「國家重大經建計畫」做包裝", "TERM", ["「國家重大經建計畫」"]),
        # a phone number in prose is no story code
        ("請撥打電話 1140107 查詢", "DATE", []),
        # two bodies joined by 和 stay apart; a verb before an issuer stays out
        ("商务部和海关总署令第1号", "DOC", ["海关总署令第1号"]),
        ("根据建设部令第3号", "DOC", ["建设部令第3号"]),
        # a show's season, a clock time, a clock time before a verb
        ("該劇第一季播出後大受歡迎", "DATE", []),
        ("凌晨1點多發生地震", "QUANT", []),
        ("自 16:00 至 22:00 封閉漢中街", "QUANT", []),
        ("总面积100平方米", "QUANT", ["100平方米"]),
        # batch 1: an amount's 多 before 以来 stays with it; no milligrams or speeds read as metres
        ("權利回復基金會成立1年多以來，已經受理", "QUANT", ["1年多"]),
        ("每日服用5mg，风速3m/s", "QUANT", []),
        ("里氏ML1.8级地震", "QUANT", ["ML1.8级"]),
        # a count of articles with 第 or after a word stays a quantity
        ("共有25条措施", "QUANT", ["25条"]),
    ],
)
def test_what_the_round_leaves_alone(text, kind, expected):
    assert _of(text, kind) == expected, spans(text)
    same_in_every_view(text)
