"""Reading lists of the batch-43 entity gold, pass 1 (branch issue-e43p1-s22); see build_batch.py for the
line format and README-batch43.md for the rules and the borderline decisions they follow."""

LISTS = {
    "gw-tw-mnd-military-court-wrongful-detention-compensation-letter-2009": r"""
# the heading: 國防部書函 → 國防部 (as 內政部令 / 內政部函); the court with its ministry one ORG (batch-20 D, a body
# with its parent)
ORG	國防部
PER	呂俊龍
ORG	國防部北部地方軍事法院
ORG	國防部
DATE	中華民國98年4月6日
DOC	國法審判字第0980000837號
# the court's case number 98年度賠字第005號 nothing (batch 20's 第240/2026號案) — doubtful (DOC as a 发文字号, or
# DATE 98年度, the other readings); 決定書摘要 nothing
ORG	國防部北部地方軍事法院
PER	呂俊龍
# 行政院公報 (the gazette, unmarked) → ORG 行政院 (an unmarked publication's name gives its body, as 澳門居民身份證 →
# 澳門) — doubtful (ORG / DOC 行政院公報 whole the other reading); 冤獄賠償法 unmarked nothing; article numbers nothing
ORG	行政院
ORG	國防部
ORG	國防部北部地方軍事法院
PER	呂俊龍
ORG	國防部北部地方軍事法院
DATE	98年3月2日
# 二百四十七日, 新臺幣八十六萬四千五百元 (Chinese numerals) nothing (batch 41's 新臺幣六十萬元)
PER	呂俊龍
""",
    "press-mo-gcs-chief-executive-national-day-reception-2026": r"""
PER	岑浩輝
LOC	澳門
# 祖國, 特區政府 nothing; 今（1）日 DATE whole (earlier gold); N周年 QUANT (batch 13's 75周年)
DATE	今（1）日
LOC	中華人民共和國
QUANT	77周年
PER	岑浩輝
LOC	澳門
# 上午9時30分 nothing; the venue LOC whole (batch 17)
LOC	中國與葡語國家商貿合作服務平台綜合體
ORG	全國政協
PER	何厚鏵
ORG	中央人民政府駐澳門特區聯絡辦公室
PER	鄭新聰
PER	崔世安
PER	賀一誠
ORG	外交部駐澳門特派員公署
PER	程雷
# 解放軍駐澳部隊 one ORG (the garrison's name) — doubtful (ORG 解放軍 + LOC 澳 the other reading)
ORG	解放軍駐澳部隊
PER	陳文勝
ORG	立法會
PER	張永春
ORG	終審法院
PER	宋敏莉
# 行政會委員 → 行政會, 立法會議員 → 立法會 (the council, batch 29)
ORG	行政會
ORG	立法會
# 澳區全國人大代表和政協委員 → LOC 澳 (區 the delegation's region, as batch 41's 澳門區仲裁員 → 澳門) + ORG 全國人大
# (全国人大代表 → 全国人大, batch 36) + ORG 政協 — doubtful
LOC	澳
ORG	全國人大
ORG	政協
# “向國旗敬禮”澳門師生訪京團 → the quoted campaign TERM + LOC 澳門 + LOC 京 (訪京 as 驻豫 → 豫); the delegation no ORG
# (a party of teachers and pupils, not a standing body) — doubtful (one ORG the other reading)
TERM	“向國旗敬禮”
LOC	澳門
LOC	京
QUANT	1,200名
PER	岑浩輝
# 新中國 LOC (batch 2, batch-21 D-32); 全國各族人民, 中華民族 nothing; 神州 LOC (batch 36)
LOC	新中國
ORG	中國共產黨
LOC	神州
ORG	中國共產黨
QUANT	105周年
LOC	新中國
QUANT	77周年
LOC	澳門特區
PER	習近平
TERM	“十五五”
LOC	澳門
LOC	澳門
PER	習近平
# 四項明確要求, 兩條主軸 nothing
LOC	澳門
TERM	“一國兩制”
PER	岑浩輝
# 橫琴合作區 one LOC (the zone's short name, as 橫琴粵澳深度合作區)
LOC	橫琴合作區
LOC	澳門
LOC	澳門
TERM	“以市民為中心”
TERM	“防範化解內外風險挑戰”
LOC	澳門
TERM	“一國兩制”
# 早上8時, 國慶日 nothing; 中央駐澳機構 → 澳 (駐臺 → 臺)
LOC	金蓮花廣場
LOC	澳
ORG	行政會
ORG	立法會
TERM	“向國旗敬禮”
LOC	澳門
LOC	京
QUANT	600人
# 治安警察局護旗隊 one ORG (a unit with its body, batch-20 D) — doubtful (ORG 治安警察局 alone the other reading);
# 保安範疇儀仗隊 ORG (the security area's guard of honour, a standing unit) — doubtful (nothing the other reading);
# 中式隊列步操 nothing
ORG	治安警察局護旗隊
ORG	保安範疇儀仗隊
""",
    "press-tw-president-taiwan-lantern-festival-chiayi-opening-2026": r"""
# 總統 nothing; the unquoted festival name 2026台灣燈會 → the place inside, the year nothing (as 澳門國際龍舟邀請賽 →
# 澳門, 2025中国足协杯 → 中国足协); the quoted festival name TERM whole with its marks
LOC	台灣
LOC	嘉義
TERM	「2026台灣燈會在嘉義」
PER	賴清德
DATE	今（3）日
TERM	「2026台灣燈會在嘉義」
LOC	臺灣
# 大阪世博 → 大阪 (上海世博会 → 上海, batch 36); the quoted pavilion 「TECH WORLD館」 LOC without the marks (a quoted venue
# name, batch-20's Yangpu venues) — doubtful (TERM with the marks the other reading)
LOC	大阪
LOC	TECH WORLD館
LOC	嘉義
LOC	嘉義縣
LOC	臺灣
LOC	嘉義
LOC	阿里山
LOC	鰲鼓濕地
# 翁章梁縣長 → the name; 縣府, 中央, 立法委員 nothing
PER	翁章梁
PER	蔡易餘
PER	陳冠廷
TERM	「農業大縣」
TERM	「農工大縣」
TERM	「農工科技大縣」
LOC	嘉義縣
ORG	台積電
LOC	嘉義縣
LOC	嘉義縣
LOC	台灣
LOC	台灣
# 來臺 → 臺
LOC	臺
LOC	臺灣
LOC	大阪
LOC	TECH WORLD館
LOC	嘉義
# 翁縣長 → 翁 (a surname with a title, batch 22); 長達一年 nothing
PER	翁
LOC	嘉義
LOC	臺灣
ORG	交通部
PER	陳世凱
ORG	交通部
ORG	內政部
ORG	嘉義縣政府
# 第37年 nothing (an ordinal); 30多年 QUANT whole (batch 12's 20多年)
LOC	台灣
QUANT	30多年
LOC	臺灣
# Discovery頻道 ORG (a channel, as 央视新闻频道); the quoted praises TERM
ORG	Discovery頻道
TERM	「全球最佳節慶活動」
LOC	台灣
TERM	「沒有雲霄飛車的迪士尼樂園」
LOC	台灣
LOC	嘉義
LOC	臺灣
# 馬年 nothing; 交通部長 → 交通部 (財政司司長 → 財政司, batch 31), 嘉義縣長 → 嘉義縣 (D-14)
ORG	交通部
PER	陳世凱
ORG	內政部
PER	劉世芳
ORG	運動部
PER	李洋
LOC	嘉義縣
PER	翁章梁
ORG	交通部觀光署
PER	陳玉秀
PER	蔡易餘
PER	陳冠廷
PER	王美惠
PER	王育敏
# 各國駐臺使節 → 臺
LOC	臺
""",
    "wr-hk-chief-executive-legco-address-2012-10-17-part": r"""
# 行政長官, 本會, 第四屆政府, 主席 nothing; 《議事規則》 DOC; 第8(a)條 nothing; 首 3個月 → 3個月
DOC	《議事規則》
QUANT	3個月
DATE	2013\n年
# 明年 1月 → 1月 (去年11月 → 11月)
DATE	1月
# 一國, 兩制, 內地, 國家, 本港, 海內外 nothing; the quoted “香港營 ” TERM with the record's space inside (batch 41)
*TERM	“香港營 ”
# the page header 立法會  ─  2012年 10月 17日 → ORG + DATE with the record's spaces (batch 41's budget speech); page
# numbers nothing
*DATE	2012年 10月 17日
# 歐美 → 歐 + 美 (batch 41); 歐洲 LOC
*LOC	歐(?=美)
*LOC	(?<=歐)美
LOC	歐洲
# 中國內地 one LOC (batch-31 D); 中國 elsewhere LOC, not inside 發展中國家
LOC	中國內地
LOC	北京
LOC	上海
LOC	廣州
# 在北京、上海和廣州的香港商會 → LOC 香港 (chambers of each city, not one named body) — doubtful
QUANT	3個
# 港人, 港商 nothing (港人 nothing, batch 41); 4個駐內地辦事處 → 4個
QUANT	4個
ORG	香港貿易發展局
ORG	香港旅遊發展局
ORG	投資推廣署
# names cut by the record's line breaks stay whole
ORG	立法\n會
LOC	香港特別\n行政區
# the member named with 議員 → the name, 梁議員 → 梁 (batch 22); 主席 nothing; 會議廳 nothing
*PER	梁國雄
*PER	梁(?=議員，)
*LOC	香港特別行政區
*DOC	《基本法》
ORG	中央人民政\n府
*TERM	“高度自治 ”
TERM	“一國兩制 ”
# 回歸 15年來 → 15年; 中央, 特區政府 nothing
QUANT	15年
*LOC	香港
*ORG	立法會
*LOC	(?<!發展)中國
""",
}
