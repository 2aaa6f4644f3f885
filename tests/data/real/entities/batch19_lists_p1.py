"""Reading lists of the batch-19 entity gold, pass 1 (branch issue-e19p1-s18); see build_batch.py for the
line format and README-batch19.md for the rules and the borderline decisions they follow."""

LISTS = {
    "news-cn-chinasoft-huawei-afc-seminar-2017": r"""
# the unquoted seminar in the title is an event: nothing; quoted after 迎来了 TERM whole (quoted event names)
ORG	中软国际
ORG	华为
DATE	2017-05-10
# 蓉城: Chengdu's literary name, a place
LOC	蓉城
TERM	“第三届轨道交通自动售检票（AFC）系统设计与规划发展研讨会”
ORG	中软国际
ORG	华为
LOC	成都
TERM	“互联网业态下自动售检票系统设计体系及发展规划”
ORG	华为公司
PER	沈光亮
TERM	“AFC创新发展，应‘云’而生”
# 华为云平台: the company's name in its product → the company (as 浪潮海若 → 浪潮)
ORG	华为
# a company's division written with the company one ORG (as 教育及青年發展局持續教育處) — doubtful
ORG	中软国际交通业务线
ORG	华为
TERM	“云ACC”
ORG	华为苏州研究院
TERM	“云购票”
ORG	中软国际
TERM	“大数据框架支撑的价值双模数据中心”
ORG	中软国际
""",
    "news-cn-jinye-party-committee-commendation-2020": r"""
# an enterprise's party committee / branch is not part of the body's span (batch-10 D-16, batch-9 decision 2):
# 金叶集团党委 → 金叶集团, 金叶印务第一党支部 → 金叶印务; 集团党委, 集团公司党委, 集团党办 generic
ORG	金叶集团
ORG	中国共产党
QUANT	99周年
TERM	“优秀党员”
QUANT	99周年
ORG	金叶集团
QUANT	99周年
ORG	中国共产党
QUANT	99周年
TERM	“优秀党员”
DATE	7月1日
ORG	金叶集团
ORG	中国共产党
QUANT	99周年
TERM	“优秀党员”
ORG	金叶印务公司
PER	张有强
ORG	金叶印务
PER	院国军
DATE	2019-2020年
ORG	金叶印务
PER	赵兴虎
PER	郭子钰
# the oath is quoted speech: nothing, the party inside ORG
ORG	中国共产党
DATE	2019年度-2020年度
PER	张有强
# 党的十九大, 十九届四中全会 nothing (batch 8); the ideology → 习近平 + 中国
PER	习近平
LOC	中国
TERM	“不忘初心、牢记使命”
PER	习近平
LOC	中国
PER	习近平
LOC	陕
TERM	“四个意识”
TERM	“四个自信”
TERM	“两个维护”
ORG	金叶集团
PER	严夏蕾
""",
    "press-mo-lusophone-rectors-forum-2026": r"""
# 中葡 → 中 + 葡, 澳琴 → 澳 + 琴 (batch 18); 葡語國家, 內地, 本澳 nothing; the quoted alliance ORG without its marks
# (a quoted organisation name); the unquoted forum and annual meeting are events, the places / bodies inside count
LOC	中
LOC	葡
LOC	澳
LOC	琴
LOC	澳門
LOC	中國
LOC	中
LOC	葡
TERM	“精準聯繫人”
ORG	教育及青年發展局
ORG	澳門大學
ORG	澳門理工大學
ORG	澳門科技大學
ORG	澳門城市大學
ORG	聖若瑟大學
ORG	培養中葡雙語人才聯盟
DATE	6月15日至17日
LOC	中國
ORG	培養中葡雙語人才聯盟
LOC	澳
LOC	琴
TERM	“雙語＋專業”
ORG	葡萄牙天主教大學
PER	Fernando Augusto Sousa Ferreira Pinto
LOC	葡萄牙
ORG	里斯本理工學院
PER	António José da Cruz Belo
ORG	阿威羅大學
PER	Artur Manuel Soares da Silva
LOC	巴西
# a university's faculty written with it one ORG (as 港大理學院)
ORG	坎皮納斯州立大學語言學院
PER	Petrilson Pinheiro
ORG	里斯本大學
PER	João Alfredo dos Reis Peixoto
ORG	上海外國語大學
PER	王欣
ORG	中國傳媒大學
PER	任孟山
ORG	揚州大學
PER	蔡穎蔚
ORG	廣東外語外貿大學
PER	申明浩
DATE	6月17日
ORG	澳門科技大學
ORG	教青局
PER	丁少雄
ORG	澳門科技大學
PER	龐川
LOC	澳
LOC	橫琴粵澳深度合作區
# 澳琴國際教育（大學）城: a planned campus → 澳 + 琴 — doubtful (one LOC is the other reading)
LOC	澳
LOC	琴
TERM	“澳琴協同”
LOC	澳門
ORG	葡萄牙語大學聯會
QUANT	12份
QUANT	150位
LOC	中國
LOC	澳門
ORG	葡萄牙語大學聯會
ORG	雷利亞理工學院
ORG	里斯本理工學院
ORG	里斯本大學學院
ORG	維塞烏理工學院
ORG	葡萄牙天主教大學
ORG	阿威羅大學
ORG	里斯本大學
ORG	米尼奧大學
ORG	波爾圖大學
ORG	里斯本新大學
ORG	佛得角大學
ORG	阿戈斯蒂紐-內圖大學
ORG	安哥拉天主教大學
ORG	曼杜梅亞-恩德莫法約大學
ORG	坎皮納斯州立大學
ORG	北里奧格蘭德聯邦大學
ORG	愛德華多·蒙德拉納大學
ORG	馬布多師範大學
ORG	東帝汶國立大學
LOC	中國
ORG	北京外國語大學
ORG	中國傳媒大學
ORG	上海外國語大學
ORG	揚州大學
ORG	廣東外語外貿大學
ORG	海南大學
ORG	浙江外國語學院
""",
    "wr-henan-2026": r"""
# every percent and every 个百分点 by regex (matches read one by one); everything else in reading order
*QUANT	\d+(?:\.\d+)?%
*QUANT	\d+(?:\.\d+)?个百分点
# the header as in the other 2026 work reports; 河南省人民政府 before 省长 ORG (as 福建省人民政府); 省人民政府, 省委
# generic, 省政协 ORG
DATE	2026年
LOC	河南省
DATE	2026年1月26日
ORG	河南省第十四届人民代表大会
ORG	河南日报
DATE	2026-02-03
ORG	河南省人民政府
PER	王凯
ORG	省政协
TERM	“十四五”
DATE	2025年
PER	习近平
LOC	中国
PER	习近平
LOC	河南
LOC	河南
LOC	河南
QUANT	6.66万亿元
QUANT	7019亿元
QUANT	5万亿元
QUANT	2.9万亿元
QUANT	9356.7亿元
QUANT	1160.5万户
QUANT	29.5万公里
# “米”字形: the quoted character naming the network's shape, a quoted word — doubtful
TERM	“米”
QUANT	1万公里
LOC	郑州机场
QUANT	100万吨
QUANT	1.6亿千瓦
QUANT	10.36百亿亿次/秒
# 7大产业集群: 大 is no unit, nothing; 25兆瓦级 → 25兆瓦
QUANT	25兆瓦
QUANT	10米
ORG	超聚变
ORG	中创智领
ORG	比亚迪
ORG	宁德时代
TERM	“灯塔工厂”
QUANT	3家
QUANT	16家
TERM	“小巨人”
QUANT	450家
QUANT	59家
QUANT	1.28万家
QUANT	3万家
QUANT	9年
QUANT	1300亿斤
QUANT	212万亩
QUANT	3167万亩
QUANT	11.76万公里
# named zones LOC (as 垦利经开区); a national centre ORG (as 国家碳计量中心)
LOC	中原农谷
LOC	周口国家农高区
ORG	国家生物育种产业创新中心
QUANT	11个
QUANT	9个
QUANT	119家
# 杞县大蒜, 柘城辣椒, 清丰食用菌: products; the places
LOC	杞县
LOC	柘城
LOC	清丰
TERM	“豫农优品”
QUANT	20户
QUANT	5.2万户
QUANT	71.3万
ORG	中国平煤神马
ORG	中国河南国际
ORG	中豫航空集团
QUANT	19家
ORG	中原银行
ORG	河南农商银行
QUANT	370万户
ORG	牧原
ORG	宇通
ORG	华兰
ORG	胖东来
ORG	蜜雪冰城
ORG	锅圈食汇
QUANT	10.1万家
QUANT	7个
LOC	中欧（亚）班列
QUANT	1.7万列
LOC	郑州
LOC	卢森堡
TERM	“空中丝路”
TERM	“一带一路”
# 黄河干流: the river's main stream, one LOC (as 黄河干流宁夏段)
LOC	黄河干流
QUANT	6年
LOC	南水北调中线工程
QUANT	5000公里
# 沿黄生态廊道: 黄 for the Yellow River, a one-character place word — doubtful
LOC	黄
QUANT	1194公里
QUANT	6779平方公里
QUANT	15.8万亩
QUANT	659万亩
QUANT	23个
QUANT	1210家
QUANT	74个
TERM	“高效办成一件事”
QUANT	603.7万人
QUANT	246.2万人
QUANT	49万个
QUANT	7000多所
ORG	郑州大学
ORG	河南大学
TERM	“双一流”
QUANT	7所
TERM	“双一流”
QUANT	8所
# 国家医学中心（中医类） nothing (a designation)
QUANT	12个
QUANT	90家
QUANT	174万户
QUANT	30.3万套
LOC	殷墟博物馆新馆
LOC	大河村遗址博物馆
LOC	汉魏洛阳故城遗址博物馆
# 只有河南 (a theatre park's brand): the place inside (as 好客山东 → 山东); 万岁山, 洛邑古城 scenic sites LOC
LOC	河南
LOC	万岁山
LOC	洛邑古城
DATE	2025年
PER	习近平
LOC	河南
# 中原儿女: the region (as 三秦百姓 → 三秦)
LOC	中原
TERM	“1+2+4+N”
QUANT	1350.97亿斤
TERM	“万人助万企”
QUANT	1327亿元
QUANT	121.7万人
LOC	美国
# 非美地区 → 美 (batch-18 D-6: 非美市场)
LOC	美
TERM	“五统一、一开放”
QUANT	150项
QUANT	10项
LOC	郑州国际陆港核心功能区
LOC	新郑综保区
# a port's named operating area one LOC (as 东平湖老湖区) — doubtful
LOC	周口港中心作业区
LOC	郑州
LOC	周口
LOC	驻马店
# the summit and the conference are events: the places and bodies inside
LOC	中国
LOC	拉美
LOC	中国
LOC	河南
ORG	东盟
TERM	“党建+网格+大数据”
TERM	“保交房”
TERM	“三保”
QUANT	3534.6亿元
QUANT	25天
LOC	信阳市
TERM	“首考”
QUANT	11个
QUANT	284万人次
QUANT	181.2万人
QUANT	9万个
QUANT	11亿人次
QUANT	1.3万处
# a play in 《》 DOC (as films in 《》); 文华剧目奖, 全运会 nothing; 中国足协杯 (a cup) → the body
DOC	《鲁镇》
ORG	中国足协
LOC	中原
# 中央八项规定 nothing (earlier gold)
TERM	“五个进一步到位”
TERM	“后半篇文章”
# 人大 / 政协 bare and the lines of work before 等事业 nothing; the portfolios 港澳, 对台, 援疆 one LOC per character
LOC	港
LOC	澳
LOC	台
LOC	疆
PER	习近平
ORG	党中央
PER	习近平
LOC	中国
ORG	省人大
ORG	省政协
LOC	豫
ORG	人民解放军
ORG	武警部队
ORG	工商联
LOC	河南
""",
    "news-cn-jinye-mingde-admissions-meeting": r"""
# the company's group named by its remit, written with 集团公司, one ORG each time — doubtful (the bare
# 教育产业招生工作领导小组 is the other reading); 集团公司, 学院 alone generic
ORG	集团公司教育产业招生工作领导小组
ORG	明德学院
DATE	6月28日
ORG	集团公司教育产业招生工作领导小组
# a school before a building (as 港大中山廣場 → 港大 + 中山廣場); 第一会议室 out
ORG	明德学院
LOC	明志楼
ORG	集团公司教育产业招生工作领导小组
ORG	明德学院
PER	赵天骄
PER	秦忠
DOC	《关于成立集团教育产业招生工作临时领导小组的决定》
ORG	明德学院
PER	赵天骄
# a group's board written with the group one ORG (batch-14 D-5, batch 18)
ORG	金叶集团董事局
PER	袁汉源
PER	刘书沛
ORG	明德学院
""",
    "news-cn-lanxess-volvo-truck-grille-2011": r"""
# products (Pocan C 1202, FM系列FMX建筑卡车) nothing; 沃尔沃标准 → the company
ORG	朗盛
DATE	2011-06-10
ORG	朗盛
ORG	沃尔沃卡车公司
ORG	沃尔沃
# a company's division written with the company one ORG; 亚太区 before the post LOC (as 香港及亞太區總監)
ORG	朗盛半结晶产品业务部
LOC	亚太区
PER	卫业克
""",
    "press-mo-ipm-brazil-tcm-mission-2026": r"""
# 中巴 → 中 + 巴 (as 中葡); the short name after 以下簡稱 ORG without its marks and at every later mention; 代表團
# unnamed nothing; 內地, 本澳, 國內, 葡語系國家 nothing; quoted events TERM whole
ORG	澳投
LOC	巴西
LOC	中
LOC	巴
TERM	“走出去”
ORG	澳門投資發展股份有限公司
DATE	2026年5月下旬
ORG	粵澳中醫藥科技產業園開發有限公司
ORG	產業園
LOC	巴西
LOC	巴西
QUANT	60款
LOC	澳門
LOC	巴西
QUANT	29家
ORG	巴西聯邦藥事委員會
LOC	中
LOC	巴
ORG	產業園
ORG	巴西聯邦藥事委員會
ORG	CFF
ORG	巴西聯邦藥事委員會
LOC	巴西
LOC	巴西
ORG	巴西國家衛生監督局
ORG	巴伊亞州政府
TERM	“傳統醫學與巴西統一衛生系統新戰略研討會”
TERM	“第三屆巴伊亞州製藥援助大會”
ORG	產業園
TERM	“以醫帶藥”
LOC	中國
LOC	巴西
LOC	巴西
LOC	巴伊亞州
ORG	Bahiafarma
ORG	Aché Laboratórios Farmacêuticos
ORG	Farma Conde
QUANT	29家
ORG	巴西製藥工業協會
ORG	巴伊亞州工業聯合會
# a hospital's centre written with the hospital and the faculty one ORG — doubtful
ORG	聖保羅大學醫學院附屬臨床醫院針灸中心
QUANT	5家
ORG	聖保羅大學藥學院
# the state before the university (as 巴西 + 坎皮納斯州立大學語言學院)
LOC	巴伊亞州
ORG	費拉迪聖安娜州立大學
ORG	巴西國立針灸學校
QUANT	11所
LOC	澳門
LOC	中
LOC	葡
ORG	產業園
QUANT	60款
ORG	澳投
ORG	產業園
TERM	“走出去”
ORG	產業園
LOC	巴西
ORG	中國駐巴西大使館
ORG	巴西衛生部
ORG	巴西國家衛生監督局
ORG	ANVISA
ORG	巴西聯邦藥事委員會
ORG	CFF
ORG	里約州立法議會
ORG	巴伊亞州政府
# an office written with the body one ORG
ORG	巴西國家衛生監督局主席辦公室
QUANT	4個
LOC	巴西
ORG	巴西聯邦藥事委員會
ORG	澳投
DATE	11月初
LOC	聖保羅
LOC	貝倫
TERM	“2026傳統醫藥國際發展論壇（巴西）”
TERM	“走出去”
""",
    "press-mo-mam-mio-pang-fei-retrospective-2026": r"""
# the museum ORG where it acts (執行, 推出, its web page), LOC as the venue (batch-11 D-6) — 藝博館開放時間 LOC
# (doubtful); the quoted exhibition, sections and lecture TERM whole, nothing inside; clock times, URLs nothing
TERM	“東西觀瀾——繆鵬飛回顧展”
ORG	澳門特別行政區政府文化局
ORG	澳門藝術博物館
ORG	澳門文化體
TERM	“東西觀瀾——繆鵬飛回顧展”
DATE	6月18日
LOC	澳門藝術博物館
LOC	澳門
DATE	7月3日
DATE	10月11日
PER	繆鵬飛
LOC	澳門
LOC	上海
LOC	澳門
ORG	澳門文化體‧現代畫會
TERM	“以東方文化精神為體，以西方現代語言為用”
LOC	澳門
PER	繆鵬飛
QUANT	90周年
ORG	文化局
ORG	澳門文化體
QUANT	90件
LOC	澳門
TERM	“上海・實驗”
TERM	“澳門・實踐”
TERM	“水滸系列”
TERM	“生存狀態”
TERM	“後書法”
TERM	“新東方主義傳承”
TERM	“新東方主義傳承”
PER	繆鵬飛
LOC	澳門
TERM	“新東方主義”
ORG	藝博館
PER	繆鵬飛
TERM	“繆鵬飛與新東方主義”
DATE	7月4日
ORG	上海大學美術學院
PER	繆鵬飛
PER	莊小蔚
ORG	澳門文化體‧現代畫會
PER	馬若龍
PER	吳衛鳴
PER	繆鵬飛
# 一戶通 (an app) nothing; its quoted menu item TERM
TERM	“活動報名”
LOC	藝博館
ORG	藝博館
ORG	臉書
# the quoted page name: the museum's two names, ORG each without the marks — doubtful
ORG	澳門藝術博物館
ORG	Macao Museum of Art
""",
    "press-tw-president-228-memorial-2026": r"""
# every 臺灣 LOC by regex (also in 臺灣人, earlier gold; the matches inside ORG spans are skipped), 國安局 likewise;
# 二二八 / 228 (the incident) and 二二八紀念日 nothing, 全臺 nothing (earlier gold); the quoted ceremonies after 出席
# TERM whole; quoted speech nothing, the bodies and places inside; laws and reports in 「」 TERM (earlier gold),
# unmarked titles (促進轉型正義條例, 國家轉型正義教育行動綱領) nothing
*LOC	臺灣
*ORG	國安局
TERM	「二二八事件79周年中樞紀念儀式」
PER	賴清德
DATE	今（28）日
LOC	高雄
TERM	「二二八事件79周年中樞紀念儀式」
QUANT	79周年
# 高雄市立歷史博物館前廣場: the museum (a venue), the position word 前 parts the name (batch-10 D-1)
LOC	高雄市立歷史博物館
DATE	1947年2月27日
ORG	國民政府專賣局
PER	林江邁
# 臺北市民 → the city (as 臺灣人 → 臺灣)
LOC	臺北市
# 隔天二二八上午: the day named by the incident, nothing — doubtful (a DATE is the other reading)
ORG	行政長官公署
LOC	臺北市
PER	陳儀
PER	陳儀
LOC	南京
PER	蔣介石
DATE	1949年5月20日
QUANT	38年
QUANT	40年
TERM	「平反」
DATE	80年代
QUANT	40年
DATE	1986年3月
ORG	臺灣人權促進會
DATE	1986年9月28日
ORG	民進黨
TERM	「公布228事件真相」
DATE	2月28日
TERM	「和平日」
DATE	1987年2月15日
PER	鄭南榕
PER	李勝雄
PER	黃昭凱
LOC	臺南
DATE	1987年
QUANT	40周年
ORG	二二八和平日促進會
ORG	台灣基督長老教會
DATE	1987年7月15日
QUANT	38年
PER	蔡英文
DATE	2011年
ORG	民進黨
TERM	「寫給未來的228」
ORG	民進黨
ORG	國民黨
ORG	民進黨
ORG	民進黨
DATE	1983年3月9日
PER	楊亮功
DATE	1947年
TERM	「228調查報告」
DATE	1990年
ORG	立法院
DATE	2月27日
QUANT	1分鐘
DATE	1992年
ORG	行政院
ORG	二二八事件研究小組
# the memorial, park and hall to be built: named monuments LOC — doubtful
LOC	二二八紀念碑
LOC	二二八公園
LOC	二二八紀念館
DATE	2011年2月28日
LOC	二二八國家紀念館
DATE	1995年
TERM	「二二八事件處理及賠償條例」
ORG	行政院
ORG	財團法人二二八事件紀念基金會
DATE	1996年
PER	李登輝
PER	陳水扁
PER	馬英九
PER	蔡英文
DATE	2017年12月5日
ORG	立法院
DATE	2018年3月15日
ORG	國家人權博物館
DATE	5月17日
DATE	18日
# quoted place names LOC without the marks (batch 18)
LOC	白色恐怖綠島紀念園區
LOC	白色恐怖景美紀念園區
ORG	國家人權博物館
DATE	2018年5月31日
ORG	促進轉型正義委員會
DATE	2023年9月9日
PER	蔡英文
TERM	「平復國家不法暨頒發名譽回復證書聯合典禮」
QUANT	100萬件
QUANT	1年4個月
DATE	1992年
QUANT	5萬件
DATE	2000年
ORG	國發會檔案局
QUANT	14萬件
TERM	「一件不留、一字不遮」
# 林宅血案 (an event) nothing; 林宅 (the family's house) nothing — doubtful
ORG	促轉會
ORG	監察院
# 「國家機器的介入與掩蓋證據及事實」: a quoted phrase, nothing
ORG	教育部
PER	楊振隆
ORG	文化部
# 楊董事長 → 楊 (a surname with a title)
PER	楊
ORG	權利回復基金會
QUANT	1千五百份
ORG	文化部
TERM	「具有轉型正義意義的場所」
LOC	義光教會
TERM	「具有轉型正義意義場所」
LOC	義光教會
PER	楊
PER	田永人
LOC	中國
ORG	行政院
PER	卓榮泰
ORG	總統府
PER	潘孟安
ORG	內政部
PER	劉世芳
ORG	文化部
PER	李遠
ORG	國史館
PER	陳儀深
PER	李昆澤
PER	邱議瑩
PER	賴瑞隆
PER	黃捷
LOC	高雄市
PER	陳其邁
ORG	二二八事件紀念基金會
PER	楊振隆
""",
    "news-hk-cityu-student-reporters-2019": r"""
# 城大 and 城大編委 (the student union's editorial board) ORG at every mention by regex (matches read one by one);
# quoted words TERM, quoted speech and the quoted code of ethics nothing, the bodies inside; news outlets in 《》
# ORG without the marks (batch 14: 《成報》); a university before a building → the university + the building
*ORG	城大編委
*ORG	城大
TERM	「反送中運動」
# 二號橋之役, 理大圍城之戰: events; the bridge and the university inside
LOC	二號橋
PER	段崇智
ORG	理大
PER	滕錦光
TERM	「小」
DATE	2019年11月11日
ORG	香港城市大學
TERM	「入侵」
DATE	11月11日
LOC	鄭翼之樓
ORG	Facebook
ORG	Facebook
ORG	Facebook
LOC	香港
TERM	「入侵」
TERM	「自稱」
TERM	「非法行為」
ORG	城大學生會編委會
QUANT	30年
ORG	媒體與傳播系
ORG	香港記者協會
TERM	「自稱」
# a university's school written with its short name one ORG (as 港大理學院)
ORG	中大新傳學院
PER	蘇鑰機
# an article's title in 〈〉 DOC — doubtful
DOC	〈香港傳媒公信力：低處未必最低〉
DATE	2019年11月28日
ORG	明報
ORG	立場新聞
ORG	眾新聞
# 城大的傳訊及公關處: the university and its office, two spans (的 between)
ORG	傳訊及公關處
TERM	「自稱」
PER	靳清松
PER	黃穎嘉
ORG	眾新聞
TERM	「每周時事」
PER	羅金義
PER	羅金義
# 【羅金義・風蕭蕭】: the column's name; the person inside
PER	羅金義
PER	羅金義
ORG	香港教育大學社會科學系
ORG	教育大學大中華研究中心
# 亞洲研究 (a field) and 港事 nothing
""",
    "gw-sh-public-charging-inspection-2023": r"""
# the tool's preamble as in earlier Shanghai notices; the unmarked title line nothing; the data platform is no
# entity: unquoted the city inside, quoted (full name and the short name after 以下简称) TERM, later bare 市级平台
# nothing — doubtful (ORG is the other reading: the platform 组织 the operators); 各区交通行政管理部门 nothing
LOC	上海市
DOC	《中华人民共和国著作权法》
ORG	上海市交通委员会
ORG	上海市发展和改革委员会
LOC	上海
DOC	《关于本市进一步推动充换电基础设施建设的实施意见》
DOC	《上海市公共停车场（库）充电设施建设管理办法》
DOC	《上海市公共停车场（库）充电设施建设管理办法》
TERM	“僵尸桩”
DATE	2023年6月30日
TERM	“上海充换电设施公共数据采集与监测市级平台”
TERM	“市级平台”
# “申行智停” (a mini-program) TERM quoted, nothing unquoted
TERM	“申行智停”
DATE	2023年6月30日
DATE	2023年7月1日至8月15日
DOC	《上海市公共停车场（库）充电设施建设管理办法》
ORG	市道路运输管理局
DATE	2023年8月16日至9月30日
ORG	市交通委
ORG	市发展改革委
ORG	市道路运输局
ORG	上海市交通委员会
ORG	上海市发展和改革委员会
DATE	2023年4月24日
ORG	市交通委
PER	张英杰
ORG	市道路运输局
PER	王志昕
PER	周天卉
PER	徐一诚
QUANT	3个月
""",
    "gw-sh-lingang-city-checkup-2024": r"""
# the tool's preamble as in earlier Shanghai notices; the titles in 《》 DOC, a title inside another's 《》 stays
# inside (the outer DOC whole); the unmarked title line and 临港新片区实际 hold the area (LOC); bare 管委会, 新片区,
# 镇政府 generic; 新片区管委会 (the committee's short name) ORG by regex, read one by one; quoted slogans and
# formulas TERM
*ORG	新片区管委会
LOC	上海市
DOC	《中华人民共和国著作权法》
DOC	《临港新片区城市体检实施方案（试行）》
DOC	《临港新片区城市体检实施方案（试行）》
DOC	沪自贸临管委〔2024〕53号
LOC	临港新片区
PER	习近平
ORG	中共中央办公厅
ORG	国务院办公厅
DOC	《关于推动城乡建设绿色发展的意见》
ORG	住房和城乡建设部
DOC	《关于全面开展城市体检工作的指导意见》
DOC	建科〔2023〕75号
ORG	市住建委
DOC	《关于印发<2024年上海城市体检工作方案>的函》
DOC	沪建综规〔2024〕108号
ORG	临港管委会
DOC	《临港新片区城市体检实施方案（试行）》
ORG	中国（上海）自由贸易试验区临港新片区管理委员会
DATE	2024年5月18日
LOC	临港新片区
PER	习近平
ORG	中共中央办公厅
ORG	国务院办公厅
DOC	《关于推动城乡建设绿色发展的意见》
ORG	住房和城乡建设部
DOC	《关于全面开展城市体检工作的指导意见》
DOC	建科〔2023〕75号
ORG	市住建委
DOC	《关于印发<2024年上海城市体检工作方案>的函》
DOC	沪建综规〔2024〕108号
ORG	临港管委会
DOC	《临港新片区城市体检实施方案（试行）》
LOC	临港新片区
LOC	临港新片区
PER	习近平
LOC	中国
TERM	“发现问题—解决问题—巩固提升”
ORG	市住建委
TERM	“市区持续深化、街镇全面覆盖、社区扩大试点”
TERM	“产城融合区”
TERM	“有机生命体”
TERM	“产城融合、功能完备、职住平衡、生态宜居、交通便利、治理高效”
LOC	浦东新区
LOC	奉贤区
# place chains one LOC; the bracketed core area LOC
LOC	浦东新区南汇新城镇
LOC	滴水湖核心片区
LOC	书院镇
LOC	万祥镇
LOC	泥城镇
LOC	奉贤区四团镇
QUANT	4个
QUANT	1-2个
QUANT	5000-12000人
TERM	“可量化、可感知、可评价”
TERM	“新片区—镇—社区”
LOC	南汇新城镇
LOC	滴水湖核心片区
TERM	“最现代、最生态、最便利、最具活力、最具特色”
TERM	“新片区—镇—社区”
# 上海市公共数据开放平台: a platform; the city inside
LOC	上海市
DOC	《风险隐患告知书》
# 临港新片区数字孪生基础平台: a platform; the area inside
LOC	临港新片区
TERM	“新片区—镇—社区”
TERM	“城市体检问题地图”
TERM	“动态监测—定期体检、评估—查找问题—整治措施—跟踪落实”
LOC	临港新片区
TERM	“管委会统筹、部门协作、属地负责、多元参与”
ORG	城市管理精细化工作领导小组
ORG	临港新片区管委会
LOC	浦东新区
LOC	奉贤区
# the committee's division named by its remit ORG (as 律师工作处)
ORG	建设和交通管理处
""",
}
