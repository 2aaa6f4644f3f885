"""Reading lists of the batch-29 entity gold, pass 1 (branch issue-e29p1-s20); see build_batch.py for the
line format and README-batch29.md for the rules and the borderline decisions they follow."""

LISTS = {
    "news-cn-junlian-water-ppp-study-visit-2018": r"""
# the page label 新闻公告 nothing; 当地自来水公司, 污水处理厂, 水务、环保部门 generic; 我县 nothing
LOC	兴文县
LOC	江安县
PER	郭创峰
PER	郭创峰
*LOC	筠连(?!县)
DATE	12月1日
# 县政府 generic; 副县长郭创峰 → the name; the county's water company ORG whole; the reservoir LOC (as 丹江口水库),
# 项目现场 and 前坝坡 outside
PER	郭创峰
ORG	筠连县三川水务投资有限责任公司
LOC	王家沟水库
PER	郭创峰
LOC	王家沟水库
# 溢洪道闸房 nothing (a part without a name); 项目经理, 项目法人, 监管部门 generic
PER	郭创峰
""",
    "news-hk-social-welfare-subsector-election-loss-2021": r"""
# 【社福界戰果】: a label, 社福界 (a subsector) nothing; 新制, 非建制 nothing
*PER	周賢明
# 選委會 (the Election Committee) ORG, also inside 選委會選舉 (an event) and 立法會選委會界別
*ORG	選委會
*ORG	西貢區議會
# 區議會 as the institution (inside quoted speech too) ORG — doubtful (a kind of body, the 18 councils)
*ORG	區議會
*ORG	立法會
# 立會 (立法會's short name, in a subheading) ORG
*ORG	立會
# quoted labels and phrases TERM with their marks; quoted speech (whole clauses) nothing
*TERM	「唯一民主派」|「無票可拉」|「天真咗」|「牌面算高」|「完善制度」|「花瓶」|「清一色」
# 6時, 4點半 (clock times) nothing; 37票 and 7名 QUANT; 約三至四成 nothing (Chinese numerals)
QUANT	37票
PER	黎家威
ORG	港大
PER	陳麗雲
ORG	社聯
PER	陳文宜
QUANT	7名
# DQ, 特首選舉, 港人 nothing
""",
    "press-mo-social-affairs-secretary-mourns-kiang-wu-director-2026": r"""
# 社會文化司司長柯嵐 → the secretariat ORG + the name; 女士 outside the name
*ORG	社會文化司
*PER	柯嵐
*PER	梁秀珍
# 澳門醫務界 → 澳門; 前鏡湖慈善會秘書長 → the association (前 outside); the hospital and its nursing school ORG
*ORG	鏡湖慈善會|鏡湖醫院|鏡湖護校
# 愛國愛澳 (three times): 澳 LOC as a one-character place word (as 治港 → 港) — doubtful (a set formula)
*LOC	(?<=愛)澳
# the year in Chinese numerals DATE whole
DATE	一九三九年
# 濠江 (Macao's literary name) LOC; 鏡湖 in 跟隨鏡湖前輩 (the institution's short name) ORG — doubtful
LOC	濠江
ORG	鏡湖
# 第八、九屆全國政協委員 → 全國政協 (the term numbers open the post, as 十届全国人大四次会议 → 全国人大) — doubtful;
# the SAR's preparatory committee ORG whole
ORG	全國政協
ORG	澳門特別行政區籌備委員會
*LOC	澳門(?!特別行政區籌備)
# 祖國, 全院, 全社會 nothing; the quoted “一國兩制” TERM with its marks
TERM	“一國兩制”
""",
    "press-tw-vice-president-kaohsiung-social-housing-2026": r"""
# the quoted name of the social-housing estate LOC without the marks (quoted names of places, batch 18), written with
# and without ‧ — doubtful (a TERM with its marks the other reading); 社宅 / 社會住宅 outside; 副總統 nothing
*LOC	(?<=「)橋新‧?安居B(?=」)
PER	蕭美琴
DATE	今（2）日
# 高雄 LOC throughout, 高雄市副市長 → 高雄市 (as 臺南市長 → 臺南市)
*LOC	高雄市?
*TERM	「百萬租屋家庭支持計畫」
LOC	臺灣
# 賴總統 → the surname
PER	賴
# the care station visited: one LOC with its place (batch 24's 旗山糖廠社區綠色照顧站, a venue) — doubtful
LOC	旗山糖廠社區綠色照顧站
LOC	橋頭
LOC	岡山
TERM	「產子」
# 去年 nothing; 花蓮風災 (an event) → 花蓮
LOC	花蓮
# 內政部長 → the ministry; 立法委員 nothing
ORG	內政部
PER	劉世芳
PER	許智傑
PER	李昆澤
PER	邱志偉
PER	林欽榮
ORG	國家住宅及都市更新中心
PER	花敬群
ORG	台灣糖業協會
PER	陳昱凱
""",
    "gw-tw-ey-administrative-execution-rules-amendment-2010": r"""
# the Taiwan 令: 行政院令 (title and heading) → the Yuan; the rule's name in 「」 TERM with its marks (as
# 「都市計畫法高雄市施行細則」), three times; article numbers nothing
*ORG	行政院(?=令)
*TERM	「行政執行法施行細則」
DATE	中華民國99年6月15日
DOC	院臺法字第0990031307號
PER	吳敦義
# the unmarked heading 行政執行法施行細則第二十條… nothing (an unmarked law name); 行政執行處 (each enforcement office,
# named by its kind), 他行政執行處, 法院, 有關機關, 本法 nothing
""",
    "gw-tw-immigration-residence-permit-revocation-notice-2010": r"""
*ORG	內政部入出國及移民署
# the foreigner's name in Latin capitals PER each time; 等32人 → 32人
*PER	EARL KELTON DREW
*QUANT	32人
DATE	中華民國99年6月15日
DOC	移署服北市萍字第09900835782號
# 入出國及移民法, 行政程序法 unmarked: nothing; article numbers nothing; 經20日 → 20日 (a day count)
QUANT	20日
# 本部入出國及移民署臺北市服務站 → the agency with its station one ORG (a division written after its body, 本部
# outside) — doubtful (ORG 入出國及移民署 + LOC 臺北市 + a bare station the other reading); 該站 nothing
ORG	入出國及移民署臺北市服務站
# the address after 地址： one LOC; the phone number nothing
LOC	臺北市廣州街15號
PER	謝立功
""",
    "news-cn-xinjiang-sports-bureau-kinship-pairing-2017": r"""
# (session 20, a20: the HTML reader now keeps the page's <h3> headline and its 发布时间/发布者 lines in place of the
# 文章详情 label, read by the same guideline; the headline's 自治区体育局 falls to the *ORG below, its quoted campaign
# TERM as in the body; the ISO date DATE as batch 20's; the posting account 科捷物流 (a company's name) ORG)
TERM	“民族团结一家亲”
DATE	2017-08-17
ORG	科捷物流
# the page label 文章详情 nothing; 自治区党委 generic (as 省委); the campaign's quoted name TERM
TERM	“民族团结一家亲”
# 自治区体育局 (a level word with a remit) ORG every time; 党组书记 outside (a Party organ before a post)
*ORG	自治区体育局
QUANT	39名
DATE	11月18日
PER	聂春
QUANT	33人
# the village as a place chain one LOC with its bracketed number, the second village LOC; 9村 / 10村 (the villages'
# numbered short names) LOC — doubtful; 大会议室 outside (a room without a name)
LOC	巴楚县阿拉格尔乡其干布拉克（9）村
LOC	喀拉艾肯（10）村
LOC	9村
# 加微信 → the platform ORG (as batch 20's 微信)
ORG	微信
PER	聂春
DATE	2014年
# 祖龙·克里木局长 → the name; the quoted programme “访惠聚” TERM inside the quoted speech (自治区 before it nothing)
PER	祖龙·克里木
TERM	“访惠聚”
LOC	9村
LOC	10村
# 这3年来 → 3年 (as 近3年 → 3年)
QUANT	3年
TERM	“一对一”
""",
    "press-mo-apec-tourism-ministers-meeting-2026": r"""
# the meeting (an event) → the body inside; its term number nothing; APEC in brackets a second span (a name and its
# name in another language)
*ORG	亞太經合組織秘書處
*ORG	亞太經合組織|APEC
DATE	今（27）日
# the venue (batch 17's APEC inspection) one LOC
LOC	中國與葡語國家商貿合作服務平台綜合體
# the meeting's quoted theme TERM whole
TERM	“數智創新，合作賦能——以旅遊助力亞太共同體建設”
# 亞太 LOC; 亞太地區 / 亞太區域 one LOC (place + region word, as 长江三角洲区域); 亞太共同體 → 亞太; 中國年 and
# 中國會議 (events) → 中國
*LOC	亞太(?:地區|區域)?
*LOC	中國(?=年|會議)
DATE	2026年
ORG	經濟財政司
PER	吳惠嫻
LOC	澳門
# 特區 nothing; the quoted designation TERM; 澳門特區 LOC (as earlier Macao releases); 中央政府 nothing
TERM	“世界旅遊休閒中心”
LOC	澳門特區
""",
    "press-tw-hsinchu-lichi-pond-dredging-2015": r"""
# the pond 麗池 LOC every time (麗池湖畔, 麗池生態水岸 → 麗池), also inside 麗池清淤工程 (a works) — but not inside the
# quoted plan name, a TERM with its marks
*TERM	「新竹市麗池親水親樹景觀空間營造計畫」|「麗池親水親樹景觀空間營造計畫」|「城鎮風貌型塑整體計畫」|｢新竹1916園區跨域亮點計畫｣
*PER	林智堅
# the park named by its year, quoted or not, LOC (quoted names of places LOC without the marks, batch 18)
*LOC	(?<=「)新竹1916園區(?=」)|(?<=「)1916園區(?=」)
*LOC	1916園區
*LOC	麗池
*LOC	新竹公園
# 新竹人 → 新竹 (a place before a word for its people); 新竹榮耀 → 新竹
*LOC	新竹(?=人|榮耀)
*ORG	內政部營建署|交通部觀光局
*QUANT	546萬元
# 巿長 / 巿議員 / 巿府 (no place word written) nothing; 新竹巿政府 ORG with the text's 巿
ORG	新竹巿政府
DATE	104年度
# 即日起至明(105)年元月 → the month with its bracketed year, as 今(26)日 — doubtful (no precedent for 明(105)年)
DATE	明(105)年元月
DATE	今(26)日
# 近十年 nothing (Chinese numerals); the design company ORG; 60公分 QUANT; 動物園 (named by its kind) nothing
ORG	樂駝規畫設計公司
QUANT	60公分
PER	劉聲正
PER	徐信芳
PER	鄭貴元
# 公園里長 → the borough 公園里 LOC (a post named by its place, as 臺南市長 → 臺南市) — doubtful
LOC	公園里
PER	林志雅
# 大新竹人 → 大新竹 (a place before a word for its people) — doubtful
LOC	大新竹
# 兩年三億 nothing
DATE	明(105)年元月底
# 國際兒童嘉年華 (an event) nothing
DATE	2016年
# 文化局 (a level's bureau named by its remit) ORG
ORG	文化局
QUANT	13,400平方公尺
ORG	文化局
LOC	新竹市
# the park's named buildings and bridge LOC (venues); 日式湖畔料亭 nothing (no name)
LOC	玻工館
LOC	願景館
LOC	九曲橋
# the contacts: 文化局博物館科長 → the section with its bureau one ORG (a department fused with its head's title, as
# 州医院药剂科长 → 州医院药剂科) — doubtful; 公關與新聞科 ORG (a division by its remit); phone numbers nothing
ORG	文化局博物館科
PER	周素娟
ORG	公關與新聞科
PER	梁瑞君
""",
    "press-tw-hsinchu-mayor-profile-page": r"""
# (session 20, a20: the Markdown reader now puts the front matter's title 市政府介紹 first; the section's name,
# nothing, as the breadcrumb's 市府介紹)
# the site's navigation and breadcrumb nothing (市府 has no place word); HTML comments nothing
PER	林智堅
LOC	新竹
# a university with its institute or department one ORG (a department with its body); 在職碩士班 (a programme) outside
ORG	中華大學科技管理研究所
ORG	中華大學企業管理系
ORG	台灣大學國家發展研究所
# the party's city branch one ORG; 第13、14屆主任委員 nothing
ORG	民主進步黨新竹市黨部
# 第八屆新竹市議員 → the city (as 臺南市議員 → the city)
LOC	新竹市
# the council's party caucus one ORG (an organ after its body's name) — doubtful (新竹市議會 + 民主進步黨黨團 the other
# reading)
ORG	新竹市議會民主進步黨黨團
""",
    "news-hk-tsuen-wan-shooting-rescuer-plea-2021": r"""
# the label 【健仔中槍案】 → the person's nickname PER (a label gives the entities inside it); the quoted headline plea
# (a clause of speech) nothing
PER	健仔
DATE	10月1日
# 中五男學生「健仔」曾志健: the name he is called by, cited in 「」, TERM (batch-20 D-25) — doubtful
TERM	「健仔」
*PER	曾志健|邱宏達
LOC	荃灣
ORG	理大
ORG	區域法院
# a later 「健仔」 where he is shot: the person, PER without the marks — doubtful
PER	健仔
# 邱 standing alone for the man already named PER (a surname for the person)
PER	邱
PER	邱
# 本港 nothing
ORG	眾新聞
QUANT	28歲
ORG	律政司
PER	邱
DATE	10月1日
# a district before its street is a place chain, one LOC; 大河道北 (the road's north part) one LOC
LOC	荃灣海壩街
LOC	大河道北
LOC	鱟地坊
QUANT	18歲
DATE	10月1日
LOC	荃灣
QUANT	200名
LOC	海壩街
# 警方 nothing; 五名, 十名 nothing (Chinese numerals); 警長54243 (a badge number) nothing
LOC	鱟地坊
# the caption placeholder nothing; 雷明登布袋彈槍 → the maker ORG (a company's name for its product) — doubtful
ORG	雷明登
QUANT	14包
PER	潘熙
*TERM	「跑姿獨特」|「長短腳」
DATE	10月
DATE	11月
# 香港 inside the quoted plea counts
*LOC	香港
*PER	李志豪
DATE	10月15日
# 案件編號：DCCC485/2020 nothing (a court's case number, as batch 20's 第240/2026號案) — doubtful
""",
    "news-hk-qianhai-plan-chief-executive-column-2021": r"""
# 特首, 特區政府, 中央, 內地 nothing (as earlier HK gold), 大陸 nothing (batch-25 D-46); unmarked 十四五 / 十四五規劃綱要
# nothing (only the quoted “十四五” is a TERM); unmarked document names (深化前海開放方案, 施政報告) give the places
# inside them
DATE	2021年3月
DOC	《中華人民共和國國民經濟和社會發展第十四個五年規劃和2035年遠景目標綱要》
DATE	8月23日
ORG	國務院港澳事務辦公室
ORG	中央人民政府駐香港特別行政區聯絡辦公室
DATE	8月23日
DOC	《十四五規劃綱要》
ORG	政府新聞處
DATE	2021年9月7日
# 中共中央國務院 → two ORG (regex below)
DOC	《全面深化前海深港現代服務業合作區改革開放方案》
# 財政司司長 → the department
ORG	財政司
DATE	2019年
ORG	選委會
TERM	「政綱」
DATE	9月18日
# the screenshot credit 中央台 (CCTV) ORG
ORG	中央台
DATE	2021年9月18日
# 負責港澳事務 (a portfolio) → 港 + 澳 (港澳 is never one LOC)
LOC	港
LOC	澳
# 廣東深圳 a place chain, one LOC
LOC	廣東深圳
TERM	「良政善治」
DATE	2010年8月26日
# 深港合作先導區 (a designation) → 深 + 港 — doubtful; the plan's quoted goal (a clause) is no TERM, the entities in
# it count
LOC	深
LOC	港
DATE	2020年
LOC	亞太地區
DATE	2021年
LOC	亞太區
PER	溫家寶
PER	李嘉誠
# the zone's name without 前海 LOC — doubtful (深 + 港 the other reading)
LOC	深港現代服務業合作區
# 李先生 → 李 (a surname with a form of address); the container terminal LOC; 深圳貨運碼頭 → 深圳 (no terminal named)
PER	李
LOC	葵涌貨櫃碼頭
PER	李
LOC	港
LOC	深
DATE	2021年9月8日
LOC	深圳前海交易廣場
LOC	前海交易廣場
LOC	前海桂灣片區
QUANT	7.9萬平方米
QUANT	60萬平方米
ORG	新華社
DATE	2021年
DATE	2010年
# 粵港合作聯席會議 (a meeting) → 粵 + 港
LOC	粵
LOC	港
# 2010年施政報告 → the year; 93段 (a paragraph number) nothing
DATE	2010年
# the quoted policy address (no marks): 今年八月 → 八月 (Chinese numerals, 今年 outside); 三十年 nothing
DATE	八月
# the railway projects named in the text LOC whole (as named works, 引汉济渭) — doubtful (深 + 港 / 港 + 深 the other
# reading); 港深機場合作 → 港 + 深
LOC	深港機場連接鐵路
LOC	港
LOC	深
LOC	港深西部快速軌道
LOC	新界西北地區
LOC	粵
LOC	港
LOC	港深機場鐵路
DATE	2021年
LOC	洪水橋
# 約五百億元 nothing (Chinese numerals); 發展局局長 → the bureau, 行政會議召集人 → the council
ORG	發展局
ORG	行政會議
PER	梁振英
# the caption's 深港兩地政府 → 深 + 港 (regex below: a literal 深 would land in 深化)
LOC	洪水橋
# the photo credit 維基百科 ORG (a source, as agencies in credits) — doubtful
ORG	維基百科
DATE	2010年
LOC	中環
# 東方的曼哈頓灣區 → 曼哈頓
LOC	曼哈頓
# 立法會議員 → the council
ORG	立法會
# 廣東省省長 → the province (as 臺南市長 → 臺南市)
LOC	廣東省
LOC	粵
LOC	港
# inside the quoted speech: the nested quoted phrase TERM, 深圳前海 a place chain
TERM	『前店後廠』
LOC	深圳前海
# 港資, 外資 nothing (as 港人); 人民幣 alone nothing
QUANT	20%
DATE	2021年
LOC	深
LOC	港
# the academy's office one ORG (a division with its body); 處長 outside; 丁處長 → 丁
ORG	廣東省社會科學院科研處
PER	丁力
ORG	香港政府
TERM	「積極不作為」
PER	丁
DATE	2021年
DATE	2035年
LOC	港
LOC	澳
LOC	前海合作區
# 由…擴展至… (a change, not a range) → two QUANT
QUANT	14.92平方公里
QUANT	120.56平方公里
LOC	蛇口
# 大小南山 (大南山 and 小南山 written together) one LOC — doubtful
LOC	大小南山
LOC	會展新城
LOC	海洋新城
LOC	寶安中心
LOC	大鏟灣
LOC	前海區
LOC	港
LOC	澳
LOC	港
LOC	澳
LOC	港
LOC	澳
ORG	香港交易所
# 國際法律服務中心, 國際商事爭議解決中心 (to be built, named by kind) nothing
ORG	律師會
ORG	會計師會
ORG	保險聯會
ORG	深圳政府
LOC	數碼港
# the footnotes: sources with dates; newspapers in 《》 are the body, ORG without the marks
ORG	香港電台
DATE	2021年9月20日
DATE	2010年9月8日
ORG	成報
DATE	2010年8月9日
ORG	經濟日報
DATE	2010年9月6日
ORG	經濟觀察報
DATE	2010年12月22日
ORG	蘋果日報
ORG	眾新聞
TERM	「每周時事」
# the column's blurb: the quoted saying and slogans TERM; 三十多年 nothing
TERM	「民為重、君為輕」
TERM	「為人民服務」
TERM	「持續社會發展」
# recurring names (matches read one by one; a match inside a longer span is skipped)
*LOC	港(?=深機場的)
*LOC	深(?=港兩地政府)
*LOC	(?<=深)港(?=兩地政府)
*LOC	(?<=港)深(?=機場的)
*ORG	中共中央
*ORG	國務院
*ORG	港府
*ORG	中聯辦|港澳辦
*PER	林鄭月娥|黃柳權|駱惠寧|韓正|胡錦濤|曾蔭權|黃華華|熊永達
*LOC	粵港澳大灣區|粵港澳
*LOC	大灣區
*LOC	深圳
*LOC	前海
*LOC	香港
""",
}
