"""Entities of a text written in the other script: the tuning dev documents converted by OpenCC.

The recogniser's contract keeps a document's spans identical in every *view* (it reads the
original and the views map the spans). This asks a different question: a document *written* in
Traditional characters (a Hong Kong or Taiwan page) against the same text in Simplified — do the
rules, word lists and gazetteers read both alike? Every tuning dev document of the scored batches
(``rule_reach.corpus_documents``: validation 13–16, held-out parts and fresh batches never
opened) with entity gold is scored strictly in its own script and converted (Simplified sources
by ``s2hk`` and ``s2tw``, Traditional ones by ``t2s``), against the same gold spans. OpenCC's
conversions used here keep a text's length, so the spans carry unchanged; a document whose length
changes is left out and counted.

Run: ``.venv/bin/python benchmarks/entity_script_stress.py [--json]`` (about a minute).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import opencc  # noqa: E402
from rule_reach import REAL, corpus_documents  # noqa: E402
from score_entities import prf, score  # noqa: E402

#: Kinds of split.tsv whose documents are written in Traditional characters.
TRADITIONAL_KINDS = {"news-hk", "news-tw", "press-mo", "press-tw", "gongwen-tw"}
TYPES = ("ORG", "LOC", "PER")


def tuning_documents(real: Path = REAL) -> tuple[list[tuple[str, dict]], list[tuple[str, dict]]]:
    """(Simplified, Traditional) tuning dev documents with entity gold, as (name, gold)."""
    kinds = {}
    for row in (real / "split.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        cells = row.split("\t")
        kinds[cells[0]] = cells[1]
    simplified, traditional = [], []
    for label, path in corpus_documents(real):
        if not label.startswith("dev-tuning:"):
            continue
        gold_path = real / "entities" / f"{path.stem}.json"
        if not gold_path.exists():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        side = traditional if kinds.get(path.name) in TRADITIONAL_KINDS else simplified
        side.append((path.name, gold))
    return simplified, traditional


def converted(docs: list[tuple[str, dict]], config: str) -> tuple[list[tuple[str, dict]], int]:
    """The documents whose text keeps its length under ``config``, converted; and how many did not."""
    converter = opencc.OpenCC(config)
    out, changed = [], 0
    for name, gold in docs:
        text = converter.convert(gold["text"])
        if len(text) != len(gold["text"]):
            changed += 1
            continue
        out.append((name, {**gold, "text": text}))
    return out, changed


def figures(docs: list[tuple[str, dict]]) -> dict[str, float]:
    """Strict F1, all types pooled and for ORG, LOC and PER."""
    counts = score([(name, "dev", gold) for name, gold in docs])
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    out = {"all": prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))[2]}
    out.update({ty: prf(tp[ty], fp[ty], fn[ty])[2] for ty in TYPES})
    return {k: round(v, 3) for k, v in out.items()}


def run() -> list[dict]:
    simplified, traditional = tuning_documents()
    rows = []
    for source, docs, config in (
        ("simplified", simplified, "s2hk"),
        ("simplified", simplified, "s2tw"),
        ("traditional", traditional, "t2s"),
    ):
        other, changed = converted(docs, config)
        kept = {name for name, _ in other}
        own = [(name, gold) for name, gold in docs if name in kept]
        rows.append(
            {
                "source": source,
                "conversion": config,
                "documents": len(own),
                "left_out": changed,
                "own_script": figures(own),
                "converted": figures(other),
            }
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the rows as JSON")
    args = parser.parse_args(argv)
    rows = run()
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    for r in rows:
        own, conv = r["own_script"], r["converted"]
        print(
            f"{r['source']:11} {r['conversion']:5} {r['documents']:4} documents "
            f"({r['left_out']} left out)  own script F1 {own['all']:.3f} "
            f"(ORG {own['ORG']:.3f} LOC {own['LOC']:.3f} PER {own['PER']:.3f})  converted F1 "
            f"{conv['all']:.3f} (ORG {conv['ORG']:.3f} LOC {conv['LOC']:.3f} PER {conv['PER']:.3f})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
