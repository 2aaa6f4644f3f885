"""Which documents reach each line and branch of the recogniser, and each name of its lists.

The entity side of ``rule_reach.py`` (docs/development.md, "Rules that fire on one document"):
it runs the app's entity pass (``gui.core.entity_pass``'s whole-text table: the recogniser on
the text's Simplified pivot, then the spans grouped for the window) over the entity gold text
of every dev document of the scored batches of ``tests/data/real/split.tsv`` (the list of
``rule_reach.corpus_documents``: held-out documents and fresh batches are never opened), the
seed report and the check set (``score_entities.py --set check``'s documents), under
coverage.py with branch measurement and one dynamic context per document, restricted to the
recogniser (``gui/core/entities/`` and ``entity_pass``, ``entity_spans``, ``dictionary_match``,
``phrase_matcher``). Memoised answers (the gazetteer's memo, ``lru_cache``s of functions with
arguments) are cleared before each document, so that a test's body counts for every document
that asks it, not only the first.

It prints, per module, the arcs reached by exactly one corpus document and by no seed or check
document, with the document's name and split (``dev-tuning``, or ``validation`` for batches
13-16), and the same for the data: each name of the lists the recogniser reads as names
(``known_orgs.txt``, ``orgs_*``, ``places_*``, ``world_*``, ``towns.txt``, ``role_nouns.txt``, …)
that is the whole key of a span in exactly one corpus document (a role noun: the words right
before a PER span), with the commit that first added it and whether that commit was a round's
hand edit (``round``: a few lines) or a list built from a source (``source``: a generator's or
a compiled list's bulk commit). Names and counts only, never a line of any document.

Run: ``.venv/bin/python benchmarks/entity_reach.py [--jobs 2] [--json FILE] [--limit N]``
(about three minutes on two cores).
"""

from __future__ import annotations

import argparse
import functools
import inspect
import json
import multiprocessing
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import rule_reach  # noqa: E402  (a1's runner: the corpus list and the arc report)

REAL = ROOT / "tests" / "data" / "real"
CORE = ROOT / "gui" / "core"
GAZ = ROOT / "resources" / "gazetteers"
SEED_GOLD = ROOT.parent / "shared" / "gold" / "lanzhou-hi-tech-zone-2021.json"
CHECK_GOLD = REAL / "outline_check" / "entities" / "gold"
INCLUDE = [str(CORE / "entities" / "*")] + [
    str(CORE / f"{m}.py")
    for m in ("entity_pass", "entity_spans", "dictionary_match", "phrase_matcher")
]
#: The lists read as names. Word lists that only bound a name (verbs, function words,
#: abbreviation words, transliteration characters) produce no span of their own.
NAME_LISTS = (
    "known_orgs.txt", "orgs_companies.txt", "orgs_hk_tw_macau.txt", "orgs_listed_companies.txt",
    "orgs_media.txt", "orgs_nt_bodies.txt", "orgs_universities.txt", "orgs_world_companies.txt",
    "places_hk_tw_macau.txt", "world_places.txt", "world_cities.txt", "world_countries.txt",
    "world_latin.txt", "countries.txt", "towns.txt", "taiwan_districts.txt",
    "taiwan_short_forms.txt", "county_short_forms.txt", "natural_places.txt", "role_nouns.txt",
)  # fmt: skip
#: A first commit that added more lines than this to a list built it (from a source or a
#: compiled whole); fewer is a round's hand edit.
BULK_LINES = 40
BEFORE = "\0"  # marks a key that is the words before a PER span (a role noun's place)
SETUP = "setup"  # the context of the warm-up: gazetteers and patterns loaded once per process
IMPORT = "<import>"  # module code, run once per process on import


def documents(limit: int | None = None) -> tuple[list[tuple[str, Path]], list[tuple[str, Path]]]:
    """(label, gold file) of the corpus's dev documents, and of the seed and the check set."""
    corpus = [
        (label, REAL / "entities" / f"{path.stem}.json")
        for label, path in rule_reach.corpus_documents()[:limit]
    ]
    corpus = [(label, gold) for label, gold in corpus if gold.is_file()]
    refs = [("seed:lanzhou-hi-tech-zone-2021", SEED_GOLD)] if SEED_GOLD.is_file() else []
    refs += [(f"check:{p.stem}", p) for p in sorted(CHECK_GOLD.glob("*.json"))]
    return corpus, refs


def name_lists() -> dict[str, set[str]]:
    """List file → its names (world_cities.txt holds several a line)."""
    out = {}
    for name in NAME_LISTS:
        lines = (GAZ / name).read_text(encoding="utf-8").splitlines()
        names = [ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")]
        if name == "world_cities.txt":
            names = [w for ln in names for w in ln.split()]
        out[name] = set(names)
    return out


def _forget() -> None:
    """Clear what the recogniser remembers between texts (not its loaded tables)."""
    from gui.core.entities.gazetteer import gazetteer

    gazetteer().memo.clear()
    for mod in [m for n, m in sys.modules.items() if n.startswith("gui.core.entities.")]:
        for value in vars(mod).values():
            if isinstance(value, functools._lru_cache_wrapper):  # noqa: SLF001
                if inspect.signature(value).parameters:
                    value.cache_clear()


def _measure(args: tuple[list[tuple[str, str]], str, int]) -> tuple[str, dict[str, list[str]]]:
    """Recognise ``docs`` under coverage (one context each) into ``data``; the span keys (and
    the words before each PER span, up to ``before`` characters) of each document."""
    docs, data, before = args
    import coverage

    cov = coverage.Coverage(branch=True, data_file=data, include=INCLUDE, config_file=False)
    cov.start()
    from gui.core.entity_pass import _span_table  # imported under measurement
    from gui.core.entity_result import group_spans
    from gui.core.script import to_pivot

    cov.switch_context(SETUP)
    group_spans("中国", _span_table("兰州市人民政府", None))
    keys: dict[str, list[str]] = {}
    for label, path in docs:
        text = json.loads(Path(path).read_text(encoding="utf-8"))["text"]
        _forget()
        cov.switch_context(label)
        table = _span_table(text, None)
        group_spans(text, table)
        cov.switch_context("")
        pivot = to_pivot(text)[0] if before else text
        found = {span.key for span in table}
        for span in table:
            if span.type == "PER" and len(pivot) == len(text):
                found.update(
                    BEFORE + pivot[span.start - k : span.start] for k in range(1, 1 + before)
                )
        keys[label] = sorted(found)
    cov.stop()
    cov.save()
    return data, keys


def reach(
    docs: list[tuple[str, Path]], jobs: int = 2, before: int = 4
) -> tuple[dict[str, dict[tuple[int, int], set[str]]], dict[str, set[str]]]:
    """Module path → arc → labels of the documents that reach it; label → its span keys."""
    import coverage

    with tempfile.TemporaryDirectory(prefix="entity-reach-") as tmp:
        chunks = [
            ([(label, str(path)) for label, path in docs[i::jobs]], f"{tmp}/cov.{i}", before)
            for i in range(jobs)
        ]
        with multiprocessing.get_context("spawn").Pool(jobs) as pool:
            answers = pool.map(_measure, chunks)
        arcs: dict[str, dict[tuple[int, int], set[str]]] = defaultdict(lambda: defaultdict(set))
        keys: dict[str, set[str]] = {}
        for data_file, found in answers:
            keys.update((label, set(k)) for label, k in found.items())
            data = coverage.CoverageData(data_file)
            data.read()
            files = data.measured_files()
            for label in data.measured_contexts():
                data.set_query_contexts([f"^{rule_reach._escape(label)}$"])  # noqa: SLF001
                for f in files:
                    for arc in data.arcs(f) or ():
                        arcs[f][arc].add(label or IMPORT)
    return arcs, keys


def entry_reach(
    lists: dict[str, set[str]], keys: dict[str, set[str]]
) -> dict[str, dict[str, set[str]]]:
    """List file → name → the labels of the documents where it is a span's key."""
    where: dict[str, set[str]] = defaultdict(set)
    for label, found in keys.items():
        for key in found:
            where[key].add(label)
    out = {}
    for name, names in lists.items():
        mark = BEFORE if name == "role_nouns.txt" else ""
        out[name] = {n: where[mark + n] for n in names if mark + n in where}
    return out


def first_added(list_name: str) -> dict[str, tuple[str, int, str]]:
    """Name → (commit, lines that commit added to the list, its subject), for the first commit
    that added the name's line (what ``git log -S`` finds first, in one pass over the log)."""
    log = subprocess.run(
        ["git", "-C", str(ROOT), "log", "--reverse", "--format=@@%h %s", "-p", "-U0", "--",
         f"resources/gazetteers/{list_name}"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    out: dict[str, tuple[str, int, str]] = {}
    commit, subject, added = "", "", []
    for line in [*log.splitlines(), "@@end"]:
        if line.startswith("@@") and not line.startswith("@@ "):
            for name in added:
                out.setdefault(name, (commit, len(added), subject))
            commit, _, subject = line[2:].partition(" ")
            added = []
        elif line.startswith("+") and not line.startswith("+++"):
            added.extend(
                line[1:].split() if list_name == "world_cities.txt" else [line[1:].strip()]
            )
    return out


def data_report(entries: dict[str, dict[str, set[str]]], lists: dict[str, set[str]]) -> dict:
    out = {}
    for name, found in entries.items():
        singles = {
            n: next(iter(labels))
            for n, labels in found.items()
            if len(labels) == 1 and next(iter(labels)).startswith(("dev-tuning:", "validation:"))
        }
        added = first_added(name) if singles else {}
        rows = []
        for n, label in sorted(singles.items(), key=lambda x: (x[1], x[0])):
            commit, lines, subject = added.get(n, ("?", 0, ""))
            kind = "source" if lines > BULK_LINES or "make_" in subject else "round"
            rows.append(
                {"name": n, "document": label, "commit": commit, "added": lines, "kind": kind}
            )
        out[name] = {"names": len(lists[name]), "reached": len(found), "single": rows}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--json", type=Path, default=None, help="also write the whole result here")
    args = ap.parse_args(argv)
    corpus, refs = documents(args.limit)
    lists = name_lists()
    arcs, keys = reach(corpus + refs, args.jobs, max(map(len, lists["role_nouns.txt"])))
    result = rule_reach.report(arcs, len(corpus) + len(refs))
    result["data"] = data_report(entry_reach(lists, keys), lists)
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{len(corpus)} corpus dev documents, {len(refs)} seed/check documents")
    print(f"{'module':44} {'possible':>8} {'reached':>8} {'single':>7}")
    total = [0, 0, 0]
    for name, row in result["modules"].items():
        figures = [row["possible"], row["reached"], row["single_document"]]
        total = [a + b for a, b in zip(total, figures, strict=True)]
        print(f"{name:44} {figures[0]:8} {figures[1]:8} {figures[2]:7}")
        for label, d in row["documents"].items():
            where = ",".join(d["functions"])
            print(f"    {d['arcs']:3} {label}  lines {rule_reach._spans(d['lines'])} in {where}")  # noqa: SLF001
    print(f"{'all':44} {total[0]:8} {total[1]:8} {total[2]:7}")
    unentered = {m: r["unentered"] for m, r in result["modules"].items() if r.get("unentered")}
    if unentered:  # (rule_reach.report lists them where it can)
        print(f"functions no document enters: {sum(map(len, unentered.values()))}")
        for name, funcs in unentered.items():
            print(f"    {name}: {', '.join(funcs)}")
    print(f"\n{'list':30} {'names':>7} {'reached':>8} {'single':>7} {'round':>6}")
    for name, row in result["data"].items():
        rounds = [r for r in row["single"] if r["kind"] == "round"]
        print(
            f"{name:30} {row['names']:7} {row['reached']:8} {len(row['single']):7} {len(rounds):6}"
        )
        for r in rounds:
            print(f"    {r['name']}  {r['document']}  ({r['commit']}, {r['added']} lines)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
