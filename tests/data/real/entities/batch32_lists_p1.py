"""Reading lists of the batch-32 entity gold, pass 1 (branch issue-e32p1-s21); see build_batch.py for the
line format and README-batch32.md for the rules and the borderline decisions they follow."""

LISTS = {
    "news-cn-moh-surgery-rules-draft-big5-2009": r"""
ORG	衛生部
DOC	《變性手術技術管理規範徵求意見稿》
# the portal ORG (中央政府门户网站, batch-8 pass-2 D-5), the domain nothing
ORG	中央政府門戶網站
DATE	2009年06月16日
ORG	新華社
# the dateline: the agency ORG, the city LOC, the day DATE
ORG	新華社
LOC	北京
DATE	6月16日
PER	周婷玉
# the ministry's department one ORG (as 商务部外资司)
ORG	衛生部醫政司
DATE	16日
DOC	《變性手術技術管理規範（徵求意見稿）》
QUANT	10年
# 三級甲等醫院, 倫理委員會, 衛生行政部門, the hospital's 變性手術技術臨床應用與倫理委員會 and 醫務處 generic (kinds every
# qualifying hospital must have) — the committee doubtful
QUANT	10年
QUANT	20張
QUANT	5年
DOC	《醫師執業證書》
QUANT	10年
QUANT	5年
QUANT	10例
QUANT	5年
# 當地公安部門 generic
QUANT	5年
QUANT	2年
QUANT	1年
QUANT	20歲
# the related links: ministry, vice-minister, the quoted words (ASCII quotes as “”), the plan period, the place
ORG	衛生部
PER	黃潔夫
ORG	衛生部
TERM	"一勞永逸"
TERM	“十一五”
DATE	3月10日
LOC	中國大陸
PER	劉艷丹
""",
    "news-cn-xinhua-us-transgender-service-ban-2017": r"""
PER	特朗普
# 美众议院 one ORG (a country before its national body, as 美国众议院 / 巴西衛生部)
ORG	美众议院
ORG	新华网
DATE	2017-07-27
DATE	2017年7月26日
# 美国华盛顿 one LOC (a place chain)
LOC	美国华盛顿
ORG	美国众议院
ORG	全国跨性别平等中心
PER	Mara Keisling
PER	特朗普
# the English caption: WASHINGTON, DC one LOC (one city's name) — doubtful; D-MA (party and state) nothing — doubtful
LOC	WASHINGTON, DC
DATE	JULY 26
LOC	U.S.
PER	Joe Kennedy
DATE	July 26, 2017
LOC	Washington, DC
LOC	U.S.
PER	Joe Kennedy
# the House (of Representatives) ORG, the caucus ORG
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
# 英国《卫报》 → LOC 英国 + ORG 卫报 (a news outlet in 《》 is the body)
LOC	英国
ORG	卫报
DATE	7月26日
LOC	美国
PER	特朗普
LOC	美国
PER	特朗普
ORG	推特
# the quoted tweet is speech: entities inside it count; 美国政府 one ORG (X國政府), 美军 one ORG (as 解放军)
ORG	美国政府
ORG	美军
ORG	视觉中国
PER	何险峰
""",
    "report-cn-liuhe-government-service-system-2021": r"""
LOC	柳河县
TERM	“政府围着企业转、企业有事马上办”
TERM	“妈妈式服务”
TERM	“无差别全科受理”
LOC	柳河县
TERM	“放管服”
TERM	“最多跑一次”
# the county government ORG, its hall (政务大厅, no name of its own) out — doubtful (the whole hall LOC the other reading);
# the address (street + road + number) one LOC
ORG	柳河县人民政府
LOC	中华大街勤政路299号
QUANT	6层
QUANT	6995平方米
# 一楼 … 六楼 nothing
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
# 县政务大厅 generic
TERM	“青年文明号”
""",
    "report-cn-renji-kidney-tumour-doctor-qa-2010": r"""
# 春节前 nothing (a holiday, 春节 in earlier gold); the item numbers 1，2， nothing
# a size with one unit written once one QUANT (values sharing one unit) — doubtful (no precedent for AxB)
QUANT	4.5x4.4cm
DATE	3月19日
QUANT	1个
QUANT	6.0x4.0cm
# the hospital's department one ORG (a department with its body, as 州医院药剂科); the doctor PER
ORG	上海仁济医院泌尿科
PER	陈勇辉
QUANT	4cm
QUANT	5年
QUANT	6x4cm
*ORG	上海仁济医院泌尿科
*PER	陈勇辉
# 半年左右 nothing (a duration); 3000多块 (块 for yuan, 多 inside)
QUANT	3000多块
DATE	2010年5月
# 陈大夫 → 陈 (a surname with a form of address)
PER	陈
QUANT	10多元
QUANT	300万U
ORG	好大夫网
""",
}
