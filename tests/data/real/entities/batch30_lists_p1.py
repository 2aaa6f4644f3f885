"""Reading lists of the batch-30 entity gold, pass 1 (branch issue-e30p1-s20); see build_batch.py for the
line format and README-batch30.md for the rules and the borderline decisions they follow."""

LISTS = {
    "report-cn-fx-hedging-small-currencies-2026": r"""
# quoted single words TERM
TERM	“工具箱”
LOC	东南亚
LOC	泰国
LOC	印尼
# currencies (泰铢, 印尼盾, 美元, 欧元) nothing; an unnamed company → the place inside
LOC	东南亚
LOC	安徽
# 钱先生, 张先生 (surname + 先生 of an unnamed person) nothing — doubtful (as batch 20's 韓姓)
TERM	“防火墙”
# 欧美 → 欧 + 美 (as 中欧 → 中 + 欧)
LOC	欧
LOC	美
DATE	2026年
DATE	2025年
QUANT	1.9万亿美元
QUANT	30%
ORG	中信银行合肥分行
PER	陈兆宇
LOC	安徽
ORG	中信银行合肥分行
PER	陈兆宇
QUANT	30户
LOC	湖南省
# 对非 → 非 (Africa, as 对港 → 港) — doubtful
LOC	非
ORG	长沙银行
QUANT	100%
# a department with its bank one ORG
ORG	长沙银行总行金融市场部
ORG	国家外汇管理局
# 今年前4个月 → 4个月
QUANT	4个月
QUANT	22%
QUANT	33.6%
DATE	2025年
QUANT	3.7个百分点
# 2026年初 → 2026年 (初 out, as 下午 out) — doubtful
DATE	2026年
# 全国外汇管理工作会议 (a meeting) nothing
ORG	外汇交易中心
ORG	上海清算所
QUANT	2年
TERM	“更能、更好”
PER	陈兆宇
TERM	‘更能’
ORG	国家外汇局
TERM	“更好”
""",
    "news-cn-anhui-gdp-four-trillion-2022": r"""
ORG	新浪财经
ORG	新浪财经
ORG	新浪财经
# the header's date: the date without weekday and clock — doubtful (no precedent for the English header)
DATE	27 Jan 2022
ORG	时代周报
# 四万亿 (no digit) nothing
ORG	时代数据
ORG	安徽省统计局
# ranks (第8位) nothing
TERM	“总量居中、人均落后”
TERM	“总量居前、人均居中”
ORG	安徽省委
PER	郑栅洁
# 今年1月初 → 1月 (初 out) — doubtful
DATE	1月
ORG	经济日报
TERM	“蛋糕”
TERM	“答卷”
# 2021年一季度 …: the year alone (quarters out) — doubtful
# a quoted amount without digits: a quoted phrase TERM — doubtful
TERM	“四万亿元”
LOC	中国
ORG	WTO
# the photo caption: place + the institute
ORG	中国科学院量子信息与量子科技创新研究院
# quoted speech (the bulletin's words) nothing as a whole; the year inside DATE
# 2013、2018年 → two DATE; 2万、3万亿元 → two QUANT — doubtful (as 5月17日、18日 split in batch 19)
DATE	2013
QUANT	2万
TERM	“十强”
ORG	时代周报
# 上海“十四五”规划纲要 (an unmarked plan title) → LOC 上海 + the quoted TERM
TERM	“十四五”
TERM	“经济保持量的合理增长和质的稳步提升”
TERM	“十四五”
TERM	“进阶”
TERM	“里子”
# 江淮—大众战略合作项目 → the two carmakers ORG
ORG	江淮
ORG	大众
LOC	新桥智能电动汽车产业园
ORG	蜂巢新能源
TERM	“争先进位”
ORG	安徽省统计局
ORG	大众
ORG	蔚来
ORG	江淮
ORG	奇瑞
ORG	工信部
TERM	“小巨人”
LOC	杭州
LOC	南京
TERM	“土里土气”
# 江淮大地 → 江淮 (the region)
LOC	江淮
TERM	“科里科气”
DATE	12月23日
LOC	长江
LOC	淮河
LOC	江淮
# cultures named by region → the region inside — doubtful
LOC	中原
LOC	江淮
LOC	徽
LOC	南京
LOC	吴
ORG	时代周报
LOC	宿州
LOC	大别山
LOC	六安
LOC	淮河
LOC	蚌埠
LOC	蚌埠
TERM	“退无可退、背水一战”
# the work report's title: year + place (as the 2026 work-report headers)
TERM	“强化国家战略引领作用，推动区域争先进位、竞相发展”
LOC	长三角
LOC	中部地区
LOC	合肥都市圈
LOC	皖江城市带
LOC	大别山革命老区
# 安徽淮南 a place chain, one LOC
LOC	安徽淮南
# 沪苏浙, 江浙沪 → one LOC each character's place
LOC	沪
LOC	苏
LOC	浙
LOC	江
LOC	浙
LOC	沪
TERM	“左右逢源”
LOC	华东
# repeated names and shapes: every remaining match (read one by one in the marked print)
*DATE	20\d\d年
*LOC	安徽省?
*LOC	上海
*LOC	合肥
*LOC	芜湖
*LOC	皖[北中南]
*QUANT	\d+(?:\.\d+)?(?:万亿元|亿元|万亿|亿|%|倍|个百分点|万美元|美元|家|个|年|批|公里)
""",
    "gw-sh-heritage-renewal-fund-measures-2024": r"""
# the tool's preamble as in earlier Shanghai notices
LOC	上海市
DOC	《中华人民共和国著作权法》
DOC	《上海市历史风貌保护及城市更新资金管理办法》
# 各区财政局 nothing (generic)
DOC	《上海市城市更新条例》
DOC	《中共上海市委办公厅 上海市人民政府办公厅印发〈关于深入实施城市更新行动加快推动高质量发展的意见〉的通知》
DOC	《上海市历史风貌保护及城市更新资金管理办法》
ORG	上海市财政局
DATE	2024年8月20日
# the unmarked title line → the place inside
LOC	上海市
TERM	“资金”
DOC	《上海市城市更新条例》
DOC	《中共上海市委办公厅 上海市人民政府办公印发〈关于深入实施城市更新行动加快推动高质量发展的意见〉的通知》
LOC	黄浦
LOC	杨浦
LOC	虹口
LOC	静安
LOC	闸北
LOC	黄浦
LOC	杨浦
LOC	虹口
LOC	静安
QUANT	80%
LOC	黄浦
LOC	杨浦
LOC	虹口
LOC	静安
QUANT	20000元
ORG	市房管局
LOC	普陀
LOC	杨浦
LOC	虹口
LOC	金山
LOC	奉贤
LOC	崇明
QUANT	50%
QUANT	40%
ORG	市房管局
ORG	市财政局
ORG	中国人民银行
QUANT	2个百分点
QUANT	5年
TERM	“先付息，后补贴”
# the quoted budget item TERM — doubtful
TERM	“1030799其他国有资源（资产）有偿使用收入”
*ORG	市财政局
ORG	市土地储备成本认定小组
*ORG	市房管局
# 每年10月底前 (recurring) nothing; 区财政局 nothing (generic)
DOC	《财政部关于印发〈城镇保障性安居工程贷款贴息办法〉的通知》
DOC	财综〔2014〕76号
DATE	2024年7月1日
DOC	《上海市历史风貌保护及城市更新专项资金管理办法》
DOC	沪财发〔2018〕7号
""",
    "reg-cn-sfda-gac-drug-import-measures-2003": r"""
# the unmarked title line nothing
DATE	2003年8月18日
ORG	食品药品监管局
ORG	海关总署
# 第4号令 (an order number) nothing — doubtful
DATE	2004年1月1日
# every 《》 title and certificate DOC (the certificates in 《》 as documents) — doubtful for certificates
*DOC	《[^》]*》
# 口岸药品监督管理局, 口岸药品检验所 (classes of office defined by the text), 海关 nothing — doubtful
*ORG	国家食品药品监督管理局
*ORG	海关总署
*ORG	国务院
LOC	中国
QUANT	12个月
QUANT	12个月
QUANT	6个月
""",
    "news-cn-broad-index-sample-reshuffle-2026": r"""
# quoted single words TERM (also in ‘’ inside quoted speech)
TERM	“含科量”
TERM	“焕新”
ORG	中证指数有限公司
# 10余只 QUANT with 余 (as 300余个)
QUANT	10余只
DATE	6月12日
# 本周五 nothing
TERM	“含科量”
ORG	嘉实基金
PER	刘珈吟
# newspapers in 《》 ORG without the marks
ORG	经济参考报
ORG	华夏基金
PER	王波
QUANT	19只
ORG	华工科技
ORG	江波龙
ORG	拓荆科技
ORG	芯原股份
ORG	生益电子
QUANT	5只
ORG	兆易创新
ORG	生益科技
ORG	特变电工
ORG	上汽集团
ORG	海尔智家
ORG	陕西煤业
ORG	京沪高铁
ORG	中国核电
QUANT	3.5%
QUANT	28%
QUANT	2%
QUANT	1%
ORG	中证指数有限公司
# 30、27、35个 / 50、44、89个: one QUANT each (the unit written once) — doubtful
QUANT	30
QUANT	27
QUANT	35个
QUANT	50
QUANT	44
QUANT	89个
ORG	中证指数有限公司
QUANT	27.30%
QUANT	36.94%
QUANT	39.65%
TERM	‘金融消费周期’
TERM	‘新质生产力’
TERM	‘含科量’
PER	王波
# index names (沪深300, 中证500, 上证50, 中证A50 …) nothing as a whole; 沪深 → 沪 + 深 (the places inside a
# product's name, as 吉林大米 → 吉林); 中证 / 上证 (the index families) nothing — doubtful; 千亿元 nothing
*LOC	沪(?=深)
*LOC	(?<=沪)深
""",
    "news-cn-camp-david-summit-reactions-2023": r"""
# 戴维营峰会 → LOC 戴维营 (an event, the place inside)
LOC	戴维营
# 韩媒, 日媒 → 韩, 日 (as 港媒)
LOC	韩
ORG	环球时报
PER	刘信
PER	岳林炜
ORG	环球时报
PER	刘波
ORG	美联社
LOC	亚洲
# quoted speech: the places inside count
LOC	太平洋地区
# 日本NHK电视台, 日本共同社 → LOC 日本 + ORG (a country before its medium, as 新加坡 + 南洋理工大學) — doubtful
ORG	NHK电视台
ORG	每日新闻
LOC	东京
ORG	朝日新闻
ORG	日本政府
ORG	日本经济新闻
TERM	“紧急热线”
ORG	共同社
LOC	戴维营
ORG	朝鲜日报
# a state office named with its country one ORG (as 臺灣外交部, 中国外交部) — doubtful
ORG	韩国国家安保室
PER	金泰孝
QUANT	30年
# 朝核 → 朝 (as 驻豫 → 豫)
LOC	朝
LOC	朝鲜半岛
LOC	印太地区
LOC	日
ORG	京乡新闻
ORG	京乡新闻
ORG	韩民族日报
LOC	朝
# 对华 → 华
LOC	华
ORG	中国外交部
PER	汪文斌
LOC	亚太地区
TERM	“小圈子”
TERM	“小集团”
LOC	亚太
*DATE	\d+日
*LOC	日本|美国|韩国|中国|朝鲜
# 美日韩, 日韩, 韩美日, 韩日 … → one LOC per character (as 中葡, 臺日)
*LOC	[美日韩](?=[美日韩])|(?<=[美日韩])[美日韩]
*PER	拜登|岸田文雄|尹锡悦
# “岸田外交的里程碑” (quoted words of the government) and 岸田政府 → PER 岸田 — doubtful
*PER	岸田(?!文雄)
""",
    "news-cn-us-japan-joint-forces-command-2024": r"""
# the quoted headline phrase TERM whole
TERM	“70年来最大升级”
TERM	“台湾有事”
TERM	“三海联动”
TERM	“重大改进”
# inside the defence secretary's quoted words
QUANT	70年
TERM	“一体化”
TERM	‘中国威胁论’
TERM	‘政治正确’
TERM	‘谋求以损人利己的方式来重塑国际秩序’
TERM	“中国威胁”
# “美日” (the alliance, quoted) TERM
TERM	“美日”
# US and Japanese commands ORG, the quoted new commands without the marks (as quoted clubs) — doubtful (a
# command still to be set up); 驻日美军 / 驻韩美军 (US Forces Japan / Korea) one ORG — doubtful
*ORG	驻日美军司令部|驻日美军|驻韩美军|美军印太司令部|美军
*ORG	统合军司令部|统合作战司令部|联合部队总部
*ORG	日本自卫队|自卫队|日本政府|中国外交部|辽宁大学日本研究中心|中新网|中新社
*PER	陈洋|奥斯汀|岸田文雄|拜登|林剑|孟湘君|郑云天|陈孟统
*DATE	\d{4}年\d+月|\d+月\d+日|\d{4}年
*TERM	“2＋2”|“2\+2”|‘2\+2’|“从属”
# 美国防长 → 美; 对美关系 → 美
*LOC	美(?=国防长)|(?<=对)美
*LOC	日本|美国|韩国|中国|东京|台海|东海|南海|夏威夷|五角大楼|亚太地区
*LOC	[美日韩菲印澳](?=[美日韩菲印澳])|(?<=[美日韩菲印澳])[美日韩菲印澳]
""",
    "report-cn-xi-g20-extraordinary-summit-speech-2020": r"""
LOC	沙特
ORG	中国政府
QUANT	4点
# the G20's meeting, initiative and action plan → ORG 二十国集团 inside
# 新冠肺炎疫情防控网上知识中心 (an online platform) nothing
ORG	新华社
LOC	北京
DATE	3月26日
ORG	人民日报
DATE	2020年03月27日
*PER	萨勒曼
*ORG	二十国集团|世界卫生组织
# 中国人民 → 中国 (as 臺灣人民 → 臺灣); 发展中国家 nothing
*LOC	中国(?!家)
""",
    "gw-cn-spc-spp-refusal-to-execute-interpretation-2024": r"""
# the unmarked title lines → the two bodies inside; the courts' and procuratorates' generic names (人民法院,
# 人民检察院, 公安机关, 执行法院) nothing; unmarked 刑法 / 刑事诉讼法 and article numbers nothing; 第1911次会议 nothing
# 最高人民法院审判委员会 one ORG (the court's committee, unbroken); 最高人民检察院第十四届检察委员会 → ORG
# 最高人民检察院 (the committee's name is broken by its term) — doubtful
*DOC	《[^》]*》|法释〔\d+〕\d+号
*ORG	最高人民法院审判委员会|最高人民法院|最高人民检察院|全国人民代表大会常务委员会
*DATE	\d{4}年\d+月\d+日
# every quoted legal phrase TERM with its marks
*TERM	“[^”]*”
""",
    "gw-cn-spc-spp-tax-collection-crimes-interpretation-2024": r"""
# as the refusal-to-execute interpretation; 十万元, 五十万元, 五年 nothing (no digit); 税务机关, 公安机关,
# 海关 (generic) nothing
*DOC	《[^》]*》|法释〔\d+〕\d+号
*ORG	最高人民法院审判委员会|最高人民法院|最高人民检察院
*DATE	\d{4}年\d+月\d+日
*TERM	“[^”]*”
""",
    "gw-sh-lingang-dual-special-policy-opinion-2016": r"""
# 各区、县人民政府, 市政府 nothing (generic); the area's committee, centre and the district government ORG whole
*ORG	临港地区管委会|浦东新区政府|临港人才服务中心
# named areas and towns LOC; the quoted short name “上海自贸试验区” LOC without the marks (as quoted venue names);
# 上海自贸试验区洋山保税港区 one LOC (a place chain) — doubtful; unmarked 四镇 nothing
*LOC	中国（上海）自由贸易试验区|上海自贸试验区洋山保税港区|上海自贸试验区|临港地区|浦东新区|南汇新城镇|万祥镇|泥城镇|书院镇|上海
# 2016年至2018年 one DATE (a range)
*DATE	2016年至2018年|2020年
# quoted formulas and short names TERM (“十三五”, “双特”, “四镇”, “单一窗口” …)
*TERM	“[^”]*”
""",
    "report-cn-xi-poverty-symposium-speech-2020": r"""
# 上世纪80年代 → 80年代 — doubtful; 今年2月底 → 2月 (底 out, as 初 out)
DATE	80年代
DATE	2月
# 960多万, 290多万名: 多 inside the number, one QUANT whole — doubtful (2亿多 → 2亿 where 多 follows)
QUANT	960多万
QUANT	290多万名
# the places of the speakers and of the earlier symposia LOC; the symposia themselves nothing; 党的十八大 nothing
# (a congress); 我国, 中西部 nothing
*LOC	怒江州|和田地区|兰考县|大化县|赫章县|延安|贵阳|银川|太原|成都|重庆
*ORG	党中央|联合国|中国共产党
*PER	古特雷斯
# 2013年至2019年 one DATE (a range); 联合国2030年可持续发展议程: the agenda's year nothing (as 2025中国足协杯) — doubtful
*DATE	\d{4}年至\d{4}年|\d{4}年(?!可持续)
*QUANT	(?<!\d)(?!2030年)\d+(?:\.\d+)?(?:个百分点|个月|万人|万个|万所|万|亿|%|元|个|位|天|年)
# 发展中国家 nothing
*LOC	中国(?!家)
# quoted formulas TERM (“两不愁三保障”, “一带一路”, the quoted 疫 of 防“疫”队 …)
*TERM	“[^”]*”
""",
}
