"""The window, with every feature installed, imports none of the modules build.spec leaves
out of the standalone build (a source run would not notice; the frozen app fails to start)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.conftest import REPO

#: Left out by build.spec's EXCLUDES: the app starts no worker process.
LEFT_OUT = ("multiprocessing", "concurrent.futures.process")

_PROBE = """
import json, sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from gui.core.paths import set_data_dir
set_data_dir(sys.argv[1])
from gui.settings import Settings
from gui.ui.main_window import MainWindow
window = MainWindow(Settings())
window._install_deferred_features()
window.show()
import time
deadline = time.monotonic() + 60
while not hasattr(window, "library") and time.monotonic() < deadline:
    app.processEvents()  # the features go in one per event-loop turn
app.processEvents()
print(json.dumps(sorted(m for m in {names} if m in sys.modules)))
"""


def test_the_window_with_its_features_imports_nothing_the_build_leaves_out(tmp_path):
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(REPO),
        REPORT_READER_DATA_DIR=str(tmp_path),
    )
    result = subprocess.run(
        [sys.executable, "-c", _PROBE.format(names=repr(LEFT_OUT)), str(tmp_path)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert json.loads(result.stdout.strip().splitlines()[-1]) == []
