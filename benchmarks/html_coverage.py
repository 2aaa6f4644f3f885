"""Does the HTML reader lose article text? Every text block of a page against the app's text.

For each HTML document the page's text blocks are read independently of the app's reader
(lxml, scripts and styles dropped): ``<p>``, ``<h1>``–``<h6>``, ``<figcaption>``, ``<li>``,
``<td>``/``<th>`` and the text a ``<div>`` (``<blockquote>``, ``<dd>``, ``<section>``…) holds
outside those blocks. A block of 8 or more Chinese characters whose Chinese text the app's text
(``build_gold.app_text``: the reader, then ``remove_pinyin``) does not contain is *lost*; its
lost characters are those no 8-character window of it found in the app's text covers (a block
the app split over lines or re-punctuated is not lost).

Sets: ``dev`` — the dev parts of batches 1–12 and 17–52, whose lost blocks are printed;
``new-dev`` (53–56), ``validation`` (13–16), ``heldout`` and the check sets
(``outline_check``, ``fields_check``) — counted only, never printed (docs/development.md);
``other`` — the HTML files of tests/data outside the corpus (printed). Fresh batches are never
opened.

    benchmarks/html_coverage.py [--set dev|...|all] [--blocks] [--json out.json]
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "tests" / "data" / "real"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(REAL))

import devcorpus  # noqa: E402
from lxml import etree  # noqa: E402
from lxml import html as lxml_html  # noqa: E402

from gui.core.formats.html_charset import decode_page  # noqa: E402

#: The first batch of "new dev" (scored batches no rule was written on).
NEW_DEV_FROM = 53
#: The sets whose lost blocks may be printed.
READABLE = frozenset({"dev", "other"})
CHECK_SETS = ("outline_check", "fields_check")
MIN_CJK = 8
WINDOW = 8

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]")
_SKIP = frozenset("script style noscript template head title svg math".split())
#: Blocks read whole (their text less that of blocks inside them).
_BLOCKS = frozenset("p h1 h2 h3 h4 h5 h6 figcaption li td th".split())
#: Containers whose own text (outside the blocks above) is a block of its own (<body>: text in no
#: block at all, a page laid out with <font> and <br>).
_CONTAINERS = frozenset("div blockquote dd dt section article caption center body".split())


#: The markup's kind of a lost block, for the counts of the sets never printed: a photo's caption
#: (a <figcaption> or a block whose class names one), a list item (menus, related links, tags), a
#: table cell, or a paragraph (a <p>, a heading, a block's own text).
_CAPTION_NAME = re.compile(r"caption|(?:pic|photo|img|image)[-_]?(?:info|txt|text|desc|note)")
KINDS = ("caption", "list item", "table cell", "paragraph")


def kind_of(block: Block) -> str:
    own = block.names.split(" < ", 1)[0] if block.names.startswith(f"{block.tag}.") else ""
    if block.tag == "figcaption" or _CAPTION_NAME.search(own.lower()):
        return "caption"
    if block.tag == "li":
        return "list item"
    return "table cell" if block.tag in {"td", "th"} else "paragraph"


def is_prose(block: Block) -> bool:
    """A block that reads like running text (20 Chinese characters or more and a sentence's
    stop): what a lost lead paragraph would be, counted apart in the sets never printed."""
    return len(cjk(block.text)) >= 20 and any(mark in block.text for mark in "。！？")


def cjk(text: str) -> str:
    return "".join(_CJK.findall(text))


@dataclass
class Block:
    tag: str
    text: str  # the block's own text, spaces collapsed
    names: str  # class and id of the block and its ancestors, innermost first


@dataclass
class Lost:
    block: Block
    missing: int  # Chinese characters of the block not found in the app's text


@dataclass
class DocResult:
    name: str
    set: str
    blocks: int = 0
    chars: int = 0
    lost: list[Lost] = field(default_factory=list)

    @property
    def lost_chars(self) -> int:
        return sum(item.missing for item in self.lost)


def _names(el: etree._Element) -> str:
    parts = []
    for node in (el, *el.iterancestors()):
        own = " ".join(v for v in (node.get("class"), node.get("id")) if v)
        if own:
            parts.append(f"{node.tag}.{own}")
    return " < ".join(parts[:4])


def page_blocks(markup: str) -> list[Block]:
    """The text blocks of a page (see the module's docstring), in document order."""
    parser = lxml_html.HTMLParser(
        encoding="utf-8", no_network=True, remove_comments=True, remove_pis=True
    )
    try:
        root = lxml_html.document_fromstring(markup.encode("utf-8"), parser=parser)
    except (etree.ParserError, ValueError):
        return []
    own: dict[etree._Element, list[str]] = {}
    order: list[etree._Element] = []

    def holder(el: etree._Element) -> etree._Element | None:
        for node in (el, *el.iterancestors()):
            if node.tag in _BLOCKS or node.tag in _CONTAINERS:
                return node
        return None

    def add(el: etree._Element | None, text: str | None) -> None:
        if el is None or not text:
            return
        if el not in own:
            own[el] = []
            order.append(el)
        own[el].append(text)

    def walk(el: etree._Element) -> None:
        if not isinstance(el.tag, str) or el.tag in _SKIP:
            return
        add(holder(el), el.text)
        for child in el:
            walk(child)
            add(holder(el), child.tail)

    walk(root)
    blocks = []
    for el in order:
        text = " ".join("".join(own[el]).split())
        if len(cjk(text)) >= MIN_CJK:
            blocks.append(Block(el.tag, text, _names(el)))
    return blocks


def missing_chars(block_cjk: str, app_cjk: str) -> int:
    """Chinese characters of a block not covered by any of its 8-character windows found in
    the app's text (0 when the whole block is there)."""
    if block_cjk in app_cjk:
        return 0
    covered = [False] * len(block_cjk)
    for i in range(len(block_cjk) - WINDOW + 1):
        if block_cjk[i : i + WINDOW] in app_cjk:
            covered[i : i + WINDOW] = [True] * WINDOW
    return covered.count(False)


def audit(markup: str, app: str) -> tuple[list[Block], list[Lost]]:
    app_cjk = cjk(app)
    blocks = page_blocks(markup)
    lost = []
    for block in blocks:
        missing = missing_chars(cjk(block.text), app_cjk)
        if missing:
            lost.append(Lost(block, missing))
    return blocks, lost


def set_of(split: str, batch: int) -> str:
    if split != "dev":
        return "heldout"
    if str(batch) in devcorpus.VALIDATION_BATCHES:
        return "validation"
    return "new-dev" if batch >= NEW_DEV_FROM else "dev"


def documents() -> Iterator[tuple[Path, str]]:
    """(path, set) of every HTML document this audit may open: never a fresh batch's."""
    fresh = devcorpus.fresh_batches()
    with (REAL / "split.tsv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    for row in rows:
        if not row["file"].endswith((".html", ".htm")) or row["batch"] in fresh:
            continue
        yield REAL / row["file"], set_of(row["split"], int(row["batch"]))
    for check in CHECK_SETS:
        for path in sorted((REAL / check).glob("*.htm*")):
            yield path, check
    for path in sorted((ROOT / "tests" / "data").rglob("*.htm*")):
        if REAL in path.parents:
            continue
        yield path, "other"


def app_text(path: Path) -> str:
    from build_gold import app_text as read

    return read(path)


def run(wanted: str) -> list[DocResult]:
    results = []
    for path, kind in documents():
        if wanted != "all" and kind != wanted:
            continue
        markup, _ = decode_page(path.read_bytes(), path)
        blocks, lost = audit(markup, app_text(path))
        result = DocResult(path.stem, kind, len(blocks), sum(len(cjk(b.text)) for b in blocks))
        result.lost = lost
        results.append(result)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sets = ("dev", "new-dev", "validation", "heldout", *CHECK_SETS, "other")
    parser.add_argument("--set", default="all", choices=(*sets, "all"))
    parser.add_argument("--blocks", action="store_true", help="print lost blocks (dev, other)")
    parser.add_argument("--json", type=Path, help="write dev/other losses here")
    args = parser.parse_args(argv)
    results = run(args.set)
    print(
        f"{'set':<14}{'docs':>6}{'blocks':>8}{'chars':>9}{'docs lost':>10}{'lost':>6}{'chars':>7}"
    )
    for kind in sets:
        rows = [r for r in results if r.set == kind]
        if not rows:
            continue
        print(
            f"{kind:<14}{len(rows):>6}{sum(r.blocks for r in rows):>8}"
            f"{sum(r.chars for r in rows):>9}{sum(1 for r in rows if r.lost):>10}"
            f"{sum(len(r.lost) for r in rows):>6}{sum(r.lost_chars for r in rows):>7}"
        )
    print(f"\nlost blocks by markup kind: {', '.join(KINDS)} (prose: running text of them)")
    for kind in sets:
        rows = [item for r in results if r.set == kind for item in r.lost]
        if rows:
            counts = [sum(1 for i in rows if kind_of(i.block) == k) for k in KINDS]
            prose = sum(1 for i in rows if is_prose(i.block))
            print(f"{kind:<14}" + "".join(f"{n:>6}" for n in counts) + f"  (prose: {prose})")
    readable = [r for r in results if r.set in READABLE and r.lost]
    if args.blocks:
        for r in readable:
            print(f"\n{r.name} [{r.set}] {len(r.lost)} blocks, {r.lost_chars} chars")
            for item in r.lost:
                b = item.block
                print(
                    f"  [{kind_of(b)}] <{b.tag}> -{item.missing} {b.text[:160]}  ({b.names[:120]})"
                )
    if args.json:
        payload = [
            {
                "name": r.name,
                "set": r.set,
                "lost": [
                    {"tag": i.block.tag, "missing": i.missing, "text": i.block.text,
                     "names": i.block.names}
                    for i in r.lost
                ],
            }
            for r in readable
        ]  # fmt: skip
        args.json.write_text(json.dumps(payload, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
