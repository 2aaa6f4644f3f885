"""Can our own gold teach the recogniser ORG names its rules miss? An offline experiment (round 22).

A learned component beside the rules, trained on the project's own entity gold and evaluated on
gold it never saw (docs/history/entities-log.md, "Round 22, ORG (session 17)"):

- **training**: the dev parts of batches 1–``--train-batches`` (default 12) of
  ``tests/data/real/entities`` and, with 12, the outline check's entity gold
  (``tests/data/real/outline_check/entities/gold``; outline_check2 has no entity gold);
  **evaluation**: the dev parts of batches 13–16, scored only: the script prints counts, never
  an entity of them. Only documents whose ``split.tsv`` row says ``dev`` and whose batch is one
  of these are opened: no held-out part, and not batch 17 (fresh in session 17).
- **candidates**: every span of the Simplified pivot that ends at a head learned from the
  training gold (the last 1–3 characters of the gold spans of ``--type``, ORG by default, kept
  where the tail ends one ``--min-heads`` times and in ``--min-head-ratio`` of its occurrences)
  and starts 2–``MAX_LEN`` characters back, inside a run of CJK, Latin letters and digits;
  each stands to the rules' spans in one relation: ``free`` (no rule span overlaps it),
  ``over_other`` (it holds spans of the other name type only: 浙江 in 浙江社保科创基金),
  ``over_same`` (it holds a span of its type and more: 中石油 in 中石油川东北气矿),
  ``inside_same`` (it lies inside one: 中葡经贸中心 in 高度评价中葡经贸中心), ``same``, or
  crossing;
- **features**: the head, the first one and two characters, the one and two characters outside
  each end, the length, the inner characters, whether the part before the head is a gazetteer
  place or body (or starts with a place), the rule spans that end right before or start right
  after it, the relation and its conjunctions with head, edges and length, what a relation
  holds or cuts off; ``--df`` adds in how many other training documents the string stands and
  how often in its own (a kind of body such as 专家委员会 stands in many);
- **model**: an averaged perceptron (``--model logistic``: logistic regression by SGD with the
  positives weighted up), pure Python, trained on every candidate of the training documents
  (``--residual``: only on the four relations' candidates);
- **decision**: a candidate of the relations ``--relations`` above its relation's threshold
  replaces the rule spans it overlaps; among overlapping candidates the best score wins;
- **thresholds**: per relation, by 4-fold cross-validation on the training documents (train on
  three folds, score the fourth, pool): the score at which taking the pooled candidates best
  first gains most, counting 1.1 per true positive gained and 0.9 per false positive (the
  break-even of an F1 near 0.9); none where nothing gains.

Printed: the out-of-fold thresholds; how many of 13–16 dev's missed spans of the type are
candidates at all; strict P/R/F1 (micro, ORG, LOC, PER) and F1 per batch on 13–16 dev for the
rules alone and with the component; the proposals and how many are right; and, in hindsight
(a bound, not a result), what the best 5–80 candidates of 13–16 dev would have done whatever
the folds said. ``--drop`` also learns a filter of the rules' own ORG spans (drop where it is
sure the span is wrong), thresholded the same way. ``--tagger`` runs the fifth round's
character tagger (``tagger_experiment.py``) trained on the same gold instead, its spans added
where no rule span overlaps. ``--show N`` prints the N best out-of-fold candidates per relation
(training documents only). Nothing here is used by the app.

    .venv/bin/python benchmarks/org_candidates_experiment.py [--type ORG|LOC] [--df]
        [--model perceptron|logistic] [--epochs 6] [--residual] [--drop] [--tagger]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import org_candidates as oc  # noqa: E402
from org_candidates import (  # noqa: E402
    CHECK,
    RELATIONS,
    Context,
    Doc,
    Example,
    change,
    decide,
    document_frequencies,
    evaluate,
    examples,
    features,
    learn_heads,
    load,
    prf,
    print_eval,
    proposal_counts,
    train,
)

from gui.core.entities.gazetteer import gazetteer  # noqa: E402


def choose_thresholds(train_docs, heads, gaz, args) -> dict[str, float]:
    """Per relation, the threshold at which the pooled out-of-fold candidates, taken best first,
    gain most (1.1 x true positives gained - 0.9 x false positives gained: the break-even of an
    F1 near 0.9); none where no threshold gains."""
    folds = [list(range(k, len(train_docs), 4)) for k in range(4)]
    pooled: dict[str, list] = defaultdict(list)
    for fold in folds:
        inside = [train_docs[i] for i in range(len(train_docs)) if i not in fold]
        outside = [train_docs[i] for i in fold]
        weights = train(examples(inside, heads, gaz, args.residual), args.epochs)
        data = examples(outside, heads, gaz, True)
        for ex in data:
            sc = sum(weights.get(x, 0.0) for x in ex.feats)
            dtp, dfp = change(outside[ex.doc], ex)
            pooled[ex.rel].append((sc, dtp, dfp, outside[ex.doc], ex))
    thresholds = {}
    for rel in RELATIONS:
        rows = sorted(pooled[rel], key=lambda r: -r[0])
        best, best_gain, gain, right, n = float("inf"), 0.0, 0.0, 0, 0
        for sc, dtp, dfp, _d, _ex in rows:
            n += 1
            gain += 1.1 * dtp - 0.9 * dfp
            right += dtp > 0
            if gain > best_gain and n >= 3:
                best, best_gain, at = sc, gain, (n, right)
        thresholds[rel] = best - 1e-9
        told = f"top {at[0]}, {at[1]} right" if best_gain else "none"
        print(
            f"  {rel}: out-of-fold {len(rows)} candidates ({sum(r[1] > 0 for r in rows)} right),"
            f" threshold {best:.2f} ({told}, gain {best_gain:.1f})"
        )
        if args.show:
            for sc, dtp, _dfp, d, ex in rows[: args.show]:
                s, e = ex.span
                ctx = d.pivot[max(0, s - 4) : s] + "[" + d.pivot[s:e] + "]" + d.pivot[e : e + 4]
                print(f"    {'+' if dtp > 0 else '-'} {sc:6.2f} {ctx.replace(chr(10), ' ')}")
    return thresholds


def drop_examples(docs: list[Doc], heads, gaz) -> list[Example]:
    """The rules' own ORG spans, labelled +1 where the gold does not have them (a filter)."""
    out = []
    for i, d in enumerate(docs):
        ctx = Context(d.pivot, d.rules_pivot, gaz, oc.DF, d.name in oc.TRAINING)
        for k, (s, e, t) in enumerate(d.rules_pivot):
            if t != "ORG" or e - s < 1:
                continue
            name = d.pivot[s:e]
            head = next((name[-n:] for n in (3, 2, 1) if len(name) > n and name[-n:] in heads), "")
            hs = {**heads, head: heads.get(head, 0.0)}
            feats = features(ctx, s, e, head, hs, "drop", [k])
            feats += ["name=" + name if len(name) <= 4 else "long"]
            y = -1 if d.to_text(s, e, t) in d.gold else 1
            out.append(Example(feats, y, i, (s, e), "drop", [k]))
    return out


def choose_drop_threshold(train_docs, heads, gaz, args) -> float:
    """The threshold at which dropping the out-of-fold rule ORG spans, most confident first,
    gains most (0.9 per wrong span dropped, 1.1 per right one lost)."""
    rows = []
    for k in range(4):
        fold = set(range(k, len(train_docs), 4))
        inside = [d for j, d in enumerate(train_docs) if j not in fold]
        outside = [d for j, d in enumerate(train_docs) if j in fold]
        weights = train(drop_examples(inside, heads, gaz), args.epochs)
        for ex in drop_examples(outside, heads, gaz):
            rows.append((sum(weights.get(x, 0.0) for x in ex.feats), ex.y, outside[ex.doc], ex))
    rows.sort(key=lambda r: -r[0])
    best, best_gain, gain, wrong, n, at = float("inf"), 0.0, 0.0, 0, 0, (0, 0)
    for sc, y, _d, _ex in rows:
        n += 1
        gain += 0.9 if y > 0 else -1.1
        wrong += y > 0
        if gain > best_gain and n >= 3:
            best, best_gain, at = sc, gain, (n, wrong)
    print(
        f"  drop: out-of-fold {len(rows)} rule ORG spans ({sum(r[1] > 0 for r in rows)} wrong),"
        f" threshold {best:.2f} (top {at[0]}, {at[1]} wrong, gain {best_gain:.1f})"
    )
    for sc, y, d, ex in rows[: args.show]:
        s, e = ex.span
        ctx = d.pivot[max(0, s - 4) : s] + "[" + d.pivot[s:e] + "]" + d.pivot[e : e + 4]
        print(f"    {'wrong' if y > 0 else 'right'} {sc:6.2f} {ctx.replace(chr(10), ' ')}")
    return best - 1e-9


def tagger_run(train_docs: list[Doc], eval_docs: list[Doc], args, gaz) -> None:
    """The fifth round's Experiment 1 again, trained on our own gold: the character tagger of
    ``tagger_experiment.py`` (BIO for PER, LOC and ORG; the gazetteer's places and bodies as
    its word features) on the training documents, its spans added where no rule span overlaps."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import tagger_experiment as te

    sentences = []
    for d in train_docs:
        tags = ["O"] * len(d.pivot)
        for s, e, t in d.gold_pivot:
            if t in te.NAME_TYPES and e > s:
                tags[s:e] = ["B-" + t] + ["I-" + t] * (e - s - 1)
        start = 0
        for i, ch in enumerate(d.pivot):
            if ch in "。！？\n" or i == len(d.pivot) - 1:
                seg = list(zip(d.pivot[start : i + 1], tags[start : i + 1], strict=True))
                if seg and seg[0][1].startswith("I-"):
                    seg[0] = (seg[0][0], "B-" + seg[0][1][2:])
                if any(not c.isspace() for c, _t in seg):
                    sentences.append(seg)
                start = i + 1
    lexicon = {w: "ns" for w in gaz.places if 2 <= len(w) <= 6}
    lexicon.update({w: "nt" for w in gaz.orgs if 2 <= len(w) <= 6})
    data = [(x, te.lexicon_features("".join(c for c, _t in x), lexicon)) for x in sentences]
    t0 = time.time()
    model = te.Perceptron()
    model.train(data, args.epochs)
    print(
        f"tagger: trained on {sum(len(x) for x in sentences):,} characters ({time.time() - t0:.0f} s)"
    )
    t0 = time.time()
    tagged = [model.spans(d.pivot, lexicon) for d in eval_docs]
    chars = sum(len(d.pivot) for d in eval_docs)
    print(f"tagger: {chars / (time.time() - t0) / 1000:.1f} K chars/s on 13–16 dev")
    base = {i: set(d.rules) for i, d in enumerate(eval_docs)}
    for ty in (*te.NAME_TYPES, "all"):
        right = wrong = 0
        added = {}
        for i, d in enumerate(eval_docs):
            new = [
                (s, e, t)
                for s, e, t in tagged[i]
                if (ty == "all" or t == ty)
                and not any(a < e and s < b for a, b, _t in d.rules_pivot)
            ]
            added[i] = {d.to_text(*x) for x in new}
            right += len(added[i] & d.gold)
            wrong += len(added[i] - d.gold)
        tp, fp, fn = Counter(), Counter(), Counter()
        for i, d in enumerate(eval_docs):
            pred = base[i] | added[i]
            tp.update(x[2] for x in pred & d.gold)
            fp.update(x[2] for x in pred - d.gold)
            fn.update(x[2] for x in d.gold - pred)
        cells = " ".join(f"{t} {prf(tp[t], fp[t], fn[t])[2]:.3f}" for t in te.NAME_TYPES)
        micro = prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))[2]
        print(
            f"  rules + tagger's {ty:3}: micro {micro:.3f}  {cells}  (added {right + wrong}, right {right})"
        )


def gold_list_run(eval_docs: list[Doc], known: set[str], base: dict[int, set]) -> None:
    """The training gold as a list: every occurrence in 13–16 dev of a name of ``--type`` that
    the training gold has (two characters or more) where no rule span overlaps, longest first."""
    pattern = re.compile(
        "|".join(sorted(map(re.escape, (k for k in known if len(k) >= 2)), key=len, reverse=True))
    )
    added: dict[int, set] = {}
    right = wrong = 0
    for i, d in enumerate(eval_docs):
        taken = bytearray(len(d.pivot))
        for s, e, _t in d.rules_pivot:
            taken[s:e] = b"\x01" * (e - s)
        found = set()
        for m in pattern.finditer(d.pivot):
            if not taken.count(1, m.start(), m.end()):
                found.add(d.to_text(m.start(), m.end(), oc.TYPE))
        added[i] = found
        right += len(found & d.gold)
        wrong += len(found - d.gold)
    tp, fp, fn = Counter(), Counter(), Counter()
    for i, d in enumerate(eval_docs):
        pred = base[i] | added[i]
        tp.update(x[2] for x in pred & d.gold)
        fp.update(x[2] for x in pred - d.gold)
        fn.update(x[2] for x in d.gold - pred)
    micro = prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))[2]
    print(
        f"rules + the training gold's {oc.TYPE} names as a list: added {right + wrong}, right {right};"
        f" {oc.TYPE} F1 {prf(tp[oc.TYPE], fp[oc.TYPE], fn[oc.TYPE])[2]:.3f}, micro {micro:.3f}"
    )


def r_precision(train_docs: list[Doc], heads, gaz, args) -> None:
    """Is the model any good at all? Out of fold on the training documents, over every candidate
    and per relation: of the best k candidates, k the number of gold spans among them, how many
    are gold (R-precision)."""
    rows = []
    for k in range(4):
        fold = set(range(k, len(train_docs), 4))
        inside = [d for j, d in enumerate(train_docs) if j not in fold]
        outside = [d for j, d in enumerate(train_docs) if j in fold]
        weights = train(examples(inside, heads, gaz, args.residual), args.epochs)
        for ex in examples(outside, heads, gaz, False):
            rows.append((sum(weights.get(x, 0.0) for x in ex.feats), ex.y > 0, ex.rel))
    rows.sort(key=lambda r: -r[0])
    groups: dict[str, list] = defaultdict(list)
    for row in rows:
        groups["all"].append(row)
        groups[row[2]].append(row)
    for rel, part in groups.items():
        gold = sum(r[1] for r in part)
        if gold:
            top = sum(r[1] for r in part[:gold])
            print(
                f"  R-precision, {rel}: {top} of the best {gold} of {len(part)} ({top / gold:.3f})"
            )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--epochs", type=int, default=6)
    ap.add_argument("--min-heads", type=int, default=3)
    ap.add_argument("--min-head-ratio", type=float, default=0.1)
    ap.add_argument("--residual", action="store_true")
    ap.add_argument(
        "--train-batches",
        type=int,
        default=12,
        choices=range(1, 13),
        metavar="N",
        help="train on the dev parts of batches 1–N (12, the default, adds the check set)",
    )
    ap.add_argument("--type", choices=("ORG", "LOC"), default="ORG")
    ap.add_argument("--model", choices=("perceptron", "logistic"), default="perceptron")
    ap.add_argument(
        "--tagger", action="store_true", help="the fifth round's character tagger, on our gold"
    )
    ap.add_argument(
        "--gold-list", action="store_true", help="the training gold's names as a list, no model"
    )
    ap.add_argument(
        "--r-precision", action="store_true", help="out-of-fold R-precision per relation only"
    )
    ap.add_argument("--df", action="store_true", help="features: document frequency, count")
    ap.add_argument(
        "--drop", action="store_true", help="also learn a filter of the rules' ORG spans"
    )
    ap.add_argument(
        "--relations", default=",".join(RELATIONS), help="which relations may be proposed"
    )
    ap.add_argument(
        "--show", type=int, default=0, help="print the N best out-of-fold candidates per relation"
    )
    args = ap.parse_args(argv)
    oc.MODEL, oc.TYPE = args.model, args.type
    t0 = time.time()
    gaz = gazetteer()
    last = args.train_batches
    train_docs = load({str(b) for b in range(1, last + 1)})
    for path in sorted(CHECK.glob("*.json")) if last == 12 else ():
        train_docs.append(
            Doc("check/" + path.stem, "check", json.loads(path.read_text(encoding="utf-8")))
        )
    eval_docs = load({"13", "14", "15", "16"})
    chars = sum(len(d.text) for d in train_docs)
    print(
        f"training: {len(train_docs)} documents, {chars} characters; evaluation: {len(eval_docs)} documents ({time.time() - t0:.0f} s)"
    )
    heads = learn_heads(train_docs, args.min_heads, args.min_head_ratio)
    print(f"heads: {len(heads)}")
    if args.df:
        oc.DF = document_frequencies(train_docs, heads)
        oc.TRAINING.update(d.name for d in train_docs)
    if args.tagger:
        tagger_run(train_docs, eval_docs, args, gaz)
        return 0
    if args.r_precision:
        r_precision(train_docs, heads, gaz, args)
        return 0
    thresholds = choose_thresholds(train_docs, heads, gaz, args)
    weights = train(examples(train_docs, heads, gaz, args.residual), args.epochs)
    data = examples(eval_docs, heads, gaz, True)
    reach = {(ex.doc, ex.span) for ex in data}
    missed = [
        (i, (s, e))
        for i, d in enumerate(eval_docs)
        for s, e, t in d.gold_pivot
        if t == oc.TYPE and d.to_text(s, e, t) not in d.rules
    ]
    print(
        f"13–16 dev: {oc.TYPE} missed by the rules {len(missed)}, of them candidates of the four"
        f" relations {sum(1 for m in missed if m in reach)} (counts only)"
    )
    # The gold as a list: how many of the misses are a name the training gold has.
    known = {d.pivot[s:e] for d in train_docs for s, e, t in d.gold_pivot if t == oc.TYPE}
    print(
        f"  of them a name the training gold has as {oc.TYPE}:"
        f" {sum(1 for i, (s, e) in missed if eval_docs[i].pivot[s:e] in known)}"
    )
    if args.gold_list:
        gold_list_run(eval_docs, known, base={i: set(d.rules) for i, d in enumerate(eval_docs)})
        return 0
    by_relation: Counter[str] = Counter()
    for i, (s, e) in missed:
        ctx = Context(eval_docs[i].pivot, eval_docs[i].rules_pivot, gaz)
        rel = ctx.relation(s, e, ctx.overlapped(s, e))
        by_relation[rel, (i, (s, e)) in reach] += 1
    print(
        "  the misses by relation to the rules' spans (a candidate / not):"
        + ",".join(
            f" {r} {by_relation[r, True]}/{by_relation[r, False]}"
            for r in sorted({r for r, _ in by_relation})
        )
    )
    allowed = set(args.relations.split(","))
    base = {i: set(d.rules) for i, d in enumerate(eval_docs)}
    added = decide(data, weights, thresholds, allowed)
    if args.drop:
        drop_threshold = choose_drop_threshold(train_docs, heads, gaz, args)
        drop_weights = train(drop_examples(train_docs, heads, gaz), args.epochs)
        dropped = right_dropped = 0
        for ex in drop_examples(eval_docs, heads, gaz):
            if sum(drop_weights.get(x, 0.0) for x in ex.feats) > drop_threshold:
                d = eval_docs[ex.doc]
                dropped += 1
                right_dropped += d.to_text(*ex.span, "ORG") in d.gold
                d.rules = d.rules - {d.to_text(*ex.span, "ORG")}
        print(f"dropped rule ORG spans on 13–16 dev: {dropped}, of them right {right_dropped}")
        for d in eval_docs:
            d.rules_kept = d.rules
    print_eval("batches 13–16 dev", evaluate(eval_docs, added, base))
    # In hindsight (a bound, not a result): the best N candidates of 13–16 dev, whatever the
    # training folds said — what any one threshold could have given. Counts only.
    ranked = sorted(
        (sum(weights.get(x, 0.0) for x in ex.feats) for ex in data if ex.rel in allowed),
        reverse=True,
    )
    for n in (5, 10, 20, 40, 80):
        if n <= len(ranked):
            got = decide(data, weights, {r: ranked[n - 1] - 1e-9 for r in RELATIONS}, allowed)
            tp, fp, fn, _pb = evaluate(eval_docs, got, base)["+learned"]
            c = proposal_counts(eval_docs, got)
            right = sum(v for (_r, ok), v in c.items() if ok)
            print(
                f"  hindsight, best {n} candidates (score > {ranked[n - 1]:.2f}):"
                f" {sum(c.values())} proposed, {right} right;"
                f" {oc.TYPE} F1 {prf(tp[oc.TYPE], fp[oc.TYPE], fn[oc.TYPE])[2]:.3f},"
                f" micro {prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))[2]:.3f}"
            )
    counts = proposal_counts(eval_docs, added)
    right = sum(v for (r, ok), v in counts.items() if ok)
    total = sum(counts.values())
    print(
        f"proposals: {total}, right {right} ({right / max(1, total):.3f}); by relation (right, wrong): "
        + ", ".join(f"{r} {counts[r, True]}/{counts[r, False]}" for r in RELATIONS)
    )
    print(f"({time.time() - t0:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
