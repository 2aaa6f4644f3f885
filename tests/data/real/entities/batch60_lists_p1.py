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
    "gw-cn-state-council-office-railway-safety-joint-meeting-letter-2021": r"""
# the General Office's 函 as batch 10's State Council reply on the vocational-education joint meeting: the joint
# meeting's full name ORG also inside 制度 and in the unmarked request and annex titles; the bare 联席会议 ORG only after
# 以下简称 defines it (联席会议不刻制印章 before it, left out, batch 10); 联席会议办公室 ORG; the bare 办公室 nothing
ORG	国务院办公厅
ORG	铁路沿线安全环境治理部际联席会议
DOC	国办函〔2021〕12号
ORG	交通运输部
ORG	铁路沿线安全环境治理部际联席会议
ORG	国务院
ORG	国务院
ORG	铁路沿线安全环境治理部际联席会议
ORG	党中央
ORG	国务院
ORG	铁路沿线安全环境治理部际联席会议
ORG	国务院办公厅
DATE	2021年1月26日
ORG	铁路沿线安全环境治理部际联席会议
ORG	党中央
ORG	国务院
ORG	国务院
ORG	铁路沿线安全环境治理部际联席会议
ORG	联席会议
ORG	党中央
ORG	国务院
ORG	党中央
ORG	国务院
ORG	联席会议
ORG	交通运输部
ORG	中央政法委
ORG	公安部
ORG	自然资源部
ORG	生态环境部
ORG	住房城乡建设部
ORG	水利部
ORG	农业农村部
ORG	应急部
ORG	国家能源局
ORG	国家铁路局
ORG	中国国家铁路集团有限公司
QUANT	12个
ORG	交通运输部
ORG	联席会议
ORG	交通运输部
ORG	中央政法委
ORG	国家铁路局
ORG	联席会议
ORG	联席会议
ORG	联席会议
ORG	联席会议办公室
ORG	国家铁路局
ORG	联席会议
ORG	国家铁路局
ORG	联席会议
ORG	联席会议
ORG	联席会议
ORG	党中央
ORG	国务院
ORG	交通运输部
ORG	联席会议
ORG	联席会议
ORG	党中央
ORG	国务院
ORG	联席会议办公室
# the member list: each name PER as written (刘　华, 钱　铭 with the full-width space, as batch 10's 孙 尧), its body ORG
# without the post; 党组书记 → 交通运输部 (a Party organ before a post stays out); 召 集 人 nothing
ORG	铁路沿线安全环境治理部际联席会议
PER	杨传堂
ORG	交通运输部
PER	李小鹏
ORG	交通运输部
PER	王洪祥
ORG	中央政法委
PER	刘振芳
ORG	国家铁路局
PER	杜航伟
ORG	公安部
PER	凌月明
ORG	自然资源部
PER	刘　华
ORG	生态环境部
PER	姜万荣
ORG	住房城乡建设部
PER	刘小明
ORG	交通运输部
PER	魏山忠
ORG	水利部
PER	刘焕鑫
ORG	农业农村部
PER	宋元明
ORG	应急部
PER	任京东
ORG	国家能源局
PER	钱　铭
ORG	中国国家铁路集团有限公司
""",
    "gw-gd-guangzhou-housing-fund-centre-withdrawal-measures-notice-2023": r"""
# the fund centre's 印发 notice and its rules: the centre ORG; the rules' unmarked title (title, repeated title, the
# annex heading) gives 广州市 LOC (batch-24 D-5); in 《》 DOC; the page's 发布日期 digits DATE; 文号 DOC
ORG	广州住房公积金管理中心
LOC	广州市
DATE	2023-12-25
DOC	穗公积金中心规字〔2023〕5号
ORG	广州住房公积金管理中心
LOC	广州市
DOC	《广州市住房公积金提取管理办法》
ORG	广州市住房公积金管理委员会
ORG	广州住房公积金管理中心
DATE	2023年12月22日
LOC	广州市
DOC	《住房公积金管理条例》
# （以下简称“公积金中心”）: a quoted short name of the body ORG without the marks, later 公积金中心 ORG; 两地公积金中心
# (the centres of two places) nothing; 本市 nothing
ORG	广州住房公积金管理中心
ORG	公积金中心
LOC	广东省
LOC	广东省
QUANT	45岁
QUANT	40岁
QUANT	12个月
LOC	广东省
LOC	广州市
# 每3个月 → 3个月; 两年 / 一年 / 半年 Chinese numerals nothing
QUANT	3个月
QUANT	3个月
QUANT	3个月
QUANT	3个月
QUANT	3个月
# 2倍的40% → 2倍, 40%
QUANT	2倍
QUANT	40%
QUANT	3个月
QUANT	40%
ORG	公积金中心
ORG	市住房公积金管理委员会
QUANT	3个月
ORG	公积金中心
ORG	公积金中心
ORG	公积金中心
QUANT	3个工作日
ORG	公积金中心
QUANT	5年
QUANT	5年
# 第十九条's 公积金中心 comes after 两地公积金中心 (nothing): the regex line below tags it alone
DATE	2024年1月1日
QUANT	5年
ORG	广州住房公积金管理中心
DATE	2018年12月24日
DOC	《广州市住房公积金提取管理办法》
DOC	穗公积金中心规字〔2018〕5号
*ORG	(?<=第十九条 )公积金中心
""",
    "gw-zj-cixi-housing-finance-bureaus-rental-housing-subsidy-rules-notice-2023": r"""
# the two city bureaus' joint 印发 notice; 信息来源：市住建局 ORG; addressees (各镇人民政府、街道办事处，各产业平台) nothing
ORG	慈溪市住房和城乡建设局
ORG	慈溪市财政局
DOC	《慈溪市保障性租赁住房运营奖补实施细则（试行）》
DATE	2023-04-24
ORG	市住建局
DOC	《慈溪市加快发展保障性租赁住房实施方案》
DOC	慈政办发〔2022〕35号
DOC	《慈溪市发展保障性租赁住房操作办法》
DOC	慈保租房办〔2022〕1号
DOC	《慈溪市促进保障性租赁住房规范运营奖补方案》
DOC	慈住房办〔2023〕2号
DOC	《慈溪市保障性租赁住房运营奖补实施细则（试行）》
ORG	慈溪市住房和城乡建设局
ORG	慈溪市财政局
DATE	2023年4月21日
# the rules' unmarked heading gives the city
LOC	慈溪市
LOC	前湾新区
TERM	“住房租赁”
# 50套（间）: the bracketed alternative counter out (3.1万套（间） → 3.1万套, batch 17)
QUANT	10年
QUANT	3000平方米
QUANT	50套
DOC	《宁波市租赁住房设计导则》
DATE	2024年9月30日
DATE	2025年12月31日
QUANT	8年
QUANT	30套
DOC	《宁波市租赁住房设计导则》
DATE	2024年9月30日
DATE	2025年12月31日
QUANT	8年
QUANT	30套
DATE	2024年9月30日
DATE	2025年12月31日
DOC	《宁波市中央财政支持住房租赁市场发展试点专项资金管理办法（试行）》
DOC	甬建发〔2021〕13号
# the standard quoted from the rule a TERM whole (a rule's quoted wording, batch 27), its amounts inside it
TERM	“按租赁住房建筑面积40元/平方米·年，且不高于1200元/套（间）·年”
DATE	2023年1月1日
QUANT	50%
QUANT	50%
# 每年度…截止日期为9月30日: a recurring day still a DATE
DATE	9月30日
DATE	2023年1月1日
QUANT	3年
DOC	《慈溪市保障性租赁住房项目认定书》
DATE	2020年1月
# the provincial management system: a system is no entity, the province in its name LOC (batch 17); the city's fund
# named by its scheme likewise gives 宁波市
LOC	浙江省
LOC	浙江省
LOC	宁波市
LOC	浙江省
ORG	市房管中心
DOC	《企业（单位）保障性租赁住房内部职工免费居住信息表》
DOC	《保障性租赁住房运营奖补申请审核表》
# a level word + remit 领导小组 ORG (batch 19), its 办公室 with it
ORG	市保障性租赁住房工作领导小组办公室
DOC	《慈溪市保障性租赁住房运营奖补申请审核表》
DOC	《保障性租赁住房项目认定书》
DOC	《企业（单位）保障性租赁住房内部职工免费居住信息表》
ORG	市住建局
DOC	《慈溪市促进保障性租赁住房规范运营奖补资格评审表》
# the city government's website one ORG (中央政府门户网站, batches 8 and 11) — doubtful (the government alone)
ORG	市保障性租赁住房工作领导小组办公室
ORG	慈溪市人民政府网站
QUANT	5个工作日
ORG	市保障性租赁住房工作领导小组
ORG	市房管中心
# the annexes' unmarked file names (.doc) give the city; the download line repeats the title: ORG, ORG, DOC
LOC	慈溪市
LOC	慈溪市
ORG	慈溪市住房和城乡建设局
ORG	慈溪市财政局
DOC	《慈溪市保障性租赁住房运营奖补实施细则（试行）》
""",
    "news-cn-xxcb-changsha-detention-centre-special-detainee-2014": r"""
# the quoted “她” (the paper's scare quotes on the pronoun), “变性人”, “男性” TERM as key quoted words — doubtful for “她”
# (a pronoun, nothing); quoted speech nothing; the pseudonym 桂英（化名） PER at every mention
TERM	“她”
TERM	“她”
DATE	2014年5月21日
# 本报记者覃剑长沙报道: the reporter PER, the dateline's city LOC
PER	覃剑
LOC	长沙
TERM	“变性人”
PER	桂英
TERM	“她”
ORG	长沙市第一看守所
PER	桂英
QUANT	14平米
DATE	5月20日
ORG	湖南省公安厅
TERM	“变性人收押”
LOC	长沙
LOC	岳阳
# 今年30多岁 → 30多岁 (多 inside)
PER	桂英
QUANT	30多岁
LOC	长沙
PER	桂英
PER	桂英
DATE	2010年
PER	桂英
PER	桂英
LOC	长沙
PER	桂英
DATE	4月18日
ORG	长沙市公安局开福分局
PER	桂英
PER	肖德庭
PER	肖德庭
PER	桂英
TERM	“男性”
PER	桂英
# the detention centre's named unit for special suspects ORG (a named centre) — doubtful (a description, nothing); the
# bare 收治中心 / 看守所 nothing
PER	桂英
ORG	特殊犯罪嫌疑人收治中心
PER	肖德庭
PER	桂英
DOC	《公安部监所管理局关于对性别异常在押人员管理问题的批复》
PER	桂英
QUANT	14个平方米
QUANT	2名
QUANT	24小时
PER	肖德庭
PER	桂英
QUANT	3小时
DATE	5月19日
PER	桂英
# [延伸阅读] a label, nothing; 湖南省监所系统 a system: the province LOC
ORG	湖南省公安厅
LOC	湖南省
LOC	长沙
LOC	岳阳
LOC	湖南
DATE	2011年9月27日
# the prison administrative zone with its province one LOC (a place chain, 津市 a city) — doubtful (ORG, the zone's
# prison authority); the quoted centre's name ORG without the marks
LOC	湖南津市监狱管理区
ORG	特殊病犯收治中心
# 下旬 a part of the month inside the DATE (as 3月底); 汤某某 anonymised, nothing
DATE	2013年11月下旬
ORG	长沙市第一看守所
QUANT	6人
DATE	2014年2月28日
QUANT	30余次
QUANT	10万余元
# footer: copyright years, phone numbers, the domain, licence and ICP numbers nothing; the paper's unit ORG
ORG	潇湘晨报信息支持部
""",
    "news-cn-zjol-xinhua-two-patients-sex-assignment-surgery-2007": r"""
# the headline's quoted “不男不女” TERM, the pun “性” TERM — doubtful (a one-character play on 幸, nothing)
TERM	“不男不女”
TERM	“性”
DATE	2007年08月25日
ORG	浙江在线新闻网站
# ages N岁 QUANT; the patients' given names PER; 昨日(24日) → 24日
QUANT	19岁
PER	军军
QUANT	21岁
PER	芳芳
DATE	24日
ORG	陕西生殖医学医院
TERM	“不男不女”
TERM	“男性假两性畸形”
PER	军军
PER	芳芳
# 河南某县 → 河南; 陕北 a province's abbreviation + direction LOC
LOC	河南
PER	军军
DATE	2004年5月
TERM	“两性畸形”
ORG	陕西生殖医学医院
PER	军军
DATE	2007年8月19日
PER	军军
TERM	“男性假两性畸形”
PER	军军
PER	军军
PER	军军
LOC	陕北
QUANT	21岁
PER	芳芳
PER	芳芳
DATE	8月20日
PER	芳芳
ORG	陕西生殖医学医院
# “芳芳” refers to the patient: PER without the marks (batch 16: later mentions of a quoted name that refer to the person)
PER	芳芳
TERM	“男性假两性畸形”
PER	芳芳
PER	芳芳
PER	芳芳
# 8月24日上午9时30分 → 8月24日 (clock time out); 两个小时 Chinese numeral nothing; 19年 QUANT
DATE	8月24日
PER	军军
QUANT	19年
PER	芳芳
# credits: source ORG, the two reporters PER (记者 out), the editor PER
ORG	新华网
PER	李福民
PER	杨力
PER	应豪
# the related-story links: 金星 PER, 福建 LOC, 重庆 LOC; the URL nothing
PER	金星
LOC	福建
LOC	重庆
""",
    "plan-jx-grain-reserves-bureau-2020-work-points": r"""
# the provincial grain bureau's work points; 全省 / 我省 nothing; 省委 and 省政府 generic (as 区委, 市政府), nothing;
# 中央 nothing; quoted slogans, programme names and formulas TERM
DATE	2020年
DATE	2020年
TERM	“十三五”
# 习近平新时代中国特色社会主义思想 → 习近平 + 中国 (batches 19 and 4x)
PER	习近平
LOC	中国
PER	习近平
LOC	江西
TERM	“二十四字”
TERM	“深化改革、转型发展”
TERM	“项目建设提速年”
LOC	江西
DATE	2020年
LOC	江西
TERM	“指挥棒”
DATE	2020年
DATE	2019年度
TERM	“当下改”
TERM	“长久立”
DOC	《江西省省级储备粮管理办法》
TERM	“回头看”
TERM	“双随机”
TERM	“互联网+监管”
TERM	“后半篇文章”
# the national administration's Jiangxi office one ORG (a body's branch by its region)
ORG	国家粮食和物资储备局江西局
TERM	“十四五”
TERM	“十三五”
TERM	“十四五”
TERM	“智慧赣粮”
TERM	“人才兴粮”
TERM	“科技兴粮”
TERM	“智慧赣粮”
# 江西米粉, 江西茶油, 江西稻米油: products named by the province, the place LOC (as 台灣鹹酥雞's place reading)
LOC	江西
LOC	江西
LOC	江西
TERM	“卖粮难”
TERM	“北粮南运”
# the quoted promotion slogan TERM; the fair's year DATE and place LOC (an event named with them, batch 21)
TERM	“江西好粮油 赣粮行天下”
DATE	2020年
LOC	江西省
TERM	“一规定两守则”
TERM	“安全生产月”
TERM	“三对接”
PER	习近平
LOC	中国
PER	习近平
TERM	“四个意识”
TERM	“四个自信”
TERM	“两个维护”
# 微信群: 微信 ORG (batches 1–49); 国家局 (the national administration by its level and kind only) nothing — doubtful
ORG	微信
TERM	“六个紧密结合”
TERM	“两决定一意见”
TERM	“不忘初心、牢记使命”
TERM	“三会一课”
TERM	“人才兴粮”
# 中央苏区 the historical base area LOC (a named region), the later 苏区 its short form LOC — doubtful; the book in 《》 DOC
LOC	中央苏区
DOC	《共和国粮食之根》
LOC	苏区
TERM	“提高政治站位、提高综合素质、提高业务能力”
TERM	“三个提高”
TERM	“文稿大练兵”
TERM	“协调大提升”
TERM	“六大纪律”
# 4个方面12类 → 4个, 12类
QUANT	4个
QUANT	12类
TERM	“怕、慢、假、庸、散”
ORG	省粮食和物资储备局
""",
}
