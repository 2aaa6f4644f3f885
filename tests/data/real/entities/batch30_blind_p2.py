"""Pass 2's BLIND reading lists for batch 30 (branch issue-e30p2-s20): written from the bare text of the
documents (split.tsv batch 30; the four held-out documents first, then the dev ones) without reading pass 1's
lists (branch issue-e30p1-s20) or pass 1's entity files. Same line format as the pass-1 lists ("TYPE<TAB>string"
in reading order; "*TYPE<TAB>regex" for recurring forms, applied after the ordered lines, in the order written,
never over an existing span). Build with reading_lists.Batch(batch30_blind_p2, ...).annotate. Not used by the
gold build. Left exactly as written blind, slips included, from the commit that says "lists complete" on.
"""

LISTS = {}
LISTS["gw-sh-heritage-renewal-fund-measures-2024"] = r"""
DOC	《中华人民共和国著作权法》
DOC	《上海市历史风貌保护及城市更新资金管理办法》
DOC	《上海市城市更新条例》
DOC	《中共上海市委办公厅 上海市人民政府办公厅印发〈关于深入实施城市更新行动加快推动高质量发展的意见〉的通知》
DOC	《上海市历史风貌保护及城市更新资金管理办法》
ORG	上海市财政局
DATE	2024年8月20日
TERM	“资金”
DOC	《上海市城市更新条例》
DOC	《中共上海市委办公厅 上海市人民政府办公印发〈关于深入实施城市更新行动加快推动高质量发展的意见〉的通知》
LOC	闸北
QUANT	80%
QUANT	20000元
QUANT	50%
QUANT	40%
ORG	中国人民银行
QUANT	2个百分点
QUANT	5年
TERM	“先付息，后补贴”
TERM	“1030799其他国有资源（资产）有偿使用收入”
ORG	市土地储备成本认定小组
DATE	10月底
DOC	《财政部关于印发〈城镇保障性安居工程贷款贴息办法〉的通知》
DOC	财综〔2014〕76号
DATE	2024年7月1日
DOC	《上海市历史风貌保护及城市更新专项资金管理办法》
DOC	沪财发〔2018〕7号
*ORG	[市区]财政局
*ORG	市房管局
*LOC	黄浦|杨浦|虹口|静安|普陀|金山|奉贤|崇明
"""
LISTS["news-cn-anhui-gdp-four-trillion-2022"] = r"""
ORG	新浪财经
ORG	新浪财经
ORG	新浪财经
DATE	27 Jan 2022
ORG	时代周报
ORG	时代数据
ORG	安徽省统计局
TERM	“总量居中、人均落后”
TERM	“总量居前、人均居中”
ORG	安徽省委
PER	郑栅洁
DATE	1月初
ORG	经济日报
TERM	“蛋糕”
TERM	“答卷”
TERM	“四万亿元”
LOC	中国
ORG	WTO
LOC	合肥
ORG	中国科学院量子信息与量子科技创新研究院
DATE	2013
TERM	“十强”
ORG	时代周报
TERM	“十四五”
TERM	“十四五”
TERM	“进阶”
TERM	“里子”
ORG	江淮
ORG	大众
LOC	新桥智能电动汽车产业园
ORG	蜂巢新能源
TERM	“争先进位”
ORG	安徽省统计局
ORG	大众
ORG	蔚来
ORG	江淮
ORG	奇瑞
ORG	工信部
TERM	“小巨人”
TERM	“土里土气”
LOC	江淮
TERM	“科里科气”
DATE	12月23日
LOC	江淮
LOC	中原
LOC	江淮
ORG	时代周报
TERM	“退无可退、背水一战”
ORG	安徽省政府
LOC	长三角
LOC	合肥都市圈
LOC	皖江城市带
LOC	大别山革命老区
LOC	沪
LOC	苏
LOC	浙
LOC	江
LOC	浙
LOC	沪
TERM	“左右逢源”
LOC	华东
*DATE	(?:19|20)\d\d年(?:第四季度|一季度|前三季度)?
*QUANT	[\d.]+(?:万美元|美元|万亿元|亿元|万亿|亿|万|%|个百分点|倍|公里|家|批|个|年)
*LOC	安徽省?|上海|合肥|芜湖|杭州|南京|长江|淮河|皖北|皖中|皖南|宿州|大别山|六安|蚌埠|淮南
"""
LISTS["reg-cn-sfda-gac-drug-import-measures-2003"] = r"""
DATE	2003年8月18日
ORG	食品药品监管局
ORG	海关总署
DOC	第4号令
DATE	2004年1月1日
LOC	中国
QUANT	12个月
QUANT	12个月
QUANT	6个月
*DOC	《[^》]+》
*ORG	国家食品药品监督管理局|海关总署|国务院
"""
LISTS["report-cn-fx-hedging-small-currencies-2026"] = r"""
TERM	“工具箱”
LOC	东南亚
LOC	泰国
LOC	印尼
LOC	东南亚
LOC	安徽
PER	钱
PER	钱
TERM	“防火墙”
LOC	欧
LOC	美
PER	张
DATE	2026年
DATE	2025年
QUANT	1.9万亿美元
QUANT	30%
ORG	中信银行合肥分行
PER	陈兆宇
LOC	安徽
ORG	中信银行合肥分行
PER	陈兆宇
QUANT	30户
LOC	湖南省
LOC	非
ORG	长沙银行
QUANT	100%
ORG	长沙银行总行金融市场部
ORG	国家外汇管理局
QUANT	4个月
QUANT	22%
QUANT	33.6%
DATE	2025年
QUANT	3.7个百分点
DATE	2026年初
ORG	外汇交易中心
ORG	上海清算所
QUANT	2年
TERM	“更能、更好”
PER	陈兆宇
ORG	国家外汇局
TERM	“更好”
"""
