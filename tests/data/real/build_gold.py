"""Build tests/data/real/gold/*.json from the hand-written specs in gold/spec/.

A spec names every heading, the title, the furniture and the document-header
fields by their text, in reading order, as an annotator reads them off the
document; this script only turns that text into code-point offsets into the
text the app shows (``read_source`` then ``remove_pinyin``: for .txt the file
decoded as UTF-8, for .md and .html the text the app's reader extracts). It
never runs the app's analysis. Rules: docs/gold-outline.md.

Spec format (JSON):
  "title": "line" or ["line 1", "line 2"]   consecutive title lines, joined
  "title_nth": n                             optional: the n-th line-initial match
      of the first title line (a caption that opens with the same words)
  "subtitle": "text"                        optional
  "headings": [[level, "text"], ...]        text as it stands; a heading
      wrapped over lines is given with "\\n"; a run-in heading is its lead
      sentence; the match must start a line unless the entry has a third
      element "inline" (text collapsed into one line by the reader); an
      extra integer element n takes the n-th such match, e.g. to step
      over a table of contents
  "furniture": [["text"] or ["from", "to"], ...]   reading order; a range
      runs from the start of "from" to the end of the first "to" after it;
      an extra integer element n starts at the n-th match of the first text
      after the previous range (an image's alt line repeating the heading
      just above it)
  "document": {field: "text" or ["text", ...]}     values as they stand
  "source": "description or URL"

    python tests/data/real/build_gold.py [name ...]
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))

from gui.core.cleaning import remove_pinyin  # noqa: E402
from gui.core.loading import read_source  # noqa: E402


def app_text(path: Path) -> str:
    return remove_pinyin(read_source(path).text).text


def find_line_start(text: str, needle: str, pos: int, inline: bool) -> int:
    while True:
        i = text.find(needle, pos)
        if i < 0:
            raise ValueError(f"not found after {pos}: {needle!r}")
        if inline or i == 0 or text[i - 1] == "\n":
            return i
        # allow leading indentation (full-width or ASCII spaces) on the line
        j = i
        while j > 0 and text[j - 1] in " \u3000\t":
            j -= 1
        if j == 0 or text[j - 1] == "\n":
            return i
        pos = i + 1


def build(spec_path: Path) -> dict:
    spec = json.loads(spec_path.read_text(encoding="utf-8"))
    name = spec["file"]
    text = app_text(HERE / name)
    out: dict = {"file": name, "source": spec["source"], "text": text}

    title = spec.get("title")
    if title is not None:
        lines = [title] if isinstance(title, str) else title
        inline = spec.get("title_inline", False)
        start = find_line_start(text, lines[0], 0, inline)
        for _ in range(spec.get("title_nth", 1) - 1):
            start = find_line_start(text, lines[0], start + 1, inline)
        end = start + len(lines[0])
        for line in lines[1:]:
            nxt = text.index(line, end)
            if text[end:nxt].strip():
                raise ValueError(f"title lines not consecutive: {line!r}")
            end = nxt + len(line)
        out["title"] = "".join(lines)
        out["title_span"] = [start, end]
    else:
        out["title"] = None
    sub = spec.get("subtitle")
    if sub:
        s = text.index(sub, out.get("title_span", [0, 0])[1])
        out["subtitle"] = sub
        out["subtitle_span"] = [s, s + len(sub)]

    sections = []
    pos = 0
    for entry in spec.get("headings", []):
        level, heading = entry[0], entry[1]
        options = entry[2:]
        inline = "inline" in options
        nth = next((o for o in options if isinstance(o, int)), 1)
        start = find_line_start(text, heading, pos, inline)
        for _ in range(nth - 1):
            start = find_line_start(text, heading, start + 1, inline)
        end = start + len(heading)
        sections.append(
            {
                "start": start,
                "end": end,
                "level": level,
                "heading": heading.replace("\n", ""),
            }
        )
        pos = end
    if not sections:
        sections = [{"start": 0, "end": 0, "level": None, "heading": None}]
    out["sections"] = sections

    furniture = []
    pos = 0
    for entry in spec.get("furniture", []):
        nth = entry[-1] if isinstance(entry[-1], int) else 1
        words = [e for e in entry if isinstance(e, str)]
        start = text.index(words[0], pos)
        for _ in range(nth - 1):
            start = text.index(words[0], start + 1)
        if len(words) == 1:
            end = start + len(words[0])
        else:
            end = text.index(words[1], start) + len(words[1])
        furniture.append([start, end])
        pos = end
    out["furniture"] = furniture

    document = spec.get("document", {})
    for field, value in document.items():
        for v in [value] if isinstance(value, str) else value:
            if v not in text:
                raise ValueError(f"document.{field} not in text: {v!r}")
    out["document"] = document
    return out


def main(names: list[str]) -> None:
    specs = sorted((HERE / "gold" / "spec").glob("*.json"))
    for spec_path in specs:
        if names and spec_path.stem not in names:
            continue
        gold = build(spec_path)
        dest = HERE / "gold" / spec_path.name
        dest.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{spec_path.stem}: {len(gold['sections'])} sections")


if __name__ == "__main__":
    main(sys.argv[1:])
