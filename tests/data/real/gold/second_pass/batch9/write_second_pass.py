"""Write the independent second annotator's batch-9 outlines.

Made like batches 3, 5, 6, 7 and 8 (see ../batch7/write_second_pass.py,
whose builder this reuses): each gold file's "text" field was printed with
line numbers and nothing else (the batch-9 gold files held only their text
at the commit this pass started from, 623299c), and this annotation was
written and committed before any batch-9 gold outline, spec or batch-9
note on the gold existed on this branch, without running the app's
outline, title, header or furniture code. The held-out four were
annotated and committed first. Headings are (line, cut, level): the
heading is the stripped line up to and including the first `cut` (a
run-in heading, rule 2), or the whole line; a tuple of lines is one
heading wrapped over several lines. Furniture is 1-based inclusive line
ranges; "subtitle" is a line number. This script only slices the text; it
runs none of the app's analysis.

Where the text alone could not decide, the source file (not the gold) was
read: the Macau release's two short lines are `<strong>` paragraphs.

Run: python tests/data/real/gold/second_pass/batch9/write_second_pass.py
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE.parents[1]

_spec = importlib.util.spec_from_file_location(
    "batch7_write_second_pass", HERE.parent / "batch7" / "write_second_pass.py"
)
_batch7 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_batch7)

P = "。"  # run-in headline closed by a full stop
C = "："  # run-in headline closed by a full-width colon
A = "条"  # an article heading is its marker only (rule 6)

ANNOTATION: dict[str, dict] = {
    # Held out.
    "decision-tw-fsc-mingtai-insurance-2025": {
        # An FSC 裁處書 whose parts are one numbered tier 一、–十一、. Every
        # sibling opens with a label closed by ： (「一、裁罰時間：」 …
        # 「七、主旨：」 … 「十一、注意事項：」), so by rules 1-3 (per tier,
        # all siblings alike) the tier is headings, each cut at its first ：
        # (rule 2), level 1. The labels 一、–七、 (the record's header
        # fields and 主旨) are headings only because they share the tier with
        # 事實/理由及法令依據/繳款方式/注意事項 (see README: the main call).
        # Under them: the (一)–(四) of 事實 and of 理由 are content
        # sentences (lists, rule 3); under 繳款方式 only 「繳款期限：」 has a
        # headline (a tie: a list, batch 3's reading); under 注意事項 two
        # provisions (a list). Title: the FSC site's summary line (batch 3).
        # Header: 裁罰時間 is the decision's date; the 受處分人 is the party
        # the decision addresses as 貴公司 (no 正本 line here, which gave
        # `addressees` in batches 3 and 4); no 文號, no 發文機關 line, no 副本.
        "title": 1,
        "headings": [(n, C, 1) for n in (4, 5, 6, 7, 8, 9, 10, 11, 16, 21, 24)],
        "furniture": [],
        "document": {"date": "114年5月15日", "addressees": "明台產物保險股份有限公司"},
    },
    "gw-cn-xinjiang-innovation-zones-reply-2018": {
        # A 国务院 批复. Title wrapped over lines 1-3 above the 文号, joined.
        # 一、–四、 are provisions (「一、同意…」, 「四、新疆…要加强组织领导…」)
        # with no headline lead: a list (rule 3), so no headings. Addressees
        # as the line reads without its ：; signature, date and the
        # 「（此件公开发布）」 note as in batch 1's 国务院 documents.
        "title": (1, 2, 3),
        "headings": [],
        "furniture": [],
        "document": {
            "issuer": "国务院",
            "number": "国函〔2018〕145号",
            "addressees": "科技部、新疆维吾尔自治区人民政府、新疆生产建设兵团",
            "signatory": "国务院",
            "date": "2018年11月23日",
            "note": "（此件公开发布）",
        },
    },
    "press-mo-ipim-nansha-car-export-2026": {
        # Two bold one-line subheads (<strong> paragraphs in the source),
        # level 1, kept with their inner space; no caption block.
        "title": 1,
        "headings": [(3, None, 1), (5, None, 1)],
        "furniture": [],
        "document": {},
    },
    "wr-inner-mongolia-2026": {
        # The library mirror's page, as batches 4-7's reports: 下载…】
        # (1-9) and 来源/时间 (12-13) are furniture, and so is the photo
        # caption (15, 「…作政府工作报告。本报记者 韩卿立 摄」). Title line 10,
        # the occasion line 11 as subtitle, the speaker line 14 as
        # `speaker`. The part title 「“十四五”时期发展成就和2025年工作回顾」
        # stands alone on its line before body (the cut keeps no 一、):
        # a level-1 headline (rule 4). The six 「——这五年…。」 leads open
        # paragraphs and run on: body (rule 5).
        "title": 10,
        "subtitle": 11,
        "headings": [(18, None, 1)],
        "furniture": [[1, 9], [12, 13], [15, 15]],
        "document": {
            "speaker": "自治区人民政府主席 包钢",
            "occasion": "内蒙古自治区第十四届人民代表大会第五次会议",
            "date": "2026年2月4日",
        },
    },
}


def build(doc_id: str, spec: dict) -> dict:
    """One second-pass outline from its line-based annotation (batch 7's builder)."""
    return _batch7.build(doc_id, spec)


def main() -> None:
    """Write one <id>.json per annotated document beside this script."""
    for doc_id, spec in ANNOTATION.items():
        out = build(doc_id, spec)
        text = json.loads((GOLD / f"{doc_id}.json").read_text(encoding="utf-8"))["text"]
        for value in out["document"].values():
            for v in value if isinstance(value, list) else [value]:
                assert v in text, (doc_id, v)
        for h in out["headings"]:
            assert h["text"], (doc_id, h)
        (HERE / f"{doc_id}.json").write_text(
            json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )


if __name__ == "__main__":
    main()
