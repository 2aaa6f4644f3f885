"""A vertical CMap the standalone build leaves out is read from its horizontal twin
(gui/core/formats/pdf_cmaps.py), with real pdfminer CMap files."""

from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path

import pdfminer
import pytest
from pdfminer.cmapdb import CMapDB

from gui.core.formats.pdf_cmaps import install_vertical_fallback

CMAPS = Path(pdfminer.__file__).parent / "cmap"


@pytest.fixture
def only_horizontal(tmp_path, monkeypatch):
    """A CMap directory holding one horizontal CMap under a name pdfminer has no other file
    for, as the build leaves it: ``RRTest-H`` and no ``RRTest-V``."""
    shutil.copy(CMAPS / "UniGB-UCS2-H.json.gz", tmp_path / "RRTest-H.json.gz")
    monkeypatch.setenv("CMAP_PATH", str(tmp_path))
    monkeypatch.setattr(CMapDB, "_cmap_cache", {})
    install_vertical_fallback()
    return "RRTest"


def test_a_missing_vertical_cmap_is_its_horizontal_twin_in_vertical_mode(only_horizontal):
    vertical = CMapDB.get_cmap(only_horizontal + "-V")
    horizontal = CMapDB.get_cmap(only_horizontal + "-H")
    assert vertical.is_vertical() and not horizontal.is_vertical()
    assert vertical.code2cid == horizontal.code2cid
    # the codes of 中 (U+4E2D) give the same CID either way
    assert list(vertical.decode("中".encode("utf-16-be"))) == list(
        horizontal.decode("中".encode("utf-16-be"))
    )


def test_the_twin_differs_from_the_real_vertical_cmap_only_in_punctuation():
    install_vertical_fallback()
    real_v = CMapDB._load_data("UniGB-UCS2-V")  # noqa: SLF001
    real_h = CMapDB._load_data("UniGB-UCS2-H")  # noqa: SLF001
    differing = [
        (hi, lo)
        for hi, row in real_v.CODE2CID.items()
        if isinstance(row, dict)
        for lo, cid in row.items()
        if real_h.CODE2CID.get(hi, {}).get(lo) != cid
    ]
    assert 0 < len(differing) <= 50
    # UCS-2 codes: each differing code is a punctuation mark or symbol (、。《》「」（），…)
    assert all(unicodedata.category(chr(hi * 256 + lo))[0] in "PS" for hi, lo in differing)


def test_a_missing_horizontal_cmap_is_still_reported_missing(only_horizontal):
    with pytest.raises(CMapDB.CMapNotFound):
        CMapDB.get_cmap("NoSuchCMap-H")
    with pytest.raises(CMapDB.CMapNotFound):
        CMapDB.get_cmap("NoSuchCMap-V")
