"""A learned check of the outline's headings, judged leave-one-batch-out (issue #12, session 26,
task ml26).

Question: six sessions of hand rules lifted dev outline scores and left unread text where it was;
a hand rule cannot be cross-validated, a small model can. Does a small model, stacked on the
rules, veto false headings (and rescue missed ones) on batches it was not trained on?

Candidates and labels (dev documents only, split.tsv ``dev`` rows; no held-out document is
opened): the outline's own lines (``heading_scorer_experiment.candidates_of``, session 21): every
line the rules make a heading, with the rules' heading text; and, for the recall arm, every other
line of a heading's shape (numbered, at most 30 characters, or not closed by a sentence mark; at
most 120 characters) and the pieces a line opens with (its number alone before an article's text,
its first sentence, a label before a colon). Title, 公文 header and furniture lines are left out.
A candidate is right when the gold outline (``tests/data/real/gold/``) has its text on that line,
normalised as ``score_outline.py`` normalises.

Features (the line and its context only, never the document's name or its split.tsv row): y21's
and ml23's (length, last character's class, numbering form, its place in the document's sequence
of that form, neighbours' lengths and ends, blank lines, position, repeats, the source format and
its heading marks, shares of CJK, digits and punctuation, the previous rule heading's form), and,
new here: the siblings of the same numbering form (how many, how many of them are sentences —
closed by 。！？ or holding one —, their median length), the line's indentation in the text, genre
cues read from the first lines (a 文号, a 公文 genre word closing a line, a dateline or
reporter's mark, whether a 公文 header was read), the script (traditional or simplified characters
among the text's first 2,000). Four designs:

- ``stacked``: the rules' verdict and level are features (y21, ml23's design);
- ``blind``: they are not — the model learns what a heading looks like from every candidate, and
  is used only to veto a rule heading it scores very low (and rescue a line it scores very high);
- ``groups``: a document's rule headings grouped by numbering form, the whole group vetoed;
- ``stumps``: boosted one-feature stumps on the stacked features, thresholds fixed beforehand.

Model (all but ``stumps``): logistic regression by SGD (``line_scorer.train``: pure Python,
fixed seed). Thresholds (veto under ``drop``, rescue at ``add`` or over) are chosen inside the
training batches on two inner folds of batches, keeping the rules unless a pair gains F1.

Commands (``PYTHONPATH=. .venv/bin/python benchmarks/heading_model.py …``):

- ``cv [--design stacked|blind]``: leave one batch out over the dev batches 1-12 and 17-52:
  each batch's dev part scored by the rules alone and by rules + a model trained on the other
  batches; pooled and by genre family (split.tsv ``kind``, for the report only).
- ``score [--design …]``: trained on every dev batch, scored on "new dev" (the dev parts of
  batches 53-56), validation 13-16 and the outline check sets: aggregate rows only, no line of
  those documents is printed.
- ``train [--design …] [--out FILE]``: trained on every dev batch, the weights as JSON.

``--cache DIR`` keeps each set's candidates in DIR (pickle) for the next command; it must be
outside the repository and is keyed by nothing: clear it when gui/ changes.

The result, negative (no design gains cross-validated; not wired into gui/), is in
docs/history/outline-log.md ("A learned heading check judged leave-one-batch-out").
"""

from __future__ import annotations

import argparse
import json
import pickle
import re
import statistics
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import heading_scorer_experiment as base  # noqa: E402
import line_scorer as ls  # noqa: E402
from score_heldout_pooled import kinds  # noqa: E402

from gui.core.loading import read_source  # noqa: E402
from gui.core.reading import document_from_source  # noqa: E402

DEV = [*range(1, 13), *range(17, 53)]
NEW_DEV = [53, 54, 55, 56]
VALIDATION = [13, 14, 15, 16]
FAMILIES = ls.FAMILIES
SEED = 26

_STOPS = "。！？!?"
#: 公文 genre words that close a 公文 title line.
_GONGWEN_WORD = re.compile(
    r"(通知|意见|办法|辦法|决定|決定|批复|批覆|函|复函|規定|规定|方案|公告|通告|通报|通報|报告|報告|条例|條例|细则|細則|令)$"
)
_WENHAO = re.compile(r"[〔\[［【(（]\s*(19|20)\d\d\s*[〕\]］】)）]|字第?\s*\d+\s*號|第\s*\d+\s*号")
_NEWS_MARK = re.compile(r"记者|記者|来源|來源|编辑|編輯|讯|訊|电|電")
_TRAD = set("們這個來說時為國際學會與發關區經對開實現點應當後們將務業產體進機動議條長門車")
_SIMP = set("们这个来说时为国际学会与发关区经对开实现点应当后们将务业产体进机动议条长门车")
_RULE_FEATURES = ("level=", "same_shape_prev_rule=", "family_rule=", "family=")


def _sentence(text: str) -> bool:
    return text[-1:] in _STOPS or any(c in text[:-1] for c in "。！？")


def document_cues(doc) -> list[str]:
    """Genre cues of a document's first lines and its script (features shared by its
    candidates)."""
    text = doc.text
    first = [ln.strip() for ln in text[:1500].split("\n") if ln.strip()][:8]
    head = "\n".join(first)
    han = [c for c in text[:2000] if "\u4e00" <= c <= "\u9fff"]
    trad = sum(c in _TRAD for c in han)
    simp = sum(c in _SIMP for c in han)
    script = "none" if trad + simp < 3 else ("trad" if trad > simp else "simp")
    return [
        f"cue_wenhao={bool(_WENHAO.search(head))}",
        f"cue_genre_word={any(_GONGWEN_WORD.search(ln) for ln in first)}",
        f"cue_news={bool(_NEWS_MARK.search(head))}",
        f"cue_header={doc.header is not None}",
        f"script={script}",
    ]


def sibling_features(rows, cands: list[base.Candidate], text: str) -> None:
    """Add to each candidate: its numbering form's siblings (count, share of sentences, median
    length) and its line's indentation; each also joined with the candidate's kind."""
    by_shape: dict[str, list[str]] = {}
    for r in rows:
        if r[2]:
            by_shape.setdefault(base._shape(r[2])[0], []).append(r[2])
    for c in cands:
        kind = c.features[0].split("=", 1)[1]
        shape = next((f.split("=", 1)[1] for f in c.features if f.startswith("shape=")), "none")
        own = []
        if shape != "none":
            sibs = by_shape.get(shape, [])
            share = sum(_sentence(s) for s in sibs) / max(len(sibs), 1)
            med = statistics.median(len(s) for s in sibs) if sibs else 0
            own += [
                f"sib_sent={base._bucket(int(10 * share), (0, 2, 5, 8, 9))}",
                f"sib_len={base._bucket(int(med), (8, 15, 25, 40, 80))}",
                f"sib_sent_self={share >= 0.5}|{_sentence(rows[c.line][2])}",
            ]
        a = rows[c.line][0]
        line_start = text.rfind("\n", 0, a) + 1
        indent = a - line_start
        own.append(f"indent={base._bucket(indent, (0, 1, 2, 4))}")
        c.features += own + [f"{kind}:{x}" for x in own]


def blind(features: list[str]) -> list[str]:
    """The features without the rules' verdict: a rule heading looks like any line."""
    out = []
    for f in features:
        f = f.replace("kind=rule", "kind=line").replace("rule:", "line:", 1)
        name = f.split(":", 1)[1] if f.startswith("line:") else f
        if not name.startswith(_RULE_FEATURES):
            out.append(f)
    return out


def load_doc(path: Path, gold: dict, batch: int, family: str) -> ls.Doc:
    decoded = read_source(path)
    doc = document_from_source(decoded, path)
    cands, rules = base.candidates_of(doc, decoded, gold)
    ls.extra_features(cands, family)
    body_end = doc.footer.start if doc.footer else len(doc.text)
    rows = base.line_table(
        doc.text, body_end, decoded.headings is None, doc.header.attached if doc.header else ()
    )
    sibling_features(rows, cands, doc.text)
    cues = document_cues(doc)
    for c in cands:
        kind = c.features[0].split("=", 1)[1]
        # the genre family (split.tsv) is the report's grouping, never a feature
        c.features = [f for f in c.features if "family" not in f]
        c.features += cues + [f"{kind}:{x}" for x in cues]
    return ls.Doc(path.name, batch, family, cands, rules, base.gold_texts(gold))


def load(batches: list[int], cache: Path | None, name: str) -> list[ls.Doc]:
    """Dev documents of ``batches`` that have outline gold (split.tsv dev rows only)."""
    if cache is not None and (cache / f"{name}.pkl").is_file():
        return pickle.loads((cache / f"{name}.pkl").read_bytes())
    family = kinds()
    docs = []
    for b in batches:
        for fname in base.dev_files([b]):
            gold_path = base.REAL / "gold" / (Path(fname).stem + ".json")
            if gold_path.is_file():
                gold = json.loads(gold_path.read_text(encoding="utf-8"))
                fam = family.get(Path(fname).stem, "other")
                docs.append(load_doc(base.REAL / fname, gold, b, fam))
    if cache is not None:
        cache.mkdir(parents=True, exist_ok=True)
        (cache / f"{name}.pkl").write_bytes(pickle.dumps(docs))
    return docs


def load_checks(cache: Path | None) -> list[ls.Doc]:
    if cache is not None and (cache / "check.pkl").is_file():
        return pickle.loads((cache / "check.pkl").read_bytes())
    docs = []
    for folder in ("outline_check", "outline_check2"):
        for gold_path in sorted((base.REAL / folder / "gold").glob("*.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            name = Path(gold["file"]).name
            docs.append(load_doc(base.REAL / folder / name, gold, 0, ls._family_of(name)))
    if cache is not None:
        cache.mkdir(parents=True, exist_ok=True)
        (cache / "check.pkl").write_bytes(pickle.dumps(docs))
    return docs


def designed(docs: list[ls.Doc], design: str) -> list[ls.Doc]:
    """``docs`` with the design's features (``blind``: no rule verdict; the others keep it)."""
    if design != "blind":
        return docs
    out = []
    for d in docs:
        cands = [
            base.Candidate(c.text, blind(c.features), c.rule, c.label, c.line) for c in d.cands
        ]
        out.append(ls.Doc(d.name, d.batch, d.family, cands, d.rules, d.gold))
    return out


HOW = {"epochs": 12, "l2": 1e-4, "seed": SEED}


def _feature(c: base.Candidate, name: str) -> str:
    return next((f.split("=", 1)[1] for f in c.features if f.startswith(name + "=")), "-")


def _share(members: list[base.Candidate], name: str, value: str) -> str:
    k = sum(_feature(c, name) == value for c in members)
    return (
        "0"
        if k == 0
        else "all"
        if k == len(members)
        else "most"
        if 2 * k >= len(members)
        else "some"
    )


def groups(doc: ls.Doc) -> tuple[ls.Doc, list[int]]:
    """The ``groups`` design: a document's rule headings grouped by numbering form (the
    unnumbered ones one group), one example per group — right when most of its headings are in
    the gold — with features of the group as a whole; and, per candidate, its group's index (-1:
    no rule heading)."""
    keys: dict[str, int] = {}
    members: list[list[base.Candidate]] = []
    where = []
    for c in doc.cands:
        if not c.rule:
            where.append(-1)
            continue
        k = keys.setdefault(_feature(c, "shape"), len(keys))
        if k == len(members):
            members.append([])
        members[k].append(c)
        where.append(k)
    examples = []
    for k, group in enumerate(members):
        first = group[0]
        shape = _feature(first, "shape")
        sent = _share(group, "end", "stop")
        own = [
            "bias",
            f"g_shape={shape}",
            f"g_n={base._bucket(len(group), (1, 2, 3, 5, 8, 16))}",
            f"g_level={min(int(_feature(c, 'level')) for c in group)}",
            f"g_stop={sent}",
            f"g_colon={_share(group, 'end', 'colon')}",
            f"g_inner_stop={_share(group, 'inner_stop', 'True')}",
            f"g_whole={_share(group, 'whole', 'True')}",
            f"g_next={_share(group, 'seq', 'next')}",
            f"g_marked={_share(group, 'marked', 'True')}",
            f"g_hash={_share(group, 'md_hash', 'True')}",
            f"g_prev_blank={_share(group, 'prev_blank', 'True')}",
            f"g_len={Counter(_feature(c, 'len') for c in group).most_common(1)[0][0]}",
            f"g_line_len={Counter(_feature(c, 'line_len') for c in group).most_common(1)[0][0]}",
            f"g_sib_sent={_feature(first, 'sib_sent')}",
            f"g_fmt={_feature(first, 'fmt')}",
            f"g_pos={_feature(first, 'pos')}",
            f"g_shape_stop={shape}|{sent}",
            f"g_shape_sib={shape}|{_feature(first, 'sib_sent')}",
        ]
        own += [f for f in first.features if f.startswith(("cue_", "script="))]
        good = 2 * sum(c.label for c in group) > len(group)
        examples.append(base.Candidate(shape, own, True, good, k))
    return ls.Doc(doc.name, doc.batch, doc.family, examples, [], []), where


def expand(where: list[list[int]], gprobs: list[list[float]]) -> list[list[float]]:
    """Candidate scores from group scores: a rule heading gets its group's, any other line 0
    (the groups design rescues nothing)."""
    return [[p[k] if k >= 0 else 0.0 for k in w] for w, p in zip(where, gprobs, strict=True)]


DROPS = [x / 20 for x in range(0, 12)]


def choose_drop(docs: list[ls.Doc], probs: list[list[float]]) -> tuple[float, float]:
    """The veto threshold with the best pooled F1 (nothing rescued); the rules unless it gains."""
    best_f1, best = ls.f1(ls.tally(docs, probs, *ls._IDENTITY)), ls._IDENTITY
    for drop in DROPS:
        v = ls.f1(ls.tally(docs, probs, drop, 1.01))
        if v > best_f1 + 1e-9:
            best_f1, best = v, (drop, 1.01)
    return best


def group_scores(
    train_docs: list[ls.Doc], test_docs: list[ls.Doc], vocab: ls.Vocabulary
) -> list[list[float]]:
    """Candidate scores of ``test_docs`` by a group model trained on ``train_docs``."""
    gtrain = [groups(d)[0] for d in train_docs]
    w = ls.fit(gtrain, vocab, HOW)
    gtest = [groups(d) for d in test_docs]
    return expand([g[1] for g in gtest], ls.scores(w, ls.encode([g[0] for g in gtest], vocab)))


def group_thresholds(docs: list[ls.Doc], vocab: ls.Vocabulary) -> tuple[float, float]:
    """The veto threshold chosen on two inner folds of ``docs``' batches."""
    batches = sorted({d.batch for d in docs})
    probs: list[list[float]] = [[] for _ in docs]
    for fold in ls.inner_folds(batches, 2):
        inside = [i for i, d in enumerate(docs) if d.batch in fold]
        outside = [d for d in docs if d.batch not in fold]
        for i, p in zip(
            inside, group_scores(outside, [docs[i] for i in inside], vocab), strict=True
        ):
            probs[i] = p
    return choose_drop(docs, probs)


#: The ``stumps`` design: boosted one-feature stumps (logistic loss, Newton steps) on the stacked
#: features; its thresholds are fixed before any run (drop under 0.2, add at 0.9 or over), not
#: chosen, to keep its cost to one fit per fold.
STUMPS = {"rounds": 40, "shrink": 0.3, "l2": 1.0}
STUMP_THRESHOLDS = (0.2, 0.9)


def train_stumps(rows: list[tuple[list[int], float]], size: int) -> list[tuple[int, float, float]]:
    """Boosted stumps over sparse binary features: each round, the feature whose split (present /
    absent) most lowers the logistic loss, with its two leaf values; deterministic (ties go to
    the lower index)."""
    n = len(rows)
    margin = [0.0] * n
    model: list[tuple[int, float, float]] = []
    lam = STUMPS["l2"]
    for _ in range(STUMPS["rounds"]):
        grad = [y - ls._sigmoid(m) for (_, y), m in zip(rows, margin, strict=True)]
        hess = [max(p * (1 - p), 1e-6) for p in (ls._sigmoid(m) for m in margin)]
        g_all, h_all = sum(grad), sum(hess)
        g_f = [0.0] * size
        h_f = [0.0] * size
        for (feats, _), g, h in zip(rows, grad, hess, strict=True):
            for k in feats:
                g_f[k] += g
                h_f[k] += h
        best, best_gain = -1, 0.0
        for k in range(size):
            if h_f[k] == 0.0:
                continue
            g_out, h_out = g_all - g_f[k], h_all - h_f[k]
            gain = g_f[k] ** 2 / (h_f[k] + lam) + g_out**2 / (h_out + lam)
            if gain > best_gain + 1e-12:
                best, best_gain = k, gain
        if best < 0:
            break
        v_in = STUMPS["shrink"] * g_f[best] / (h_f[best] + lam)
        v_out = STUMPS["shrink"] * (g_all - g_f[best]) / (h_all - h_f[best] + lam)
        model.append((best, v_in, v_out))
        for i, (feats, _) in enumerate(rows):
            margin[i] += v_in if best in feats else v_out
    return model


def stump_scores(
    model: list[tuple[int, float, float]], encoded: list[list[list[int]]]
) -> list[list[float]]:
    return [
        [ls._sigmoid(sum(a if k in f else b for k, a, b in model)) for f in map(set, doc)]
        for doc in encoded
    ]


def fit_design(train_docs: list[ls.Doc], design: str):
    """A model of ``train_docs`` for ``design``, its thresholds chosen on two inner folds of
    their batches: (scores of documents, (drop, add), (vocabulary, weights))."""
    vocab = ls.Vocabulary()
    batches = sorted({d.batch for d in train_docs})
    if design == "stumps":
        enc = ls.encode(train_docs, vocab)
        model = train_stumps(ls.examples(train_docs, enc), len(vocab.index))

        def score(docs: list[ls.Doc]) -> list[list[float]]:
            return stump_scores(model, ls.encode(docs, vocab))

        return score, STUMP_THRESHOLDS, (vocab, model)
    if design == "groups":
        thresholds = group_thresholds(train_docs, vocab)
        w = ls.fit([groups(d)[0] for d in train_docs], vocab, HOW)

        def score(docs: list[ls.Doc]) -> list[list[float]]:
            gs = [groups(d) for d in docs]
            return expand([g[1] for g in gs], ls.scores(w, ls.encode([g[0] for g in gs], vocab)))

    else:
        inner = ls.out_of_fold(train_docs, vocab, ls.inner_folds(batches, 2), HOW)
        thresholds = ls.choose(train_docs, inner)
        w = ls.fit(train_docs, vocab, HOW)

        def score(docs: list[ls.Doc]) -> list[list[float]]:
            return ls.scores(w, ls.encode(docs, vocab))

    return score, thresholds, (vocab, w)


def lobo(docs: list[ls.Doc], design: str, log=print) -> tuple[ls.Counts, ls.Counts, dict]:
    """Rules alone and rules + model, each batch scored by a model of the other batches
    (thresholds from two inner folds of those)."""
    batches = sorted({d.batch for d in docs})
    probs: list[list[float]] = [[] for _ in docs]
    chosen: dict[int, tuple[float, float]] = {}
    for b in batches:
        score, chosen[b], _ = fit_design([d for d in docs if d.batch != b], design)
        inside = [i for i, d in enumerate(docs) if d.batch == b]
        for i, p in zip(inside, score([docs[i] for i in inside]), strict=True):
            probs[i] = p
        part = ls.tally([docs[i] for i in inside], [probs[i] for i in inside], *chosen[b])
        rules = ls.tally([docs[i] for i in inside], None, *ls._IDENTITY)
        log(
            f"  batch {b}: drop < {chosen[b][0]}, add >= {chosen[b][1]}; "
            f"rules {rules['pooled']} -> model {part['pooled']}"
        )
    return ls.tally(docs, None, *ls._IDENTITY), ls.stacked_by_batch(docs, probs, chosen), chosen


def changed(docs: list[ls.Doc], probs, thresholds) -> tuple[int, int, int, int]:
    """(vetoes right, vetoes wrong, rescues right, rescues wrong) over ``docs``: counts only."""
    drop, add = thresholds
    vr = vw = rr = rw = 0
    for d, p in zip(docs, probs, strict=True):
        for c, x in zip(d.cands, p, strict=True):
            if c.rule and x < drop:
                vr += not c.label
                vw += c.label
        best: dict[int, tuple[float, bool]] = {}
        for c, x in zip(d.cands, p, strict=True):
            if not c.rule and x >= add and x > best.get(c.line, (0.0, False))[0]:
                best[c.line] = (x, c.label)
        rr += sum(v for _, v in best.values())
        rw += sum(not v for _, v in best.values())
    return vr, vw, rr, rw


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("command", choices=("train", "cv", "score"))
    parser.add_argument(
        "--design", choices=("stacked", "blind", "groups", "stumps"), default="blind"
    )
    parser.add_argument("--cache", type=Path, help="keep candidates here (outside the repo)")
    parser.add_argument("--out", type=Path, help="train: the weights' JSON")
    parser.add_argument("--json", type=Path, help="cv/score: the counts' JSON")
    args = parser.parse_args(argv)
    dev = designed(load(DEV, args.cache, "dev"), args.design)
    n = sum(len(d.cands) for d in dev)
    wrong = sum(c.rule and not c.label for d in dev for c in d.cands)
    missed = sum(c.label and not c.rule for d in dev for c in d.cands)
    print(
        f"dev 1-12, 17-52: {len(dev)} documents, {n} candidates; rule headings the gold lacks"
        f" {wrong}, gold candidates the rules leave {missed}; design {args.design}"
    )
    out: dict = {"design": args.design}
    if args.command == "cv":
        rules, model, chosen = lobo(dev, args.design)
        print("\n".join(ls.table("LOBO, dev 1-12, 17-52: rules vs rules + model", rules, model)))
        out["cv"] = {"rules": rules, "model": model, "thresholds": chosen}
    elif args.command == "score":
        score, thresholds, _ = fit_design(dev, args.design)
        print(
            f"thresholds (inner folds of all dev): drop < {thresholds[0]}, add >= {thresholds[1]}"
        )
        sets = {
            "new dev 53-56": designed(load(NEW_DEV, args.cache, "newdev"), args.design),
            "validation 13-16": designed(load(VALIDATION, args.cache, "validation"), args.design),
            "outline check sets 1 and 2": designed(load_checks(args.cache), args.design),
        }
        for name, docs in sets.items():
            probs = score(docs)
            rules = ls.tally(docs, None, *ls._IDENTITY)
            model = ls.tally(docs, probs, *thresholds)
            print("\n".join(ls.table(f"{name} (aggregate only)", rules, model)))
            vr, vw, rr, rw = changed(docs, probs, thresholds)
            print(f"  vetoes right {vr}, wrong {vw}; rescues right {rr}, wrong {rw}")
            out[name] = {"rules": rules, "model": model, "changes": [vr, vw, rr, rw]}
        out["thresholds"] = thresholds
    else:
        _, thresholds, (vocab, w) = fit_design(dev, args.design)
        if args.design == "stumps":
            name = {i: f for f, i in vocab.index.items()}
            weights = [[name[k], round(a, 4), round(b, 4)] for k, a, b in w]
        else:
            weights = {f: round(w[i], 4) for f, i in vocab.index.items() if abs(w[i]) >= 1e-4}
        out = {"design": args.design, "thresholds": thresholds, "weights": weights}
        text = json.dumps(out, ensure_ascii=False, indent=0, sort_keys=True)
        if args.out:
            args.out.write_text(text, encoding="utf-8")
        print(f"{len(weights)} weights; thresholds {thresholds}")
        return 0
    if args.json:
        args.json.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
