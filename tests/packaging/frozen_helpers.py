"""Helpers for the packaging tests: run the app (from source or frozen) in a child process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

EMPTY_FONTCONFIG = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><cachedir>{cache}</cachedir></fontconfig>
"""


def child_env(data_dir: Path, **extra: str) -> dict[str, str]:
    """The environment of a child app: offscreen Qt, its own data dir, the source on its path."""
    env = dict(os.environ)
    for name in ("REPORT_READER_FIRST_PAINT", "REPORT_READER_FIRST_PAINT_FILE", "FONTCONFIG_FILE"):
        env.pop(name, None)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        REPORT_READER_DATA_DIR=str(data_dir),
        XDG_CONFIG_HOME=str(data_dir / "config"),
        PYTHONPATH=str(REPO),
        PYTHONIOENCODING="utf-8",
    )
    env.update(extra)
    return env


def run(
    cmd: list[str], env: dict[str, str], timeout: float = 180, input: str | None = None
) -> subprocess.CompletedProcess:
    data = None if input is None else input.encode("utf-8")
    return subprocess.run(
        cmd, env=env, cwd=REPO, input=data, capture_output=True, timeout=timeout, check=False
    )


def empty_fontconfig(tmp_path: Path) -> Path:
    """A fontconfig file with no font directories: a machine without any font."""
    conf = tmp_path / "fonts.conf"
    conf.write_text(EMPTY_FONTCONFIG.format(cache=tmp_path / "fc-cache"), encoding="utf-8")
    return conf


def selftest_summary(result: subprocess.CompletedProcess, output: Path) -> dict:
    """The JSON summary written to ``output``; fails with the child's output if absent."""
    if not output.is_file():
        pytest.fail(
            f"no self-test summary (status {result.returncode})\n"
            f"stdout: {result.stdout.decode(errors='replace')[-3000:]}\n"
            f"stderr: {result.stderr.decode(errors='replace')[-3000:]}"
        )
    return json.loads(output.read_text(encoding="utf-8"))


def failed_checks(summary: dict) -> list[dict]:
    return [c for c in summary["checks"] if not c["ok"]]


PYTHON = sys.executable


PLAIN_PDF = REPO / "tests" / "data" / "formats" / "report.pdf"
SHIMS = REPO / "freeze" / "shims"
#: pdfminer's two AES security handlers: AESV2 (AES-128, revision 4) and AESV3 (AES-256,
#: revision 6, whose key derivation also encrypts with AES-CBC).
AES_ALGORITHMS = ("AES-128", "AES-256")


def aes_encrypted_pdf(folder: Path, algorithm: str) -> Path:
    """tests/data/formats/report.pdf encrypted with ``algorithm`` (empty user password, as a
    'no copying' report is): every string and stream of it is AES-CBC ciphertext."""
    pypdf = pytest.importorskip("pypdf", reason="pypdf (test extra) makes the encrypted PDFs")
    writer = pypdf.PdfWriter(clone_from=str(PLAIN_PDF))
    writer.encrypt(user_password="", owner_password="owner-only", algorithm=algorithm)
    path = folder / f"report-{algorithm.lower()}.pdf"
    with path.open("wb") as out:
        writer.write(out)
    assert b"/AESV" in path.read_bytes()
    return path


def shim_env(data_dir: Path) -> dict[str, str]:
    """A source run whose ``cryptography`` is the frozen app's stand-in (freeze/shims)."""
    env = child_env(data_dir)
    env["PYTHONPATH"] = os.pathsep.join([str(SHIMS), str(REPO)])
    return env


#: ``python -c`` program: gui.cli's main, after checking the stand-in is what imports.
SHIM_CLI = (
    "import sys, cryptography\n"
    "assert cryptography.__version__.endswith('shim'), cryptography.__file__\n"
    "from gui.cli import main\n"
    "sys.exit(main(sys.argv[1:]))\n"
)


#: Chinese CMaps a PDF can name instead of Identity-H: (encoding, ordering, supplement).
CHINESE_CMAPS = (("UniGB-UCS2-H", "GB1", 5), ("UniCNS-UCS2-H", "CNS1", 7))


def cmap_encoded_pdf(folder: Path, encoding: str, ordering: str, supplement: int) -> Path:
    """tests/data/formats/report.pdf with its font in a Chinese CMap (``encoding``: its codes
    are UCS-2, as the test PDF's are) and no ToUnicode map, so pdfminer reads the text through
    its CMap files: ``encoding`` (code to CID) and ``to-unicode-Adobe-<ordering>`` (CID to
    Unicode).  Replacements are padded to the same length: the xref offsets stay right."""
    data = PLAIN_PDF.read_bytes()
    swaps = [
        (
            b"/Encoding /Identity-H /DescendantFonts [4 0 R] /ToUnicode 3 0 R",
            f"/Encoding /{encoding} /DescendantFonts [4 0 R]".encode(),
        ),
        (
            b"/Ordering (Identity) /Supplement 0",
            f"/Ordering ({ordering}) /Supplement {supplement}".encode(),
        ),
    ]
    for old, new in swaps:
        assert data.count(old) == 1 and len(new) <= len(old), old
        data = data.replace(old, new.ljust(len(old)))
    path = folder / f"report-{encoding}.pdf"
    path.write_bytes(data)
    return path
