"""The parts of round 22's experiment (``org_candidates_experiment.py``): gold documents on
their pivot with the rules' spans, heads learned from gold, candidate spans and their relation
to the rules' spans, their features, two linear models, and the counting of what accepting a
candidate changes. Offline only; nothing here is used by the app."""

from __future__ import annotations

import csv
import json
import math
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from gui.core.entities.recogniser import recognise_pivot  # noqa: E402
from gui.core.script import to_pivot  # noqa: E402

REAL = ROOT / "tests" / "data" / "real"
CHECK = REAL / "outline_check" / "entities" / "gold"
MAX_LEN = 14


class Doc:
    """A gold document on its pivot: gold and rule spans in pivot coordinates, both also in text
    coordinates for scoring."""

    def __init__(self, name: str, batch: str, gold: dict):
        self.name, self.batch = name, batch
        self.text = gold["text"]
        self.pivot, self.map = to_pivot(self.text)
        self.pivot = self.pivot.replace("衞", "卫")
        self.gold = {(e["start"], e["end"], e["type"]) for e in gold["entities"]}
        to_b, to_b_end = self.map.to_b, self.map.to_b_end
        self.gold_pivot = {(to_b(s), to_b_end(e), t) for s, e, t in self.gold}
        self.rules_pivot = recognise_pivot(self.pivot)
        self.rules = {self.to_text(s, e, t) for s, e, t in self.rules_pivot}

    def to_text(self, s: int, e: int, t: str) -> tuple[int, int, str]:
        a = self.map.to_a(s)
        return a, max(a, self.map.to_a_end(e)), t


def load(batches: set[str]) -> list[Doc]:
    """The dev documents of the given batches (split.tsv says ``dev``; nothing else is opened)."""
    with (REAL / "split.tsv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    docs = []
    for row in rows:
        batch = (row.get("batch") or "1").strip()
        if row["split"].strip() != "dev" or batch not in batches:
            continue
        path = REAL / "entities" / (Path(row["file"]).stem + ".json")
        if path.is_file():
            docs.append(Doc(path.stem, batch, json.loads(path.read_text(encoding="utf-8"))))
    return docs


def learn_heads(docs: list[Doc], min_count: int, min_ratio: float) -> dict[str, float]:
    """ORG tails (1–3 characters) → the share of their occurrences that end a gold ORG."""
    ends: Counter[str] = Counter()
    for d in docs:
        for s, e, t in d.gold_pivot:
            if t == TYPE:
                for k in (1, 2, 3):
                    if e - s > k:
                        ends[d.pivot[e - k : e]] += 1
    heads = {}
    for h, n in ends.items():
        if n < min_count or not all(_word_char(c) for c in h):
            continue
        total = sum(d.pivot.count(h) for d in docs)
        if total and n / total >= min_ratio:
            heads[h] = n / total
    return heads


def _word_char(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff" or c.isascii() and c.isalnum()


def _cls(c: str) -> str:
    if not c:
        return "^"
    if "\u4e00" <= c <= "\u9fff":
        return c
    if c.isdigit():
        return "0"
    if c.isascii() and c.isalpha():
        return "a"
    return "p" if not c.isspace() else "s"


RELATIONS = ("free", "over_other", "over_same", "inside_same")
#: The type learned (``--type``): ORG, or LOC to see whether the same mechanism helps places.
TYPE = "ORG"
OTHER = {"ORG": "LOC", "LOC": "ORG"}


class Context:
    """What the features read of one document: its pivot, the rules' spans by edge and by
    position, the gazetteer."""

    def __init__(self, pivot: str, rule_spans, gaz, df=None, in_training: bool = False):
        self.pivot = pivot
        self.gaz = gaz
        # In how many training documents a string stands (not counting this document): a name
        # is rarer than a kind of body (专家委员会, 人民法院 stand in many).
        self.df = df
        self.in_training = in_training
        self.rules = list(rule_spans)
        self.ends_at = {e: t for s, e, t in rule_spans}
        self.starts_at = {s: t for s, e, t in rule_spans}
        self.owner = [-1] * len(pivot)
        for k, (s, e, _t) in enumerate(self.rules):
            self.owner[s:e] = [k] * (e - s)

    def overlapped(self, s: int, e: int) -> list[int]:
        return sorted({k for k in self.owner[s:e] if k >= 0})

    def relation(self, s: int, e: int, over: list[int]) -> str:
        """How the span stands to the rules' spans: free; over_other / over_same (holds them all:
        only spans of the other name type — LOC for ORG — or with one of its own type); same
        (a rule's span of its type); inside_same (inside one rule span of its type); else
        crossing or over_mixed."""
        if not over:
            return "free"
        spans = [self.rules[k] for k in over]
        if all(s <= a and b <= e for a, b, _t in spans):
            if (s, e, TYPE) in spans:
                return "same"
            if all(t == OTHER[TYPE] for _a, _b, t in spans):
                return "over_other"
            return "over_same" if any(t == TYPE for _a, _b, t in spans) else "over_mixed"
        if len(spans) == 1 and spans[0][2] == TYPE and spans[0][0] <= s and e <= spans[0][1]:
            return "inside_same"
        return "crossing"


def candidates(ctx: Context, heads: dict[str, float]):
    """``(start, end, head)`` of every candidate span: ends at a head, 2–MAX_LEN characters."""
    p = ctx.pivot
    finals = {h[-1] for h in heads}
    n = len(p)
    for e1 in range(n):
        if p[e1] not in finals:
            continue
        e = e1 + 1
        head = next((p[e - k : e] for k in (3, 2, 1) if e - k >= 0 and p[e - k : e] in heads), None)
        if head is None:
            continue
        s = e - len(head)
        while s > 0 and e - s < MAX_LEN and _word_char(p[s - 1]):
            s -= 1
            if e - s >= 2:
                yield s, e, head


def features(
    ctx: Context, s: int, e: int, head: str, heads, rel: str, over: list[int]
) -> list[str]:
    p, gaz = ctx.pivot, ctx.gaz
    inner = p[s : e - len(head)]
    b1 = _cls(p[s - 1]) if s else "^"
    b2 = p[s - 2 : s] if s >= 2 else "^"
    a1 = _cls(p[e]) if e < len(p) else "$"
    a2 = p[e : e + 2]
    f = [
        "bias",
        "h=" + head,
        f"hr={int(heads[head] * 5)}",
        "f1=" + p[s],
        "f2=" + p[s : s + 2],
        "b1=" + b1,
        "b2=" + b2,
        "a1=" + a1,
        "a2=" + a2,
        f"len={min(e - s, MAX_LEN)}",
        f"ilen={min(len(inner), 8)}",
        "b1h=" + b1 + head,
        "f1h=" + p[s] + head,
        "rl=" + ctx.ends_at.get(s, "-"),
        "rr=" + ctx.starts_at.get(e, "-"),
        "R=" + rel,
        "Rh=" + rel + head,
        "Rb1=" + rel + b1,
        "Ra1=" + rel + a1,
        f"Rlen={rel}{min(e - s, MAX_LEN)}",
    ]
    f += ["c=" + c for c in inner]
    if ctx.df is not None:
        name = p[s:e]
        df = ctx.df.get(name, 0) - ctx.in_training
        f.append(f"df={min(df, 4)}")
        f.append(f"Rdf={rel}{min(df, 4)}")
        f.append(f"tf={min(p.count(name), 4)}")
    if inner in gaz.places:
        f.append("inner=place")
    elif inner in gaz.orgs:
        f.append("inner=org")
    elif any(inner[:k] in gaz.places for k in (2, 3) if k < len(inner)):
        f.append("inner=place+")
    if p[s:e] in gaz.orgs:
        f.append("known=org")
    if rel in ("over_other", "over_same"):
        spans = [ctx.rules[k] for k in over]
        f.append("sub=" + rel + "".join(t[0] for _a, _b, t in spans))
        f.append(f"subfirst={spans[0][0] == s}")
        f.append(f"sublast={spans[-1][1] == e}")
        f.append(f"rest={min(e - spans[-1][1], 6)}")
    elif rel == "inside_same":
        a, b, _t = ctx.rules[over[0]]
        cut_left, cut_right = p[a:s], p[e:b]
        f.append("cutl=" + (cut_left if len(cut_left) <= 3 else cut_left[-2:] + "+"))
        f.append("cutr=" + (cut_right if len(cut_right) <= 3 else cut_right[:2] + "+"))
        f.append(f"cuts={bool(cut_left)}{bool(cut_right)}")
    return f


class Perceptron:
    """A binary averaged perceptron over string features."""

    def __init__(self):
        self.w: dict[str, float] = defaultdict(float)
        self.total: dict[str, float] = defaultdict(float)
        self.stamp: dict[str, int] = defaultdict(int)
        self.i = 0

    def score(self, feats: list[str]) -> float:
        w = self.w
        return sum(w.get(x, 0.0) for x in feats)

    def update(self, feats: list[str], y: int) -> None:
        self.i += 1
        if y * self.score(feats) > 0:
            return
        for x in feats:
            self.total[x] += (self.i - self.stamp[x]) * self.w[x]
            self.stamp[x] = self.i
            self.w[x] += y

    def averaged(self) -> dict[str, float]:
        out = {}
        for x, v in self.w.items():
            total = self.total[x] + (self.i - self.stamp[x]) * v
            if total:
                out[x] = total / self.i
        return out


class Example:
    __slots__ = ("feats", "y", "doc", "span", "rel", "over")

    def __init__(self, feats, y, doc, span, rel, over):
        self.feats, self.y, self.doc, self.span, self.rel, self.over = (
            feats,
            y,
            doc,
            span,
            rel,
            over,
        )


DF: dict[str, int] | None = None
MODEL = "perceptron"
TRAINING: set[str] = set()


def document_frequencies(docs: list[Doc], heads) -> dict[str, int]:
    """In how many of ``docs`` each candidate string stands."""
    strings = set()
    for d in docs:
        ctx = Context(d.pivot, d.rules_pivot, None)
        strings |= {d.pivot[s:e] for s, e, _h in candidates(ctx, heads)}
    df: Counter[str] = Counter()
    for d in docs:
        p = d.pivot
        subs = {p[i : i + k] for k in range(2, MAX_LEN + 1) for i in range(len(p) - k + 1)}
        df.update(subs & strings)
    return dict(df)


def examples(docs: list[Doc], heads, gaz, residual: bool) -> list[Example]:
    """Every candidate of ``docs`` (``residual``: only those a learned span could change)."""
    out = []
    for i, d in enumerate(docs):
        ctx = Context(d.pivot, d.rules_pivot, gaz, DF, d.name in TRAINING)
        gold = {(s, e) for s, e, t in d.gold_pivot if t == TYPE}
        for s, e, head in candidates(ctx, heads):
            over = ctx.overlapped(s, e)
            rel = ctx.relation(s, e, over)
            if residual and rel not in RELATIONS:
                continue
            y = 1 if (s, e) in gold else -1
            out.append(
                Example(features(ctx, s, e, head, heads, rel, over), y, i, (s, e), rel, over)
            )
    return out


def train_logistic(
    data: list[Example], epochs: int, seed: int = 13, rate: float = 0.1
) -> dict[str, float]:
    """Logistic regression by stochastic gradient, positives weighted by the class ratio, a
    light L2 penalty applied lazily."""
    w: dict[str, float] = defaultdict(float)
    pos = sum(1 for ex in data if ex.y > 0) or 1
    weight_pos = (len(data) - pos) / pos
    order = list(range(len(data)))
    rng = random.Random(seed)
    l2 = 1e-5
    for epoch in range(epochs):
        rng.shuffle(order)
        lr = rate / (1 + epoch)
        for j in order:
            ex = data[j]
            z = sum(w.get(x, 0.0) for x in ex.feats)
            z = max(-30.0, min(30.0, z))
            p = 1 / (1 + math.exp(-z))
            y = 1.0 if ex.y > 0 else 0.0
            g = (p - y) * (weight_pos if y else 1.0)
            for x in ex.feats:
                w[x] -= lr * (g + l2 * w[x])
    return dict(w)


def train(data: list[Example], epochs: int, seed: int = 13) -> dict[str, float]:
    if MODEL == "logistic":
        return train_logistic(data, epochs, seed)
    model = Perceptron()
    order = list(range(len(data)))
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(order)
        for j in order:
            model.update(data[j].feats, data[j].y)
    return model.averaged()


def change(d: Doc, ex: Example) -> tuple[int, int]:
    """What accepting ``ex`` alone does to the document's true and false positives."""
    tp = fp = 0
    if d.to_text(*ex.span, TYPE) in d.gold:
        tp += 1
    else:
        fp += 1
    for k in ex.over:
        if d.to_text(*d.rules_pivot[k]) in d.gold:
            tp -= 1
        else:
            fp -= 1
    return tp, fp


def decide(
    data: list[Example], weights, thresholds: dict[str, float], allowed
) -> dict[int, list[Example]]:
    """Per document, the accepted candidates: above their relation's threshold, the best score
    first, none overlapping another accepted one."""
    per: dict[int, list] = defaultdict(list)
    for ex in data:
        if ex.rel in allowed:
            sc = sum(weights.get(x, 0.0) for x in ex.feats)
            if sc > thresholds.get(ex.rel, float("inf")):
                per[ex.doc].append((sc, ex))
    out: dict[int, list[Example]] = {}
    for i, scored in per.items():
        used: set[int] = set()
        chosen = []
        for _sc, ex in sorted(scored, key=lambda x: -x[0]):
            s, e = ex.span
            if any(j in used for j in range(s, e)):
                continue
            used.update(range(s, e))
            chosen.append(ex)
        out[i] = chosen
    return out


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def predicted(d: Doc, accepted: list[Example]) -> set:
    removed = {k for ex in accepted for k in ex.over}
    pred = {d.to_text(*sp) for k, sp in enumerate(d.rules_pivot) if k not in removed} & d.rules
    return pred | {d.to_text(*ex.span, TYPE) for ex in accepted}


def evaluate(docs: list[Doc], added: dict[int, list[Example]], base: dict[int, set]):
    """Counts per type and per batch for the rules alone (``base``) and with the component."""
    res = {}
    for label, use in (("rules", False), ("+learned", True)):
        tp, fp, fn = Counter(), Counter(), Counter()
        per_batch: dict[str, Counter] = defaultdict(Counter)
        for i, d in enumerate(docs):
            pred = predicted(d, added.get(i, [])) if use else base[i]
            for x in pred & d.gold:
                tp[x[2]] += 1
                per_batch[d.batch]["tp"] += 1
            for x in pred - d.gold:
                fp[x[2]] += 1
                per_batch[d.batch]["fp"] += 1
            for x in d.gold - pred:
                fn[x[2]] += 1
                per_batch[d.batch]["fn"] += 1
        res[label] = (tp, fp, fn, per_batch)
    return res


def _three(values: tuple[float, float, float]) -> str:
    return "/".join(f"{v:.3f}" for v in values)


def print_eval(title: str, res) -> None:
    print(f"== {title}")
    print(f"{'':10} {'micro':>19}  " + "  ".join(f"{t:>19}" for t in ("ORG", "LOC", "PER")))
    for label, (tp, fp, fn, per_batch) in res.items():
        cells = [_three(prf(sum(tp.values()), sum(fp.values()), sum(fn.values())))]
        cells += [_three(prf(tp[t], fp[t], fn[t])) for t in ("ORG", "LOC", "PER")]
        batches = " ".join(
            f"b{b}={prf(c['tp'], c['fp'], c['fn'])[2]:.3f}"
            for b, c in sorted(per_batch.items(), key=lambda x: x[0].zfill(5))
        )
        print(f"{label:10} " + "  ".join(f"{c:>19}" for c in cells) + "  " + batches)


def proposal_counts(docs, added) -> Counter:
    """Accepted candidates per relation: right (a gold ORG) and wrong."""
    c: Counter = Counter()
    for i, d in enumerate(docs):
        for ex in added.get(i, []):
            ok = d.to_text(*ex.span, TYPE) in d.gold
            c[ex.rel, ok] += 1
    return c
