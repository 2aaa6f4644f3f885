"""Real report files for the library tests: the default report and a few of tests/data/real
(Simplified 公文, a Taiwan and a Hong Kong text, a work report), copied into a tmp folder so a
test can edit, break or delete them."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import DATA, DEFAULT_REPORT

REAL = DATA / "real"
SAMPLE = (
    "gw-cn-gov-new-media-2018.html",
    "gw-cn-badong-geohazard-reply-2004.html",
    "gw-sh-jiading-renewal-2023.md",
    "press-tw-228-memorial-2024.txt",
    "news-hk-palace-museum-funding-2017.md",
    "wr-cn-2024.txt",
)


def copy_default_report(folder: Path) -> Path:
    """The default report copied into ``folder`` (made if need be); returns the copy."""
    folder.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copy(DEFAULT_REPORT, folder / DEFAULT_REPORT.name))


def copy_sample(folder: Path) -> Path:
    """The sample reports in ``folder`` (the default report at the top, the others in
    sub-folders, so adding ``folder`` has to recurse); returns ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(DEFAULT_REPORT, folder / DEFAULT_REPORT.name)
    for name in SAMPLE:
        sub = folder / ("gov" if name.startswith("gw") else "press")
        sub.mkdir(exist_ok=True)
        shutil.copy(REAL / name, sub / name)
    return folder
