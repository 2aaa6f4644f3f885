"""``report-reader-cli`` run as a user runs it: ``python -m gui.cli`` in a process of its own,
from this repository, its output captured."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO


def run_cli(
    *args: str, data_dir: Path | None = None, text: bool = True
) -> subprocess.CompletedProcess:
    """``report-reader-cli [--data-dir DATA_DIR] ARGS``; its output as text, or as bytes with
    ``text=False`` (for comparing an export with its golden file byte for byte)."""
    command = [sys.executable, "-m", "gui.cli"]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    return subprocess.run(
        [*command, *args],
        cwd=REPO,
        env=dict(os.environ, PYTHONPATH=str(REPO)),
        capture_output=True,
        check=False,
        text=text,
    )
