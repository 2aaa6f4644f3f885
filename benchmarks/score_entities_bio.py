"""Score the recogniser's PER, LOC and ORG on an annotated corpus in BIO format.

A check on text that no rule was written for: public NER corpora (People's Daily 1998, MSRA;
resources/gazetteers/README.md lists them and their licences, which is why none is in the
repository) give one character and its tag per line (``北 B-LOC`` or ``北<TAB>B-LOC``) and a
blank line between sentences. Sentences are joined, one per line, into documents of
``--per-doc`` sentences, recognised as the app would recognise a document, and scored strictly
per type (their guideline is not this project's: 中共中央 is one ORG there as here, but a
person's title or a nested place may be drawn differently, so the figures are for comparing
two versions of the recogniser, not for the goal).

    python benchmarks/score_entities_bio.py CORPUS.bio [CORPUS.bio ...] [--errors N] [--org-classes]

``--org-classes`` also counts the organisation errors in the classes of
``entity_error_classes.py --org`` (unknown body, wrong edge, generic word taken as a body,
repeated short form missed), so that the corpus and the dev parts can be compared class by class.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from gui.core.entities.recogniser import recognise  # noqa: E402

TYPES = ("PER", "LOC", "ORG")


def read_bio(
    path: Path, keep: Callable[[str], bool] = lambda tag: tag[2:] in TYPES
) -> list[list[tuple[str, str]]]:
    """Sentences of ``(character, tag)`` from a two-column BIO file (a blank line ends a
    sentence); a tag ``keep`` refuses becomes O (by default those of types other than
    PER/LOC/ORG)."""
    sentences: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            if current:
                sentences.append(current)
                current = []
            continue
        if len(parts) >= 2:
            tag = parts[-1]
            current.append((parts[0][0], tag if keep(tag) else "O"))
    if current:
        sentences.append(current)
    return sentences


def spans_of(tags: list[str]) -> list[tuple[int, int, str]]:
    """``(start, end, type)`` of the B-/I- runs."""
    out = []
    i = 0
    while i < len(tags):
        if tags[i].startswith("B-"):
            j = i + 1
            while j < len(tags) and tags[j] == "I-" + tags[i][2:]:
                j += 1
            out.append((i, j, tags[i][2:]))
            i = j
        else:
            i += 1
    return out


def documents(sentences: list[list[tuple[str, str]]], per_doc: int):
    """``(text, gold spans)`` for runs of ``per_doc`` sentences, one sentence per line."""
    for k in range(0, len(sentences), per_doc):
        text = ""
        gold = set()
        for sentence in sentences[k : k + per_doc]:
            offset = len(text)
            text += "".join(ch for ch, _t in sentence) + "\n"
            tags = [t for _ch, t in sentence]
            gold |= {(offset + s, offset + e, t) for s, e, t in spans_of(tags)}
        yield text, gold


def score(
    paths: list[Path], per_doc: int = 50, errors: int = 0, org_classes: Counter | None = None
) -> dict[str, Counter]:
    """Strict true positives, false positives and false negatives per type; with
    ``org_classes``, the organisation error units counted into it by class."""
    if org_classes is not None:
        sys.path.insert(0, str(ROOT / "benchmarks"))
        from entity_error_classes import _units, classify_org
    tp, fp, fn = Counter(), Counter(), Counter()
    shown = Counter()
    for path in paths:
        for text, gold in documents(read_bio(path), per_doc):
            found = {(e.start, e.end, e.type) for e in recognise(text) if e.type in TYPES}
            tp.update(t for _s, _e, t in found & gold)
            fp.update(t for _s, _e, t in found - gold)
            fn.update(t for _s, _e, t in gold - found)
            if org_classes is not None:
                for kind, span, other in _units(text, gold, found):
                    if span[2] == "ORG" or (other and other[2] == "ORG"):
                        org_classes[classify_org(kind, span, other, text, gold)] += 1
            for kind, spans in (("FN", gold - found), ("FP", found - gold)):
                for s, e, t in sorted(spans):
                    if shown[kind, t] < errors:
                        shown[kind, t] += 1
                        print(f"  {kind} {t} {text[s:e]!r} in {text[max(0, s - 8) : e + 8]!r}")
    return {"tp": tp, "fp": fp, "fn": fn}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpora", nargs="+", type=Path)
    ap.add_argument("--per-doc", type=int, default=50, help="sentences per document")
    ap.add_argument("--errors", type=int, default=0, help="list this many misses per type")
    ap.add_argument("--org-classes", action="store_true", help="count ORG errors by class")
    args = ap.parse_args(argv)
    missing = [str(p) for p in args.corpora if not p.is_file()]
    if missing:
        print(f"score_entities_bio: no such file: {', '.join(missing)}", file=sys.stderr)
        return 1
    classes: Counter | None = Counter() if args.org_classes else None
    counts = score(args.corpora, args.per_doc, args.errors, classes)
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    print(f"{'type':5} {'gold':>6} {'pred':>6}  P      R      F1")
    for t in TYPES:
        p = tp[t] / (tp[t] + fp[t]) if tp[t] + fp[t] else 0.0
        r = tp[t] / (tp[t] + fn[t]) if tp[t] + fn[t] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{t:5} {tp[t] + fn[t]:6d} {tp[t] + fp[t]:6d}  {p:.3f}  {r:.3f}  {f:.3f}")
    for cls, n in (classes or Counter()).most_common():
        print(f"| {cls} | {n} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
