"""Pass 2's BLIND reading lists for batch 8 (branch issue-e8p2-s10): written from the bare text of the
documents (split.tsv batch 8; the four held-out documents first, then the dev ones, shortest first) before
pass 1's lists (batch8_lists_p1.py, branch issue-e8p1-s10) or pass 1's entity files were opened; kept only as
the record of the agreement figure in README-batch8-pass2.md. Same line format as the pass-1 lists
("TYPE<TAB>string" in reading order; "*TYPE<TAB>regex" for recurring forms, applied after the ordered lines,
never over an existing span). Build with reading_lists.Batch(batch8_blind_p2, ...).annotate (see
agree_batch8.py). Not used by the gold build. Left exactly as written blind, slips included.
"""

LISTS = {}
LISTS["press-tw-tainan-noodle-sampling-2026"] = r"""
ORG	南市衛生局
QUANT	32件
ORG	衛生局
DATE	115年8月1日
ORG	臺南市政府衛生局
DATE	115年1月至7月
QUANT	32件
ORG	衛生局
ORG	衛生福利部食品藥物管理署
TERM	「食品添加物使用範圍及限量暨規格標準」
TERM	「苯甲酸」
DOC	《食品安全衛生管理法》
QUANT	新臺幣3萬元
QUANT	300萬元
ORG	衛生局
QUANT	7℃
TERM	「先進先出」
ORG	衛生局
PER	李翠鳳
ORG	衛生局
ORG	衛生局
"""
LISTS["news-hk-beijing-exchange-2021"] = r"""
LOC	北京
PER	習近平
DATE	2日
LOC	中國
ORG	北京證券交易所
LOC	上海
LOC	深圳
LOC	中國
LOC	中國
ORG	北京證券交易所
ORG	北京證券交易所
LOC	上海
LOC	深圳
DATE	2日
LOC	中國
ORG	中國證監會
DATE	2013年初
QUANT	7300間
QUANT	66間
DATE	9月10日
QUANT	500萬元
QUANT	100至200萬元
LOC	上海
ORG	深圳證券交易所
LOC	上海
LOC	深圳
QUANT	30%
*PER	習近平
*ORG	北交所
*ORG	中證監
*ORG	央視
"""
LISTS["wr-yunnan-2026"] = r"""
LOC	云南
LOC	云南
DATE	2026年
ORG	云南日报
DATE	2026-02-03
DATE	2026年1月28日
ORG	云南省第十四届人民代表大会
PER	王予波
ORG	省政协
TERM	“十四五”
DATE	2025年
PER	习近平
LOC	云岭
QUANT	3次
LOC	云南
QUANT	4次
QUANT	2次
LOC	云南
TERM	“十四五”
PER	习近平
LOC	中国
PER	习近平
LOC	云南
TERM	“三个定位”
TERM	“3815”
TERM	“三大经济”
TERM	“五化”
TERM	“三年上台阶”
TERM	“十四五”
LOC	中国
LOC	云南
QUANT	3万亿元
QUANT	4.7%
QUANT	1万美元
QUANT	16次
QUANT	1万个
QUANT	1万亿元
QUANT	26.7%
QUANT	52.1%
QUANT	39.8%
QUANT	65.1%
LOC	新昆楚大
LOC	临清
QUANT	40条
LOC	大保
LOC	丽香
LOC	弥蒙
QUANT	989公里
LOC	昆明长水国际机场
QUANT	5000万人次
LOC	德厚
LOC	阿岗
LOC	车马碧
QUANT	100亿立方米
TERM	“绿电+先进制造业”
LOC	乌东德
LOC	白鹤滩水电站
QUANT	1.7亿千瓦
QUANT	0.13千克
TERM	“西电东送”
QUANT	2万亿千瓦时
QUANT	7600亿元
QUANT	83%
QUANT	30.4%
LOC	滇中
QUANT	11.8%
QUANT	10.5%
QUANT	7.1倍
QUANT	7名
TERM	“两院”
QUANT	9个
QUANT	1个
QUANT	3年
QUANT	2户
QUANT	696万
LOC	腾冲
QUANT	134个
QUANT	15、22个百分点
QUANT	60%
QUANT	3倍
QUANT	85%
TERM	“有一种叫云南的生活”
LOC	云南
DATE	2025年
QUANT	550万
QUANT	83天
QUANT	3届
LOC	中国
QUANT	5%
QUANT	5700亿元
QUANT	122万次
QUANT	688.3万户
QUANT	162.5万户
QUANT	1.1倍
QUANT	1.7万亿元
TERM	“半壁江山”
"""
LISTS["reg-cn-mps-continued-questioning-2004"] = r"""
TERM	“以上”
TERM	“以内”
ORG	公安部
ORG	新疆生产建设兵团公安局
ORG	公安部
DATE	二○○四年十月一日
ORG	公安部
*DOC	《[^《》]+》
"""
