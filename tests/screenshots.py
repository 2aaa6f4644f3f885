"""Screenshots of the window at the screen sizes users have, offscreen, for people to look at.

    .venv/bin/python -m tests.screenshots [--only 800x600] [--quick]

For each screen (1366×768, 1024×600, 800×600, and 1366×768 at QT_SCALE_FACTOR=2), theme
(light, dark) and language (English, 简体中文) a fresh window starts, exactly as on a first
start, in a process of its own (an offscreen screen's size is fixed per process), opens the
bundled report with a few notes, and saves ``test-artifacts/screenshots/window-<screen>-
<theme>-<language>.png``. On 1366×768 it also saves the full-screen view, the Help dialogs,
the note editor and Qt's file and print dialogs. ``--quick`` takes only the light English
window per screen. The window's fit itself is tested in ``tests/ui/test_screen_fit.py``.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "test-artifacts" / "screenshots"
SCREENS = REPO / "tests" / "data" / "screens"
#: (name, screen file, scale factor)
SIZES = (
    ("1366x768", "laptop-1366x768", ""),
    ("1024x600", "netbook-1024x600", ""),
    ("800x600", "small-800x600", ""),
    ("1366x768-scale2", "laptop-1366x768", "2"),
)

_SHOOT = r"""
import sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication, QDockWidget
app = QApplication(sys.argv[:1])
data, report, out, size, theme, language, extras = sys.argv[1:8]
from gui.core import paths
paths.set_data_dir(data)
from gui import i18n
i18n.install_translator(app, language)
from gui.settings import Settings
from gui.ui.main_window import MainWindow
from gui.ui.notifier import RecordingNotifier
from gui.ui.notes.editor import NoteEditor, NoteFields
from gui.ui.theme import apply_theme


def settle(seconds):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()


apply_theme(app, theme)
window = MainWindow(Settings(), RecordingNotifier())
window.show()
window.session.open(report)
settle(2.5)
doc = window.reader.document_model
notes = window.notes
quote = "集聚中牧股份、中農威特、奇正藏藥"
start = doc.text.index(quote)
notes.ask = lambda *a: NoteFields("重點企業", ("企业",), "green")
notes.note_on(start, start + len(quote))
quote = "實現總產值140億元"
start = doc.text.index(quote)
notes.highlight(start, start + len(quote), "yellow")
window.signals.jump_requested.emit(doc.sections[2].start)
settle(1.0)
name = f"{size}-{theme}-{language}"
window.grab().save(str(Path(out) / f"window-{name}.png"))
if extras == "1":
    help_menu = window.essentials.help
    for show, label in ((help_menu.show_guide, "guide"), (help_menu.show_about, "about"),
                        (help_menu.show_shortcuts, "shortcuts")):
        dialog = show()
        settle(0.3)
        dialog.grab().save(str(Path(out) / f"help-{label}-{theme}-{language}.png"))
        dialog.close()
    editor = NoteEditor(window, quote, NoteFields("", (), "blue"))
    editor.show()
    settle(0.3)
    editor.grab().save(str(Path(out) / f"note-editor-{theme}-{language}.png"))
    editor.close()
    # Qt's own dialogs, which follow the UI language (qtbase_zh_CN.qm and our additions).
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QFileDialog

    files = QFileDialog(window, "", str(Path(report).parent))
    files.setOption(QFileDialog.Option.DontUseNativeDialog)
    printer = QPrinter()
    for dialog, label in ((files, "file-dialog"), (QPrintDialog(printer, window), "print-dialog")):
        dialog.show()
        settle(0.3)
        dialog.grab().save(str(Path(out) / f"qt-{label}-{theme}-{language}.png"))
        dialog.close()
    window.essentials.full_screen.enter()
    settle(0.8)
    window.grab().save(str(Path(out) / f"full-screen-{theme}-{language}.png"))
    window.essentials.full_screen.leave()
    settle(0.3)
print("ok", name)
"""


def shoot(size: str, screen: str, scale: str, theme: str, language: str, extras: bool) -> None:
    """One window in a fresh process and data folder."""
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={SCREENS / screen}.json")
    env.pop("QT_SCALE_FACTOR", None)
    if scale:
        env["QT_SCALE_FACTOR"] = scale
    report = REPO / "resources" / "lanzhou-hi-tech-zone-2021.txt"
    with tempfile.TemporaryDirectory() as data:
        args = [data, str(report), str(OUT), size, theme, language, "1" if extras else "0"]
        done = subprocess.run(
            [sys.executable, "-c", _SHOOT, *args],
            capture_output=True,
            text=True,
            cwd=REPO,
            env=env,
            timeout=180,
        )
    if done.returncode != 0:
        raise SystemExit(f"{size} {theme} {language}: {done.stderr[-1500:]}")
    print(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.screenshots")
    parser.add_argument("--only", help="one screen name, e.g. 800x600")
    parser.add_argument("--quick", action="store_true", help="light English only")
    args = parser.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    themes = ("light",) if args.quick else ("light", "dark")
    languages = ("en",) if args.quick else ("en", "zh_CN")
    for size, screen, scale in SIZES:
        if args.only and args.only != size:
            continue
        for theme in themes:
            for language in languages:
                extras = size == "1366x768" and not args.quick
                shoot(size, screen, scale, theme, language, extras)
    return 0


if __name__ == "__main__":
    sys.exit(main())
