"""Reading lists of the batch-55 entity gold, pass 1 (branch issue-e55p1-s25); see build_batch.py for the
line format and README-batch55.md for the rules and the borderline decisions they follow."""

LISTS = {
    "news-cn-scio-mfa-davos-briefing-notice-qa-20150115": r"""
# the crawler's title / url / author lines as batch 49's 孔泉 transcript: the website → the office inside (ORG
# 国务院新闻办公室); a bare day of the month DATE (16日); 中外媒体 nothing (外 no place)
ORG	外交部
DATE	16日
PER	李克强
ORG	国务院新闻办公室
DATE	1月16日
# (星期五) a weekday, 上午10点半 a clock time: nothing; 蓝厅 the ministry's hall, a venue → LOC — doubtful
LOC	蓝厅
PER	李克强
# 世界经济论坛2015年年会: the meeting is an event, the forum inside it ORG (as 中非合作论坛) and its year DATE
ORG	世界经济论坛
DATE	2015年
LOC	瑞士
ORG	外交部
PER	李保东
# 中方 nothing; 中国维族人 → the place before a word for its people (中国); 维族 nothing; 土耳其人 → 土耳其
QUANT	10名
LOC	中国
LOC	叙利亚
LOC	伊拉克
LOC	土耳其
# 土耳其方面 ("the Turkish side") → LOC 土耳其 — doubtful (nothing, as 中方, the other reading)
LOC	土耳其
# 中国政府 one ORG (X国政府 alone)
ORG	中国政府
LOC	土耳其
LOC	日本
QUANT	420亿美元
DATE	2015年
LOC	日本
LOC	日本
LOC	亚洲
LOC	日本
# 日方 nothing
LOC	阿富汗
# 阿富汗政府 one ORG (X国政府); 塔利班 ORG (as dev gold)
ORG	阿富汗政府
ORG	塔利班
LOC	阿富汗
LOC	中国
# 中阿关系 → 中 + 阿 (as 中美 → two LOC)
LOC	中
LOC	阿
LOC	阿富汗
# the quoted principle a TERM with its marks (阿人 inside it, no span)
TERM	“阿人主导、阿人所有”
""",
    "news-cn-sina-xian-stats-bureau-jan-jul-economy-2021": r"""
DATE	1-7月
LOC	西安市
# 本报讯 names no outlet; the reporter's name without 记者
PER	张维
DATE	8月23日
ORG	西安市统计局
DATE	1-7月
# 前7个月 a DATE with 前 (the first N months)
DATE	前7个月
LOC	西安市
DATE	1-7月
LOC	西安市
QUANT	5.8%
DATE	1-6月
QUANT	0.7个百分点
QUANT	5.9%
DATE	1-6月
QUANT	0.3个百分点
DATE	1-7月
LOC	西安市
QUANT	7.4%
DATE	2019年1-7月
QUANT	20.5%
QUANT	9.8%
DATE	1-7月
LOC	西安市
QUANT	1465.32亿元
QUANT	14.9%
DATE	2019年1-7月
QUANT	5.1%
QUANT	2.5%
""",
    # Development part (listed after the held-out two were committed).
    "gw-fj-pingtan-eucalyptus-cutworm-control-urgent-notice-2011": r"""
# the 平潭 archive page as batch 38's 174号 notice: the page's 时间 DATE (09:05 a clock time, nothing), the share
# chrome 微信 / 微博 / QQ空间 ORG, the closing 来源 中国平潭 (the portal's name) ORG; the pest's quoted name a TERM
# with its marks, in the page's title copy and the notice's own title too
TERM	“小地老虎”
DATE	2011-05-25
ORG	微信
ORG	微博
ORG	QQ空间
TERM	“小地老虎”
# 各乡镇林业站 (kinds), 我县, 省委、省政府 (generic, as 市政府), 全县 nothing
QUANT	160多万株
TERM	“小地老虎”
TERM	“小地老虎”
QUANT	90%
# 500倍液: the dilution N倍 a QUANT (as dev 2.6倍); 皇功农药 (a product) nothing
QUANT	500倍
ORG	县林业局
# 林业站 generic; 局森防站 → the bureau's station named by its remit ORG 森防站 — doubtful (nothing, a kind, the other
# reading)
ORG	森防站
ORG	中国平潭
""",
    "gw-ha-jiaozuo-weihe-river-coordinated-protection-decision-2023": r"""
# the city standing committee's decision as batch 51's 南通 decision: the `#` and title lines → the body ORG, the river
# and its bracketed other name two LOC (regex below; a name and its other name are two spans); the adopting and
# approving committees with their terms one ORG each (第七次会议 out); generic bodies (市、县级人民政府, 市人民政府,
# 主管部门, 司法机关, 防汛指挥机构) nothing
ORG	焦作市人民代表大会常务委员会
ORG	焦作市人民代表大会常务委员会
DATE	2023年10月27日
ORG	焦作市第十四届人民代表大会常务委员会
DATE	2023年11月30日
ORG	河南省第十四届人民代表大会常务委员会
# 习近平生态文明思想: an ideology, the person inside it PER
PER	习近平
DOC	《中华人民共和国水法》
DOC	《中华人民共和国水污染防治法》
DOC	《中华人民共和国防洪法》
DOC	《中华人民共和国文物保护法》
ORG	海河水利委员会
ORG	海河水利委员会
# the basin plans: 海河流域 one LOC (as 长江流域); 漳卫河系 (the river system) one LOC — doubtful (漳卫河 alone the
# other reading)
LOC	海河流域
LOC	漳卫河系
LOC	海河流域
LOC	漳卫河系
ORG	海河水利委员会
LOC	大运河
# 大运河（永济渠）: the canal and its bracketed section name, two LOC
LOC	大运河
LOC	永济渠
# 市人民代表大会 (市人大) ORG; 及其常务委员会 an organ without its body written, nothing — doubtful
ORG	市人民代表大会
# the city's zone committee named by the zone (城乡一体化示范区) ORG — doubtful (nothing, a level word with a kind, the
# other reading)
ORG	市城乡一体化示范区管理委员会
DATE	2024年5月1日
*LOC	大沙河
# 新乡市、鹤壁市、安阳市、濮阳市人民政府: the list shares 人民政府 written on the last place → three LOC and one ORG (as
# 东北和华北地区 → 东北 + 华北地区); before 防汛指挥机构 / 同级人民代表大会常务委员会 (kinds) and alone, four LOC
*ORG	濮阳市人民政府
*LOC	新乡市|鹤壁市|安阳市|濮阳市
# 卫河流域 one LOC (as 长江流域), 卫河 alone where written alone (卫河保护, 卫河上下游); 市、卫河流域县级人民政府 → the
# basin alone
*LOC	卫河流域
*LOC	卫河
""",
    "news-cn-pingtan-cppcc-science-members-inspection-2011": r"""
# the 平潭 archive page: 全国政协 in 全国政协科协界委员 (科协界 a sector, nothing); 来岚 → 岚 (Pingtan's one-character
# name, as dev gold)
ORG	全国政协
LOC	岚
DATE	2011-08-16
ORG	微信
ORG	微博
ORG	QQ空间
DATE	8月14日
ORG	全国政协
# 中国科协书记处原书记: the body's secretariat one ORG (a body's board stays, 海尔集团监事会) — doubtful (中国科协
# alone, as a Party organ before a post, the other reading)
ORG	中国科协书记处
PER	宋南平
ORG	全国政协
# the inspection's quoted topic a TERM (a noun phrase, not speech)
TERM	“引进海外智力为国服务计划在地方经济中发挥的作用”
LOC	岚
PER	杜源生
PER	张茂于
PER	翁晓岚
# the development clusters and the bay by their place names LOC
LOC	金井湾
LOC	幸福洋
LOC	竹屿
LOC	坛南湾
PER	杜源生
ORG	全国政协
PER	宋南平
# 海西 (the 海峡西岸经济区 by its short name) LOC — doubtful; 两岸 nothing
LOC	海西
ORG	中国平潭网
*LOC	平潭
""",
    "news-cn-pingtan-five-dynasties-celadon-salvaged-2010": r"""
# 五代 (a dynasty) nothing; （公园907年—960年） the dynasty's years one DATE (a range); 平潭海域 → 平潭 — doubtful
# (one LOC as 长江流域 the other reading)
DATE	2010-05-10
ORG	微信
ORG	微博
ORG	QQ空间
QUANT	6件
QUANT	1000多年
DATE	907年—960年
ORG	国家水下考古队
PER	羊泽林
DATE	5月7日
# the museums and the city team ORG where they act (they make up the team)
ORG	中国国家博物馆
ORG	福建博物院
ORG	福州市考古队
QUANT	10人
ORG	国家水下考古队
DATE	5日
ORG	国家水下考古队
QUANT	500多万元
ORG	国家水下考古队
QUANT	15天
DATE	5月7日
# 平潭屿头岛 a place chain, one LOC
LOC	平潭屿头岛
# the wreck's quoted name a TERM with its marks — doubtful (LOC as a site the other reading)
TERM	“碗礁一号”
ORG	中国平潭网
*LOC	平潭
""",
    "news-cn-sina-southern-finance-dongguan-doubling-plan-firms-2022": r"""
# the opening byline: the outlet ORG, the trainee reporter PER; the city's 倍增计划 office one ORG (the unquoted
# programme inside its name); the quoted programme TERM everywhere outside the title (regex below)
ORG	南方财经全媒体
PER	程浩
DATE	5月24日
ORG	东莞市倍增计划工作领导小组办公室
DATE	2022年
QUANT	521家
QUANT	500家
QUANT	1021家
DATE	2017年
# 2021年底 a year tail; 约180家 → 180家; 国家火炬统计 nothing; 超千亿 (Chinese numeral) nothing
DATE	2021年底
QUANT	214家
QUANT	457家
QUANT	180家
QUANT	33家
QUANT	118家
QUANT	3家
DATE	一季度
QUANT	410家
QUANT	317.96亿元
QUANT	8.7%
QUANT	5.1个百分点
DATE	一季度
DATE	2022年度
QUANT	521家
QUANT	500家
QUANT	1021家
QUANT	521家
LOC	松山湖
QUANT	54家
QUANT	1021家
ORG	东莞市工业和信息化局
DOC	《2022年“倍增计划”专项资金资助目录》
DATE	2022年度
QUANT	13项
QUANT	6项
QUANT	1200万元
DATE	2022年
QUANT	2.5亿元
*TERM	“倍增计划”
*LOC	东莞市|东莞
""",
    "news-cn-sina-southern-finance-guangdong-jan-feb-economy-2021": r"""
DATE	1-2月
LOC	广东
DATE	2021年1-2月
LOC	广东
DATE	3月22日
ORG	广东省统计局
DATE	1-2月
QUANT	4745.61亿元
QUANT	7447.16亿元
LOC	广东
DATE	2020年
DATE	1-2月
LOC	广东
QUANT	4745.61亿元
DATE	2020年
ORG	国家统计局
LOC	广东
DATE	2020年
DATE	2019年
DATE	2019年
ORG	南方财经全媒体
DATE	2013-2018年
LOC	广东
DATE	2019年
DATE	1-2月
LOC	广东
# 四大支柱行业 (Chinese numeral), 全省 nothing; 1-2月份 one DATE (as dev 4月份)
DATE	1-2月份
LOC	广东
DATE	1-2月
LOC	广东
DATE	2019年
DATE	1-2月
LOC	广东
DATE	2020年
# 2018、2019年: two years sharing the 年 written once, one DATE — doubtful (two DATE the other reading)
DATE	2018、2019年
DATE	1-2月
LOC	广东
DATE	1-2月
LOC	广东
QUANT	7447.16亿元
DATE	2019年
QUANT	1个百分点
LOC	广东
TERM	“就地过年”
# 在粤 → 粤 (a one-character province as a place word)
LOC	粤
DATE	1-2月
LOC	广东
# the closing credit: the outlet ORG, the reporter and the editor PER
ORG	南方财经全媒体
PER	钟小韵
PER	杜弘禹
# every percentage with its own %, one QUANT each (3D in 3D打印 nothing)
*QUANT	\d+(?:\.\d+)?%
""",
}
