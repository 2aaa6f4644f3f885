"""Reading lists of the batch-23 entity gold, pass 1 (branch issue-e23p1-s19); see build_batch.py for the
line format and README-batch23.md for the rules and the borderline decisions they follow."""

LISTS = {
    "press-mo-guangdong-pension-service-points-2026": r"""
LOC	廣東省
TERM	“粵澳養老通+”
LOC	廣東省
LOC	澳門
TERM	“粵澳養老通+”
ORG	社會保障基金
# the defined short name in quotes: ORG without the marks
ORG	社保基金
# 澳門社團: the societies named by their place, LOC 澳門
LOC	澳門
TERM	“粵澳社保一窗通”
# 本澳 nothing (batch 19, 20)
LOC	廣東省
LOC	廣東省
ORG	社保基金
TERM	“兩金五津”
ORG	中國銀行
ORG	工商銀行
ORG	社保基金
LOC	橫琴合作區
LOC	廣州南沙
LOC	中山
LOC	江門市
TERM	“粵澳社保一窗通”
QUANT	9個
ORG	澳門街坊總會
ORG	工會聯合總會
ORG	婦女聯合總會
# the alliance's Guangdong office, one ORG
ORG	民眾建澳聯盟廣東辦事處
QUANT	11個
TERM	“粵澳養老通+”
ORG	澳門社保基金
ORG	國家外匯管理局廣東省分局
ORG	橫琴合作區金融發展局
LOC	廣東省
ORG	社保基金
# the phone number is not annotated
""",
    "news-hk-recovery-rates-bbc-2020": r"""
# the bracketed column 【武漢肺炎全球爆發】 → LOC 武漢 (as batch 20's 【武漢肺炎大爆發】); the disease's name gives 武漢 too
# the article title in 〈〉 is DOC with its marks (batch 19, 20); entities inside it are not annotated
*DOC	〈武漢方艙醫院患者清零，中國治癒率為何遙遙領先港台〉
*DOC	《新冠肺炎診療方案》
# the country's ministry written with the country: one ORG — doubtful (LOC 中國 + ORG the other reading)
*ORG	中國國家衛生健康委員會
*ORG	中國國家衛生健康委員
*ORG	中國國家衛健委
# a department named with its hospital or university, one ORG (as 州医院药剂科) — doubtful
*ORG	北京地壇醫院感染科
*ORG	香港中文大學呼吸系統科
*ORG	廈門大學附屬醫院
*ORG	台灣聯合醫院
*ORG	台灣中央流行疫情指揮中心
*ORG	疾病管制署
*ORG	英國廣播公司
*ORG	BBC中文
*ORG	BBC
*ORG	世界衛生組織
*ORG	世衛組織
*ORG	WHO
*ORG	武昌方艙醫院
*LOC	武漢市洪山體育館
*ORG	眾新聞
*TERM	「每周時事」
*TERM	「複陽」
*PER	蘇一峰
*PER	許樹昌
*PER	呂佳藍
*PER	蔣榮猛
*PER	莊人祥
# 中國大陸 → 中國 (as 中國內地 → 中國) — doubtful
*LOC	武漢
*LOC	台灣
*LOC	香港
*LOC	中國
*LOC	新加坡
*LOC	南韓
*LOC	韓國
*DATE	3月10日
*DATE	3月4日
*DATE	3月2日
*QUANT	[0-9]+次
*QUANT	24小時
*QUANT	3天
*QUANT	[0-9]+名
*QUANT	14家
*QUANT	8萬
*QUANT	[0-9]+歲
""",
    "wr-liaoning-2026": r"""
# every percent, and every digit count with its unit or measure word, by regex (matches read one by one); ranks
# (第4位), 5G, 8·20 and the years of events are not matched by them; everything else in reading order
*QUANT	\d+(?:\.\d+)?%
*QUANT	\d+(?:\.\d+)?(?:万|亿)?(?:多|余)?(?:美元|元|人次|人|个|家|项|件|条|万亩|亩|亿斤|公里|户|套|部|所|张|艘|列|对|只|名|倍|处|标箱|周年)
# bare 万 numbers before the people counted (800 萬用戶 → 800 萬)
*QUANT	(?<![\d.])51万(?=新)
*QUANT	(?<![\d.])16万(?=儿)
# the header as in the other 2026 work reports (2026年 + the province in the title; 辽宁日报 ORG); 省人民政府 and
# 省委 generic; 省政协, 省人大 ORG
DATE	2026年
LOC	辽宁省
DATE	2026年1月27日
ORG	辽宁省第十四届人民代表大会
ORG	辽宁日报
DATE	2026-02-01
PER	王新伟
ORG	省政协
DATE	2025年
TERM	“十四五”
PER	习近平
LOC	辽宁
# 2025年春节前夕 → 2025年 (春节 nothing)
DATE	2025年
LOC	辽宁
TERM	“在推动新时代东北全面振兴取得新突破上勇于争先，奋力谱写中国式现代化辽宁篇章”
# 习近平 inside the ideology's name is PER; 中国特色 nothing; 党的二十大 (a congress, an event) nothing
PER	习近平
PER	习近平
LOC	辽宁
ORG	党中央
ORG	国务院
TERM	“五大安全”
TERM	“两重”
TERM	“两新”
TERM	“乐购辽宁”
LOC	沈阳
LOC	大连
TERM	“辽宁优品”
TERM	“辽宁优品”
TERM	“票根经济”
TERM	“九九消费季”
TERM	“抓招商、推项目、促落地”
# a company's project is the company (as 吉化乙烯项目 → 吉化): 恒力重工二期, 鼎际得高端新材料, 华锦阿美精细化工
ORG	恒力重工
ORG	鼎际得
ORG	华锦阿美
# an institution's base named by its place: ORG + LOC (as 协和天津基地)
ORG	中国原子能科学院
LOC	葫芦岛
LOC	大连金州湾国际机场
# lines keep their phase (as 虞公港二期)
LOC	秦沈高速一期
LOC	新阜高速
LOC	长海跨海大桥
LOC	秦沈高速二期
LOC	本庄高速
# 辽河干流 → 辽河 (干流: its main stream, a description) — doubtful
LOC	辽河
LOC	沈白高铁
LOC	京哈
LOC	本桓宽
LOC	凌绥
LOC	台黑
TERM	“市市通高铁、县县通高速”
ORG	鞍钢
# 第五届中国质量奖提名奖: an award; the place in it (as 中国 in 中国火炬计划)
LOC	中国
ORG	工信部
LOC	鞍山
LOC	抚顺
TERM	“人工智能+”
ORG	东北亚具身智能创新中心
LOC	沈阳
LOC	大连
# 沈阳地铁险资项目: the metro company's financing, ORG — doubtful (LOC, the line network, the other reading)
ORG	沈阳地铁
LOC	沈阳浑南科技城
LOC	大连英歌石科学城
# 创新港 of the institute: a facility without a name of its own, nothing
ORG	中科院金属研究所
LOC	沈抚科创园
ORG	辽宁实验室
# 省科技成果转化综合服务平台 nothing (a platform); the places in the two named platforms
LOC	沈阳
LOC	盘锦
# a named centre, ORG whole (the city inside its name) — doubtful
ORG	国防科技先进技术成果沈阳转化中心
TERM	“小巨人”
TERM	“强化人才引领，推动教育科技人才一体赋能产业振兴”
TERM	“兴辽英才计划”
TERM	“内卷式”
# 民营经济促进法 without 《》 nothing
# 2025中国民营企业500强发布会: an event; its year DATE (as 2025熊貓展, batch 12), the place LOC, 500强 QUANT (as 5大)
# — all three doubtful (batch 20 left a year inside a cup's name out)
DATE	2025
LOC	中国
QUANT	500强
TERM	“三能”
TERM	“立等可取”
TERM	“一次不用跑”
TERM	“高效办成一件事”
TERM	“免申即享”
TERM	“信用代证”
TERM	“扫码入企”
LOC	辽宁
TERM	“信任票”
# 中欧班列 → 中 + 欧 (as the Jilin report's 中欧)
LOC	中
LOC	欧
# 第六届中国辽洽会, 第七届中国粮食交易大会, 2025全球工业互联网大会: events; 中国 and the year
LOC	中国
LOC	中国
DATE	2025
TERM	“一圈一带两区”
LOC	沈阳都市圈
# 沿海经济带 nothing (no place named)
LOC	大连
LOC	辽西先导区
LOC	京津冀
LOC	辽东绿色经济区
LOC	盘锦大洼区
LOC	葫芦岛
TERM	“8·20”
LOC	沈阳
TERM	“一老一小”
# a named work LOC whole (as 南水北调中线工程)
LOC	辽浑太山水工程
# 科尔沁沙地歼灭战 a campaign: the place
LOC	科尔沁沙地
LOC	沈阳中德高端装备制造产业园
DOC	《东北抗联》
DOC	《先声》
ORG	沈阳文旅青年合唱团
TERM	“十五冬”
TERM	“校园餐”
TERM	“三资”
TERM	“蝇贪蚁腐”
TERM	“三保”
TERM	“木改钢”
TERM	“平安护航”
# 在韩 → 韩; 志愿军 (the People's Volunteer Army) ORG — doubtful
LOC	韩
ORG	志愿军
# the portfolio line: 港澳台 → 港 + 澳 + 台, 援藏 → 藏, 援疆 → 疆 (batch 17's line); 红十字 nothing
LOC	港
LOC	澳
LOC	台
LOC	藏
LOC	疆
# 中央八项规定 nothing
ORG	省人大
ORG	省政协
ORG	省人大常委会
""",
    "gw-sh-jingan-urban-renewal-action-plan-2023": r"""
# the tool's preamble as in earlier Shanghai notices (上海市 LOC, the law's title DOC); the issuing office and the
# bureau ORG; the unmarked title lines: the place, the quoted formula and the date range inside (as the Yangpu plan);
# quoted area names are LOC without the marks and the quoted 领导小组 ORG without them (quoted names); every other
# quoted formula TERM and every 《》 title DOC by regex; repeated bodies and places by regex (matches read one by one)
LOC	上海市
ORG	上海市静安区人民政府办公室
ORG	区建设管理委
# 各街道办事处 generic; 彭浦镇政府: the town government named by its town, ORG
ORG	彭浦镇政府
ORG	区建设管理委
# 区政府第72次常务会议: 区政府 generic, 第72次 an ordinal, nothing
ORG	上海市静安区人民政府办公室
DATE	2023年12月12日
LOC	上海市
# 东斯文里区域（静安区石门二路01单元）: the lane area LOC without 区域; the planning unit a place chain, one LOC
# — doubtful (LOC 静安区 + LOC 石门二路 the other reading)
LOC	东斯文里
LOC	静安区石门二路01单元
LOC	东斯文里
# 南北高架复合发展轴 → the elevated road; 苏河湾滨水商务聚集带 → 苏河湾; 中环两翼 / 中环南翼 / 中环北翼 → 中环;
# 片区 after a place out (as 滨江南段 nothing), 地区 after a place in (place + 地区 one LOC)
LOC	南北高架
LOC	中环
LOC	中环
LOC	中环
# address-like lots: one LOC each (谈家桥路121、155弄 one LOC, the numbers sharing the road) — doubtful
LOC	彭一小区
LOC	谈家桥路121、155弄
LOC	愚园路627弄
LOC	西藏北路970弄
LOC	蕃瓜弄小区
# 苏河湾地区完全中学: an unnamed school, the place; 市北初级中学 ORG (a school named by its area)
ORG	市北初级中学
LOC	不夜城绿地
LOC	北苏州路
LOC	共和新路桥
LOC	彭越浦楔形绿地
# named conservation areas whole (as 江湾历史风貌区); projects named by an address → the address
LOC	张园历史风貌片区
LOC	愚园路历史风貌保护街区
LOC	巨富国潮文化馆
LOC	安远路899
LOC	福新面粉厂
LOC	四行仓库二分库
LOC	武进路560号楼
# the library with its branch in brackets: the bracket qualifies the name, inside (batch-17 line)
LOC	静安区图书馆（天目路馆）
TERM	“文化交流平台”
LOC	市北
LOC	中环
LOC	彭浦机器厂
LOC	新中动力机厂
# the works and, in brackets, the park on its site: two LOC
LOC	上海冶金矿山机械厂
LOC	新业坊二期
LOC	宝丰苑
# a site with 遗址 one LOC (as 旧址); 五卅运动 an event, nothing
LOC	上海总工会遗址
LOC	市北
LOC	上海
# 静安寺下沉式广场苹果店: the square LOC + the retail outlet ORG (a named shop, batch-16 line) — doubtful
LOC	静安寺下沉式广场
ORG	苹果店
# the quoted area of three roads, LOC without the marks (quoted place names, batch-18 line) — doubtful (three LOC)
LOC	巨鹿路-富民路-长乐路
LOC	梅泰恒
LOC	威海路500号
LOC	四季酒店
ORG	静安区城市更新工作领导小组
# the annex: 区“两旧”专班 → TERM “两旧” only (a task force by its kind) — doubtful; numbered rows and column heads nothing
LOC	东斯文里
LOC	石门二路01单元
LOC	江宁路街道
LOC	石门二路街道
LOC	彭一住宅小区
LOC	蕃瓜弄小区
LOC	谈家桥路
LOC	愚园路627弄
LOC	西藏北路970弄
ORG	市北初级中学
LOC	不夜城绿地
LOC	北苏州路
LOC	共和新路桥
LOC	彭越浦楔形绿地
LOC	张园历史风貌片区
LOC	愚园路历史风貌保护街区
# 置业集团: the district's property group by its short name, ORG
ORG	置业集团
LOC	静安区图书馆（天目路馆）
LOC	彭浦机器厂
LOC	福新面粉厂
LOC	安远路899
LOC	四行仓库二分库
LOC	武进路560号楼
LOC	新中动力机厂
LOC	上海冶金矿山机械厂
LOC	新业坊二期
LOC	宝丰苑
LOC	上海总工会遗址
LOC	市北
LOC	梅泰恒
LOC	巨富长地区
LOC	静安寺下沉式广场
ORG	苹果店
LOC	上海
LOC	恒隆广场
LOC	威海路500号
LOC	四季酒店
# a named terminal, one LOC — doubtful
LOC	静安上海机场城市航站楼
*DOC	《[^》]+》
*TERM	“[^”]+”
*DATE	2023-2025年|2023年12月12日|2025年|2024—2026
*QUANT	\d+(?:\.\d+)?(?:万平方米|万平米|公里|台|个|座|%)
*ORG	区(?:规划资源局|建设管理委|发展改革委|文化旅游局|商务委|国资委|房管局|旧改总办|成套办|体育局|教育局|绿化市容局|国动办|应急局|科委)
*ORG	市北高新集团|大宁集团
*LOC	静安区全民健身中心|静安公园|大宁绿地
*LOC	苏河湾地区|苏河湾
*LOC	苏州河
*LOC	南京西路功能区|南京西路地区|南京西路
*LOC	大徐家阁地区|大徐家阁
*LOC	走马塘
*LOC	北站新城地区|北站街道
*LOC	市北高新园区|市北园区
*LOC	大宁地区
*LOC	大张园地区
*LOC	上海
*LOC	静安区|静安
""",
    "press-tw-vice-president-chiayi-tainan-temples-2026": r"""
# 嘉南, 高屏: two-city pairs by one character each → one LOC per character (as 苏锡常 → 苏 + 锡 + 常) — doubtful
LOC	嘉
LOC	南
LOC	高
LOC	屏
LOC	臺南
LOC	嘉義
LOC	屏東
LOC	高雄
# 今（19）日 DATE (batch 20); 農曆大年初三 nothing; quoted temple names LOC without the marks (quoted places, venues)
DATE	今（19）日
PER	蕭美琴
LOC	臺南
LOC	開基玉皇宮
LOC	嘉義
LOC	民雄大士爺廟
LOC	民雄慶誠宮
LOC	南天門太子行宮
LOC	屏東
LOC	南方代天府
LOC	高雄
LOC	鳳山代天府
ORG	總統府
PER	黃俊森
ORG	行政院
PER	何嘉桓
# 臺南市長 → 臺南市 (D-14); 縣長 likewise
LOC	臺南市
PER	黃偉哲
LOC	嘉義縣
PER	翁章梁
LOC	嘉義市
PER	黃敏惠
LOC	屏東縣
PER	周春米
PER	陳亭妃
PER	郭國文
PER	蔡易餘
PER	陳冠廷
PER	王美惠
PER	鍾佳濱
PER	邱議瑩
PER	賴瑞隆
PER	許智傑
""",
    "press-tw-president-generals-promotion-2026": r"""
LOC	臺灣
# the quoted ceremony TERM whole with its marks (a quoted event); the ROC date inside it not annotated
TERM	「中華民國115年3月份將官晉任授階典禮」
PER	賴清德
DATE	今（25）日
TERM	「中華民國115年3月份將官晉任授階典禮」
ORG	國軍
TERM	「新訓練、新思維、新裝備、新科技」
TERM	「全社會防衛韌性」
LOC	臺灣
PER	江秉璁
# 江將軍 → 江 (a surname with a form of address); C-130 (an aircraft type) nothing
PER	江
ORG	國軍
PER	江
LOC	臺灣
ORG	國軍
TERM	「新訓練、新思維、新裝備、新科技」
ORG	空軍
TERM	「全社會防衛韌性」
ORG	國軍
PER	江
LOC	臺灣
# 臺灣人民 → 臺灣
LOC	臺灣
ORG	總統府
PER	潘孟安
ORG	國家安全會議
PER	吳釗燮
ORG	國防部
PER	顧立雄
PER	梅家樹
ORG	空軍
PER	鄭榮豐
""",
    "news-cn-meishi-tech-share-reduction-2026": r"""
# 实控人方: "the actual controller's side" (方 a side, not the surname) nothing — doubtful
*ORG	魅视科技
*PER	叶伟飞
QUANT	1.13亿元
DATE	2022年
QUANT	5.43亿
ORG	中国经济网
LOC	北京
DATE	6月12日
# the stock code (001229.SZ) nothing
DOC	《股份减持计划的告知函》
# 15个交易日 → 15个 (the counted noun out); 自…起至…止: two DATEs — doubtful (one range the other reading)
QUANT	15个
DATE	2026年7月6日
DATE	2026年10月5日
ORG	中国证券监督管理委员会
ORG	深圳证券交易所
QUANT	1,434,321股
QUANT	1%
QUANT	2,868,642股
QUANT	2%
QUANT	26.30元/股
QUANT	1.13亿元
PER	方华
QUANT	27,319,090股
QUANT	19.05%
DATE	2022年8月8日
ORG	深交所
QUANT	2,500.00万股
QUANT	21.71元/股
ORG	民生证券股份有限公司
ORG	国联民生证券股份有限公司
PER	李运
PER	胡涛
QUANT	54,275.00万元
QUANT	49,559.05万元
DATE	2022年7月27日
QUANT	49,559.05万元
QUANT	4,715.95万元
QUANT	3,363.81万元
""",
    "press-mo-fdct-guangdong-joint-review-2026": r"""
# 粵澳 → 粵 + 澳 (as 澳琴 → 澳 + 琴); 150粵澳科研項目: a bare integer before the noun, nothing — doubtful
ORG	科技基金
ORG	廣東省科技廳
LOC	粵
LOC	澳
ORG	澳門科學技術發展基金
ORG	科技基金
ORG	廣東省科學技術廳
ORG	廣東省科技廳
DATE	2019年
LOC	粵
LOC	澳
DATE	2026年
DATE	6月23日
LOC	廣州市
ORG	科技基金
ORG	廣東省科技廳
LOC	粵
LOC	澳
# the fund's committee: body + organ one ORG (as 馬會董事局)
ORG	科技基金行政委員會
PER	余雨生
QUANT	178項
QUANT	150項
LOC	澳門
LOC	粵
LOC	澳門
LOC	粵
LOC	澳
PER	余雨生
LOC	粵
LOC	澳
DATE	2025年11月
# 本澳 nothing; the quoted designation TERM; 在澳 → 澳
TERM	“粵港澳聯合實驗室”
LOC	澳
TERM	“澳門研發＋橫琴轉化”
LOC	澳門
LOC	橫琴
LOC	澳
LOC	琴
PER	余雨生
# 今年3月 → 3月; 國家十五五規劃 (no marks) nothing
DATE	3月
TERM	“粵港澳大灣區國際科技創新中心”
LOC	粵
LOC	澳
LOC	澳門
LOC	粵
LOC	粵
LOC	澳
LOC	粵
LOC	澳
LOC	粵
LOC	澳
""",
    "news-cn-jingfeng-mingyuan-share-transfer-2026": r"""
# 实控人方 nothing (a side, as in the Meishi story); 扣非亏3年 → 3年; 去年 nothing; the stock code nothing
QUANT	5.5亿
QUANT	3年
QUANT	0.18亿
ORG	中国经济网
LOC	北京
DATE	6月12日
# the transaction's short name TERM with its marks; the seller's short name after 以下简称为 ORG at every mention
# (the D-4 line) — doubtful (a role word, TERM at its introduction and nothing after, the other reading)
TERM	“本次询价转让”
ORG	海南晶哲瑞创业投资合伙企业（有限合伙）
ORG	出让方
DATE	2026年6月11日
DATE	2019年10月14日
ORG	上海证券交易所
ORG	广发证券股份有限公司
PER	孟晓翔
PER	林文坛
DATE	2019年10月8日
# a range of years one DATE
DATE	2022年至2025年
DATE	2026年4月29日
# the counterparty named before 等50名交易对方 ORG — doubtful (a person's or a firm's name, unknown from the text)
ORG	玮峻思
*ORG	海南晶哲瑞创业投资合伙企业（有限合伙）
*ORG	中信证券股份有限公司
*ORG	晶丰明源
*ORG	易冲科技
*ORG	出让方
# the minus sign of a loss stays outside the QUANT — doubtful
*QUANT	[\d,]+(?:\.\d+)?(?:万|亿)?(?:元/股|元|股|%)
*QUANT	6个月
*QUANT	50名
""",
    "news-hk-postponed-election-candidates-2020": r"""
# 8被查問參選人: a bare integer, nothing; 特首 nothing; 港人 nothing (a word for the people, batch-20 line);
# speech in 「」 nothing, the quoted words TERM (『黑人問號』 inside speech, 「尾班車」, 「Plan B/C/D」, 「Plan B」);
# functional constituencies by trade (飲食界, 衛生服務界 …) and 超級區議會 / 超區 nothing (constituencies);
# X區區議員 → LOC X區 / X (a post named by its district, as 臺南市長 → 臺南市); X區議會主席 → ORG X區議會;
# photo credits (鄭啟智攝) PER
TERM	「黑人問號」
DATE	27日
TERM	『黑人問號』
DATE	7月22日
TERM	「Plan B/C/D」
TERM	「尾班車」
TERM	「Plan B」
DATE	7月31日
TERM	「每周時事」
*ORG	公民黨執委會|公民黨|社民連|民協|熱血公民|人民力量|眾新聞|民主黨|選舉事務處|政制及內地事務局|立法會
*ORG	灣仔區議會|深水埗區議會
*LOC	香港島|九龍西|九龍東|新界西|新界東|港島|東區|深水埗|油尖旺|黃大仙|荃灣|離島|沙田
*PER	林鄭月娥|岑子杰|譚文豪|林瑞華|何啟明|鄭松泰|陳志全|張崑陽|張秀賢|鄭啟智|楊岳橋|郭榮鏗|郭家麒|鄭達鴻|岑敖暉|黃之鋒|胡志偉|許智峯|尹兆堅|林卓廷|涂謹申|鄺俊宇|周滿鏗|徐子見|楊雪盈|馮達浚|劉凱文|曾國衞|蘇逸恒|賴政婷|戴穎姿|江貴生|林兆彬|陳梓維|伍月蘭|張茂清|鄭文杰|郭志聰|李梓成|莊智傑|梁嘉善|謝旻澤|梁國豪|盧俊文|蔡蔚苑|趙寶琴|黃文萱|蘇浩|莊榮輝|張愛羚|曾家霖|陳國強|林思瑤|鄭少萍|丘燿誠|孫志恒|馮振華|何頴沁
*QUANT	\d+(?:名|人|張|元|%)
""",
    "gw-sh-foundation-pit-monitoring-plan-2023": r"""
# the tool's preamble as in earlier Shanghai notices; every 《》 title DOC by regex; the unmarked title line → the place;
# document numbers DOC with the space before 号 inside (a space before a measure word is inside, as for QUANT);
# 我委, 市、区建设管理部门 nothing; the site address, 15：00 and 21：00 (clock times) nothing; the quoted system TERM
LOC	上海市
DOC	沪建质安〔2023〕119号
DATE	2023年3月8日
LOC	上海市
DOC	沪住建规范〔2019〕4 号
ORG	市住房城乡建设管理委
TERM	“基坑工程信息化系统”
TERM	“基坑工程信息化系统”
DATE	2023年4月15日
DOC	沪建质安〔2019〕677 号
*DOC	《[^》]+》
*ORG	上海市住房和城乡建设管理委员会
""",
    "gw-sh-major-projects-preliminary-work-2017": r"""
# the tool's preamble as in earlier Shanghai notices; every 《》 title DOC and every quoted programme, plan and formula
# TERM by regex (matches read one by one); 各区人民政府, 市政府, 区政府 generic; the unmarked title line holds no entity;
# the 领导小组 named by its remit with its level word ORG (batch-19 line)
LOC	上海市
DATE	2017年10月19日
ORG	市重大工程建设协调推进领导小组
*DOC	《[^》]+》
*TERM	“[^”]+”
*ORG	上海市人民政府办公厅
*ORG	市发展改革委|市规划国土资源局|市重大办|市住房城乡建设管理委|市交通委
""",
}
