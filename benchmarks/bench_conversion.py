"""Benchmark: how faithfully the 臺 and 港 views round-trip real government text, against C++ OpenCC.

For every original in ``benchmarks/data/roundtrip`` (``tw-*.txt``: Taiwan laws; ``hk-*.txt``:
Hong Kong government text, when present; see MANIFEST.md there):

1. the original is turned into Simplified by C++ OpenCC (``tw2s`` / ``hk2s``): one Simplified
   input, made by neither of the two systems under test's Traditional side;
2. that Simplified text is converted back by the app's view (``make_view(…, "tw" | "hk")``) and
   by current C++ OpenCC (``s2twp`` / ``s2hk``), side by side in this one run;
3. each result is compared with the original: the character error rate (CER) is the number of
   characters substituted, inserted or deleted (difflib's alignment, line by line) over the
   original's length. Goal: ours at most half of C++ OpenCC's.

It also shows each original in its own view (variant detected, ``make_view(original, "tw")``)
and counts the characters that differ from the original: only naive-conversion repairs may.

A third of each corpus is held out (``split.tsv``): its figure is printed only with
``--held-out``, once a change is finished, and its errors are never listed for tuning. C++ OpenCC runs in a virtual environment of its own (it installs the same
module name as the app's engine): ``python3 -m venv /tmp/opencc-cpp-venv &&
/tmp/opencc-cpp-venv/bin/pip install opencc==1.4.2``.

Run: ``.venv/bin/python benchmarks/bench_conversion.py [--held-out] [--cpp-python PATH]``
"""

from __future__ import annotations

import argparse
import difflib
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gui.core.script import make_view  # noqa: E402
from gui.core.variants import detect_variant  # noqa: E402

DATA = Path(__file__).resolve().parent / "data" / "roundtrip"
CPP_PYTHON = Path("/tmp/opencc-cpp-venv/bin/python")
GOAL_RATIO = 0.5
#: Each file's part (``split.tsv`` beside the files): ``dev``, or a held-out part looked at
#: only when a change is finished (``held-out``; Hong Kong's ``held-out-2``, drawn by a seeded
#: split before any of its text was read, once the first had been seen).
SPLIT = DATA / "split.tsv"


def read_split() -> dict[str, str]:
    """``{file name: part}`` from ``split.tsv``."""
    parts = {}
    for line in SPLIT.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, part = line.split("\t")[:2]
            parts[name] = part
    return parts


REGIONS = {"tw": ("tw2s", "s2twp"), "hk": ("hk2s", "s2hk")}

_CPP_SCRIPT = """
import json, sys
import opencc
jobs = json.load(sys.stdin)
out = {}
for key, (config, lines) in jobs.items():
    cc = opencc.OpenCC(config)
    out[key] = [cc.convert(line) for line in lines]
out["version"] = getattr(opencc, "__version__", "?")
json.dump(out, sys.stdout, ensure_ascii=False)
"""


def cpp_convert(python: Path, jobs: dict[str, tuple[str, list[str]]]) -> dict[str, list[str]]:
    """Run C++ OpenCC (in its own venv) on ``{key: (config, lines)}``."""
    if not python.is_file():
        sys.exit(
            f"bench_conversion: C++ OpenCC's venv is missing ({python}); create it with "
            "python3 -m venv /tmp/opencc-cpp-venv && /tmp/opencc-cpp-venv/bin/pip install "
            "opencc==1.4.2"
        )
    result = subprocess.run(
        [str(python), "-c", _CPP_SCRIPT],
        input=json.dumps(jobs, ensure_ascii=False),
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    if result.returncode:
        sys.exit(f"bench_conversion: C++ OpenCC failed: {result.stderr.strip()[-500:]}")
    return json.loads(result.stdout)


def errors(ours: str, original: str, pairs: Counter | None = None) -> int:
    """Characters substituted, inserted or deleted to turn ``ours`` into ``original``."""
    if ours == original:
        return 0
    n = 0
    matcher = difflib.SequenceMatcher(None, original, ours, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            continue
        n += max(a2 - a1, b2 - b1)
        if pairs is not None:
            pairs[(original[a1:a2], ours[b1:b2])] += 1
    return n


def speed(chars: int, runs: int) -> None:
    """Whole-document conversion speed of every view, as the reader converts (line by line,
    through :class:`DocumentViews`, offsets kept), against the card's engine converting the
    same lines with the same chains (no offsets): ``runs`` interleaved runs, medians."""
    import statistics
    import time

    from gui.core.script import converter
    from gui.core.script_views import DocumentViews

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from large_report import build_large_report

    texts = {
        "simplified": build_large_report(chars),
        "traditional": build_large_report(chars, hant=True),
    }
    converter("pivot")  # the session warms the chains up before the first switch
    for name in ("hant", "tw", "hk"):
        converter(name)
    times: dict[tuple[str, str], list[float]] = {}
    for _ in range(runs):
        for kind, text in texts.items():
            lines = text.split("\n")
            for script in ("hans", "hant", "tw", "hk"):
                views = DocumentViews(text)
                start = time.perf_counter()
                views.view(script)
                times.setdefault((kind, script), []).append(time.perf_counter() - start)
                start = time.perf_counter()
                engine = converter("pivot").engine
                pivot = [engine.convert(line) for line in lines]
                if script != "hans":
                    view_engine = converter(script).engine
                    [view_engine.convert(line) for line in pivot]
                times.setdefault((kind, script + " engine"), []).append(time.perf_counter() - start)
    print(
        f"Whole-document conversion of a generated report, {chars:,} characters, median of {runs}"
    )
    for kind in texts:
        for script in ("hans", "hant", "tw", "hk"):
            ours = statistics.median(times[(kind, script)])
            base = statistics.median(times[(kind, script + " engine")])
            print(
                f"  {kind:11} {script:4}  app {ours * 1000:7.0f} ms  "
                f"engine alone {base * 1000:7.0f} ms  ratio {ours / base:.2f}"
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cpp-python", type=Path, default=CPP_PYTHON)
    parser.add_argument("--errors", type=int, default=15, help="most frequent errors to list")
    parser.add_argument(
        "--held-out",
        action="store_true",
        help="also print the held-out third (only once a change is finished)",
    )
    parser.add_argument(
        "--speed",
        type=int,
        metavar="CHARS",
        help="only time whole-document conversion of a generated report of CHARS characters",
    )
    parser.add_argument("--runs", type=int, default=11, help="interleaved runs for --speed")
    args = parser.parse_args(argv)
    if args.speed:
        speed(args.speed, args.runs)
        return 0

    split_of = read_split()
    corpora: dict[str, dict[str, list[str]]] = {}
    for region in REGIONS:
        files = sorted(DATA.glob(f"{region}-*.txt"))
        if files:
            corpora[region] = {f.name: f.read_text(encoding="utf-8").splitlines() for f in files}
    if not corpora:
        sys.exit(f"bench_conversion: no round-trip corpus in {DATA}")

    # Step 1: the Simplified inputs, then step 2's C++ side, in two calls to the other venv.
    to_simplified = {
        f"{region}/{name}": (REGIONS[region][0], lines)
        for region, files in corpora.items()
        for name, lines in files.items()
    }
    simplified = cpp_convert(args.cpp_python, to_simplified)
    version = simplified.pop("version")
    back = cpp_convert(
        args.cpp_python,
        {key: (REGIONS[key.split("/")[0]][1], simplified[key]) for key in to_simplified},
    )
    back.pop("version")

    print(f"C++ OpenCC {version} (tw2s/hk2s make the Simplified input; s2twp/s2hk convert back)")
    ok = True
    for region, files in corpora.items():
        totals: dict[str, Counter] = {"dev": Counter()}
        our_pairs: Counter = Counter()
        cpp_pairs: Counter = Counter()
        own_changes: Counter = Counter()
        own_held_out: Counter = Counter()
        for name, lines in files.items():
            key = f"{region}/{name}"
            split = split_of[name]  # a file missing from split.tsv is an error
            totals.setdefault(split, Counter())
            whole = "\n".join(lines)
            variant = detect_variant(whole)
            own = make_view(whole, region).text
            pairs: Counter = Counter()
            if split == "dev":
                own_changes["chars"] += errors(own, whole, pairs)
                own_changes.update(pairs)
            else:
                own_held_out[split] += errors(own, whole)
            for original, simp, cpp in zip(lines, simplified[key], back[key], strict=True):
                ours = make_view(simp, region, "simplified").text
                length = len(original)
                totals[split]["chars"] += length
                totals[split]["ours"] += errors(
                    ours, original, our_pairs if split == "dev" else None
                )
                totals[split]["cpp"] += errors(cpp, original, cpp_pairs if split == "dev" else None)
            print(f"  {key}: {len(whole):,} characters, detected variant {variant}")
        print(f"\n{region.upper()} view vs C++ OpenCC {REGIONS[region][1]}")
        for split, t in totals.items():
            if not t["chars"] or (split != "dev" and not args.held_out):
                continue
            ours_cer = t["ours"] / t["chars"]
            cpp_cer = t["cpp"] / t["chars"]
            ratio = ours_cer / cpp_cer if cpp_cer else 0.0
            meets = ratio <= GOAL_RATIO
            ok &= meets or split != "dev"
            print(
                f"  {split:10} {t['chars']:>7,} chars  ours CER {ours_cer:.4%} "
                f"({t['ours']:,} errors)  C++ CER {cpp_cer:.4%} ({t['cpp']:,})  "
                f"ratio {ratio:.2f} (goal <= {GOAL_RATIO}) {'OK' if meets else 'MISSED'}"
            )
        print(
            f"  own view ({region}) of the dev originals: {own_changes.pop('chars', 0)} "
            f"characters changed {dict(own_changes.most_common(args.errors))}"
            + (f"; held-out originals: {dict(own_held_out)} changed" if args.held_out else "")
        )
        print(
            f"  ours, most frequent dev errors (original -> ours): "
            f"{our_pairs.most_common(args.errors)}"
        )
        print(
            f"  C++, most frequent dev errors (original -> C++): "
            f"{cpp_pairs.most_common(args.errors)}"
        )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
