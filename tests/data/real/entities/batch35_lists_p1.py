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
    "gw-tw-archives-act-enforcement-rules-amendment-2005": r"""
# the quoted regulation name DOC with its marks, the unmarked one nothing (batch 25); 本法, 本細則 nothing;
# 檔案中央主管機關, 省政府, 直轄市政府 … nothing (generic); article numbers, 五年, 七年 nothing
ORG	檔案管理局
DOC	「檔案法施行細則」
ORG	檔案管理局
DATE	中華民國94年1月3日
DOC	檔徵字第09400000011號
DOC	「檔案法施行細則」
DOC	「檔案法施行細則」
PER	陳士伯
ORG	國民大會
ORG	總統府
ORG	行政院
ORG	立法院
ORG	司法院
ORG	考試院
ORG	監察院
ORG	國家安全會議
""",
    "gw-tw-mac-councillor-appointment-rules-amendment-2005": r"""
# the quoted regulation name DOC with its marks (batch 25); the unmarked title line and the unmarked 組織條例 → the
# council inside ORG — doubtful (nothing the other reading)
ORG	行政院大陸委員會
DOC	「行政院大陸委員會顧問遴聘辦法」
ORG	行政院大陸委員會
DATE	中華民國94年1月3日
DOC	陸人字第0930022638號
DOC	「行政院大陸委員會顧問遴聘辦法」
DOC	「行政院大陸委員會顧問遴聘辦法」
PER	吳釗燮
ORG	行政院大陸委員會
DATE	民國81年1月24日
# the order number with its bracketed year one DOC — doubtful (陸法字第0311號 alone the other reading)
DOC	（81）陸法字第0311號
DATE	民國94年1月3日
DOC	陸人字第0930022638號
ORG	行政院大陸委員會
ORG	行政院大陸委員會
# 本會 nothing; 大陸 LOC (batch 25); 兩岸 nothing; 五人, 一年, 新臺幣二萬元 nothing (no digit)
LOC	大陸
LOC	大陸
# the form: 行政院所屬各機關 → 行政院; the blank amount and the blank date (中 華 民 國 年 月 日) nothing
ORG	行政院
""",
    "news-hk-hkcnews-front-page-2018": r"""
# the site's front page: the menu's section names 台灣, 中國 LOC (places) — doubtful; 經濟, 社會 … nothing; the
# 【】 labels → the place inside (batch 27); every quoted word TERM with its marks; 眾聞, 眾觀 (section names) nothing
ORG	眾新聞
ORG	眾新聞
ORG	CitizenNews
LOC	台灣
LOC	中國
LOC	旺角
TERM	「別無他選」
LOC	旺角
TERM	「別無他選」
PER	戴晴曦
LOC	台灣
LOC	中國
PER	鄭若驊
# 山頂官邸 one LOC (the residence on the Peak) — doubtful (LOC 山頂 the other reading)
LOC	山頂官邸
QUANT	$237萬
PER	鄭若驊
LOC	山頂官邸
QUANT	$237萬
ORG	眾新聞
# the events' names → the places, persons, bodies inside
LOC	旺角
PER	梁天琦
QUANT	6人
TERM	「救救小孩」
PER	鄭若驊
ORG	浸大
# 2018年立法會3.11補選 → DATE 2018年 + ORG 立法會 + DATE 3.11 — doubtful (3.11 nothing the other reading)
DATE	2018年
ORG	立法會
DATE	3.11
# 國際線 (a section) nothing
PER	呂麗瑤
LOC	中國
PER	何志平
LOC	非洲
LOC	香港
PER	朱經緯
# 中共十九大 → ORG 中共 (batch 21)
ORG	中共
PER	林鄭
QUANT	3周年
ORG	民主黨
PER	林鄭
ORG	民主黨
PER	林鄭
PER	楊健興
""",
    "press-mo-chief-executive-fujian-cooperation-visit-2026": r"""
# 行政長官 nothing; 閩澳 → 閩 + 澳 (batch 27: 琴澳), also inside the meeting's name (an event); 在榕 → 榕, 訪閩 → 閩 (驻豫)
PER	岑浩輝
LOC	福建
LOC	閩
LOC	澳
PER	岑浩輝
# 明（2）日至5日 one DATE (今（19）日, batch 20; a range)
DATE	明（2）日至5日
LOC	福建省
# 福建省委省政府 → ORG 福建省委, the bare 省政府 after it generic (batch 18) — doubtful
ORG	福建省委
LOC	閩
LOC	澳
PER	岑浩輝
LOC	廈門市
LOC	龍岩市
LOC	福州市
LOC	閩
LOC	澳
LOC	榕
PER	岑浩輝
PER	習近平
DATE	90年代
ORG	福州市委
DOC	《福州市20年經濟社會發展戰略設想》
TERM	“3820”
QUANT	30周年
ORG	經濟財政司
PER	吳惠嫻
LOC	閩
ORG	經濟財政司
ORG	福建省發展和改革委員會
ORG	福建省政府港澳事務辦公室
DATE	8月5日
TERM	“澳門 - 福建區域協同發展宣介會”
LOC	福建
LOC	澳門
LOC	澳門
ORG	行政法務司
PER	黃少澤
""",
    "press-tw-tainan-epb-energy-saving-subsidy-2018": r"""
ORG	臺南市政府環境保護局
DATE	2018-12-26
ORG	臺南市政府環境保護局
# the quoted subsidy programme TERM with its marks; the quoted measures DOC (a regulation's name, batch 25)
TERM	「107年臺南市住商節能改造補助計畫」
QUANT	50%
# 本市 nothing; the bureau's short names ORG
ORG	環保局
ORG	臺南市政府環保局
# T8 (a lamp type) nothing
QUANT	75W
QUANT	10W
QUANT	8成
QUANT	1成
QUANT	240萬元
DATE	108年1月31日
QUANT	50%
QUANT	500元
QUANT	10萬元
ORG	臺南市環保局
# the bureau's name with a character missing, as written
ORG	臺南市政府境保護局
DATE	107年度
DOC	「臺南市住商節能改造補助辦法」
# the city's low-carbon website → 臺南市 (a platform → the place inside) — doubtful; the folder 107年 DATE — doubtful
LOC	臺南市
DATE	107年
DATE	107年度
DOC	「臺南市住商節能改造補助辦法」
# URLs, phone numbers and extensions nothing; 本局 nothing
PER	林郁嘉
PER	許乃中
ORG	空氣及噪音管理科
PER	林郁嘉
""",
    "report-tw-mingdao-alumni-founder-message-page": r"""
# 汪校長廣平 → the surname and the given name each PER (the title between them) — doubtful (PER 汪校長廣平 whole
# the other reading)
PER	汪
PER	廣平
# 明道 (the school) ORG; 二十五年, 二十六年, 三年, 十年, 五年 nothing (no digit)
ORG	明道
# 武訓 (the school Mingdao took over) ORG — doubtful (PER, the man it was named after, the other reading)
ORG	武訓
ORG	明道
TERM	「教育界的 奇蹟」
ORG	明道
ORG	武訓
ORG	明道
ORG	明道
ORG	明道
TERM	「誠實孝悌」
ORG	明道
""",
    "news-hk-column-press-conference-standing-order-2019": r"""
# the video shortcodes, URLs and the clip time 13:20 nothing; Standing Order / 會議常規 (the rules, unmarked) nothing —
# doubtful; quoted words and phrases TERM with their marks, quoted sentences speech (the student paper's two
# passages, 「會否落地獄？」, 「講人話呀，唔該你！」) with only the entities and quoted words inside them; the shout
# 「Order！」 TERM each time — doubtful (speech the other reading); U, Hall O, Freshman, Current/Final nothing
PER	林鄭
ORG	港大
PER	利君雅
PER	林鄭
ORG	香港大學
ORG	HKU
ORG	HKU
ORG	HKU
TERM	「震憾性的聲音」
# the student magazine ORG where it speaks; in 《》 the revision rule 1 makes it DOC with its marks (a journal)
ORG	學苑
TERM	「答非所問」
ORG	港大
ORG	學苑
# the council inside the unmarked rules' name ORG
ORG	香港大學學生會評議會
# 英國國會 one ORG (as 香港立法會, batch 20)
ORG	英國國會
ORG	香港立法會
ORG	HKU
TERM	「非議會用語」
ORG	港大
ORG	Campus TV
# the year inside the election's name DATE (batch-21 D), its space as written
DATE	2019 年度
TERM	「節省時間、提高議事效率」
TERM	「人肉錄音機」
TERM	「答非所問」
PER	利君雅
# (1)【大選快訊】 nothing; the cabinet 蒼傲 ORG — doubtful
ORG	蒼傲
# the English title of the rules → the council inside — doubtful
ORG	HONG KONG UNIVERSITY STUDENTS' UNION COUNCIL
ORG	眾新聞
TERM	「每周時事」
PER	殷琦
PER	殷琦
PER	殷琦
LOC	香港
# FB (Facebook) ORG (batch 20: Facebook)
ORG	FB
*TERM	「Order！」
""",
    "report-cn-university-opening-ceremony-teacher-speech": r"""
# 我校, 全校, 学校 nothing; list numbers, 三年前, 百分之百 nothing; ranks of study years (2年级, 3年级) nothing (as
# 第7位, batch 20) — doubtful; the mail address nothing; 国庆节 nothing
ORG	同济大学
ORG	同济
ORG	宝钢集团
QUANT	4年
QUANT	10个
# a division named by its remit ORG (batch-16 D)
ORG	实验实训管理处
# 今年5月份 → 5月份
DATE	5月份
LOC	上海
# the universities' short names ORG
ORG	复旦
ORG	交大
ORG	同济
ORG	华东理工
ORG	东华
QUANT	2个月
TERM	“尽量不犯、尽早发现、尽快纠正”
# the employer's quoted verdict is speech: nothing — doubtful (TERM the other reading)
QUANT	5点
""",
}
