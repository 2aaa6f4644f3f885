"""Reading lists of the batch-53 entity gold, pass 1 (branch issue-e53p1-s25); see build_batch.py for the
line format and README-batch53.md for the rules and the borderline decisions they follow."""

LISTS = {
    "gw-jx-provincial-government-office-major-projects-supervision-notice-2020": r"""
PER	习近平
# 省委、省政府 generic level words alone: nothing; the quoted work formulas, campaign names and slogans TERM
TERM	“一手抓疫情防控、一手抓稳经济增长”
TERM	“项目建设提速年”
TERM	“项目为王”
# 省政府办公厅 and 省政府督查室: a level's government with its office, ORG (as 省政府办公厅 in batch 27's gold)
ORG	省政府办公厅
QUANT	64个
ORG	省政府督查室
TERM	“抓落实”
# 每季度 no calendar quarter named: nothing
TERM	“钉钉子”
TERM	“六稳”
# 年初 / 年底 / 全年 deictic: nothing
QUANT	64个
ORG	省政府督查室
DOC	《全省部分投资20亿元以上重大产业项目入库名单》
TERM	“两微一端”
ORG	省政府督查室
DOC	《全省部分投资20亿元以上重大产业项目建设主要成效》
QUANT	64个
ORG	省政府办公厅
TERM	“四不两直”
ORG	省政府督查室
QUANT	64个
TERM	“今天再晚也是早、明天再早也是晚”
TERM	“高位化调度、集成化作战、扁平化协调、一体化办理”
TERM	“定海神针”
ORG	省政府督查室
TERM	“五型”
TERM	“不为不办找理由，只为办好想办法”
TERM	“事事马上办、人人钉钉子、个个敢担当”
TERM	“怕、慢、假、庸、散”
TERM	“第一等的工作”
TERM	“五型”
# the attachment line names the list without title marks: the entities inside it (batch 27's unmarked heading)
QUANT	20亿元
DATE	2020年2月10日
""",
    "news-cn-bozhou-news-housing-loan-support-measures-2022": r"""
# headline: a bare 万 number counts (4万亿, 313万)
QUANT	50万
DATE	2022-05-28
ORG	亳州晚报社
# the credit wording a reuser must write, quoted: a rule's quoted wording, TERM (訂明「因應情況額外收費」) —
# doubtful (ORG 亳州晚报 + ORG 亳州新闻网 inside the other reading)
TERM	“来源：亳州晚报或亳州新闻网”
DOC	《关于加大对房地产业资金支持的若干措施》
# 三分之一 a fraction in words, 按季度 no quarter named: nothing
QUANT	20%
QUANT	30%
QUANT	33万元
QUANT	40万元
QUANT	43万元
QUANT	50万元
QUANT	20%
QUANT	50%
QUANT	30%
TERM	“新市民”
TERM	“新市民”
QUANT	30000 元/平方米
TERM	“节点”
QUANT	10%
# the central bank's city branch and the regulator's sub-bureau, each one ORG with its place
ORG	人民银行亳州市中心支行
ORG	亳州银保监分局
DATE	2022年1月5日
DATE	2022年12月31日
# 市中心城区, 三县, 国家、省: nothing
PER	李鹏
PER	丁静
PER	蒋海涛
PER	丁静
""",
    "news-cn-xinhuanet-anhui-free-trade-zone-tax-2023": r"""
TERM	“税动力”
ORG	新华网
# 中国自贸试验区 is the kind (every Chinese pilot FTZ): the country alone — doubtful (LOC whole the other reading);
# the bracket naming the province qualifies the zone's name and stays inside (中国地质大学（武汉）)
LOC	中国
QUANT	10周年
LOC	中国（安徽）自贸试验区
QUANT	3周年
QUANT	3年
# 我省税务部门 a kind of body: nothing
LOC	安徽自贸试验区
LOC	淮南联动创新区
ORG	安徽山河药用辅料股份有限公司
ORG	淮南市税务局
TERM	“政策找人”
QUANT	1750万元
# the accountant's quoted words are speech: nothing inside them
PER	刘琦
LOC	安徽自贸试验区
QUANT	3年
QUANT	3年
QUANT	3个
QUANT	13个
QUANT	4个
QUANT	76项
DATE	2021年
LOC	亳州联动创新区
ORG	安徽省冠盛纺织科技有限公司
ORG	涡阳县税务局
DATE	5月
PER	孙传超
# 今年1—7月: 今年 out (今年4月 → 4月)
DATE	1—7月
LOC	安徽自贸试验区
QUANT	849.2亿元
# 安徽省税务部门 a kind of body with its province: the province LOC — doubtful (nothing, or ORG whole)
LOC	安徽省
TERM	“走出去”
ORG	蚌埠国显科技有限公司
# 美日韩: one-character country abbreviations standing as places, one LOC each (苏锡常 → 苏 + 锡 + 常)
LOC	美
LOC	日
LOC	韩
LOC	安徽自贸试验区蚌埠片区
ORG	国显科技
LOC	蚌埠市
TERM	“集合式”
TERM	“无纸化”
TERM	“活水回流”
ORG	国显科技
QUANT	2条
QUANT	2.12亿美元
QUANT	2843万元
ORG	合肥经济技术开发区税务局
ORG	芜湖市税务局
TERM	“9610”
# 海关、外汇管理等部门 generic remits: nothing
TERM	“清单核放、汇总申报”
TERM	“一站式”
ORG	亳州高新技术产业开发区税务局
ORG	亳州市美伦美包装材料有限公司
TERM	“税信通”
QUANT	100万元
LOC	亳州市
LOC	亳州联动创新区
TERM	“税信通”
TERM	“纳税信用”
# A级 / D级 grades: nothing
QUANT	37项
TERM	“信用”
ORG	黄山市税务局
TERM	“三书同达”
DOC	《税务行政处罚决定书》
DOC	《行政处罚信息信用修复告知书》
DOC	《市场主体纳税信用合规建设提示书》
# 黄山某运输公司: an anonymised company, the place written before it LOC
LOC	黄山
DATE	7月
QUANT	38.5%
ORG	安徽省税务局
LOC	安徽自贸试验区
TERM	“试验田”
PER	汤超
""",
    "stats-hlj-daqing-2012-statistical-bulletin-part": r"""
# the unmarked title line gives its entities
DATE	2012年
LOC	大庆市
ORG	大庆市统计局
ORG	国家统计局大庆调查队
DATE	2013年3月20日
DATE	2012年
# 市第八次党代会 and 市委八届二次全会 are meetings (events) of the generic 市委: nothing
TERM	“一二三四五”
TERM	“全党抓发展，中心抓经济，重点抓项目”
TERM	“四个基础”
DATE	2012年
# the table's bare figures and 单位：亿元 carry no unit of their own: nothing; every figure with a unit in the prose
*QUANT	\d+(?:\.\d+)?(?:%|亿元|万人)
""",
}
