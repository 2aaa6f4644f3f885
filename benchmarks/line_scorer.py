"""Does a small learned scorer of lines decide headings better than the rules on documents it was
not trained on? (issue #12, session 23, task ml23.)

Examples: every non-empty body line of every dev document of the tuning batches (1-12, 17-43;
split.tsv ``dev`` only, no held-out or fresh document is opened), cut and joined as the outline
cuts them, with the heading texts it could give (the rules' heading, the whole line when it has a
heading's shape, the pieces it opens with: its number, its first sentence, a label before a
colon) — ``heading_scorer_experiment.candidates`` (session 21, y21), labelled from the outline
gold. Title, header and furniture lines are left out (other parts of the outline decide them).
Features name generic properties only: length, last character's class, numbering form, depth
and place in the document's sequence of that form, the neighbours' lengths and ends, blank lines
around, position, the source format and its heading marks (HTML heading or bold, Markdown ``#``),
the rules' verdict and level — and, added here, the genre family (split.tsv ``kind``), the shares
of CJK characters, digits and punctuation, and whether the line has the numbering form of the
previous rule heading. No word of any document is a feature.

Model: logistic regression by stochastic gradient descent (pure Python, fixed seed, seconds).
Stacked on the rules: a rule heading scored under ``drop`` is dropped, the best candidate of a
line the rules leave scored at ``add`` or over is added.

Evaluation:
(a) leave one batch out over the tuning batches: each batch's dev documents are scored by a
    model trained on the other batches, with thresholds chosen inside those (three inner folds
    of batches give out-of-fold scores; the thresholds that maximise their F1, keeping the rules
    unless a pair gains);
(b) trained on every tuning batch (thresholds from its own leave-one-batch-out scores), scored
    on validation 13-16 as totals only (no line of theirs is printed).
Both pooled and per genre family, heading texts matched as ``score_outline.py`` matches them.

Run: ``PYTHONPATH=. .venv/bin/python benchmarks/line_scorer.py [--standalone] [--epochs 12] [--l2 1e-4] [--json FILE]``.
The result is in docs/outline.md ("A learned line scorer, session 23").
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import heading_scorer_experiment as base  # noqa: E402
from score_heldout_pooled import kinds  # noqa: E402

TUNING = [*range(1, 13), *range(17, 44)]
VALIDATION = [13, 14, 15, 16]
FAMILIES = ("公文", "work report", "release", "news", "other")
_PUNCT = set("，。、；：？！「」『』（）《》〈〉【】—…·,.;:?!()[]\"'“”‘’")
_IDENTITY = (0.0, 1.01)  # drop nothing, add nothing: the rules alone


@dataclass
class Doc:
    """One dev document: its candidates, the rules' heading texts, the gold's, its batch and
    genre family."""

    name: str
    batch: int
    family: str
    cands: list[base.Candidate]
    rules: list[str]
    gold: list[str]
    standalone: bool = False  # the rules' verdict is no feature and no rule heading is kept


def _share(text: str, test) -> str:
    if not text:
        return "-"
    return base._bucket(int(10 * sum(1 for c in text if test(c)) / len(text)), (0, 2, 5, 8, 9))


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def extra_features(cands: list[base.Candidate], family: str) -> None:
    """Add the features session 23 names to ``cands`` (in document order), each also joined with
    the candidate's kind: the genre family, the shares of CJK characters, digits and
    punctuation of the candidate's text, and whether its numbering form is the previous rule
    heading's."""
    last_rule_shape = "-"
    for c in cands:
        kind = c.features[0].split("=", 1)[1]
        shape = next((f.split("=", 1)[1] for f in c.features if f.startswith("shape=")), "none")
        same = "-" if shape == "none" or last_rule_shape == "-" else str(shape == last_rule_shape)
        own = [
            f"family={family}",
            f"cjk={_share(c.text, _is_cjk)}",
            f"digits={_share(c.text, str.isdigit)}",
            f"punct={_share(c.text, _PUNCT.__contains__)}",
            f"same_shape_prev_rule={same}",
            f"family_rule={family}|{c.rule}",
        ]
        c.features += own + [f"{kind}:{x}" for x in own]
        if c.rule:
            last_rule_shape = shape


def _doc(path: Path, gold: dict, batch: int, family: str, standalone: bool) -> Doc:
    cands, rules = base.candidates(path, gold, standalone=standalone)
    extra_features(cands, family)
    return Doc(path.name, batch, family, cands, rules, base.gold_texts(gold), standalone)


def load(batches: Iterable[int], standalone: bool = False) -> list[Doc]:
    """The dev documents of ``batches`` that have outline gold (split.tsv dev rows only)."""
    family = kinds()
    docs = []
    for b in batches:
        for name in base.dev_files([b]):
            gold_path = base.REAL / "gold" / (Path(name).stem + ".json")
            if gold_path.is_file():
                gold = json.loads(gold_path.read_text(encoding="utf-8"))
                fam = family.get(Path(name).stem, "other")
                docs.append(_doc(base.REAL / name, gold, b, fam, standalone))
    return docs


def load_check(folder: str, standalone: bool = False) -> list[Doc]:
    """An outline check set's documents (``tests/data/real/outline_check*``), family by the
    file's name (its README's "what": news pages, the Taipei bureau's releases, the rest other)."""
    docs = []
    for gold_path in sorted((base.REAL / folder / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        name = Path(gold["file"]).name
        docs.append(_doc(base.REAL / folder / name, gold, 0, _family_of(name), standalone))
    return docs


def _family_of(name: str) -> str:
    if "-news-" in name:
        return "news"
    return "release" if name.startswith("tw-taipei-") else "other"


class Vocabulary:
    """Feature strings to indices (what a model trained on other documents never saw keeps
    weight 0)."""

    def __init__(self) -> None:
        self.index: dict[str, int] = {}

    def encode(self, features: list[str]) -> list[int]:
        return [self.index.setdefault(f, len(self.index)) for f in features]


def encode(docs: list[Doc], vocab: Vocabulary) -> list[list[list[int]]]:
    return [[vocab.encode(c.features) for c in d.cands] for d in docs]


def _sigmoid(z: float) -> float:
    return 1 / (1 + math.exp(-max(min(z, 30.0), -30.0)))


def train(
    rows: list[tuple[list[int], float]],
    size: int,
    epochs: int = 12,
    rate: float = 0.1,
    l2: float = 1e-4,
    seed: int = 23,
) -> list[float]:
    """Logistic regression by SGD over sparse binary features (indices); deterministic."""
    data = list(rows)
    rng = random.Random(seed)
    w = [0.0] * size
    for epoch in range(epochs):
        rng.shuffle(data)
        eta = rate / (1 + epoch * 0.2)
        shrink = eta * l2
        for feats, y in data:
            g = eta * (y - _sigmoid(sum(w[k] for k in feats)))
            for k in feats:
                w[k] += g - shrink * w[k]
    return w


def examples(docs: list[Doc], encoded: list[list[list[int]]]) -> list[tuple[list[int], float]]:
    return [
        (f, 1.0 if c.label else 0.0)
        for d, e in zip(docs, encoded, strict=True)
        for c, f in zip(d.cands, e, strict=True)
    ]


def scores(w: list[float], encoded: list[list[list[int]]]) -> list[list[float]]:
    return [[_sigmoid(sum(w[k] for k in f if k < len(w))) for f in doc] for doc in encoded]


def predict(doc: Doc, probs: list[float], drop: float, add: float) -> list[str]:
    """The rules' headings less those scored under ``drop``, plus the best candidate of a line
    scored at ``add`` or over."""
    if doc.standalone:
        drop = 2.0  # no rule heading is kept (none is a candidate's rule either)
    dropped: dict[str, int] = {}
    for c, p in zip(doc.cands, probs, strict=True):
        if c.rule and p < drop:
            k = base.normalise(c.text)
            dropped[k] = dropped.get(k, 0) + 1
    out = []
    for t in [] if doc.standalone else doc.rules:
        k = base.normalise(t)
        if dropped.get(k, 0) > 0:
            dropped[k] -= 1
            continue
        out.append(t)
    best: dict[int, tuple[float, str]] = {}
    for c, p in zip(doc.cands, probs, strict=True):
        if not c.rule and p >= add and p > best.get(c.line, (0.0, ""))[0]:
            best[c.line] = (p, c.text)
    return out + [t for _, t in best.values()]


Counts = dict[str, list[int]]  # group -> [tp, predicted, gold]


def tally(docs: list[Doc], probs: list[list[float]] | None, drop: float, add: float) -> Counts:
    """Counts per genre family and pooled; ``probs`` None: the rules alone."""
    out: Counts = {}
    for i, d in enumerate(docs):
        found = d.rules if probs is None else predict(d, probs[i], drop, add)
        tp, p, g = base.tally(found, d.gold)
        for group in (d.family, "pooled"):
            row = out.setdefault(group, [0, 0, 0])
            row[0] += tp
            row[1] += p
            row[2] += g
    return out


def ceiling(docs: list[Doc]) -> Counts:
    """Counts if the model scored every candidate right: what stacking could reach at best (a
    gold heading no candidate gives stays missed)."""
    return tally(docs, [[1.0 if c.label else 0.0 for c in d.cands] for d in docs], 0.5, 0.5)


def f1(counts: Counts, group: str = "pooled") -> float:
    return base.prf(*counts.get(group, [0, 0, 0]))[2]


DROPS = [x / 20 for x in range(0, 12)]
ADDS = [x / 20 for x in range(10, 21)] + [1.01]


def choose(docs: list[Doc], probs: list[list[float]]) -> tuple[float, float]:
    """The (drop, add) pair with the best pooled F1 on ``docs``' out-of-fold ``probs``; the
    rules alone unless a pair gains."""
    best_f1, best = f1(tally(docs, probs, *_IDENTITY)), _IDENTITY
    for drop in DROPS:
        for add in ADDS:
            v = f1(tally(docs, probs, drop, add))
            if v > best_f1 + 1e-9:
                best_f1, best = v, (drop, add)
    return best


def fit(docs: list[Doc], vocab: Vocabulary, how: dict) -> list[float]:
    """A model trained on ``docs``; ``how``: ``train``'s keywords (epochs, l2)."""
    enc = encode(docs, vocab)
    return train(examples(docs, enc), len(vocab.index), **how)


def out_of_fold(
    docs: list[Doc], vocab: Vocabulary, folds: list[list[int]], how: dict
) -> list[list[float]]:
    """Scores of each document by a model trained on the folds (lists of batches) without its
    batch's."""
    probs: list[list[float]] = [[] for _ in docs]
    for fold in folds:
        inside = [i for i, d in enumerate(docs) if d.batch in fold]
        w = fit([d for d in docs if d.batch not in fold], vocab, how)
        for i, p in zip(inside, scores(w, encode([docs[i] for i in inside], vocab)), strict=True):
            probs[i] = p
    return probs


def inner_folds(batches: list[int], k: int = 3) -> list[list[int]]:
    ordered = sorted(batches)
    return [ordered[i::k] for i in range(k)]


def leave_one_batch_out(
    docs: list[Doc], vocab: Vocabulary, how: dict, log=print
) -> tuple[list[list[float]], dict[int, tuple[float, float]]]:
    """Each batch's documents scored by a model trained on the other batches, with thresholds
    chosen on three inner folds of those batches; the scores and each batch's thresholds."""
    batches = sorted({d.batch for d in docs})
    probs: list[list[float]] = [[] for _ in docs]
    chosen: dict[int, tuple[float, float]] = {}
    for b in batches:
        train_docs = [d for d in docs if d.batch != b]
        inner = out_of_fold(train_docs, vocab, inner_folds([x for x in batches if x != b]), how)
        chosen[b] = choose(train_docs, inner)
        w = fit(train_docs, vocab, how)
        inside = [i for i, d in enumerate(docs) if d.batch == b]
        for i, p in zip(inside, scores(w, encode([docs[i] for i in inside], vocab)), strict=True):
            probs[i] = p
        log(f"  batch {b}: thresholds drop < {chosen[b][0]}, add >= {chosen[b][1]}")
    return probs, chosen


def stacked_by_batch(
    docs: list[Doc], probs: list[list[float]], chosen: dict[int, tuple[float, float]]
) -> Counts:
    """Counts of the documents each scored with its own batch's thresholds."""
    out: Counts = {}
    for b, (drop, add) in chosen.items():
        idx = [i for i, d in enumerate(docs) if d.batch == b]
        part = tally([docs[i] for i in idx], [probs[i] for i in idx], drop, add)
        for group, row in part.items():
            acc = out.setdefault(group, [0, 0, 0])
            for j in range(3):
                acc[j] += row[j]
    return out


def table(title: str, rules: Counts, stacked: Counts) -> list[str]:
    lines = [
        title,
        "| family | gold | rules P | rules R | rules F1 | + model P | + model R | + model F1 | ΔF1 |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for group in (*FAMILIES, "pooled"):
        if group not in rules:
            continue
        if rules[group][1:] == stacked[group][1:] == [0, 0]:
            lines.append(f"| {group} | 0 | no heading found or in the gold |||||||")
            continue
        a = base.prf(*rules[group])
        m = base.prf(*stacked[group])
        lines.append(
            f"| {group} | {rules[group][2]} | {a[0]:.3f} | {a[1]:.3f} | {a[2]:.3f}"
            f" | {m[0]:.3f} | {m[1]:.3f} | {m[2]:.3f} | {m[2] - a[2]:+.3f} |"
        )
    return lines


def run(how: dict, standalone: bool, log=print) -> dict:
    """Both evaluations (and the check sets) for the stacked or the standalone model."""
    tuning = load(TUNING, standalone)
    validation = load(VALIDATION, standalone)
    checks = load_check("outline_check", standalone) + load_check("outline_check2", standalone)
    n = sum(len(d.cands) for d in tuning)
    wrong = sum(c.rule and not c.label for d in tuning for c in d.cands)
    missed = sum(c.label and not c.rule for d in tuning for c in d.cands)
    log(
        f"tuning: {len(tuning)} dev documents, {n} candidates ({sum(c.label for d in tuning for c in d.cands)}"
        f" gold); rule headings the gold lacks {wrong}, gold candidates the rules leave {missed};"
        f" validation: {len(validation)} documents; check sets: {len(checks)}"
    )
    vocab = Vocabulary()
    probs, chosen = leave_one_batch_out(tuning, vocab, how, log)
    drop, add = choose(tuning, probs)
    w = fit(tuning, vocab, how)
    out = {
        "lobo": {
            "rules": tally(tuning, None, *_IDENTITY),
            "model": stacked_by_batch(tuning, probs, chosen),
            "ceiling": ceiling(tuning),
            "thresholds": {str(b): t for b, t in chosen.items()},
        },
        "thresholds": [drop, add],
    }
    for name, docs in (("validation", validation), ("check", checks)):
        out[name] = {
            "rules": tally(docs, None, *_IDENTITY),
            "model": tally(docs, scores(w, encode(docs, vocab)), drop, add),
        }
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--epochs", type=int, default=12)
    parser.add_argument("--l2", type=float, default=1e-4, help="weight decay per step")
    parser.add_argument(
        "--standalone", action="store_true", help="the model alone: no rule verdict, no rule kept"
    )
    parser.add_argument("--json", type=Path, help="write the tables' counts here")
    args = parser.parse_args(argv)
    out = run({"epochs": args.epochs, "l2": args.l2}, args.standalone)
    how = "the model alone" if args.standalone else "rules + model"
    lobo = out["lobo"]
    print(
        "\n".join(
            table(f"(a) LOBO, tuning dev 1-12, 17-43: rules vs {how}", lobo["rules"], lobo["model"])
        )
    )
    print(
        "\n".join(
            table("    ceiling (every candidate scored right)", lobo["rules"], lobo["ceiling"])
        )
    )
    print(
        f"(b) thresholds from the tuning batches' LOBO scores: drop < {out['thresholds'][0]}, add >= {out['thresholds'][1]}"
    )
    print(
        "\n".join(
            table(
                "(b) validation dev 13-16 (scores only)",
                out["validation"]["rules"],
                out["validation"]["model"],
            )
        )
    )
    print(
        "\n".join(
            table("    outline check sets 1 and 2", out["check"]["rules"], out["check"]["model"])
        )
    )
    if args.json:
        args.json.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
