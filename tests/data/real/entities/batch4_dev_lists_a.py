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
}
