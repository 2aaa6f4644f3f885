"""Does a small model trained on dev gold move ORG and LOC where the rules do not? (session 21, #13)

A span rescorer stacked on the recogniser, trained on the project's own entity gold, thresholds
chosen on other dev batches and the result measured on a third group of dev batches it never
saw; the rules alone are the baseline (docs/entities.md, "A learned span rescorer").

- **candidates**: every ORG and LOC span of the rules (``orig``), the same span as the other
  type (``flip``), its right edge moved out by 1–``EXT_RIGHT`` or in by 1–``SHRINK`` word
  characters (``xr`` / ``sr``), its left edge likewise (``xl`` up to ``EXT_LEFT`` / ``sl``),
  and the span merged with a rule span touching it on either side (``mr`` / ``ml``: 中国|地震台网,
  台湾|外交部). A LOC that grows is also tried as an ORG, an ORG that shrinks also as a LOC.
  A candidate may hold other ORG/LOC rule spans whole; it never cuts one or touches a span of
  another type;
- **features**: the kind of move and how far, the characters at and around both edges (the last
  1–3, the first 1–2, one and two outside each end), what a move adds or cuts off, the length,
  whether the span is a gazetteer place, body or country or starts with a place, which rule
  spans begin or end at its edges and which it holds, how often the string stands in the
  document and whether the rules gave it the same type elsewhere in it. No feature reads the
  document's script: the pivot is Simplified in every view;
- **heads** (``--heads R``, default 0.1; 0 keeps every grown span): a span grown to the right
  is kept only where it ends at a tail (1–3 characters) that ends a training gold span of its
  type in at least R of its occurrences; the tail's share is a feature;
- **model** (pure Python, no numpy; one weight per feature string): ``rank`` (default), an
  averaged structured perceptron that picks per rule span one of its candidates or none, or
  ``logistic``, logistic regression by stochastic gradient (the chance that a candidate is gold);
- **decision**: a candidate replaces the rule spans it overlaps where its squashed score is at
  least ``replace`` and above each of theirs (best first, no two changes overlap); a rule span
  whose own score is below ``drop`` and that nothing replaced is dropped;
- **sets** (the dev parts only: split.tsv says ``dev``; nothing held out is opened): trained on
  batches 1–12 and 17–27, ``replace`` and ``drop`` chosen on 28–31 (ORG+LOC micro F1, overall
  F1 not lower), reported on 13–16 and the check set (counts only: never a span of those).
  Printed per set: the rules, the rules with the rescorer, what it added and removed, a bound
  (a perfect chooser of these candidates) and, for 13–16 and the check set, the best pair in
  hindsight (a bound, not a result). ``--show N`` prints N changes of the training or
  threshold set.

    /work/main/.venv/bin/python benchmarks/span_rescorer_experiment.py [--model rank|logistic]
        [--epochs 10] [--heads 0.1] [--show N --show-set train|thr]
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from org_candidates import CHECK, Doc, _cls, load, prf  # noqa: E402
from org_candidates import _word_char as _word  # noqa: E402

from gui.core.entities import names  # noqa: E402
from gui.core.entities.gazetteer import gazetteer  # noqa: E402

TRAIN = {str(b) for b in (*range(1, 13), *range(17, 28))}
THRESHOLD = {"28", "29", "30", "31"}
VALIDATION = {"13", "14", "15", "16"}
EXT_RIGHT, EXT_LEFT, SHRINK = 6, 4, 3
NAMES = ("ORG", "LOC")
OTHER = {"ORG": "LOC", "LOC": "ORG"}


class Candidate:
    __slots__ = ("span", "kind", "origin", "over", "feats", "y", "p")

    def __init__(self, span, kind, origin, over):
        self.span, self.kind, self.origin, self.over = span, kind, origin, over
        self.feats: list[str] = []
        self.y = 0
        self.p = 0.0


def learn_heads(docs: list[Doc], min_count: int = 3, min_ratio: float = 0.1) -> dict:
    """Per type, the tails (last 1–3 characters) of gold spans → the share of their
    occurrences in the documents that end a gold span of that type (seen ``min_count`` times
    and ending one in ``min_ratio`` of them)."""
    text = "\n".join(d.pivot for d in docs)
    heads: dict[str, dict[str, float]] = {}
    for t in NAMES:
        ends: Counter[str] = Counter()
        for d in docs:
            for s, e, u in d.gold_pivot:
                if u == t:
                    for k in (1, 2, 3):
                        if e - s > k:
                            ends[d.pivot[e - k : e]] += 1
        heads[t] = {}
        for h, n in ends.items():
            if n >= min_count and all(_word(c) for c in h):
                ratio = n / max(text.count(h), n)
                if ratio >= min_ratio:
                    heads[t][h] = ratio
    return heads


def head_ratio(pivot: str, e: int, heads: dict[str, float]) -> float:
    return max((heads.get(pivot[e - k : e], 0.0) for k in (1, 2, 3)), default=0.0)


def candidates(
    pivot: str, rules: list[tuple[int, int, str]], heads: dict | None = None
) -> list[Candidate]:
    """The candidates of one document (see the module's docstring); with ``heads``, a span
    grown to the right is kept only where it ends at a learned head of its type."""
    n = len(pivot)
    owner = [-1] * n
    for k, (s, e, _t) in enumerate(rules):
        for i in range(s, e):
            owner[i] = k
    starts = {s: k for k, (s, e, t) in enumerate(rules)}
    ends = {e: k for k, (s, e, t) in enumerate(rules)}
    out: list[Candidate] = []
    seen: set[tuple[int, int, str]] = set()

    def add(s: int, e: int, t: str, kind: str, k: int) -> None:
        if s < 0 or e > n or e <= s or (s, e, t) in seen:
            return
        if heads is not None and kind in ("xr", "mr") and not head_ratio(pivot, e, heads[t]):
            return
        over = sorted({owner[i] for i in range(s, e) if owner[i] >= 0} | {k})
        for j in over:
            a, b, u = rules[j]
            if u not in NAMES or j != k and not (s <= a and b <= e):
                return
        seen.add((s, e, t))
        out.append(Candidate((s, e, t), kind, k, over))

    for k, (a, b, t) in enumerate(rules):
        if t not in NAMES:
            continue
        add(a, b, t, "orig", k)
    for k, (a, b, t) in enumerate(rules):
        if t not in NAMES:
            continue
        add(a, b, OTHER[t], "flip", k)
        grow = (t, "ORG") if t == "LOC" else (t,)
        shrink = (t, "LOC") if t == "ORG" else (t,)
        e = b
        while e < n and e - b < EXT_RIGHT and _word(pivot[e]):
            e += 1
            for u in grow:
                add(a, e, u, "xr", k)
        s = a
        while s > 0 and a - s < EXT_LEFT and _word(pivot[s - 1]):
            s -= 1
            for u in grow:
                add(s, b, u, "xl", k)
        for d in range(1, SHRINK + 1):
            if b - d > a:
                for u in shrink:
                    add(a, b - d, u, "sr", k)
                    add(a + d, b, u, "sl", k)
        j = starts.get(b)
        if j is not None and rules[j][2] in NAMES:
            for u in grow:
                add(a, rules[j][1], u, "mr", k)
        j = ends.get(a)
        if j is not None and rules[j][2] in NAMES:
            for u in grow:
                add(rules[j][0], b, u, "ml", k)
    return out


def _bucket(x: int, top: int) -> str:
    return str(min(x, top))


def featurise(pivot: str, rules, cands: list[Candidate], gaz, heads: dict | None = None) -> None:
    """Fill each candidate's feature strings."""
    starts = {s: t for s, e, t in rules}
    ends = {e: t for s, e, t in rules}
    typed = defaultdict(set)
    for s, e, t in rules:
        typed[t].add(pivot[s:e])
    counts: dict[str, int] = {}
    for c in cands:
        s, e, t = c.span
        a, b, u = rules[c.origin]
        name = pivot[s:e]
        k = c.kind
        kt = k + t + u
        if name not in counts:
            counts[name] = pivot.count(name)
        b1 = _cls(pivot[s - 1]) if s else "^"
        a1 = _cls(pivot[e]) if e < len(pivot) else "$"
        f = [
            "bias",
            "k=" + kt,
            "dl=" + kt + _bucket(a - s + 3, 9),
            "dr=" + kt + _bucket(e - b + 3, 9),
            "h1=" + t + pivot[e - 1],
            "h2=" + t + pivot[e - 2 : e],
            "h3=" + t + pivot[e - 3 : e],
            "f1=" + t + pivot[s],
            "f2=" + t + pivot[s : s + 2],
            "b1=" + t + b1,
            "b2=" + t + pivot[max(0, s - 2) : s],
            "a1=" + t + a1,
            "a2=" + t + pivot[e : e + 2],
            "len=" + t + _bucket(e - s, 12),
            "kh1=" + kt + pivot[e - 1],
            "kb1=" + kt + b1,
            "ka1=" + kt + a1,
            "rs=" + t + starts.get(e, "-"),
            "re=" + t + ends.get(s, "-"),
            "in=" + kt + "".join(sorted(rules[j][2][0] for j in c.over if j != c.origin)),
            "tf=" + t + _bucket(counts[name], 3),
            "same=" + t + str(name in typed[t]) + str(name in typed[OTHER[t]]),
        ]
        if k in ("xr", "mr"):
            added = pivot[b:e]
            f += ["add=" + kt + (added if len(added) <= 3 else added[-2:] + "+")]
        elif k in ("xl", "ml"):
            added = pivot[s:a]
            f += ["add=" + kt + (added if len(added) <= 3 else "+" + added[:2])]
        elif k == "sr":
            f += ["cut=" + kt + pivot[e:b]]
        elif k == "sl":
            f += ["cut=" + kt + pivot[a:s]]
        if heads is not None:
            f.append("hr=" + kt + str(int(head_ratio(pivot, e, heads[t]) * 5)))
        if name in gaz.places:
            f.append("gp=" + t)
        if name in gaz.orgs:
            f.append("go=" + t)
        if name in gaz.countries:
            f.append("gc=" + t)
        if len(name) > 2 and names.starts_with_place(name, gaz):
            f.append("sp=" + kt)
        c.feats = f


class Set:
    """The candidates of a group of documents."""

    def __init__(self, docs: list[Doc], gaz, heads: dict | None = None):
        self.docs = docs
        self.cands: list[list[Candidate]] = []
        for d in docs:
            rules = d.rules_pivot
            cs = candidates(d.pivot, rules, heads)
            featurise(d.pivot, rules, cs, gaz, heads)
            for c in cs:
                c.y = int(c.span in d.gold_pivot)
            self.cands.append(cs)

    def all(self) -> list[Candidate]:
        return [c for cs in self.cands for c in cs]


def train(data: list[Candidate], epochs: int, seed: int = 21, rate: float = 0.2) -> dict:
    """Logistic regression by stochastic gradient with a light L2 penalty."""
    w: dict[str, float] = defaultdict(float)
    order = list(range(len(data)))
    rng = random.Random(seed)
    l2 = 1e-6
    for epoch in range(epochs):
        rng.shuffle(order)
        lr = rate / (1 + epoch)
        for j in order:
            c = data[j]
            z = max(-30.0, min(30.0, sum(w.get(x, 0.0) for x in c.feats)))
            g = 1 / (1 + math.exp(-z)) - c.y
            for x in c.feats:
                w[x] -= lr * (g + l2 * w[x])
    return {x: round(v, 4) for x, v in w.items() if abs(v) >= 1e-3}


def train_ranker(groups: list[list[Candidate]], epochs: int, seed: int = 21) -> dict:
    """An averaged structured perceptron that chooses, per rule span, one of its candidates or
    none (score 0): the gold candidate if one is, else none."""
    w: dict[str, float] = defaultdict(float)
    total: dict[str, float] = defaultdict(float)
    stamp: dict[str, int] = defaultdict(int)
    i = 0
    rng = random.Random(seed)
    order = list(range(len(groups)))

    def bump(feats: list[str], d: float) -> None:
        for x in feats:
            total[x] += (i - stamp[x]) * w[x]
            stamp[x] = i
            w[x] += d

    for _ in range(epochs):
        rng.shuffle(order)
        for j in order:
            g = groups[j]
            i += 1
            scored = [(sum(w.get(x, 0.0) for x in c.feats), c) for c in g]
            best = max(scored, key=lambda x: x[0])
            guess = best[1] if best[0] > 0 else None
            truth = next((c for c in g if c.y), None)
            if guess is truth:
                continue
            if truth is not None:
                bump(truth.feats, 1.0)
            if guess is not None:
                bump(guess.feats, -1.0)
    out = {}
    for x, v in w.items():
        avg = (total[x] + (i - stamp[x]) * v) / i
        if abs(avg) >= 1e-4:
            out[x] = round(avg, 4)
    return out


def groups(st: Set) -> list[list[Candidate]]:
    out = []
    for cs in st.cands:
        by: dict[int, list[Candidate]] = defaultdict(list)
        for c in cs:
            by[c.origin].append(c)
        out += list(by.values())
    return out


def score(data: list[Candidate], w: dict) -> None:
    """Each candidate's score squashed to 0–1 (a probability for the logistic model; for the
    ranker, 0.5 is "as good as none")."""
    for c in data:
        z = max(-30.0, min(30.0, sum(w.get(x, 0.0) for x in c.feats)))
        c.p = 1 / (1 + math.exp(-z))


def decide(rules, cands: list[Candidate], replace: float, drop: float):
    """The document's spans after the rescorer: changes best first, then drops."""
    keep = {c.origin: c.p for c in cands if c.kind == "orig"}
    changes = sorted((c for c in cands if c.kind != "orig" and c.p >= replace), key=lambda c: -c.p)
    used: set[int] = set()
    new = []
    for c in changes:
        if any(j in used for j in c.over) or any(c.p <= keep.get(j, 0.0) for j in c.over):
            continue
        used.update(c.over)
        new.append(c.span)
    out = [r for k, r in enumerate(rules) if k not in used and not (k in keep and keep[k] < drop)]
    return sorted(out + new)


def evaluate(st: Set, replace: float | None, drop: float) -> tuple[Counter, Counter, Counter]:
    tp: Counter = Counter()
    fp: Counter = Counter()
    fn: Counter = Counter()
    for d, cs in zip(st.docs, st.cands, strict=True):
        spans = d.rules_pivot if replace is None else decide(d.rules_pivot, cs, replace, drop)
        pred = {d.to_text(*sp) for sp in spans}
        pred = {x for x in pred if x[1] > x[0]}
        for x in pred & d.gold:
            tp[x[2]] += 1
        for x in pred - d.gold:
            fp[x[2]] += 1
        for x in d.gold - pred:
            fn[x[2]] += 1
    return tp, fp, fn


def figures(res) -> dict[str, tuple[float, float, float]]:
    tp, fp, fn = res
    out = {"micro": prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))}
    out["ORG+LOC"] = prf(*(sum(c[t] for t in NAMES) for c in (tp, fp, fn)))
    for t in ("ORG", "LOC", "PER"):
        out[t] = prf(tp[t], fp[t], fn[t])
    return out


def line(label: str, figs) -> str:
    cells = "  ".join(f"{k} {'/'.join(f'{v:.3f}' for v in figs[k])}" for k in figs)
    return f"  {label:22} {cells}"


def load_check() -> list[Doc]:
    return [
        Doc(p.stem, "check", json.loads(p.read_text(encoding="utf-8")))
        for p in sorted(CHECK.glob("*.json"))
    ]


GRID = [
    (replace, drop)
    for replace in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98, 2.0)
    for drop in (0.0, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5)
]


def choose(st: Set, base) -> tuple[float, float]:
    """The pair of the grid with the best ORG+LOC F1 on ``st`` whose overall F1 is not lower
    than the rules' (the rules alone, 2.0/0.0, if none is better)."""
    best = None
    for replace, drop in GRID:
        f = figures(evaluate(st, replace, drop))
        key = (f["micro"][2] >= base["micro"][2], round(f["ORG+LOC"][2], 4), -replace, -drop)
        if best is None or key > best[0]:
            best = (key, replace, drop)
    assert best is not None
    return best[1], best[2]


def changes(st: Set, replace: float, drop: float) -> str:
    """How many spans the rescorer adds and removes, and how many of each the gold has."""
    c: Counter = Counter()
    for d, cs in zip(st.docs, st.cands, strict=True):
        before, after = set(d.rules_pivot), set(decide(d.rules_pivot, cs, replace, drop))
        for sp in after - before:
            c["added", sp in d.gold_pivot] += 1
        for sp in before - after:
            c["removed", sp in d.gold_pivot] += 1
    return (
        f"added {c['added', True] + c['added', False]} ({c['added', True]} gold),"
        f" removed {c['removed', True] + c['removed', False]} ({c['removed', True]} gold)"
    )


def bound(st: Set):
    """Every gold candidate taken and every wrong rule span dropped: what a perfect chooser of
    these candidates would score."""
    kept = [c.p for c in st.all()]
    for c in st.all():
        c.p = float(c.y)
    figs = figures(evaluate(st, 0.5, 0.5))
    for c, p in zip(st.all(), kept, strict=True):
        c.p = p
    return figs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", choices=("rank", "logistic"), default="rank")
    ap.add_argument("--epochs", type=int, default=10)
    ap.add_argument("--rate", type=float, default=0.2, help="logistic: the learning rate")
    ap.add_argument(
        "--heads", type=float, default=0.1, help="grown spans only at heads of this ratio (0: all)"
    )
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--show-set", choices=("train", "thr"), default="thr")
    args = ap.parse_args(argv)
    t0 = time.time()
    gaz = gazetteer()
    train_docs = load(TRAIN)
    heads = learn_heads(train_docs, 3, args.heads) if args.heads else None
    sets = {
        "train": Set(train_docs, gaz, heads),
        "thr": Set(load(THRESHOLD), gaz, heads),
        "val": Set(load(VALIDATION), gaz, heads),
        "check": Set(load_check(), gaz, heads),
    }
    for k, st in sets.items():
        data = st.all()
        chars = sum(len(d.pivot) for d in st.docs)
        kinds = Counter(c.kind for c in data if c.y)
        print(
            f"{k}: {len(st.docs)} documents, {chars} characters, {len(data)} candidates"
            f" ({len(data) * 1_000_000 // max(chars, 1)} per 1 M characters),"
            f" {sum(c.y for c in data)} gold: {dict(kinds)}"
        )
    print(f"candidates and features: {time.time() - t0:.1f} s")
    if args.model == "rank":
        w = train_ranker(groups(sets["train"]), args.epochs)
    else:
        w = train(sets["train"].all(), args.epochs, rate=args.rate)
    print(f"trained: {len(w)} weights, {time.time() - t0:.1f} s")
    for st in sets.values():
        score(st.all(), w)
    base = {k: figures(evaluate(st, None, 0.0)) for k, st in sets.items()}
    replace, drop = choose(sets["thr"], base["thr"])
    print(f"thresholds on 28-31: replace {replace}, drop {drop}")
    for k, st in sets.items():
        print(f"== {k}")
        print(line("bound (oracle choice)", bound(st)))
        print(line("rules", base[k]))
        print(line("rules + rescorer", figures(evaluate(st, replace, drop))))
        print("    " + changes(st, replace, drop))
        if k in ("val", "check"):  # in hindsight (a bound, not a result): the set's own best pair
            r, dr = choose(st, base[k])
            print(line(f"  hindsight {r}/{dr}", figures(evaluate(st, r, dr))))
    if args.show:
        st = sets["train" if args.show_set == "train" else "thr"]
        shown = 0
        for d, cs in zip(st.docs, st.cands, strict=True):
            after = set(decide(d.rules_pivot, cs, replace, drop))
            for sp in sorted(after ^ set(d.rules_pivot)):
                s, e, t = sp
                mark = ("+" if sp in after else "-") + ("ok" if sp in d.gold_pivot else "no")
                ctx = d.pivot[max(0, s - 4) : s] + "[" + d.pivot[s:e] + "]" + d.pivot[e : e + 4]
                print(f"  {mark} {t} {ctx.replace(chr(10), ' ')}")
                shown += 1
            if shown >= args.show:
                break
    return 0


if __name__ == "__main__":
    sys.exit(main())
