"""Pass 2's BLIND reading lists for batch 33 (branch issue-e33p2-s21): written from the bare text of the
documents (split.tsv batch 33; the four held-out documents first, then the dev ones) without reading pass 1's
lists (branch issue-e33p1-s21) or pass 1's entity files. Same line format as the pass-1 lists ("TYPE<TAB>string"
in reading order; "*TYPE<TAB>regex" for recurring forms, applied after the ordered lines, in the order written,
never over an existing span). Build with reading_lists.Batch(batch33_blind_p2, ...).annotate. Not used by the
gold build. Left exactly as written blind, slips included, from the commit that says "lists complete" on.
"""

LISTS = {}
LISTS["news-hk-mini-storage-inquest-rescue-team-2021"] = r"""
DATE	2016年
LOC	九龍灣淘大工業村
ORG	時昌迷你倉
TERM	「火燒心」
PER	張耀升
PER	梅斯榮
DATE	2016年6月21日
PER	翁錦雄
PER	梅斯榮
PER	張耀升
PER	尹建偉
QUANT	3名
PER	尹建偉
PER	霍永鴻
ORG	眾新聞
PER	李偉雄
PER	張耀升
PER	曾藹琪
PER	張耀升
PER	許志傑
*PER	梅
*PER	尹
*PER	翁
*PER	霍
*PER	(?<!緊)張
*PER	李
"""
LISTS["press-mo-hengqin-macao-health-education-agreement-2026"] = r"""
DATE	7月2日
ORG	橫琴粵澳深度合作區民生事務局
ORG	澳門特別行政區政府社會工作局
LOC	橫琴文化藝術中心
TERM	“澳門+橫琴”
ORG	中央人民政府駐澳門特別行政區聯絡辦公室社會發展部
PER	鍾睿
ORG	合作區執行委員會
PER	張國基
ORG	廣東省衛生健康委
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
LOC	琴澳兒童健康生活科普館
LOC	澳門
ORG	澳門社會工作局
PER	韓衛
TERM	“琴澳同心 健康同行”
LOC	澳門
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
*LOC	琴(?=澳)
*LOC	(?<=[琴粵])澳
*LOC	粵(?=澳)
"""
LISTS["report-hk-hkjc-board-of-management-2024"] = r"""
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
"""
LISTS["report-cn-xi-jinping-intellectuals-symposium-speech-2016"] = r"""
PER	习近平
DATE	2016-05-01
ORG	新华社
PER	习近平
ORG	南都
PER	张志超
LOC	海口
ORG	腾讯
DOC	《网络安全法》
PER	习近平
ORG	新华社
DATE	2016年4月26日
LOC	安徽
TERM	“五一”
TERM	“五四”
TERM	“五一”
TERM	“五四”
ORG	党中央
TERM	“两个一百年”
TERM	“十三五”
QUANT	90多年
TERM	“春蚕到死丝方尽，蜡炬成灰泪始干”
TERM	“板凳要坐十年冷，文章不写一句空”
TERM	“无中生有”
TERM	“十年磨一剑”
TERM	“修身齐家治国平天下”
TERM	“为天地立心、为生民立命、为往圣继绝学、为万世开太平”
TERM	“先天下之忧而忧，后天下之乐而乐”
LOC	中国
"""
LISTS["gw-tw-mof-military-village-estate-tax-order-2010"] = r"""
ORG	財政部
TERM	「遺產及贈與稅法」
TERM	「國軍老舊眷村改建條例」
ORG	財政部
DATE	中華民國99年6月2日
DOC	台財稅字第09900110300號
ORG	國軍
ORG	國軍
ORG	國防部
DATE	99年2月2日
DOC	國政眷服字第0990001678號
ORG	國軍
ORG	國防部
DATE	93年7月13日
DOC	台財稅字第09304539870號
PER	李述德
"""
LISTS["gw-tw-moj-administrative-execution-amounts-notice-2010"] = r"""
ORG	法務部
TERM	「行政執行法第十七條之一第一項之一定金額」
DATE	99年6月3日
ORG	法務部
DATE	中華民國99年6月3日
DOC	法律字第0990700315號
TERM	「行政執行法第十七條之一第一項之一定金額」
DATE	中華民國99年6月3日
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
"""
LISTS["news-hk-court-gallery-elderly-supporter-2021"] = r"""
QUANT	80歲
PER	王庭押
DATE	八九六四
DATE	六四
DATE	2019年5月底
TERM	「反送中」
TERM	「反送中」
TERM	「旁聽師」
TERM	「探監師」
TERM	「私飯」
TERM	「手足」
QUANT	80歲
TERM	『招呼』
LOC	香港
PER	Samson Huang
LOC	香港
LOC	香港
LOC	香港
*PER	王(?=伯伯)
"""
LISTS["press-mo-explore-macau-practical-information-page"] = r"""
QUANT	澳门币 6 元
QUANT	澳门币 6 元
DATE	2022年11月29日
LOC	珠海
# added by the lead after the HTML reader kept <label> text (session 21): the four durations, as in pass 1
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
ORG	澳门治安警察局出入境管制厅
ORG	电信
ORG	联通
ORG	移动
ORG	微信
TERM	「出境流量包」
ORG	支付宝
TERM	「境外流量」
*LOC	澳门半岛
*LOC	氹仔
*LOC	路环
*LOC	澳门
*LOC	中国
"""
LISTS["press-tw-president-office-santo-akiko-audience-2026"] = r"""
ORG	日本參議院
PER	山東昭子
ORG	日本參議院
PER	山東昭子
PER	賴清德
DATE	今（4）日
ORG	日本參議院
PER	山東昭子
LOC	臺灣
LOC	日本
LOC	臺灣
DATE	2024年
ORG	日華懇
LOC	臺灣
LOC	日本
LOC	臺灣
LOC	日本
PER	高市早苗
LOC	臺海
LOC	印太區域
ORG	APEC
PER	林信義
LOC	臺灣
LOC	臺灣
LOC	日本
LOC	臺灣
LOC	日本
LOC	日本
PER	高市早苗
ORG	日本政府
LOC	臺灣
LOC	日本
LOC	日本
LOC	臺灣
LOC	日本
LOC	臺灣
QUANT	40位
LOC	日本
LOC	臺灣
LOC	臺灣
ORG	日本台灣交流協會
ORG	台北事務所
PER	片山和之
ORG	外交部
PER	葛葆萱
ORG	臺灣日本關係協會
PER	林郁慧
LOC	總統府
ORG	總統府
PER	潘孟安
*LOC	臺(?=日)
*LOC	(?<=臺)日
*LOC	(?<=[來訪])臺
*LOC	(?<=友)台
*PER	山東(?=前議長)
*PER	高市(?=首相)
*PER	賴(?=總統)
"""
LISTS["press-tw-tainan-kumamoto-governor-visit-2026"] = r"""
ORG	新聞及國際關係處
DATE	115年10月5日
LOC	日本熊本縣
DATE	今（115）年7月28日
DATE	9月12日
QUANT	5500萬日圓
DATE	今（5）日
ORG	熊本縣議會
QUANT	8名
ORG	台南市政府新聞及國際關係處
PER	蘇恩恩
ORG	社會局
PER	郭乃文
DATE	9月
DATE	9月
ORG	熊本縣議會
LOC	台灣
LOC	台灣
ORG	熊本縣議會
LOC	宇城地域
LOC	宇土市
LOC	宇城市
LOC	美里町
DATE	9月12日
LOC	宇城地域
ORG	全家便利商店
LOC	阿蘇
*PER	黃偉哲
*PER	木村敬
*PER	内野幸喜
*PER	黃(?=市長)
*PER	木村(?=知事)
*LOC	台(?=日雙方)
*LOC	(?<=台)日(?=雙方)
*LOC	台南(?=市民)
*LOC	台南市
*LOC	台南
*LOC	熊本縣
*LOC	熊本
"""
LISTS["report-cn-gaotie-second-team-party-congress-reflections"] = r"""
ORG	高铁二队
ORG	高铁二队党总支
ORG	微信
PER	邓  艳
PER	何
DOC	《党委工作报告》
QUANT	5年
QUANT	5年
QUANT	5年
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
"""
LISTS["report-tw-taichung-participatory-budget-qa-page"] = r"""
LOC	臺中市
TERM	「城市權」
LOC	臺中市
QUANT	16 歲
LOC	臺中市
TERM	「城市權」
LOC	臺中市
QUANT	12 項
LOC	中區
LOC	大里區
LOC	豐原區
LOC	清水區
QUANT	12 項
QUANT	6項
ORG	臺中市參與式預算推動專案辦公室
ORG	臺中市參與式預算推動專案辦公室
"""
