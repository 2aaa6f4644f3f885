"""Reading lists of the batch-28 entity gold, pass 1 (branch issue-e28p1-s20); see build_batch.py for the
line format and README-batch28.md for the rules and the borderline decisions they follow."""

LISTS = {
    "report-cn-deep-poverty-speech-summary-2017": r"""
# 习总书记: a surname with a title stands for the person, the surname is the PER (as 周院长 → 周) — doubtful
PER	习
PER	习
DATE	2017年6月23日
# a place chain, one LOC
LOC	山西省太原市
# the quoted labels of the features TERM
TERM	“两高”
TERM	“一低”
TERM	“一差”
TERM	“三重”
""",
    "gw-cn-mep-unapproved-construction-opinion-2018": r"""
# unmarked law names (环境保护法, 环境影响评价法, 行政处罚法) nothing, as unmarked 基本法; article numbers nothing
TERM	“未批先建”
# a statute's provisions quoted whole (several clauses) are quoted wording, no TERM — doubtful
DATE	2002年
DATE	2003年9月1日
DATE	2014年
DATE	2015年1月1日
DATE	2016年
DATE	2016年9月1日
TERM	“限期补办手续”
DATE	2016年1月8日
DOC	《关于〈环境保护法〉（2014修订）第六十一条适用有关问题的复函》
DOC	环政法函〔2016〕6号
TERM	“新法实施前已经擅自开工建设的项目的法律适用”
DATE	2015年1月1日
DATE	2015年1月1日
TERM	“限期补办手续”
DATE	2016年9月1日
DATE	2016年9月1日
TERM	“限期补办手续”
# 二年, 五万元 (Chinese numerals) nothing
ORG	全国人大常委会法制工作委员会
DATE	2007年3月21日
DOC	《关于建设项目环境管理有关法律适用问题的答复意见》
DOC	法工委复〔2007〕2号
DOC	《环境影响评价法》
DOC	《建设项目环境保护管理条例》
DATE	2014年
DATE	2002年
TERM	“责令限期补办手续”
DATE	2016年
TERM	“限期补办手续”
TERM	“限期补办手续”
# 原国家环境保护总局: 原 (former) outside
ORG	国家环境保护总局
DOC	《关于如何认定建设单位违法行为连续性问题的复函》
DOC	环发〔1999〕23号
DOC	《关于〈环境影响评价法〉第三十一条法律适用问题的复函》
DOC	环函〔2004〕470号
ORG	环境保护部
DATE	2018年2月22日
# every remaining quoted “未批先建” and “三同时”; 我部, 环保部门 nothing
*TERM	“未批先建”
*TERM	“三同时”
""",
    "news-cn-locked-price-placements-revised-2026": r"""
TERM	“看成色”
PER	吴晓璐
# A股 nothing (earlier gold)
DATE	6月9日
DATE	6月10日
ORG	琏升科技股份有限公司
TERM	“董事会决议公告日”
TERM	“发行期首日”
# newspapers in 《》 ORG without the marks
ORG	证券日报
DATE	6月11日
DATE	6月份
DATE	5月份
DATE	3月份
ORG	证监会
PER	吴清
# the chairman's quoted measure (a clause) nothing — doubtful (TERM the other reading)
ORG	川财证券
PER	陈雳
ORG	证券日报
DATE	6月3日
ORG	广东香山衡器集团股份有限公司
TERM	“董事会决议公告日”
TERM	“发行期首日”
DATE	4月29日
# an exchange's centre written with it, one ORG (a department with its body) — doubtful
ORG	深交所上市审核中心
DATE	6月3日
DATE	6月9日
ORG	证券日报
DATE	6月11日
ORG	高斯贝尔数码科技股份有限公司
# the legal form in brackets inside; the short name after 以下简称 ORG without the marks
ORG	长沙炬神管理咨询合伙企业（有限合伙）
ORG	长沙炬神
ORG	长沙炬神
PER	杨譓鹏
DATE	6月11日
# a company's division by its remit: the company and the division apart (as 全球能源业务部) — doubtful
ORG	中金公司
ORG	研究部
PER	李求索
ORG	证券日报
ORG	深圳大象投资控股集团
PER	周力
ORG	证券日报
TERM	“看折扣”
TERM	“看成色”
DATE	2月份
# 沪深北交易所: the three exchanges written once, one ORG — doubtful (沪 + 深 LOC the other reading)
ORG	沪深北交易所
TERM	“扶优、扶科、限劣”
DATE	3月份
PER	吴清
TERM	“优化再融资审核注册机制”
DATE	4月份
ORG	证监会
DATE	4月份
ORG	证监会
ORG	Wind
DATE	6月11日
DATE	5月份
ORG	深圳市信维通信股份有限公司
DATE	6月11日
DATE	6月11日
DATE	2025年
PER	周力
ORG	Wind
DATE	6月11日
PER	李求索
ORG	广电计量检测集团股份有限公司
PER	周力
PER	周力
# counts of companies and deals, percents, amounts and days (近五成 nothing; 超200% → 200%)
*QUANT	\d+(?:\.\d+)?(?:家|%|天|单|个工作日|元/股|亿元)
""",
    "news-cn-xwlb-digest-20260627": r"""
# the header as in earlier digests: the programme DOC, the count QUANT, the date in digits DATE; 19:00 nothing
DOC	《新闻联播》
DATE	2026年6月27日
QUANT	13 条
DOC	《新闻联播》
DATE	20260627
# 【】 labels no entity; the places inside headlines are
LOC	中国
DATE	2025年
QUANT	140万亿元
QUANT	1.3万美元
QUANT	30%
TERM	"发展起来以后的问题"
DATE	2012年12月
# 党的十八大, 中央经济工作会议 nothing (earlier gold); ranks 第34位 nothing
ORG	世界知识产权组织
DATE	2012年
DATE	2025年
LOC	杭州
# the built works LOC (as 南水北调中线工程); 东数西算 a programme, nothing — doubtful
LOC	西气东输
LOC	南水北调
LOC	西电东送
TERM	"一盘棋"
LOC	京津冀
LOC	长三角
LOC	粤港澳大湾区
# 东北 a conventional region; 中部, 西部 descriptive nothing
LOC	东北
QUANT	23个
TERM	"朋友圈"
QUANT	50个
TERM	"一带一路"
QUANT	31个
QUANT	24个
LOC	海南海口
LOC	湖南郴州
LOC	海口市
# a named housing estate with its phase LOC (as 虞公港二期) — doubtful
LOC	海口观悦二期
QUANT	30多户
QUANT	5年
ORG	海口市自然资源和规划局
TERM	"群众无过错即可办证"
LOC	海口
LOC	湖南郴州
QUANT	12个
LOC	嘉禾县红鹰村
QUANT	6000元
QUANT	2000多个
LOC	郴州
DATE	4月
LOC	郴州市
QUANT	17000多条
TERM	"烂尾"
TERM	"七一"
# museums as venues LOC (batch 19)
LOC	中国人民抗日战争纪念馆
# 中国人民 → 中国 (a place before a word for its people)
LOC	中国
QUANT	14年
LOC	中共三大会址纪念馆
LOC	四川甘孜
LOC	大渡河
LOC	泸定桥
LOC	陕西延安
LOC	杨家岭
LOC	延安革命纪念馆
LOC	延安
LOC	新四军第七师纪念馆
LOC	百团大战纪念馆
TERM	"基层建设软弱涣散村"
# a village's Party organisation: the village alone (as an enterprise's Party committee)
LOC	河南省兰考县仪封镇代庄村
LOC	代庄村
LOC	代庄村
TERM	"共富工坊"
TERM	"共富工坊"
# a cooperative named by its village ORG — doubtful
ORG	代庄村合作社
QUANT	10多年
LOC	兰考县
LOC	代庄村
TERM	"两委"
PER	代玉建
TERM	"两委"
LOC	代庄村
QUANT	620户
TERM	"企业+合作社+农户"
LOC	代庄村
DATE	2014年
QUANT	4600元
DATE	2025年底
QUANT	24600元
QUANT	100%
TERM	"软弱涣散"
DATE	2021年
LOC	代庄村
# the congresses are events, the bodies inside ORG
ORG	中国音乐家协会
ORG	中国舞蹈家协会
ORG	中国杂技家协会
LOC	北京
ORG	中国音乐家协会
ORG	中国舞蹈家协会
ORG	中国杂技家协会
DATE	27日
LOC	北京
DATE	2035年
# 今年前5个月 → 前5个月 (batch 21)
DATE	前5个月
ORG	国家统计局
DATE	6月27日
DATE	1—5月份
QUANT	18.8%
DATE	1—4月份
QUANT	0.6个百分点
QUANT	20%
QUANT	44.7%
QUANT	103.9%
QUANT	43.1%
ORG	国家粮食和物资储备局
QUANT	4000万吨
LOC	山东
PER	尚明海
# a grain depot driven to, a venue, LOC whole — doubtful (ORG the other reading)
LOC	菏泽市储备粮仿山分库
QUANT	15到20分钟
QUANT	5到8分钟
LOC	河南
ORG	中储粮
QUANT	1亿吨
DATE	5月
ORG	生态环境部
DATE	5月
QUANT	339个
QUANT	91.1%
QUANT	11.6个百分点
QUANT	19.1微克/立方米
QUANT	21.7%
# the programme 美丽中国… in the headline: the place inside
LOC	中国
ORG	生态环境部
DOC	《美丽中国建设全民行动促进计划（2026—2030年）》
QUANT	15条
DATE	2030年
DATE	6月27日
# a quoted national facility's name LOC without the marks (quoted places, batch 18) — doubtful
LOC	聚变堆主机关键系统综合研究设施
LOC	西康高铁
DATE	6月27日
LOC	西康高铁
LOC	西康高铁
QUANT	350公里
LOC	西安
LOC	安康
QUANT	3小时
QUANT	1小时
TERM	"全球南方"
ORG	南方电网
DATE	26日
LOC	中国
LOC	老挝
LOC	巴西
QUANT	20多个
QUANT	40家
LOC	香港
DOC	《"全球南方"电力企业合作发展倡议》
QUANT	1亿人次
ORG	国铁上海局
DATE	6月27日
LOC	杭台高铁
QUANT	1亿人次
LOC	杭台高铁
QUANT	266.9公里
QUANT	350公里
LOC	浙江杭州
LOC	绍兴
LOC	台州
# 上海电视节 an event: the place inside
LOC	上海
TERM	"白玉兰绽放"
DATE	6月26日
LOC	上海
TERM	"白玉兰绽放"
DOC	《沉默的荣耀》
DOC	《太平年》
DOC	《中华考工记》
TERM	“新型军国主义”
DATE	26日
ORG	联合国大会
TERM	"联合国宪章日"
TERM	"联合国宪章日"
ORG	联合国
ORG	联合国
TERM	"新型军国主义"
DOC	《联合国宪章》
LOC	委内瑞拉
QUANT	920人
ORG	委内瑞拉全国代表大会
PER	豪尔赫·罗德里格斯
DATE	26日
LOC	委内瑞拉
DATE	24日
QUANT	920人
ORG	中国驻委内瑞拉大使馆
QUANT	7名
LOC	委内瑞拉
LOC	拉瓜伊拉州
DATE	26日
ORG	总台
LOC	拉瓜伊拉州
LOC	卡蒂亚拉马尔镇
LOC	委内瑞拉
PER	罗德里格斯
DATE	26日
LOC	拉瓜伊拉州
ORG	委内瑞拉政府
QUANT	7万户
QUANT	2600吨
QUANT	5000名
LOC	拉瓜伊拉州
LOC	委内瑞拉
LOC	加拉加斯
QUANT	200公里
ORG	联合国人道主义事务协调厅
DATE	26日
ORG	联合国灾害评估小组
ORG	行动支援小组
ORG	联合国中央应急基金
QUANT	1500万美元
LOC	委内瑞拉
# 美称 → 美 (a one-character country standing as a place word); 美方, 布方 nothing (as 港方)
LOC	美
LOC	伊朗
LOC	伊朗
ORG	美国中央司令部
DATE	26日
ORG	美军
LOC	伊朗
LOC	伊朗
DATE	25日
LOC	霍尔木兹海峡
ORG	伊朗伊斯兰革命卫队
DATE	6月27日
ORG	革命卫队海军
LOC	中东地区
ORG	美军
# 黎以美 → 黎 + 以 + 美 (as 中葡)
LOC	黎
LOC	以
LOC	美
ORG	黎巴嫩政府
LOC	以色列
LOC	美国
DATE	26日
LOC	华盛顿
LOC	黎
PER	奥恩
DATE	26日
LOC	黎巴嫩
LOC	黎
LOC	以色列
ORG	以军
LOC	黎
ORG	黎巴嫩军队
# a foreign party with its country one ORG
ORG	黎真主党
LOC	以色列
LOC	黎
LOC	黎
LOC	以
LOC	黎巴嫩
ORG	黎议会
ORG	真主党
PER	法德拉拉
DATE	26日
ORG	黎真主党
ORG	欧盟
LOC	美
LOC	美国
PER	特朗普
DATE	26日
LOC	美国
LOC	欧洲
LOC	美国
QUANT	100%
ORG	欧盟委员会
DATE	26日
ORG	欧盟
LOC	欧洲
ORG	谷歌
ORG	亚马逊
ORG	布基纳法索政府
LOC	法国
ORG	布基纳法索政府
DATE	26日
LOC	法国
ORG	法国政府
ORG	法国外交部
DATE	26日
LOC	布基纳法索
# the quoted reply (a clause) nothing
LOC	日本本州岛
QUANT	5.1级
ORG	中国地震台网
DATE	26日
LOC	日本本州岛
QUANT	5.1级
QUANT	10公里
ORG	日本气象厅
LOC	山梨县
LOC	东京地区
ORG	日本总务省
DATE	6月27日
DATE	26日
LOC	山梨县
QUANT	17人
LOC	东海道新干线
LOC	美国犹他州
LOC	美国
DATE	26日
LOC	美国犹他州比弗县
DATE	26日
QUANT	287平方公里
LOC	犹他州
LOC	加利福尼亚州
LOC	内华达州
LOC	瑞士
LOC	瑞士
DATE	26日
LOC	瑞士
DATE	6月29日
QUANT	3个月
QUANT	50年
LOC	瑞士
DATE	2100年
LOC	瑞士
# every remaining 央视网, 习近平, 党中央 and 中国 (中国式现代化 nothing)
*ORG	央视网
*PER	习近平
*ORG	党中央
*LOC	中国(?!式)
""",
    "gw-cn-mee-odour-emission-law-reply-2020": r"""
# unmarked law names and article numbers nothing; the statute's provisions quoted whole nothing (as in the MEP
# opinion of this batch) — doubtful; 我部 nothing; 十万元 … (Chinese numerals) nothing; the URL nothing
ORG	生态环境部办公厅
DATE	2020年3月20日
""",
    "gw-cn-spc-spp-police-assault-interpretation-2025": r"""
# the unmarked title line gives the bodies inside (batch 27)
ORG	最高人民法院
ORG	最高人民检察院
DATE	2024年11月4日
# a court's committee written after the court one ORG; a term number after the body stays inside
ORG	最高人民法院审判委员会
DATE	2024年6月27日
ORG	最高人民检察院第十四届检察委员会
DATE	2025年1月18日
ORG	最高人民法院
ORG	最高人民检察院
DOC	高检发释字〔2025〕1号
DOC	《中华人民共和国刑法》
DOC	《中华人民共和国刑事诉讼法》
DOC	《中华人民共和国人民警察法》
# the quoted terms of the criminal law TERM; unmarked 刑法, 人民警察法 nothing; article numbers nothing
TERM	“暴力袭击”
TERM	“暴力袭击”
TERM	“严重危及其人身安全”
TERM	“人民警察”
# 公安机关, 国家安全机关, 人民法院, 人民检察院 (kinds of body) nothing
DATE	2025年1月18日
""",
    "news-cn-xiaoshan-supply-coop-visit-2019": r"""
# 党组, 理事会 (organs before posts) out; 我社 nothing
ORG	全国供销合作总社
PER	王伟
# (session 21, h21: the HTML reader now keeps the page's 发布日期/阅读次数 line under its <h1>, read by the same
# guideline: the ISO date DATE as batch 20's; the bare read count nothing)
DATE	2019-11-29
DATE	11月22日
ORG	中华全国供销合作总社
PER	王伟
# a division written with its body's short name one ORG; divisions by remit alone ORG (研究室, 办公厅, 业务处) — doubtful
ORG	总社科教社团部
PER	沈青
ORG	研究室
PER	陈安宁
ORG	办公厅
PER	牛召
ORG	省供销社
PER	沈省文
ORG	业务处
PER	吴小樟
ORG	区供销联社
PER	倪晓锦
PER	陆静
PER	何刚
PER	王伟
ORG	钱江蔬菜公司
QUANT	85%
# 供销社 (the kind) nothing; 萧山萝卜干品牌 → 萧山
LOC	萧山
LOC	钱江世纪城
LOC	杭州国际博览中心
PER	王伟
ORG	萧山供销社
TERM	“三位一体”
TERM	“三位一体”
# 农合联 (the kind of federation) nothing
TERM	“三农”
PER	王伟
# a market visited, a venue, LOC
LOC	钱江综合市场
PER	王伟
TERM	“为农服务”
TERM	“高星级、高标准、高品位、高质量”
TERM	“菜篮子”
""",
    "report-cn-village-bank-consolidation-2026": r"""
TERM	“消失”
DATE	6月10日
ORG	金融监管总局
LOC	云南
LOC	罗平
LOC	师宗
LOC	陆良
QUANT	3家
# 兴福系, 沪农商, 富民, 民生系 村镇银行 (a series of banks, no one bank's name) nothing — doubtful
ORG	曲靖沾益兴福村镇银行
LOC	浙江地区
LOC	云南地区
ORG	云南金融监管局
ORG	曲靖沾益兴福村镇银行
QUANT	3家
ORG	兴福村镇银行
ORG	曲靖沾益兴福村镇银行
QUANT	526.7824万股
ORG	兴福村镇银行
LOC	陆良
LOC	师宗
LOC	罗平
QUANT	3家
QUANT	6779.0395万股
ORG	曲靖沾益兴福村镇银行
QUANT	10675.4311万股
ORG	兴福村镇银行
ORG	曲靖沾益兴福村镇银行
QUANT	2151.4043万股
ORG	兴福村镇银行
ORG	曲靖沾益兴福村镇银行
QUANT	15583.8013万股
QUANT	86.5767%
ORG	兴福村镇银行
ORG	常熟农商银行
LOC	江苏
LOC	湖北
LOC	河南
LOC	云南
QUANT	20余家
LOC	陆良
LOC	师宗
LOC	罗平
QUANT	3家
ORG	曲靖沾益兴福村镇银行
QUANT	3家
ORG	曲靖沾益兴福村镇银行
DATE	6月
LOC	云南地区
ORG	云南金融监管局
LOC	弥勒
LOC	个旧
LOC	开远
LOC	建水
QUANT	4家
QUANT	4家
ORG	蒙自沪农商村镇银行
ORG	红河金融监管分局
QUANT	4家
ORG	蒙自沪农商村镇银行
DATE	4月20日
ORG	四川金融监管局
QUANT	6份
LOC	遂宁
LOC	内江
LOC	绵阳
LOC	宜宾
LOC	眉山
LOC	泸州
QUANT	6家
QUANT	27家
QUANT	27家
DATE	5月28日
ORG	辽宁金融监管局
QUANT	4份
LOC	沈阳辽中
LOC	沈北
LOC	法库
LOC	新民
QUANT	4家
QUANT	4家
ORG	盛京银行
DATE	6月
ORG	民生银行
ORG	綦江民生村镇银行
ORG	民生银行
LOC	林芝
LOC	宁晋
LOC	潼南
DATE	6月8日
ORG	金融监管总局
QUANT	102家
TERM	“村改支”
ORG	中国邮政储蓄银行
PER	娄飞鹏
TERM	“村改支”
TERM	“村改分”
TERM	“村改支”
# 年底 after a year belongs to it (as 2021年末); 原银保监会 → 银保监会
DATE	2020年年底
ORG	银保监会
DOC	《关于进一步推动村镇银行化解风险改革重组有关事项的通知》
# 2025年中央一号文件 → 2025年 (中央一号文件 unmarked nothing)
DATE	2025年
TERM	“一省一策”
TERM	“三农”
ORG	上海农商行
DATE	2025年度
TERM	“多县一行”
""",
    "gw-sh-local-railway-protection-zone-rules-2021": r"""
# the tool's preamble as in earlier Shanghai notices
LOC	上海市
DOC	《中华人民共和国著作权法》
ORG	上海市交通委员会
DOC	《上海市地方铁路线路安全保护区管理规定》
DOC	《上海市地方铁路线路安全保护区管理规定》
# 第十一次主任办公会议 nothing; the start and the end of validity two DATEs
DATE	2021年7月12日
DATE	2021年9月1日
DATE	2026年8月31日
ORG	上海市交通委员会
DATE	二○二一年七月十六日
# the unmarked title line: the place inside
LOC	上海市
DOC	《中华人民共和国铁路法》
DOC	《铁路安全管理条例》
DOC	《上海市铁路安全管理条例》
ORG	上海市交通委员会
# 区人民政府, 所在区人民政府 (a level's government, as 区政府) nothing; distances in Chinese numerals nothing
DOC	《铁路安全管理条路》
DOC	《上海市铁路安全管理条例》
DATE	2021年9月1日
DATE	2026年8月31日
# every remaining 市交通委 (defined after 以下简称)
*ORG	市交通委
""",
    "gw-sh-taxi-operating-rights-rules-2026": r"""
LOC	上海市
DOC	《中华人民共和国著作权法》
ORG	上海市交通委员会
DOC	《上海市出租汽车企业车辆经营权管理办法（试行）》
DOC	沪交行规〔2026〕7号
DOC	《上海市出租汽车企业车辆经营权管理办法（试行）》
DATE	2026年3月5日
DATE	2026年6月1日
DATE	2028年5月31日
ORG	上海市交通委员会
DATE	2026年4月13日
# the unmarked title line: the place inside
LOC	上海市
ORG	上海市交通委员会
ORG	上海市道路运输事业发展中心
# the districts LOC each; 区交通管理部门 a body named by its kind, nothing, its quoted short name TERM (as “各级建设管理部门”)
LOC	浦东新区
LOC	闵行
LOC	宝山
LOC	嘉定
LOC	金山
LOC	松江
LOC	奉贤
LOC	青浦
LOC	崇明
TERM	“区交通管理部门”
# the rating grades (AAA级 …) nothing; counts of times, vehicles and days QUANT
QUANT	2次
QUANT	3次
QUANT	10%
QUANT	1辆
QUANT	3次
QUANT	60日
QUANT	180日
QUANT	180日
DATE	2026年6月1日
DATE	2028年5月31日
*DOC	《[^》]+》
*ORG	市交通委
*QUANT	6年
""",
    "news-cn-a-share-delistings-speed-up-2026": r"""
# stock names stand for their companies, ORG as written with *ST / 退市 / 退 (the listed name) — doubtful; A股 nothing
ORG	*ST创兴
ORG	*ST沪科
ORG	*ST太和
DATE	2026年
ORG	广道退
ORG	北交所
DATE	1月
ORG	*ST奥维
DATE	3月27日
ORG	退市观典
DATE	6月8日
DATE	6月10日
DATE	6月1日
ORG	退市华嵘
ORG	退市熊猫
ORG	退市国化
ORG	退市岩石
DATE	6月22日
DATE	6月8日
ORG	*ST创兴
ORG	*ST沪科
ORG	*ST太和
DATE	6月29日
ORG	*ST国华
ORG	*ST天龙
ORG	*ST赛隆
ORG	*ST恒久
DATE	6月8日
DATE	2026年
TERM	“披星戴帽”
TERM	“无法表示意见”
TERM	“否定意见”
DATE	2026年
ORG	长药退
DATE	2021年至2023年
DATE	2026年4月
TERM	“退市”
DATE	6月8日
ORG	*ST沪科
DATE	2025年度
DOC	《上海证券交易所股票上市规则（2026年4月修订）》
ORG	*ST太和
DATE	6月10日
ORG	退市观典
DATE	2024年度
DATE	2025年
DATE	2026年
ORG	*ST万方
TERM	“病灶”
TERM	“罚完退完”
TERM	“罚赔同步”
# a journal in 《》 DOC
DOC	《法律适用》
DATE	2026年
TERM	“罚完退完”
TERM	“罚赔同步”
TERM	“罚赔同步”
DOC	《中华人民共和国证券法》
# 广道退案 → the company
ORG	广道退
ORG	五矿证券
ORG	中国证监会
ORG	紫晶存储
DATE	2026年2月
ORG	金通灵
# 锦州港案: the company
ORG	锦州港
ORG	沈阳中院
DATE	6月5日
ORG	亿利洁能
DATE	2016年至2023年
QUANT	8年
ORG	证监会
DATE	2026年
TERM	“一体推进发现、惩处、退市、投保有机衔接”
TERM	“罚完退完”
TERM	“罚赔同步”
TERM	“诉讼漫长”
TERM	“快速获赔”
# counts, amounts, percents, days; 六成, 连续三年, 近两年 nothing
*QUANT	\d+(?:\.\d+)?(?:万|亿)?(?:元|家|只|名|人|天|起|个交易日|个月|%)
""",
    "reg-cn-mep-environmental-emergency-reporting-2011": r"""
# (session 20, a20: the Markdown reader now puts the front matter's title 突发环境事件信息报告办法 first; the
# unmarked title nothing, as batch 26's OTC rules)
DATE	2011年4月18日
DOC	环境保护部令第17号
DATE	2011年5月1日
# the table of contents' article numbers nothing; the levels Ⅰ级 … Ⅳ级 (Roman numerals) nothing
DOC	《中华人民共和国突发事件应对法》
DOC	《国家突发公共事件总体应急预案》
DOC	《国家突发环境事件应急预案》
# 人民政府环境保护主管部门 at every level (a kind of body) nothing; 四小时, 两小时 nothing
# the ministry's duty office by its remit ORG (as 律师工作处) — doubtful
ORG	总值班室
ORG	环境保护部环境应急指挥领导小组办公室
ORG	环境保护部环境应急指挥领导小组办公室
ORG	国务院总值班室
ORG	中共中央办公厅秘书局
DATE	2011年5月1日
DOC	《环境保护行政主管部门突发环境事件信息报告办法（试行）》
DOC	环发〔2006〕50号
LOC	台湾
# every remaining 环境保护部; the quoted standard TERM each time; thresholds N以上 … M以下 two QUANTs (earlier gold),
# 1、2类 one QUANT (values sharing one unit written once)
*ORG	环境保护部
*TERM	“国际核事件分级（INES）标准”
*QUANT	\d+(?:、\d+)?(?:万|亿)?(?:人|元|类|级)
""",
}
