"""Pass 2's BLIND reading lists for batch 29 (branch issue-e29p2-s20): written from the bare text of the
documents (split.tsv batch 29; the four held-out documents first, then the dev ones) without reading pass 1's
lists (branch issue-e29p1-s20) or pass 1's entity files. Same line format as the pass-1 lists ("TYPE<TAB>string"
in reading order; "*TYPE<TAB>regex" for recurring forms, applied after the ordered lines, in the order written,
never over an existing span). Build with reading_lists.Batch(batch29_blind_p2, ...).annotate. Not used by the
gold build. Left exactly as written blind, slips included, from the commit that says "lists complete" on.
"""

LISTS = {}
LISTS["news-cn-junlian-water-ppp-study-visit-2018"] = r"""
LOC	兴文县
LOC	江安县
PER	郭创峰
PER	郭创峰
LOC	筠连
LOC	筠连
LOC	筠连
DATE	12月1日
PER	郭创峰
ORG	筠连县三川水务投资有限责任公司
LOC	王家沟水库
PER	郭创峰
LOC	王家沟水库
PER	郭创峰
"""
LISTS["news-hk-social-welfare-subsector-election-loss-2021"] = r"""
TERM	「唯一民主派」
PER	周賢明
ORG	選委會
ORG	選委會
ORG	選委會
TERM	「唯一民主派」
ORG	西貢區議會
PER	周賢明
QUANT	37票
PER	周賢明
ORG	選委會
ORG	立法會
ORG	西貢區議會
PER	周賢明
ORG	選委會
PER	黎家威
TERM	「無票可拉」
PER	周賢明
PER	周賢明
TERM	「天真咗」
TERM	「牌面算高」
PER	周賢明
TERM	「無票可拉」
PER	周賢明
ORG	港大社工系
PER	陳麗雲
ORG	社聯
PER	陳文宜
QUANT	7名
PER	周賢明
ORG	選委會
PER	周賢明
TERM	「完善制度」
PER	周賢明
TERM	「花瓶」
TERM	「花瓶」
PER	周賢明
ORG	立法會
ORG	選委會
ORG	選委會
ORG	立會
PER	周賢明
ORG	選委會
ORG	選委會
TERM	「清一色」
ORG	立法會
ORG	立法會
PER	周賢明
"""
LISTS["press-mo-social-affairs-secretary-mourns-kiang-wu-director-2026"] = r"""
ORG	社會文化司
PER	柯嵐
PER	梁秀珍
LOC	澳門
ORG	鏡湖慈善會
ORG	鏡湖醫院
PER	梁秀珍
ORG	社會文化司
PER	柯嵐
PER	梁秀珍
PER	梁秀珍
LOC	澳
DATE	一九三九年
ORG	鏡湖護校
LOC	澳門
LOC	濠江
ORG	鏡湖
PER	梁秀珍
ORG	鏡湖慈善會
ORG	鏡湖醫院
LOC	澳門
ORG	鏡湖醫院
PER	梁秀珍
LOC	澳門
ORG	全國政協
ORG	澳門特別行政區籌備委員會
LOC	澳門
LOC	澳門
LOC	澳門
TERM	“一國兩制”
ORG	社會文化司
LOC	澳
LOC	澳
LOC	澳門
"""
LISTS["press-tw-vice-president-kaohsiung-social-housing-2026"] = r"""
LOC	橋新安居B
LOC	橋新‧安居B
PER	蕭美琴
DATE	今（2）日
LOC	高雄
LOC	橋新‧安居B
LOC	橋新‧安居B
TERM	「百萬租屋家庭支持計畫」
LOC	臺灣
PER	賴
TERM	「百萬租屋家庭支持計畫」
LOC	橋新安居B
LOC	高雄
LOC	旗山糖廠社區綠色照顧站
LOC	橋頭
LOC	岡山
LOC	高雄
TERM	「產子」
LOC	花蓮
ORG	內政部
PER	劉世芳
PER	許智傑
PER	李昆澤
PER	邱志偉
LOC	高雄市
PER	林欽榮
ORG	國家住宅及都市更新中心
PER	花敬群
ORG	台灣糖業協會
PER	陳昱凱
"""
