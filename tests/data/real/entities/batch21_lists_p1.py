"""Reading lists of the batch-21 entity gold, pass 1 (branch issue-e21p1-s19); see build_batch.py for the
line format and README-batch21.md for the rules and the borderline decisions they follow."""

LISTS = {
    "news-cn-auto-price-competition-talks-2026": r"""
LOC	北京
DATE	6月11日
ORG	工业和信息化部
ORG	市场监管总局
# 11日 alone: a day of the dateline's month, DATE
DATE	11日
DOC	《中华人民共和国价格法》
DOC	《关于制止低价倾销行为的规定》
DOC	《汽车行业价格行为合规指南》
""",
    "press-tw-president-lunar-new-year-temples-2026": r"""
# 年初三 without 大 in the title: a lunar day with its number, DATE (as 大年初八); 中彰 → 中 + 彰 (two short names)
DATE	年初三
LOC	中
LOC	彰
LOC	彰化
LOC	臺中
DATE	今（19）日
DATE	大年初三
PER	賴清德
LOC	彰化
# quoted temple names: places entered, LOC without the marks (as batch 20's quoted venues) — doubtful
LOC	鹿港天后宮
LOC	臺中
LOC	新庄永順宮
LOC	臺中市元保宮
LOC	臺灣
LOC	臺灣
TERM	「一元福袋」
LOC	臺灣
# 美中 → 美 + 中; 中、美、日、韓 each LOC
LOC	美
LOC	中
LOC	臺灣
LOC	臺灣
QUANT	8.68%
LOC	中
LOC	美
LOC	日
LOC	韓
QUANT	3萬3千點
ORG	行政院主計總處
QUANT	7.71%
QUANT	8%
LOC	臺灣
LOC	臺灣
LOC	臺灣
LOC	美國
QUANT	15%
LOC	日本
LOC	韓國
LOC	美國
# 輸美 → 美 (as 來臺 → 臺); 美方 nothing (as 中方)
LOC	美
LOC	臺灣
QUANT	15%
LOC	美
QUANT	1千元
QUANT	750元
QUANT	1萬元
QUANT	5千元
# 0-6歲 one QUANT (an age range); 長照3.0 nothing (a policy's version)
QUANT	0-6歲
QUANT	1萬5千處
QUANT	10萬人
LOC	臺灣
# 蔡前總統 → 蔡 (batch 6)
PER	蔡
QUANT	4次
QUANT	14%
TERM	「22K」
QUANT	23項
QUANT	64.4萬元
QUANT	6歲
QUANT	168.5萬元
QUANT	212萬元
LOC	臺
# 40%至50% one QUANT (a range) — doubtful (two QUANT the other reading); 四成至五成 nothing (no digit)
QUANT	40%至50%
QUANT	1%
LOC	臺灣
PER	蔡
LOC	臺灣
LOC	臺海
LOC	美國
DOC	《國家安全戰略報告》
DOC	《國防戰略報告》
LOC	印太地區
TERM	「集體防禦、責任分擔」
LOC	臺海
LOC	印太地區
LOC	臺灣
LOC	日本
LOC	韓國
LOC	臺灣
QUANT	新臺幣1.25兆元
QUANT	8年
LOC	臺灣
LOC	臺海
TERM	「台灣之盾」
LOC	臺灣
LOC	臺灣
LOC	臺灣
ORG	總統府
PER	沈國榮
PER	何黎星
PER	陳素月
PER	黃秀芳
PER	陳秀寳
PER	何欣純
LOC	彰化縣
PER	王惠美
""",
    "gw-sh-community-embedded-services-plan-2024": r"""
# the tool's preamble as in earlier Shanghai notices
LOC	上海市
DOC	《中华人民共和国著作权法》
ORG	上海市人民政府办公厅
ORG	市发展改革委
DOC	《上海市社区嵌入式服务设施建设工程实施方案》
ORG	市发展改革委
DOC	《上海市社区嵌入式服务设施建设工程实施方案》
ORG	上海市人民政府办公厅
DATE	2024年12月14日
# the unmarked title line: the place inside
LOC	上海市
ORG	党中央
ORG	国务院
ORG	国务院办公厅
ORG	国家发展改革委
DOC	《城市社区嵌入式服务设施建设工程实施方案》
TERM	“15分钟社区生活圈”
ORG	市委组织部
QUANT	120个
ORG	上海市发展和改革委员会
DATE	2024年12月10日
# the city's bodies of the 责任单位 lists by regex (市政府, 各区政府, 区政府 nothing: generic); every remaining quoted
# formula TERM with its marks
*ORG	市(?:规划资源局|住房城乡建设管理委|商务委|发展改革委|国资委|房屋管理局|消防救援局|委组织部|委宣传部|委社会工作部|民政局|文化旅游局|体育局|教委|卫生健康委|人力资源社会保障局|妇儿工委|医保局|市场监管局)
*TERM	“[^”]+”
""",
    "wr-shanxi-2026": r"""
# every percent, ‰, 个百分点 and counted or measured amount by regex (matches read one by one); 超/近/约 out,
# 余 kept (earlier gold); years are DATE and listed; everything else in reading order
*QUANT	\d+(?:\.\d+)?[%‰]
*QUANT	\d+(?:\.\d+)?个百分点
*QUANT	\d+(?:\.\d+)?余?(?:万亿|亿|万|千)?余?(?:元|吨|千瓦时|千瓦|立方米|个|家|户|座|条|所|列|对|公里|台|种|场|件|部|万人|人|张|亩|名|项|岁|微克/立方米)
*TERM	“[^”]+”
# the header as in the other 2026 work reports (2026年 + 山西省 in the title, the congress without 第五次会议,
# 山西日报 ORG); 省人民政府, 省政府, 省委 generic; the photo caption's 省十四届人大 ORG — doubtful; the photographer PER
DATE	2026年
LOC	山西省
DATE	2026年2月2日
ORG	山西省第十四届人民代表大会
ORG	山西日报
DATE	2026-02-09
PER	卢东亮
PER	卢东亮
ORG	省十四届人大
PER	阮洋
ORG	省政协
# the ideology → 习近平 + 中国 (batch 19); 中国式现代化 nothing
PER	习近平
LOC	中国
PER	习近平
LOC	山西
ORG	党中央
ORG	国务院
LOC	山西
DATE	2020年
DATE	2025年
LOC	山西
# 晋电外送: 晋 the province's one-character name as a place word — doubtful (as 驻吉 → 吉)
LOC	晋
ORG	怀柔实验室山西研究院
LOC	南极秦岭站
# 在晋 → 晋 (as 在臺 → 臺)
LOC	晋
LOC	山西
LOC	武宿综保区
# 上海外高桥: a named free-trade zone, one LOC — doubtful
LOC	上海外高桥
# 中欧中亚班列 one LOC (as 中欧班列, 中欧（亚）班列)
LOC	中欧中亚班列
# 三晋 (the province's classical name) LOC; the reservoir project → 黄河 (a project named by its place)
LOC	三晋
LOC	黄河
LOC	黄河干流山西段
LOC	晋祠泉
QUANT	30年
QUANT	20万
DOC	《右玉》
DOC	《于成龙》
DOC	《瓷魂》
LOC	陶寺国家考古遗址公园
ORG	山西博物院
LOC	山西
PER	习近平
LOC	中国
LOC	山西
ORG	省人大
ORG	省人大常委会
# the portfolio line 港澳台, 援疆 → 港 + 澳 + 台, 疆 (batch 20)
LOC	港
LOC	澳
LOC	台
LOC	疆
DATE	2025年
PER	习近平
LOC	山西
PER	习近平
DATE	2024年
# 晋北采煤沉陷区新能源基地 → the region 晋北 — doubtful
LOC	晋北
ORG	华为
LOC	太原武宿零碳机场
# a company with the place of its plant → ORG + LOC (batch 20) — doubtful
ORG	中电金谷
LOC	偏关
LOC	大同经开区
LOC	阳泉高新区
# a forum named by its city → the place
LOC	太原
LOC	阳泉
# an event named by its country → the place
LOC	中国
# products named by their places → the place (as 吉林大米)
LOC	大同
LOC	沁州
ORG	抖音集团
LOC	太原地铁1号线
LOC	长治
LOC	临汾
PER	习近平
ORG	党中央
PER	习近平
LOC	中国
ORG	工商联
# 驻晋 → 晋 (as 驻豫, 驻吉)
LOC	晋
LOC	晋
LOC	山西
PER	习近平
LOC	山西
""",
    "press-tw-president-five-yuan-tea-2026": r"""
# 五院 / 五院院長 nothing (a count of bodies); 大年初七 DATE (as 大年初八); 馬年 nothing
PER	賴清德
DATE	今（23）日
ORG	總統府
DATE	大年初七
ORG	總統府
# 立法院韓國瑜院長 → ORG + PER; 韓院長 → 韓 (as 蔡前總統 → 蔡)
ORG	立法院
PER	韓國瑜
# the quoted single character 「化」 TERM (as 「小」, batch 19); the quoted idioms TERM
TERM	「化」
TERM	「大事化小、小事化無」
TERM	「逢凶化吉」
PER	韓
LOC	美國
PER	川普
ORG	總統府
PER	韓
LOC	福爾摩沙
LOC	臺灣
TERM	「化誤解為理解、化分歧為團結、化個人小利為國家大利、化干戈為玉帛」
# the quoted gift (a product with the office's name) TERM with its marks — doubtful (nothing the other reading)
TERM	「總統府特製版棗紅色Taiwan帽T」
# 行政院長卓榮泰 → ORG + PER (batch-1 dev decision 4)
ORG	行政院
PER	卓榮泰
ORG	立法院
PER	韓國瑜
ORG	司法院
PER	謝銘洋
ORG	考試院
PER	周弘憲
ORG	監察院
PER	李鴻鈞
PER	蕭美琴
ORG	總統府
PER	潘孟安
PER	鄭俊昇
""",
    "news-cn-three-gorges-new-shipway-2026": r"""
# 长江黄金水道 → 长江 (黄金水道 its epithet) — doubtful (one LOC the other reading)
LOC	长江
# the named new waterway LOC without 工程 (as 沈白高铁) — doubtful; a place chain one LOC
LOC	三峡水运新通道
LOC	湖北省宜昌市
# 三峡工程 (the project) → 三峡 — doubtful (LOC 三峡工程 as a facility the other reading)
LOC	三峡
LOC	长江流域
TERM	“十五五”
# named facilities LOC (as 黄河黑山峡水利枢纽); 葛洲坝航运扩能 → 葛洲坝
LOC	三峡枢纽新通道
LOC	葛洲坝
# 约772亿元 → 772亿元
QUANT	772亿元
LOC	三峡枢纽
QUANT	3.36亿吨
LOC	葛洲坝枢纽
QUANT	3.6亿吨
TERM	“双向两车道”
TERM	“双向四车道”
LOC	长江中上游
LOC	长江三峡
LOC	长江
# 三峡—葛洲坝枢纽河段 one LOC (a named reach) — doubtful
LOC	三峡—葛洲坝枢纽河段
LOC	长江
QUANT	1亿吨
QUANT	17个小时
DATE	2025年
LOC	三峡船闸
QUANT	1.73亿吨
QUANT	220个小时
ORG	中国工程院
ORG	长江设计集团
PER	钮新强
LOC	长江
DATE	2050年
QUANT	2.5亿吨
DATE	2060年
QUANT	3亿吨
ORG	中国城市经济学会
ORG	长江高端智库联盟
PER	秦尊文
LOC	长江
TERM	‘黄金水道’
TERM	‘黄金’
QUANT	180亿元
ORG	三峡新通道公司
PER	王霄
QUANT	24小时
# entities inside quoted speech count (batch 19)
TERM	‘零破坏’
LOC	长江
PER	王霄
LOC	三峡水运新通道
LOC	中国
TERM	“十五五”
LOC	三峡水运新通道
LOC	平陆运河
LOC	汉湘桂内河航运大通道
ORG	国家发展改革委综合运输研究所
PER	宿凤鸣
LOC	三峡枢纽
LOC	长江航道
LOC	长江
LOC	长江经济带
LOC	西部陆海新通道
LOC	中欧班列
LOC	中亚班列
LOC	长江经济带
LOC	长江
PER	秦尊文
LOC	三峡
LOC	长江经济带
LOC	长三角
LOC	长三角
LOC	长江中游
LOC	成渝
""",
    "gw-sh-transport-accident-statistics-2024": r"""
# the tool's preamble as in earlier Shanghai notices; 本市 nothing
LOC	上海市
DOC	《中华人民共和国著作权法》
ORG	上海市交通委员会
DOC	《上海市生产安全事故统计工作办法》
DOC	沪应急调查〔2024〕7号
ORG	交通运输部
ORG	交通运输部
ORG	国家统计局
DOC	《道路运输行业行车事故统计调查制度》
DOC	《港口生产安全事故统计调查制度》
DOC	《交通运输行业建设工程生产安全事故统计调查制度》
DOC	《海事统计调查制度》
QUANT	1人
QUANT	1人
QUANT	100万元
QUANT	100万元
# time limits (7日内, 30日内) QUANT — doubtful (no precedent here)
QUANT	7日
QUANT	30日
# the commission's divisions (委客运处 …) ORG with 委; the city's centres ORG
ORG	委客运处
ORG	市道运中心
ORG	委货运处
ORG	市道运中心
ORG	委港务监管处
ORG	市港航中心
ORG	委港务监管处
ORG	委执法总队
ORG	委交通建设处
ORG	市交通工程安质监站
ORG	委轨道交通处
# 浦东新区、宝山 … 崇明区交通委: the districts LOC and the last with its 交通委 ORG (batch 20's 奉贤区交通委) — doubtful;
# （建交委） nothing
LOC	浦东新区
LOC	宝山
LOC	闵行
LOC	嘉定
LOC	金山
LOC	松江
LOC	青浦
LOC	奉贤
ORG	崇明区交通委
ORG	交通运输部
# 每月5日前, 10日前: recurring days, nothing
ORG	市交通委安委办
TERM	“零报告”
LOC	浦东新区
LOC	宝山
LOC	闵行
LOC	嘉定
LOC	金山
LOC	松江
LOC	青浦
LOC	奉贤
ORG	崇明区交通委
DOC	《上海市生产安全事故统计工作办法》
ORG	市交通委安委办
DOC	《中华人民共和国统计法》
DOC	《防范和惩治应急管理统计造假、弄虚作假的责任规定》
TERM	“谁报送、谁负责”
ORG	市交通委安委办
LOC	上海
# the attachment lines (unmarked titles of tables) nothing
DOC	《上海市生产安全事故统计工作办法》
ORG	上海市交通委员会
DATE	2024年3月21日
""",
    "news-cn-century-digital-ipo-approval-2026": r"""
# ordinals of approvals (第87家, 第2单) nothing; 过2单 → 2单 QUANT (a count)
ORG	世纪数码
ORG	东方证券
QUANT	2单
ORG	中国经济网
LOC	北京
DATE	6月12日
# the numbered hearing (2026年第57次审议会议) nothing beyond its committee — doubtful (DATE 2026年 the other reading)
ORG	北京证券交易所上市委员会
DATE	2026年6月11日
ORG	郑州新世纪数码科技股份有限公司
# the quoted short name ORG without the marks
ORG	世纪数码
DATE	2026年
ORG	上交所
ORG	深交所
QUANT	32家
ORG	北交所
QUANT	55家
ORG	东方证券股份有限公司
PER	张步云
PER	闵庆邦
ORG	东方证券
DATE	3月5日
ORG	东方证券
ORG	乔路铭科技股份有限公司
PER	金利峰
QUANT	88.24%
QUANT	1,100.00万股
QUANT	1,265.00万股
QUANT	15%
QUANT	165.00万股
ORG	中国证监会
QUANT	26,791.06万元
QUANT	10000台
DATE	2026年
ORG	上交所
ORG	深交所
DATE	2026年
ORG	北交所
# the two tables by regex (every match read): each company line ORG whole, each listing date DATE, each sponsor ORG
# (two sponsors joined by 、 two ORG); then the remaining short names of the company
*ORG	(?m)^[^\n]*(?:有限公司|股份公司)$
*DATE	\d{4}/\d{1,2}/\d{1,2}
*ORG	中信证券|中信建投|招商证券|华泰联合|国泰海通|中金公司|财通证券|广发证券|国信证券|长江保荐|中泰证券|华源证券|国金证券|东莞证券|开源证券|东吴证券|中国银河|国联民生|兴业证券|平安证券|财信证券|国投证券|东方证券
*ORG	世纪数码
""",
    "gw-sh-huangpu-heritage-protection-measures-2023": r"""
# the tool's preamble as in earlier Shanghai notices; 区人民政府, 区政府, 本区, 专家委员会, the city's and district's
# 文化市场综合行政执法机构 (generic) nothing
LOC	上海市
DOC	《中华人民共和国著作权法》
ORG	黄浦区人民政府
DOC	《黄浦区加强历史风貌区、优秀历史建筑和不可移动文物保护实施办法》
DOC	《黄浦区加强历史风貌区、优秀历史建筑和不可移动文物保护实施办法》
ORG	上海市黄浦区人民政府
DATE	2023年1月17日
# the unmarked title line: the place inside
LOC	黄浦区
LOC	黄浦区
LOC	黄浦区
# the committee named by its remit, founded by the district: ORG; its quoted short names ORG without the marks
ORG	历史风貌区和优秀历史建筑保护委员会
ORG	区历保委
ORG	区历保办
# named historic areas LOC; 衡山路—复兴路 one LOC (an area named by its two roads) — doubtful
LOC	外滩
LOC	老城厢
LOC	人民广场
LOC	衡山路—复兴路
QUANT	100万元
QUANT	300平方米
ORG	上海市政府
TERM	“一网通办”
# a platform → the place inside (batch 20)
LOC	上海市
TERM	“一站式”
QUANT	100万元
QUANT	300平方米
ORG	黄浦区人民政府
DATE	2023年2月16日
DATE	2028年2月15日
# the district's bureaus by regex (every match read), then every remaining 《》 title DOC and the short names
*ORG	区(?:房管局|规划资源局|文化旅游局|文物局|财政局|建管委|市场监管局|国资委|应急局|绿化市容局|城管执法局|城运中心)
*DOC	《[^》]+》
*ORG	区历保委|区历保办|历保委
""",
    "reg-cn-special-equipment-inspection-2022": r"""
# the order number with its issuer one DOC (earlier gold: 国家市场监督管理总局令第45号); amounts in Chinese numerals
# (五千元, 三万元 …) and 近二年, 十个工作日 nothing (no digit); the generic 市场监督管理部门 nothing
DATE	2022年5月26日
DOC	国家市场监督管理总局令第57号
DATE	2022年7月1日
DOC	《中华人民共和国特种设备安全法》
DOC	《特种设备安全监察条例》
ORG	国家市场监督管理总局
ORG	国家市场监督管理总局
TERM	“双随机、一公开”
TERM	“双随机、一公开”
DOC	《中华人民共和国特种设备安全法》
DOC	《市场监督管理行政执法责任制规定》
ORG	国家市场监督管理总局
DATE	2022年7月1日
""",
}
