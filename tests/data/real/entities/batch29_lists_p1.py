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
}
