"""The window, with every feature installed, imports none of the modules build.spec leaves
out of the standalone build (a source run would not notice; the frozen app fails to start)."""

from __future__ import annotations

import os

from tests.conftest import REPO
from tests.ui.app_probe import run_probe

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
    probe = _PROBE.format(names=repr(LEFT_OUT))
    assert run_probe(probe, str(tmp_path), env=env, timeout=120, stderr_tail=3000) == []


_LIBRARY_PROBE = """
import json, shutil, sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from gui.core.paths import set_data_dir
set_data_dir(sys.argv[1])
from gui.settings import Settings
from gui.ui.main_window import MainWindow
from gui.ui.notifier import RecordingNotifier
window = MainWindow(Settings(), RecordingNotifier())
window._install_deferred_features()
window.show()
folder = Path(sys.argv[1]) / "reports"
folder.mkdir()
shutil.copy(sys.argv[2], folder)
feature = window.library

def wait(busy):
    end = time.monotonic() + 90
    while busy() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)

feature.open_dock()
feature.add([str(folder)])
wait(lambda: feature.indexing)
feature.search("发展")
wait(lambda: feature.searching)
from gui.core.library import Library, top_entities
with Library(feature.path) as library:
    key, kind, _, _ = top_entities(library, "ORG", 1)[0]
feature.show_mentions(key, kind)
wait(lambda: feature.searching)
feature.open_notebook()
feature.notebook_window.export_to(str(Path(sys.argv[1]) / "notebook.md"), "md")
wait(lambda: feature.notebook_window.exporting)
print(json.dumps([feature.last_summary.indexed, len(feature.search_results),
                  sorted(m for m in {names} if m in sys.modules)]))
"""


def test_using_the_library_in_the_window_imports_nothing_the_build_leaves_out(tmp_path):
    """Indexing, search, the entity look-up and the notebook's export, as the window runs
    them (workers=1, pool threads): none of them may need a module the build leaves out."""
    from tests.conftest import DEFAULT_REPORT

    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(REPO),
        REPORT_READER_DATA_DIR=str(tmp_path),
    )
    probe = _LIBRARY_PROBE.format(names=repr(LEFT_OUT))
    indexed, mentioning, imported = run_probe(
        probe, str(tmp_path), str(DEFAULT_REPORT), env=env, timeout=300, stderr_tail=3000
    )
    assert indexed == 1 and mentioning == 1  # indexed, and it mentions its top organisation
    assert imported == []
