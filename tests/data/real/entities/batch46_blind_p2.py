"""Pass 2's BLIND reading lists for batch 46 (branch issue-e46p2-s23): written from the bare text of the
documents (split.tsv batch 46; the four held-out documents first, then the dev ones) without reading pass 1's
lists (branch issue-e46p1-s23) or pass 1's entity files. Same line format as the pass-1 lists ("TYPE<TAB>string"
in reading order; "*TYPE<TAB>regex" for recurring forms, applied after the ordered lines, in the order written,
never over an existing span). Build with reading_lists.Batch(batch46_blind_p2, ...).annotate. Not used by the
gold build. Left exactly as written blind, slips included, from the commit that says "lists complete" on.
"""

LISTS = {}
LISTS["press-mo-ipim-trade-fairs-business-matching-sessions-2026"] = r"""
LOC	澳門
LOC	中
LOC	葡
LOC	西
ORG	澳門特區招商投資促進局
DATE	10月21日至24日
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
LOC	澳
LOC	澳門
LOC	中
LOC	葡
LOC	西
"""
LISTS["press-tw-cdc-covid-vaccine-extra-dose-elderly-immunocompromised-2026"] = r"""
ORG	疾管署
DATE	2026 年 4 月 7 日
QUANT	65 歲
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
QUANT	1 年
QUANT	6 個月
DATE	2026 年 4 月 30 日
ORG	莫德納
ORG	Novavax
LOC	台灣
DATE	2026-03-23
ORG	衛生福利部疾病管制署
"""
LISTS["press-tw-cdc-vaccination-fee-increase-medical-circular-2026"] = r"""
ORG	疾管署
DATE	115年3月1日
QUANT	6歲
QUANT	100元
QUANT	200元
QUANT	150元
ORG	疾管署
ORG	疾病管制署
DATE	115年3月1日
QUANT	6歲
QUANT	7歲
QUANT	新臺幣200元
QUANT	100元
QUANT	新臺幣150元
QUANT	100元
DATE	2026年3月1日
DATE	2026年2月28日
ORG	健保署
DATE	115年3月1日
ORG	疾管署
QUANT	4個月
ORG	疾管署
ORG	衛生福利部中央健康保險署
ORG	疾管署
TERM	「『兒童常規疫苗』、『成人肺炎鏈球菌疫苗』、『新冠疫苗』及『流感疫苗』接種處置費補助作業計畫」
ORG	疾管署
LOC	台灣
DATE	2026-02-26
ORG	衛生福利部疾病管制署
"""
LISTS["press-tw-tainan-youth-startup-loan-coffee-brand-visit-2026"] = r"""
PER	黃偉哲
ORG	哈本咖啡
LOC	台南
ORG	新聞及國際關係處
DATE	115年10月5日
PER	何帆
PER	黃偉哲
DATE	今（5）日
ORG	哈本咖啡
ORG	Happen Coffee
ORG	哈本咖啡
ORG	成大
QUANT	100萬元
ORG	台南市政府
LOC	台南東山
TERM	「市長咖啡」
PER	黃偉哲
ORG	哈本咖啡
ORG	成大
ORG	哈本咖啡
LOC	台南
ORG	總統府
LOC	台南
PER	黃偉哲
DATE	2024年6月4日
QUANT	5年
ORG	哈本咖啡
LOC	台南
LOC	台南
ORG	經濟發展局
PER	張婷媛
LOC	台南
LOC	臺灣
LOC	台南
ORG	哈本咖啡
ORG	哈本咖啡
DATE	2012年
ORG	成功大學
DATE	2021年
TERM	「全台首支酒漬咖啡」
DATE	2024年
ORG	外交部駐釜山辦事處
TERM	「台灣咖啡」
QUANT	200位
LOC	韓國
LOC	台灣
LOC	台灣
LOC	台南市
ORG	台南市政府經濟發展局
ORG	台南市強化企業財務應變推動辦公室
"""
LISTS["press-mo-dsf-public-procurement-law-briefings-2026"] = r"""
DOC	《公共採購法》
DOC	《公共採購法施行細則》
DATE	9月1日
ORG	財政局
LOC	澳門
DOC	第10/2025號法律
DOC	《公共採購法》
DOC	第19/2026號行政法規
DOC	《公共採購法施行細則》
DATE	2026年9月1日
DOC	《公共採購法》
QUANT	6,600間
ORG	財政局
ORG	財政局
DATE	7月中
DATE	8月下旬
DOC	《公共採購法》
DOC	《公共採購法施行細則》
DATE	9月下旬
QUANT	580人次
ORG	財政局
DATE	7月下旬
ORG	中華總商會
ORG	澳門青年創業孵化中心
ORG	行政公職局
TERM	“商社通”
QUANT	420人次
ORG	財政局
DOC	《公共採購法》
ORG	財政局
"""
LISTS["press-mo-gcs-government-headquarters-open-day-flower-show-2026"] = r"""
LOC	政府總部
DATE	2026
LOC	政府總部
DATE	10日
DATE	11日
LOC	政府總部
LOC	禮賓樓
TERM	“自然共融・和諧澳門”
LOC	澳門特區
TERM	“三五”
ORG	警察銀樂隊
ORG	演藝學院
LOC	政府總部
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
LOC	禮賓樓
LOC	禮賓樓
TERM	“自然共融・和諧澳門”
LOC	澳門
LOC	澳門
LOC	禮賓樓
ORG	治安警察局銀樂隊
ORG	演藝學院音樂學校
ORG	郵電局
LOC	政府總部
LOC	南灣湖
LOC	擺華巷
LOC	政府總部禮賓樓
LOC	擺華巷
LOC	擺華巷
LOC	禮賓樓
LOC	政府總部
ORG	地球物理氣象局
QUANT	360度
TERM	“虛擬旅程”
LOC	政府總部禮賓樓
TERM	“澳門特首辦”
LOC	政府總部
"""
LISTS["press-tw-cdc-world-health-day-one-health-action-plan-2026"] = r"""
ORG	疾管署
DATE	2026年
TERM	「Together for health. Stand with science」
ORG	行政院
TERM	「國家防疫一體聯合行動計畫（2026-2030）」
QUANT	103億元
ORG	疾管署
DATE	2026年
DATE	4月7日
ORG	WHO
TERM	「Together for health. Stand with science（與科學同行，共同守護健康）」
TERM	「防疫一體（One Health）」
DATE	2026-2030
ORG	行政院
ORG	衛生福利部
ORG	農業部
ORG	環境部
ORG	內政部
QUANT	新台幣103.89億元
TERM	「建立系統性的預防、偵測與應對機制」
LOC	台灣
DATE	2026-04-26
ORG	衛生福利部疾病管制署
"""
LISTS["press-tw-president-taiwan-us-trade-agreement-press-conference-2026"] = r"""
QUANT	６大
QUANT	5大
QUANT	3大
ORG	立院
TERM	「因應台美簽署貿易協議新局」
TERM	「台美對等貿易協定」
PER	賴清德
DATE	今（13）日
TERM	「因應台美簽署貿易協議新局」
TERM	「台美對等貿易協定」
TERM	「台美投資備忘錄」
QUANT	5項
ORG	立法院
ORG	總統府
ORG	國家經濟戰略指導小組
ORG	行政院
PER	卓
ORG	經濟發展委員會
ORG	行政院
TERM	「台美投資備忘錄」
TERM	「對等貿易協定」
ORG	行政院
PER	卓榮泰
QUANT	6大
QUANT	15%
LOC	日本
LOC	韓國
ORG	歐盟
QUANT	261項
QUANT	1,811項
QUANT	2,072項
QUANT	35.78%
QUANT	12.33%
QUANT	93項
QUANT	27項
QUANT	15項
QUANT	31項
TERM	「工業韌性」
QUANT	20項
QUANT	20年
ORG	國際標準食品法典委員會
ORG	Codex
TERM	「台美21世紀貿易倡議」
TERM	「台美投資備忘錄」
TERM	「臺灣模式」
ORG	美國政府
QUANT	5項
TERM	「臺灣模式」
TERM	「製造業重返美國」
TERM	「立足臺灣，布局全球，行銷全世界」
ORG	行政院
DOC	《因應國際情勢強化經濟社會及民生國安韌性特別條例》
QUANT	930億元
TERM	「因應美國關稅我國出口供應鏈支持方案」
QUANT	200億元
ORG	農業部
QUANT	300億元
ORG	經濟部
QUANT	460億元
TERM	「外銷貸款優惠保證加碼」
TERM	「中小微企業多元發展貸款加碼」
TERM	「研發轉型補助」
TERM	「爭取海外訂單」
ORG	行政院
ORG	外貿協會
ORG	國安會
TERM	「國家高科技安全管制專案」
LOC	中國
LOC	歐洲
LOC	中國
TERM	「MIT，Made in Taiwan」
TERM	「臺灣模式」
ORG	總統府
ORG	國家經濟戰略指導小組
ORG	行政院
PER	卓
ORG	經濟發展委員會
ORG	行政院
ORG	行政院
DOC	《條約締結法》
TERM	「對等貿易協定」
ORG	立法院
TERM	「台美投資備忘錄」
ORG	立法院
ORG	立法院
PER	蕭美琴
ORG	行政院
PER	卓榮泰
ORG	總統府
PER	潘孟安
ORG	國安會
PER	吳釗燮
ORG	經濟部
PER	龔明鑫
ORG	農業部
PER	陳駿季
ORG	衛生福利部
PER	石崇良
ORG	總統府
PER	鄭俊昇
*LOC	臺灣
*LOC	美國
*LOC	台(?=美)
*LOC	(?<=台)美
*LOC	(?<=[對赴輸])美(?!國)
*LOC	(?<=來)臺
"""
LISTS["press-tw-president-world-cancer-day-video-address-2026"] = r"""
LOC	臺灣
TERM	「2026世界癌症日」
PER	賴清德
DATE	今（4）日
TERM	「2026世界癌症日」
TERM	「預防、篩檢、治療與照護」
DATE	2030年
LOC	臺灣
ORG	癌症希望基金會
ORG	高雄市政府
TERM	「健康台灣、讓希望滾動全台」
PER	羅盛典
LOC	臺灣
ORG	國際抗癌聯盟
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
DATE	10月
QUANT	20項
QUANT	16項
QUANT	1萬2,300人
QUANT	122億元
LOC	臺灣
"""
LISTS["press-tw-tainan-shuijiaoshe-sky-arts-festival-national-day-2026"] = r"""
PER	黃偉哲
DATE	2026
LOC	水交社
LOC	水交社
ORG	新聞及國際關係處
DATE	115年10月5日
PER	陳涵文
TERM	「2026水交社晴空藝術節」
DATE	10月9日至11日
LOC	台南市
PER	黃偉哲
DATE	今（5）日
LOC	水交社文化園區
LOC	台南
TERM	「軍事文化、眷村記憶與親子同樂」
LOC	水交社
PER	黃偉哲
LOC	水交社
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
ORG	FOCASA馬戲團
ORG	志開國小戰鼓隊
ORG	擇仁幼兒園
TERM	「小王子飛行記」
ORG	台南高商
ORG	成大南工
ORG	家齊女中海藍天儀隊
ORG	空軍官校軍樂隊
ORG	國軍
ORG	統一獅啦啦隊
PER	萊恩
PER	盈盈
LOC	台南
TERM	「雷虎小兵爭霸戰」
ORG	三發
LOC	桂子山
ORG	雷虎小組
TERM	「AT-3空軍帽及臂章」
TERM	「黃龍平安刺繡釦飾」
LOC	台南
ORG	錦源興
TERM	「巷仔Niau摺疊托特包」
LOC	水交社
LOC	水交社
PER	周麗津
PER	陳亭妃
PER	林俊憲
"""
LISTS["press-tw-tainan-water-resources-dredging-funds-rebuttal-2026"] = r"""
LOC	臺南市
LOC	臺南市
ORG	臺南市政府
DATE	114年底
LOC	臺南市
ORG	內政部國土管理署
TERM	「前瞻雨水特別預算」
QUANT	100%
ORG	經濟部水利署
TERM	「前瞻縣市管河川及區域排水整體改善計畫」
DATE	114年
QUANT	99%
PER	黃偉哲
DATE	98年
QUANT	5.5萬公頃
DATE	113年
QUANT	335公頃
DATE	114年0802
QUANT	130公頃
LOC	臺南
ORG	水利局
TERM	「10年重現期」
LOC	台北
QUANT	200年
TERM	「1150822豪雨事件」
LOC	三爺溪集水區
QUANT	24小時
QUANT	480毫米
ORG	臺南市政府
ORG	監察院
DATE	108年
QUANT	10.7萬噸
DATE	113年度
QUANT	77萬噸
ORG	水利局
ORG	水利局
"""
LISTS["press-tw-vice-president-hsinchu-air-force-visit-2026"] = r"""
LOC	新竹
ORG	空軍
LOC	新竹
PER	蕭美琴
DATE	今（9）日
LOC	新竹
ORG	空軍
ORG	空軍
ORG	國軍
ORG	國家安全會議
PER	劉得金
PER	林飛帆
ORG	空軍司令部
PER	李慶然
"""
