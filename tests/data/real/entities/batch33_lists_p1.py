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
    "press-mo-explore-macau-practical-information-page": r"""
# a currency before the number one QUANT with the spaces (batch-20 D: 人民幣28,200元), 12 岁 and 30 日 QUANT with the space
QUANT	澳门币 6 元
QUANT	澳门币 6 元
# 中国内地 one LOC (a legally named area with its country, batch-31 D, as 中國大陸); 内地 alone nothing
LOC	中国内地
DATE	2022年11月29日
LOC	珠海
# the numbers before 小时内 / 日内 (lost by the HTML reader until session 21 kept <label> text; added by the
# lead on the new text, as 12 岁 and 30 日: durations QUANT with the space); 三天两次 nothing
QUANT	48 小时
QUANT	48 小时
QUANT	7 日
QUANT	24 小时
TERM	“入境许可”
TERM	“口岸签证”
QUANT	澳门元 200 元
QUANT	澳门元 300 元
QUANT	澳门元 400 元
QUANT	澳门元 600 元
QUANT	12 岁
QUANT	澳门元 100 元
QUANT	澳门元 200 元
QUANT	澳门元100 元
QUANT	澳门元 200 元
TERM	“入境及逗留许可”
QUANT	30 日
ORG	澳门治安警察局
# the police department with its body one ORG; the URL, phone and mail nothing, 澳门区号 → 澳门
ORG	澳门治安警察局出入境管制厅
LOC	中国内地
# the three carriers' short names ORG — doubtful (generic words the other reading)
ORG	电信
ORG	联通
ORG	移动
ORG	微信
TERM	「出境流量包」
ORG	支付宝
TERM	「境外流量」
# 中葡文 (languages) nothing; every other 澳门 LOC, 澳门半岛 / 氹仔 / 路环 LOC
*LOC	澳门半岛|氹仔|路环
*LOC	澳门
""",
    "press-tw-president-office-santo-akiko-audience-2026": r"""
# 日本參議院 one ORG (a country before its national body); after 接見 the quoted visitor loses its marks: the designation
# gives the body and the person (batch-16 D)
ORG	日本參議院
PER	山東昭子
ORG	日本參議院
PER	山東昭子
PER	賴清德
DATE	今（4）日
ORG	日本參議院
PER	山東昭子
DATE	2024年
# the quoted caucus 「日華懇」 ORG without the marks (a quoted organisation name)
ORG	日華懇
# 友台決議文 → 台 (as 對台 → 台) — doubtful
PER	高市早苗
# 臺海 LOC; 印太區域 one LOC (as 印太地區, batch-27 D) — doubtful
LOC	臺海
LOC	印太區域
ORG	APEC
PER	林信義
# 馬年 nothing
PER	高市早苗
ORG	日本政府
QUANT	40位
ORG	日本台灣交流協會
# the association's office by its city ORG (as 台北辦事處, batch-16 D)
ORG	台北事務所
PER	片山和之
ORG	外交部
PER	葛葆萱
ORG	臺灣日本關係協會
PER	林郁慧
# 總統府 LOC where one comes to it, ORG before its secretary-general (batch-27 D)
LOC	總統府
ORG	總統府
PER	潘孟安
# repeated names: 山東 (山東前議長, the surname with a title), 高市 (首相), 賴 (總統); 臺日 → 臺 + 日 (as 中葡); 來臺, 訪臺
# → 臺; every remaining 臺灣 (臺灣人民 → 臺灣) and 日本 (日本國民, 日本政壇, 日本社會 → 日本)
*PER	山東|高市|賴(?=總統)
*LOC	臺(?=日)|(?<=臺)日|(?<=[來訪])臺|(?<=友)台
*LOC	臺灣|日本
""",
    "press-tw-tainan-kumamoto-governor-visit-2026": r"""
ORG	新聞及國際關係處
DATE	115年10月5日
LOC	台南市
# a country before its prefecture one LOC (as 美国肯塔基州)
LOC	日本熊本縣
# 今（115）年7月28日 one DATE (as 今(115)年, batch 31)
DATE	今（115）年7月28日
DATE	9月12日
QUANT	5500萬日圓
DATE	今（5）日
PER	木村敬
ORG	熊本縣議會
PER	内野幸喜
QUANT	8名
# the bureau after its city government one ORG (batch-31 D)
ORG	台南市政府新聞及國際關係處
PER	蘇恩恩
ORG	社會局
PER	郭乃文
DATE	9月
DATE	9月
ORG	熊本縣議會
ORG	熊本縣議會
# the friendship region and its three towns LOC
LOC	宇城地域
LOC	宇土市
LOC	宇城市
LOC	美里町
DATE	9月12日
ORG	全家便利商店
# local products → the place inside (阿蘇牛乳 → 阿蘇, 熊本麥味噌 → 熊本, as 吉林大米); 不知火柑橘 (a variety) nothing
LOC	阿蘇
# repeated names: 黃偉哲 / 黃 (市長), 木村敬 / 木村 (知事); 台日 → 台 + 日; 台灣; 台南市 / 台南 and 熊本縣 / 熊本 every
# time (台南市民 → 台南, 熊本縣民 → 熊本: the place before a word for its people, without its level word)
*PER	黃偉哲|黃(?=市長)|木村敬|木村|内野幸喜
*LOC	台(?=日)|(?<=台)日(?=雙方)
*LOC	台灣|台南市(?!民)|台南|熊本縣(?!民)|熊本|宇城地域
""",
    "report-cn-gaotie-second-team-party-congress-reflections": r"""
# the crew team by its name ORG (高铁二队) — doubtful (a unit of the unnamed passenger section); its Party branch one ORG
# (as 河南村党支部, 泾河城服党支部); 我段, 段党委, 纪委, 客运段, 高铁车队, 高铁乘务党支部 (kinds, the section unnamed) nothing;
# 第三次党代会 and the other congresses nothing (events); 五年 nothing
ORG	高铁二队
ORG	高铁二队党总支
ORG	微信
# names spaced out in the signatures PER with their spaces (as 孙 尧, batch 10)
PER	邓  艳
# 何书记 → 何 (a surname with a title)
PER	何
DOC	《党委工作报告》
QUANT	5年
QUANT	5年
QUANT	5年
# the three new lines by their abbreviations LOC each (rail lines)
LOC	郑万
LOC	郑阜
LOC	商合杭
ORG	国铁集团
TERM	“不忘初心，牢记使命”
PER	王双成
ORG	高铁二队
PER	闫颖华
PER	武  林
PER	何
DOC	《党委工作报告》
QUANT	5年
TERM	“不忘初心、牢记使命”
TERM	“三保三增”
PER	李  辉
PER	王  凯
PER	李  巍
TERM	“全心全意为人民服务”
PER	钱  翔
TERM	“四个意识”
PER	焦文娟
DATE	10月18日
DOC	《党委工作报告》
DOC	《纪委工作报告》
PER	崔宝龙
ORG	中国共产党
PER	杨云霞
""",
    "report-tw-taichung-participatory-budget-qa-page": r"""
LOC	臺中市
TERM	「城市權」
LOC	臺中市
QUANT	16 歲
LOC	臺中市
# 專家學者顧問團 (the programme's advisers, no name) nothing; 市府 nothing
TERM	「城市權」
LOC	臺中市
QUANT	12 項
LOC	中區
LOC	大里區
LOC	豐原區
LOC	清水區
QUANT	12 項
QUANT	6項
# the quoted office ORG without the marks; phone and mail nothing
ORG	臺中市參與式預算推動專案辦公室
ORG	臺中市參與式預算推動專案辦公室
""",
}
