"""Reading lists of the batch-24 entity gold, pass 1 (branch issue-e24p1-s19); see build_batch.py for the
line format and README-batch24.md for the rules and the borderline decisions they follow."""

LISTS = {
    "gw-tw-moi-guardianship-rules-draft-notice-2010": r"""
# every title or term in 「」 TERM (laws in 「」 are TERM in earlier gold, batch 19)
*TERM	「[^」]+」
ORG	內政部
ORG	內政部
DATE	中華民國99年3月8日
# the document number DOC (as 金管保壽字第…號, batch 19)
DOC	台內社字第0990032784號
# unmarked law names and article numbers nothing (行政程序法第154條第1項)
ORG	內政部
# 10日內 → 10日 (day counts QUANT, second edition: 7日内 → 7日); 本部 alone generic
QUANT	10日
ORG	內政部社會司
# the address runs to the room (as 台北市民生東路3段156號4樓)
LOC	臺北市中正區徐州路5號5樓505室
PER	江宜樺
DATE	九十七年一月二十九日
DATE	九十八年十一月二十三日
DATE	九十八年七月八日
""",
    "news-cn-world-cup-night-consumption-2026": r"""
# quoted formulas and quoted event / campaign names TERM (as in the Yangpu plan); the two quoted speeches not
*TERM	“[^”]{1,20}”
# the newspaper in 《》 → ORG without the marks (news outlet in title marks, as 《第一财经日报》)
*ORG	(?<=《)证券日报(?=》)
# 北京时间 → LOC 北京 (D-49, batch 21)
LOC	北京
DATE	6月12日
DATE	2026年
# 美加墨 → 美 + 加 + 墨 (coordinations split, as 中美 → 中 + 美)
LOC	美
LOC	加
LOC	墨
LOC	北京
QUANT	104场
QUANT	39个
QUANT	48支
# a company's department with its company one ORG (as a branch written with its company)
ORG	中海远洋运输集团电商发展部
PER	姚凯
ORG	麦当劳
ORG	FIFA
ORG	国际足球联合会
ORG	FIFA
ORG	北京元隆雅图文化传播股份有限公司
DATE	2026年
LOC	美
LOC	加
LOC	墨
ORG	聚星动力
# 阿根廷、葡萄牙、法国、西班牙国家足球队: the team ORG whole where written whole, the elided ones as countries — doubtful
LOC	阿根廷
LOC	葡萄牙
LOC	法国
ORG	西班牙国家足球队
PER	梅西
ORG	中国消费品牌数据智库
PER	贾艺强
PER	贾艺强
# a street chain one LOC; the bar as a business ORG (its 实控人) — doubtful (LOC, as 美高梅娛樂場, the other reading)
LOC	北京留学路小吃街
ORG	麦芽酒馆
ORG	麦芽酒馆
PER	李志辉
PER	李志辉
LOC	北美
LOC	北京
LOC	上海
TERM	“精彩夜上海”
# the unquoted event name gives its place
LOC	上海
QUANT	200项
LOC	浦东新区
# the mall as the one that acts (以…为主题，推出; 相关负责人) ORG — doubtful (LOC the other reading)
ORG	上海环球港
ORG	上海环球港
DATE	6月份
DATE	6月6日
TERM	“雄安奥特莱斯·喝彩世界杯文化艺术节”
# the outlet mall as the venue (在…拉开帷幕) LOC
LOC	雄安奥特莱斯
DATE	8月31日
ORG	中国服务贸易协会可持续商业与创新工作委员会
PER	洪涛
LOC	北美
PER	洪涛
""",

}
