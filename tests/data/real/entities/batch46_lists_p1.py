"""Reading lists of the batch-46 entity gold, pass 1 (branch issue-e46p1-s23); see build_batch.py for the
line format and README-batch46.md for the rules and the borderline decisions they follow."""

LISTS = {
    "press-mo-ipim-trade-fairs-business-matching-sessions-2026": r"""
# 葡西語 (languages) nothing (batch 17); 中葡（西） → 中 + 葡 + 西 (one-character places, as 中葡西 in batch 17) —
# 西 in its brackets doubtful
LOC	澳門
LOC	中
LOC	葡
LOC	西
# the body with its place one ORG
ORG	澳門特區招商投資促進局
# 周三至周六 nothing
DATE	10月21日至24日
# the quoted fairs TERM whole with the marks, and their quoted short names after 下稱 likewise (they name events,
# not bodies: the 下稱 ORG rule of batch 18 is for bodies) — doubtful
TERM	“第三十一屆澳門國際貿易投資展覽會”
TERM	“第31屆MIF”
TERM	“2026年葡語國家產品及服務展（澳門）”
TERM	“2026PLPEX”
TERM	“澳門國際品牌連鎖加盟展2026”
TERM	“2026MFE”
QUANT	10個
TERM	“以展招商”
QUANT	10個
TERM	“商聚澳門 聯通全球”
LOC	中
LOC	葡
LOC	西
QUANT	10個
TERM	“西語國家特色產品配對專場”
# 西語國家 / 葡語國家 (country groups named by language) nothing (batch 37's 西語系國家) — doubtful; 內地 nothing
LOC	澳門
TERM	“中國與葡語國家農業產業鏈合作論壇及配對專場”
LOC	中
LOC	葡
TERM	“大健康產業出海配對專場”
LOC	東南亞
TERM	“首店經濟暨品牌投資配對專場”
LOC	澳門
LOC	東南亞
LOC	澳門
LOC	澳門
# 在澳 → 澳
LOC	澳
LOC	澳門
LOC	中
LOC	葡
LOC	西
# URLs, telephone numbers nothing; the hotline labels (第31屆MIF專線, 2026PLPEX專線, 2026MFE專線: the fairs'
# short names unquoted) nothing — doubtful (DATE 2026 inside, as 2022中国品牌论坛, the other reading); 微信號 → the
# platform ORG (as 加微信), the account name nothing
ORG	微信
""",
    "press-tw-cdc-covid-vaccine-extra-dose-elderly-immunocompromised-2026": r"""
# the CDC release as batch 41's dev CDC releases; spans keep the spaces printed around the digits
ORG	疾管署
DATE	2026 年 4 月 7 日
QUANT	65 歲
# an age range one QUANT — doubtful (no precedent; 55 歲 + 64 歲 the other reading)
QUANT	55-64 歲
QUANT	6 個月
QUANT	1 劑
QUANT	6 個月
QUANT	166 萬人
QUANT	65 歲
QUANT	100 萬人
ORG	疾管署
QUANT	65 歲
QUANT	55 歲
# ACIP (the immunisation advisory committee) ORG — doubtful (no dev precedent)
ORG	ACIP
DATE	2026 年 4 月 7 日
QUANT	1 劑
QUANT	65 歲
QUANT	55-64 歲
QUANT	6 個月
QUANT	6 個月
QUANT	180 天
DATE	2025 年 10 月 1 日
QUANT	65 歲
QUANT	73%
QUANT	81%
QUANT	93%
# 1 年內 → 1 年; HIV nothing
QUANT	1 年
QUANT	6 個月
DATE	2026 年 4 月 30 日
# a maker's name for its vaccine is the maker (batch 41: Novavax疫苗 → Novavax); 第 1 劑 (ordinal) nothing
ORG	莫德納
ORG	Novavax
# 新冠肺炎（COVID-19） nothing; 影響地區 台灣全國 → 台灣 (batch 41); the footer: date DATE, time nothing, source ORG
LOC	台灣
DATE	2026-03-23
ORG	衛生福利部疾病管制署
""",
    "press-tw-cdc-vaccination-fee-increase-medical-circular-2026": r"""
ORG	疾管署
DATE	115年3月1日
QUANT	6歲
QUANT	100元
QUANT	200元
QUANT	150元
# NIIS系統 (an information system) nothing (as 市交通綜合業務平台)
ORG	疾管署
ORG	疾病管制署
DATE	115年3月1日
QUANT	6歲
QUANT	7歲
# the currency before the amount inside the QUANT (新臺幣707萬元, batch 3)
QUANT	新臺幣200元
QUANT	100元
QUANT	新臺幣150元
QUANT	100元
# (含) outside the dates
DATE	2026年3月1日
DATE	2026年2月28日
ORG	健保署
DATE	115年3月1日
ORG	疾管署
# 全國性預防接種資訊管理系統(NIIS) nothing (a system); 近4個月 → 4個月
QUANT	4個月
ORG	疾管署
ORG	衛生福利部中央健康保險署
ORG	疾管署
# the quoted plan (a document one can look up) DOC with its marks — doubtful (TERM, as batch 20's quoted notice,
# the other reading); the vaccines inside nothing
DOC	「『兒童常規疫苗』、『成人肺炎鏈球菌疫苗』、『新冠疫苗』及『流感疫苗』接種處置費補助作業計畫」
# 疾管署全球資訊網 → the body inside (as 澳門活動網 → 澳門); the menu path nothing
ORG	疾管署
LOC	台灣
DATE	2026-02-26
ORG	衛生福利部疾病管制署
""",
    "press-tw-tainan-youth-startup-loan-coffee-brand-visit-2026": r"""
PER	黃偉哲
# 哈本咖啡 unquoted (the firm: it speaks, borrows, is visited) ORG each time — doubtful (LOC where visited)
ORG	哈本咖啡
LOC	台南
# the Tainan header (batch 43)
ORG	新聞及國際關係處
DATE	115年10月5日
PER	何帆
PER	黃偉哲
DATE	今（5）日
# introduced as a brand in 「」: TERM with its marks (batch-11 D-9) — doubtful (ORG without the marks, as later)
TERM	「哈本咖啡 Happen Coffee」
ORG	哈本咖啡
# 成大商圈 (a named business district) one LOC — doubtful (ORG 成大 the other reading)
LOC	成大商圈
QUANT	100萬元
# 台南市政府青年創業貸款 → the body inside
ORG	台南市政府
# 台南東山咖啡 → the place chain inside (as 吉林大米 → 吉林)
LOC	台南東山
TERM	「市長咖啡」
PER	黃偉哲
ORG	哈本咖啡
LOC	成大商圈
ORG	哈本咖啡
LOC	台南
ORG	總統府
LOC	台南
PER	黃偉哲
# 市府 nothing
DATE	2024年6月4日
QUANT	5年
ORG	哈本咖啡
LOC	台南
LOC	台南
# 全台 nothing (全臺, batch 19); 經濟發展局長 → 經濟發展局 (as 觀光旅遊局長 → 觀光旅遊局)
ORG	經濟發展局
PER	張婷媛
LOC	台南
LOC	臺灣
LOC	台南
ORG	哈本咖啡
ORG	哈本咖啡
DATE	2012年
# 成功大學 (named as a landmark) ORG — doubtful (LOC the other reading)
ORG	成功大學
DATE	2021年
TERM	「全台首支酒漬咖啡」
DATE	2024年
# the office with its ministry one ORG (as 外交部駐澳門特派員公署)
ORG	外交部駐釜山辦事處
TERM	「台灣咖啡」
QUANT	200位
# 韓國南部 → 韓國 (a direction breaks the chain, batch-21 D-50)
LOC	韓國
LOC	台灣
LOC	台灣
LOC	台南市
ORG	台南市政府經濟發展局
# the quoted office ORG without its marks; the telephone number nothing
ORG	台南市強化企業財務應變推動辦公室
""",
}
