"""Score the reading aids against the hand-checked list tests/data/reading_aids/reading-list.tsv.

Each line of the list is a word or phrase taken from a real report (tests/data/real/*, or the
bundled default report), its expected pinyin (one syllable per character; ``|`` separates
readings that standard dictionaries both give) and a gloss word (an English word one of the
dictionary senses must contain; ``-`` for phrases). Three figures:

- **pinyin in context**: the report is read as the app reads it, converted to the Simplified
  pivot, and the sentence holding the item's first occurrence is segmented as the ruby view
  segments it; the item's syllables must equal the expected ones — what a reader sees;
- **pinyin alone**: the item segmented on its own (a selection, or the pop-up's word);
- **gloss**: the longest match at the item's start is the whole item, in Simplified and in
  Traditional (OpenCC's hant), and a sense of its entries contains the gloss word.

Pinyin is compared strictly (tone marks included, case ignored), and leniently, accepting the
two variants dictionaries themselves print: a neutral tone for a full one (关系 guānxi/guānxì)
and the tone changes of 一 and 不 before another syllable (一定 yídìng/yīdìng).

Run: ``.venv/bin/python benchmarks/score_reading_aids.py [-v] [--json]``
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from gui.core.paths import default_report  # noqa: E402
from gui.core.reading import read_document  # noqa: E402
from gui.core.reading_aids.dictionary import default_dictionary  # noqa: E402
from gui.core.reading_aids.pinyin import segment  # noqa: E402
from gui.core.reading_aids.wordlist import sentence_span  # noqa: E402
from gui.core.script import convert_fragment, to_pivot  # noqa: E402

LIST = ROOT / "tests" / "data" / "reading_aids" / "reading-list.tsv"
REAL = ROOT / "tests" / "data" / "real"


@dataclass(frozen=True)
class Item:
    text: str
    expected: tuple[tuple[str, ...], ...]  # alternatives, each one syllable per character
    gloss: str
    report: str
    split: str


def load_list(path: Path = LIST) -> list[Item]:
    """The list's items (comment lines start with #)."""
    items = []
    with open(path, encoding="utf-8") as f:
        for row in csv.reader((line for line in f if not line.startswith("#")), delimiter="\t"):
            text, expected, gloss, report, split = row
            alternatives = tuple(tuple(a.split()) for a in expected.split("|"))
            items.append(Item(text, alternatives, gloss, report, split))
    return items


def _toneless(syllable: str) -> str:
    decomposed = unicodedata.normalize("NFD", syllable.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c) or c == "\u0308")


def _is_neutral(syllable: str) -> bool:
    return _toneless(syllable) == unicodedata.normalize("NFD", syllable.lower())


def syllables_match(char: str, got: str, expected: str, *, lenient: bool) -> bool:
    """One character's reading against the expected one."""
    if got.lower() == expected.lower():
        return True
    if not lenient or _toneless(got) != _toneless(expected):
        return False
    return char in "一不" or _is_neutral(got) or _is_neutral(expected)


def reading_matches(text: str, got: list[str], item: Item, *, lenient: bool) -> bool:
    """Whether the syllables ``got`` for ``text`` equal one of the item's expected readings."""
    return any(
        len(got) == len(alt) == len(text)
        and all(
            syllables_match(c, g, e, lenient=lenient)
            for c, g, e in zip(text, got, alt, strict=True)
        )
        for alt in item.expected
    )


def _syllables(text: str) -> list[str]:
    return [s for r in segment(text) for s in (r.syllables or ("",) * len(r.word))]


def _pivot(report: str, cache: dict[str, str]) -> str:
    if report not in cache:
        path = default_report() if not (REAL / report).exists() else REAL / report
        cache[report] = to_pivot(read_document(path).text)[0]
    return cache[report]


def score(items: list[Item] | None = None, verbose: bool = False) -> dict:
    """The figures, overall and per split (dev, heldout, default)."""
    items = load_list() if items is None else items
    pivots: dict[str, str] = {}
    counts: dict[str, dict[str, int]] = {}
    misses: list[str] = []
    dictionary = default_dictionary()
    for item in items:
        pivot = _pivot(item.report, pivots)
        at = pivot.find(item.text)
        found = at >= 0
        if found:
            start, end = sentence_span(pivot, at, at + len(item.text))
            segs = segment(pivot[start:end])
            offset = at - start
            in_context = []
            for r in segs:
                for k in range(len(r.word)):
                    if offset <= r.start + k < offset + len(item.text):
                        in_context.append(r.syllables[k] if r.syllables else "")
        else:
            in_context = []
        alone = _syllables(item.text)
        gloss_ok = None
        if item.gloss != "-":
            gloss_ok = True
            for form in (item.text, convert_fragment(item.text, "hant")):
                match = dictionary.longest_at(form, 0)
                gloss_ok = gloss_ok and (
                    match is not None
                    and match.word == form
                    and any(
                        item.gloss.lower() in s.lower() for e in match.entries for s in e.senses
                    )
                )
        results = {
            "found in report": found,
            "context strict": reading_matches(item.text, in_context, item, lenient=False),
            "context lenient": reading_matches(item.text, in_context, item, lenient=True),
            "alone strict": reading_matches(item.text, alone, item, lenient=False),
            "alone lenient": reading_matches(item.text, alone, item, lenient=True),
        }
        if gloss_ok is not None:
            results["gloss"] = gloss_ok
        for group in ("all", item.split):
            bucket = counts.setdefault(group, {})
            bucket["items"] = bucket.get("items", 0) + 1
            for key, ok in results.items():
                bucket[key] = bucket.get(key, 0) + int(ok)
                total = f"{key} total"
                bucket[total] = bucket.get(total, 0) + 1
        if not results["context lenient"] or not results["alone strict"] or gloss_ok is False:
            details = (
                [
                    (
                        form,
                        match.word if match else None,
                        match.entries[0].senses[:3] if match else None,
                    )
                    for form in (item.text, convert_fragment(item.text, "hant"))
                    for match in [dictionary.longest_at(form, 0)]
                ]
                if gloss_ok is False
                else ""
            )
            misses.append(
                f"{details}\t{item.text}\t{item.report}\texpected {'|'.join(' '.join(a) for a in item.expected)}"
                f"\tcontext {' '.join(in_context)}\talone {' '.join(alone)}\tgloss {gloss_ok}"
            )
    if verbose:
        print("\n".join(misses))
    return {"counts": counts, "misses": misses}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result = score(verbose=args.verbose)
    if args.json:
        print(json.dumps(result["counts"], indent=1))
        return
    for group, bucket in sorted(result["counts"].items()):
        figures = ", ".join(
            f"{key} {bucket[key]}/{bucket[key + ' total']} ({100 * bucket[key] / bucket[key + ' total']:.1f} %)"
            for key in bucket
            if key != "items" and not key.endswith(" total")
        )
        print(f"{group} ({bucket['items']} items): {figures}")


if __name__ == "__main__":
    main()
