"""Pass 2's BLIND reading lists for batch 7 (branch issue-e7p2-s9): written from the bare text of the
documents (split.tsv batch 7; the four held-out documents first, then the dev ones, shortest first) before
pass 1's lists (batch7_lists_p1.py, branch issue-e7p1-s9) or pass 1's entity files were opened; kept only as
the record of the agreement figure in README-batch7-pass2.md. Same line format as the pass-1 lists
("TYPE<TAB>string" in reading order; "*TYPE<TAB>regex" for recurring forms, applied after the ordered lines,
never over an existing span). Build with reading_lists.Batch(batch7_blind_p2, ...).annotate (see
agree_batch7.py). Not used by the gold build. Left exactly as written blind, slips included.
"""

LISTS = {}
LISTS["news-hk-legco-october-session-2020"] = r"""
DATE	十月
PER	周滿鏗
DATE	十月
ORG	臨時立法會
ORG	立法會
TERM	「有權用盡」
DATE	十月
ORG	第五屆立法會
DOC	《2019年差餉（修訂）條例草案》
DOC	《2019年吸煙（公眾衞生）（修訂）條例草案》
DOC	《2018年廢物處置（都市固體廢物收費）（修訂）條例草案》
DOC	《專營的士服務條例草案》
PER	林鄭月娥
LOC	香港
LOC	香港
TERM	「畫面」
TERM	「安寧」
ORG	立法會
ORG	眾新聞
TERM	「每周時事」
PER	顧書維
PER	顧書維
PER	顧書維
LOC	英倫
"""
LISTS["press-mo-hotel-trainee-scheme-2026"] = r"""
ORG	勞工局
ORG	羅斯福
DATE	6月12日
ORG	勞工事務局
ORG	勞工局
ORG	澳門羅斯福酒店有限公司
ORG	羅斯福
TERM	“酒店營運培訓生計劃”
TERM	“計劃”
TERM	“先入職、後培訓”
DATE	12日
QUANT	20個
QUANT	20個
TERM	“酒店營運培訓生＂
ORG	羅斯福
LOC	YOHO荷里活羅斯福酒店
LOC	金銀島酒店
QUANT	3個月
TERM	“前堂服務員”
TERM	“管家服務員”
TERM	“訂房協調員”
TERM	“市場協調員”
QUANT	3個月
TERM	“酒店營運培訓生”
TERM	“部門副主任”
DATE	6月12日
ORG	勞工局
DATE	6月12日至21日
ORG	羅斯福
DATE	7月1日
ORG	勞工局就業廳
PER	陳
ORG	羅斯福人力資源部
"""
LISTS["reg-cn-mohrss-paid-leave-2008"] = r"""
DATE	2008年7月17日
ORG	人力资源和社会保障部
DOC	《职工带薪年休假条例》
LOC	中华人民共和国
QUANT	12个月
ORG	国务院
QUANT	1整天
QUANT	365天
QUANT	1个年度
QUANT	300%
QUANT	21.75天
QUANT	12个月
QUANT	12个月
QUANT	1整天
QUANT	365天
ORG	国务院
DOC	《中华人民共和国船员条例》
TERM	“年度”
"""
LISTS["wr-beijing-2026"] = r"""
DATE	2026年
LOC	北京市
DATE	2026年1月25日
ORG	北京市第十六届人民代表大会
ORG	北京日报
DATE	2026-02-02
LOC	北京市
PER	殷勇
PER	殷勇
PER	戴冰
ORG	北京市人民政府
ORG	市政协
DATE	2025年
DATE	2025年
TERM	“十四五”
PER	习近平
LOC	中国
QUANT	80周年
DATE	2025年
LOC	中国
LOC	北京
LOC	北京
PER	习近平
PER	习近平
ORG	党中央
ORG	中共北京市委
ORG	市人大
PER	习近平
LOC	中国
PER	习近平
LOC	北京
TERM	“四个中心”
TERM	“四个服务”
TERM	“五子”
ORG	市十六届人大
QUANT	5.2万亿元
QUANT	5.4%
QUANT	0.4个百分点
QUANT	4.8%
QUANT	4.1%
QUANT	4.4%
LOC	中国
QUANT	80周年
LOC	北京
LOC	国家会议中心二期
LOC	首都国际会展中心
TERM	“疏整促”
QUANT	104家
QUANT	2049万平方米
QUANT	2006户
ORG	北京工业大学房山校区
ORG	北京儿童医院亦庄院区
LOC	雄安新区
ORG	中国中化
ORG	中国华能
LOC	雄安
LOC	雄安新区中关村科技园
QUANT	132家
LOC	京雄快线
LOC	京雄城际
TERM	“三校一院”
LOC	东六环入地改造工程
LOC	北京通州站
ORG	首旅集团
LOC	京津冀
LOC	通州区与北三县一体化高质量发展示范区
LOC	白庙南北检查站
LOC	京津合作示范区
LOC	天津滨海-中关村科技园
QUANT	689家
LOC	北京
LOC	津冀
QUANT	996亿元
QUANT	18.1%
QUANT	36项
LOC	京唐城际铁路
LOC	承平高速
QUANT	308个
"""
