"""Write the independent second annotator's batch-7 outlines.

Made like batches 3, 5 and 6 (see ../batch5/write_second_pass.py, whose
builder this reuses): each gold file's "text" field was printed with line
numbers and nothing else, and this annotation was written and committed
before the batch-7 gold's other fields, its specs or the batch-7 notes
were opened (one slip, recorded in README.md: a listing of the regulations'
header fields also printed the held-out regulation's). The held-out four
were annotated first. Headings are (line, cut, level): the heading is the
stripped line up to and including the first `cut` (a run-in heading, rule
2), or the whole line; a tuple of lines is one heading wrapped over several
lines. Furniture is 1-based inclusive line ranges; "subtitle" is a line
number. This script only slices the text; it runs none of the app's
analysis.

Where the text alone could not decide, the source file (not the gold) was
read: the 眾新聞 column's two captions are `<figcaption>`s (the second one
reads like a body sentence), and the Macau release's two subheads are
`<strong>` paragraphs.

Run: python tests/data/real/gold/second_pass/batch7/write_second_pass.py
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE.parents[1]

_spec = importlib.util.spec_from_file_location(
    "batch5_write_second_pass", HERE.parent / "batch5" / "write_second_pass.py"
)
_batch5 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_batch5)

P = "。"  # run-in headline closed by a full stop
C = "："  # run-in headline closed by a full-width colon
A = "条"  # an article heading is its marker only (rule 6)

ANNOTATION: dict[str, dict] = {
    # Held out.
    "news-hk-legco-october-session-2020": {
        # A column with no subheads: both <figcaption>s (line 7 reads like
        # a body sentence but is the second image's caption), the
        # subscription footer and the columnist's card are furniture; the
        # columnist is the reporter (batch 3's 眾新聞 column).
        "title": 1,
        "headings": [],
        "furniture": [[2, 2], [7, 7], [11, 15]],
        "document": {"reporter": "顧書維"},
    },
    "press-mo-hotel-trainee-scheme-2026": {
        # Two bold one-line subheads (the second split over two <strong>
        # runs); no caption block in this release.
        "title": 1,
        "headings": [(3, None, 1), (6, None, 1)],
        "furniture": [],
        "document": {},
    },
    "reg-cn-mohrss-paid-leave-2008": {
        # No chapters: every line-initial 第X条 is level 1, headed by its
        # marker (rule 6). The adoption line is not parenthesised, so it is
        # neither subtitle nor furniture (batch 2's local regulations); it
        # gives issuer and date. The commencement article names no date
        # (「自发布之日起施行」), so there is no `effective` value to find.
        "title": 1,
        "headings": [
            (n, A, 1)
            for n in (4, 5, 6, 7, 8, 10, 11, 12, 13, 14, 16, 19, 22, 23, 25, 27, 28, 30, 31)
        ],
        "furniture": [[3, 3]],
        "document": {"issuer": "人力资源和社会保障部", "date": "2008年7月17日"},
    },
    "wr-beijing-2026": {
        # An excerpt: the report's opening up to the first 一是 paragraph.
        # 「一年来，主要做了以下工作。」 and the 一是 lead are body (rule 5).
        "title": 10,
        "subtitle": 11,
        "headings": [(18, None, 1)],
        "furniture": [[1, 9], [12, 13], [15, 15]],
        "document": {
            "speaker": "北京市市长 殷勇",
            "occasion": "北京市第十六届人民代表大会第四次会议",
            "date": "2026年1月25日",
        },
    },
}


def build(doc_id: str, spec: dict) -> dict:
    """One second-pass outline from its line-based annotation (batch 5's builder)."""
    return _batch5.build(doc_id, spec)


def main() -> None:
    """Write one <id>.json per annotated document beside this script."""
    for doc_id, spec in ANNOTATION.items():
        out = build(doc_id, spec)
        text = json.loads((GOLD / f"{doc_id}.json").read_text(encoding="utf-8"))["text"]
        for value in out["document"].values():
            for v in value if isinstance(value, list) else [value]:
                assert v in text, (doc_id, v)
        (HERE / f"{doc_id}.json").write_text(
            json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )


if __name__ == "__main__":
    main()
