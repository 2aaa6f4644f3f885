"""Pass 2's BLIND reading lists for batch 32 (branch issue-e32p2-s21): written from the bare text of the
documents (split.tsv batch 32; the four held-out documents first, then the dev ones) without reading pass 1's
lists (branch issue-e32p1-s21) or pass 1's entity files. Same line format as the pass-1 lists ("TYPE<TAB>string"
in reading order; "*TYPE<TAB>regex" for recurring forms, applied after the ordered lines, in the order written,
never over an existing span). Build with reading_lists.Batch(batch32_blind_p2, ...).annotate. Not used by the
gold build. Left exactly as written blind, slips included, from the commit that says "lists complete" on.
"""

LISTS = {}
LISTS["news-cn-moh-surgery-rules-draft-big5-2009"] = r"""
ORG	衛生部
DOC	《變性手術技術管理規範徵求意見稿》
ORG	中央政府門戶網站
DATE	2009年06月16日
ORG	新華社
ORG	新華社
LOC	北京
DATE	6月16日
PER	周婷玉
ORG	衛生部醫政司
DATE	16日
DOC	《變性手術技術管理規範（徵求意見稿）》
QUANT	10年
QUANT	10年
QUANT	20張
QUANT	5年
DOC	《醫師執業證書》
QUANT	10年
QUANT	5年
QUANT	10例
QUANT	5年
QUANT	5年
QUANT	2年
QUANT	1年
QUANT	20歲
ORG	衛生部
PER	黃潔夫
ORG	衛生部
TERM	"一勞永逸"
TERM	“十一五”
DATE	3月10日
LOC	中國大陸
PER	劉艷丹
"""
LISTS["news-cn-xinhua-us-transgender-service-ban-2017"] = r"""
PER	特朗普
ORG	美众议院
ORG	新华网
DATE	2017-07-27
DATE	2017年7月26日
LOC	美国华盛顿
ORG	美国众议院
ORG	全国跨性别平等中心
PER	Mara Keisling
PER	特朗普
LOC	WASHINGTON, DC
DATE	JULY 26
LOC	U.S.
PER	Joe Kennedy
DATE	July 26, 2017
LOC	Washington, DC
LOC	U.S.
PER	Joe Kennedy
ORG	House
ORG	LGBT Equality Caucus
LOC	U.S.
PER	Donald Trump
PER	Justin Sullivan
ORG	Getty Images
DATE	2017年7月26日
LOC	美国华盛顿
ORG	美国众议院
ORG	全国跨性别平等中心
PER	Mara Keisling
PER	特朗普
LOC	英国
ORG	卫报
DATE	7月26日
LOC	美国
PER	特朗普
LOC	美国
PER	特朗普
ORG	推特
ORG	美国政府
ORG	美军
ORG	视觉中国
PER	何险峰
"""
LISTS["report-cn-liuhe-government-service-system-2021"] = r"""
LOC	柳河县
TERM	“政府围着企业转、企业有事马上办”
TERM	“妈妈式服务”
TERM	“无差别全科受理”
LOC	柳河县
TERM	“放管服”
TERM	“最多跑一次”
ORG	柳河县人民政府
LOC	中华大街勤政路299号
QUANT	6层
QUANT	6995平方米
QUANT	34个
QUANT	202人
QUANT	1305项
TERM	“最多跑一次”
QUANT	1293项
QUANT	99.08%
QUANT	8万余件
QUANT	1万余件
LOC	柳河县
TERM	“帮代办”
TERM	“承诺制”
TERM	“联席会”
TERM	“网上办”
PER	景俊海
LOC	柳河
TERM	“优秀县级政务大厅”
DATE	2020年
TERM	“青年文明号”
"""
LISTS["report-cn-renji-kidney-tumour-doctor-qa-2010"] = r"""
QUANT	4.5x4.4cm
DATE	3月19日
QUANT	1个
QUANT	6.0x4.0cm
ORG	上海仁济医院泌尿科
PER	陈勇辉
QUANT	4cm
QUANT	5年
QUANT	6x4cm
ORG	上海仁济医院泌尿科
PER	陈勇辉
ORG	上海仁济医院泌尿科
PER	陈勇辉
ORG	上海仁济医院泌尿科
PER	陈勇辉
QUANT	3000多块
DATE	2010年5月
PER	陈
QUANT	10多元
ORG	上海仁济医院泌尿科
PER	陈勇辉
QUANT	300万U
ORG	好大夫网
"""
