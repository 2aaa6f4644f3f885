"""The builder shared by every batch's entity gold (build_batch.py --batch N, which builds on it).

Each batch has a module of reading lists (pass 1) and a module of pass 2's edits; a ``Batch``
turns them into tests/data/real/entities/<id>.json and prints a self-check (see build_batch.py
for the line format). agreement.py builds blind second-pass lists with the same ``Batch.annotate``.
"""

import importlib
import json
import os
import re
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")


def optional(name):
    """The module `name` of this directory, or None when this branch does not have it (yet)."""
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name != name:  # a module that exists but imports something missing is an error
            raise
        return None


def read_text(doc):
    with open(os.path.join(GOLD, doc + ".json"), encoding="utf-8") as fh:
        return json.load(fh)["text"]


def read_text_as_read(doc):
    """The text doc's reading lists were read on: the gold text without the line a reader change added after
    they were read (carry_cap26.ADDED: batch 58's lead captions), which their strings and pass 2's occurrence
    numbers do not know."""
    text = read_text(doc)
    carry = optional("carry_cap26")
    line = getattr(carry, "ADDED", {}).get(doc) if carry is not None else None
    if line is None:
        return text
    start, end = carry.line_span(text, line)
    return text[:start] + text[end:]


class NoPass2:
    """Stands in for a batch's pass-2 module until a second pass has written its edits: it has
    read nothing and edits nothing, so the files are pass 1 alone."""

    READ: frozenset = frozenset()

    @staticmethod
    def apply(doc, text, ents):
        """No edits: pass 1's entities unchanged, no counts."""
        return ents, {}


def overlaps(a, b, ents):
    return any(not (b <= e["start"] or a >= e["end"]) for e in ents)


class Batch:
    """One batch's reading lists (``lists.LISTS``) and pass 2's edits (``pass2.apply``,
    ``pass2.READ``), with the annotator strings its files carry."""

    def __init__(self, lists, pass2, annotator_pass1, annotator_pass2):
        self.lists, self.pass2 = lists, pass2
        self.annotator_pass1, self.annotator_pass2 = annotator_pass1, annotator_pass2

    def annotator(self, doc):
        """Who annotated doc: pass 1 alone, or pass 1 + pass 2 once pass 2 has read it."""
        return self.annotator_pass2 if doc in self.pass2.READ else self.annotator_pass1

    def annotate(self, doc, text):
        """Turn the reading list of doc into sorted entities; return (entities, problems)."""
        ents, regs, problems, pos = [], [], [], 0
        for ln, line in enumerate(self.lists.LISTS[doc].split("\n"), 1):
            if not line.strip() or line.startswith("#"):
                continue
            typ, s = line.split("\t", 1)
            s = s.replace("\\n", "\n")
            if typ.startswith("*"):
                regs.append((typ[1:], s))
                continue
            i = text.find(s, pos)
            if i < 0:
                problems.append(f"NOT FOUND line {ln} {typ} {s!r}")
                continue
            if overlaps(i, i + len(s), ents):
                problems.append(f"OVERLAP line {ln} {typ} {s!r}")
                continue
            ents.append({"start": i, "end": i + len(s), "type": typ, "text": s})
            pos = i + len(s)
        for typ, pat in regs:
            n = 0
            for m in re.finditer(pat, text):
                if m.end() > m.start() and not overlaps(m.start(), m.end(), ents):
                    ents.append(
                        {"start": m.start(), "end": m.end(), "type": typ, "text": m.group()}
                    )
                    n += 1
            if n == 0:
                problems.append(f"REGEX no match {typ} {pat}")
        ents.sort(key=lambda e: e["start"])
        return ents, problems

    def gold_entities(self, doc, text):
        """Pass 1's entities of doc with pass 2's edits applied: (entities, problems, counts)."""
        ents, problems = self.annotate(doc, text)
        ents, counts = self.pass2.apply(doc, text, ents)
        return ents, problems, counts

    def build(self, doc, write=True, show=True):
        """Build one document's entity file; return the problems (empty when the list is sound).
        ``show=False`` prints the verdict alone (a held-out document of a scored batch): no line
        of its text or gold."""
        text = read_text(doc)
        ents, problems, p2 = self.gold_entities(doc, text)
        for line in self_check(doc, text, ents) if show else ():
            print(doc, line)
        data = {
            "source": "tests/data/real/gold/" + doc + ".json",
            "annotator": self.annotator(doc),
            "text": text,
            "entities": ents,
        }
        path = os.path.join(HERE, doc + ".json")
        if write:
            with open(path, "w", encoding="utf-8") as fh:
                json.dump(data, fh, ensure_ascii=False, indent=1)
        else:
            with open(path, encoding="utf-8") as fh:
                if json.load(fh) != data:
                    problems.append("committed file differs from the build")
        if show:
            for p in problems:
                print(doc, p)
            p2 = {k: n for k, n in p2.items() if n}
            counts = dict(Counter(e["type"] for e in ents))
            print(doc, len(ents), counts, "pass 2:", p2 or "no edits")
        print(doc, "ERR" if problems else "OK")
        return problems

    def main(self, args, hidden=frozenset()):
        """``[--check] [doc-id ...]`` (no ids: all documents); the exit status. The documents in
        ``hidden`` are built (or checked) with their verdict alone printed."""
        check_only = "--check" in args
        docs = [a for a in args if a != "--check"] or sorted(self.lists.LISTS)
        bad = [d for d in docs if self.build(d, write=not check_only, show=d not in hidden)]
        return 1 if bad else 0


def self_check(doc, text, ents):
    """Lines worth a look: untagged occurrences of annotated strings and uncovered patterns."""
    out = []
    cov = [None] * len(text)
    for e in ents:
        for k in range(e["start"], e["end"]):
            cov[k] = e
    for s, typ in sorted({(e["text"], e["type"]) for e in ents}):
        for m in re.finditer(re.escape(s), text):
            i, j = m.start(), m.end()
            inside = cov[i] is not None and cov[i] is cov[j - 1]
            if not inside:
                ctx = text[max(0, i - 8) : j + 8].replace("\n", "⏎")
                out.append(f"UNTAGGED {typ} {s!r} @{i}: {ctx}")
    for pat, what in (
        (r"[0-9０-９]+", "digit"),
        (r"[《“「『‘〔]", "mark"),
        (
            r"[〇一二三四五六七八九十]+月[〇一二三四五六七八九十]*日?|[一二三四]季度|[上下]半年",
            "cn-date",
        ),
    ):
        for m in re.finditer(pat, text):
            if all(cov[k] is None for k in range(m.start(), m.end())):
                ctx = text[max(0, m.start() - 8) : m.end() + 8].replace("\n", "⏎")
                out.append(f"UNCOVERED {what} @{m.start()}: {ctx}")
    for e in ents:
        s, t = e["start"], e["end"]
        if e["type"] in ("QUANT", "DATE") and (
            (s > 0 and re.match(r"[0-9.,]", text[s - 1])) or (t < len(text) and text[t].isdigit())
        ):
            out.append(f"CUT NUMBER {e['type']} {e['text']!r} @{s}")
        if e["type"] == "QUANT" and re.match(r"[近约超逾]|.*(以上|以下|左右|以内)$", e["text"]):
            out.append(f"APPROXIMATOR {e['text']!r} @{s}")
    return out
