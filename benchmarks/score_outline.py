"""Score the outline, titles, 公文 header fields and furniture against the real-document gold.

For every document of ``tests/data/real/`` listed in its MANIFEST, reads the file as the app
does (``read_document``) and compares with ``tests/data/real/gold/<name>.json``:

- headings: precision and recall of heading texts (normalised: NFKC, white space removed),
  each gold heading matched at most once; also how many matched headings have the gold level;
- title: the normalised title equals the gold title;
- 公文 fields (documents whose gold genre is ``official`` or that carry a gold 发文字号):
  发文字号, 发文机关, 成文日期 (dates compared as year-month-day numbers);
- furniture left in the body: gold furniture lines that the app marks neither as furniture
  nor as the footer nor as a header line.

Dev and held-out figures are printed apart. The goals (issue #12, on held-out): heading P and
R >= 0.95, titles >= 95 %, 公文 fields >= 95 %, at most one furniture line left per document.
Look at the held-out figure only when a change is finished (``--split dev`` while working).

Run: ``.venv/bin/python benchmarks/score_outline.py [--split dev|heldout|all] [-v] [--json]``
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from gui.core.reading import read_document  # noqa: E402

REAL = ROOT / "tests" / "data" / "real"
GOLD = REAL / "gold"
GOALS = {"heading_p": 0.95, "heading_r": 0.95, "title": 0.95, "fields": 0.95, "furniture": 1}


def normalise(text: str | None) -> str:
    """NFKC, no white space, so full-width/half-width forms and spacing do not count."""
    if text is None:
        return ""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


_CN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"○": 0, "零": 0}


def _cn_number(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    if all(c in _CN_DIGITS for c in text):  # 二〇一九
        return int("".join(str(_CN_DIGITS[c]) for c in text))
    if "十" in text:  # 十二, 二十一, 三十
        tens, _, ones = text.partition("十")
        t = _CN_DIGITS.get(tens, 1) if tens else 1
        o = _CN_DIGITS.get(ones, 0) if ones else 0
        return t * 10 + o
    if len(text) == 1 and text in _CN_DIGITS:
        return _CN_DIGITS[text]
    return None


def normalise_date(text: str | None) -> str:
    """``2019年1月5日``, ``2019年01月05日``, ``二〇一九年一月五日``, ``2019-01-05`` → 2019-1-5."""
    text = normalise(text)
    m = re.search(r"(\S{4})[年\-./](\S{1,3}?)[月\-./](\S{1,3}?)日?$", text)
    if not m:
        return text
    parts = [_cn_number(p) for p in m.groups()]
    if any(p is None for p in parts):
        return text
    return "-".join(str(p) for p in parts)


@dataclass
class Score:
    docs: int = 0
    tp: int = 0
    predicted: int = 0
    gold: int = 0
    level_ok: int = 0
    titles_ok: int = 0
    titles: int = 0
    fields_ok: Counter = field(default_factory=Counter)
    fields_n: Counter = field(default_factory=Counter)
    furniture_left: dict[str, int] = field(default_factory=dict)

    def row(self) -> dict:
        p = self.tp / self.predicted if self.predicted else 1.0
        r = self.tp / self.gold if self.gold else 1.0
        fields = {k: (self.fields_ok[k], self.fields_n[k]) for k in ("number", "issuer", "date")}
        return {
            "documents": self.docs,
            "heading_precision": round(p, 3),
            "heading_recall": round(r, 3),
            "headings_gold": self.gold,
            "headings_found": self.predicted,
            "levels_right_of_matched": round(self.level_ok / self.tp, 3) if self.tp else None,
            "titles": f"{self.titles_ok}/{self.titles}",
            "official_fields": {k: f"{a}/{b}" for k, (a, b) in fields.items()},
            "furniture_left_max": max(self.furniture_left.values(), default=0),
            "furniture_left_total": sum(self.furniture_left.values()),
            "furniture_left_per_document": self.furniture_left,
        }


def gold_headings(gold: dict) -> list[tuple[str, int | None]]:
    items = gold.get("headings")
    if items is None:
        items = [s for s in gold.get("sections", []) if s.get("heading")]
    out = []
    for item in items:
        if isinstance(item, str):
            out.append((item, None))
        elif isinstance(item, list | tuple):
            level, text = item[0], item[1]
            if text:
                out.append((text, level))
        else:
            out.append((item.get("heading") or item.get("text"), item.get("level")))
    return [(t, lv) for t, lv in out if t]


def gold_header(gold: dict) -> dict:
    return gold.get("document") or gold.get("header") or {}


def _value(entry) -> str | None:
    if isinstance(entry, dict):
        return entry.get("text")
    return entry


def score_document(path: Path, gold: dict, total: Score, verbose: bool) -> None:
    doc = read_document(path)
    total.docs += 1
    found = [(s.heading, s.level) for s in doc.sections if s.heading]
    wanted = gold_headings(gold)
    pool = Counter(normalise(t) for t, _ in wanted)
    levels = {normalise(t): lv for t, lv in wanted}
    tp = 0
    missed_pred = []
    for text, level in found:
        key = normalise(text)
        if pool[key] > 0:
            pool[key] -= 1
            tp += 1
            if levels.get(key) in (None, level):
                total.level_ok += 1
        else:
            missed_pred.append(text)
    total.tp += tp
    total.predicted += len(found)
    total.gold += len(wanted)
    if "title" in gold:
        total.titles += 1
        ok = normalise(doc.title) == normalise(gold["title"])
        total.titles_ok += ok
        if verbose and not ok:
            print(f"  {path.name}: title {doc.title!r} != gold {gold['title']!r}")
    header = gold_header(gold)
    official = header.get("genre") == "official" or gold.get("genre") == "official"
    if official or _value(header.get("number")):
        for name in ("number", "issuer", "date"):
            want = _value(header.get(name))
            if want is None:
                continue
            got = doc.header.get(name) if doc.header else None
            norm = normalise_date if name == "date" else normalise
            ok = norm(got) == norm(want)
            total.fields_n[name] += 1
            total.fields_ok[name] += ok
            if verbose and not ok:
                print(f"  {path.name}: {name} {got!r} != gold {want!r}")
    marked = doc.furniture_spans()
    header_lines = set(doc.header.lines) if doc.header else set()
    left = 0
    for line in gold.get("furniture", []):
        text = _value(line)
        if not _is_marked(doc, text, marked, header_lines):
            left += 1
            if verbose:
                print(f"  {path.name}: furniture left in the body: {text!r}")
    total.furniture_left[path.name] = left
    if verbose:
        if missed_pred:
            print(f"  {path.name}: spurious headings: {missed_pred}")
        rest = [t for t, _ in wanted if pool[normalise(t)] > 0]
        if rest:
            print(f"  {path.name}: missed headings: {rest}")


def _is_marked(doc, line: str | None, marked, header_lines: set[int]) -> bool:
    if not line:
        return True
    pos = doc.text.find(line.strip())
    if pos < 0:
        return True  # not in the text as read (a format that drops it): nothing left
    end = pos + len(line.strip())
    if any(s.start <= pos and end <= s.end for s in marked):
        return True
    return doc.text.count("\n", 0, pos) in header_lines


def manifest() -> dict[str, str]:
    """File name → split (``dev`` or ``heldout``) from tests/data/real/MANIFEST*."""
    out: dict[str, str] = {}
    for path in sorted(REAL.glob("MANIFEST*")):
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".json":
            data = json.loads(text)
            rows = data.get("documents", data) if isinstance(data, dict) else data
            for row in rows:
                out[row["file"]] = row.get("split", "dev")
            continue
        for line in text.splitlines():
            cells = [c.strip() for c in re.split(r"\t|\|", line) if c.strip()]
            names = [c for c in cells if (REAL / c).is_file()]
            splits = [c for c in cells if c in {"dev", "heldout", "held-out"}]
            if names and splits:
                out[names[0]] = "heldout" if splits[0] != "dev" else "dev"
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=["dev", "heldout", "all"], default="all")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    splits = manifest()
    if not splits:
        print("no MANIFEST in tests/data/real", file=sys.stderr)
        return 2
    wanted = ["dev", "heldout"] if args.split == "all" else [args.split]
    results = {}
    for split in wanted:
        total = Score()
        for name, s in sorted(splits.items()):
            gold_path = GOLD / (Path(name).stem + ".json")
            if s != split or not gold_path.is_file():
                continue
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            score_document(REAL / name, gold, total, args.verbose)
        results[split] = total.row()
    if args.json:
        json.dump(results, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    for split, row in results.items():
        print(f"[{split}] {row['documents']} documents")
        print(
            f"  headings  P {row['heading_precision']:.3f}  R {row['heading_recall']:.3f}"
            f"  ({row['headings_found']} found, {row['headings_gold']} gold;"
            f" levels right on {row['levels_right_of_matched']} of matched)"
        )
        print(f"  titles    {row['titles']}")
        print("  公文      " + "  ".join(f"{k} {v}" for k, v in row["official_fields"].items()))
        print(
            f"  furniture left in the body: max {row['furniture_left_max']} per document,"
            f" {row['furniture_left_total']} in all"
        )
        for name, n in row["furniture_left_per_document"].items():
            if n:
                print(f"    {name}: {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
