"""Bounded, typed reads: real files, FIFOs and devices (no mocks)."""

from __future__ import annotations

import os
import time

import pytest

from gui.core.bounded_read import (
    BoundedReadError,
    MissingFileError,
    append_text,
    json_depth,
    loads_json,
    read_regular_file,
)


def test_a_regular_file_is_read_whole_up_to_the_limit(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"x" * 1000)
    assert read_regular_file(path, 1000) == b"x" * 1000
    with pytest.raises(BoundedReadError, match="larger than 999 bytes, the limit"):
        read_regular_file(path, 999)


@pytest.mark.skipif(not os.path.exists("/proc/self/status"), reason="needs /proc")
def test_the_size_is_counted_while_reading_not_taken_from_stat():
    assert os.stat("/proc/self/status").st_size == 0
    assert b"Name:" in read_regular_file("/proc/self/status", 1 << 20)
    with pytest.raises(BoundedReadError, match="larger than"):
        read_regular_file("/proc/self/status", 10)


def test_fifo_device_folder_and_missing_file_are_refused_at_once(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    started = time.monotonic()
    for path, words in ((fifo, "pipe (FIFO)"), ("/dev/zero", "device"), (tmp_path, "folder")):
        with pytest.raises(BoundedReadError, match=words.replace("(", r"\(").replace(")", r"\)")):
            read_regular_file(path, 1 << 20)
    with pytest.raises(MissingFileError):
        read_regular_file(tmp_path / "none", 10)
    assert time.monotonic() - started < 2


def test_a_symlink_to_a_device_is_a_device(tmp_path):
    link = tmp_path / "report.txt"
    link.symlink_to("/dev/zero")
    with pytest.raises(BoundedReadError, match="device"):
        read_regular_file(link, 1 << 20)


def test_appending_to_a_fifo_fails_instead_of_waiting(tmp_path):
    fifo = tmp_path / "report-reader.log"
    os.mkfifo(fifo)
    with pytest.raises(OSError):
        append_text(fifo, "traceback\n")
    log = tmp_path / "real.log"
    append_text(log, "a\n")
    append_text(log, "b\udcff\n")  # a lone surrogate from a file name is written, escaped
    assert log.read_bytes() == b"a\nb\\udcff\n"


def test_brackets_inside_strings_do_not_count():
    raw = b'{"a": "[[[{{{", "b": ["\\"]]]", [1]]}'
    assert json_depth(raw) == 3
    assert loads_json(raw)["a"] == "[[[{{{"
