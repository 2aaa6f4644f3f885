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
}
