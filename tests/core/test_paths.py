"""Where things live: the data directory (override, environment, platform default) and the
resources folder."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from gui.core import paths


def test_the_override_wins_then_the_environment(tmp_path, monkeypatch):
    paths.set_data_dir(tmp_path / "override")
    assert paths.data_dir() == tmp_path / "override"
    paths.set_data_dir(None)
    monkeypatch.setenv("REPORT_READER_DATA_DIR", str(tmp_path / "env"))
    assert paths.data_dir() == (tmp_path / "env").resolve()


@pytest.mark.parametrize(
    ("platform", "variable", "expected"),
    [
        ("linux", "XDG_DATA_HOME", Path("{x}") / "report-reader"),
        ("linux", None, Path("{home}") / ".local" / "share" / "report-reader"),
        ("win32", "APPDATA", Path("{x}") / "report-reader"),
        ("darwin", None, Path("{home}") / "Library" / "Application Support" / "report-reader"),
    ],
)
def test_platform_defaults(tmp_path, monkeypatch, platform, variable, expected):
    paths.set_data_dir(None)
    monkeypatch.delenv("REPORT_READER_DATA_DIR", raising=False)
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.delenv("APPDATA", raising=False)
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    if variable:
        monkeypatch.setenv(variable, str(tmp_path / "x"))
    want = Path(str(expected).format(x=tmp_path / "x", home=tmp_path / "home"))
    assert paths.data_dir() == want


def test_a_bundle_folder_is_looked_in_first(tmp_path, monkeypatch):
    bundle = tmp_path / "bundle"
    (bundle / "resources").mkdir(parents=True)
    (bundle / "resources" / paths.DEFAULT_REPORT).write_text("报告", encoding="utf-8")
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    assert paths.resources_dir() == bundle / "resources"
    assert paths.default_report() == bundle / "resources" / paths.DEFAULT_REPORT


def test_missing_resources_name_every_place_looked_in(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "bundle"), raising=False)
    monkeypatch.setattr(sys, "prefix", str(tmp_path / "prefix"))
    monkeypatch.setattr(paths, "__file__", str(tmp_path / "a" / "b" / "paths.py"))
    with pytest.raises(FileNotFoundError) as caught:
        paths.resources_dir()
    assert str(tmp_path / "bundle") in str(caught.value)
    assert str(tmp_path / "prefix") in str(caught.value)
