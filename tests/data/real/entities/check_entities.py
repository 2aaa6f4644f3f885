"""Check the real-corpus entity gold (tests/data/real/entities/*.json).

For every entity file: its text is identical to the text of the gold file it
names (tests/data/real/gold/<id>.json); every entity has int start < end
within the text, a type among the seven of the guideline, and a "text" equal
to text[start:end]; entities are sorted by start and do not overlap.
Plain Python, no app imports (the gold must stay independent of the
recogniser it scores). Every file is checked, but an error quotes the text
only for a dev document of a scored batch (../devcorpus.py): for a held-out or
fresh one it names the file and the offsets, never a held-out line.

    python tests/data/real/entities/check_entities.py    # exit status 1 on any error
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REAL = HERE.parent
REPO = REAL.parents[2]
sys.path.append(str(REAL))  # devcorpus.py

import devcorpus  # noqa: E402

TYPES = {"ORG", "LOC", "PER", "DATE", "QUANT", "DOC", "TERM"}
KEYS = {"source", "annotator", "text", "entities"}


def check(path: Path, quote: bool = True) -> list[str]:
    """The errors of one entity file; ``quote=False`` names offsets only, never the text."""
    name = path.name
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return [f"{name}: unreadable ({exc})"]
    errors: list[str] = []
    missing = KEYS - set(data)
    if missing:
        return [f"{name}: missing keys {sorted(missing)}"]
    gold_path = REPO / data["source"]
    expected = REAL / "gold" / name
    if gold_path.resolve() != expected.resolve():
        errors.append(f"{name}: source {data['source']!r} is not tests/data/real/gold/{name}")
    if not gold_path.is_file():
        return errors + [f"{name}: no gold file {data['source']}"]
    text = data["text"]
    if json.loads(gold_path.read_text(encoding="utf-8"))["text"] != text:
        errors.append(f"{name}: text differs from the gold file's text")
    prev_end = 0
    prev_start = -1
    for i, e in enumerate(data["entities"]):
        where = f"{name}: entity {i}"
        s, t, typ = e.get("start"), e.get("end"), e.get("type")
        if (
            not (isinstance(s, int) and isinstance(t, int))
            or isinstance(s, bool)
            or isinstance(t, bool)
        ):
            errors.append(f"{where}: start/end not integers")
            continue
        if not 0 <= s < t <= len(text):
            errors.append(f"{where}: span [{s}, {t}) out of range")
            continue
        if typ not in TYPES:
            errors.append(f"{where}: bad type {typ!r}")
        if text[s:t] != e.get("text"):
            said = f"{e.get('text')!r} != {text[s:t]!r}" if quote else "(not quoted)"
            errors.append(f"{where}: text != text[{s}:{t}]: {said}")
        if s < prev_start:
            errors.append(f"{where}: not sorted by start")
        elif s < prev_end:
            errors.append(f"{where}: overlaps the previous entity")
        if text[s:t] != text[s:t].strip():
            errors.append(f"{where}: span has leading/trailing whitespace")
        prev_start, prev_end = s, max(prev_end, t)
    return errors


def files() -> list[Path]:
    return sorted(HERE.glob("*.json"))


def check_all() -> list[str]:
    errors: list[str] = []
    quote = {f"{name}.json" for name in devcorpus.dev_names()}
    for path in files():
        errors.extend(check(path, quote=path.name in quote))
    return errors


if __name__ == "__main__":
    errs = check_all()
    for err in errs:
        print(err)
    print(f"{len(files())} files, {len(errs)} errors")
    sys.exit(1 if errs else 0)
