"""Would a learned tagger beside the rules lift recall on unseen text? An offline experiment.

Trains a character-level averaged perceptron (BIO tags for PER, LOC and ORG; greedy
left-to-right decoding with the previous tag as a feature) on annotated corpora in the usual
two-column BIO format (one character and its tag per line, a blank line between sentences),
then scores on the dev parts of the real-document corpus only (batches 1, 2 and 3; held-out
documents are never read):

- ``rules``: the app's recogniser as it is;
- ``tagger``: the tagger's PER/LOC/ORG spans with the rules' other types;
- ``+PER`` / ``+LOC`` / ``+ORG`` / ``+all``: the rules, plus the tagger's spans of that type
  where no rule span overlaps them (the tagger proposes only where the rules found nothing).

``--lexicon`` adds word features from a jieba-style dictionary (word, frequency, tag per
line): whether a dictionary word of 2–6 characters starts, ends or runs through a character,
with the word's part-of-speech tag (ns place, nr person, nt organisation, …).

Nothing here is used by the app: no corpus, weight or list from it is in the repository
(docs/history/entities-log.md, "Fifth round"; the corpora and their licences are in
resources/gazetteers/README.md).

    python benchmarks/tagger_experiment.py CORPUS.bio [CORPUS.bio ...] [--lexicon dict.txt]
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import score_entities  # noqa: E402
import score_entities_bio  # noqa: E402
from score_entities_bio import spans_of  # noqa: E402

from gui.core.entities.recogniser import recognise  # noqa: E402
from gui.core.script import to_pivot  # noqa: E402

TAGS = ("O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG")
NAME_TYPES = ("PER", "LOC", "ORG")
# BIO: an I- tag follows only a B- or I- tag of its own type.
ALLOWED = {
    prev: [t for t in TAGS if not t.startswith("I-") or (prev != "O" and prev[2:] == t[2:])]
    for prev in (*TAGS, "#")
}
LEXICON_TAGS = frozenset("ns nr nt nz v vn n a d p c u m q t f r".split())

Sentence = list[tuple[str, str]]


def read_bio(path: Path) -> list[Sentence]:
    """Sentences of ``(character, tag)`` from a two-column BIO file; tags of other schemes'
    types are O here."""
    return score_entities_bio.read_bio(path, keep=TAGS.__contains__)


def read_lexicon(path: Path, min_freq: int = 3) -> dict[str, str]:
    """Word → part-of-speech tag from a jieba-style dictionary (2–6 characters)."""
    words = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 3 and 2 <= len(parts[0]) <= 6 and int(parts[1]) >= min_freq:
            words[parts[0]] = parts[2] if parts[2] in LEXICON_TAGS else "x"
    return words


def lexicon_features(text: str, lexicon: dict[str, str]) -> list[tuple[str, ...]]:
    """Per character: the dictionary words that start (S), end (E) or run through (M) it."""
    n = len(text)
    found: list[list[str]] = [[] for _ in range(n)]
    if not lexicon:
        return [() for _ in range(n)]
    for i in range(n):
        for k in range(2, min(6, n - i) + 1):
            tag = lexicon.get(text[i : i + k])
            if tag:
                size = str(min(k, 4))
                found[i].append("S" + tag + size)
                found[i + k - 1].append("E" + tag + size)
                found[i + 1 : i + k - 1] = [f + ["M" + tag] for f in found[i + 1 : i + k - 1]]
    return [tuple(f) for f in found]


def features(text: str, i: int, prev: str) -> tuple[str, ...]:
    """Characters within two places, their bigrams, and the previous tag."""
    n = len(text)
    a, b, c, d, e = (text[k] if 0 <= k < n else "#" for k in range(i - 2, i + 3))
    return (
        "u0" + c,
        "u-1" + b,
        "u1" + d,
        "u-2" + a,
        "u2" + e,
        "b-1" + b + c,
        "b1" + c + d,
        "b-2" + a + b,
        "b2" + d + e,
        "t" + prev,
        "tc" + prev + c,
        "tb" + prev + b + c,
    )


class Perceptron:
    """An averaged perceptron over string features."""

    def __init__(self) -> None:
        self.weights: dict[str, dict[str, float]] = defaultdict(dict)
        self._totals: dict[tuple[str, str], float] = defaultdict(float)
        self._stamps: dict[tuple[str, str], int] = defaultdict(int)
        self._step = 0

    def best(self, feats: tuple[str, ...], candidates: list[str]) -> str:
        scores = dict.fromkeys(candidates, 0.0)
        for f in feats:
            for tag, v in self.weights.get(f, {}).items():
                if tag in scores:
                    scores[tag] += v
        return max(candidates, key=lambda t: (scores[t], t == "O"))

    def _update(self, tag: str, f: str, v: float) -> None:
        key = (f, tag)
        w = self.weights[f].get(tag, 0.0)
        self._totals[key] += (self._step - self._stamps[key]) * w
        self._stamps[key] = self._step
        self.weights[f][tag] = w + v

    def train(self, data: list[tuple[Sentence, list[tuple[str, ...]]]], epochs: int) -> None:
        for epoch in range(epochs):
            random.Random(epoch).shuffle(data)
            for sentence, lex in data:
                text = "".join(ch for ch, _t in sentence)
                prev = "#"
                for i, (_ch, gold) in enumerate(sentence):
                    self._step += 1
                    feats = features(text, i, prev) + lex[i]
                    guess = self.best(feats, ALLOWED[prev])
                    if guess != gold:
                        for f in feats:
                            self._update(gold, f, 1.0)
                            self._update(guess, f, -1.0)
                    prev = gold
        for f, tags in self.weights.items():
            for tag, w in tags.items():
                key = (f, tag)
                total = self._totals[key] + (self._step - self._stamps[key]) * w
                tags[tag] = total / self._step

    def spans(self, text: str, lexicon: dict[str, str]) -> list[tuple[int, int, str]]:
        """``(start, end, type)`` spans of ``text`` (greedy decoding)."""
        lex = lexicon_features(text, lexicon)
        tags = []
        prev = "#"
        for i in range(len(text)):
            prev = self.best(features(text, i, prev) + lex[i], ALLOWED[prev])
            tags.append(prev)
        return spans_of(tags)


def dev_batches() -> dict[str, list[tuple[str, str, dict]]]:
    """The dev documents of batches 1, 2 and 3 (held-out documents are left out here)."""
    docs = score_entities.gold_documents("real")
    of = score_entities.batches()
    out = {}
    for batch in ("1", "2", "3"):
        part = [d for d in score_entities.in_batch(docs, of, batch) if d[1] == "dev"]
        if batch == "1":
            part = [d for d in part if d[0].removeprefix("real/") in score_entities.BATCH1_DEV]
        out[batch] = part
    return out


def tagger_spans(model: Perceptron, text: str, lexicon: dict[str, str]) -> set[tuple]:
    """The tagger's spans in the coordinates of ``text`` (tagged on its Simplified pivot)."""
    pivot, mapping = to_pivot(text)
    spans = model.spans(pivot, lexicon)
    if mapping.is_identity:
        return set(spans)
    return {(mapping.to_a(s), max(mapping.to_a(s), mapping.to_a_end(e)), t) for s, e, t in spans}


def evaluate(model: Perceptron, lexicon: dict[str, str]) -> None:
    variants = ("rules", "tagger", "+PER", "+LOC", "+ORG", "+all")
    for batch, docs in dev_batches().items():
        counts = {v: (Counter(), Counter(), Counter()) for v in variants}
        for _name, _split, gold in docs:
            text = gold["text"]
            g = {(e["start"], e["end"], e["type"]) for e in gold["entities"]}
            rules = {(e.start, e.end, e.type) for e in recognise(text)}
            tagged = tagger_spans(model, text, lexicon)
            new = {x for x in tagged if not any(r[0] < x[1] and x[0] < r[1] for r in rules)}
            predicted = {
                "rules": rules,
                "tagger": tagged | {r for r in rules if r[2] not in NAME_TYPES},
                "+all": rules | new,
            }
            for ty in NAME_TYPES:
                predicted["+" + ty] = rules | {x for x in new if x[2] == ty}
            for v, p in predicted.items():
                tp, fp, fn = counts[v]
                tp.update(x[2] for x in p & g)
                fp.update(x[2] for x in p - g)
                fn.update(x[2] for x in g - p)
        print(f"== batch {batch} dev ({len(docs)} documents): strict F1")
        for v, (tp, fp, fn) in counts.items():
            micro = score_entities.prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))[2]
            per_type = " ".join(
                f"{ty} {score_entities.prf(tp[ty], fp[ty], fn[ty])[2]:.3f}" for ty in NAME_TYPES
            )
            print(f"  {v:7} micro {micro:.3f}  {per_type}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpora", nargs="+", type=Path, help="BIO files to train on")
    ap.add_argument("--lexicon", type=Path, help="jieba-style dictionary for word features")
    ap.add_argument("--epochs", type=int, default=4)
    args = ap.parse_args(argv)
    missing = [str(p) for p in [*args.corpora, args.lexicon] if p and not p.is_file()]
    if missing:
        print(f"tagger_experiment: no such file: {', '.join(missing)}", file=sys.stderr)
        return 1
    sentences = [s for path in args.corpora for s in read_bio(path)]
    lexicon = read_lexicon(args.lexicon) if args.lexicon else {}
    data = [(s, lexicon_features("".join(c for c, _t in s), lexicon)) for s in sentences]
    counts = Counter(t[2:] for s in sentences for _c, t in s if t.startswith("B-"))
    print(f"training on {sum(len(s) for s in sentences):,} characters, {dict(counts)}")
    model = Perceptron()
    model.train(data, args.epochs)
    evaluate(model, lexicon)
    return 0


if __name__ == "__main__":
    sys.exit(main())
