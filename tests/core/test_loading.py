"""The bad-input set and every supported encoding, on real files in a temp dir."""

import codecs
import os
import time

import pytest

from gui.core.decoding import DocumentError, decode_text
from gui.core.loading import MAX_FILE_BYTES, MAX_TEXT_BYTES, read_source
from gui.core.reading import read_document
from tests.conftest import DEFAULT_REPORT

SAMPLE = "蘭州高新區建設國家自主創新示範區。\n兰州高新区推动生物医药产业发展，实现总产值140亿元。\n"


def write(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b" \n\n\t", "empty"),
        ("nul.txt", "中文\x00文本".encode(), "NUL"),
        ("random.bin", bytes((i * 7919 + 13) % 256 for i in range(4096)), ""),
        ("invalid-utf8.txt", b"\xfa\xfb\x80\x81\xff\xfe" * 50, ""),
    ],
)
def test_bad_input_is_refused_with_a_reason(tmp_path, name, data, reason):
    path = write(tmp_path, name, data)
    with pytest.raises(DocumentError) as err:
        read_document(path)
    message = str(err.value)
    assert message.startswith(f"Cannot open {name}: ")
    assert "\n" not in message
    assert reason in message


def test_invalid_utf8_without_nul_is_refused(tmp_path):
    # Bytes that are neither UTF-8 nor plausible GB18030/Big5 text.
    data = bytes([0xC3, 0x28, 0xA0, 0xA1, 0xE2, 0x28, 0xA1, 0xF0, 0x28, 0x8C, 0xBC]) * 40
    path = write(tmp_path, "broken.txt", data)
    with pytest.raises(DocumentError):
        read_document(path)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(DocumentError, match="no such file"):
        read_source(tmp_path / "nope.txt")
    with pytest.raises(DocumentError, match="folder"):
        read_source(tmp_path)


def test_file_over_the_limit_is_refused_before_reading(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(MAX_FILE_BYTES + 1)  # sparse: costs no disk
    with pytest.raises(DocumentError, match="larger than 64 MB, the limit"):
        read_source(path)


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [
        ("utf-8", b""),
        ("utf-8", codecs.BOM_UTF8),
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("gb18030", b""),
        ("big5", b""),
    ],
)
def test_encodings_decode_to_the_same_text(tmp_path, encoding, prefix):
    sample = SAMPLE
    if encoding == "big5":
        sample = "蘭州高新區建設國家自主創新示範區。\n蘭州高新區推動生物醫藥產業發展，實現總產值140億元。\n"
    path = write(tmp_path, "report.txt", prefix + sample.encode(encoding))
    source = read_source(path)
    assert source.text == sample
    assert source.encoding.replace("_", "-").startswith(encoding.split("-")[0])


def test_gbk_report_is_read_as_gb18030(tmp_path):
    text = DEFAULT_REPORT.read_text(encoding="utf-8")
    simplified = read_document(DEFAULT_REPORT).text
    from gui.core.script import to_pivot

    pivot, _ = to_pivot(simplified)
    path = write(tmp_path, "gbk.txt", pivot.encode("gbk", errors="replace"))
    doc = read_document(path)
    assert doc.encoding == "gb18030"
    assert doc.text.startswith("2021年,兰州高新区")
    assert text  # the UTF-8 original is still what the bundled report uses


def test_crlf_and_cr_newlines_are_normalised(tmp_path):
    path = write(tmp_path, "crlf.txt", "第一段。\r\n第二段。\r第三段。\r\n".encode())
    assert read_source(path).text == "第一段。\n第二段。\n第三段。\n"


@pytest.mark.sweep
def test_ten_megabyte_single_line_loads(tmp_path):
    line = "高新区推动产业发展，" * (10 * 1024 * 1024 // 30)
    path = write(tmp_path, "one-line.txt", line.encode())
    doc = read_document(path)
    assert len(doc.text) == len(line)
    assert len(doc.sections) == 1


@pytest.mark.slow
@pytest.mark.sweep
def test_ten_megabyte_report_loads(tmp_path):
    report = DEFAULT_REPORT.read_text(encoding="utf-8")
    body = "\n".join(report.split("\n")[:-2]) + "\n"  # without the two footer lines
    copies = 10 * 1024 * 1024 // len(body.encode())
    path = write(tmp_path, "big.txt", (body * copies).encode())
    assert os.path.getsize(path) > 9 * 1024 * 1024
    started = time.perf_counter()
    doc = read_document(path)
    elapsed = time.perf_counter() - started
    assert len(doc.source) == len(body) * copies  # loaded whole
    assert len(doc.sections) == 1 + 6 * copies  # the lead section, then six headings a copy
    assert "(qū)" not in doc.text[:100000]
    print(f"10 MB report: {elapsed:.2f} s")


def test_text_over_the_text_limit_is_refused_with_the_limit(tmp_path):
    path = write(tmp_path, "big.txt", "报告正文。\n".encode() * (MAX_TEXT_BYTES // 16 + 1))
    assert os.path.getsize(path) > MAX_TEXT_BYTES
    with pytest.raises(DocumentError, match="the limit is 16 MB"):
        read_source(path)


def test_decode_text_reports_binary(tmp_path):
    data = bytes(range(1, 32)) * 200
    with pytest.raises(DocumentError, match="binary"):
        decode_text(data, tmp_path / "ctl.dat")


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030", "big5hkscs"])
def test_a_few_bad_bytes_are_replaced_and_counted_not_refused(encoding):
    from gui.core.decoding import decode_text_counted

    text = DEFAULT_REPORT.read_text(encoding="utf-8")
    data = text.encode(encoding, errors="replace")
    cut = len(data) // 2
    cut -= cut % 2  # between two double-byte characters for GB18030 and Big5
    while data[cut] >= 0x80 and encoding != "utf-8":
        cut -= 2
    damaged = data[:cut] + b"\xff\xff" + data[cut:]
    decoded, found, replaced = decode_text_counted(damaged)
    assert found.replace("_", "-") in (encoding, "big5hkscs", "gb18030")
    assert replaced >= 1 and "\ufffd" in decoded
    assert decoded.replace("\ufffd", "") == data.decode(encoding)  # nothing else was lost
