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
    "gw-jx-provincial-government-yingtan-port-master-plan-reply-2020": r"""
ORG	鹰潭市人民政府
DOC	《关于恳请批复鹰潭港总体规划的请示》
DOC	鹰府文〔2020〕5号
ORG	交通运输部
DOC	《鹰潭港总体规划》
LOC	鹰潭港
# a province's abbreviation and a direction with 地区, one LOC (鲁西南地区)
LOC	赣东北地区
LOC	鹰潭市
LOC	鹰潭港
LOC	鹰潭港
# the named stretches of port shoreline (…岸线, a planning unit of the port like SJC1-0013单元): LOC whole —
# doubtful (the place in the name alone, 城东花园, the other reading)
LOC	城东花园岸线
# 信江 右岸/左岸: a shore gives the river (长江南岸 → 长江); villages and hamlets LOC, a chain of
# town + village one LOC (湖北省巴东县官渡口镇马鬃山村); …段 (the reach) out
LOC	大岩苏家
LOC	刘家
LOC	流口岸线
LOC	流口镇
LOC	东门岸线
# a bridge LOC, its district name written before it in one run
LOC	东门灰管桥
LOC	九牛滩岸线
LOC	滨江镇洪塘新村
LOC	卢家埠
LOC	岭上岸线
LOC	滨江镇江南村塘背邹家
LOC	东湖公园岸线
# district + park or bridge written together: a facility with the site it stands in, one LOC (明志楼第一会议室)
LOC	月湖区东湖公园
LOC	鹰西滨江岸线
LOC	月湖区龙虎山大桥
LOC	双凤岸线
LOC	月湖区双凤村
LOC	中童岸线
LOC	中童镇界牌大桥
LOC	界牌大桥
LOC	石港岸线
LOC	锦江镇石港大桥
LOC	石港杨家
LOC	潢溪岸线
LOC	潢溪镇店前村
LOC	黄家塘
LOC	锦江古镇岸线
LOC	锦江古镇
LOC	鹰潭港
LOC	贵溪港区
LOC	城区港区
LOC	余江港区
LOC	贵溪市
# 鹰潭市城区: the city, 城区 a part by kind
LOC	鹰潭市
LOC	余江区
# the environmental-impact review named without title marks: the entity inside it
LOC	鹰潭港
LOC	鹰潭港
LOC	鹰潭港
LOC	鹰潭港
# 省政府有关部门: nothing
LOC	鹰潭港
DATE	2020年3月3日
# the short title in marks, every time (本《规划》 too); the river everywhere; lengths in metres
*DOC	《规划》
*LOC	信江
*QUANT	\d+米
""",
    "gw-sc-dazhou-real-estate-healthy-development-ten-measures-notice-2022": r"""
ORG	达州市人民政府办公室
# the unmarked title names the measures: the place inside it
LOC	达州市
# 各县（市、区）人民政府, 市级有关部门: nothing; a zone's committee with the zone's name ORG (菊园新区管委会)
ORG	达州高新区管委会
ORG	达州东部经开区管委会
DOC	《达州市促进房地产市场良性循环健康发展十条措施》
ORG	达州市人民政府办公室
DATE	2022年4月28日
LOC	达州市
ORG	党中央
ORG	国务院
TERM	“房住不炒”
LOC	达州
LOC	达州
QUANT	20%
QUANT	50%
DOC	《商品房预售许可证》
# 近2年内: the approximator out
QUANT	2年
QUANT	75%
QUANT	10万平方米
QUANT	300元/平方米
QUANT	10万平方米
QUANT	200元/平方米
QUANT	6个月
# 达州市域 (the city's area): the city — doubtful (达州市域 whole the other reading); 达州市住房公积金 (the city's fund,
# no body named) the city
LOC	达州市
LOC	达州市
LOC	达州市
QUANT	10万元
LOC	达州市
LOC	达州市
LOC	达州市
QUANT	5%
# a 领导小组 named by its remit with its level's place, ORG (区城市更新领导小组)
ORG	达州市人才工作领导小组
QUANT	35岁
QUANT	100元
QUANT	50%
DATE	2022年12月31日
""",
    "news-cn-ce-securities-daily-nev-exports-2023": r"""
TERM	“内外兼修”
PER	张晓玉
LOC	中国
TERM	“名片”
DATE	7月4日
ORG	中国汽车工业协会
ORG	海关总署
DATE	2023年5月份
DATE	5月份
QUANT	43.8万辆
QUANT	3.2%
QUANT	92.8%
QUANT	8.8%
QUANT	1.2倍
ORG	乘联会
DATE	5月份
QUANT	9.2万辆
QUANT	135.7%
QUANT	1.2%
QUANT	30.5%
QUANT	92.6%
# the college's research institute, a unit written with its body: one ORG
ORG	江西新能源科技职业学院新能源汽车技术研究院
PER	张翔
ORG	证券日报
LOC	中国
LOC	中国
DATE	2023年1月份至5月份
QUANT	193.3万辆
QUANT	79.8%
QUANT	2667.8亿元
QUANT	124.1%
DATE	一季度
QUANT	106.9万辆
QUANT	58.1%
LOC	日本
DATE	一季度
QUANT	95.4万辆
LOC	中国
LOC	日本
DATE	2023年1月份至5月份
LOC	中国
LOC	中国
QUANT	91.2%
ORG	乘联会
DATE	5月份
QUANT	30.2万辆
QUANT	64.0%
QUANT	1.0%
DATE	1月份至5月份
QUANT	138.1万辆
QUANT	102.0%
DATE	5月份
QUANT	30%
LOC	中国
ORG	中汽协
DATE	1月份至5月份
# the carmakers listed by their short names: companies, ORG each
ORG	上汽
ORG	奇瑞
ORG	特斯拉
ORG	长安
ORG	长城
ORG	吉利
ORG	东风
ORG	江汽
ORG	比亚迪
ORG	北汽
ORG	上汽
DATE	1月份至5月份
QUANT	39.6万辆
ORG	比亚迪
QUANT	6.9万辆
QUANT	14.2倍
ORG	奇瑞
ORG	长城汽车
QUANT	1.8倍
QUANT	1倍
ORG	长城汽车
ORG	证券日报
# the manager's quoted words are speech: the entities inside them
ORG	长城汽车
LOC	泰国
LOC	泰国
LOC	马来西亚
LOC	老挝
LOC	文莱
LOC	菲律宾
LOC	柬埔寨
QUANT	6个
DATE	下半年
ORG	长城汽车
LOC	越南
LOC	新加坡
LOC	印度尼西亚
QUANT	3个
ORG	广汽埃安
ORG	极氪汽车
ORG	赛力斯
ORG	小鹏汽车
ORG	广汽埃安
LOC	泰国
LOC	泰国
ORG	锦汇
ORG	极氪
# car models (极氪001, 极氪X, 赛力斯SERES5, 小鹏G6) are products, not names of the company: the maker's name inside
# them ORG — doubtful (nothing the other reading)
ORG	极氪
ORG	极氪
LOC	欧洲
LOC	瑞典
LOC	荷兰
ORG	赛力斯
LOC	欧洲
# country + city + mountain written together, a place chain: one LOC (美国肯塔基州, 湖北省巴东县官渡口镇马鬃山村)
LOC	挪威卑尔根弗洛伊恩山
ORG	小鹏
LOC	欧洲
# a name and its name in another language, two spans (華爾街日報 + The Wall Street Journal)
ORG	TrendForce
ORG	集邦咨询
LOC	中国
LOC	中国
LOC	欧
LOC	美
LOC	日
LOC	韩
DATE	2023年第一季
LOC	中国
QUANT	25%
ORG	乘联会
DATE	6月份
ORG	乘联会
DATE	6月份
QUANT	183万辆
QUANT	5.2%
QUANT	67万辆
QUANT	15.5%
QUANT	26%
QUANT	36.6%
DATE	6月份
ORG	蔚来汽车
DATE	6月份
QUANT	1.07万辆
ORG	理想
QUANT	3万辆
ORG	广汽埃安
QUANT	4个月
QUANT	4万辆
ORG	极氪
QUANT	10620辆
QUANT	146.9%
QUANT	22.4%
ORG	东莞证券
PER	黄秀瑜
ORG	乘联会
DATE	6月份
DATE	下半年
# a year inside a meeting's name is a DATE (2025年上海合作组织峰会 → 2025年), digits alone as 2024 in earlier gold
DATE	2023
ORG	中国工程院
PER	丁荣军
DATE	2022年
QUANT	1082.4万辆
QUANT	14%
LOC	中国
QUANT	688万辆
QUANT	25%
DATE	2025年
QUANT	2500万辆
QUANT	20%
LOC	中国
QUANT	1500万辆
QUANT	35%
ORG	金辰股份
PER	祁海珅
ORG	证券日报
# the closing quote is speech; the two quoted catchwords inside it TERM
TERM	‘老三样’
TERM	‘新三样’
PER	祁海珅
""",
    "news-cn-ce-shandong-tancheng-science-park-talent-2016": r"""
# province + county written together in the headline, a place chain: one LOC (湖北省巴东县官渡口镇马鬃山村)
LOC	山东郯城
PER	刘继国
TERM	“PET”
DATE	上半年
# quoted talent titles and an award are designations cited in marks: TERM
TERM	“泰山学者海外特聘专家”
# 美国籍 / 加拿大籍: the country before the word for a nationality (臺灣人民 → 臺灣)
LOC	美国
PER	陈冬岩
TERM	“六盘山友谊奖”
LOC	加拿大
PER	刘海波
ORG	中国科学技术大学
PER	窦少彬
QUANT	3个
LOC	山东郯城
# a named park LOC (苏州工业园区)
LOC	金谷博士创业园
TERM	“人才引擎”
LOC	郯城
QUANT	18%
# unquoted PET, CT, MRI: nothing
TERM	“正电子发射断层扫描仪”
TERM	“生命雷达”
QUANT	2000万元
# the country and city written before the centre to say where it is, one LOC, the centre ORG (科右前旗 + 华锐风机制造厂)
# — doubtful (美国 + 休斯敦 two LOCs the other reading)
LOC	美国休斯敦
ORG	安德森癌症研究中心
PER	刘继国
TERM	“中国制造”
# a county's Party committee with its name ORG (福建省委); 县政府 generic
ORG	郯城县委
PER	刘继国
ORG	山东麦德盈华科技有限公司
QUANT	200万元
# county + park written together: one LOC — doubtful (郯城县 + 金谷博士创业园 the other reading)
LOC	郯城县金谷博士创业园
PER	刘继国
LOC	郯城
PER	刘继国
QUANT	170万元
LOC	金谷博士创业园
LOC	郯城
QUANT	4个
DATE	9月22日
ORG	麦德盈华公司
# the forum named by the academy whose meeting it is: the body ORG (中国足协杯 → 中国足协)
ORG	中美核医学学院
LOC	美
LOC	日
LOC	韩
LOC	澳
QUANT	100余位
ORG	中美核医学学院
ORG	中美核医学学院
LOC	郯城县
QUANT	500万元
QUANT	5000万元
LOC	郯城县
# 高科技电子产业园、医药产业园、大学生创业园: parks named by their kind — nothing, doubtful (LOC each the other reading)
LOC	金谷博士创业园
LOC	郯城
DATE	2015年
ORG	山东鲁南新材料有限公司
# 郯城县博士后科研工作站: the county's first station of its kind, no name: the county
LOC	郯城县
TERM	“零”
DATE	2016年4月
# 化工产业园区 a park by kind: nothing; the university's centre, a unit written with its body, one ORG
ORG	北京化工大学研究中心
LOC	郯城县
QUANT	1个
QUANT	5个
QUANT	28个
LOC	郯城
QUANT	3至5年
QUANT	20个
DATE	2020年
LOC	长江
LOC	郯城
ORG	经济日报
PER	王金虎
""",
    "news-cn-gmrb-suzhou-museum-ideological-course-2024": r"""
DATE	12月9日
# the province before the museum, its own LOC; a museum where a class is held is a venue, LOC (西柏坡纪念馆)
LOC	江苏
LOC	苏州博物馆
LOC	苏州博物馆
TERM	“中而新，苏而新”
QUANT	2500年
TERM	“双面绣”
ORG	中国人民大学
# the city as co-host: LOC as place names stay — doubtful (ORG the other reading)
LOC	苏州市
# 全国教育大会 an event: nothing
TERM	“博物馆里的大思政课”
LOC	苏州
QUANT	20多家
# the alliance's quoted theme TERM, 共建联盟 a kind word — doubtful (ORG “博物馆里的大思政课”共建联盟 the other reading)
TERM	“博物馆里的大思政课”
ORG	中国人民大学
ORG	中国人民大学附属中学
# 附属小学 after the university's middle school, the university's name shared — doubtful (nothing the other reading)
ORG	附属小学
# the university before its Party committee's post: the university (娲石集团党委书记 → 娲石集团)
ORG	中国人民大学
PER	张东刚
ORG	中国人民大学
TERM	“博物馆里的大思政课”
# the editor's quoted words are speech: nothing inside
ORG	人民教育出版社
PER	王日春
ORG	人教社
TERM	“红色文物，青春讲述”
DOC	《红色文物青年说》
TERM	“大思政课”
TERM	“1+1>2”
# the deputy director's quoted words are speech: the entities inside; the new hall of the museum is the venue, LOC
LOC	殷墟博物馆新馆
QUANT	4000余件
TERM	‘伟大的商文明’
# the museum before its Party branch's and deputy director's posts: ORG (總統府秘書長)
ORG	殷墟博物馆
PER	赵清荣
DATE	2024年2月
QUANT	150万人次
QUANT	15万人次
TERM	“走出去”
PER	赵清荣
ORG	殷墟博物馆
TERM	“商传千年铸未来”
QUANT	50余项
QUANT	160余次
LOC	苏州
TERM	“行走的思政课”
# city, district, road and monument in one run: a facility with its site, one LOC (人民大会堂北门)
LOC	苏州市姑苏区五卅路纪念碑
LOC	五卅路
# the Party branch's former site: the body ORG, 旧址 no name of its own (都市發展局 + 永華市政中心)
ORG	中共苏州独立支部
LOC	姑苏区
TERM	“红色摇篮·初心之旅”
LOC	苏州
LOC	苏州
# the city's Youth League committee (团省委 as in earlier gold), with its city
ORG	苏州团市委
PER	蒋妍
LOC	苏州
LOC	苏州
QUANT	394家
QUANT	105家
QUANT	49条
TERM	“大思政课”
PER	苏雁
PER	姬尊雨
""",
    "news-cn-jiangxi-amr-epidemic-violations-opinion-interpretation-2020": r"""
ORG	江西省市场监管局
DATE	2020年2月11日
DOC	《关于依法从重从快严厉打击新型冠状病毒疫情防控期间违法行为的实施意见》
DOC	《实施意见》
# 市场监管部门 generic, throughout: nothing
DOC	《实施意见》
DOC	《实施意见》
ORG	市场监管总局
DOC	《关于依法从重从快严厉打击新型冠状病毒疫情防控期间违法行为的意见》
DOC	国市监法〔2020〕27号
ORG	市场监管总局
DOC	《意见》
ORG	市场监管总局
DOC	《意见》
DOC	《市场监管总局关于规范市场监督管理行政处罚裁量权的指导意见》
QUANT	30%
QUANT	30%
ORG	市场监管总局
DOC	《意见》
DOC	《实施意见》
DOC	《行政处罚法》
DOC	《市场监督管理行政处罚程序暂行规定》
# 十个工作日, 二个自然日, 三日, 一万元, 十万元 in Chinese numerals: nothing; the list marks 1. to 5. nothing
DOC	《行政处罚告知书》
DOC	《行政处罚听证告知书》
DOC	《市场监督管理行政处罚程序暂行规定》
# 省人民政府 a level's generic government: nothing
DOC	《市场监督管理行政处罚听证暂行办法》
# the bureau's division by its remit, written with its bureau: one ORG (律师工作处; 南市府衛生局)
ORG	省市场监管局法规处
DATE	2020年2月11日
""",
    "news-cn-suzhou-ah-housing-center-real-estate-measures-release-2022": r"""
DOC	《关于促进房地产市场平稳健康发展的若干措施》
# the page's meta line: the date (2026-02-02 as in earlier gold), the editor and source bodies; the clock out
DATE	2022-05-17
ORG	市房管中心
ORG	宿州市房管中心
# the unmarked title line repeats the measures' name: no entity inside
ORG	党中央
ORG	国务院
TERM	“房住不炒”
TERM	“竞地价与竞品质相结合”
TERM	“有房住”
TERM	“住好房”
ORG	市自然资源局
QUANT	20%
QUANT	50%
ORG	市自然资源局
# 六个月 / 三个月 / 一年 in Chinese numerals: nothing
ORG	市自然资源局
ORG	市住房城乡建设局
ORG	市房管中心
ORG	市住房城乡建设局
ORG	市房管中心
QUANT	20％
ORG	人民银行宿州市中心支行
ORG	银保监会宿州监管分局
ORG	宿州市地方金融监管局
QUANT	6个月
QUANT	20％
QUANT	40％
QUANT	30％
QUANT	15个工作日
QUANT	10个工作日
ORG	市公积金中心
# 2022年秋季学期: the year, the school term a period of the school year — doubtful (2022年秋季 the other reading)
DATE	2022年
# 埇桥区籍: the district before the word for registration (臺灣人民 → 臺灣)
LOC	埇桥区
DATE	2023年
LOC	埇桥区
ORG	市教育体育局
ORG	市重点工程局
ORG	市自然资源局
ORG	市住房城乡建设局
# a district's government with the district's name ORG (彭浦镇政府); zone committees with their zones' names ORG,
# the bracketed other name of the zone inside (中国地质大学（武汉）); 市高新区管委会 a level word with the zone's kind,
# one body of the city (市商务局) — doubtful (nothing, as 各特定区管委会, the other reading)
ORG	埇桥区政府
ORG	宿州经开区（鞋城）管委会
ORG	宿马园区管委会
ORG	市高新区管委会
ORG	市住房城乡建设局
ORG	市自然资源局
ORG	市城管局
ORG	市城管局
ORG	市住房城乡建设局
ORG	市重点工程局
ORG	市供电公司
TERM	“联合验收”
TERM	“多测合一”
TERM	“建设工程规划核实”
TERM	“人防工程竣工验收备案”
TERM	“建设工程竣工验收备案”
TERM	“建设工程消防验收或备案”
ORG	市住房城乡建设局
ORG	市自然资源局
ORG	市人防办
ORG	市房管中心
QUANT	5个工作日
ORG	市发展改革委
ORG	市房管中心
QUANT	2年
ORG	市房管中心
""",
    "stats-hlj-daqing-q1-economy-good-start-2017": r"""
LOC	大庆市
PER	习近平
LOC	黑龙江
# 市委市政府 generic; 首季 no calendar quarter named
TERM	“开门红”
DATE	一季度
DATE	2016年
DATE	2017年
DATE	一季度末
ORG	农委
TERM	“一减四增”
# 粮经饲比例 87：9：4 a ratio: nothing; 32.8万台（套）: the bracketed other unit out (3.1万套（间） → 3.1万套)
DATE	3月末
DATE	一季度
DATE	2015年
# 2015和2016年: two years sharing the one 年 written — one DATE (as 0.6和0.1个百分点 one QUANT) — doubtful
DATE	2015和2016年
DATE	一季度
# 大同棚室: the district before the greenhouses LOC; 杜尔伯特谷实公司: the county before the company its own LOC
# (科右前旗 + 华锐风机制造厂) — doubtful (ORG whole as a registered name the other reading)
LOC	大同
LOC	杜尔伯特
ORG	谷实公司
TERM	“两价”
DATE	一季度
DATE	一季度
TERM	“三驾马车”
DATE	一季度
DATE	一季度
ORG	沃尔沃
DATE	一季度
DATE	一季度
# CPI 99.5 and PPI 142 are index points without a unit: nothing; every figure with a unit
*QUANT	\d+(?:\.\d+)?(?:个百分点|万吨标准煤|吨标准煤/万元|万亩|万头|万只|万台|亿元|公顷|种|%|亿)
""",
}
