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
}
