"""Hostile files through the real command line, each in a child process limited to 10 s and
500 MB (issue #17's cases 2–7, 10 and 11). A case passes when the command ends by itself,
without a traceback, within the limits, with the answer a user should get."""

from __future__ import annotations

import json
import os
import sqlite3
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_corpus as corpus  # noqa: E402
from run_limits import assert_bounded, cli, run_limited  # noqa: E402


@pytest.fixture
def data_dir(tmp_path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def report(tmp_path) -> Path:
    path = tmp_path / "report.txt"
    path.write_bytes(corpus.report_bytes())
    return path


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _analysis(outcome) -> dict:
    assert outcome.returncode == 0, outcome.describe()
    return json.loads(outcome.stdout)


def _refusal(outcome) -> str:
    assert outcome.returncode not in (0, None), outcome.describe()
    return outcome.stderr.decode()


# -- 2. FIFOs, devices, folders ------------------------------------------------------------


def test_analyze_refuses_a_fifo_at_once(tmp_path, data_dir):
    fifo = corpus.make_fifo(tmp_path / "report.txt")
    outcome = cli("analyze", fifo, "--json", data_dir=data_dir)
    assert_bounded(outcome)
    assert "pipe (FIFO), not a file" in _refusal(outcome)


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_analyze_refuses_a_device(device, data_dir):
    outcome = cli("analyze", device, "--json", data_dir=data_dir)
    assert_bounded(outcome)
    assert "device, not a file" in _refusal(outcome)


def test_analyze_refuses_a_folder(tmp_path, data_dir):
    outcome = cli("analyze", tmp_path, "--json", data_dir=data_dir)
    assert_bounded(outcome)
    assert "folder, not a file" in _refusal(outcome)


def test_notes_import_refuses_dev_zero(report, data_dir):
    outcome = cli("notes", "import", report, "/dev/zero", data_dir=data_dir)
    assert_bounded(outcome)
    assert "device, not a file" in _refusal(outcome)


def test_notes_import_refuses_a_fifo(tmp_path, report, data_dir):
    fifo = corpus.make_fifo(tmp_path / "notes.json")
    outcome = cli("notes", "import", report, fifo, data_dir=data_dir)
    assert_bounded(outcome)
    assert "pipe (FIFO)" in _refusal(outcome)


def test_a_fifo_named_corrections_json_does_not_hang_analyze(report, data_dir):
    corpus.make_fifo(data_dir / "corrections.json")
    outcome = cli("analyze", report, "--json", data_dir=data_dir)
    assert_bounded(outcome)
    assert "corrections file" in _refusal(outcome)


# -- 3. PDF reference cycles ---------------------------------------------------------------


@pytest.mark.parametrize(
    "maker",
    [
        corpus.pdf_contents_self_reference,
        corpus.pdf_length_self_reference,
        corpus.pdf_rotate_cycle,
        corpus.pdf_pages_cycle,
        corpus.pdf_long_reference_chain,
    ],
)
def test_pdf_reference_cycles_end_in_bounded_time(tmp_path, data_dir, maker):
    path = _write(tmp_path, f"{maker.__name__}.pdf", maker())
    outcome = cli("analyze", path, "--json", data_dir=data_dir)
    assert_bounded(outcome)
    if outcome.returncode == 0:
        assert "Annual report" in _analysis(outcome)["text"]
    else:
        assert "PDF" in _refusal(outcome)


def test_pdf_rotate_cycle_still_reads_the_page(tmp_path, data_dir):
    path = _write(tmp_path, "rotate.pdf", corpus.pdf_rotate_cycle())
    outcome = cli("analyze", path, "--json", data_dir=data_dir)
    assert_bounded(outcome)
    assert "Annual report of the zone" in _analysis(outcome)["text"]


# -- 4. a DOCX that lies about its size ----------------------------------------------------


@pytest.fixture(scope="module")
def lying_docx() -> bytes:
    return corpus.docx_lying_about_size()


def test_docx_lying_about_its_size_is_refused_in_bounded_memory(tmp_path, data_dir, lying_docx):
    path = _write(tmp_path, "lying.docx", lying_docx)
    assert path.stat().st_size < 2 << 20
    outcome = cli("analyze", path, "--json", data_dir=data_dir)
    assert_bounded(outcome)
    assert "larger than the archive says" in _refusal(outcome)


def test_docx_stored_member_lying_about_its_size_is_refused(tmp_path, data_dir):
    path = _write(tmp_path, "stored.docx", corpus.docx_stored_lying_about_size())
    outcome = cli("analyze", path, "--json", data_dir=data_dir)
    assert_bounded(outcome)
    assert "(a zip bomb?)" in _refusal(outcome)


def test_docx_asking_for_a_zip_version_zipfile_cannot_read_is_refused(tmp_path, data_dir):
    # One damaged byte of a directory entry's "version needed to extract" (found by the fuzz
    # test: zipfile raises NotImplementedError "zip file version 6.4", not BadZipFile).
    data = bytearray(corpus.docx_bytes())
    entry = data.index(b"PK\x01\x02")
    data[entry + 6 : entry + 8] = (64).to_bytes(2, "little")
    path = _write(tmp_path, "version.docx", bytes(data))
    outcome = cli("analyze", path, "--json", data_dir=data_dir)
    assert_bounded(outcome)
    assert "damaged Word file" in _refusal(outcome)


# -- 5. deeply nested JSON -----------------------------------------------------------------


@pytest.mark.parametrize("maker", [corpus.deep_json, corpus.deep_object_json])
def test_deep_annotation_file_is_refused_with_one_line(tmp_path, report, data_dir, maker):
    path = _write(tmp_path, "deep.json", maker())
    outcome = cli("notes", "import", report, path, data_dir=data_dir)
    assert_bounded(outcome)
    assert "nested 100000 levels deep" in _refusal(outcome)


@pytest.mark.parametrize("maker", [corpus.deep_json, corpus.deep_object_json])
def test_deep_corrections_file_is_refused_with_one_line(report, data_dir, maker):
    (data_dir / "corrections.json").write_bytes(maker())
    outcome = cli("analyze", report, "--json", data_dir=data_dir)
    assert_bounded(outcome)
    assert "corrections file" in _refusal(outcome)


# -- 6. lone surrogates --------------------------------------------------------------------


def test_annotation_with_a_lone_surrogate_is_refused_cleanly(tmp_path, report, data_dir):
    path = _write(tmp_path, "bad.json", corpus.annotation_with_lone_surrogate())
    outcome = cli("notes", "import", report, path, data_dir=data_dir)
    assert_bounded(outcome)
    message = _refusal(outcome)
    assert "annotation 1" in message and "surrogate" in message
    with sqlite3.connect(data_dir / "notes.sqlite3") as db:
        assert db.execute("SELECT COUNT(*) FROM notes").fetchone()[0] == 0


def test_corrections_entry_with_a_lone_surrogate_is_refused_cleanly(report, data_dir):
    (data_dir / "corrections.json").write_bytes(corpus.corrections_with_lone_surrogate())
    outcome = cli("analyze", report, "--json", data_dir=data_dir)
    assert_bounded(outcome)
    assert "surrogate" in _refusal(outcome)


# -- 7. HTML nested past libxml2's 255 levels ----------------------------------------------


@pytest.mark.parametrize("depth", [300, 5000])
def test_deeply_nested_html_keeps_its_article(tmp_path, data_dir, depth):
    path = _write(tmp_path, "deep.html", corpus.deep_html(depth))
    outcome = cli("analyze", path, "--json", data_dir=data_dir)
    assert_bounded(outcome)
    text = _analysis(outcome)["text"]
    for n in range(1, 6):
        assert f"第{n}段" in text
    assert "兰州高新区工作报告" in text


# -- 10. big ordinary input ----------------------------------------------------------------


def test_a_63_mb_text_is_refused_with_the_limit(tmp_path, data_dir):
    path = _write(tmp_path, "big.txt", corpus.big_text(63))
    outcome = cli("analyze", path, "--json", data_dir=data_dir)
    assert_bounded(outcome)
    assert "the limit is 16 MB" in _refusal(outcome)


def test_a_50_mb_web_page_is_refused_with_the_limit(tmp_path, data_dir):
    path = _write(tmp_path, "big.html", corpus.big_html(50))
    outcome = cli("analyze", path, "--json", data_dir=data_dir)
    assert_bounded(outcome)
    assert "6,000,000 characters" in _refusal(outcome)


def test_a_10_mb_single_line_is_read_within_the_limits(tmp_path):
    path = _write(tmp_path, "line.txt", corpus.ten_mb_line())
    code = "import sys; from gui.core.reading import read_document; "
    code += "print(len(read_document(sys.argv[1]).text))"
    outcome = run_limited([sys.executable, "-c", code, str(path)])
    assert_bounded(outcome)
    assert int(outcome.stdout) > 2_500_000  # the seed is mostly 3-byte UTF-8


#: Issue #17 asks 10 s; that goal is judged by ``benchmarks/bench_hostile_line.py`` (11 interleaved
#: runs against a baseline, medians: docs/hostile-input.md), not by one run here. One run's CPU time
#: is not a verdict on this shared host: on 2026-12-06 the same code took 9.9 to 13.2 s of CPU in 13
#: runs within ten minutes at a load under 1, and CI failed twice on a 10 s bound with medians at the
#: goal. This test is the guard: 1.5 times the goal passes a slow hour of the host, and still fails
#: a hang, a stage gone quadratic or the 18-34 s this case took before session 4.
CPU_GUARD_10_MB = 15


def test_a_10_mb_single_line_is_analysed_within_the_cpu_guard(tmp_path, data_dir):
    """The whole ``analyze`` (entities of 2.7 million characters included). Judged by CPU
    time: the machine is shared, and under load the wall clock counts the others' work too
    (the wall-clock figures are in docs/hostile-input.md); a minute is the hang guard. The
    bound is :data:`CPU_GUARD_10_MB`; the 10 s goal is the benchmark's."""
    path = _write(tmp_path, "line.txt", corpus.ten_mb_line())
    outcome = cli("analyze", path, "--json", data_dir=data_dir, seconds=60)
    assert_bounded(outcome)
    assert outcome.cpu_seconds < CPU_GUARD_10_MB, outcome.describe()
    result = _analysis(outcome)
    assert len(result["text"]) > 2_500_000
    assert len(result["entities"]) > 100_000  # the seed's entities, ~2,000 times over


# -- 11. text that is not refused for what it is not ---------------------------------------


@pytest.mark.parametrize("byteorder", ["le", "be"])
def test_utf16_without_a_bom_is_read(tmp_path, data_dir, byteorder):
    clean = _analysis(cli("analyze", _write(tmp_path, "a.txt", corpus.report_bytes()), "--json",
                          data_dir=data_dir))  # fmt: skip
    path = _write(tmp_path, "report.txt", corpus.utf16_without_bom(byteorder))
    outcome = cli("analyze", path, "--json", data_dir=data_dir)
    assert_bounded(outcome)
    result = _analysis(outcome)
    assert result["text"] == clean["text"]
    assert result["sections"] == clean["sections"]


def test_a_few_bad_bytes_are_flagged_not_refused(tmp_path, data_dir):
    clean = _analysis(cli("analyze", _write(tmp_path, "a.txt", corpus.report_bytes()), "--json",
                          data_dir=data_dir))  # fmt: skip
    path = _write(tmp_path, "b.txt", corpus.utf8_with_bad_bytes(8))
    outcome = cli("analyze", path, "--json", data_dir=data_dir)
    assert_bounded(outcome)
    result = _analysis(outcome)
    new = [d for d in result["damaged"] if d not in clean["damaged"]]
    assert len(new) == 1
    start, end = new[0]["start"], new[0]["end"]
    assert result["text"][start:end] == "\ufffd" * 8
    assert "8 bytes" in outcome.stderr.decode()  # and the user is told


def test_non_utf8_file_name_opens_in_the_cli(tmp_path, data_dir):
    path = os.path.join(os.fsencode(tmp_path), b"bad-\xff.txt")
    with open(path, "wb") as out:
        out.write(corpus.report_bytes())
    outcome = cli("analyze", path, "--json", data_dir=data_dir)
    assert_bounded(outcome)
    assert len(_analysis(outcome)["sections"]) > 3
