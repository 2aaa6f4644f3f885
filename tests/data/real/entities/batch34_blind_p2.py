"""Pass 2's BLIND reading lists for batch 34 (branch issue-e34p2-s21): written from the bare text of the
documents (split.tsv batch 34; the four held-out documents first, then the dev ones) without reading pass 1's
lists (branch issue-e34p1-s21) or pass 1's entity files. Same line format as the pass-1 lists ("TYPE<TAB>string"
in reading order; "*TYPE<TAB>regex" for recurring forms, applied after the ordered lines, in the order written,
never over an existing span). Build with reading_lists.Batch(batch34_blind_p2, ...).annotate. Not used by the
gold build. Left exactly as written blind, slips included, from the commit that says "lists complete" on.
"""

LISTS = {}
LISTS["gw-cn-state-council-office-private-fund-opinion-2026"] = r"""
ORG	国办
ORG	国务院办公厅
DOC	国办函〔2026〕54号
ORG	国务院
ORG	国务院
PER	习近平
LOC	中国
ORG	中央纪委
LOC	中国
LOC	中国
TERM	“名股实债”
TERM	“一类一策”
"""
LISTS["news-cn-chinasoft-qingdao-cloud-park-2017"] = r"""
ORG	中软国际
LOC	青岛
DATE	2017-05-19
DATE	5月17日
LOC	山东青岛红岛经济区
TERM	“领航中心湾区，共谋创新发展”
DATE	2017年
ORG	中软国际
LOC	青岛
ORG	腾讯
LOC	青岛市高新区
TERM	“2311”
ORG	中软国际
LOC	青岛高新区
ORG	中软国际
LOC	青岛
TERM	“云上软件园”
ORG	中国服务外包培训中心
LOC	中国
LOC	山东
LOC	青岛国际软件科技园
LOC	青岛
ORG	青岛市政府
LOC	红岛经济区
ORG	中软国际
ORG	互联网ITS集团
PER	童强
ORG	中软国际
LOC	中国
DATE	2016年
QUANT	66亿人民币
ORG	中软国际
TERM	“奋斗为本，成就客户，创造分享，共同成长”
ORG	技术与专业服务集团
ORG	互联网IT服务集团
ORG	技术与专业服务集团
ORG	互联网IT服务集团
ORG	中软国际
TERM	“互联网+创业孵化器”
LOC	青岛市
"""
LISTS["news-cn-xinhua-rule-of-law-work-instruction"] = r"""
PER	习近平
PER	习近平
LOC	中国
PER	赵乐际
PER	丁薛祥
ORG	新华社
LOC	北京
DATE	11月18日
ORG	中共中央
ORG	中央军委
PER	习近平
ORG	党中央
TERM	“四个全面”
LOC	中国
LOC	中国
PER	习近平
LOC	中国
LOC	中国
LOC	中国
PER	习近平
LOC	中国
DATE	11月17日至18日
LOC	京
ORG	中共中央政治局
ORG	全国人大常委会
PER	赵乐际
ORG	中共中央政治局
"""
LISTS["report-cn-sichuan-tieke-company-profile"] = r"""
ORG	四川铁科建设监理有限公司
DATE	1993年
ORG	中国建设监理协会
ORG	中国土木工程协会
ORG	四川省建设监理协会
LOC	中国
QUANT	20年
LOC	四川省
LOC	四川省
LOC	成都市
ORG	四川铁科建设监理有限公司
DATE	1997年5月
ORG	建设部
DATE	2001年2月
ORG	铁道部
DATE	2009年11月
DATE	2015年5月
ORG	四川铁科建设监理有限公司
ORG	四川铁科建设监理有限公司
TERM	“勇于跨越，追求卓越”
TERM	“诚信敬业，共建共享”
TERM	“创新创效，优质发展”
TERM	“奉献精品，服务民生”
TERM	“严格监理，公平公正，优好合作，真诚守信”
ORG	四川铁科建设监理有限公司
"""
