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
    "gw-tw-ey-controlled-drugs-schedule-amendment-notice-2009": r"""
# 行政院公告 → 行政院 (as 行政院令); the schedule's and the act's names in 「」 TERM with their marks (a title quoted in
# 「」, batch-20 D, batch 41) — doubtful (batch 25's pass 1 read a quoted regulation name DOC)
ORG	行政院
TERM	「管制藥品分級及品項」
DATE	98年4月9日
ORG	行政院
DATE	中華民國98年4月9日
DOC	院臺衛字第0980014883號
TERM	「管制藥品分級及品項」
# the date in Chinese numerals with 中華民國 one DATE (batch 41)
DATE	中華民國九十八年四月九日
TERM	「管制藥品管理條例」
TERM	「管制藥品分級及品項」
QUANT	1份
# 院　　長　劉兆玄 → the name; the unmarked title line, 第三級 / 第四級, item numbers (23、, 71、) and the drugs' names
# (PMEA, Zaleplon, 4-Methoxy-N-ethylamphetamine) nothing
PER	劉兆玄
""",
    "gw-tw-ey-exam-yuan-school-staff-retirement-act-effective-dates-order-2009": r"""
# 行政院、考試院令 → both Yuans (batch 25); the acts' names in 「」 TERM with their marks; article numbers nothing
ORG	行政院
ORG	考試院
DATE	89年1月12日
TERM	「學校教職員退休條例」
TERM	「學校教職員撫卹條例」
DATE	88年7月1日
DATE	96年7月11日
TERM	「學校教職員退休條例」
DATE	97年1月1日
DATE	96年7月13日
ORG	行政院
ORG	考試院
# （補登） nothing
DATE	中華民國98年4月6日
DOC	院授人給字第0980064534號
DOC	考臺組貳二字第09800019171號
# dates in Chinese numerals DATE, with 中華民國 when written (batch 41; 一九九六年二月六日, batch 10)
DATE	中華民國八十九年一月十二日
TERM	「學校教職員退休條例」
TERM	「學校教職員撫卹條例」
DATE	八十八年七月一日
DATE	中華民國九十六年七月十一日
TERM	「學校教職員退休條例」
DATE	九十七年一月一日
DATE	九十六年七月十三日
PER	劉兆玄
# the spaced two-character name with its space (batch 25)
PER	關　中
""",
    "news-hk-hkcnews-admiralty-overnight-protesters-persuade-police-2019": r"""
# 反送中 (unquoted campaign word) nothing — doubtful (LOC 中 the other reading); 2度 QUANT (as 12次); clock times,
# 二、三百名, 逾五十名, 約百人, 十多警員, 約一個鐘 (no digit) nothing; 近200萬 → 200萬 (a bare 萬 number, batch 41)
QUANT	2度
LOC	夏愨道
QUANT	200萬
LOC	金鐘
LOC	夏愨道
# 立法會示威區 one LOC (the council's demonstration area, a place) — doubtful (ORG 立法會 the other reading); its
# nickname in 「」 LOC without the marks (a quoted place name) — doubtful (TERM with the marks the other reading)
LOC	立法會示威區
LOC	煲底
LOC	煲底
LOC	龍和道
LOC	夏愨道
# 「談判」 a quoted single word TERM (batch 20's “圈地”); quoted speech nothing
TERM	「談判」
# 夏愨道天橋 one LOC (a named footbridge); （中環方向） → 中環
LOC	夏愨道天橋
LOC	中環
LOC	龍和道
LOC	夏愨道
LOC	夏愨道天橋
ORG	美聯社
ORG	美聯社
# 立法會「煲底」 → ORG 立法會 (the council's name) + LOC 煲底 — doubtful (LOC for the building the other reading)
ORG	立法會
LOC	煲底
# the video embeds (URLs) nothing; 民主派議員 nothing, the members' names PER
LOC	夏愨道天橋
PER	陳志全
PER	楊岳橋
PER	譚文豪
PER	張超雄
PER	許智峯
LOC	夏愨道
LOC	灣仔
ORG	美聯社
# 立法會民主派議員 → the council (立法會議員 → 立法會, batch 29); the photo credit 莊曉彤攝 → the name (batch 20)
ORG	立法會
PER	莊曉彤
LOC	夏愨道
ORG	美聯社
LOC	夏愨道
LOC	添美道
LOC	夏愨道
QUANT	30人
LOC	夏愨道
LOC	公民廣場
LOC	夏愨道
ORG	美聯社
LOC	夏愨道
LOC	添美道
ORG	立法會
LOC	煲底
LOC	龍和道
LOC	夏愨道
# the 眾新聞 footer as in earlier batches; the URL nothing
ORG	眾新聞
TERM	「每周時事」
""",
    "news-tw-cna-new-taipei-pork-sold-as-mutton-inspection-2023": r"""
# 新北攤商 → 新北; 最重可罰400萬 → 400萬
LOC	新北
QUANT	400萬
# the CNA dateline as in earlier 中央社 stories; slash dates DATE (as 2024/10/18), the clock times out; （8/23 15:31 更新）
# → DATE 8/23 (M/D, batch 41's 1/18-1/24)
DATE	2023/8/23
DATE	8/23
ORG	中央社
PER	沈佩瑤
LOC	台北
DATE	23日
LOC	新北市
# 大台北果菜市場 LOC (a market place, named by its region) — doubtful (ORG, the market company, the other reading)
LOC	大台北果菜市場
ORG	食藥署
QUANT	400萬元
# CTWANT網站 → ORG CTWANT; a place chain one LOC (新北市蘆洲區); 二度 nothing
ORG	CTWANT
LOC	新北市蘆洲區
LOC	大台北果菜市場
# the company's registered name ORG, its bracketed short name ORG (two spans)
ORG	台灣檢驗科技股份有限公司
ORG	SGS
# a centre with its parents one ORG (batch-20 D)
ORG	衛生福利部食品藥物管理署北區管理中心
PER	劉芳銘
ORG	新北市衛生局
LOC	紐西蘭
LOC	澳洲
PER	劉芳銘
# 5到7天 one QUANT (a range)
QUANT	5到7天
ORG	食藥署
PER	林金富
# 食品安全衛生管理法, 刑法 (unmarked) nothing; the currency before the amount inside the QUANT, a range one QUANT
QUANT	新台幣4萬到400萬元
PER	林金富
# 國內, 地方衛生局 nothing; 民國109年 DATE (民國 with the year)
DATE	民國109年
QUANT	55件
QUANT	3件
QUANT	2件
QUANT	8萬元
# 中華民國刑法 (an unmarked law's full name) → the state inside (batch 20's oath law) — doubtful
LOC	中華民國
QUANT	1年
QUANT	3萬元
PER	李亨山
# the trailing code 1120823 nothing; the hashtags → the names without # (no precedent) — doubtful; #豬肉 nothing
PER	林金富
ORG	食藥署
PER	劉芳銘
# 延伸閱讀: the related headlines' entities count (batch 2's related links); 越南茶 / 台灣茶 → the places (as 吉林大米);
# 福島核處理水 → 福島; 日本水產 → 日本; the quoted 「富含」 TERM
LOC	越南
LOC	台灣
PER	林金富
LOC	福島
ORG	食藥署
LOC	日本
ORG	食藥署
TERM	「富含」
PER	劉芳銘
ORG	食藥署
""",
    "press-mo-psp-chinese-style-drill-national-day-debut-2026": r"""
# the headings and 中式隊列步操 nothing
TERM	“一國兩制”
# 澳門保安部隊 ORG (the forces' name); 保安部門, 今日 nothing; 愛國愛澳 → 澳 (as 港人治港 → 港, batch 20) — doubtful
ORG	澳門保安部隊
LOC	澳
# 保安司司長 → 保安司 (財政司司長 → 財政司, batch 31); the garrison one ORG (as 解放軍駐澳部隊 in this batch)
ORG	保安司
ORG	中國人民解放軍駐澳門部隊
DATE	2025年5月
ORG	澳門保安部隊高等學校
ORG	澳門海關
ORG	治安警察局
ORG	消防局
# 駐澳門部隊軍營 one LOC (barracks named by their unit, as 南灣財政局大樓) — doubtful (ORG 駐澳門部隊 the other reading)
LOC	駐澳門部隊軍營
LOC	澳門
# a bureau with its ministry one ORG (batch-20 D); 中聯辦警務聯絡部 likewise
ORG	公安部特勤局
ORG	珠海邊檢總站
ORG	中聯辦警務聯絡部
ORG	保安司
ORG	治安警察局
# 本年5月下旬 → 5月下旬; 一個月 nothing
DATE	5月下旬
ORG	澳門保安部隊
LOC	橫琴
# 回澳 → 澳
LOC	澳
ORG	治安警察局
# 治安警察局護旗隊 one ORG (a unit with its body, as in the held-out reception release) — doubtful
ORG	治安警察局護旗隊
# 澳門特別行政區區旗 → the region (the flag named by its place)
LOC	澳門特別行政區
LOC	澳門
TERM	“一國兩制”
LOC	澳門特別行政區
TERM	“護國守澳、忠廉實幹”
ORG	治安警察局
# 92式 (a model number), 三軍儀仗指揮刀, 中華民族, 祖國, 三款 nothing; the counted gems and provinces QUANT
QUANT	34顆
QUANT	34個
QUANT	56顆
QUANT	56個
DATE	10月1日
ORG	治安警察局護旗隊
# 保安範疇儀仗隊 ORG (a standing unit) — doubtful
ORG	保安範疇儀仗隊
LOC	金蓮花廣場
LOC	澳門
""",
    "press-mo-um-national-day-flag-raising-2026": r"""
# 澳大 ORG (the university's short name); 國慶日 nothing
ORG	澳大
LOC	中華人民共和國
QUANT	77周年
# the university's flag-guard team one ORG (a standing student body named with its university) — doubtful (ORG
# 澳門大學 alone the other reading)
ORG	澳門大學國旗儀仗隊
DATE	今（1）日
ORG	澳大
# 澳大蓮花廣場 → ORG 澳大 + LOC 蓮花廣場 (as 明德學院明志楼, batch 20); 博雅之璧 LOC (a landmark); 刀手, 旗台 nothing
ORG	澳大
LOC	蓮花廣場
ORG	澳大
ORG	澳大國旗儀仗隊
LOC	博雅之璧
ORG	澳大國旗儀仗隊
PER	林國誠
# the record's spaces inside 77 周年 / 90 周年 (batch 41's spaced dates); 祖國 nothing
QUANT	77 周年
ORG	中國工農紅軍
QUANT	90 周年
ORG	澳大
ORG	澳大國旗儀仗隊
# 愛國愛澳 → 澳 (as in the PSP release) — doubtful; 新時代 nothing
LOC	澳
LOC	澳門
ORG	澳大
PER	莫啓明
# the colleges ORG, the heads' names PER
ORG	曹光彪書院
PER	劉潤東
ORG	鄭裕彤書院
PER	黃承發
ORG	張崑崙書院
PER	黃民聰
ORG	蔡繼有書院
PER	黃值富
ORG	呂志和書院
PER	藍志雄
ORG	滿珍紀念書院
PER	張國祥
ORG	紹邦書院
PER	譚錫忠
PER	彭執中
QUANT	500人
""",
    "press-tw-tainan-mayor-family-carnival-youth-dance-2026": r"""
PER	黃偉哲
TERM	「青春舞林」
# the Tainan header: the office ORG, the date DATE (time out), the writer PER (batch 9, batch 10)
ORG	新聞及國際關係處
DATE	115年10月4日
PER	陳涵文
# 2026台南「世代躍動」幸福嘉年華 → LOC 台南 + the quoted theme TERM (an unquoted event → the place inside, the year
# nothing, as 2026台灣燈會 in this batch) — doubtful
LOC	台南
TERM	「世代躍動」
DATE	今（4）日
# 中信金融管理學院 ORG (a college named as the venue) — doubtful (LOC as a venue the other reading)
ORG	中信金融管理學院
TERM	「青春舞林」
# 台南市長 → 台南市 (D-14)
LOC	台南市
PER	黃偉哲
PER	黃偉哲
# 東森YOYO (a channel), 東森電視 ORG; the quoted show 「萌學園」 TERM
ORG	東森YOYO
ORG	東森電視
TERM	「萌學園」
LOC	台南
ORG	中信金融管理學院
PER	黃偉哲
TERM	「世代躍動」
TERM	「青春舞林」
LOC	台南
QUANT	13項
LOC	台南
LOC	台南
# 國際卡通IP互動區 nothing; 迪士尼專區 → ORG 迪士尼 (the brand's zone) — doubtful; the mascots (菜奇鴨, 夜奇鴨, 魚頭君)
# nothing — doubtful; YOYO藝人 → ORG YOYO (the channel's artists) — doubtful; 市府 nothing
ORG	迪士尼
ORG	YOYO
""",
    "press-tw-tainan-penghu-ferry-anping-magong-maiden-voyage-2026": r"""
# 澎湖輪 (a ship named by its place) → LOC 澎湖 each time (as 长江口二号古船 → 长江口, batch 20) — doubtful (nothing,
# a vehicle, the other reading); 安平－馬公 (unquoted) two LOC
LOC	澎湖
LOC	安平
LOC	馬公
PER	黃偉哲
LOC	台南
ORG	新聞及國際關係處
DATE	115年10月2日
PER	何帆
# the bureau after its city government one ORG (batch-31 D)
ORG	台南市政府觀光旅遊局
ORG	台灣航業股份有限公司
LOC	澎湖
# the quoted route 「安平－馬公」 TERM with the marks — doubtful (LOC 安平 + LOC 馬公 the other reading)
TERM	「安平－馬公」
DATE	今(2)日
LOC	安平商港
LOC	澎湖
QUANT	520位
# 台南府城 one LOC (the city with its old name, a chain)
LOC	台南府城
LOC	澎湖
PER	姜淋煌
PER	黃偉哲
PER	黃偉哲
LOC	安平
LOC	安平商港
DATE	114年
LOC	安平
LOC	馬公
ORG	台航公司
LOC	澎湖
LOC	安平
LOC	馬公
LOC	台南
LOC	南台灣
PER	姜淋煌
LOC	澎湖
QUANT	520名
LOC	台南
LOC	澎湖
LOC	澎湖
LOC	台南
# 觀光旅遊局長 → 觀光旅遊局 (as 交通部長 → 交通部)
ORG	觀光旅遊局
PER	林國華
LOC	澎湖
LOC	安平
LOC	馬公
ORG	台南市旅行商業同業公會
TERM	「雙城跳島三日遊」
# 近九成 nothing
LOC	安平
LOC	馬公
ORG	觀旅局
LOC	澎湖
# quoted award names TERM whole with the marks (the year and 德國 inside stay)
TERM	「TAIWAN Hi海運品牌金獎」
TERM	「2025年德國iF設計獎」
LOC	台南
# other ships (快樂公主號, 麗娜輪, 探索夢號, 奧德賽, 海洋富士號) nothing — doubtful; place chains one LOC
LOC	台南安平
LOC	澎湖馬公
LOC	安平港
LOC	澎湖
# 港務公司 ORG (the port company's short name) — doubtful; 市府 nothing
ORG	港務公司
LOC	安平
LOC	馬公
LOC	台灣
ORG	交通部航港局
PER	饒智平
PER	陳亭妃
# 市議員 (no place written) nothing; 立委林俊憲服務處 → the member's name; 各議員服務處 nothing
PER	陳怡珍
PER	許至椿
PER	李啟維
PER	林俊憲
# temples LOC (batch 22, 23): 安平開台天后宮, 西來庵; 媽祖 (a deity) and 八家將 nothing — doubtful
LOC	安平開台天后宮
LOC	西來庵
PER	黃偉哲
LOC	台南
LOC	澎湖
ORG	台航
QUANT	80周年
LOC	澎湖
LOC	安平
""",
}
