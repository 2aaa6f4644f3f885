"""Build the gold JSON files in tests/data/gold/ from the annotated sources in this folder.

A source is plain text with inline annotations ``⟦TYPE:span text⟧`` and two header lines
(``# source: ...`` and ``# script: hans|hant``). DOC and TERM spans include the title or
quotation marks that surround them. ``hant`` sources are converted with OpenCC s2t (through
the app's own script views) and the spans carried over with the view's offset map; the
converted spans are then checked by eye (``--show``).

Run from the repository root: ``.venv/bin/python tests/data/gold/src/build_gold.py [--show]``.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[3]))  # the repository root, for ``gui``

from gui.core.script import make_view  # noqa: E402

MARK = re.compile(r"⟦([A-Z]+):([^⟦⟧]*)⟧")
OPEN = {"DOC": "《", "TERM": "“"}
CLOSE = {"DOC": "》", "TERM": "”"}
HEADING = re.compile(
    r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|第[一二三四五六七八九十]+条)"
)


def parse(source: str) -> tuple[dict[str, str], str, list[dict]]:
    header: dict[str, str] = {}
    lines = source.splitlines()
    while lines and lines[0].startswith("# "):
        key, _, value = lines.pop(0)[2:].partition(":")
        header[key.strip()] = value.strip()
    marked = "\n".join(lines).rstrip("\n")
    text_parts: list[str] = []
    entities: list[dict] = []
    pos = 0
    length = 0
    for m in MARK.finditer(marked):
        before = marked[pos : m.start()]
        text_parts.append(before)
        length += len(before)
        etype, span = m.group(1), m.group(2)
        text_parts.append(span)
        entities.append({"start": length, "end": length + len(span), "type": etype})
        length += len(span)
        pos = m.end()
    text_parts.append(marked[pos:])
    text = "".join(text_parts)
    for e in entities:  # title and quotation marks belong to DOC / TERM spans
        if e["type"] in OPEN and text[e["start"] - 1 : e["start"]] == OPEN[e["type"]]:
            e["start"] -= 1
            if text[e["end"] : e["end"] + 1] == CLOSE[e["type"]]:
                e["end"] += 1
    return header, text, entities


def sections(text: str) -> list[dict]:
    out = [{"start": 0, "heading": None}]
    pos = 0
    for line in text.split("\n"):
        if HEADING.match(line):
            head = line.split("。")[0] + ("。" if "。" in line else "")
            if pos == 0:
                out = []
            out.append({"start": pos, "heading": head})
        pos += len(line) + 1
    return out


def build(path: Path, show: bool) -> dict:
    header, text, entities = parse(path.read_text(encoding="utf-8"))
    if header.get("script") == "hant":
        view = make_view(text, "hant")
        for e in entities:
            e["start"], e["end"] = view.to_view(e["start"], e["end"])
        text = view.text
    for e in entities:
        e["text"] = text[e["start"] : e["end"]]
        if show:
            print(f"  {e['type']:5} {e['text']}")
    return {
        "source": header.get("source", ""),
        "script": header.get("script", "hans"),
        "text": text,
        "entities": entities,
        "sections": sections(text),
    }


def main(argv: list[str]) -> None:
    show = "--show" in argv
    for path in sorted(HERE.glob("*.txt")):
        doc = build(path, show)
        out = HERE.parent / (path.stem + ".json")
        out.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{out.name}: {len(doc['text'])} chars, {len(doc['entities'])} entities")


if __name__ == "__main__":
    main(sys.argv[1:])
