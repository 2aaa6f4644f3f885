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
    "press-mo-dsf-public-procurement-law-briefings-2026": r"""
DOC	《公共採購法》
DOC	《公共採購法施行細則》
DATE	9月1日
ORG	財政局
# 澳門第10/2025號法律 → the jurisdiction LOC; the law and regulation numbers nothing (as the case number of batch 20)
# — doubtful (DOC as a 发文字号 the other reading)
LOC	澳門
DOC	《公共採購法》
DOC	《公共採購法施行細則》
DATE	2026年9月1日
DOC	《公共採購法》
# 特區政府, 公共採購網站, 供應商資料庫 nothing; the URL nothing; 逾6,600間 → 6,600間
QUANT	6,600間
ORG	財政局
ORG	財政局
# 7月中 and 8月下旬 DATE (batch 37's 10月中, batch 11's 8月下旬)
DATE	7月中
DATE	8月下旬
DOC	《公共採購法》
DOC	《公共採購法施行細則》
DATE	9月下旬
# 兩場, 四場 (Chinese numerals) nothing; 逾580人次 → 580人次
QUANT	580人次
ORG	財政局
DATE	7月下旬
ORG	中華總商會
# 二十多個 nothing
ORG	澳門青年創業孵化中心
ORG	行政公職局
TERM	“商社通”
QUANT	420人次
ORG	財政局
DOC	《公共採購法》
# 本澳 nothing
ORG	財政局
""",
    "press-mo-gcs-government-headquarters-open-day-flower-show-2026": r"""
# 政府總部 (the building complex opened to visitors) LOC each time, as 政府總部公民廣場 (batch 41) — doubtful (ORG the
# other reading); 2026開放日 → DATE 2026 (a year before an event's name, as 2022中国品牌论坛) — doubtful
LOC	政府總部
DATE	2026
LOC	政府總部
# 本月10日（周六）及11日（周日） one DATE (listed days one DATE, batch-25 D-27), the weekday in brackets inside, the
# last one out — doubtful; 上午9時至下午6時 nothing
DATE	10日（周六）及11日
LOC	政府總部
LOC	禮賓樓
TERM	“自然共融・和諧澳門”
LOC	澳門特區
TERM	“三五”
# 警察銀樂隊 (the police band) ORG, 演藝學院 ORG
ORG	警察銀樂隊
ORG	演藝學院
LOC	政府總部
# 政府總部禮賓樓 one LOC (a chain); 南歐 LOC; 多功能廳 nothing (no name); 蓮花廳 LOC (a named hall); the quoted halls
# LOC without the marks (as batch 20's quoted venues) — doubtful
LOC	政府總部禮賓樓
LOC	擺華巷
LOC	南歐
LOC	蓮花廳
LOC	禮賓樓
LOC	綠廳
LOC	黃廳
LOC	藍廳
LOC	澳門特區
TERM	“三五”
TERM	“三五”
LOC	禮賓樓
LOC	禮賓樓
LOC	政府總部
TERM	“自然共融・和諧澳門”
QUANT	20種
LOC	政府總部
# the show's display areas: 禮賓樓 inside them LOC, the areas themselves nothing (as plan sections) — doubtful
LOC	禮賓樓
LOC	禮賓樓
TERM	“自然共融・和諧澳門”
LOC	澳門
LOC	澳門
LOC	禮賓樓
ORG	治安警察局銀樂隊
# 演藝學院音樂學校和舞蹈學校 → ORG 演藝學院音樂學校 + ORG 舞蹈學校 — doubtful (the second by distribution)
ORG	演藝學院音樂學校
ORG	舞蹈學校
ORG	郵電局
LOC	政府總部
# 南灣湖畔 one LOC (as 澳門南灣雅文湖畔, batch 2)
LOC	南灣湖畔
LOC	擺華巷
LOC	政府總部禮賓樓
LOC	擺華巷
LOC	擺華巷
LOC	禮賓樓
LOC	政府總部
ORG	地球物理氣象局
# the URL nothing; 360度 QUANT
QUANT	360度
TERM	“虛擬旅程”
LOC	政府總部禮賓樓
# the quoted app's name TERM with its marks — doubtful (ORG 特首辦 inside the other reading)
TERM	“澳門特首辦”
LOC	政府總部
""",
    "press-tw-cdc-world-health-day-one-health-action-plan-2026": r"""
ORG	疾管署
# 2026年世界衛生日 → 2026年 (the day's name nothing)
DATE	2026年
TERM	「Together for health. Stand with science」
ORG	行政院
# the quoted programme TERM with its marks and the years inside (as the quoted plans of batch 29) — doubtful (DOC)
TERM	「國家防疫一體聯合行動計畫（2026-2030）」
# 衛福、農業、環境、內政 (cut names of ministries) nothing; 約103億元 → 103億元; 五大 (Chinese numeral) nothing
QUANT	103億元
ORG	疾管署
DATE	2026年
DATE	4月7日
ORG	WHO
TERM	「Together for health. Stand with science（與科學同行，共同守護健康）」
TERM	「防疫一體（One Health）」
# the unquoted programme name as a line heading → its years DATE (as 114-115, batch 41) — doubtful
DATE	2026-2030
ORG	行政院
ORG	衛生福利部
ORG	農業部
ORG	環境部
ORG	內政部
QUANT	新台幣103.89億元
TERM	「建立系統性的預防、偵測與應對機制」
# item numbers nothing; 台灣（全國政策…） → 台灣; the footer as in the other CDC releases
LOC	台灣
DATE	2026-04-26
ORG	衛生福利部疾病管制署
""",
    "press-tw-president-taiwan-us-trade-agreement-press-conference-2026": r"""
# 台美 → 台 + 美, 對美 / 輸美 / 赴美 → 美, 來臺 → 臺 (one-character places, as 臺日); 臺灣 and 美國 everywhere by
# regex below, not inside the quoted titles; N大 with a digit QUANT (batch 22's 9大), 三大 nothing
QUANT	６大
QUANT	5大
QUANT	3大
# 立院 (立法院's short name) ORG
ORG	立院
# the quoted meeting and the quoted agreements TERM with their marks (batch 1's 「經濟合作協定」); the English name in
# brackets (Agreement on Reciprocal Trade，ART) nothing — doubtful (TERM, a second name, the other reading)
TERM	「因應台美簽署貿易協議新局」
TERM	「台美對等貿易協定」
DATE	今（13）日
TERM	「因應台美簽署貿易協議新局」
TERM	「台美對等貿易協定」
TERM	「台美投資備忘錄」
QUANT	5項
# the quoted task force ORG without its marks; 卓院長 → 卓 (a surname with its title, as 韓院長 → 韓)
ORG	國家經濟戰略指導小組
ORG	經濟發展委員會
TERM	「台美投資備忘錄」
TERM	「對等貿易協定」
QUANT	6大
# 232關稅 / 232條款 (a section number) nothing; 自由貿易協定（FTA）, FTA unquoted nothing
QUANT	15%
QUANT	261項
QUANT	1,811項
QUANT	2,072項
QUANT	35.78%
QUANT	12.33%
QUANT	93項
QUANT	27項
# TRQ nothing; 第3年 (ordinal) nothing
QUANT	15項
QUANT	31項
TERM	「工業韌性」
QUANT	20項
QUANT	20年
# MRL nothing; 國際標準食品法典委員會（Codex） → ORG 食品法典委員會 + ORG Codex (a second name its own span); 我國 nothing
ORG	食品法典委員會
ORG	Codex
TERM	「台美21世紀貿易倡議」
TERM	「台美投資備忘錄」
TERM	「臺灣模式」
QUANT	5項
TERM	「臺灣模式」
TERM	「製造業重返美國」
TERM	「立足臺灣，布局全球，行銷全世界」
DOC	《因應國際情勢強化經濟社會及民生國安韌性特別條例》
QUANT	930億元
TERM	「因應美國關稅我國出口供應鏈支持方案」
QUANT	200億元
QUANT	300億元
QUANT	460億元
TERM	「外銷貸款優惠保證加碼」
TERM	「中小微企業多元發展貸款加碼」
TERM	「研發轉型補助」
TERM	「爭取海外訂單」
TERM	「國家高科技安全管制專案」
TERM	「MIT，Made in Taiwan」
TERM	「臺灣模式」
ORG	國家經濟戰略指導小組
ORG	經濟發展委員會
DOC	《條約締結法》
TERM	「對等貿易協定」
TERM	「台美投資備忘錄」
# 國安會 ORG; ministers' titles give their bodies (經濟部長 → 經濟部, batch-1 dev decision 4); 美國政府 ORG whole (as
# 韓國政府); 臺灣人 → 臺灣; 國人, 國安團隊, 非紅供應鏈 nothing
*ORG	美國政府|行政院|立法院|總統府|國安會|農業部|經濟部|衛生福利部|外貿協會|歐盟
*PER	賴清德|卓榮泰|蕭美琴|潘孟安|吳釗燮|龔明鑫|陳駿季|石崇良|鄭俊昇|卓(?=院長)
*LOC	臺灣|美國|日本|韓國|中國|歐洲|台(?=美)|(?<=台)美|(?<=[對輸赴])美|(?<=來)臺
""",
    "press-tw-president-world-cancer-day-video-address-2026": r"""
# 世界癌症日 unquoted nothing (a day's name); the quoted event TERM whole with its year inside
LOC	臺灣
TERM	「2026世界癌症日」
PER	賴清德
DATE	今（4）日
TERM	「2026世界癌症日」
TERM	「預防、篩檢、治療與照護」
# 國家癌症防治計畫, 癌症新藥基金 unquoted nothing; 在2030年前 → 2030年; 三分之一 nothing
DATE	2030年
LOC	臺灣
ORG	癌症希望基金會
ORG	高雄市政府
TERM	「健康台灣、讓希望滾動全台」
# 基金會 alone nothing; 三天, 四百公里 (Chinese numerals) nothing; 健康臺灣 unquoted → the place
PER	羅盛典
LOC	臺灣
ORG	國際抗癌聯盟
# 第2位 (a rank) nothing; 約1千萬人 → 1千萬人; 十大 nothing
QUANT	1千萬人
LOC	臺灣
QUANT	43年
LOC	臺灣
DATE	2030年
TERM	「預防、篩檢、治療與照護」
QUANT	28億元
QUANT	68億元
QUANT	106萬人次
QUANT	536萬人次
LOC	臺灣
TERM	「癌症新藥基金」
# 去年10月 → 10月
DATE	10月
QUANT	20項
QUANT	16項
QUANT	1萬2,300人
QUANT	122億元
LOC	臺灣
""",
    "press-tw-tainan-shuijiaoshe-sky-arts-festival-national-day-2026": r"""
PER	黃偉哲
# 2026水交社晴空藝術節 unquoted → the place inside (batch 22), the year nothing; 空軍眷村 → ORG 空軍 inside (the
# body a kind of village is named by) — doubtful (nothing the other reading)
LOC	水交社
LOC	水交社
ORG	空軍
# the Tainan header, the clock out
ORG	新聞及國際關係處
DATE	115年10月5日
PER	陳涵文
TERM	「2026水交社晴空藝術節」
# 國慶連假, 雙十節, 雙十連假 nothing; 台南市長 → 台南市 (D-14)
DATE	10月9日至11日
LOC	台南市
PER	黃偉哲
DATE	今（5）日
LOC	水交社文化園區
LOC	台南
TERM	「軍事文化、眷村記憶與親子同樂」
# the unquoted activities (晴空大遊行, 雷虎小兵爭霸戰 …) nothing
LOC	水交社
PER	黃偉哲
LOC	水交社
ORG	空軍
# F-51, F-86 (aircraft types) nothing; 市府 nothing
TERM	「晴空藝術節」
LOC	水交社
ORG	空軍
LOC	水交社
PER	黃偉哲
TERM	「晴空大遊行」
TERM	「大手牽小手」
LOC	水交社
ORG	文化局
DATE	10月10日
TERM	「晴空大遊行」
# performing groups ORG whole (a school's or team's troupe with its owner, as 长春大众卓越女足); 台南高商與成大南工
# 聯合旗隊 → the two schools ORG (the joint team has no name) — doubtful
ORG	FOCASA馬戲團
ORG	志開國小戰鼓隊
ORG	擇仁幼兒園
TERM	「小王子飛行記」
ORG	台南高商
ORG	成大南工
ORG	家齊女中海藍天儀隊
ORG	空軍官校軍樂隊
# 國軍寶寶 (the forces' mascots) → ORG 國軍 inside — doubtful
ORG	國軍
ORG	統一獅啦啦隊
# the cheerleaders' stage names PER (as 香蕉哥哥, batch 22) — doubtful; the mascots 菜奇鴨, 夜奇鴨 nothing — doubtful
PER	萊恩
PER	盈盈
LOC	台南
TERM	「雷虎小兵爭霸戰」
# 雷虎戰機, 三發圖書車 nothing; 桂子山觀日 → the hill LOC
LOC	桂子山
# 雷虎小組 (the aerobatic team) ORG
ORG	雷虎小組
TERM	「AT-3空軍帽及臂章」
TERM	「黃龍平安刺繡釦飾」
# 台南百年布莊錦源興 → LOC 台南 + ORG 錦源興 (百年 nothing)
LOC	台南
ORG	錦源興
TERM	「巷仔Niau摺疊托特包」
LOC	水交社
LOC	水交社
# 市議員 (no place) nothing; 立委 … 服務團隊 → the members' names (batch 43)
PER	周麗津
PER	陳亭妃
PER	林俊憲
""",
    "press-tw-tainan-water-resources-dredging-funds-rebuttal-2026": r"""
# 中央, 市府, 地方政府 nothing throughout
LOC	臺南市
LOC	臺南市
ORG	臺南市政府
# 114年底 one DATE (年底 belongs to its year)
DATE	114年底
LOC	臺南市
ORG	內政部國土管理署
TERM	「前瞻雨水特別預算」
QUANT	100%
# 全國第一 nothing
ORG	經濟部水利署
TERM	「前瞻縣市管河川及區域排水整體改善計畫」
DATE	114年
QUANT	99%
PER	黃偉哲
# typhoon names (莫拉克颱風, 凱米颱風) nothing — doubtful (no precedent); 約5.5萬公頃 → 5.5萬公頃; 114年0802豪雨 →
# one DATE 114年0802 (the storm named by its date, batch 22's 0822豪雨, with its year) — doubtful (114年 + 0802)
DATE	98年
QUANT	5.5萬公頃
DATE	113年
QUANT	335公頃
DATE	114年0802
QUANT	130公頃
LOC	臺南
ORG	水利局
TERM	「10年重現期」
# place + 地區 one LOC (batch-27 D); 200年重現期 unquoted → 200年 QUANT — doubtful
LOC	台北地區
QUANT	200年
TERM	「1150822豪雨事件」
# 三爺溪集水區 one LOC (the creek's catchment, as place + 地區) — doubtful (LOC 三爺溪 the other reading)
LOC	三爺溪集水區
QUANT	24小時
QUANT	480毫米
ORG	臺南市政府
ORG	監察院
DATE	108年
QUANT	10.7萬噸
# 113年度 DATE with its 度
DATE	113年度
QUANT	77萬噸
# 市府水利局 → 水利局 (市府 nothing); 水利局官方網站 → the body inside
ORG	水利局
ORG	水利局
""",
    "press-tw-vice-president-hsinchu-air-force-visit-2026": r"""
# 新竹地區 one LOC (place + 地區, batch-27 D); 空軍 ORG (batch 23); 國軍 ORG (batch 23)
LOC	新竹地區
ORG	空軍
LOC	新竹地區
PER	蕭美琴
DATE	今（9）日
LOC	新竹地區
ORG	空軍
ORG	空軍
ORG	國軍
# 今日 nothing; 副秘書長 names no body (the council's by distribution) — its holder PER alone
ORG	國家安全會議
PER	劉得金
PER	林飛帆
ORG	空軍司令部
PER	李慶然
""",
}
