"""Atomic writes: the target holds the old bytes or the new ones, never a mix, and a failed
write leaves nothing behind."""

from __future__ import annotations

import pytest

from gui.core.files import describe_os_error, write_atomically


def _leftovers(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_writes_and_replaces(tmp_path):
    target = tmp_path / "notes.md"
    write_atomically(target, "第一版\n")
    assert target.read_text(encoding="utf-8") == "第一版\n"
    write_atomically(target, b"\xef\xbb\xbfsecond")
    assert target.read_bytes() == b"\xef\xbb\xbfsecond"
    write_atomically(target, "繁體", encoding="utf-16")
    assert target.read_bytes().decode("utf-16") == "繁體"
    assert _leftovers(tmp_path) == []


def test_a_failed_replace_keeps_the_target_and_removes_the_temporary_file(tmp_path):
    # A non-empty folder where the file should go: os.replace fails after the data was written.
    target = tmp_path / "export.csv"
    target.mkdir()
    (target / "keep").write_text("x")
    with pytest.raises(OSError) as caught:
        write_atomically(target, "a,b\n")
    assert (target / "keep").read_text() == "x"
    assert _leftovers(tmp_path) == []
    assert describe_os_error(caught.value) == caught.value.strerror


def test_a_missing_folder_is_an_os_error_with_a_short_reason(tmp_path):
    with pytest.raises(OSError) as caught:
        write_atomically(tmp_path / "missing" / "x.json", "{}")
    assert describe_os_error(caught.value) == "No such file or directory"
    assert describe_os_error(OSError("disk on fire")) == "disk on fire"
