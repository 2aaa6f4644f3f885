"""Reading lists of the batch-4 DEV entity gold, annotator A (branch issue-e4da-s7); see build_batch4.py for
the line format and README-batch4-dev.md for the rules and the borderline decisions they follow. Written from
the text of tests/data/real/gold/<id>.json alone; the recogniser was never run, imported or read."""

LISTS = {
    "gw-sh-fire-inspection-2025": r"""
LOC	上海市
DOC	《中华人民共和国著作权法》
ORG	上海市住房和城乡建设管理委员会
ORG	上海市住房和城乡建设管理委员会
DOC	沪建质安〔2025〕173号
DOC	《中华人民共和国建筑法》
DOC	《中华人民共和国消防法》
DOC	《建设工程消防设计审查验收管理暂行规定》
DOC	住建部令第58号
DOC	《暂行规定》
DOC	《上海市建设工程消防设计审查验收管理办法》
DOC	沪住建规范〔2023〕18号
DOC	《管理办法》
DATE	2025年4月1日
ORG	住房城乡建设部
ORG	应急管理部
DOC	《消防技术服务机构从业条件》
DOC	应急〔2019〕88 号
ORG	住房城乡建设部
ORG	市建设工程安全质量监督总站
DOC	沪建质安联〔2023〕375号
DOC	沪建质安〔2024〕161号
ORG	市住房城乡建设管理委
DATE	2025年3月24日
*DOC	《[^》]+》
*TERM	“[^”]+”
""",
    "press-mo-tourism-expo-closing-2026": r"""
LOC	澳門
ORG	旅遊局
LOC	澳門
LOC	澳門
DATE	4月12日
LOC	澳門
ORG	文化和旅遊部
ORG	中央人民政府駐澳門特別行政區聯絡辦公室
ORG	中華人民共和國外交部駐澳門特別行政區特派員公署
ORG	澳門特別行政區政府旅遊局
ORG	澳門旅行社協會
LOC	粵港澳大灣區
LOC	中國
ORG	APEC
ORG	旅遊局
QUANT	670萬澳門元
LOC	澳門
ORG	旅遊局
DATE	2026
LOC	粵港澳大灣區
DOC	《灣區之翼•文旅新境》
DATE	2026
LOC	大灣區
LOC	澳門
TERM	“國際茶文化嘉年華2026—澳門”
LOC	澳門
ORG	旅遊局
DOC	《澳門旅遊吉祥物“麥麥”授權計劃》
ORG	APEC
LOC	澳門
ORG	APEC
ORG	APEC
TERM	“MITE X APEC集章護照”
TERM	“APEC一程多站”
TERM	“2026澳琴健康旅行家論壇”
LOC	橫琴粵澳深度合作區中醫藥文化體驗館
LOC	中亞
LOC	澳門
ORG	旅遊局
ORG	文化和旅遊部
LOC	中亞
ORG	中國文化中心
LOC	中亞
LOC	澳門
LOC	澳門
ORG	UFI
LOC	澳門
LOC	澳門
DATE	2021年
ORG	國際展覽業協會
ORG	UFI
LOC	澳門
LOC	澳門
LOC	澳門
ORG	Facebook
ORG	微信
*TERM	“[^”]+”
*LOC	澳(?=琴)
*LOC	(?<=澳)琴
*LOC	(?<=[來訪])澳(?!門)
*LOC	港(?=澳展區)
*LOC	(?<=港)澳(?=展區)
*QUANT	\d[\d.,]*(?:萬)?(?:多|餘)?(?:人次|平方米|澳門元|萬次|個|家|份|場|位|次|%|成)
""",
}
