"""Reading lists of the batch-35 entity gold, pass 1 (branch issue-e35p1-s21); see build_batch.py for the
line format and README-batch35.md for the rules and the borderline decisions they follow."""

LISTS = {
    "news-hk-land-debate-civil-research-hidden-land-2018": r"""
# every quoted word, slogan and option name in 「」 TERM with its marks (batch 20), except the two quoted groups: ORG
# without the marks (batch 20: the quoted club); quoted speech nothing
TERM	「大辯論」
TERM	「雪藏地」
# 特首 nothing
PER	林鄭月娥
TERM	「土地大辯論」
# 上月26日 → 26日
DATE	26日
ORG	土地供應專責小組
QUANT	18個
TERM	「土地大辯論」
# 全港 → 港 (a one-character place word, batch 20) — doubtful; 18區 QUANT
LOC	港
QUANT	18區
ORG	本土研究社
ORG	民間土地資源小組
TERM	「偏頗」
TERM	「有前設」
DOC	《好誠實研究及公眾諮詢》
ORG	本土研究社
ORG	民間土地資源小組
DOC	《好誠實研究及公眾諮詢》
ORG	民間土地資源小組
PER	司馬文
# a department with its university one ORG (中大新傳學院, batch 19)
ORG	浸大地理系
PER	鄧永成
ORG	中大地理與資源管理學系
PER	林超英
ORG	本土研究社
PER	陳劍青
PER	黃肇鴻
PER	林茵
# the photo credit PER (batch 20)
PER	吳婉英
ORG	本土研究社
ORG	民間土地資源小組
# 專責小組 (the task force's short name) ORG — doubtful (nothing, as a generic noun, the other reading)
ORG	專責小組
ORG	規劃署
DOC	《香港2030+：跨越2030年的規劃遠景與策略》
LOC	香港
QUANT	1,200公頃
TERM	「樂觀高估」
ORG	本土研究社
PER	陳劍青
ORG	統計處
LOC	香港
ORG	專責小組
QUANT	1,200公頃
TERM	「水份」
QUANT	1,200公頃
ORG	專責小組
QUANT	1,200公頃
TERM	「最低消費」
TERM	「點心紙」
PER	陳劍青
QUANT	1,066公頃
TERM	「雪藏地」
QUANT	723公頃
TERM	「雪藏中」
QUANT	723 公頃
QUANT	34 個
LOC	太古城
TERM	「解凍」
QUANT	8萬間
QUANT	23萬人
TERM	「雪藏地」
PER	陳劍青
TERM	「雪藏地」
QUANT	723公頃
QUANT	34公頃
QUANT	200公頃
QUANT	109公頃
QUANT	1,066公頃
ORG	本土研究社
PER	黃肇鴻
ORG	土地供應專責小組
QUANT	18個
TERM	「維港以外近岸填海」
TERM	「發展東大嶼都會」
TERM	「長遠發展香港內河碼頭用地及鄰近用地」
TERM	「填平部分船灣淡水湖作新市鎮發展」
QUANT	4個
TERM	「發展郊野公園邊陲地帶兩個試點」
TERM	「發展郊野公園邊陲地帶其他地點」
TERM	「開刀」
ORG	土地供應專責小組
QUANT	18個
TERM	「被消失」
DOC	《好誠實研究及公眾諮詢》
ORG	本土研究社
ORG	專責小組
TERM	「時間成本」
TERM	「金錢成本」
TERM	「環境成本」
TERM	「社會成本」
ORG	本土研究社
ORG	專責小組
LOC	粉嶺高球場
QUANT	25至30年
DOC	《好誠實研究及公眾諮詢》
ORG	本土研究社
LOC	粉嶺高球場
DOC	《好誠實研究及公眾諮詢》
ORG	中大地理與資源管理學系
PER	林超英
DOC	《好誠實研究及公眾諮詢》
DOC	《好誠實研究及公眾諮詢》
ORG	眾新聞
TERM	「每周時事」
""",
    "press-mo-macau-family-trip-practical-info-2026": r"""
# a family's trip page: emoji and list numbers nothing; hotels, resorts, streets, squares and sights LOC (venues,
# batch 18: 長沙洲際酒店); the show 水舞間 nothing (an event) — doubtful; currencies named alone (澳門幣, 港幣, MOP,
# HKD, TWD, Pataca) nothing — doubtful; amounts with a currency code QUANT without a per-unit tail (/盒, /天, /人) —
# doubtful; 1:1 (a rate) nothing; clock times, flight numbers, Day 3 nothing; 台胞證, 護照, 簽證 nothing
LOC	中國大陸
LOC	氹仔
LOC	巴黎人酒店
LOC	新濠天地
LOC	威尼斯人
LOC	官也街
LOC	澳門半島
LOC	議事亭前地
LOC	玫瑰堂
LOC	大三巴牌坊
LOC	大炮台
LOC	巴黎人酒店
LOC	氹仔
LOC	澳門半島
LOC	澳門半島
# 匯率參考（2025） → 2025
DATE	2025
ORG	台灣銀行
LOC	巴黎人酒店
LOC	巴黎人
LOC	威尼斯人
LOC	新濠天地
# 中華電信 ORG; Google Maps (a product) nothing — doubtful
ORG	中華電信
LOC	巴黎人
LOC	大三巴
LOC	議事亭
LOC	大三巴
# 巴黎鐵塔 (the resort's tower) LOC
LOC	巴黎鐵塔
LOC	議事亭
DATE	1月
QUANT	15-20°C
# 國語 / 粵語 nothing; the bakeries and shops ORG (鉅記/英記 → two ORG)
ORG	鉅記餅家
ORG	咀香園
ORG	英記餅家
ORG	鉅記
ORG	英記
ORG	安德魯餅店
LOC	官也街
LOC	巴黎人
*LOC	台灣
*LOC	澳門(?!幣|半島)
*QUANT	(?:HKD|MOP|TWD) \d[\d,.]*(?:-\d[\d,.]*)?
*QUANT	\d[\d.]* (?:MOP|HKD|TWD)
*QUANT	\d+(?:-\d+)? ?(?:分鐘|個月|天|週|人|張|個|盒|包|組)
""",
    "report-cn-kaifeng-no14-school-gratitude-stone-2017": r"""
# the site's navigation (首页, 校园采风, 正文, 相关信息, 更多) nothing
ORG	开封十四中
ORG	开封第十四中学
DATE	2017年6月19日
# 六月的校园 → 六月 (the month of the event)
DATE	六月
DATE	19日
ORG	开封市十四中
# the class 九八班 nothing — doubtful; 2017届 (the graduating class's year) DATE — doubtful (nothing the other reading)
DATE	2017届
TERM	“春雨润物”
# 三年, 三载 nothing; the parent's quoted words speech
PER	耿靖函
DATE	2017届
PER	赵楠
PER	李瑞全
# a surname standing for a named man PER (batch 33)
PER	李
ORG	十四中
# the song in 《》 DOC (batch 8)
DOC	《感恩的心》
ORG	十四中
DATE	2017届
ORG	十四中
ORG	开封五中
PER	曹靖华
QUANT	120周年
# 2017教师节 → 2017 (a year inside an event's name, batch-21 D); the award 「靖华」奖 → TERM “靖华” — doubtful
DATE	2017
TERM	“靖华”
ORG	开封五中
# the school's academy 彝山书院 ORG — doubtful (LOC the other reading)
ORG	彝山书院
PER	吴天放
ORG	开封五中
""",
    "report-tw-premier-hsieh-policy-address-2005": r"""
# 謝院長, 王院長, 鍾副院長, 陳總統, 游內閣 → the surname PER (a surname standing for a named man, batch 33; 游內閣 — the
# cabinet named by its premier — doubtful); 長廷 (the premier speaking of himself) PER each time; 貴院 nothing
ORG	行政院
PER	謝
ORG	立法院
ORG	行政院
PER	謝
ORG	立法院
DATE	中華民國94年2月25日
PER	王
PER	鍾
# 第6屆第1會期 nothing
PER	長廷
ORG	行政院
PER	長廷
ORG	立法院
# the quoted proverb TERM with its marks — doubtful (speech the other reading); every 「」 phrase below TERM
TERM	「一元復始，萬象更新。」
PER	游
DATE	2004年
ORG	立法院
# 大陸 LOC (batch 25); 兩岸 nothing
LOC	大陸
PER	陳
PER	長廷
DATE	2月1日
PER	長廷
PER	長廷
PER	長廷
PER	長廷
# 2020奧運會 → 2020; 今年7月 → 7月; 德國杜伊斯堡 one LOC (a chain); 2005世界運動會 → 2005 (batch-21 D)
DATE	2020
DATE	7月
LOC	德國杜伊斯堡
DATE	2005
*TERM	「[^「」]+」
*LOC	台灣
""",
}
