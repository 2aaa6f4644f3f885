"""Reading lists of the batch-59 entity gold, pass 1 (branch issue-e59p1-s26); see build_batch.py for the
line format and README-batch59.md for the rules and the borderline decisions they follow."""

LISTS = {
    "news-tw-cna-li-szu-chuan-songshan-airport-tech-corridor-2026": r"""
# the fetch script's header lines: URL, OG and STATUS hold nothing (domains); the TITLE line is the page's title and
# is read like text: the section 地方 nothing, the outlet and its Latin name two ORG spans (a name in another language)
PER	蔣萬安
LOC	松機
PER	李四川
# 雙北 a place word (batch 50); the corridor unquoted is descriptive, the place alone — doubtful (LOC 雙北科技廊帶)
LOC	雙北
ORG	中央社
ORG	CNA
PER	蔣萬安
LOC	松機
PER	李四川
LOC	雙北
# the dateline: the agency ORG, the reporter PER, the place and the bare day
ORG	中央社
PER	曹亞沿
LOC	新北
DATE	8日
# 台北市長 / 新北市長 → the city (as 臺南市長, batch 56); 今天 nothing
LOC	台北市
PER	蔣萬安
LOC	松山機場
ORG	中國國民黨
LOC	新北市
PER	李四川
ORG	輝達
LOC	台北
LOC	雙北
PER	蔣萬安
ORG	輝達
LOC	台北
LOC	松機
QUANT	300公頃
# the planned park named with its bracketed abbreviation one LOC — doubtful (a plan, not yet a zone)
LOC	台北人工智慧（AI）園區
# 台北副市長 → the city; the TV programme quoted in 「」 a TERM; AI園區 (generic) nothing
LOC	台北
PER	李四川
TERM	「少康戰情室」
ORG	輝達
QUANT	5年
LOC	松機
PER	蔣萬安
# 中央政府 / 中央 (the central government by its level) nothing, as 市政府
LOC	松機
LOC	松機
LOC	新北
LOC	松機
ORG	輝達
LOC	雙北
PER	李四川
ORG	輝達
LOC	北投士林科技園區
LOC	松機
LOC	桃園國際機場
LOC	松機
PER	李四川
# 核電廠 generic nothing; 核四廠 a named power plant LOC
LOC	核四廠
PER	李四川
# 「毒品就是毒品，沒有第2種用語」 speech, nothing in it; the editor PER; the serial number 1151008 nothing
PER	李明宗
# the related-list lines: slash dates DATE without the clock (batch 45)
DATE	2026/10/09
PER	蔣萬安
LOC	松機
PER	李四川
LOC	雙北
DATE	2026/10/08
DATE	2026/10/08
DATE	2026/10/08
""",
    "press-tw-taipei-songshan-airport-relocation-ai-park-2026": r"""
# the TITLE line read like text: the city government ORG; 全球資訊網 and 市府新聞稿 nothing; the vision's name in 「」
# a TERM; 百公頃 (Chinese numeral) nothing; 臺北AI園區 a named (planned) zone LOC, quoted later without the marks
ORG	臺北市政府
ORG	輝達
PER	蔣萬安
TERM	「AI黃金世紀」
LOC	松機
LOC	臺北AI園區
LOC	臺北市
PER	蔣萬安
DATE	今（8）日
TERM	「AI黃金世紀 全面釋放都市潛力」
ORG	輝達
# 北市科 (as written; the Beitou-Shilin park is 北士科 elsewhere) a park's short name LOC — doubtful
LOC	北市科
LOC	松山機場
QUANT	300公頃
LOC	臺北AI園區
QUANT	100公頃
QUANT	90公頃
QUANT	110公頃
QUANT	570公頃
LOC	北臺灣
QUANT	8縣市
LOC	臺北
LOC	內湖
PER	蔣萬安
LOC	松機
LOC	臺北
# the four fields quoted as one phrase a TERM; 四大 (Chinese numeral) nothing; 市府, 中央 nothing
TERM	「產業、都市發展、交通、水綠」
LOC	臺北
LOC	臺灣
PER	蔣萬安
# 今年年初 nothing; 臺北隊 (the city's team, a metaphor, no sports team) → the place — doubtful
LOC	臺北
ORG	輝達
LOC	臺北
LOC	北士科
ORG	輝達
LOC	臺北
LOC	臺北
LOC	臺灣
LOC	臺灣
PER	蔣萬安
ORG	輝達
PER	黃仁勳
LOC	臺灣
# 立委 and 博士 out of the name; 美國矽谷 a country before its region, one LOC (美国肯塔基州); the quoted English
# phrases TERM
PER	葛如鈞
LOC	美國矽谷
TERM	「Taiwan Fever」
TERM	「Taipei Fever」
ORG	輝達
LOC	臺北
LOC	臺北
PER	蔣萬安
# 臺股 (the market) nothing — doubtful (臺 a one-character place); 約 out of the QUANT
LOC	臺灣
QUANT	5.3兆美元
LOC	臺北
LOC	臺灣
ORG	Google
ORG	AMD
ORG	Intel
ORG	緯創
ORG	緯穎
LOC	臺北
# the quoted speech: the entities inside it
PER	蔣萬安
ORG	輝達
LOC	臺北
LOC	臺北
ORG	輝達
LOC	臺北
LOC	臺北
LOC	臺灣
LOC	臺北
LOC	臺灣
LOC	臺灣
LOC	臺北
LOC	臺灣
# the section heading: 竹科 (the Hsinchu park's short name) LOC
LOC	竹科
LOC	臺北
PER	蔣萬安
LOC	臺灣
LOC	新竹科學園區
DATE	1970年代
LOC	新竹科學園區
LOC	臺灣
# 亞洲金融風暴 an event, the place in it
LOC	亞洲
ORG	臺積電
TERM	「護國群山」
LOC	竹科
LOC	新竹
LOC	竹南
LOC	龍潭
LOC	銅鑼
LOC	寶山
LOC	臺灣
LOC	臺北
LOC	竹科
PER	蔣萬安
LOC	臺北
PER	蔣萬安
LOC	臺北
ORG	輝達
LOC	北士科
# the park's plots by their codes LOC each (a planning unit named by its code, batch 12) — doubtful; 超過 out
LOC	T3
LOC	T4
LOC	T12
LOC	北士科
QUANT	1公頃
LOC	內湖科技園區
ORG	緯穎
ORG	緯創
LOC	南港軟體園區
# place + 地區 one LOC; the park's second phase keeps its phase (虞公港二期)
LOC	洲美地區
LOC	北士科二期園區
LOC	臺北
LOC	臺北
PER	蔣萬安
# the designation quoted in 『』 inside the speech a TERM (a quoted noun phrase)
TERM	『亞太AI首都』
LOC	松機
QUANT	300公頃
LOC	臺北AI園區
PER	蔣萬安
LOC	松山機場
QUANT	300公頃
LOC	臺北AI園區
LOC	北士科
LOC	內科
LOC	南軟
LOC	臺北
LOC	松山機場
QUANT	300公頃
QUANT	100公頃
QUANT	90公頃
QUANT	110公頃
QUANT	570公頃
PER	蔣萬安
QUANT	32年
LOC	大巨蛋
QUANT	20多年
LOC	公館圓環
# 數十年 nothing; 首都黃金圈 a designation, nothing
LOC	松機
ORG	輝達
LOC	臺北
LOC	臺北
LOC	臺灣
LOC	松山機場
QUANT	100公頃
# 12兆 a bare 兆 number QUANT (as 4万亿)
QUANT	12兆
ORG	輝達
LOC	松南營區
LOC	松機
LOC	松南營區
LOC	松機
LOC	臺北AI園區
QUANT	200家
LOC	臺灣
ORG	台積電
QUANT	50家
QUANT	150家
# 市府 + its bureau one ORG (南市府衛生局, batch 31)
ORG	市府產業局
LOC	內科
QUANT	360億元
QUANT	12兆元
LOC	臺北AI園區
QUANT	6.5萬名
QUANT	3.5萬
QUANT	10萬人
LOC	北臺灣
QUANT	8縣市
# the corridor's quoted name a named zone LOC without the marks (长江经济带), its Latin abbreviation its own LOC
LOC	首都科技廊帶
PER	蔣萬安
LOC	臺北AI園區
LOC	臺北
LOC	新北
LOC	桃園
LOC	基隆
LOC	宜蘭
# 新竹縣市 (county and city sharing the name) one LOC — doubtful
LOC	新竹縣市
LOC	苗栗縣
LOC	首都科技廊帶
LOC	CTC
LOC	新北市
PER	李四川
# 新北蘆洲 a place chain one LOC (台北西門町, batch 56); 輕軌 nothing
LOC	新北蘆洲
LOC	五股
LOC	板橋
LOC	土城
LOC	桃園
LOC	桃園機場
LOC	桃園市
PER	張善政
LOC	新竹市
PER	高虹安
LOC	苗栗縣
PER	鍾東錦
PER	徐欣瑩
# a programme's title quoted in 「」 a TERM (batch 20)
TERM	「桃竹苗大矽谷推動方案」
LOC	基隆市
PER	謝國樑
LOC	基隆智慧科技園區
PER	吳宗憲
LOC	宜蘭科學園區
LOC	北臺灣
QUANT	8縣市
# 陸、海、空 nothing; 北臺灣黃金產業生活圈 a designation, the place in it
LOC	北臺灣
QUANT	570公頃
QUANT	15萬戶
LOC	松機
LOC	臺北
PER	蔣萬安
LOC	臺北
LOC	新北
LOC	基隆
LOC	桃園
# 4、5層樓: two values sharing one counter one QUANT, the noun 樓 out (batch 15) — doubtful
QUANT	4、5層
LOC	松機
QUANT	570公頃
# the airport's park by its short name LOC — doubtful (松機 alone the other reading)
LOC	松機園區
QUANT	90公頃
QUANT	3.5萬
ORG	都發局
LOC	松山機場
QUANT	15萬戶
# the planned line quoted: a rail line's name LOC without the marks — doubtful (TERM, a 構想)
LOC	臺北XY軸捷運
PER	蔣萬安
LOC	松山機場
LOC	基隆河
LOC	中山
LOC	松山
LOC	內湖
LOC	內科
LOC	大直地區
LOC	大直橋
LOC	民權大橋
# two bridges sharing 橋 written once one LOC — doubtful (麥帥一橋 + 麥帥二橋 cannot be spanned apart)
LOC	麥帥一、二橋
LOC	松機
LOC	基湖路
LOC	敬業三路
LOC	北安路
LOC	松山機場
LOC	松山
LOC	信義
LOC	民族東路
LOC	大直
LOC	內湖
LOC	建國高架
LOC	新生高架
LOC	臺北XY軸捷運
LOC	松山機場
LOC	國父紀念館
LOC	大安
LOC	公館
LOC	中和
LOC	士林大同線
LOC	圓山
LOC	松山機場
LOC	內湖
LOC	北士科
LOC	臺北AI園區
LOC	內科
LOC	南軟
PER	蔣萬安
LOC	松山機場
# the planned park's name 中央公園 LOC (a park), in the heading too — doubtful (a descriptive "central park")
QUANT	110公頃
LOC	中央公園
LOC	松機
QUANT	110公頃
LOC	中央公園
# a country or city before its park one LOC (a place chain); 2倍 / 4倍 QUANT (batch 49); the quoted metaphor TERM
LOC	英國海德公園
LOC	東京代代木公園
QUANT	2倍
LOC	大安森林公園
QUANT	4倍
LOC	臺北
TERM	「綠色脊柱」
# a river's reach named by its district one LOC (黄河流域陕晋豫段)
LOC	基隆河大直段
LOC	臺北
PER	蔣萬安
LOC	松機
ORG	輝達
LOC	臺北
LOC	臺北
LOC	五楊高架
LOC	機場捷運
# the terminal with its airport one LOC; 第三跑道 (no name of its own) nothing — doubtful
LOC	桃園機場第三航廈
LOC	松機
PER	蔣萬安
PER	林洋港
PER	李登輝
LOC	翡翠水庫
LOC	臺北
PER	黃大洲
LOC	大安森林公園
PER	蔣萬安
LOC	臺北
PER	陳水扁
PER	馬英九
PER	郝龍斌
# the 1999 hotline and YouBike (a service) nothing; 東西區門戶再造計畫 a programme, nothing
PER	柯文哲
LOC	忠孝橋
LOC	臺北
PER	蔣萬安
LOC	臺北
LOC	臺灣
LOC	臺北
ORG	輝達
LOC	臺灣
TERM	『AI黃金世紀』
PER	蔣萬安
ORG	輝達
LOC	臺北
LOC	臺北
LOC	臺北
LOC	臺灣
LOC	臺北
""",
    "gw-cn-state-council-beijing-pollution-control-targets-reply-1999": r"""
# the 批复 as earlier State Council replies: the unmarked title line gives the bodies and places inside it (batch-24
# D-5), the 文号 DOC, the addressees ORG, the request's title in 《》 DOC and its bracketed 文号 its own DOC
ORG	国务院
LOC	北京市
DOC	国函〔1999〕134号
ORG	北京市人民政府
ORG	国家环境保护总局
DOC	《关于修改北京市环境污染防治目标和对策及有关问题的请示》
DOC	京政文〔1999〕56号
DOC	《北京市环境污染防治目标和对策(1998—2002年)》
DOC	《目标和对策》
LOC	北京市
DATE	1999年
DATE	2000年
DATE	2002年
# 北京市 as the city that raises funds or acts stays LOC (the place word; 北京市人民政府 is the body); 中央财政,
# 中央补助资金 nothing
LOC	北京市
LOC	北京市
LOC	北京市
LOC	北京市
ORG	国家计委
ORG	财政部
LOC	北京市
LOC	北京市
DOC	《目标和对策》
LOC	北京市
# 北京生态圈 a designation, the place in it; 首都 nothing
LOC	北京
LOC	北京
LOC	北京市
LOC	北京市
ORG	国家环境保护总局
# 中央驻京各单位: 驻京 → 京 (as 在京)
LOC	京
LOC	北京市
LOC	北京市
LOC	北京市
# the signature spaced out one ORG (财　政　部, batch 34); the date in Chinese numerals whole
ORG	国　务　院
DATE	一九九九年十月三十一日
""",
    "news-cn-mee-nuclear-power-plant-safety-reporting-rules-qa-2020": r"""
# a department written after its ministry one ORG (香港特區政府政務司, batch 27); titles in 《》 DOC with their
# bracketed codes inside; 近日 nothing
ORG	生态环境部核电安全监管司
DOC	《核动力厂营运单位核安全报告规定》
ORG	生态环境部
DOC	《核动力厂营运单位核安全报告规定》
# the ministry's decree number without the ministry's name DOC (as 国务院令第722号) — doubtful
DOC	部令第13号
DATE	2021年1月1日
DOC	《核动力厂营运单位核安全报告规定》
DOC	《报告规定》
ORG	生态环境部核电安全监管司
ORG	国家核安全局
DOC	《核电厂营运单位报告制度（HAF001/02/01）》
DATE	2018年1月1日
DOC	《中华人民共和国核安全法》
DOC	《核安全法》
DOC	《核设施的安全监督》
# a rule's code in brackets after its title its own DOC, as a 文号 after a title — doubtful (no issuer or year)
DOC	HAF001/02
ORG	国家核安全局
DATE	1995年6月
DOC	《核电厂营运单位报告制度》
DOC	HAF001/02/01
ORG	国家核安全局
QUANT	20多年
DOC	《核电厂营运单位报告制度》
ORG	国家核安全局
DOC	《核安全法》
ORG	核电安全监管司
DOC	《报告规定》
DATE	2012年至2019年
DOC	《核电厂建造阶段事件报告指南及报告准则》
DATE	2016年至2018年
DOC	《核电厂运行阶段事件报告制度》
DOC	《核电厂运行事件报告制度（报批稿）》
DATE	2019年2月至5月
ORG	核电安全监管司
DOC	《核动力厂营运单位报告制度》
DOC	《核动力厂营运单位报告制度（征求意见稿）》
DOC	《报告规定》
# the ministry inside the unmarked procedure rule's name; a bare 专家委员会 of a body is no ORG (batch 21), the body
# is; 司务会, 部长专题会 nothing; 法规司 a division by its remit ORG; 部务会议 a meeting, the ministry in it
ORG	生态环境部
ORG	国家核安全局
ORG	法规司
DOC	《报告规定》
DATE	2020年11月5日
ORG	生态环境部
DOC	《报告规定》
DOC	《报告规定》
DOC	《核电厂营运单位报告制度》
DOC	《核动力厂营运单位核安全报告指南》
DOC	《报告规定》
DOC	《报告规定》
# 七个章节, 三十四项 (Chinese numerals) and 第三条 nothing
DOC	《报告规定》
DOC	《报告规定》
DOC	《报告规定》
DOC	《报告规定》
# the kind of station quoted (every region has one) a TERM with its marks — doubtful; the quoted 国家核安全局 refers to
# the body, ORG without the marks
TERM	“地区核与辐射安全监督站”
ORG	国家核安全局
DOC	《报告规定》
DOC	《报告规定》
ORG	国家核安全局
ORG	国家核安全局
DOC	《报告规定》
DOC	《核电厂营运单位报告制度》
DOC	《核安全法》
# the wordings quoted as words TERM
TERM	“核电厂”
TERM	“核动力厂”
TERM	“构筑物、系统和部件”
TERM	“构筑物、系统和设备”
DOC	《核电厂营运单位报告制度》
QUANT	6条
QUANT	10条
QUANT	9条
QUANT	12条
DOC	《报告规定》
DOC	《报告规定》
DOC	《核动力厂营运单位核安全报告规定》
DOC	《核安全法》
""",
    "news-tw-nownews-songshan-airport-relocation-explainer-2026": r"""
# the header lines as the held-out CNA page: URL, OG, STATUS nothing; the TITLE line read as text: 懶人包 and the
# section 要聞 nothing; the outlet's name written Latin + Chinese together one ORG — doubtful (two spans, as
# 華爾街日報 + The Wall Street Journal, the other reading)
LOC	松山機場
QUANT	30年
ORG	NOWnews今日新聞
LOC	台北市
LOC	松山機場
# 台北市長 → the city (batch 56); 台北AI園區 quoted, a named (planned) zone without the marks
LOC	台北市
PER	蔣萬安
QUANT	2個月
LOC	松機
QUANT	300公頃
LOC	台北AI園區
LOC	松山機場
DATE	1990年代
QUANT	30年
PER	蔣萬安
DATE	2015年
LOC	松機
DATE	2022年
LOC	台北市
# 「一到選舉才倉促提出」 speech, nothing; the outlet in 《》 the body without the marks
PER	吳怡農
PER	蔣萬安
ORG	NOWNEWS今日新聞
TERM	「松機搬不搬」
PER	陳水扁
LOC	松山機場
QUANT	30年
LOC	松山機場
DATE	1994年
LOC	台北市
PER	陳水扁
DATE	2002年
LOC	台北市
ORG	民進黨
PER	李應元
# a campaign pledge quoted as a slogan a TERM, nothing inside
TERM	「遷移松山機場，打造首都中央公園」
LOC	松山機場
LOC	中正機場
LOC	桃園國際機場
# 上兆元 (no digit) nothing
PER	李應元
LOC	松山機場
PER	謝長廷
PER	姚文智
DATE	2006年
LOC	台北市
PER	謝長廷
LOC	松山機場
# 台灣高鐵 opening to traffic: the line LOC (雄商高铁, batch 42) — doubtful (ORG, the company)
LOC	台灣高鐵
LOC	台北市
DATE	2018年
LOC	台北市
PER	姚文智
TERM	「廢除松山機場」
# the park the pledges name, unquoted, LOC (as the 臺北市政府 release's 中央公園) — doubtful; quoted in the heading it
# is the idea cited, a TERM
LOC	中央公園
PER	姚文智
LOC	台北市
PER	柯文哲
LOC	松山機場
ORG	台北市政府
DATE	2015年
# 柯市府 / 蔣市府: the mayor's surname before 市府 stands for the person (as 謝姓, 陳先生) — doubtful
PER	柯
TERM	「首都圈論壇—松山機場遷建及再生計畫」
LOC	桃園機場
TERM	「中央公園」
PER	黃珊珊
PER	丁守中
LOC	松山機場
TERM	「蓋公園」
DATE	2018年
LOC	台北市
ORG	國民黨
PER	丁守中
DATE	2022年
LOC	台北市
PER	黃珊珊
LOC	松山機場
LOC	內湖
LOC	基隆河
LOC	內湖
# the heading's 「中央才能決定」 a quoted claim (a clause), nothing — doubtful; 「搬走松機」 a quoted phrase TERM —
# doubtful (speech, 松機 the other reading)
TERM	「搬走松機」
LOC	中央公園
LOC	內湖
LOC	松山機場
LOC	台北市
DATE	2016年
ORG	立法院
LOC	松山機場
LOC	桃園國際機場
DATE	2022年
LOC	松機
ORG	交通部
PER	王國材
LOC	松山機場
LOC	松山機場
QUANT	270萬旅次
LOC	松機
ORG	空勤總隊
# 桃機場 (the Taoyuan airport's short name) LOC; 第三航廈 / 第三跑道 without the airport nothing; 三大 nothing
LOC	桃機場
LOC	松山機場
# 台北市民 → the city without 市 (batch 19)
LOC	台北
LOC	金門
LOC	馬祖
LOC	澎湖
LOC	松機
ORG	民航局
LOC	松機
ORG	交通部
LOC	松山機場
LOC	桃園機場
LOC	松山機場
LOC	台北市
ORG	總統府
# a city before its airport one LOC (a place chain); 松山與桃園兩座機場 the two airports by their places
LOC	東京羽田
LOC	上海虹橋
LOC	松山
LOC	桃園
TERM	「松桃分工」
LOC	桃園機場
PER	柯文哲
LOC	桃園機場
LOC	松山機場
ORG	交通部
LOC	桃園機場第三航廈
# the named development zone LOC; 今年6月 → 6月
LOC	桃園航空城
ORG	交通部
DATE	6月
DATE	2026年底
ORG	總統府
LOC	桃園機場第三航廈
DATE	2027年
DATE	2032年
# the quoted state 「桃機還沒準備好」 a clause, nothing; the airport inside it LOC
LOC	桃機
LOC	桃園機場
LOC	松山機場
LOC	桃園機場
PER	蔣萬安
TERM	「AI產業」
PER	蔣萬安
LOC	松機
DATE	2022年
LOC	台北市
LOC	松機
PER	蔣萬安
LOC	台灣
PER	蔣萬安
LOC	松山機場
PER	蔣萬安
DATE	8日
LOC	台北市
LOC	松山機場
QUANT	300公頃
LOC	北士科
LOC	內湖
LOC	南港
LOC	松機
LOC	台北市
PER	蔣
QUANT	300公頃
QUANT	100公頃
QUANT	90公頃
QUANT	110公頃
LOC	北士科
LOC	內湖
LOC	南港
LOC	新北
LOC	桃園
LOC	新竹
LOC	苗栗
LOC	基隆
LOC	宜蘭
# 北台灣科技產業廊帶 unquoted, descriptive: the place
LOC	北台灣
ORG	產業局
QUANT	12兆元
QUANT	6萬5000個
QUANT	3萬5000名
LOC	大直
LOC	內湖
QUANT	110公頃
LOC	大安森林公園
QUANT	4倍
# 基隆河岸 → the river (长江南岸, batch 21)
LOC	基隆河
QUANT	300公頃
# the paired quoted questions TERM (quoted phrases set against each other) — doubtful
TERM	「要不要搬」
TERM	「能不能執行」
PER	蔣萬安
QUANT	300公頃
LOC	松山機場
LOC	桃園機場第三航廈
DATE	2027年
DATE	2033年
LOC	松機
ORG	台北市政府
TERM	「遷建後要開發什麼」
TERM	「遷建條件是否真的成熟」
LOC	桃園機場
# 松指部 (the Songshan command's short name) and 松山指揮部 ORG
ORG	松指部
ORG	民進黨
LOC	台北市
PER	沈伯洋
LOC	松機
ORG	松山指揮部
LOC	台北市
QUANT	300公頃
PER	蔣萬安
""",
    "plan-cn-13th-fyp-eco-environmental-protection-notice-and-chapter-one-2016": r"""
# the notice's unmarked title gives the body and the quoted “十三五” inside it (TERM, batch 2); the 文号 DOC; 各省、
# 自治区、直辖市人民政府 nothing; 国务院各部委 → 国务院; the plan's title in 《》 DOC; the signatory body ORG
ORG	国务院
TERM	“十三五”
DOC	国发〔2016〕65号
ORG	国务院
DOC	《“十三五”生态环境保护规划》
ORG	国务院
DATE	2016年11月24日
TERM	“十三五”
# the contents line: chapter and section headings hold nothing (三大 a Chinese numeral)
ORG	党中央
ORG	国务院
TERM	“十二五”
TERM	“十二五”
TERM	“十三五”
ORG	党中央
ORG	国务院
PER	习近平
# the slogan TERM; the two further quotations are what he said (speech), nothing
TERM	“绿水青山就是金山银山”
PER	李克强
# 党的十八大 an event, nothing
ORG	党中央
ORG	国务院
TERM	“五位一体”
DOC	《生态文明体制改革总体方案》
DATE	2015年
QUANT	338个
QUANT	50微克/立方米
QUANT	74个
DATE	2013年
QUANT	23.6%
LOC	京津冀
LOC	长三角
LOC	珠三角
QUANT	27.4%
QUANT	20.9%
QUANT	27.7%
QUANT	30%
QUANT	7.6%
QUANT	1940个
QUANT	66%
QUANT	9.7%
QUANT	21.66%
QUANT	151.4亿立方米
QUANT	54%
QUANT	2740个
QUANT	14.8%
QUANT	90%
QUANT	89%
# species names (东北虎) nothing
TERM	“双缩减”
DATE	2015年
QUANT	99%
QUANT	92%
QUANT	1.6亿千瓦
QUANT	92%
QUANT	94.1%
QUANT	7.2万个
# 1.2亿多 a bare 亿 number with 多 inside (30多年)
QUANT	1.2亿多
QUANT	6.1万家
TERM	“十二五”
QUANT	12.9%
QUANT	13%
QUANT	18%
QUANT	18.6%
QUANT	525.94万公顷
QUANT	46.8%
QUANT	10万平方公里
QUANT	26.6万平方公里
DATE	2000—2010年
DOC	《中国生物多样性红色名录》
QUANT	4300多个
QUANT	16个
QUANT	1000多个
QUANT	114个
QUANT	6个
DATE	2015年
QUANT	50个
QUANT	273个
QUANT	670万吨
DATE	2007年
QUANT	27.7%
# a seaport LOC; the quoted accident label TERM (“1·24”, batch 4); unmarked laws and rules nothing
LOC	天津港
TERM	“8•12”
# 左右 / 近 / 约 / 以上 out; 1/3 (a fraction) nothing
QUANT	2000万吨
QUANT	78.4%
QUANT	3.2%
QUANT	16.1%
QUANT	19.4%
QUANT	55%
QUANT	20%
QUANT	200万亩
QUANT	78%
QUANT	510万亩
QUANT	900多种
QUANT	3700多种
QUANT	7600多起
QUANT	1.75亿亩
QUANT	100万批次
TERM	“十三五”
TERM	“一带一路”
TERM	“十三五”
""",
}
