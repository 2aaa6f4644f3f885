"""Reading lists of the batch-33 entity gold, pass 1 (branch issue-e33p1-s21); see build_batch.py for the
line format and README-batch33.md for the rules and the borderline decisions they follow."""

LISTS = {
    "news-hk-mini-storage-inquest-rescue-team-2021": r"""
# the 【】 column labels nothing (【研訊第18天】 an ordinal); the fire's site: the industrial estate with its district one
# LOC, the mini-storage business ORG (a named outlet, batch 16) — doubtful (one LOC for the whole chain the other reading)
DATE	2016年
LOC	九龍灣淘大工業村
ORG	時昌迷你倉
# the firemen's quoted words (「行十呎八呎」, 「焫著」, 「有煙飆出嚟」, 「無水射住唔掂」 …) are speech; the Chinese doctor's
# diagnosis 「火燒心」 TERM (a quoted noun phrase)
TERM	「火燒心」
DATE	2016年6月21日
# 近6時, 7時許 (clock times), 二樓 / 三樓, 1號橫巷 / 3號橫巷 (numbered alleys inside the building) nothing
QUANT	3名
ORG	眾新聞
# every full name PER, then every surname standing alone for a named man (as 邱, batch 29): 梅, 翁, 尹, 霍, 李 (also
# 李姓高級消防隊長, batch-20 D), 張 (also 張Sir and （張） inside speech; never the 張 of 緊張)
*PER	張耀升|梅斯榮|翁錦雄|尹建偉|霍永鴻|李偉雄|曾藹琪|許志傑
*PER	梅|翁|尹|霍|李|(?<!緊)張
# the case number CCDI333-334/16 nothing (batch 20)
""",
    "press-mo-hengqin-macao-health-education-agreement-2026": r"""
# 琴澳 / 粵澳 → one LOC per character (batch 27); 合作區 alone nothing, its bureaus ORG (合作區經濟發展局, batch 25)
DATE	7月2日
ORG	橫琴粵澳深度合作區民生事務局
# a bureau written after its government one ORG (batch-27 D)
ORG	澳門特別行政區政府社會工作局
LOC	橫琴文化藝術中心
# 琴澳健康生活教育合作項目 (a programme) → 琴 + 澳
TERM	“澳門+橫琴”
# the Liaison Office's department one ORG (batch 20)
ORG	中央人民政府駐澳門特別行政區聯絡辦公室社會發展部
PER	鍾睿
ORG	合作區執行委員會
PER	張國基
ORG	廣東省衛生健康委
# a division named by its remit ORG without the body (batch-16 D)
ORG	交流合作處
PER	張一愚
ORG	合作區民生事務局
PER	馮方丹
ORG	澳門社會工作局
PER	韓衛
DOC	《橫琴粵澳深度合作區民生事務局與澳門特別行政區政府社會工作局合作框架協議》
ORG	合作區民生事務局
PER	馮方丹
DATE	2023年7月
ORG	澳門社會工作局
# the named science hall LOC whole (a venue; 琴澳 inside it not split)
LOC	琴澳兒童健康生活科普館
LOC	澳門
ORG	澳門社會工作局
PER	韓衛
TERM	“琴澳同心 健康同行”
LOC	澳門
# the classroom written with the building it stands in, its floor too, one LOC (batch-31 D) — doubtful
LOC	橫琴文化藝術中心四樓琴澳兒童健康生活教育課室
ORG	澳門社會工作局
LOC	澳門
TERM	“寓教於樂”
DATE	2023年7月
DATE	8月
ORG	合作區民生事務局
ORG	澳門社會工作局
TERM	“健康灣區”
TERM	“橫琴樣本”
*LOC	琴(?=澳)|(?<=琴)澳|粵(?=澳)|(?<=粵)澳
""",
    "report-cn-xi-jinping-intellectuals-symposium-speech-2016": r"""
PER	习近平
DATE	2016-05-01
ORG	新华社
# 大案 (the account's name) and the 【】 labels nothing
PER	习近平
# 南都聚焦 → ORG 南都 (the newspaper's short name, its column out); 张志超案 → PER 张志超
ORG	南都
PER	张志超
LOC	海口
# 腾讯视点 → ORG 腾讯 (its column out)
ORG	腾讯
DOC	《网络安全法》
# “刑法》 (a law's title typed with a wrong opening mark) DOC as written — doubtful (nothing, or TERM, the other readings)
DOC	“刑法》
PER	习近平
ORG	新华社
DATE	2016年4月26日
# 各级党委和政府 nothing; 百分之百 nothing (Chinese numerals)
LOC	安徽
# the quoted holidays TERM with their marks (unquoted 七一 would be a DATE, batch 31)
TERM	“五一”
TERM	“五四”
TERM	“五一”
TERM	“五四”
ORG	党中央
TERM	“两个一百年”
# 党的十八届五中全会 nothing (a plenum, the party unnamed)
TERM	“十三五”
QUANT	90多年
# quoted verses and maxims TERM (as slogans and inscriptions)
TERM	“春蚕到死丝方尽，蜡炬成灰泪始干”
TERM	“板凳要坐十年冷，文章不写一句空”
TERM	“无中生有”
TERM	“十年磨一剑”
TERM	“修身齐家治国平天下”
TERM	“为天地立心、为生民立命、为往圣继绝学、为万世开太平”
TERM	“先天下之忧而忧，后天下之乐而乐”
# 中华民族 nothing; 中国梦 → 中国 (a full place name inside a compound, as 中国特色社会主义) — doubtful
LOC	中国
""",
    "report-hk-hkjc-board-of-management-2024": r"""
# Board of Management (the organ, the body unnamed) nothing; job titles nothing
# the chart's names split over two table rows (given names, then surnames): each cell PER (batch-31 D-19: a name split
# by the layout gives each part) — doubtful
PER	Moray
PER	Richard
PER	Dennis
PER	Shella
PER	David
PER	Raymond
PER	Winfried
PER	Andrew
PER	Gabriel
PER	Taylor-Smith
PER	A K Tsiang
PER	Hau
PER	S C Ng
PER	H Fan
PER	C Y Tam
PER	Engelbrecht-Bresges
PER	C Harding
PER	Leung
PER	唐德誠
PER	蔣安凱
PER	侯德洋
PER	伍小翠
PER	范洪波
PER	譚志源
PER	應家柏
PER	夏定安
PER	梁卓偉
PER	Winfried Engelbrecht-Bresges
PER	Gabriel Leung
PER	Raymond C Y Tam
# the areas under each director in English are remits without a kind word, nothing (guideline: a remit standing without
# its suffix is no ORG); English names with a kind word ORG (Institute of Philanthropy, Investment Office, Corporate
# Secretariat); the Chinese division names with 部 / 處 ORG each (a division named by its remit, batch-16 D) — doubtful
# (the English remits ORG as the divisions' English names the other reading)
ORG	Institute of Philanthropy
PER	David H Fan
PER	范洪波
ORG	Investment Office
ORG	財務部
ORG	策略採購部
ORG	庫務部
ORG	投資部
PER	Gary Delooze
PER	杜禮賢
ORG	網絡安全部
ORG	資訊科技投注方案部
ORG	資訊科技數碼及投注途徑方案部
ORG	資訊科技服務交付部
ORG	資訊科技營運及系統部
ORG	資訊科技業務管理部
ORG	資訊科技項目管理部
PER	Shella S C Ng
PER	伍小翠
ORG	Corporate Secretariat
ORG	法律事務部
ORG	公司秘書處
ORG	合規事務部
PER	Anthony Ingham
# Hong Kong Membership Development (a remit) → LOC Hong Kong; Tai Kwun – Centre for Heritage and Arts / 大館 — 古蹟及藝術館
# listed among the divisions ORG whole — doubtful (LOC as the heritage site the other reading)
LOC	Hong Kong
ORG	Tai Kwun – Centre for Heritage and Arts
ORG	會員營運及服務發展部
ORG	內地會員事務發展部
ORG	內地會員/馬主策略及市場部
ORG	香港會員事務發展部
ORG	馬場業務部
ORG	會員體驗市場事務部
ORG	賽馬市場部
ORG	品牌及數碼市場事務部
ORG	策略及業務規劃部
ORG	大館 — 古蹟及藝術館
PER	Lake G Wang
PER	王舸
PER	Michael Fitzsimons
PER	范梓文
ORG	業務合作部
ORG	薪酬及營運部
ORG	僱員關係部
ORG	文化革新溝通部
ORG	人才招聘部
ORG	人才管理及培訓部
ORG	組織分析及規劃部
ORG	人力資源革新部
ORG	投注控制中心及營運部
ORG	足球博彩事務部
ORG	博彩產品數據分析及人工智能部
ORG	海外賽馬彩池匯合部
ORG	博彩產品策略部
ORG	博彩產品管理部
ORG	內地體育彩票合作部
ORG	部門業務策劃部
""",
    "gw-tw-mof-military-village-estate-tax-order-2010": r"""
# the laws' titles in 「」 TERM with the marks (batch 31, Taiwan gazette); unmarked law names nothing, the body inside
# them counts (國軍 ORG, as the place inside the unmarked national-security law, batch 20); article numbers nothing
ORG	財政部
TERM	「遺產及贈與稅法」
TERM	「國軍老舊眷村改建條例」
ORG	財政部
DATE	中華民國99年6月2日
DOC	台財稅字第09900110300號
ORG	國軍
ORG	國軍
ORG	國防部
# ROC dates DATE; the ministry's letter number DOC (a 發文字號)
DATE	99年2月2日
DOC	國政眷服字第0990001678號
ORG	國軍
ORG	國防部
# 民法, 本部 nothing
DATE	93年7月13日
DOC	台財稅字第09304539870號
PER	李述德
""",
    "gw-tw-moj-administrative-execution-amounts-notice-2010": r"""
ORG	法務部
TERM	「行政執行法第十七條之一第一項之一定金額」
DATE	99年6月3日
ORG	法務部
DATE	中華民國99年6月3日
DOC	法律字第0990700315號
TERM	「行政執行法第十七條之一第一項之一定金額」
DATE	中華民國99年6月3日
# unmarked 行政執行法 and article numbers nothing; the rule's quoted wording 「一定金額」 TERM (batch-27 D); amounts in
# Chinese numerals (新臺幣一千萬元, 二千元 …) nothing; the regions 北區 … 離（外）島區 (groupings of the rule) nothing
TERM	「一定金額」
TERM	「一定金額」
TERM	「一定金額」
TERM	「一定金額」
LOC	臺北市
LOC	臺北縣
LOC	基隆市
LOC	桃園縣
LOC	新竹市
LOC	新竹縣
LOC	苗栗縣
LOC	臺中市
LOC	臺中縣
LOC	南投縣
LOC	彰化縣
LOC	雲林縣
LOC	嘉義市
LOC	嘉義縣
LOC	臺南市
LOC	臺南縣
LOC	高雄市
LOC	高雄縣
LOC	屏東縣
LOC	宜蘭縣
LOC	花蓮縣
LOC	臺東縣
LOC	澎湖縣
LOC	金門縣
LOC	連江縣
PER	曾勇夫
""",
    "news-hk-court-gallery-elderly-supporter-2021": r"""
# the 【銀髮後援】 labels nothing; the old man's and his family's quoted words are speech
QUANT	80歲
# the pseudonym PER (化名 out); 年近80 (a bare integer) nothing
PER	王庭押
# 王伯伯 → 王 (a surname with a form of address), every time (regex below)
# 八九六四 and 六四 DATE (as unquoted 七一, batch 31) — doubtful (nothing, as an event, the other reading); 百萬人 nothing
DATE	八九六四
DATE	六四
DATE	2019年5月底
# 逃犯條例 (unmarked) nothing; the quoted movement and role words TERM
TERM	「反送中」
TERM	「反送中」
TERM	「旁聽師」
TERM	「探監師」
TERM	「私飯」
TERM	「手足」
QUANT	80歲
# 『招呼』 cited inside speech TERM — doubtful (part of the speech the other reading)
TERM	『招呼』
# 香港人 → 香港 (a place before a word for its people, as 臺灣人民 → 臺灣; 港人 stays out); the photo credit PER
LOC	香港
PER	Samson Huang
LOC	香港
LOC	香港
LOC	香港
*PER	王(?=伯伯)
""",
}
