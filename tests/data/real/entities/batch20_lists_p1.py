"""Reading lists of the batch-20 entity gold, pass 1 (branch issue-e20p1-s18); see build_batch.py for the
line format and README-batch20.md for the rules and the borderline decisions they follow."""

LISTS = {
    "news-cn-brewers-western-plants-2011": r"""
# quoted single words TERM (as 「小」, 「入侵」 in batch 19)
TERM	“圈地”
DATE	2011-06-09
ORG	百威英博
ORG	珠江啤酒
# place chains one LOC (as 浦东新区南汇新城镇)
LOC	四川资阳
LOC	广西南宁
# 2亿多消费者 → 2亿 (as 逾60款 → 60款)
QUANT	2亿
ORG	燕京
ORG	嘉士伯
TERM	“西进者”
QUANT	40万吨
# 广西珠啤: the brewer's regional company, one ORG — doubtful (LOC 广西 + ORG 珠啤 the other reading)
ORG	广西珠啤
QUANT	20万吨
QUANT	5.25亿元
QUANT	4亿元
ORG	珠啤
LOC	云南
LOC	贵州
LOC	四川
LOC	大西南
# 东盟 ORG (earlier gold), also as a market
ORG	东盟
""",
    "news-hk-harbin-cluster-spread-2020": r"""
# the bracketed column name 【武漢肺炎大爆發】 → LOC 武漢 (the disease named by a place)
LOC	武漢
LOC	黑龍江
TERM	「1傳43｣
LOC	遼寧
# 內蒙根河巿 a place chain, one LOC (內蒙: Inner Mongolia's short name)
LOC	內蒙根河巿
LOC	黑龍江漠河
LOC	武漢
LOC	中國
TERM	「1傳43」
LOC	黑龍江
LOC	遼寧
QUANT	26宗
QUANT	17宗
# newspapers in 《》 ORG without the marks (as 《明報》 in batch 19)
ORG	北京日報
# quoted speech nothing
LOC	哈爾濱
QUANT	18名
LOC	黑龍江
LOC	內蒙根河市
LOC	滿歸鎮
LOC	黑龍江漠河
TERM	「勸返」
LOC	黑龍江省
LOC	根河市
LOC	根河市
LOC	黑龍江省
LOC	中國
LOC	俄羅斯
PER	張漢暉
LOC	中國
# 中俄 → 中 + 俄
LOC	中
LOC	俄
TERM	「1傳43｣
LOC	哈爾濱
DATE	3月19日
LOC	美國
QUANT	22歲
# 韓姓, 曹姓, 李姓 … surnames of unnamed people: nothing
DATE	3月29日
QUANT	87歲
DATE	4月3日至5日
ORG	哈爾濱巿第二醫院
QUANT	18人
DATE	4月7日至9日
ORG	哈爾濱醫科大學附屬第一醫院
ORG	哈醫大一院
QUANT	8人
LOC	遼寧
DATE	4月1日
LOC	哈爾濱
DATE	4月2日
ORG	哈醫大一院
DATE	4月12日
LOC	哈爾濱
LOC	遼寧撫順
DATE	4月15日
ORG	哈爾濱市疾控部門
ORG	哈醫大一院
# 當晚9時半 nothing (a clock time); 市中心醫院 ORG
ORG	市中心醫院
ORG	北京日報
ORG	遼寧衛健委
DATE	4月10日
LOC	哈爾濱市
PER	方政輝
TERM	「居家隔離」
LOC	哈爾濱
DATE	3月20日
TERM	「居家隔離」
ORG	黑龍江省人民政府外事辦公室
DATE	3月6日
TERM	「入境疫情防控溫情提示」
QUANT	14天
LOC	哈爾濱
DATE	3月19日
TERM	「集中隔離」
TERM	「居家隔離」
LOC	哈爾濱
# 周五 nothing (a weekday, as in earlier gold)
DATE	4月2日至6日
ORG	哈爾濱市第二醫院
DATE	4月6日至9日
ORG	哈醫大一院
ORG	黑龍江省紀委監察委
LOC	哈爾濱
PER	陳遠飛
ORG	哈爾濱衛健委
PER	丁鳳姝
QUANT	18名
ORG	眾新聞
TERM	「每周時事」
""",
    "press-mo-dragon-boat-race-2026": r"""
# the quoted race, festival and party names TERM whole (quoted event names); teams named by place or sponsor ORG
# whole (a team is an organisation) — doubtful; race times QUANT (a measure with units) — doubtful
# the unquoted contests (澳門國際龍舟邀請賽, 澳門大學生邀請賽) are events: the place inside (as batch 19's forum)
*LOC	澳門(?=國際龍舟邀請賽|大學生邀請賽)
TERM	“2026澳娛綜合澳門國際龍舟賽”
ORG	中國南海九江
ORG	體育局
ORG	澳娛綜合度假股份有限公司
ORG	澳娛綜合
ORG	中國澳門龍舟總會
ORG	市政署
ORG	行政公職局
TERM	“2026澳娛綜合澳門國際龍舟賽”
DATE	今（19）日
LOC	南灣湖水上活動中心
ORG	文化局
TERM	“藝遊雅文——周末藝文派對”
LOC	澳門
TERM	“龍舟競賽”
LOC	澳門
ORG	中國南海九江
QUANT	500米
QUANT	500米
QUANT	500米
ORG	天津體育學院
PER	岑浩輝
TERM	“2026澳娛綜合澳門國際龍舟賽”
QUANT	500米
QUANT	500米
QUANT	500米
LOC	中國香港
LOC	泰國
LOC	新加坡
LOC	菲律賓
ORG	中國澳門代表隊
ORG	橫琴槳刻龍舟俱樂部
ORG	中國南海九江
ORG	泰國國家隊
ORG	澳娛綜合金禧
ORG	中國香港代表隊
ORG	中國南海九江
ORG	泰國國家隊
ORG	橫琴槳刻龍舟俱樂部
ORG	中國南海九江
QUANT	1分48秒485
ORG	泰國國家隊
QUANT	1分50秒143
ORG	橫琴槳刻龍舟俱樂部
QUANT	1分51秒022
ORG	中國澳門代表隊
ORG	澳娛綜合金禧
ORG	中國香港代表隊
ORG	中國澳門代表隊
ORG	中國香港代表隊
ORG	中國南海九江
ORG	泰國國家隊
ORG	新加坡國家隊
ORG	銀河明珠
ORG	中國南海九江
QUANT	1分59秒193
# 連續12次 QUANT
QUANT	12次
ORG	泰國國家隊
QUANT	2分03秒661
ORG	新加坡國家隊
QUANT	2分04秒694
ORG	中國香港代表隊
ORG	銀河明珠
ORG	中國澳門代表隊
QUANT	500米
ORG	天津體育學院
QUANT	1分55秒808
# a foreign university after its country: the country + the university (batch 19)
LOC	新加坡
ORG	南洋理工大學
ORG	澳門大學
QUANT	1分58秒997
QUANT	2分00秒002
ORG	佛山大學
ORG	澳門科技大學
LOC	泰國
ORG	朱拉隆功大學
ORG	香港青峰龍龍舟隊
ORG	新加坡國家隊
ORG	金沙中國
ORG	肇慶市和諧龍舟隊
ORG	銀河之星
ORG	漁民互助會同心
# a sponsor and its tower entered as one team: one ORG — doubtful (ORG 信德集團 + LOC 澳門旅遊塔 the other reading)
ORG	信德集團- 澳門旅遊塔
ORG	歐洲珠寶鐘錶
ORG	澳門順德杏壇同鄉會
ORG	菲律賓龍舟協會
ORG	澳娛綜合蓮花
ORG	永利
ORG	澳門科技大學
PER	田文斐
ORG	漁民互助會同心
PER	黎耀強
ORG	澳門特別行政區
PER	岑浩輝
ORG	中央人民政府駐澳門特別行政區聯絡辦公室
PER	鄭新聰
ORG	外交部駐澳門特別行政區特派員公署
PER	卞立新
ORG	行政會
PER	陳澤武
ORG	社會文化司司長辦公室
PER	林媛
ORG	體育局
PER	李詩靈
ORG	澳娛綜合度假股份有限公司
PER	何超鳳
PER	霍震霆
PER	梁安琪
ORG	中國澳門龍舟總會
PER	黃家豪
ORG	國際龍舟聯合會
PER	克勞迪奧．舍米
ORG	市政署市政管理委員會
PER	周偉迎
ORG	文化局
PER	梁惠敏
TERM	“龍舟競賽”
LOC	南灣湖水上活動中心
LOC	南灣．雅文湖畔
TERM	“2026澳娛綜合澳門國際龍舟賽嘉年華”
DATE	6月19日
ORG	文化局
LOC	南灣‧雅文湖畔
TERM	“藝遊雅文──周末藝文派對”
TERM	“魚行醉龍節”
# the quoted martial-arts club ORG without the marks (a quoted organisation name)
ORG	澳港柿山結義堂國術健身會
LOC	澳門
TERM	“龍獅獻瑞”
LOC	南灣‧雅文湖畔
TERM	“藝遊雅文──周末藝文派對”
# 6月20、21、27及28日: one DATE (a list of days under one month, 日 only at the end) — doubtful; clock times nothing
DATE	6月20、21、27及28日
TERM	“澳門國際龍舟賽”
ORG	文化局
# the quoted page and account names TERM (as “申行智停”); URLs nothing; Facebook, 微信 ORG (as 臉書)
ORG	Facebook
TERM	“澳門體育盛事”
TERM	“IC Art 藝文棧”
ORG	微信
TERM	“澳門體育”
TERM	“澳門文化局IC”
ORG	微信
TERM	“澳門特區體育局”
# 澳門活動網: a platform → the place inside (as 上海市公共数据开放平台)
LOC	澳門
TERM	“享澳門”
""",
    "wr-jilin-2026": r"""
# every percent and every 个百分点 by regex (matches read one by one); everything else in reading order
*QUANT	\d+(?:\.\d+)?%
*QUANT	\d+(?:\.\d+)?个百分点
# the header as in the other 2026 work reports (2026年 + 吉林省 in the title, the congress without 第五次会议,
# 吉林日报 ORG); 省政府, 省委 generic, 省政协 and 省人大 ORG
DATE	2026年
LOC	吉林省
DATE	2026年1月27日
ORG	吉林省第十四届人民代表大会
ORG	吉林日报
DATE	2026-02-01
PER	胡玉亭
ORG	省政协
DATE	2025年
TERM	“十四五”
PER	习近平
LOC	吉林
LOC	吉林
TERM	“在中国式现代化建设中展现更大作为”
# ranks (第7位, 第1位 …) nothing
TERM	“双停”
QUANT	1000亿千瓦时
TERM	“以旧换新”
QUANT	285.6亿元
# a named railway and a numbered national road LOC
LOC	沈白高铁
LOC	G331
LOC	通化
LOC	白山
# 红旗天工: a car model (a product) nothing; the carmaker ORG
ORG	奥迪一汽新能源
# 吉化乙烯项目 → the company
ORG	吉化
QUANT	190万吨
ORG	吉林化纤
# a company named with the place of its plant: LOC + ORG (白城梅花, 国电投大安, 上海电气洮南, 中能建松原) — doubtful
LOC	白城
ORG	梅花
QUANT	1300亿元
QUANT	600万千瓦
ORG	国电投
LOC	大安
ORG	上海电气
LOC	洮南
ORG	中能建
LOC	松原
TERM	“绿电氢氨醇”
LOC	长春
LOC	松原
LOC	白城
# named zones LOC
LOC	松原石化园区
LOC	辽源高新区
LOC	四平新开区
# 双飞翼无人机 a product: nothing; the company ORG
ORG	长光博翔
LOC	长春净月
ORG	吉翼具身智能机器人公司
# a centre named by remit, founded: ORG — doubtful
ORG	仿生机器人制造业创新中心
QUANT	10个
QUANT	459个
QUANT	11家
QUANT	22家
QUANT	182家
TERM	“吉林一号”
QUANT	144颗
QUANT	358户
QUANT	1户
TERM	“两院”
QUANT	2位
QUANT	3172.8亿元
TERM	“千亿斤粮食”
QUANT	871.6亿斤
TERM	“三增长”
QUANT	910万亩
# 近3年 → 3年
QUANT	3年
QUANT	4179万亩
QUANT	3874万亩
TERM	“水肥一体化+密植”
QUANT	1138万亩
TERM	“一喷多促”
QUANT	3831万亩
QUANT	80万头
QUANT	350亿元
TERM	“吉字号”
# 吉林大米, 吉林鲜食玉米: products; the place
LOC	吉林
LOC	吉林
QUANT	1207元
TERM	“三资”
QUANT	3.8万亿元
QUANT	1108.7亿元
TERM	“三保”
QUANT	107.2亿元
QUANT	8个
QUANT	16支
QUANT	2支
QUANT	300余个
ORG	吉林农商行
QUANT	345处
QUANT	8.83亿元
QUANT	1.19亿元
LOC	珲春口岸
# 中欧公路直达运输: no named service; 中欧 → 中 + 欧
LOC	中
LOC	欧
QUANT	20项
QUANT	22.89万人
QUANT	294.21万人
QUANT	17万人
QUANT	3年
QUANT	413个
QUANT	2所
LOC	长春新民大街
# 吉林省近现代史展: an exhibition; the place
LOC	吉林省
TERM	“守岛夫妻哨”
# 第18届文华节目奖, 群星奖, 世界大冬会, 亚冬会, 世界运动会, 全国运动会 nothing (awards and events)
TERM	“冰湖腾鱼”
LOC	长春市
LOC	吉林
ORG	中国体育代表团
# 9金、5银、6铜 nothing (no unit)
QUANT	48枚
ORG	长春大众卓越女足
# 2025中国足协杯（女子） → ORG 中国足协 (as the Henan report's 中国足协杯); the year inside the cup's name nothing
ORG	中国足协
QUANT	1002个
QUANT	1246公里
QUANT	984.6公里
QUANT	2400余处
QUANT	1869.5万平方米
LOC	长春
QUANT	1272公里
QUANT	35条
LOC	通化市
QUANT	45年
# the portfolio line: 港澳台 → 港 + 澳 + 台, 援疆 → 疆, 援藏 → 藏 (one LOC per character, the batch-17 line);
# 红十字 in the lines of work nothing
LOC	港
LOC	澳
LOC	台
LOC	疆
LOC	藏
# 中央八项规定 nothing
ORG	省人大
ORG	省政协
ORG	工商联
ORG	全国人大
QUANT	9件
ORG	全国政协
QUANT	5件
ORG	省人大
QUANT	292件
ORG	省政协
QUANT	553件
ORG	省人大常委会
QUANT	8部
QUANT	1部
QUANT	10部
QUANT	44件
TERM	“双赢多赢共赢”
ORG	省总工会
TERM	“十四五”
LOC	吉林
PER	习近平
LOC	东北
LOC	吉林
QUANT	3个
QUANT	1.5万亿元
QUANT	1350亿元
QUANT	3年
# 第11个, 提升7位 nothing (ranks)
LOC	东北
PER	李玉
QUANT	20.6厘米
QUANT	27克/千克
QUANT	2556万亩
QUANT	1.19亿亩次
TERM	“十三五”
QUANT	66户
QUANT	12户
TERM	“三提升”
QUANT	124.27万人
QUANT	66万人
QUANT	79.4岁
LOC	东北虎豹国家公园
QUANT	5个
LOC	长白山
ORG	联合国教科文组织
LOC	查干湖景区
LOC	嫩江湾旅游区
QUANT	10万套
TERM	“保交楼”
TERM	“保交房”
TERM	“三保”
PER	习近平
ORG	工商联
# 港澳同胞, 台湾同胞 nothing (as 港澳台同胞); 驻吉 → 吉 (as 驻豫 → 豫)
ORG	解放军
LOC	吉
ORG	武警
LOC	吉
LOC	吉林
""",
    "news-cn-mingde-conversion-commendation-2020": r"""
# 集团公司, 集团, 学院, 监事会, 董事局 alone generic (as batch 19's Mingde admissions meeting)
ORG	明德学院
DATE	2020年3月
ORG	国家教育部
ORG	西北工业大学明德学院
# the quoted new name ORG without the marks (a quoted organisation name)
ORG	西安明德理工学院
LOC	陕西省
DATE	6月28日
# 明德学院明志楼第一会议室 → ORG 明德学院 + LOC 明志楼 (batch 19)
ORG	明德学院
LOC	明志楼
PER	袁汉源
PER	张华
PER	秦忠
PER	梁新胜
PER	闫凯
PER	赵天骄
PER	张渤
PER	杨健君
PER	韩承辉
PER	薛康
PER	王斌宁
PER	秦忠
ORG	明德学院
PER	赵天骄
DOC	《西安明德理工学院转设工作总结》
PER	梁新胜
DOC	《关于西安明德理工学院转设工作的表彰决定》
PER	袁汉源
PER	张华
PER	赵天骄
PER	张渤
PER	杨健君
PER	袁汉源
ORG	明德理工学院
TERM	“旗舰店”
PER	刘书沛
ORG	明德学院
""",
    "press-mo-national-map-lecture-2026": r"""
ORG	教青局
ORG	中央港澳工作辦公室
ORG	國務院港澳事務辦公室
ORG	國家教育部
ORG	教育及青年發展局
DATE	2026年6月17日
ORG	人民教育出版社
PER	韋志榕
# a centre with its ministry one ORG (as 巴西國家衛生監督局主席辦公室)
ORG	國家自然資源部地圖技術審查中心
PER	韓權衛
# 來澳 → 澳; 本澳 nothing
LOC	澳
ORG	教青局
PER	丁少雄
PER	黃嘉祺
ORG	中央港澳工作辦公室
# the bureau belongs to the joint office: its second name with 四局 one ORG — doubtful
ORG	國務院港澳事務辦公室四局
PER	程衛凱
ORG	中央人民政府駐澳門特別行政區聯絡辦公室教育和青年部
PER	石書正
ORG	國家教育部教材局綜合處
PER	劉永福
ORG	教育委員會
ORG	教學人員專業委員會
ORG	澳門中華教育會
ORG	澳門天主教學校聯會
ORG	澳門高等教育發展促進會
ORG	澳門公職教育協會
# 近400人 → 400人
QUANT	400人
PER	丁少雄
TERM	“十五五”
TERM	“強化國家安全教育，築牢人民防線”
PER	韋志榕
PER	韓權衛
LOC	中國
""",
    "press-mo-forged-chips-appeal-2026": r"""
# 內地, 本澳 nothing; 甲, 乙, 丙, 丁, 戊 (the court's letters for persons) nothing; clock times nothing
ORG	中級法院
# the casino whose chips were forged ORG (the business) and the casino entered LOC (the venue; as museums,
# batch-11 D-6) — doubtful; the words printed on the chips nothing
ORG	澳門美高梅娛樂場
QUANT	10,000港元
DATE	2025年3月27日
QUANT	15個
LOC	關閘口岸
LOC	澳門
LOC	美高梅娛樂場
ORG	微信
# an amount with its currency named before it one QUANT — doubtful (28,200元 alone the other reading)
QUANT	人民幣28,200元
QUANT	3個
ORG	微信
QUANT	人民幣28,200元
QUANT	28,000元
QUANT	人民幣56,200元
QUANT	6個
QUANT	5個
# 司警 (the judiciary police's short name) ORG
ORG	司警
QUANT	6個
QUANT	9個
QUANT	25個
ORG	美高梅金殿超濠股份有限公司
QUANT	30,000港元
QUANT	30,900澳門元
QUANT	人民幣56,200元
ORG	初級法院
DATE	2026年1月30日
# the code in 《》 DOC; article numbers nothing; 一年兩個月, 三年 … nothing (no digit, as 三天 in batch 19)
DOC	《刑法典》
QUANT	人民幣56,200元
ORG	美高梅金殿超濠股份有限公司
QUANT	30,000港元
ORG	中級法院
ORG	中級法院
ORG	中院
ORG	中院
DOC	《刑法典》
LOC	澳門
ORG	中院
ORG	中院
# the case number nothing — doubtful (DOC as a 发文字号 the other reading)
ORG	中級法院
""",
    "press-tw-president-sadaharu-oh-medal-2026": r"""
# 臺日 → 臺 + 日 (as 中葡 → 中 + 葡); the quoted medals, mottos and the batting style TERM; WBC and 世界棒球經典賽
# nothing (an event); national teams ORG (as the dragon-boat teams) — doubtful
PER	王貞治
TERM	「一等景星勳章」
LOC	臺
LOC	日
PER	王貞治
TERM	「一等景星勳章」
PER	賴清德
DATE	今（26）日
PER	王貞治
TERM	「一等景星勳章」
LOC	臺
LOC	日
LOC	臺
LOC	日
LOC	臺
LOC	日
# 「OH桑」: the player's quoted nickname, PER without the marks — doubtful
PER	OH桑
PER	王貞治
TERM	「一生懸命」
TERM	「一球入魂」
TERM	「一本足打法」
QUANT	868支
LOC	日本
LOC	臺灣
PER	王貞治
LOC	日本
LOC	臺灣
DATE	1960年
PER	王貞治
LOC	臺
DATE	1990年
ORG	中華職棒
LOC	日本
LOC	臺灣
DATE	2023年
LOC	臺北大巨蛋
LOC	臺
ORG	日本隊
ORG	臺灣隊
# the hall of fame and the 名人堂 as places where his image is seen LOC — doubtful
LOC	日本野球殿堂
LOC	臺灣棒球名人堂
PER	王貞治
LOC	日本
LOC	臺灣
# 去年11月 → 11月
DATE	11月
PER	王貞治
LOC	日本
TERM	「文化勳章」
LOC	臺灣
TERM	「一等景星勳章」
TERM	「世界的全壘打王」
PER	王貞治
LOC	日本
LOC	臺灣
ORG	日本國家代表隊
LOC	臺灣
ORG	道奇隊
# 美國職棒世界大賽: an event, the place inside
LOC	美國
PER	山本由伸
ORG	臺灣國家代表隊
ORG	臺灣隊
ORG	臺灣隊
ORG	日本隊
PER	王貞治
LOC	甲子園
PER	王貞治
LOC	臺灣
LOC	臺灣
ORG	臺灣隊
LOC	美國
ORG	臺灣隊
ORG	日本隊
LOC	美國
PER	王貞治
ORG	日本隊
LOC	臺
LOC	日
LOC	臺灣
LOC	日本
LOC	亞洲
ORG	中華民國棒球協會
PER	辜仲諒
ORG	行政院
PER	卓榮泰
ORG	總統府
PER	潘孟安
ORG	運動部
PER	李洋
""",
    "news-hk-loco-kwok-wing-kin-statement-2020": r"""
# entities inside quoted speech count (batch 19: the party inside the oath); 兩辦, 中央, 中央政府, 特首, 特區 and
# unmarked 基本法 nothing; 港 in 亂港, 港人治港, 對港, 治港 LOC (a one-character place word, as 驻豫 → 豫) — doubtful
*ORG	中聯辦
*PER	郭榮鏗
*DOC	《基本法》
DOC	《基本法》
TERM	「告洋狀」
# the quoted title of the statement DOC with its marks (as the article title in 〈〉, batch 19) — doubtful
DOC	「所謂『中央干預香港內部事務』是對基本法的故意曲解」
ORG	國務院港澳辦
TERM	「政治攬炒」
ORG	中央人民政府
LOC	香港特別行政區
ORG	中央人民政府
ORG	立法會財委會
ORG	立法會內委會
ORG	美聯社
ORG	內務委員會
ORG	公民黨
LOC	香港特區
TERM	『拉布』
ORG	律政司
TERM	「保皇黨」
TERM	「公職人員行為失當」
DOC	《議事規則》
DOC	《內會守則》
PER	莊曉彤
PER	馬道立
PER	林鄭月娥
TERM	『告洋狀』
DOC	《香港人權與民主法案》
ORG	香港立法會
# the oath: the region LOC, also inside the law's unmarked full name (the place inside); the quoted
# 『中華人民共和國』 LOC without the marks (a quoted place name)
LOC	中華人民共和國香港特別行政區
LOC	中華人民共和國香港特別行政區
LOC	香港特別行政區
LOC	中華人民共和國
LOC	香港特別行政區
ORG	眾新聞
TERM	「每周時事」
*LOC	香港
*ORG	立法會
*ORG	內委會|內會
*LOC	港(?=人)|(?<=[亂治對])港
""",
    "press-tw-president-svg-ambassador-medal-2026": r"""
# 聖文森國 / 聖國 (the country's short names) LOC, its 政府 and embassies ORG; 臺聖 → 臺 + 聖 (as 中葡); 駐臺, 在臺 → 臺;
# the quoted medal TERM; the Latin names after the Chinese ones PER each
*PER	柏安卓
TERM	「大綬景星勳章」
PER	賴清德
DATE	今（25）日
PER	Andrea Clare Bowman
DATE	2019年
LOC	亞洲
ORG	外交部
ORG	聖文森國政府
ORG	聯合國大會
ORG	世界衛生組織
ORG	WHO
ORG	國際民航組織
ORG	ICAO
ORG	聖國政府
ORG	聖文森及格瑞那丁政府
QUANT	6年6個月
ORG	聖文森及格瑞那丁駐臺大使館
LOC	亞洲
LOC	日本
LOC	韓國
DATE	2019年8月8日
ORG	聖國駐臺大使館
# 臺灣外交部 one ORG (as 國發會檔案局) — doubtful (LOC 臺灣 + ORG 外交部 the other reading)
ORG	臺灣外交部
QUANT	182人
ORG	外交部
LOC	聖文森
ORG	中華民國（臺灣）政府
ORG	聖國大使館
QUANT	45年
DATE	2022年10月
LOC	聖露西亞
PER	路易斯
PER	Robert Kennedy Lewis
LOC	聖克里斯多福及尼維斯
PER	哈菁絲
PER	Jasmine Elise Huggins
LOC	聖文森及格瑞那丁
PER	威爾森
PER	Elroy Wilson
ORG	總統府
PER	潘孟安
ORG	外交部
PER	葛葆萱
*TERM	「大綬景星勳章」
*LOC	聖文森及格瑞那丁
*LOC	聖文森國
*LOC	聖國
*LOC	臺灣
*LOC	臺(?=聖)|(?<=[駐在])臺
*LOC	(?<=臺)聖
""",
    "gw-sh-five-new-cities-approval-delegation-2023": r"""
# the tool's preamble as in earlier Shanghai notices; the unmarked title lines: the body and the quoted name inside
# (as the Lingang check-up); 市委, 市政府, 区交通委, 市交通综合业务平台 nothing; 市交通委 ORG (the short name)
LOC	上海市
DOC	《中华人民共和国著作权法》
ORG	上海市交通委员
ORG	上海市交通委员会
DOC	沪交建〔2023〕884号
# 嘉定区、松江区、青浦区、奉贤区交通委: the districts LOC and the last with its 交通委 ORG — doubtful (four LOC, or
# four ORG by distribution, the other readings); the same each time the chain comes back
LOC	嘉定区
LOC	松江区
LOC	青浦区
ORG	奉贤区交通委
QUANT	14个
LOC	嘉定区
LOC	松江区
LOC	青浦区
ORG	奉贤区交通委
LOC	嘉定区
LOC	松江区
LOC	青浦区
LOC	奉贤区
ORG	市交通委
LOC	嘉定区
LOC	松江区
LOC	青浦区
ORG	奉贤区交通委
ORG	交通运输部
TERM	“权责对等”
ORG	市交通委
TERM	“两场联动”
ORG	市交通工程安质监站
ORG	市交通建管中心
ORG	上海市交通委员会
DATE	2023年12月6日
ORG	市发改委
ORG	市交通委
LOC	嘉定区
LOC	青浦区
LOC	松江区
LOC	奉贤区
*TERM	“五个新城”
""",
    "gw-sh-yangpu-waterfront-heritage-plan-2024": r"""
# the tool's preamble as in earlier Shanghai notices; titles in 《》 DOC (every one by regex at the end); the
# unmarked title lines: the place and the date range inside; every quoted formula, slogan and programme TERM (by
# regex at the end) except the quoted venue names, which are LOC without the marks (quoted place names) — doubtful;
# the demonstration zone 上海杨浦生活秀带国家文物保护利用示范区 one LOC (a named zone, as 周口国家农高区) — doubtful;
# 滨江南段, 滨江中北段, 中北段 nothing (sections of the plan); named sites with 旧址 LOC whole; museums LOC as venues,
# ORG where they act (batch-11 D-6); platforms and projects → the place inside; 市委, 市政府, 区政府, 党中央 nothing
LOC	上海市
ORG	上海市杨浦区人民政府
DATE	2024年7月15日
LOC	上海杨浦生活秀带国家文物保护利用示范区
DATE	2024—2026年
PER	习近平
DOC	《保护传承工业遗产的上海杨浦联合倡议》
LOC	上海
LOC	上海杨浦生活秀带国家文物保护利用示范区
DATE	2024—2026年
# the ideology → 习近平 + 中国 (batch 19)
PER	习近平
LOC	中国
PER	习近平
PER	习近平
LOC	上海杨浦滨江
LOC	杨浦
LOC	上海杨浦生活秀带国家文物保护利用示范区
LOC	上海
LOC	黄浦江
ORG	复旦大学
ORG	同济大学
LOC	陈望道旧居
LOC	江湾历史风貌区
# 第四次全国文物普查 nothing (a campaign)
LOC	杨浦区
DOC	《保护传承工业遗产的上海杨浦联合倡议》
LOC	杨浦
LOC	杨浦滨江
QUANT	15.6平方公里
PER	习近平
LOC	上海锅炉厂旧址
LOC	三新纱厂仓库旧址
LOC	上海人民城市实践展示馆
LOC	人民城市·滨江书苑
LOC	人民城市·秀带广场
LOC	人民城市·市民中心
ORG	上海博物馆
# 长江口二号古船: a wreck named by its place → the place — doubtful
LOC	长江口
LOC	上博北馆
LOC	世界技能博物馆
LOC	永安栈房旧址西楼
LOC	永安栈房旧址东楼
ORG	中国美院
LOC	大创谷艺术中心
LOC	敦煌当代美术馆
LOC	上海化工厂老厂房旧址
LOC	杨浦图书馆滨江馆
LOC	谋得利钢琴厂旧址
LOC	东区污水处理厂旧址
LOC	上海百年排水科技园
LOC	定海剧场
LOC	定海会客厅
LOC	杨浦
LOC	杨树浦电厂
# a company's named industrial park one LOC — doubtful (ORG 哔哩哔哩 + the park the other reading)
LOC	哔哩哔哩新世代产业园
LOC	慎昌洋行杨树浦工厂旧址
ORG	抖音集团
LOC	上海滨江中心
LOC	上海船厂旧址
# 日商: the Japanese firm → 日 (one-character place word) — doubtful
LOC	日
LOC	上海纺织株式会社旧址
# 334、336街坊, 86街坊 (numbered blocks) nothing; 上海科创源项目 → 上海
LOC	上海
LOC	中国工程师学会工业材料试验所旧址
LOC	民京路200号
LOC	上海水产公司渔船修理所旧址
LOC	大中华造船机器厂旧址
LOC	船台公园
LOC	三益里
QUANT	15幢
QUANT	2层
LOC	杨树浦水厂
LOC	闸北水厂
ORG	上海理工大学
LOC	沪江国际文化园
# 财大附中青年楼 → ORG 财大附中 + LOC 青年楼 (as 明德学院 + 明志楼)
ORG	财大附中
LOC	青年楼
LOC	斯高学院旧址
LOC	杨树浦源
LOC	平凉路街道
LOC	英美租界杨树浦警察局旧址
LOC	江浦路104弄
ORG	国家文物局
# the seminar is an event: the zone inside
LOC	上海杨浦国家文物保护利用示范区
LOC	杨浦滨江
LOC	杨浦滨江
LOC	杨浦区
LOC	中共一大会址
LOC	国歌展示馆
LOC	福建三明
LOC	中国近现代新闻出版博物馆
LOC	世界技能博物馆
LOC	杨浦滨江
LOC	大创智
LOC	大创谷
LOC	环同济
LOC	杨浦滨江
LOC	上海
LOC	杨浦滨江
ORG	滨江治理联合会
ORG	市文化旅游局
ORG	市文物局
LOC	上海杨浦滨江
ORG	上海杨浦生活秀带国家文物保护利用示范区建设顾问委员会
ORG	国家文物局
*DOC	《[^》]+》
*TERM	“[^”]+”
""",
}
