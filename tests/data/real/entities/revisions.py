"""Guideline revisions applied to every batch's entity gold, after the annotators' lists and edits.

The annotators' reading lists stay as they were written; where the guideline (docs/entity-guideline.md)
later settled a form the batches had annotated two ways, the revision is a rule here, applied by
build_batch.py after each group's edits (so `build_batch.py --check` keeps holding) and, for the files no
reading list builds (batch 1's held-out documents), written by this script. Each rule reads the gold text
and its entities only; the recogniser is never imported.

1. A news outlet named in title marks is the body, ORG without the marks: 《人民日报》 → 人民日报,
   《蘋果日報》記者 → 蘋果日報 (newspapers, news agencies and news sites: the guideline's "newspapers and news
   agencies"); a journal or magazine in title marks is a title, DOC with its marks: 《科学》年度十大突破,
   《求是》杂志 (session 12; batch 8's 《人民日报》 was DOC, batch 5's ORG; batch 2's 《科学》 was ORG, batch 9's
   《求是》 and the own gold's 《科學》 DOC); session 25: a paper's short form that does not end like an outlet — 《蘋果》,
   《大紀元》 — stays the body, as both passes of batch 52 read it; session 26: a broadcaster by its letters,
   《NHK》, as both passes of batch 58 read it).
2. A level word with 公安 and a bureau is one body where one level is named (区公安分局, 市公安局: the body of
   the place the document speaks for); a list of the kinds of division at one tier (县、市、旗公安局;
   省、自治区、直辖市公安厅、局) names a kind of body in a national rule and is no ORG, like 县级以上地方人民政府.
   This rule checks the gold; it found every batch consistent with it (session 12) and changes nothing.

Run: python3 tests/data/real/entities/revisions.py [--write]   prints every change the rules make to the
gold files of split.tsv's batches (dev and held-out) and, with --write, writes them. A change to a held-out
or fresh document is printed by its type and offsets alone, never its text.
"""

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.append(str(HERE.parent))  # devcorpus.py

import devcorpus  # noqa: E402

# A news outlet's name ends in one of these; words for documents that end in 报 are not outlets.
_OUTLET_ENDS = tuple("报 報 新闻 新聞 新闻网 新聞網 通讯社 通訊社 资讯社 資訊社 中央社".split())
_DOCUMENT_ENDS = tuple(
    "公报 公報 简报 簡報 年报 年報 季报 季報 月报 月報 通报 通報 情报 情報 汇报 匯報 学报 學報 画报 畫報".split()
)


# Newspapers named by their short form, which does not end like an outlet: 《蘋果》 for 蘋果日報, 《大紀元》 for
# 大紀元時報 (both passes of batch 52 and a dev document typed them ORG; session 25).
# Web outlets whose names end in no outlet word: 網路溫度計DailyView (its survey and ranking in 《》, session 25's
# batch-56 decider, D-8: web news outlets in 《》 are ORG, 《蘋果新聞網》, 《聯合新聞網》).
# Broadcasters named by their letters: 日本《NHK》報導 (both passes of dev batch 58 wrote ORG NHK; session 26's
# batch-58 decider: a broadcaster is a news outlet, as 港台 and BBC are ORG, its programmes in 《》 stay DOC).
_OUTLET_SHORT_FORMS = frozenset("蘋果 苹果 大紀元 大纪元 星島 星岛 網路溫度計DailyView NHK".split())


def is_outlet(name):
    """Whether a name in title marks is a news outlet (人民日报, 蘋果日報, 眾新聞, the short 《蘋果》) rather than
    a journal, magazine, programme or document (求是, 科学, 新闻联播, 统计公报)."""
    if name.endswith(("大公报", "大公報")):  # the paper, not a 公报 (communiqué)
        return True
    if name in _OUTLET_SHORT_FORMS:
        return True
    return name.endswith(_OUTLET_ENDS) and not name.endswith(_DOCUMENT_ENDS)


def _marks_around(text, start, end):
    """(open, close) of the title marks around text[start:end], spaces of a web page allowed between, or
    None when the span is not the whole content of a pair of title marks."""
    i, j = start, end
    while i > 0 and text[i - 1] == " ":
        i -= 1
    while j < len(text) and text[j] == " ":
        j += 1
    if i > 0 and text[i - 1] == "《" and text[j : j + 1] == "》":
        return i - 1, j + 1
    return None


def outlets_in_title_marks(doc, text, ents):
    """Rule 1: (entities, changes); each change is (before, after), an entity dict or None."""
    out, changes = [], []
    for e in ents:
        new = e
        if e["type"] == "DOC" and e["text"].startswith("《") and e["text"].endswith("》"):
            inner = e["text"][1:-1]
            name = inner.strip()
            if name and is_outlet(name):
                s = e["start"] + 1 + len(inner) - len(inner.lstrip())
                new = {"start": s, "end": s + len(name), "type": "ORG", "text": name}
        elif e["type"] == "ORG" and not is_outlet(e["text"]):
            marks = _marks_around(text, e["start"], e["end"])
            if marks:
                s, t = marks
                new = {"start": s, "end": t, "type": "DOC", "text": text[s:t]}
        if new is not e:
            changes.append((e, new))
        out.append(new)
    return out, changes


_TIER_KINDS = "旗|自治区|自治區|直辖市|直轄市|自治州|自治县|自治縣|盟"
_LEVEL = f"(?:{_TIER_KINDS}|省|市|县|縣|区|區)"
# One level word or a list of them (县、市、旗; 县（市、旗）), then 公安 and a bureau (厅、局 shares 公安).
_PUBLIC_SECURITY = re.compile(
    f"{_LEVEL}(?:[、（(]{_LEVEL}[）)]?)*[）)]?公安(?:分局|局|厅|廳)(?:、局)?"
)


def public_security_levels(doc, text, ents):
    """Rule 2: (entities, changes). A list of the kinds of division at one tier loses any ORG inside it; a
    single level word's bureau not covered by an entity becomes ORG. 城市 / 都市 are words, not levels."""
    out, changes = list(ents), []
    for m in _PUBLIC_SECURITY.finditer(text):
        s, t = m.start(), m.end()
        if text[s - 1 : s] in ("城", "都") and text[s] == "市":
            continue
        inside = [e for e in out if e["start"] < t and e["end"] > s]
        levels = re.findall(_LEVEL, text[s : text.index("公安", s)])
        if len(levels) > 1 and any(re.fullmatch(_TIER_KINDS, lv) for lv in levels):
            for e in inside:
                if e["type"] == "ORG" and e["start"] >= s and e["end"] <= t:
                    out.remove(e)
                    changes.append((e, None))
        elif len(levels) == 1 and not inside:
            end = t - 2 if text[t - 2 : t] == "、局" else t
            new = {"start": s, "end": end, "type": "ORG", "text": text[s:end]}
            out.append(new)
            changes.append((None, new))
    out.sort(key=lambda e: e["start"])
    return out, changes


RULES = (outlets_in_title_marks, public_security_levels)


def apply(doc, text, ents):
    """Every rule in turn: (entities, changes)."""
    changes = []
    for rule in RULES:
        ents, more = rule(doc, text, ents)
        changes += more
    return ents, changes


def split_rows():
    """split.tsv's rows: (document id, split, batch)."""
    lines = (HERE.parent / "split.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return [(Path(f).stem, s, b) for f, _kind, s, b in (line.split("\t") for line in lines if line)]


def _show(e, quote=True):
    if e is None:
        return "-"
    said = f" {e['text']!r}" if quote else ""
    return f"{e['type']}{said} [{e['start']}, {e['end']})"


def main(args):
    """Print every change the rules make to the gold files; write them with --write. Exit 0."""
    write = "--write" in args
    total = forms = 0
    quote = devcorpus.dev_names()
    for doc, split, batch in split_rows():
        path = HERE / f"{doc}.json"
        if not path.exists():
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        forms += sum(1 for _ in _PUBLIC_SECURITY.finditer(data["text"]))
        ents, changes = apply(doc, data["text"], data["entities"])
        for before, after in changes:
            shown = [_show(e, doc in quote) for e in (before, after)]
            print(f"batch {batch}\t{split}\t{doc}\t{shown[0]}\t->\t{shown[1]}")
        total += len(changes)
        if changes and write:
            data["entities"] = ents
            with open(path, "w", encoding="utf-8") as fh:
                json.dump(data, fh, ensure_ascii=False, indent=1)
    print(
        f"{total} change(s){' written' if write else ''}; {forms} level + 公安 + bureau forms checked"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
