"""Stress the title and header rules: titles, subtitles and ``document`` fields in many forms.

A sibling of ``stress_outline.py`` (same documents: every dev document of every batch of
``tests/data/real``'s split.tsv, held-out parts and conftest's ``FRESH_BATCHES`` never opened,
and both outline check sets). Each document is read in these forms:

- ``file``, ``text``, ``wrapped``, ``sentences``: as ``stress_outline.py`` (the file; its
  text read back as plain text; hard-wrapped at ``--width`` columns; one sentence a line);
- ``chrome``: the plain text with page chrome set before it — the gold furniture lines that
  stand before the title of *another* dev document (下载 / 打印 / 全屏 / 【字号：大 中 小】 /
  分享 / a breadcrumb 首页 > 政府信息公开 > … / a column's name / a date or a counter), as a
  page copied out whole. Only short lines count as chrome (40 characters at most, no sentence,
  no code or front matter), line by line: a donor's copy of its own title, subtitle or fields
  is left out. (Session 24) each document is read under ``CHROME_DONORS`` donors whose chrome
  differs, drawn in turn from all of them (the form once took the next document that had
  any, and one menu label stood over 400 documents), and each reading counts; the table is
  followed by how many donors served and (with ``-v``) per donor, how many titles it broke (right in
  ``text``, wrong under its chrome);
- ``title-wrapped``: the plain text with the title split over two lines at a natural break
  within its words (before 关于, after 的 or a mark 、，：; the break nearest the middle that
  leaves four characters or more a side; a title with none is left out of this form);
- ``title-at-space``: the same at a space between a headline's parts (「先導計畫結束　智障人士補牙
  無路」): a page that sets the 主题 and 副题 on two lines. The second line then has a deck's
  (a subtitle's) place and form, so a reader cannot always tell the two apart;
- ``heading-under-title`` (round 21, the guard of the split-headline rule): the plain text with
  a real subhead set right under the title — the first unnumbered gold heading of 30
  characters or fewer, with no end mark, of the next document in the list that has one and
  is written in the same script (Traditional or Simplified; a page that sets its first subhead,
  or a deck, under the title): the title must not take it;
- ``gongwen``: 公文 only (documents whose gold carries a 发文字号 and one 发文机关): the text
  from the title on, under the 版头 of GB/T 9704-2012 — 份号 (000123), 密级 and 保密期限
  (秘密★1年), 紧急程度 (特急), the 发文机关标志 (``<issuer>文件``), the 发文字号 and the
  red line's residue (a line of ─ as a PDF's copied rule comes out);
- ``gongwen-short``: the same with the 发文机关标志 and 发文字号 only, no red-line residue.

For each form it counts titles right (normalised, as ``score_outline.py``), subtitles right
(documents whose gold or reading has one) and each field right: 公文 发文字号, 发文机关,
成文日期 (as ``score_outline.py``) and the news fields. ``-v`` lists every miss.

Run: ``.venv/bin/python benchmarks/stress_titles.py [--root CHECKOUT] [--forms …] [-v]
[--json]`` (``--root``: another checkout's code on this checkout's documents).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(HERE / "benchmarks"))

from score_outline import (  # noqa: E402
    NEWS_FIELDS,
    _as_text,
    normalise,
    normalise_date,
    normalise_issuer,
)
from stress_outline import (  # noqa: E402
    documents,
    one_sentence_per_line,
    stress_arguments,
    wrap,
)

FORMS = (
    "file",
    "text",
    "wrapped",
    "sentences",
    "chrome",
    "title-wrapped",
    "title-at-space",
    "heading-under-title",
    "gongwen",
    "gongwen-short",
)
OFFICIAL = ("number", "issuer", "date")
_BREAK_BEFORE = re.compile(r"关于|關於")
_YEAR_BRACKETS = re.compile(r"[〔\[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]")
_BREAK_AFTER = re.compile(r"[的、，：:]")
_SPACE = re.compile(r"\s+")
_MAX_CHROME_CHARS = 40
_CODE = re.compile(r"[A-Za-z_]{3,}|[:=]\s*['\"{(]")
_SENTENCE = re.compile(r"[。！？!?]")
#: How many donors' chrome each document is read under (each reading counts).
CHROME_DONORS = 3


def chrome_before_title(gold: dict) -> list[str]:
    """The gold furniture lines that stand before the title (none when the gold has no title)
    and (session 24) the run of them right under it (a page's 来源 / 时间 / 字号 / 阅读次数
    row), less the page's copies of its title, subtitle or 公文 head (a <title>, a
    breadcrumb's last step, the 发文字号): they are the donor's own header, not chrome. A date
    or a byline row stays: over another document it is a page's chrome like a menu."""
    span = gold.get("title_span")
    if not span:
        return []
    text = gold["text"]
    head = gold.get("document") or {}
    own = [gold.get("title"), gold.get("subtitle"), *(head.get(k) for k in _HEAD_FIELDS)]
    own = [normalise(_as_text(v)) for v in own if v]
    furniture = gold.get("furniture", [])
    lines = []
    for start, end in furniture:
        if end <= span[0]:
            lines += [ln.strip() for ln in text[start:end].split("\n") if ln.strip()]
    lines += _furniture_under_title(gold, text, furniture)
    lines = [ln for ln in lines if not any(_shares_title(normalise(ln), t) for t in own)]
    # (session 23) A numbered line (「一、格式：」) is no chrome: batch 26's library page sets
    # another text's heading and its first numbered line over its title, and as every later
    # donor's "chrome" that fragment stood over 145 of 381 documents — a page's menus are not
    # numbered, and the page is no donor.
    if any(_NUMBERED.match(ln) for ln in lines):
        return []
    # Chrome is short lines of a page's menus; a scraper's note (a sentence) or a file's own
    # front matter or code (「title: '」, 「import …」) is not what a page shows over its title.
    # (Session 24) such a line is left out alone, not the donor's whole head with it: the
    # all-or-nothing test left ten donors, six of them one CMS's 下载 / 打印 row.
    return [
        ln
        for ln in lines
        if len(ln) <= _MAX_CHROME_CHARS and not _CODE.search(ln) and not _SENTENCE.search(ln)
    ]


_HEAD_FIELDS = ("number", "issuer", "addressees", "signatory")
_MAX_UNDER_TITLE = 12


def _furniture_under_title(gold: dict, text: str, furniture: list) -> list[str]:
    """The gold furniture lines right under the title (and its subtitle), up to the first line
    that is not furniture."""
    end = max(gold["title_span"][1], (gold.get("subtitle_span") or [0, 0])[1])
    lines: list[str] = []
    at = end
    while len(lines) < _MAX_UNDER_TITLE and at < len(text):
        stop = text.find("\n", at)
        stop = len(text) if stop < 0 else stop
        line = text[at:stop].strip()
        if line:
            if not any(
                s <= at + len(text[at:stop]) - len(text[at:stop].lstrip()) < e for s, e in furniture
            ):
                break
            lines.append(line)
        at = stop + 1
    return lines


def chrome_donors(chromes: list[list[str]]) -> list[int]:
    """The donors: the first document of each distinct chrome (six sites of one CMS with the
    same 下载 / 打印 row are one donor)."""
    seen: dict[tuple[str, ...], int] = {}
    for i, chrome in enumerate(chromes):
        if chrome:
            seen.setdefault(tuple(chrome), i)
    return sorted(seen.values())


def donors_for(i: int, donors: list[int], chromes: list[list[str]], k: int) -> list[int]:
    """The ``k`` donors document ``i`` is read under: drawn in turn from all of them from the
    ``i``-th on, never its own chrome."""
    if not donors:
        return []
    n = len(donors)
    picked = []
    for step in range(n):
        j = donors[(i + step) % n]
        if j != i and chromes[j] != chromes[i]:
            picked.append(j)
        if len(picked) == k:
            break
    return picked


_NUMBERED = re.compile(
    r"\s*(?:第[一二三四五六七八九十百零〇\d]+[章节條条部分篇]|[一二三四五六七八九十]+[、.．]"
    r"|[（(][一二三四五六七八九十\d]+[）)]|\d+(?:[.．、]\d*)*\s*[、.．\s]|[壹貳參肆伍陸柒捌玖拾]+[、.．])"
)
_MAX_DONOR_HEADING = 30


def first_subhead(gold: dict) -> str | None:
    """The document's first unnumbered heading of ``_MAX_DONOR_HEADING`` characters or fewer
    with no end mark (a subhead another document's title may get set over)."""
    for section in gold.get("sections", []):
        heading = (section.get("heading") or "").strip()
        if (
            heading
            and "\n" not in heading
            and len(heading) <= _MAX_DONOR_HEADING
            and heading[-1] not in "。！？!?；;：:，,"
            and not _NUMBERED.match(heading)
            and not heading.startswith("#")
        ):
            return heading
    return None


_TRADITIONAL = set("們這來對說時國會為學發經與從點問題開關區書無於後過見麼")
_SIMPLIFIED = set("们这来对说时国会为学发经与从点问题开关区书无于后过见么")


def traditional(text: str) -> bool:
    """Whether ``text`` is written in Traditional characters (more of its common characters)."""
    return sum(c in _TRADITIONAL for c in text) > sum(c in _SIMPLIFIED for c in text)


def _shares_title(line: str, title: str) -> bool:
    """Whether ``line`` holds the title or half of it (a copy, maybe cut or run on)."""
    if not line or not title:
        return False
    if line in title or title in line:
        return True
    half = max(6, len(title) // 2)
    return any(title[i : i + half] in line for i in range(0, len(title) - half + 1))


def title_break(title: str, space: bool = False) -> int | None:
    """Where a title breaks over two lines: the natural break nearest its middle — before 关于,
    after 的 or a mark 、，： (``space`` false), or at a space between a headline's parts."""
    if space:
        cands = {m.end() for m in _SPACE.finditer(title)}
    else:
        cands = {m.start() for m in _BREAK_BEFORE.finditer(title)}
        cands |= {m.end() for m in _BREAK_AFTER.finditer(title)}
    cands = [c for c in cands if len(title[:c].strip()) >= 4 and len(title[c:].strip()) >= 4]
    if not cands:
        return None
    return min(cands, key=lambda c: abs(c - len(title) / 2))


def official_gold(gold: dict, name: str) -> dict | None:
    header = gold.get("document") or {}
    if header.get("number") or name.startswith("gw-"):
        return header
    return None


def form_text(
    form: str, doc, gold: dict, chrome: list[str], width: int, subhead: str | None = None
) -> str | None:
    """The text of ``doc`` in ``form``, or None when the form does not apply."""
    text = doc.text
    if form == "text":
        return text
    if form == "wrapped":
        return wrap(text, width)
    if form == "sentences":
        return one_sentence_per_line(text)
    if form == "chrome":
        return "\n".join(chrome) + "\n" + text if chrome else None
    span = gold.get("title_span")
    title = gold.get("title")
    if not span or not title or text[span[0] : span[1]] != title or "\n" in title:
        return None
    if form == "heading-under-title":
        if subhead is None:
            return None
        return text[: span[1]] + "\n" + subhead + text[span[1] :]
    if form in ("title-wrapped", "title-at-space"):
        at = title_break(title, space=form == "title-at-space")
        if at is None:
            return None
        return text[: span[0]] + title[:at].rstrip() + "\n" + title[at:].lstrip() + text[span[1] :]
    header = official_gold(gold, "")
    if not header or not isinstance(header.get("issuer"), str) or not header.get("number"):
        return None
    if not _YEAR_BRACKETS.search(header["number"]):
        return None  # (a 令's number, a Taiwan 字號: not GB/T 9704's 版头)
    issuer, number = header["issuer"], header["number"]
    if form == "gongwen":
        front = ["000123", "秘密★1年", "特急", f"{issuer}文件", number, "─" * 30]
    else:
        front = [f"{issuer}文件", number]
    return "\n".join(front) + "\n" + text[span[0] :]


def score(doc, gold: dict, name: str, counts: Counter, misses: list[str]) -> None:
    counts["docs"] += 1
    counts["titles"] += 1
    if normalise(doc.title) == normalise(gold.get("title")):
        counts["titles_ok"] += 1
    else:
        misses.append(f"title {doc.title!r} != {gold.get('title')!r}")
    ours_sub = doc.header.get("subtitle") if doc.header else None
    if gold.get("subtitle") or ours_sub:
        counts["subtitles"] += 1
        if normalise(ours_sub) == normalise(gold.get("subtitle")):
            counts["subtitles_ok"] += 1
        else:
            misses.append(f"subtitle {ours_sub!r} != {gold.get('subtitle')!r}")
    header = gold.get("document") or {}
    official = official_gold(gold, name)
    if official is not None:
        for key in OFFICIAL:
            want = _as_text(official.get(key))
            if want is None:
                continue
            got = doc.header.get(key) if doc.header else None
            norm = {"date": normalise_date, "issuer": normalise_issuer}.get(key, normalise)
            counts[f"{key}"] += 1
            if norm(got) == norm(want):
                counts[f"{key}_ok"] += 1
            else:
                misses.append(f"{key} {got!r} != {want!r}")
    fields = doc.header.fields if doc.header else {}
    news = doc.header is not None and doc.header.genre == "news"
    theirs = {k: _as_text(header.get(k)) for k in NEWS_FIELDS}
    ours = {
        k: fields[k].text if k in fields and fields[k].start is not None else None
        for k in NEWS_FIELDS
    }
    if any(theirs.values()) or (news and any(ours.values())):
        for key in NEWS_FIELDS:
            if theirs[key] is None and ours[key] is None:
                continue
            counts["news"] += 1
            if normalise(ours[key]) == normalise(theirs[key]):
                counts["news_ok"] += 1
            else:
                misses.append(f"{key} {ours[key]!r} != {theirs[key]!r}")


def main(argv: list[str] | None = None) -> int:
    args = stress_arguments(__doc__.split("\n")[0], FORMS, argv)
    root = Path(args.root).resolve()
    sys.path.insert(0, str(root))
    for mod in [m for m in sys.modules if m == "gui" or m.startswith("gui.")]:
        del sys.modules[mod]
    from gui.core.reading import document_from_text, read_document

    forms = [f for f in args.forms.split(",") if f in FORMS]
    docs = documents(root)
    # Page chrome for each document: CHROME_DONORS donors' chrome, drawn in turn.
    chromes = [chrome_before_title(g) for _, _, g in docs]
    donors = chrome_donors(chromes)
    served: Counter = Counter()
    broke: Counter = Counter()
    subheads = [first_subhead(g) for _, _, g in docs]
    heads = [i for i, h in enumerate(subheads) if h]
    scripts = [traditional(g["text"]) for _, _, g in docs]
    totals = {f: Counter() for f in forms}
    for i, (group, path, gold) in enumerate(docs):
        alike = [j for j in heads if scripts[j] == scripts[i]]
        giver = next((j for j in alike if j > i), alike[0] if alike else None)
        subhead = subheads[giver] if giver is not None and giver != i else None
        doc = read_document(path)
        for form in forms:
            if form == "file":
                readings = [(doc, None)]
            elif form == "chrome":
                plain = document_from_text(doc.text, path.with_suffix(".txt"))
                plain_ok = normalise(plain.title) == normalise(gold.get("title"))
                readings = []
                for j in donors_for(i, donors, chromes, CHROME_DONORS):
                    text = form_text(form, doc, gold, chromes[j], args.width)
                    readings.append((document_from_text(text, path.with_suffix(".txt")), j))
            else:
                text = form_text(form, doc, gold, [], args.width, subhead)
                if text is None:
                    continue
                readings = [(document_from_text(text, path.with_suffix(".txt")), None)]
            for read, j in readings:
                misses: list[str] = []
                score(read, gold, path.name, totals[form], misses)
                if j is not None:
                    served[j] += 1
                    if plain_ok and normalise(read.title) != normalise(gold.get("title")):
                        broke[j] += 1
                if args.verbose:
                    via = f"\t[{docs[j][1].name}]" if j is not None else ""
                    for miss in misses:
                        print(f"{form}\t{group}\t{path.name}{via}\t{miss[:160]}")
    rows = {}
    for form, c in totals.items():
        row = {"documents": c["docs"]}
        for key in ("titles", "subtitles", *OFFICIAL, "news"):
            row[key] = f"{c[key + '_ok']}/{c[key]}"
        rows[form] = row
    per_donor = {
        docs[j][1].name: {"chrome": " / ".join(chromes[j]), "served": served[j], "broke": broke[j]}
        for j in sorted(served, key=lambda j: (-broke[j], docs[j][1].name))
    }
    if args.json:
        if "chrome" in forms and args.verbose:
            rows["chrome"]["donors"] = per_donor  # type: ignore[assignment]
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    keys = ("documents", "titles", "subtitles", *OFFICIAL, "news")
    print("form".ljust(14) + "".join(k.rjust(11) for k in keys))
    for form, row in rows.items():
        print(form.ljust(14) + "".join(str(row[k]).rjust(11) for k in keys))
    if "chrome" in forms:
        print(
            f"chrome: {len(served)} donors served ({len(donors)} distinct), "
            f"{CHROME_DONORS} a document; titles each broke (right in text, wrong under it):"
        )
        # The donors' chrome lines are printed only with -v: the documents read include validation
        # batches and the newest scored batches' dev parts, whose lines a rule writer must not see.
        for name, row in per_donor.items() if args.verbose else ():
            print(f"  {row['broke']:4}/{row['served']:<4} {name}  「{row['chrome'][:60]}」")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
