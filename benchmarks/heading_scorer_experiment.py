"""A small learned heading scorer stacked on the outline rules (issue #12, session 21, task y21).

Question: does a little statistics, trained on dev gold, carry to text it was not trained on
where outline rules written on read batches did not? Candidates are the outline's own lines
(``gui.core.outline``'s line splitting: fused and wrapped lines cut and joined as the rules see
them; title, header and furniture lines left out): every line the rules make a heading (with the
rules' heading text) and every other line of heading-like shape (numbered, at most 30
characters, or not ending in a sentence mark; 120 at most), plus the pieces a line opens with
(its number alone before an article's text, its first sentence, a label before a colon). Each
gets sparse binary features — length, last character's class, numbering shape and its place in
the document's sequence of that shape, the neighbours' lengths and ends, blank lines around,
position, repeats, the source format and its heading marks, the rules' decision and level —
each also joined with the candidate's kind (rule heading, line, piece). A logistic regression
(stochastic gradient descent, pure Python) scores them; a rule heading scored under the drop
threshold is dropped, the best candidate of a line scored over the add threshold is added.

Splits (dev only; no held-out document is opened): train on dev batches 1-12 and 17-27, choose
the thresholds (and ``--l2``) on dev 28-31, report on dev 13-16 (scores only) and on the two
outline check sets, each against the rules alone, matched as ``score_outline.py`` matches.
``--as-text`` runs the same on each document's text read back as plain text; ``--standalone``
scores the model without the rules (no rule feature, no rule heading kept). The result,
negative, is in docs/outline.md ("A learned heading scorer").

Run: ``PYTHONPATH=. .venv/bin/python benchmarks/heading_scorer_experiment.py [--as-text]
[--standalone] [--l2 0.001] [--save FILE]``.
"""

from __future__ import annotations

import argparse
import bisect
import csv
import json
import math
import random
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from gui.core.decoding import DecodedSource  # noqa: E402
from gui.core.loading import read_source  # noqa: E402
from gui.core.numbering import numbered  # noqa: E402
from gui.core.outline import _chapter_article_runs, _split_lines  # noqa: E402
from gui.core.outline_annexes import issued_titles  # noqa: E402
from gui.core.reading import document_from_source, read_document  # noqa: E402

REAL = ROOT / "tests" / "data" / "real"
TRAIN = [*range(1, 13), *range(17, 28)]
THRESHOLD = [28, 29, 30, 31]
VALIDATION = [13, 14, 15, 16]

_SENTENCE_END = "。！？!?…"
_CLAUSE_END = "；;，,、"
_COLON = "：:"
_CLOSE = '）)」』】》"”’'


def normalise(text: str | None) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or ""))


def dev_files(batches: list[int]) -> list[str]:
    """Dev file names of ``batches`` (split.tsv; held-out rows are never returned)."""
    with (REAL / "split.tsv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    wanted = {str(b) for b in batches}
    return sorted(r["file"] for r in rows if r["split"] == "dev" and r["batch"] in wanted)


@dataclass
class Candidate:
    text: str  # the heading text the line would give
    features: list[str]
    rule: bool  # the rules make it a heading
    label: bool  # the gold has it
    line: int = 0  # the outline line it is on


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for e in edges:
        if n <= e:
            return str(e)
    return "more"


def _end_class(line: str) -> str:
    c = line[-1:] if line else ""
    if not c:
        return "none"
    if c in _SENTENCE_END:
        return "stop"
    if c in _CLAUSE_END:
        return "clause"
    if c in _COLON:
        return "colon"
    if c in _CLOSE:
        return "close"
    if c.isdigit():
        return "digit"
    if c.isascii() and c.isalpha():
        return "latin"
    if "\u4e00" <= c <= "\u9fff":
        return "han"
    return "other"


_CN = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0}


def _number_value(mark: str) -> int | None:
    digits = re.findall(r"\d+", unicodedata.normalize("NFKC", mark))
    if digits:
        return int(digits[-1])
    cn = re.findall(r"[〇零一二三四五六七八九十百]+", mark)
    if not cn:
        return None
    t = cn[-1]
    if "十" in t:
        tens, _, ones = t.partition("十")
        return (_CN.get(tens[-1:], 1) if tens else 1) * 10 + (_CN.get(ones[:1], 0) if ones else 0)
    return _CN.get(t[-1], None)


def _shape(line: str) -> tuple[str, int | None]:
    """Numbering shape (rank) and the number's value, or ("none", None)."""
    n = numbered(line)
    if n is None:
        return "none", None
    rank, length = n
    return f"{rank:g}", _number_value(line[:length])


def _pieces(body: str, shape: str) -> list[tuple[str, str]]:
    """Heading-sized pieces a line opens with: its number alone (「第一条」 before the article's
    text), its first sentence, the label before a colon."""
    out = []
    if shape != "none":
        m = re.match(r"(\S{1,12}?[条條章节節编編])[\s\u3000]+\S", body)
        if m:
            out.append((m[1], "number"))
    m = re.match(r"[^。！？!?]{2,40}[。！？!?]", body)
    if m and len(m[0]) < len(body):
        out.append((m[0], "sentence"))
    m = re.match(r"[^：:，。]{1,10}[：:]", body)
    if m and len(m[0]) < len(body):
        out.append((m[0], "label"))
    return out


def line_table(
    text: str, body_end: int, plain: bool, annex_lines
) -> list[tuple[int, int, str, int]]:
    """(start, end, text, source line index) of the outline's own lines before ``body_end``
    (fused and wrapped lines as the outline cuts and joins them)."""
    lines = _split_lines(text, body_end, plain)
    lines, _ = issued_titles(text, lines, annex_lines)
    lines = _chapter_article_runs(lines)
    return [(ln.offset, ln.offset + len(ln.text), ln.text, ln.index) for ln in lines]


def candidates(
    path: Path, gold: dict | None, as_text: bool = False, standalone: bool = False
) -> tuple[list[Candidate], list[str]]:
    """The candidates of one document and the rules' heading texts, in order. ``as_text``:
    the document's own text read back as plain text (no format marks); ``standalone``: the
    rules' decisions are neither candidates' features nor kept (the model alone)."""
    decoded = read_source(path)
    if as_text:
        decoded = DecodedSource(read_document(path).text, "utf-8")
    doc = document_from_source(decoded, path)
    return candidates_of(doc, decoded, gold, standalone)


def candidates_of(
    doc, decoded: DecodedSource, gold: dict | None, standalone: bool = False
) -> tuple[list[Candidate], list[str]]:
    """``candidates`` of a document already read (the pass whose cost the scorer would add)."""
    text = doc.text
    body_end = doc.footer.start if doc.footer else len(text)
    plain = decoded.headings is None
    rows = line_table(text, body_end, plain, doc.header.attached if doc.header else ())
    starts = [r[0] for r in rows]
    rule_at: dict[int, tuple[str, int]] = {}  # line index -> (heading, level)
    for s in doc.sections:
        if s.heading and s.heading_start is not None:
            i = bisect.bisect_right(starts, s.heading_start) - 1
            rule_at.setdefault(i, (s.heading, s.level))
    rule_texts = [s.heading for s in doc.sections if s.heading]
    if standalone:
        rule_at = {}
    skip = set(doc.header.lines) if doc.header else set()
    if doc.header:
        skip |= set(doc.header.title_lines)
    furn = sorted((f.start, f.end) for f in doc.furniture_spans())
    title = doc.title_span

    def excluded(i: int) -> bool:
        a, b, t, index = rows[i]
        if not t or index in skip:
            return True
        if title is not None and title.start <= a < title.end:
            return True
        k = bisect.bisect_right(furn, (a, 10**12)) - 1
        return k >= 0 and furn[k][0] <= a < furn[k][1]

    gold_at: dict[int, list[str]] = {}
    if gold is not None:
        for g in gold.get("sections", []):
            if g.get("heading"):
                i = bisect.bisect_right(starts, g["start"]) - 1
                gold_at.setdefault(i, []).append(normalise(g["heading"]))
    counts = Counter(r[2] for r in rows if r[2])
    fmt = decoded.format
    marked = decoded.headings or {}
    # numbering sequences: last value seen per shape
    last_value: dict[str, int | None] = {}
    shape_count = Counter(_shape(r[2])[0] for r in rows if r[2])
    n = len(rows)
    out: list[Candidate] = []
    prev_kept = ""
    for i, (a, b, t, index) in enumerate(rows):
        if excluded(i):
            if t:
                prev_kept = t
            continue
        shape, value = _shape(t)
        seq = "none"
        if shape != "none":
            before = last_value.get(shape)
            if value is None:
                seq = "novalue"
            elif before is None:
                seq = "first1" if value == 1 else "firstN"
            elif value == before + 1:
                seq = "next"
            elif value == 1:
                seq = "restart"
            else:
                seq = "jump"
            last_value[shape] = value
        rule = i in rule_at
        body = t.lstrip("#").strip() if t.startswith("#") else t
        size = len(body)
        heading_like = (
            rule
            or shape != "none"
            or size <= 30
            or body[-1:] not in _SENTENCE_END
            or t.startswith("#")
            or index in marked
        )
        pieces: list[tuple[str, str]] = []
        if rule:
            pieces.append((rule_at[i][0], "rule"))
        else:
            if heading_like and size <= 120:
                pieces.append((body, "line"))
            pieces += [(p, k) for p, k in _pieces(body, shape) if p != body]
        if not pieces:
            prev_kept = t
            continue
        prev = "" if text[max(a - 2, 0) : a].count("\n") == 2 or i == 0 else rows[i - 1][2]
        nxt = "" if text[b : b + 2].count("\n") == 2 or i + 1 == n else rows[i + 1][2]
        nxt2 = next((r[2] for r in rows[i + 1 : i + 4] if r[2]), "")
        prevt = prev or prev_kept
        level = rule_at[i][1] if rule else 0
        nshape, _ = _shape(nxt2)
        context = [
            "bias",
            f"shape={shape}",
            f"seq={seq}",
            f"shape_n={_bucket(shape_count[shape], (1, 2, 4, 8, 16))}"
            if shape != "none"
            else "shape_n=-",
            f"fmt={fmt}",
            f"md_hash={t.startswith('#')}",
            f"marked={index in marked}",
            f"level={min(level, 5)}",
            f"prev_blank={not prev}",
            f"next_blank={not nxt}",
            f"prev_len={_bucket(len(prevt), (0, 10, 20, 40, 80))}",
            f"next_len={_bucket(len(nxt2), (0, 10, 20, 40, 80))}",
            f"prev_end={_end_class(prevt)}",
            f"next_end={_end_class(nxt2)}",
            f"next_shape_same={nshape == shape and shape != 'none'}",
            f"next_numbered={nshape != 'none'}",
            f"pos={_bucket(int(10 * a / max(body_end, 1)), (0, 1, 3, 6, 8, 9))}",
            f"early={i < 5}",
            f"repeats={counts[t] > 1}",
            f"line_len={_bucket(size, (10, 20, 40, 80, 160))}",
        ]
        for cand_text, kind in pieces:
            length = _bucket(len(cand_text), (4, 8, 12, 16, 20, 25, 30, 40, 60, 90))
            end = _end_class(cand_text)
            inner_stop = any(c in cand_text[:-1] for c in "。！？")
            own = [
                f"len={length}",
                f"end={end}",
                f"inner_stop={inner_stop}",
                f"comma={'，' in cand_text or ',' in cand_text}",
                f"shape_len={shape}|{length}",
                f"shape_end={shape}|{end}",
                f"len_end={length}|{end}",
                f"whole={normalise(cand_text) == normalise(body)}",
            ]
            f = [f"kind={kind}"] + [*context, *own] + [f"{kind}:{x}" for x in (*context, *own)]
            label = normalise(cand_text) in gold_at.get(i, [])
            out.append(Candidate(cand_text, f, rule, label, i))
        prev_kept = t
    return out, rule_texts


def gold_texts(gold: dict) -> list[str]:
    return [s["heading"] for s in gold.get("sections", []) if s.get("heading")]


def tally(predicted: list[str], wanted: list[str]) -> tuple[int, int, int]:
    """(true positives, predicted, gold), matched as score_outline matches them."""
    pool = Counter(normalise(t) for t in wanted)
    tp = 0
    for t in predicted:
        k = normalise(t)
        if pool[k] > 0:
            pool[k] -= 1
            tp += 1
    return tp, len(predicted), len(wanted)


def prf(tp: int, p: int, g: int) -> tuple[float, float, float]:
    pr = tp / p if p else 1.0
    rc = tp / g if g else 1.0
    return pr, rc, (2 * pr * rc / (pr + rc) if pr + rc else 0.0)


def load(batches: list[int], **how) -> list[tuple[list[Candidate], list[str], list[str]]]:
    """Candidates, rule headings and gold headings of the dev documents of ``batches``."""
    docs = []
    for name in dev_files(batches):
        gold_path = REAL / "gold" / (Path(name).stem + ".json")
        if not gold_path.is_file():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        cands, rules = candidates(REAL / name, gold, **how)
        docs.append((cands, rules, gold_texts(gold)))
    return docs


def load_check(folder: str, **how) -> list[tuple[list[Candidate], list[str], list[str]]]:
    """The same of an outline check set (``tests/data/real/outline_check*``)."""
    docs = []
    for gold_path in sorted((REAL / folder / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        cands, rules = candidates(REAL / folder / Path(gold["file"]).name, gold, **how)
        docs.append((cands, rules, gold_texts(gold)))
    return docs


def train(docs, epochs: int = 30, rate: float = 0.1, l2: float = 1e-3, seed: int = 21):
    """Logistic regression by stochastic gradient descent over sparse binary features."""
    data = [(c.features, 1.0 if c.label else 0.0) for cands, _, _ in docs for c in cands]
    rng = random.Random(seed)
    w: dict[str, float] = {}
    for epoch in range(epochs):
        rng.shuffle(data)
        eta = rate / (1 + epoch * 0.2)
        for feats, y in data:
            z = sum(w.get(k, 0.0) for k in feats)
            p = 1 / (1 + math.exp(-max(min(z, 30), -30)))
            g = eta * (y - p)
            for k in feats:
                v = w.get(k, 0.0)
                w[k] = v + g - eta * l2 * v
    return w


def score(w, c: Candidate) -> float:
    z = sum(w.get(k, 0.0) for k in c.features)
    return 1 / (1 + math.exp(-max(min(z, 30), -30)))


def predict(w, cands: list[Candidate], rules: list[str], drop: float, add: float) -> list[str]:
    """The rules' headings less those scored under ``drop``, plus candidates over ``add`` (the
    best one of a line). ``drop`` None: the model alone (no rule heading kept)."""
    if drop is None:
        rules = []
    kept_rules = Counter(
        normalise(c.text) for c in cands if c.rule and drop is not None and score(w, c) < drop
    )
    out = []
    for t in rules:
        k = normalise(t)
        if kept_rules[k] > 0:
            kept_rules[k] -= 1
            continue
        out.append(t)
    best: dict[int, tuple[float, str]] = {}
    for c in cands:
        if not c.rule and (p := score(w, c)) >= add and p > best.get(c.line, (0.0, ""))[0]:
            best[c.line] = (p, c.text)
    return out + [t for _, t in best.values()]


def evaluate(w, docs, drop: float, add: float) -> tuple[float, float, float]:
    tp = p = g = 0
    for cands, rules, wanted in docs:
        a, b, c = tally(predict(w, cands, rules, drop, add) if w else rules, wanted)
        tp, p, g = tp + a, p + b, g + c
    return prf(tp, p, g)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--save", type=Path, help="write the weights (JSON) here")
    parser.add_argument("--epochs", type=int, default=30)
    parser.add_argument("--l2", type=float, default=1e-3, help="weight decay per step")
    parser.add_argument("--as-text", action="store_true", help="documents read back as plain text")
    parser.add_argument("--standalone", action="store_true", help="the model without the rules")
    args = parser.parse_args(argv)
    how = {"as_text": args.as_text, "standalone": args.standalone}
    sets = {
        "train": load(TRAIN, **how),
        "threshold": load(THRESHOLD, **how),
        "validation": load(VALIDATION, **how),
        "check": load_check("outline_check", **how),
        "check2": load_check("outline_check2", **how),
    }
    for name, docs in sets.items():
        n = sum(len(c) for c, _, _ in docs)
        pos = sum(x.label for c, _, _ in docs for x in c)
        gold = sum(len(g) for _, _, g in docs)
        wrong = sum(x.rule and not x.label for c, _, _ in docs for x in c)
        missed = len(
            {(k, x.line) for k, (c, _, _) in enumerate(docs) for x in c if x.label and not x.rule}
        )
        print(
            f"{name}: {len(docs)} docs, {n} candidates, {pos} positive, {gold} gold headings;"
            f" rule headings the gold lacks {wrong}, gold lines the rules miss among candidates {missed}"
        )
    w = train(sets["train"], epochs=args.epochs, l2=args.l2)
    best = (0.0, 0.0, 1.0)
    grid = [x / 20 for x in range(0, 21)]
    for drop in [None] if args.standalone else grid[:12]:
        for add in grid[10:] + [1.01]:
            f1 = evaluate(w, sets["threshold"], drop, add)[2]
            if f1 > best[0] + 1e-9:
                best = (f1, drop, add)
    _, drop, add = best
    print(f"thresholds from dev 28-31: drop < {drop}, add >= {add}")
    for name, docs in sets.items():
        base = evaluate(None, docs, 0, 2)
        new = evaluate(w, docs, drop, add)
        print(
            f"  {name:10s} rules P {base[0]:.3f} R {base[1]:.3f} F1 {base[2]:.3f}"
            f"  | stacked P {new[0]:.3f} R {new[1]:.3f} F1 {new[2]:.3f}  ({new[2] - base[2]:+.3f})"
        )
    if args.save:
        payload = {
            "drop": drop,
            "add": add,
            "weights": {k: round(v, 4) for k, v in w.items() if abs(v) > 1e-3},
        }
        args.save.write_text(json.dumps(payload, ensure_ascii=False, indent=0), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
