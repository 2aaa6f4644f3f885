"""Stress the outline rules: every dev document and both outline check sets read in six forms.

A new document's first reading over-produces headings (docs/history/outline-log.md, round 16): the rules
were each written on documents in one form. This reads every dev document of
``tests/data/real`` (its split.tsv, each batch's dev part, not tests/conftest.py's
``FRESH_BATCHES``; held-out parts are never opened) and every document of both outline check
sets in six forms:

- ``file``: as the app reads the file (its format's marks);
- ``text``: the app's text of the file read back as plain page text (``--as-text`` of the
  scorers: HTML and Markdown structure gone);
- ``wrapped``: that plain text with every line wider than ``--width`` columns (80, a Chinese
  character two: 40 characters, a page of a PDF copied out, a mail's hard wrap) broken into
  lines of that width, as text pasted from a fixed-width source comes;
- ``sentences``: that plain text with each sentence on a line of its own (a page that sets a
  line break after every sentence);
- ``fused``: that plain text with all its lines run into one (a scraper that dropped every line
  break, or a Markdown reader that joined a page's lines: Chinese joined without a space);
- ``fused-sections``: the gold text with each gold section's lines run into one line (a
  heading run into its first sentence, a form's part titles into their text), a line break
  only where a gold section starts.

For each form it prints heading precision and recall (normalised heading texts, as
``score_outline.py``), levels right of the matched, and the spurious headings counted by their
shape (``shape_of``): a sentence, a piece of a wrapped line, a list item, a caption, a byline
or credit, a table cell, a quote, a label closed by ：, a gold heading cut or run on, a short
line. ``-v`` lists every spurious heading with its document.

Run: ``.venv/bin/python benchmarks/stress_outline.py [--root CHECKOUT] [--width 80] [-v]
[--forms file,text,wrapped] [--json]`` (``--root``: score another checkout's code, e.g. a
worktree of the base commit, on this checkout's documents).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
REAL = HERE / "tests" / "data" / "real"
CHECK_SETS = ("outline_check", "outline_check2")
FORMS = ("file", "text", "wrapped", "sentences", "fused", "fused-sections")

_NUMBERED = re.compile(
    r"(?:第[一二三四五六七八九十百千零〇两\d]+[编篇章节節条條部]|[一二三四五六七八九十]+[、.．]"
    r"|[（(][一二三四五六七八九十\d]+[）)]|\d{1,3}(?:[、．]|\.(?!\d))|\d+(?:\.\d+)+)"
)
_BULLET = "●○■□◆◇▪▫•◎☆★►▶-*·"
_CAPTION = re.compile(
    r"[图圖表][\s\d]|摄|攝|图源|圖源|合影|合照|致辞|致辭|留念|现场|現場|供图|供圖"
)
_CREDIT = re.compile(r"记者|記者|作者|编辑|編輯|撰文|通讯员|通訊員|来源|來源|主讲|主講|讲者|講者")
_QUOTE_OPEN = '“「『"《'


def normalise(text: str | None) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or ""))


def wrap(text: str, width: int) -> str:
    """Each line wider than ``width`` columns (a Chinese character or mark is two: East Asian
    width W, F and A, as in a Chinese font) broken into lines
    of at most that width, as a fixed-width screen or a PDF page breaks them."""
    out = []
    for line in text.split("\n"):
        piece, used = [], 0
        for c in line:
            w = _columns(c)
            if used + w > width:
                out.append("".join(piece))
                piece, used = [], 0
            piece.append(c)
            used += w
        out.append("".join(piece))
    return "\n".join(out)


def _columns(line: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WFA" else 1 for c in line)


_SENTENCE_BREAK = re.compile(r"(?:[。！？?]|(?<!<)!)[”’」』）)]*(?=[^\n])")


def one_sentence_per_line(text: str) -> str:
    """Each sentence on a line of its own (a page that sets a <br> after each sentence). The
    ``!`` of a Markdown file's comment (``<!-- INFO END -->``, kept in the app's text) ends no
    sentence: no page breaks a line there (round 26)."""
    return _SENTENCE_BREAK.sub(lambda m: m[0] + "\n", text)


def _joined(lines: list[str]) -> str:
    """Lines run into one, as a scraper or Markdown joins them: Chinese without a space, Latin
    words with one."""
    out = ""
    for line in (ln.strip() for ln in lines):
        if not line:
            continue
        if out and out[-1].isascii() and out[-1].isalnum() and line[0].isascii():
            out += " "
        out += line
    return out


def fuse(text: str) -> str:
    """All of ``text``'s lines run into one line."""
    return _joined(text.split("\n"))


def fuse_sections(gold: dict) -> str:
    """The gold text with each gold section's lines run into one: a line break only where a
    gold section (or the title) starts."""
    text = gold["text"]
    cuts = sorted({0, *(s["start"] for s in gold["sections"])} | _title_start(gold))
    cuts = [c for c in cuts if 0 <= c < len(text)]
    pieces = (
        _joined(text[a:b].split("\n")) for a, b in zip(cuts, [*cuts[1:], len(text)], strict=True)
    )
    return "\n".join(piece for piece in pieces if piece)


def _title_start(gold: dict) -> set[int]:
    span = gold.get("title_span")
    return {span[0], span[1]} if isinstance(span, list) and len(span) == 2 else set()


def shape_of(heading: str, gold: list[str], form: str, width: int) -> str:
    """The shape of a spurious heading, from its text alone (the first that fits)."""
    key = normalise(heading)
    if form == "wrapped" and any(key and key in g and key != g for g in gold):
        return "a gold heading cut by the wrap"
    if any(g and g in key for g in gold):
        return "a gold heading run on"
    if any(key and key in g for g in gold):
        return "a gold heading cut"
    if form == "wrapped" and _columns(heading) >= width - 4:
        return "a piece of a wrapped line"
    if "|" in heading or "\t" in heading or "｜" in heading:
        return "a table cell"
    if heading[:1] in _BULLET or _NUMBERED.match(heading):
        return "a list item"
    if _CREDIT.search(heading):
        return "a byline or credit"
    if _CAPTION.search(heading):
        return "a caption"
    if heading[:1] in _QUOTE_OPEN:
        return "a quote"
    if heading[-1:] in "：:":
        return "a label"
    if any(c in heading for c in "。！？!?"):
        return "a sentence"
    if any(c in heading for c in "，,；;"):
        return "a clause (comma, no stop)"
    return "a short line"


def fresh_batches(root: Path) -> set[str]:
    """The fresh batches (``FRESH_BATCHES`` of tests/conftest.py, read as text) of ``root`` and
    of this checkout: opened by nobody until the lead has scored them. The documents are this
    checkout's, so its own fresh batch stays closed when an older checkout's code reads them (an
    older conftest does not know the batch built since)."""
    fresh: set[str] = set()
    for checkout in {root, HERE}:
        conftest = (checkout / "tests" / "conftest.py").read_text(encoding="utf-8")
        fresh_decl = re.search(r"FRESH_BATCHES[^=]*=\s*\(([^)]*)\)", conftest)
        fresh |= set(re.findall(r"\d+", fresh_decl[1])) if fresh_decl else set()
    return fresh


def documents(root: Path) -> list[tuple[str, Path, dict]]:
    """(group, path, gold) of every dev document and every check document."""
    fresh = fresh_batches(root)
    out = []
    rows = (REAL / "split.tsv").read_text(encoding="utf-8").splitlines()
    header = rows[0].split("\t")
    for row in rows[1:]:
        cells = dict(zip(header, row.split("\t"), strict=False))
        batch = (cells.get("batch") or "1").strip()
        if cells.get("split") != "dev" or batch in fresh:
            continue  # (held-out parts and fresh batches are never opened)
        gold = REAL / "gold" / (Path(cells["file"]).stem + ".json")
        if gold.is_file():
            out.append(
                (f"batch {batch}", REAL / cells["file"], json.loads(gold.read_text("utf-8")))
            )
    for name in CHECK_SETS:
        for path in sorted((REAL / name / "gold").glob("*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            out.append((name, REAL / name / Path(gold["file"]).name, gold))
    return out


def stress_arguments(
    description: str, forms: tuple[str, ...], argv: list[str] | None
) -> argparse.Namespace:
    """The options every stress script takes: the checkout whose code reads, the wrap's width,
    the forms to read, ``-v`` and ``--json``."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--root", default=str(HERE), help="the checkout whose code reads")
    parser.add_argument("--width", type=int, default=80, help="columns of the wrap")
    parser.add_argument("--forms", default=",".join(forms))
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--json", action="store_true")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = stress_arguments(__doc__.split("\n")[0], FORMS, argv)
    root = Path(args.root).resolve()
    sys.path.insert(0, str(root))
    from gui.core.reading import document_from_text, read_document

    forms = [f for f in args.forms.split(",") if f in FORMS]
    totals = {f: Counter() for f in forms}
    shapes = {f: Counter() for f in forms}
    parts: dict[str, Counter] = {}  # (form, dev or check set) → counts
    for group, path, gold in documents(root):
        wanted = [(s["heading"], s.get("level")) for s in gold["sections"] if s.get("heading")]
        keys = [normalise(t) for t, _ in wanted]
        doc = read_document(path)
        for form in forms:
            if form == "file":
                read = doc
            else:
                text = {
                    "text": doc.text,
                    "wrapped": wrap(doc.text, args.width),
                    "sentences": one_sentence_per_line(doc.text),
                    "fused": fuse(doc.text),
                    "fused-sections": fuse_sections(gold),
                }[form]
                read = document_from_text(text, path.with_suffix(".txt"))
            pool = Counter(keys)
            levels: dict[str, list] = {}
            for k, (_, lv) in zip(keys, wanted, strict=True):
                levels.setdefault(k, []).append(lv)
            found = [(s.heading, s.level) for s in read.sections if s.heading]
            total = totals[form]
            part = parts.setdefault(f"{form}, {group.split()[0]}", Counter())
            for counts in (total, part):
                counts["found"] += len(found)
                counts["gold"] += len(wanted)
            for heading, level in found:
                key = normalise(heading)
                if pool[key] > 0:
                    pool[key] -= 1
                    for counts in (total, part):
                        counts["tp"] += 1
                        counts["level_ok"] += level in levels[key]
                else:
                    shape = shape_of(heading, keys, form, args.width)
                    shapes[form][shape] += 1
                    if args.verbose:
                        print(f"{form}\t{group}\t{path.name}\t{shape}\t{heading[:70]}")
    rows = {}
    for form, t in [*totals.items(), *sorted(parts.items())]:
        rows[form] = {
            "P": round(t["tp"] / t["found"], 3) if t["found"] else 1.0,
            "R": round(t["tp"] / t["gold"], 3) if t["gold"] else 1.0,
            "found": t["found"],
            "gold": t["gold"],
            "levels": round(t["level_ok"] / t["tp"], 3) if t["tp"] else None,
            "spurious": dict(shapes[form].most_common()) if form in shapes else {},
        }
    if args.json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    for form, row in rows.items():
        print(
            f"[{form}] P {row['P']:.3f} R {row['R']:.3f} ({row['found']} found,"
            f" {row['gold']} gold; levels {row['levels']})"
        )
        for shape, n in row["spurious"].items():
            print(f"    {n:4d}  {shape}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
