"""Reading lists of the batch-60 entity gold, pass 1 (branch issue-e60p1-s27); see build_batch.py for the
line format and README-batch60.md for the rules and the borderline decisions they follow."""

LISTS = {
    "gw-jx-provincial-government-full-year-targets-implementing-opinions-2020": r"""
# the provincial government's 实施意见 (no 文号 in the text): the issuer in the title ORG; the addressees
# (各市、县（区）人民政府，省政府各部门) generic, nothing; 我省 / 全省 nothing
ORG	江西省人民政府
PER	习近平
ORG	党中央
ORG	国务院
TERM	“十三五”
# the 责任单位 lines: each level-prefixed department ORG (省发展改革委, 省国资委, 省供销社, 省法院); the provincial epidemic
# headquarters' office one ORG; 各市、县〔区〕政府 generic, nothing; 等 outside
ORG	省新型冠状病毒感染的肺炎疫情防控应急指挥部办公室
TERM	“主通道”
TERM	“微循环”
ORG	省发展改革委
ORG	省工业和信息化厅
ORG	省农业农村厅
ORG	省商务厅
ORG	省交通运输厅
ORG	省公安厅
ORG	省国资委
# 千万只 in the item's name Chinese numerals, nothing; 2020年3月初 one DATE (初 inside, as 3月底)
DATE	2020年3月初
QUANT	1000万只
ORG	省工业和信息化厅
ORG	省发展改革委
ORG	省财政厅
ORG	省国资委
ORG	省市场监管局
TERM	“自产自保”
TERM	“自产自保”
ORG	省发展改革委
ORG	省工业和信息化厅
TERM	“千户创贷扶”
ORG	省人力资源社会保障厅
ORG	省发展改革委
ORG	省工业和信息化厅
ORG	省商务厅
ORG	省交通运输厅
ORG	省卫生健康委
ORG	省公安厅
ORG	省财政厅
TERM	“毛细血管”
ORG	省公安厅
ORG	省交通运输厅
ORG	省商务厅
ORG	省工业和信息化厅
ORG	省国资委
ORG	省水利厅
ORG	省自然资源厅
ORG	省发展改革委
ORG	省商务厅
ORG	省农业农村厅
ORG	省科技厅
ORG	省供销社
# the quoted policy packages TERM (“稳增长20条”, “1+N”, “金融15条”): quoted key expressions, nothing inside
TERM	“稳增长20条”
TERM	“1+N”
ORG	省发展改革委
ORG	省人力资源社会保障厅
ORG	省税务局
ORG	省国资委
ORG	省财政厅
ORG	省金融监管局
# the central bank's Nanchang branch and the province's banking regulator ORG (人行, batch 27's directory)
ORG	人行南昌中心支行
ORG	江西银保监局
TERM	“金融15条”
QUANT	3000亿元
QUANT	5000亿元
TERM	“政府续贷周转金”
DATE	2020年6月30日
TERM	“稳定器”
ORG	省金融监管局
ORG	人行南昌中心支行
ORG	江西银保监局
ORG	省发展改革委
ORG	省财政厅
ORG	省工业和信息化厅
ORG	省农业农村厅
TERM	“一企一策、一项一策”
ORG	省工业和信息化厅
ORG	省金融监管局
ORG	省发展改革委
ORG	省人力资源社会保障厅
ORG	省财政厅
ORG	省国资委
ORG	省司法厅
ORG	省商务厅
TERM	“赣服通”
TERM	“复工复产服务专区”
TERM	“掌上办”
# 江西政务服务网 an online platform: no entity, the place in its name LOC (batch 17's platform line) — doubtful (ORG as
# a portal, the other reading)
LOC	江西
TERM	“不见面审批”
ORG	省政务服务办
ORG	省市场监管局
ORG	省金融监管局
TERM	“减、并”
TERM	“容缺受理”
TERM	“承诺+备案”
ORG	省政务服务办
ORG	省发展改革委
ORG	省工业和信息化厅
ORG	省市场监管局
ORG	省金融监管局
ORG	人行南昌中心支行
QUANT	365天
TERM	“不打烊”
TERM	“约得到”
TERM	“办得顺”
ORG	省政务服务办
ORG	省司法厅
ORG	省法院
ORG	省工业和信息化厅
ORG	省人力资源社会保障厅
TERM	“项目建设提速年”
TERM	“5020”
TERM	“绿色通道”
TERM	“笼子”
ORG	省发展改革委
ORG	省工业和信息化厅
ORG	省交通运输厅
ORG	省水利厅
ORG	省自然资源厅
ORG	省住房城乡建设厅
ORG	省生态环境厅
ORG	省农业农村厅
ORG	省卫生健康委
ORG	省商务厅
ORG	省应急厅
ORG	省财政厅
ORG	省供销社
# 5G and VR technology names, nothing
TERM	“五大行动”
TERM	“本地游”
TERM	“自驾游”
TERM	“包车游”
TERM	“家庭游”
TERM	“宅经济”
ORG	省商务厅
ORG	省农业农村厅
ORG	省文化旅游厅
ORG	省卫生健康委
ORG	省交通运输厅
ORG	省工业和信息化厅
ORG	省教育厅
ORG	省人力资源社会保障厅
TERM	“不见面”
TERM	“三请三回”
TERM	“三企”
# 入赣 a one-character province as a place word (赴川, 在京)
LOC	赣
TERM	“三百工程”
TERM	“一带一路”
TERM	“不可抗力证明”
TERM	“稳外贸、促流通-即时贷”
TERM	“不断线、不脱链、不跳水、稳份额”
ORG	省商务厅
ORG	南昌海关
# 中国（南昌）中医药科创城 a named zone one LOC, the bracketed city qualifying it inside (中国（上海）自由贸易试验区) — doubtful;
# 樟树 (a city) LOC, its quoted title “中国药都” TERM; 赣产 → 赣 a place word — doubtful (赣产 one word, nothing); the
# 科创城 zones LOC whole; the research centre ORG
LOC	中国（南昌）中医药科创城
LOC	樟树
TERM	“中国药都”
LOC	赣
TERM	“5G+”
LOC	南昌VR科创城
LOC	上饶大数据科创城
ORG	鹰潭物联网研究中心
ORG	省发展改革委
ORG	省工业和信息化厅
ORG	省科技厅
ORG	省交通运输厅
ORG	省商务厅
ORG	省卫生健康委
TERM	“两手抓、两促进”
# the headquarters itself (its 监督检查 content) one ORG without 办公室
ORG	省新型冠状病毒感染的肺炎疫情防控应急指挥部
ORG	省新型冠状病毒感染的肺炎疫情防控应急指挥部办公室
ORG	省委组织部
ORG	省人力资源社会保障厅
ORG	省发展改革委
ORG	省财政厅
ORG	省工业和信息化厅
ORG	省农业农村厅
ORG	省商务厅
LOC	江西
LOC	江西
ORG	省委宣传部
ORG	省发展改革委
ORG	省工业和信息化厅
ORG	省农业农村厅
ORG	省商务厅
DATE	2020年3月2日
# the 相关解读 links: the title in 《》 DOC; 江西 LOC and the quoted “20条” TERM; 25问25答 a title's count of
# questions and answers, nothing — doubtful (QUANT 25问, 25答 with 问/答 as counters)
DOC	《关于抢时间保进度强弱项补缺口努力实现全年经济社会发展目标的实施意见》
LOC	江西
TERM	“20条”
""",
    "news-cn-hangzhou-housing-bureau-purchase-voucher-subsidies-release-2025": r"""
# the city bureau's release gathering five districts' and counties' notices; 我市 / 部分区、县（市） / 本区 / 全市 nothing;
# the campaign's quoted name “购房+消费券” and its defined short name “消费券” TERM at every quoted mention, the unquoted
# 消费券 nothing
TERM	“购房+消费券”
# 今天（10月24日） → 10月24日
DATE	10月24日
LOC	富阳区
LOC	临安区
LOC	桐庐县
LOC	淳安县
LOC	建德市
TERM	“购房+消费券”
# the section heads name the district or county: LOC (the spaced 临 安 区 etc. as written, one span) — doubtful for the
# spaced ones (a heading's letter-spacing, the same place)
LOC	富阳区
DATE	2025年
LOC	富阳区
TERM	“购房+消费券”
TERM	“消费券”
# a range of dates sharing one written year one DATE (2025年10月27日-12月31日)
DATE	2025年10月27日-12月31日
DATE	2026年1月20日-2026年3月31日
TERM	“消费券”
QUANT	10万元
QUANT	2000万元
# the signed forms in 《》 DOC
DOC	《知晓及参与具结书》
DOC	《知晓并自愿放弃权利具结书》
# 消费券总额（200名） and 限200名: a count with its measure word QUANT
QUANT	200名
ORG	区住建局
QUANT	200名
# the district government's portal one ORG whole (中央政府门户网站, batches 8 and 11) — doubtful (the government alone);
# the WeChat account's quoted name is not the bureau's own name: TERM (batch 20's page line); 微信 ORG (batches 1–49)
ORG	区住建局
ORG	杭州市富阳区人民政府门户网站
TERM	“富阳住建”
ORG	微信
# 支付宝 ORG wherever written (batch 47: Alipay as the company; 支付宝平台 / 账户 / 活动页面 / APP give it), quoted
# “支付宝”APP without the marks (“澎湃新闻”APP → 澎湃新闻)
ORG	支付宝
ORG	支付宝
ORG	支付宝
QUANT	5万元
QUANT	5万元
LOC	富阳区
ORG	支付宝
ORG	支付宝
QUANT	0.01元
ORG	支付宝
ORG	支付宝
ORG	支付宝
DOC	《知晓及参与具结书》
ORG	区住建局
# phone and hotline numbers nothing; 24小时 QUANT
ORG	支付宝
QUANT	24小时
ORG	杭州市富阳区住房和城乡建设局
ORG	杭州市富阳区商务局
DATE	2025年10月24日
LOC	临 安 区
DATE	2025年
LOC	临安区
TERM	“购房+消费券”
TERM	“消费券”
DATE	2025年10月27日-12月31日
DATE	2026年1月20日-2026年3月31日
QUANT	10万元
QUANT	1200万元
DOC	《知晓及参与具结书》
DOC	《知晓并自愿放弃权利具结书》
ORG	区住建局
QUANT	120名
ORG	区住建局
TERM	“临安住建”
ORG	微信
ORG	支付宝
ORG	支付宝
ORG	支付宝
QUANT	5万元
QUANT	5万元
LOC	临安区
ORG	支付宝
ORG	支付宝
ORG	支付宝
ORG	支付宝
ORG	区住建局
ORG	区商务局
ORG	支付宝
QUANT	24小时
ORG	杭州市临安区住房和城乡建设局
ORG	杭州市临安区商务局
DATE	2025年10月24日
LOC	桐 庐 县
DATE	2025年
LOC	桐庐县
TERM	“购房+消费券”
TERM	“消费券”
# the year written twice in the range: still one DATE
DATE	2025年10月27日-2025年12月31日
DATE	2026年1月20日-2026年3月31日
TERM	“消费券”
QUANT	10万元
QUANT	1200万元
DOC	《知晓及参与具结书》
DOC	《知晓并自愿放弃权利具结书》
QUANT	120名
ORG	县住建局
QUANT	120名
ORG	县住建局
ORG	县商务局
ORG	桐庐县人民政府门户网站
TERM	“桐庐住建发布”
ORG	微信
ORG	支付宝
ORG	支付宝
ORG	支付宝
QUANT	5万元
QUANT	5万元
LOC	桐庐县
ORG	支付宝
ORG	支付宝
QUANT	0.01元
ORG	支付宝
ORG	支付宝
ORG	支付宝
DOC	《知晓及参与具结书》
ORG	支付宝
QUANT	24小时
ORG	桐庐县住房和城乡建设局
ORG	桐庐县商务局
DATE	2025年10月24日
LOC	淳 安 县
DATE	2025年
LOC	淳安县
TERM	“购房+消费券”
TERM	“消费券”
DATE	2025年10月27日-12月31日
DATE	2026年1月20日-2026年3月31日
TERM	“消费券”
QUANT	10万元
QUANT	1100万元
DOC	《知晓及参与具结书》
DOC	《知晓并自愿放弃权利具结书》
QUANT	110名
ORG	县住建局
QUANT	110名
ORG	县住建局
ORG	淳安县人民政府门户网站
ORG	支付宝
ORG	支付宝
ORG	支付宝
QUANT	5万元
QUANT	5万元
LOC	淳安县
ORG	支付宝
ORG	支付宝
QUANT	0.01元
ORG	支付宝
ORG	支付宝
ORG	支付宝
DOC	《知晓及参与具结书》
ORG	县住建局
ORG	支付宝
QUANT	24小时
ORG	淳安县住房和城乡建设局
ORG	淳安县经济信息化和科学技术局
DATE	2025年10月24日
LOC	建 德 市
DATE	2025年
LOC	建德市
TERM	“购房+消费券”
TERM	“消费券”
DATE	2025年11月1日-12月31日
DATE	2026年1月20日-2026年3月31日
TERM	“消费券”
QUANT	10万元
QUANT	100万元
DOC	《知晓及参与具结书》
DOC	《知晓并自愿放弃权利具结书》
# the bare 住建局 (no level word, the city's own bureau meant) ORG, as the bare 民政局 of the Tainan releases — doubtful
ORG	住建局
ORG	住建局
ORG	微信
ORG	支付宝
ORG	支付宝
ORG	支付宝
QUANT	5万元
QUANT	5万元
LOC	建德市
ORG	支付宝
QUANT	0.01元
ORG	支付宝
ORG	支付宝
ORG	支付宝
ORG	住建局
ORG	支付宝
QUANT	24小时
ORG	建德市住房和城乡建设局
ORG	建德市商务局
DATE	2025年10月24日
LOC	萧山区
LOC	余杭区
LOC	临平区
LOC	钱塘区
TERM	“购房+消费券”
""",
    "plan-cn-11th-fyp-environmental-protection-notice-and-part-one-2007": r"""
# the State Council's 印发 notice and the plan's opening part. The title's unmarked plan name gives what is inside it
# (batch-24 D-5): the quoted period “十一五” TERM (every quoted 十五 / 九五 / 十一五 TERM); the 文号 glued to the title DOC
ORG	国务院
TERM	“十一五”
DOC	国发〔2007〕37号
# 国务院各部委 names the council before its scope word: ORG 国务院 — doubtful (nothing, as 各部委 generic)
ORG	国务院
ORG	国务院
ORG	环保总局
ORG	发展改革委
DOC	《国家环境保护“十一五”规划》
DOC	《规划》
# 我国 nothing; 比2005年 DATE
DOC	《规划》
DATE	2010年
DATE	2005年
QUANT	10%
LOC	淮河
LOC	海河
LOC	辽河
LOC	太湖
LOC	巢湖
LOC	滇池
LOC	松花江
ORG	国务院
DOC	《规划》
DOC	《规划》
# 每半年 a frequency (every half year), not a calendar half: nothing
DATE	2008年底
DATE	2010年底
DOC	《规划》
ORG	国务院
DATE	二○○七年十一月二十二日
# the plan's own heading (unmarked title) gives “十一五”
TERM	“十一五”
DOC	《国民经济和社会发展“十一五”规划纲要》
DOC	《国务院关于落实科学发展观加强环境保护的决定》
DOC	国发〔2005〕39号
TERM	“十一五”
TERM	“十一五”
TERM	“十五”
ORG	党中央
ORG	国务院
TERM	“九五”
# 首次超过1% → 1%; GDP nothing
QUANT	1%
TERM	“十五”
DATE	2000年
QUANT	27.8%
QUANT	2.1%
QUANT	10%
LOC	淮河
LOC	海河
LOC	辽河
LOC	太湖
LOC	巢湖
LOC	滇池
TERM	“三河三湖”
QUANT	60%
# water-quality classes (V类, III类) and 二级标准 nothing
QUANT	26%
QUANT	62%
QUANT	90%
QUANT	75%
QUANT	30%
QUANT	46%
QUANT	161万平方公里
QUANT	174万平方公里
QUANT	90%
TERM	“十五”
TERM	“十一五”
QUANT	4%
QUANT	40%
# 专栏1 nothing; the box's title gives “十五”; its column heads 2000年 / 2005年 (twice) DATE; the table's cells are glued
# into one run of digits (序号, three values and the change per row): no number can be delimited from the text, so
# nothing in it, the percents and 个百分点 too — doubtful (QUANT for the changes a reader can split off, 27.8% …)
TERM	“十五”
DATE	2000年
DATE	2005年
DATE	2005年
TERM	“十五”
ORG	党中央
ORG	国务院
""",
}
