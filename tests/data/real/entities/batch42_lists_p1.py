"""Reading lists of the batch-42 entity gold, pass 1 (branch issue-e42p1-s22); see build_batch.py for the
line format and README-batch42.md for the rules and the borderline decisions they follow."""

LISTS = {
    "gw-cn-jiangxi-famous-trademark-measures-repeal-decision-2018": r"""
# the order's number without its issuer (the header is cut: 江西省人民政府令 is not printed) DOC — doubtful
# (nothing the other reading); 省人民政府, 省政府 generic; 第4次常务会议 nothing; 省长 without a name
DOC	第232号
DOC	《江西省人民政府关于废止〈江西省著名商标认定和保护办法〉的决定》
DATE	2018年4月28日
DATE	2018年5月9日
DOC	《江西省著名商标认定和保护办法》
DATE	2007年9月13日
DOC	江西省人民政府令第161号
""",
    "wr-cn-2009-national-work-report-review-part": r"""
# the title line: 2009年 + the State Council with its country one ORG (its full name) — doubtful (LOC
# 中华人民共和国 + ORG 国务院 the other reading)
DATE	2009年
ORG	中华人民共和国国务院
ORG	国务院
ORG	全国政协
DATE	2008年
DATE	2008年
ORG	中国共产党
QUANT	30万亿元
QUANT	9%
QUANT	6.13万亿元
QUANT	19.5%
# 连续五年 nothing (no digit)
QUANT	10570亿斤
QUANT	2.56万亿美元
QUANT	17.8%
QUANT	924亿美元
QUANT	1113万人
QUANT	15781元
QUANT	4761元
QUANT	8.4%
QUANT	8%
# 北京奥运会 → 北京 (an event, the place inside); 残奥会 nothing; 神舟七号 nothing (a craft) — doubtful
LOC	北京
# 中国特色社会主义 → 中国 (batch-19 D-16)
LOC	中国
TERM	“保持经济平稳较快发展，控制物价过快上涨”
# 9月份 DATE (as 4月份); 三次, 五次, 四次, 十项 nothing; 我国 nothing
DATE	9月份
""",
    "news-cn-cctv-xwlb-transcript-20070103": r"""
# the aggregator's header (new shape): the unmarked programme name 新闻联播 nothing (unmarked titles nothing;
# 《新闻联播》 DOC where marked) — doubtful; ISO dates DATE (as 20260621); the source site cn.govopendata.com and
# the URL nothing; 央视网 ORG; 新闻条数：5 nothing (no unit); the fetch stamp → its date part DATE — doubtful
DATE	2007-01-03
DATE	2016-03-30
ORG	央视网
DATE	2026-09-04
# the column 【数字2006】 → DATE 2006 (a year inside a name, batch-21 D) — doubtful; 数字中国 → 中国
DATE	2006
LOC	中国
DATE	2006年
QUANT	13亿8千万人次
DATE	2006年
QUANT	13亿8千万人次
QUANT	15%
QUANT	8790亿元
DATE	2006年
QUANT	8790亿元
# 10%以上 → 10%
QUANT	10%
QUANT	123个
DATE	2006年
QUANT	123个
# item 2, the briefs run together without breaks
DATE	2006年
DATE	2006年
QUANT	222700多起
QUANT	1517人
QUANT	5.6%
QUANT	39.3%
QUANT	378700多起
QUANT	89455人
QUANT	15.9%
QUANT	9.4%
# 亚洲沙尘暴数值预报系统 → 亚洲 (a system named by its region)
LOC	亚洲
LOC	韩国
LOC	日本
LOC	蒙古
LOC	亚洲
# 长江干流 → 长江; 长江湖北沙市段 one LOC (a river's stretch by its place, a chain) — doubtful
LOC	长江
LOC	长江湖北沙市段
QUANT	0.77米
QUANT	2米
LOC	长江
LOC	湖北
# 16万养殖网 → 16万 (the count before a noun, as 244万)
QUANT	16万
LOC	洪湖
LOC	梁子湖
LOC	湖北省
LOC	洪湖
LOC	梁子湖
QUANT	16万
QUANT	20万
LOC	广西岑溪市糯垌镇
LOC	广西岑溪市糯垌镇叉富村
# 洛湛铁路广西段北岗隧道 → 洛湛铁路 + 广西 + 北岗隧道 — doubtful (one LOC the other reading)
LOC	洛湛铁路
LOC	广西
LOC	北岗隧道
LOC	满洲里铁路口岸
LOC	满洲里铁路口岸
DATE	2006年
QUANT	2100万吨
QUANT	28%
LOC	黑龙江
LOC	辽宁
LOC	湖南张家界
# 千只, 上千只 nothing (no digit); “驻足” quoted single word TERM
TERM	“驻足”
LOC	河北衡水湖
LOC	河北衡水湖国家级自然保护区
LOC	衡水湖
# item 3
PER	金正日
PER	白南舜
ORG	新华社
ORG	朝鲜中央通讯社
LOC	朝鲜
PER	金正日
PER	白南舜
PER	白南舜
DATE	２日
QUANT	７８岁
# item 4: 印尼亚当航空公司 one ORG (a company with its country, as 臺灣外交部) — doubtful; 波音 ORG before the
# model (earlier gold), ７３７－４００ nothing; 2号 / 1号 days DATE
LOC	印尼
ORG	印度尼西亚空军
PER	艾迪·苏扬托
DATE	2号
ORG	印尼亚当航空公司
ORG	波音
DATE	1号
QUANT	102人
LOC	泗水
LOC	苏拉威西岛万鸦老
DATE	2号
QUANT	１２名
# item 5: governments ORG whole (batch-20 D: 聖國政府); 伊政府 ORG — doubtful (LOC 伊 the other reading)
LOC	索马里
LOC	索马里
PER	优素福
DATE	２日
LOC	蒙巴萨
LOC	肯尼亚
PER	齐贝吉
ORG	索马里过渡政府
ORG	非洲联盟
ORG	东非政府间发展组织
LOC	索马里
LOC	索马里
ORG	伊政府
PER	萨达姆
LOC	伊拉克
PER	马利基
DATE	2号
PER	萨达姆
LOC	伊拉克
PER	萨达姆
DATE	2006年12月30号
LOC	伊拉克
# 英报 → 英
LOC	英
LOC	美国
TERM	“窥探”
LOC	欧洲
LOC	英国
# a newspaper in 《》 ORG without the marks (batch-20 D)
ORG	每日电讯报
LOC	美国
LOC	欧洲
ORG	美国政府
ORG	英国运输部
# 欧美双方 → 欧 + 美
LOC	欧
LOC	美
ORG	美国政府
ORG	欧盟
LOC	墨西哥
DATE	2号
LOC	墨西哥
LOC	奇瓦瓦州
QUANT	2人
# 百分之七十 nothing (no digit)
LOC	英国
QUANT	５岁
LOC	英国
DATE	２日
DATE	１日
LOC	英格兰
LOC	利物浦
QUANT	５岁
LOC	英国
DOC	《危险犬种法》
DOC	《危险犬种法》
LOC	新西兰
LOC	新西兰惠灵顿
QUANT	2万5千升
""",
    "news-cn-cctv-xwlb-transcript-20070101": r"""
# the aggregator's header as in the 2007-01-03 transcript (新闻联播 unmarked nothing, the fetch stamp's date DATE)
DATE	2007-01-01
DATE	2016-03-30
ORG	央视网
DATE	2026-09-04
# item 1: 全国政协礼堂 one LOC (a hall, the venue) — doubtful (ORG 全国政协 inside the other reading);
# 中共中央总书记 → 中共中央, 国家主席 nothing, 中央军委主席 → 中央军委 (earlier gold)
ORG	全国政协
PER	胡锦涛
ORG	中国人民政治协商会议全国委员会
LOC	全国政协礼堂
ORG	中共中央
ORG	中央军委
PER	胡锦涛
LOC	全国政协礼堂
PER	胡锦涛
PER	吴邦国
PER	温家宝
PER	贾庆林
PER	曾庆红
PER	吴官正
PER	李长春
PER	罗干
# 各民主党派中央, 中央和国家机关, 首都 nothing; 2007年元旦 one DATE (a dated festival day) — doubtful (2007年 alone
# the other reading; 元旦 alone nothing, batch 40)
ORG	全国工商联
DATE	2007年元旦
PER	胡锦涛
PER	胡锦涛
DATE	2007年元旦
ORG	中共中央
ORG	国务院
ORG	中央军委
# 工商联 ORG (the short name); 各人民团体 nothing; 人民解放军, 武警 ORG (as 解放军); 香港特别行政区同胞,
# 澳门特别行政区同胞, 台湾同胞 nothing (as 港澳同胞, 台湾同胞, batch 20) — doubtful (the full place names inside
# the other reading)
ORG	工商联
ORG	人民解放军
ORG	武警
LOC	中国
PER	胡锦涛
TERM	“十一五”
PER	胡锦涛
# 邓小平理论 → 邓小平 (as 习近平思想 → 习近平); 党的十六大, 十六届…全会, 党的十七大 nothing (events)
PER	邓小平
TERM	“三个代表”
PER	胡锦涛
TERM	“一国两制”
TERM	“港人治港”
TERM	“澳人治澳”
LOC	香港
LOC	澳门
# 爱国爱港, 爱国爱澳 → 港, 澳 (batch 9)
LOC	港
LOC	澳
LOC	香港
LOC	澳门
LOC	香港
LOC	澳门
# 两岸 nothing; “三通” TERM; 台海 LOC (the strait's short name) — doubtful
TERM	“三通”
LOC	台海
PER	胡锦涛
PER	胡锦涛
# 中华民族 nothing; 人民政协 nothing (generic for the institution) — doubtful
PER	胡锦涛
ORG	中国共产党
PER	胡锦涛
LOC	中国
# 中共中央政治局常委 → 中共中央政治局 (batch 11); 民建中央 ORG (the party's centre, as 各民主党派中央 is not
# tagged being generic) — doubtful (ORG 民建 alone the other reading)
ORG	中共中央政治局
ORG	全国政协
PER	贾庆林
ORG	民建中央
PER	成思危
ORG	全国工商联
PER	胡锦涛
PER	王兆国
PER	回良玉
PER	刘淇
PER	刘云山
PER	吴仪
PER	周永康
PER	贺国强
PER	郭伯雄
PER	曹刚川
PER	曾培炎
PER	王刚
PER	徐才厚
PER	何勇
# item 2: 坝上 (the Bashang plateau) LOC wherever named; 塞北坝上 → 塞北 + 坝上 — doubtful (one LOC the other
# reading); 北方大地 nothing
LOC	坝上
DATE	2007年元旦
LOC	塞北
LOC	坝上
DATE	12月31日
ORG	中共中央
ORG	中央军委
PER	胡锦涛
# 国家扶贫开发工作重点县 nothing; 河北省承德市 (chain) + the county after 最北部的
LOC	河北省承德市
LOC	围场满族蒙古族自治县
PER	胡锦涛
ORG	中共中央政治局
ORG	中央书记处
ORG	中央办公厅
PER	王刚
ORG	河北省委
PER	白克明
PER	郭庚茂
LOC	坝上高原
LOC	御道口乡御道口村
PER	胡锦涛
PER	胡锦涛
PER	胡锦涛
PER	唐秀英
PER	胡锦涛
PER	胡锦涛
PER	唐秀英
PER	唐秀英
PER	胡锦涛
PER	刘殿儒
PER	胡锦涛
PER	胡锦涛
QUANT	6岁
PER	王鑫宇
PER	胡锦涛
# 小鑫宇 → 鑫宇 (the given name after the diminutive 小) — doubtful
PER	鑫宇
PER	胡锦涛
PER	曹继荣
PER	胡锦涛
# schools ORG (落松地小学, batch 36)
ORG	御道口寄宿制小学
PER	胡锦涛
PER	胡锦涛
LOC	坝上
# 十几年 nothing
PER	胡锦涛
LOC	坝上高原
PER	胡锦涛
LOC	御道口村
PER	胡锦涛
LOC	坝上
LOC	围场县
PER	胡锦涛
# the farm of a company → the company (奶牛养殖场 out)
ORG	承德天添乳业有限公司
ORG	承德宇航人高山植物应用技术有限责任公司
PER	胡锦涛
PER	胡锦涛
LOC	河北省
LOC	承德市
LOC	河北省
LOC	承德市
PER	邓小平
TERM	“三个代表”
# item 3: 中韩 / 韩中 → 中 + 韩 / 韩 + 中 (as 中葡; the regex lines at the end); the quoted year's name TERM with its marks; 中方, 韩方 nothing
TERM	“中韩交流年”
PER	胡锦涛
LOC	韩国
PER	卢武铉
TERM	“中韩交流年”
PER	胡锦涛
QUANT	15周年
TERM	“中韩交流年”
PER	卢武铉
TERM	“韩中交流年”
# item 4: the State Council order by number DOC (as 国务院令第513号)
PER	温家宝
DOC	第483号国务院令
ORG	国务院
PER	温家宝
DOC	第483号国务院令
DOC	《国务院关于修改〈中华人民共和国城镇土地使用税暂行条例〉的决定》
DATE	2007年1月1日
# item 5: the quoted concert TERM whole with its marks (a quoted event name, batch-20 D)
PER	李长春
TERM	“2007年北京新年音乐会”
TERM	“2007年北京新年音乐会”
LOC	人民大会堂
ORG	中共中央政治局
PER	李长春
QUANT	6000余名
LOC	英国
PER	安德鲁·戴维斯
LOC	中国
PER	谭利华
ORG	英国爱乐乐团
ORG	北京交响乐团
DOC	《大起板》
LOC	中国
LOC	人民大会堂
PER	刘淇
PER	刘云山
PER	曾培炎
PER	顾秀莲
PER	华建敏
PER	陈至立
PER	白立忱
# item 6: the column 【科学发展·共建和谐】 nothing; the quoted single character “好” TERM — doubtful; the series and
# the episode titles in 《》 DOC
TERM	“好”
DOC	《科学发展 共建和谐》
DOC	《迈向又好又快：围绕“好”字抓调控》
DATE	2006年
# 沪深股市 → 沪 + 深
LOC	沪
LOC	深
LOC	中国
ORG	世界银行
DOC	《2007年全球经济展望》
LOC	中国
ORG	世界银行
# 驻华 → 华 (as 驻吉 → 吉)
LOC	华
PER	郝福满
LOC	中国
DATE	2006年
QUANT	10.5%
DATE	2006年
QUANT	１０００万
ORG	国家统计局
PER	谢伏瞻
LOC	中国
# 2006年初 → 2006年
DATE	2006年
ORG	国家发改委
PER	韩永文
LOC	保定
QUANT	2300亩
QUANT	70亿
# the zone's administrative committee with the zone's name one ORG — doubtful
ORG	河北保定国家高新技术开发区管委会
PER	马学禄
DATE	２００７年
LOC	中国
DATE	２００６年
QUANT	１０％
# item 7: place chains one LOC (北京钟鼓楼, 香港时代广场 …); 近千名 nothing; 2008年北京奥运会 → 2008年 + 北京
DATE	2007年
LOC	北京钟鼓楼
DATE	2008年
LOC	北京
LOC	香港时代广场
LOC	台北101大楼
# 宝岛 nothing (an epithet) — doubtful
LOC	西安古城墙
LOC	郑州文庙
LOC	镇江金山寺
LOC	泰山弘德楼
LOC	黑龙江佳木斯
# 中国爱乐乐团2007新年音乐会 → ORG + DATE 2007 (a year inside an event's name, batch-21 D) — doubtful
ORG	中国爱乐乐团
DATE	2007
DOC	《蓝色狂想曲》
LOC	湖南湘西
LOC	大理古城
LOC	海南三亚
# 三万多名 nothing; 全军 nothing
ORG	武警
# item 8: the channel with its station one ORG — doubtful (ORG 中央电视台 alone the other reading); the body's
# names lack 视 / 频 (中央电台中文国际道, 中央电台, 央综合道): tagged as written (batch 20: 上海市交通委员) — doubtful
ORG	中央电视台中文国际频道
LOC	亚洲
LOC	欧洲
LOC	美洲
ORG	中央电台中文国际道
LOC	亚洲
LOC	欧洲
LOC	美洲
ORG	中文国际道
DATE	1992年10月
TERM	“无时差编排”
QUANT	13次
QUANT	18次
ORG	中央电台
# item 9: 第二次全国农业普查 nothing (as 第四次全国文物普查); 2亿多农户 → 2亿 (batch 20)
QUANT	3万多个
QUANT	2亿
QUANT	700多万
DATE	1996年
DATE	2008年
DATE	2006年
QUANT	37636亿元
ORG	国家税务总局
DATE	2006年
QUANT	37636亿元
QUANT	6770亿元
QUANT	21.9%
DOC	《海域使用权管理规定》
ORG	国家海洋局
ORG	商务部
ORG	商务部
QUANT	1倍
DOC	《我的奥林匹克》
ORG	央综合道
ORG	中央电台综合道
DATE	2007年1月1号
# 每周一至周五, 21点42分 nothing
DOC	《我的奥林匹克》
# item 10: country then city headings LOC each; X人 (澳大利亚人, 黎巴嫩人, 德国人) → the place — doubtful (nothing
# the other reading); 上百万人, 数千名, 一百万人, 两百万人 nothing
DATE	2007年
DATE	2007年
LOC	澳大利亚
LOC	悉尼海港大桥
DATE	2007年
LOC	澳大利亚
LOC	悉尼海港大桥
TERM	“新年焰火晚会”
LOC	悉尼
QUANT	10万枚
LOC	日本
LOC	东京塔
LOC	增上寺
LOC	日本
LOC	东京
LOC	东京塔
LOC	东京
LOC	增上寺
LOC	韩国
LOC	坡州
LOC	日本
LOC	韩国
LOC	首尔
QUANT	54公里
LOC	坡州
LOC	韩国
ORG	首尔市政府
LOC	韩
LOC	朝
LOC	临津阁
TERM	“和平之钟”
LOC	黎巴嫩
LOC	贝鲁特
LOC	中东
LOC	黎巴嫩
TERM	“我热爱生活”
LOC	肯尼亚
LOC	内罗毕
LOC	非洲
LOC	肯尼亚
LOC	内罗毕
LOC	英国
LOC	伦敦
LOC	英国
LOC	大本钟
LOC	伦敦
LOC	法国
LOC	巴黎
LOC	埃菲尔铁塔
LOC	法国巴黎
LOC	香谢丽舍大街
LOC	埃菲尔铁塔
LOC	法国
PER	希拉克
LOC	爱丽舍宫
LOC	法国
LOC	德国
LOC	柏林
LOC	德国柏林勃兰登堡门广场
LOC	德国
DATE	2007年
LOC	德国
LOC	俄罗斯
LOC	莫斯科
QUANT	11个
LOC	俄罗斯
LOC	远东
QUANT	9个小时
LOC	莫斯科
LOC	俄罗斯
PER	普京
LOC	克林姆林宫
LOC	俄罗斯
LOC	巴西
LOC	科帕卡巴纳海滩
LOC	巴西里约热内卢
LOC	科帕卡巴纳海滩
LOC	南美洲
DATE	2007年
LOC	美国
LOC	纽约
LOC	纽约时代广场
DATE	2007年
LOC	美国
DOC	《友谊地久天长》
LOC	时代广场
# 中韩 / 韩中 (item 3), outside the quoted year names
*LOC	中(?=韩)|(?<=韩)中
*LOC	韩(?=中)|(?<=中)韩
""",
    "gw-cn-npc-2009-work-report-resolution": r"""
# the session of the congress out (as 十四届全国人大一次会议 → 全国人大); 政府工作报告 unmarked nothing
ORG	全国人民代表大会
ORG	全国人民代表大会
ORG	国务院
PER	温家宝
ORG	国务院
DATE	2009年
# 胡锦涛同志 → the name; 党的十七大, 十七届三中全会 nothing (events)
PER	胡锦涛
ORG	党中央
LOC	中国
PER	邓小平
TERM	“三个代表”
LOC	中华人民共和国
QUANT	60周年
""",
    "news-cn-cctv-xwlb-digest-20260801": r"""
# the digest header of the aggregator as in the transcripts: 新闻联播 unmarked nothing, the ISO date DATE, 央视网 ORG;
# item numbers, column heads in 【】 without a name, 我国 nothing
DATE	2026-08-01
ORG	央视网
DOC	《求是》
PER	习近平
DOC	《加快建设健康中国》
DATE	2030年
QUANT	2900亿件
# 第十二批国家组织药品集采 nothing
ORG	水利部
DOC	《中国节约用水报告2025》
DOC	《退役军人就业创业促进条例》
DOC	《黄岩岛国家级自然保护区管理办法》
# 中东部 nothing; 东北 LOC (earlier gold)
LOC	东北
# 中国—乌兹别克斯坦 → two LOC; the quoted status TERM, (AEO) nothing
LOC	中国
LOC	乌兹别克斯坦
TERM	“经认证的经营者”
# 穗深城际 one LOC (a named railway, as 沈白高铁); 广深 → 广 + 深
LOC	穗深城际
LOC	广
LOC	深
LOC	雄商高铁
LOC	河北
LOC	海南
TERM	“华龙一号”
LOC	中国
LOC	刚果（金）
# the race → DATE 2026 + the place chain 中国西藏 + 喜马拉雅 (an event, the places inside; a year without 年, batch-21 D)
# — doubtful
DATE	2026
LOC	中国西藏
LOC	喜马拉雅
# 美媒 → 美; 美以 → 美 + 以
LOC	美
LOC	美
LOC	以
LOC	伊朗
LOC	伊朗
LOC	西班牙
QUANT	67人
LOC	意大利
LOC	西班牙
# 申根 LOC (the place the agreement is named for) — doubtful (nothing the other reading); 法德 → 法 + 德
LOC	申根
LOC	法
LOC	德
LOC	法国
LOC	罗马尼亚
ORG	世界气象组织
LOC	美
LOC	乌
ORG	哈马斯
# 以军 ORG (batch 21; LOC 以 the other reading, batch 36) — doubtful
ORG	以军
LOC	加沙
ORG	美军
LOC	加州
ORG	国际足联
""",
    "news-cn-cctv-xwlb-digest-20260815": r"""
DATE	2026-08-15
ORG	央视网
# 美丽中国 → 中国; 中华民族 nothing
LOC	中国
DOC	《江泽民》
TERM	“十五五”
LOC	北京
LOC	日本
QUANT	81周年
LOC	中国
# 前7个月 → 7个月 (as 近3年 → 3年)
QUANT	7个月
QUANT	28亿人次
QUANT	7个月
# the named zone one LOC (named zones LOC) — doubtful (LOC 中国 + LOC 中东欧 the other reading)
LOC	中国—中东欧国家经贸合作示范区
QUANT	370亿元
ORG	中消协
DOC	《中国消费者绿色消费指南（2026版）》
# a named route one LOC (as 中欧班列) — doubtful
LOC	中欧北极快航
TERM	“CMG电影文化嘉年华·天津专场”
LOC	日本
ORG	日本政府
LOC	日本
TERM	“再军事化”
LOC	印尼
QUANT	7.7级
QUANT	38人
LOC	伊朗
LOC	美
LOC	古巴
LOC	美
LOC	古
DATE	8月
LOC	美
LOC	欧洲
""",
    "news-cn-cctv-xwlb-digest-20260901": r"""
DATE	2026-09-01
ORG	央视网
PER	习近平
# the heads-of-state council of the SCO one ORG (an organ of the body; its 26th meeting out) — doubtful
ORG	上海合作组织成员国元首理事会
PER	习近平
# the quoted meeting format TERM whole with its marks (a quoted event name) — doubtful (ORG 上海合作组织 inside)
TERM	“上海合作组织+”
# 央视快评 → 央视 (the broadcaster's commentary column) — doubtful
ORG	央视
ORG	上海合作组织
PER	习近平
LOC	俄罗斯
PER	习近平
LOC	乌兹别克斯坦
PER	习近平
LOC	蒙古国
PER	彭丽媛
# summits → the body inside
ORG	上海合作组织
PER	习近平
DATE	2026年
ORG	上海合作组织
LOC	吉尔吉斯斯坦
PER	习近平
LOC	埃及
PER	李强
# 美中贸易全国委员会 ORG (董事会代表团 out)
ORG	美中贸易全国委员会
LOC	西藏吉隆县
# the expo → 中国 + 东盟 inside (an event); the day range one DATE
LOC	中国
ORG	东盟
DATE	9月17日—21日
LOC	广西南宁
ORG	中共中央宣传部
DOC	《关于组织开展2026年“全民国防教育月”活动的通知》
DATE	2026年
DOC	《开学第一课》
# the channel with the group's short name one ORG (batch 21)
ORG	总台央视综合频道
PER	习近平
ORG	上合组织
LOC	中国
TERM	“读懂中国之治”
# 中吉 → 中 + 吉
LOC	中
LOC	吉
LOC	俄
# an embassy ORG whole (earlier gold)
ORG	日本驻俄使馆
LOC	伊
LOC	美
LOC	伊
""",
    "gw-cn-central-rural-revitalization-opinions-2018-part": r"""
# the issuers of the opinions ORG; the date in brackets DATE; 党的十九大 / 十八大 nothing (events)
ORG	中共中央
ORG	国务院
DATE	2018年1月2日
TERM	“三农”
PER	习近平
ORG	党中央
TERM	“三农”
# 5年来 → 5年 (as 30年来 → 30年)
QUANT	5年
TERM	“三农”
TERM	“两个一百年”
# 中国特色社会主义 → 中国 (batch-19 D-16), 习近平新时代中国特色社会主义思想 → 习近平 + 中国
LOC	中国
PER	习近平
LOC	中国
TERM	“三农”
TERM	“五位一体”
TERM	“四个全面”
TERM	“三农”
LOC	中国
DATE	2020年
DATE	2035年
DATE	2050年
""",
    "wr-cn-2025-national-work-report-review-part": r"""
# the title line as in the 2009 report: 2025年 + 中华人民共和国国务院 one ORG — doubtful
DATE	2025年
ORG	中华人民共和国国务院
ORG	国务院
ORG	全国政协
DATE	2024年
# 党的二十届三中全会 nothing (an event); 中国式现代化 nothing; 我国 nothing
LOC	中华人民共和国
QUANT	75周年
PER	习近平
ORG	党中央
# the quoted single characters “稳”, “进” TERM (as “圈地”) — doubtful
TERM	“稳”
QUANT	134.9万亿元
QUANT	5%
QUANT	30%
QUANT	1256万人
QUANT	5.1%
QUANT	0.2%
QUANT	3.2万亿美元
QUANT	5.1%
TERM	“进”
QUANT	1.4万亿斤
QUANT	10.1斤
QUANT	8.9%
QUANT	7.7%
QUANT	1300万辆
QUANT	10.9%
QUANT	10.4%
# quoted craft names TERM (as “华龙一号”); “梦想”号 → the quoted part — doubtful
TERM	“嫦娥六号”
TERM	“梦想”
QUANT	11.2%
# PM2.5 nothing
QUANT	2.7%
QUANT	87.2%
QUANT	90.4%
QUANT	3%
QUANT	3.7亿千瓦
TERM	“一带一路”
DATE	9月26日
ORG	中央政治局
ORG	党中央
PER	习近平
ORG	党中央
# 习近平新时代中国特色社会主义思想 → 习近平 + 中国 (batch 19)
PER	习近平
LOC	中国
PER	习近平
ORG	党中央
ORG	党中央
# 一季度, 二季度 nothing
TERM	“两重”
TERM	“两新”
QUANT	15.7%
QUANT	12.3%
# 约1500亿元 → 1500亿元
QUANT	1500亿元
QUANT	6万亿元
# 民营经济促进法草案, 公平竞争审查条例 (unmarked) nothing
ORG	全国人大常委会
LOC	中国
QUANT	240小时
TERM	“一带一路”
QUANT	9.2%
# 北斗 nothing (a system); 数字中国 → 中国
LOC	中国
QUANT	10%
QUANT	67%
QUANT	3400多万人次
TERM	“双减”
QUANT	1100多万人
# games: 第九届亚洲冬季运动会 → 亚洲, 巴黎奥运会 → 巴黎 (events, the place inside); the national minority games nothing
LOC	亚洲
LOC	巴黎
TERM	“双缩减”
QUANT	40%
ORG	党中央
ORG	全国人大常委会
QUANT	19件
QUANT	28部
TERM	“高效办成一件事”
# 中国特色大国外交 → 中国
LOC	中国
PER	习近平
# summits → the bodies inside; 东亚合作领导人系列会议 → 东亚 — doubtful; the forums with two places (中非, 中阿) ORG
# (standing bodies) — doubtful (LOC 中 + 非 the other reading), 北京峰会 → 北京
ORG	上海合作组织
ORG	金砖国家
ORG	亚太经合组织
ORG	二十国集团
LOC	东亚
ORG	中非合作论坛
LOC	北京
QUANT	70周年
ORG	中阿合作论坛
LOC	中国
PER	习近平
PER	习近平
LOC	中国
PER	习近平
ORG	党中央
ORG	国务院
# 香港特别行政区同胞, 澳门特别行政区同胞, 台湾同胞 nothing (as the 2007-01-01 transcript)
LOC	中国
""",
    "news-cn-cctv-xwlb-transcript-20021001": r"""
# another source's header: the date DATE, 15 条 QUANT (as 13 条), 央视网 ORG, 《新闻联播》 DOC; the navigation
# (← 2002 年目录 · 首页) nothing — doubtful; 央视国际 ORG at every item (the broadcaster's site, as 央视网; regex at the
# end), (新闻联播) out; the editor 闫冬 PER at every 责编 (regex at the end)
DATE	2002年10月1日
QUANT	15 条
ORG	央视网
DOC	《新闻联播》
DATE	2002年10月1日
# item 1: 50年来 → 50年 (earlier gold)
LOC	新疆喀什
QUANT	50年
LOC	新疆喀什市
QUANT	50年
LOC	喀什
QUANT	6.6亿元
TERM	“修旧如旧”
LOC	喀什
# item 2: 津城 LOC (a name of the city) — doubtful; 天津市民 → 天津
LOC	天津
LOC	天津市
LOC	复兴河
LOC	月牙河
QUANT	5条
QUANT	60公里
DATE	2000年
LOC	天津
QUANT	200多万立方米
LOC	渤海
LOC	海河
QUANT	200多公顷
TERM	“死水污河”
LOC	津城
LOC	天津
QUANT	70岁
LOC	津河
LOC	天津
# item 3: 湘鄂 → 湘 + 鄂; 207国道 one LOC (as G331)
LOC	湖北
LOC	荆州长江大桥
LOC	湘
LOC	鄂
LOC	荆州长江大桥
LOC	207国道
LOC	荆江
LOC	荆州长江大桥
QUANT	4300多米
QUANT	500米
LOC	亚洲
# item 4: the column 【神州报捷】 → 神州 (as 神州大地) — doubtful; the city's rail line → the city
LOC	神州
LOC	大连
LOC	大连
LOC	大连市
QUANT	46公里
LOC	大连
QUANT	21.6亿元
QUANT	100公里
# item 5: 亚运会 nothing; race times QUANT (batch 20); weight classes (５６公斤级, 70公斤级) nothing — doubtful;
# national teams ORG (batch 20)
QUANT	２００米
LOC	中国
PER	吴鹏
QUANT	１分５６秒６３
LOC	中国
PER	吴美锦
QUANT	２９２点５公斤
LOC	中国
QUANT	６枚
ORG	中国队
QUANT	１３枚
ORG	中国体育代表团
# 釜山亚运会 → 釜山; 四枚 nothing
LOC	釜山
ORG	中国体育代表团
LOC	中国
PER	秦东亚
LOC	韩国
PER	秦东亚
# 中国人民共和国 (sic) LOC as written — doubtful
LOC	中国人民共和国
LOC	釜山柔道馆
QUANT	6块
QUANT	200米
# 北京时间 nothing
LOC	中国
PER	齐晖
QUANT	2分13秒94
LOC	中国
PER	周亚飞
QUANT	200米
LOC	中国
PER	刘禺
LOC	日本
ORG	中国代表团
# item 7: the headline's malformed quote “十一“ TERM as written — doubtful
TERM	“十一“
TERM	“十一黄金周”
QUANT	380万人
LOC	北京
LOC	天津
QUANT	12趟
LOC	上海
LOC	南京
LOC	杭州
LOC	广州
LOC	沈阳
LOC	郑州
LOC	南昌
LOC	北京
LOC	上海
LOC	广州
LOC	张家界
LOC	昆明
LOC	大连
LOC	西安
LOC	三亚
QUANT	60万辆
# item 8: 中国驻外使馆 (embassies in general) → 中国 — doubtful; 华人华侨 nothing; embassies ORG whole (earlier
# gold); 中国驻法国大使 + name → 中国 + 法国 + the name (the post out); 旅法 nothing (as 旅日); 菲政府 ORG (as 聖國政府)
LOC	中国
LOC	中华人民共和国
QUANT	53周年
LOC	中国
ORG	中国驻法国大使馆
DATE	9月30号
QUANT	700多人
LOC	中国
LOC	法国
PER	吴建民
LOC	中国
ORG	中国共产党
ORG	中国驻菲律宾大使馆
LOC	马尼拉
LOC	菲律宾
QUANT	1000多人
LOC	中国
LOC	菲律宾
PER	王春贵
QUANT	50多年
LOC	中国
LOC	菲律宾
PER	奥普莱
ORG	菲政府
LOC	中国
LOC	美国大华盛顿地区
DATE	29号
QUANT	500多人
# item 9: 伊拉克萨达姆政府 → 伊拉克 + 萨达姆 — doubtful (ORG whole the other reading); 对伊 → 伊; 美英 → 美 + 英
ORG	欧盟
LOC	伊拉克
LOC	比利时
PER	路易·米歇尔
LOC	瑞典
PER	安娜·林德
DATE	9月30号
LOC	布鲁塞尔
ORG	欧盟
LOC	美国
TERM	“更迭”
LOC	伊拉克
PER	萨达姆
ORG	安理会
LOC	伊拉克
LOC	英国
LOC	法国
QUANT	１４个
ORG	欧盟
LOC	美国
LOC	伊
LOC	美
LOC	英
LOC	伊
# item 10: 巴以 → 巴 + 以; the resolution by number DOC — doubtful (as 国务院令第513号)
PER	普京
ORG	联合国
LOC	巴
LOC	以
LOC	俄罗斯
PER	普京
DATE	9月30号
LOC	以色列
PER	沙龙
ORG	联合国安理会
DOC	第１４３５号决议
LOC	巴
LOC	以
LOC	俄罗斯
LOC	以色列
LOC	伊拉克
PER	普京
LOC	伊拉克
ORG	联合国安理会
ORG	联合国
LOC	伊拉克
# item 11: 格 → Georgia's one-character name
LOC	格
LOC	潘基西山谷
LOC	车臣
LOC	格鲁吉亚
PER	谢瓦尔德纳泽
DATE	9月30号
ORG	格鲁吉亚国家电台
LOC	格鲁吉亚
LOC	潘基西山谷
LOC	俄罗斯
LOC	车臣
LOC	俄罗斯
PER	谢瓦尔德纳泽
LOC	格
TERM	“潘基西问题”
LOC	俄罗斯
LOC	格鲁吉亚
LOC	潘基西山谷
# item 12: quoted activity names TERM with the marks; 滨城 nothing (an epithet) — doubtful; place chains one LOC
LOC	杭州
TERM	“十万市民手拉手拥抱西湖”
LOC	西湖
LOC	西湖
LOC	杭州
LOC	西湖
LOC	大连
TERM	“市民游家乡”
LOC	星海广场
LOC	东海公园
LOC	旅顺口
LOC	金石滩
LOC	天津市和平区南营门街
TERM	“我为祖国53岁生日展风采”
LOC	天津
LOC	陕西吴旗县
LOC	杨庙台村
# 信天游, 十六大 nothing
LOC	黑龙江
LOC	福建
LOC	吉林
LOC	青海
LOC	新疆
LOC	山东临沂
QUANT	35对
LOC	沂蒙山区
LOC	朱田镇
LOC	湖北武汉
LOC	长春市文化广场
LOC	安徽合肥
QUANT	160多名
# 西藏班 → 西藏; 湘西苗寨德夯 one LOC (a chain) — doubtful
LOC	西藏
LOC	湘西苗寨德夯
QUANT	20多支
LOC	贵州黔东南苗族侗族自治州
LOC	凯里市
# 香港和澳门特别行政区 → 香港 + 澳门特别行政区 — doubtful (distribution: two full names)
LOC	香港
LOC	澳门特别行政区
QUANT	53岁
# item 13: 京城 LOC (a name of Beijing) — doubtful; 北京日报 ORG unmarked (as 吉林日报); 40年来 → 40年; CBD nothing
LOC	京城
LOC	北京
LOC	神州
PER	梁清林
LOC	京城
QUANT	40年
LOC	北京
ORG	北京日报
PER	李士炘
LOC	北京
LOC	奥运村
LOC	皇城根
LOC	中关村
LOC	北京
LOC	北京
LOC	新中国
LOC	北京
# 2008北京奥运 → DATE 2008 + 北京 (a year inside an event's name, batch-21 D) — doubtful
DATE	2008
LOC	北京
QUANT	15岁
# item 14: 天涯 nothing; quoted speech counts
LOC	布达拉宫广场
LOC	南京长江大桥
LOC	秦岭
LOC	青藏铁路
LOC	香港
LOC	澳门特别行政区
LOC	墨脱县
PER	达瓦
LOC	北京
LOC	万里长城
LOC	河北秦皇岛老龙头
LOC	郑州东三马路
QUANT	８０多户
LOC	湖南衡南县
QUANT	30所
LOC	湖北宜昌云池村
PER	王永清
# 伶仃洋岛航标站 → 伶仃洋岛 — doubtful; 全国劳模 nothing
LOC	伶仃洋岛
QUANT	14年
PER	黄灿明
# 国旗护卫队 ORG (a named unit) — doubtful
ORG	国旗护卫队
LOC	深圳世界之窗
LOC	新疆阿克苏
QUANT	500颗
TERM	“我爱祖国”
ORG	西宁市聋哑学校
PER	李鑫
ORG	解放军
ORG	武警部队
LOC	中国
# item 15: the headline alone (首都 nothing)
QUANT	53周年
PER	江泽民
*PER	闫冬
*ORG	央视国际
""",
    "news-cn-cctv-xwlb-transcript-20030110": r"""
# the header as in the 2002-10-01 transcript; CCTV.com ORG at every item (the broadcaster's site, regex at the end);
# the editor 张丽 PER at every 责编 (regex at the end)
DATE	2003年1月10日
QUANT	19 条
ORG	央视网
DOC	《新闻联播》
DATE	2003年1月10日
# item 1: 澳门特别行政区 before 行政长官 ORG (earlier gold); 特区政府 nothing; 外交部驻澳门特派员 → 外交部 + 澳门 (the
# post out); 澳门特区全国政协委员 → 澳门特区 + 全国政协 — doubtful
PER	李瑞环
LOC	澳门
ORG	全国政协
PER	李瑞环
LOC	澳门
LOC	澳门
ORG	澳门特别行政区
PER	何厚铧
ORG	全国政协
PER	马万祺
ORG	中央政府驻澳门联络办公室
PER	白志健
ORG	外交部
LOC	澳门
PER	万永祥
ORG	解放军驻澳部队
PER	刘联华
PER	李瑞环
LOC	澳门
ORG	澳门特区政府
LOC	澳门
LOC	澳门特区
ORG	全国政协
ORG	澳门中华总商会
QUANT	90周年
# item 2: 政协第九届全国委员会 one ORG (the committee of a term) — doubtful; 政协十届一次会议 → 政协 (the session out,
# as 全国人大); 在京 → 京
ORG	政协第九届全国委员会
ORG	政协
DATE	3月3号
LOC	京
ORG	政协第九届全国委员会
LOC	北京
ORG	全国政协
PER	李瑞环
ORG	政协第十届全国委员会
ORG	政协
DATE	2003年3月3号
LOC	北京
DATE	1月20号
ORG	政协第九届全国委员会常务委员会
# item 3: the meetings nothing; 党的十六大 nothing; 我国, 西方 nothing
PER	李长春
ORG	中共中央政治局
PER	李长春
DATE	9号
PER	李长春
PER	邓小平
TERM	“三个代表”
LOC	中国
LOC	中国
PER	李长春
TERM	“走出去、请进来”
PER	邓小平
TERM	“三个代表”
PER	胡锦涛
ORG	党中央
ORG	中共中央政治局
ORG	中央书记处
ORG	中央宣传部
PER	刘云山
ORG	中共中央对外宣传办公室
ORG	国务院新闻办公室
PER	赵启正
# item 4: 三峡工程 → 三峡 (a project named by its place); 三峡电站 one LOC (a plant) — doubtful; 5月底 → 5月
LOC	三峡
ORG	长江三峡开发总公司
DATE	2003年
LOC	三峡
QUANT	10年
LOC	三峡
DATE	5月
QUANT	140米
DATE	6月1日
DATE	6月15日
QUANT	135米
DATE	6月16日
DATE	8月
DATE	10月
QUANT	2台
QUANT	70万千瓦
LOC	三峡
DATE	2003年
LOC	三峡电站
QUANT	55亿千瓦时
# item 5
ORG	卫生部
DOC	《关于城市卫生支援农村卫生工作的意见》
ORG	卫生部
DOC	《关于城市卫生支援农村卫生工作的意见》
DOC	《意见》
# item 6: 一成 nothing
PER	钱其琛
ORG	国务院
PER	钱其琛
TERM	“三个代表”
PER	钱其琛
DATE	2002年
LOC	中国
PER	钱其琛
LOC	浙江省
# item 7: 蒙甘宁 → 蒙 + 甘 + 宁; 内蒙古东部, 新疆北部 → the place (the direction out); 西部地区 nothing
TERM	“退牧还草”
ORG	国务院西部开发办
ORG	农业部
ORG	中共中央政治局
ORG	国家发展计划委员会
ORG	国务院西部地区开发领导小组办公室
PER	曾培炎
QUANT	5年
LOC	蒙
LOC	甘
LOC	宁
LOC	内蒙古
LOC	新疆
LOC	青藏高原
QUANT	10亿亩
QUANT	40％
DATE	2003年
QUANT	1亿亩
QUANT	5年
PER	曾培炎
PER	曾培炎
TERM	“目标、任务、资金、粮食、责任”
# item 8: 全长江 → 长江; 长江干流 → 长江; the clock times after the days out
LOC	长江
ORG	农业部渔业局
DATE	2月1号
LOC	长江
LOC	长江流域
QUANT	10个
QUANT	8100多公里
LOC	云南省德钦县
LOC	长江河口
LOC	长江
LOC	汉江
LOC	岷江
LOC	嘉陵江
LOC	乌江
LOC	赤水河
LOC	湖北省
LOC	四川省
LOC	重庆市
LOC	贵州省
LOC	鄱阳湖区
LOC	洞庭湖区
LOC	云南省德钦县
LOC	葛洲坝
DATE	2月1号
DATE	4月30号
LOC	葛洲坝
LOC	长江河口
DATE	4月1号
DATE	6月30号
QUANT	2200多万尾
QUANT	12200多亿尾
LOC	长江
# item 9: 母亲河 nothing; the closing quote after 。 kept as written (“解放军青年林。”) — doubtful
QUANT	1800万元
TERM	“绿色希望工程”
ORG	解放军总政治部
QUANT	1800.36万元
TERM	“中国青少年绿色家园”
TERM	“解放军青年林。”
# item 10: the unmarked bulletin's year DATE; 2002年底 → 2002年
DATE	2002年
ORG	国家海洋局
DATE	2002年
DATE	2002年
QUANT	17.4万平方公里
DATE	2001年
QUANT	18个
DATE	2002年
QUANT	76个
DATE	2002年
LOC	渤海
QUANT	3.2万平方公里
LOC	渤海
QUANT	41.3％
LOC	东海
LOC	黄海
LOC	南海
DATE	2002年
# item 11: 北京市卫生部门 ORG (a department named with its city, as 哈爾濱市疾控部門) — doubtful; quoted speech
# (“镶牙也不犯法”) nothing, the quoted label “胆大心黑” TERM; 张姓 nothing; 英语 nothing
LOC	北京市
ORG	北京市卫生部门
TERM	“胆大心黑”
LOC	海淀区蓝靛场
QUANT	10平方米
PER	王树兵
LOC	墨西哥
LOC	墨西哥
LOC	墨西哥
LOC	西城区校场口胡同
LOC	万通大厦
ORG	北京市卫生局
LOC	北京市
ORG	国家卫生部医政司
PER	刘金峰
# item 12: the quoted exhibition TERM (headline), its title in 《》 DOC; the museum as the venue LOC (batch-11 D-6);
# 近百位 nothing
TERM	“世界遗产在中国”
QUANT	40多个
LOC	中国
LOC	中国革命博物馆
DOC	《神州风采——世界遗产在中国》
LOC	中国
DOC	《世界遗产名录》
QUANT	28处
LOC	中国
LOC	中国
LOC	中国
# item 13: 江南大地 → 江南; 数十年 nothing
LOC	江南
LOC	江南
LOC	福建武夷山
QUANT	15厘米
LOC	浙江千岛湖
LOC	黄山
LOC	广西资江
LOC	大石围天坑
QUANT	1400多米
LOC	广东南雄
LOC	梅岭
LOC	梅岭
# item 14: 朝核问题 → 朝 — doubtful
ORG	外交部
LOC	朝鲜
DOC	《不扩散核武器条约》
ORG	外交部
PER	章启月
LOC	朝鲜
DOC	《不扩散核武器条约》
PER	章启月
LOC	朝鲜
DOC	《不扩散核武器条约》
DOC	《不扩散核武器条约》
LOC	朝
# item 15: 朝鲜政府 ORG (governments whole); 朝美 → 朝 + 美 (also in the unmarked 朝美框架协议); the quoted word
# “唆使” TERM; 20世纪90年代 one DATE — doubtful
LOC	朝鲜
DOC	《不扩散核武器条约》
ORG	朝鲜政府
DOC	《不扩散核武器条约》
LOC	朝鲜
LOC	美国
LOC	朝鲜
LOC	朝
LOC	美
LOC	朝鲜
LOC	美国
LOC	朝鲜
TERM	“唆使”
ORG	国际原子能机构
LOC	朝鲜
LOC	朝鲜
DOC	《不扩散核武器条约》
ORG	国际原子能机构
DATE	1月6号
ORG	国际原子能机构
LOC	美国
DOC	《不扩散核武器条约》
LOC	朝
LOC	美
LOC	朝鲜
ORG	国际原子能机构
LOC	美国
LOC	朝鲜
LOC	朝鲜
DATE	20世纪90年代
LOC	朝鲜半岛
LOC	朝鲜
DOC	《不扩散核武器条约》
# item 16: 驻联合国 → 联合国 ORG; 布什政府 ORG (a government named by its president) — doubtful (PER 布什 the other
# reading); 白宫 ORG before 发言人; 朝方, 美方 nothing; 上世纪90年代 → 90年代 — doubtful
LOC	美国
ORG	联合国
LOC	朝鲜
LOC	美国
ORG	联合国
LOC	新墨西哥州
PER	理查森
DATE	9日
LOC	新墨西哥州圣菲
LOC	朝鲜
LOC	朝鲜
ORG	联合国
PER	韩成烈
DATE	10日
PER	理查森
ORG	布什政府
ORG	布什政府
ORG	美国国务院
PER	鲍彻
LOC	美国
PER	鲍威尔
PER	理查森
LOC	美国
LOC	朝鲜
PER	鲍威尔
ORG	白宫
PER	弗莱舍
PER	理查森
PER	理查森
LOC	朝鲜
DATE	1月1日
LOC	新墨西哥州
PER	理查森
DATE	90年代
LOC	朝鲜
LOC	朝鲜
PER	韩成烈
# item 17: quoted speech nothing; 伊政府 ORG (as the 2007 transcript); 伊在 / 对伊 → 伊, 伊方 nothing; 19日和20日 → two
# DATE; the quote with its 。 inside (“实质性违反。”) TERM as written — doubtful
PER	布利克斯
LOC	伊拉克
ORG	联合国监核会
PER	布利克斯
ORG	国际原子能机构
PER	巴拉迪
DATE	9日
ORG	安理会
LOC	伊拉克
PER	布利克斯
LOC	伊拉克
ORG	伊政府
LOC	伊
LOC	伊
DATE	19日
DATE	20日
LOC	巴格达
LOC	美国
ORG	联合国
PER	内格罗蓬特
LOC	伊拉克
TERM	“实质性违反。”
# item 18: 访美 → 美, 韩美 → 韩 + 美, 访韩 → 韩, 访朝 → 朝; 韩国现政府 ORG (governments whole) — doubtful
LOC	韩国
LOC	美
LOC	韩国
PER	卢武铉
PER	卢武铉
ORG	新千年民主党
PER	郑大哲
LOC	美国
LOC	朝鲜
LOC	韩
LOC	美
PER	卢武铉
PER	卢武铉
DATE	12号
LOC	韩
LOC	美国
PER	凯利
LOC	汉城
PER	卢武铉
ORG	韩国现政府
LOC	朝
# item 19: 去年11月27日 → 11月27日; 大约300个 → 300个
LOC	伊拉克
ORG	伊拉克国家监督委员会
PER	阿明
DATE	9日
LOC	巴格达
ORG	联合国
LOC	伊拉克
LOC	伊
ORG	安理会
LOC	伊拉克
ORG	联合国
PER	阿明
DATE	11月27日
ORG	联合国
LOC	伊拉克
QUANT	300个
LOC	伊拉克
*PER	张丽
*ORG	CCTV\.com
""",
}
