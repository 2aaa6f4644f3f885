"""Which rule made each heading the reader finds, and whether the gold has it: precision per rule.

Every heading of the outline is made at one place of the code: the numbered-line reader
(``outline_heads.numbered_heading``, by numbering style and shape), a format's marked level,
a lead-sentence run (``lead_runs``), a subhead rule (``subhead_runs.sibling_subheads``,
``subheads.is_subheading`` …), an annex reader, and so on. This benchmark reads each document
as ``score_outline.py`` does (``reading.read_document``) with the outline's functions wrapped
from outside — nothing in ``gui/`` knows of it — so each heading carries the place that made it;
the headings are then matched with the gold exactly as ``score_outline.score_document`` matches
them (normalised text, each gold heading once, in order). Per rule (``module.function[:detail]``)
it prints found, right, false and precision, and the same rolled up per module.

Sets (``--set``): ``dev`` — the dev parts of batches 1–12 and 17–59, the text rules are written
on; ``validation`` — batches 13–16's dev parts; ``new-dev`` — the dev parts of batches 60 and
later (``NEW_DEV_FROM``), the newest scored text no rule was written on. Fresh batches
(``tests/conftest.py``'s ``FRESH_BATCHES``) and every held-out document are never read. For
``validation`` and ``new-dev`` only aggregate counts are printed; ``--false`` (each false heading
with its document, one a line) and ``--right`` are refused there.

    benchmarks/heading_provenance.py [--set dev|validation|new-dev|all] [--genre 公文] [--by-genre]
        [--false [--rule SUBSTRING]] [--json]

``--genre`` keeps one genre family of ``score_heldout_pooled.GENRES`` (公文, work report, release,
news, other); ``--by-genre`` prints one table per family. Deterministic: the same code and corpus
give the same table (every table is sorted; nothing depends on the order of a set). The dev
set (396 documents) takes a few seconds on one core.
"""

from __future__ import annotations

import argparse
import ast
import inspect
import json
import sys
import textwrap
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "data" / "real"))

import devcorpus  # noqa: E402
import score_heldout_pooled  # noqa: E402
import score_outline  # noqa: E402

import gui.core.outline as outline_module  # noqa: E402
from gui.core import outline_heads  # noqa: E402
from gui.core.reading import read_document  # noqa: E402

#: The first batch of "new dev": scored batches whose dev parts no rule was written on.
NEW_DEV_FROM = 60
SETS = ("dev", "validation", "new-dev")
#: Sets whose documents may be named and quoted (the rest: aggregate counts only).
READABLE = frozenset({"dev"})

#: Numbering styles by the rank ``numbering.numbered`` gives them.
_STYLES = {
    10: "第X编",
    10.5: "第X部分",
    11: "第X章",
    12: "第X节",
    13: "第X条",
    20: "一、",
    21: "（一）",
}
_STYLES |= {22: "1.", 23: "（1）"}

#: Functions ``outline._find_headings`` calls whose answer (a set of body indices, or a pair
#: whose first member is one) decides which lines are subheads: wrapped to record it. A line
#: several claim is credited to the first of them here.
_SUBHEAD_CLAIMING = (
    ("sibling_subheads", "subhead_runs.sibling_subheads"),
    ("colon_headlines", "colon_heads.colon_headlines"),
    ("topic_subheads", "subhead_runs.topic_subheads"),
    ("tagged_items", "subhead_runs.tagged_items"),
    ("interview_questions", "label_heads.interview_questions"),
    ("bracket_labels", "label_heads.bracket_labels"),
    ("marked_part_labels", "label_heads.marked_part_labels"),
    ("faq_pairs", "label_heads.faq_pairs"),
    ("interview_turns", "label_heads.interview_turns"),
    ("bold_subheads", "subhead_runs.bold_subheads"),
)
#: The same for the address points 「第一，…」 (the ``points`` site of ``_find_headings``).
_POINT_CLAIMING = (
    ("enumerated_points", "colon_heads.enumerated_points"),
    ("stopped_points", "speech_points.stopped_points"),
)
_CLAIMING = _SUBHEAD_CLAIMING + _POINT_CLAIMING
#: Predicates asked per body index (``(body, i, …)``): wrapped to record where they said yes.
_ASKED = (
    ("is_subheading", "subheads.is_subheading"),
    ("is_list_caption", "subheads.is_list_caption"),
)


@dataclass
class _Trace:
    """What one reading of a document recorded."""

    claims: dict[str, set[int]] = field(default_factory=dict)
    final: list[Any] | None = None
    sites: dict[int, str] = field(default_factory=dict)  # line in outline.py -> site label


TRACE = _Trace()


def _site_labels() -> dict[int, str]:
    """Each place in ``outline._find_headings`` that makes a heading (a call of ``_Heading``),
    by its line, labelled by the statement that decides it: the ``if`` or ``for`` around it."""
    source = textwrap.dedent(inspect.getsource(outline_module._find_headings))
    first = inspect.getsourcelines(outline_module._find_headings)[1]
    tree = ast.parse(source)
    parents: dict[ast.AST, ast.AST] = {}
    for node in ast.walk(tree):
        for child in ast.iter_child_nodes(node):
            parents[child] = node
    out: dict[int, str] = {}
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "_Heading"):
            continue
        context = []
        up = parents.get(node)
        while up is not None and not isinstance(up, ast.FunctionDef):
            if isinstance(up, ast.If):
                context.append(ast.unparse(up.test))
            elif isinstance(up, ast.For):
                context.append(ast.unparse(up.iter))
            up = parents.get(up)
        out[first + node.lineno - 1] = _label_of(context)
    return out


#: (a word of the nearest ``if``'s test or ``for``'s iterable, the site's label), nearest first.
_SITE_WORDS = (
    ("hints", "format:marked level"),
    ("md", "format:Markdown #"),
    ("issued", "outline_annexes.issued_titles"),
    ("is_ordinal_headline", "headline_lines.is_ordinal_headline"),
    ("headline_sentences", "headline_lines.headline_sentences"),
    ("points", "points"),
    ("i in siblings", "subhead"),
    ("is_split_subheading", "subheads.is_split_subheading"),
    ("layout_subheads", "layout_siblings.layout_subheads"),
    ("labels +", "label"),
    ("is_list_caption", "subheads.is_list_caption:over items heading nothing"),
    ("announced_appendices", "appendix"),
)


def _label_of(context: list[str]) -> str:
    for test in context:
        for word, label in _SITE_WORDS:
            if word in test:
                return label
    return "outline._find_headings:?"


def _origin(frame: Any, heading: Any) -> str:
    """The rule that made ``heading``, from the frame that called its constructor."""
    module = frame.f_globals.get("__name__", "?")
    if module == "dataclasses":  # (``replace``: a heading re-ranked keeps its maker)
        # (The copied heading is ``replace``'s ``obj`` up to Python 3.12, ``_replace``'s
        # ``self`` from 3.13.)
        old = frame.f_locals.get("obj", frame.f_locals.get("self"))
        return getattr(old, "origin", "?")
    name = frame.f_code.co_name
    if module == outline_module.__name__ and name == "_find_headings":
        return _refine(TRACE.sites.get(frame.f_lineno, "outline._find_headings:?"), frame)
    return f"{module.rsplit('.', 1)[-1]}.{name}"


def _refine(site: str, frame: Any) -> str:
    """A site of ``_find_headings`` that several rules feed: the rule that claimed the line."""
    local = frame.f_locals
    i = local.get("i")
    claims = TRACE.claims
    if site == "subhead":
        for _, rule in _SUBHEAD_CLAIMING + _ASKED:
            if i in claims.get(rule, ()):
                return rule
        return "label_heads:subhead over a notice's label"
    if site == "points":
        if i in claims.get("colon_heads.enumerated_points", ()):
            return "colon_heads.enumerated_points"
        return "speech_points.stopped_points"
    if site == "label":
        if i in local.get("labels", ()):
            return "subheads.is_section_label"
        return getattr(local["found"][i], "origin", "?")  # (a caption re-ranked)
    if site == "appendix":
        first = local.get("first")
        tables = {t[0] for t in local.get("tables", ())}
        return "appendix.table_appendices" if first in tables else "appendix.announced_appendices"
    return site


def _style(rank: float) -> str:
    if 14 <= rank < 15:
        return "decimal"
    return _STYLES.get(rank, f"rank {rank}")


def _claiming(rule: str, function: Callable[..., Any]) -> Callable[..., Any]:
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        result = function(*args, **kwargs)
        got = result[0] if isinstance(result, tuple) else result
        TRACE.claims.setdefault(rule, set()).update(got)
        return result

    return wrapped


def _asked(rule: str, function: Callable[..., Any]) -> Callable[..., Any]:
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        result = function(*args, **kwargs)
        if result:
            i = args[1] if len(args) > 1 else kwargs["i"]
            TRACE.claims.setdefault(rule, set()).add(i)
        return result

    return wrapped


@contextmanager
def _tracing() -> Iterator[None]:
    """Wrap the outline's functions for one reading and put them back after it: ``Heading``
    records its maker, the claiming functions their answers, ``heading_levels`` the final
    headings of the outline. Outside a reading the outline's code is as it was."""
    if not TRACE.sites:
        TRACE.sites = _site_labels()
    saved = {name: getattr(outline_module, name) for name in _WRAPPED}
    init = outline_heads.Heading.__init__

    def traced_init(self: Any, *args: Any, **kwargs: Any) -> None:
        init(self, *args, **kwargs)
        self.__dict__["origin"] = _origin(sys._getframe(1), self)

    def numbered_heading(ln: Any, rank: float, *args: Any, **kwargs: Any) -> Any:
        heading, shape = saved["_numbered_heading_of"](ln, rank, *args, **kwargs)
        if heading is not None:
            heading.__dict__["origin"] = f"outline_heads.numbered_heading:{_style(rank)} {shape}"
        return heading, shape

    def find_headings(*args: Any, **kwargs: Any) -> Any:
        TRACE.claims = {}
        return saved["_find_headings"](*args, **kwargs)

    def heading_levels(found: list[Any], *args: Any, **kwargs: Any) -> Any:
        TRACE.final = list(found)
        return saved["heading_levels"](found, *args, **kwargs)

    try:  # (every name is put back, whatever raises: while wrapping or while reading)
        for name, rule in _CLAIMING:
            setattr(outline_module, name, _claiming(rule, saved[name]))
        for name, rule in _ASKED:
            setattr(outline_module, name, _asked(rule, saved[name]))
        outline_module._numbered_heading_of = numbered_heading
        outline_module._find_headings = find_headings
        outline_module.heading_levels = heading_levels
        outline_heads.Heading.__init__ = traced_init  # type: ignore[method-assign]
        yield
    finally:
        outline_heads.Heading.__init__ = init  # type: ignore[method-assign]
        for name, function in saved.items():
            setattr(outline_module, name, function)


#: The names in ``gui.core.outline`` a reading under ``_tracing`` wraps.
_WRAPPED = (
    *(name for name, _ in _CLAIMING + _ASKED),
    "_numbered_heading_of",
    "_find_headings",
    "heading_levels",
)


def traced_headings(path: Path) -> list[tuple[str, str]]:
    """(heading text, the rule that made it) of each heading of ``path``'s outline, as
    ``score_outline.score_document`` reads them (sections with a heading, in order)."""
    TRACE.final = None
    with _tracing():
        doc = read_document(path)
    made = TRACE.final or []
    sections = list(doc.sections)[len(doc.sections) - len(made) :]
    return [
        (s.heading, getattr(h, "origin", "?"))
        for s, h in zip(sections, made, strict=True)
        if s.heading
    ]


def judged(headings: list[tuple[str, str]], gold: dict) -> list[tuple[str, str, bool]]:
    """Each heading with whether the gold has it, matched as ``score_outline`` matches."""
    pool = Counter(score_outline.normalise(t) for t, _ in score_outline.gold_headings(gold))
    out = []
    for text, origin in headings:
        key = score_outline.normalise(text)
        right = pool[key] > 0
        if right:
            pool[key] -= 1
        out.append((text, origin, right))
    return out


def set_of(batch: int, validation: frozenset[str] = devcorpus.VALIDATION_BATCHES) -> str:
    if str(batch) in validation:
        return "validation"
    return "new-dev" if batch >= NEW_DEV_FROM else "dev"


def documents(wanted: str, genre: str | None = None) -> Iterator[tuple[str, str, str]]:
    """(file name, set, genre family) of the dev documents of ``wanted`` (``all``: every set),
    fresh batches and held-out documents never."""
    kinds = score_heldout_pooled.kinds()
    fresh = devcorpus.fresh_batches()
    for name, (split, batch) in sorted(score_outline.manifest().items()):
        if split != "dev" or str(batch) in fresh:
            continue
        which = set_of(batch)
        family = kinds.get(Path(name).stem, "other")
        if wanted not in ("all", which) or (genre is not None and family != genre):
            continue
        yield name, which, family


@dataclass
class Tally:
    found: Counter = field(default_factory=Counter)
    right: Counter = field(default_factory=Counter)

    def add(self, origin: str, right: bool) -> None:
        self.found[origin] += 1
        self.right[origin] += right

    def rows(self, by_module: bool = False) -> list[tuple[str, int, int, int, float]]:
        found, right = Counter(), Counter()
        for origin, n in self.found.items():
            key = origin.split(".", 1)[0] if by_module else origin
            found[key] += n
            right[key] += self.right[origin]
        rows = [(k, found[k], right[k], found[k] - right[k], right[k] / found[k]) for k in found]
        return sorted(rows, key=lambda r: (-r[3], -r[1], r[0]))


def _print_table(title: str, tally: Tally) -> None:
    total_found, total_right = sum(tally.found.values()), sum(tally.right.values())
    p = total_right / total_found if total_found else 1.0
    print(f"{title}: {total_found} found, {total_right} right, P {p:.3f}")
    for by_module in (False, True):
        print(f"  {'module' if by_module else 'rule':58} found right false     P")
        for key, n, ok, bad, prec in tally.rows(by_module):
            print(f"  {key:58} {n:5d} {ok:5d} {bad:5d} {prec:.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", default="dev", choices=(*SETS, "all"))
    parser.add_argument("--genre", default=None, help="one genre family: 公文, news, release …")
    parser.add_argument("--by-genre", action="store_true", help="a table per genre family")
    parser.add_argument("--false", action="store_true", help="list each false heading (dev only)")
    parser.add_argument("--right", action="store_true", help="list each right heading (dev only)")
    parser.add_argument("--rule", default="", help="with --false/--right: rules containing this")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if (args.false or args.right) and args.set not in READABLE:
        print(f"--false/--right list dev documents only, not {args.set!r}", file=sys.stderr)
        return 2
    tallies: dict[tuple[str, str], Tally] = {}
    for name, which, family in documents(args.set, args.genre):
        gold_path = score_outline.GOLD / (Path(name).stem + ".json")
        if not gold_path.is_file():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        group = family if args.by_genre else "all"
        for text, origin, right in judged(traced_headings(score_outline.REAL / name), gold):
            tallies.setdefault((which, group), Tally()).add(origin, right)
            listed = (args.false and not right) or (args.right and right)
            if listed and args.rule in origin and which in READABLE:
                print(f"{'+' if right else '-'} {name} [{origin}] {text}")
    if args.json:
        out = {
            f"{which}/{group}": [
                dict(zip(("rule", "found", "right", "false", "P"), r, strict=True))
                for r in t.rows()
            ]
            for (which, group), t in sorted(tallies.items())
        }
        json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    for (which, group), tally in sorted(tallies.items()):
        _print_table(f"[{which}{'' if group == 'all' else ', ' + group}]", tally)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
