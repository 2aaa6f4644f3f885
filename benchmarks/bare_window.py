"""The yardstick for start-up: a bare PySide6 text browser showing a file, nothing else.

    python benchmarks/bare_window.py [FILE]

It reads ``FILE`` (default: the bundled report) as UTF-8 and shows it in a ``QTextBrowser`` of
the reader's default window size, the least a program can do to put the same text on screen.
``benchmarks/screen.py`` times it from outside, from the process's start to the text on
screen; ``bare_window.spec`` freezes it for ``bench_frozen.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QTextBrowser


def default_file() -> Path:
    here = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[1]))
    return here / "resources" / "lanzhou-hi-tech-zone-2021.txt"


def main() -> int:
    app = QApplication(sys.argv)
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    path = Path(args[0]) if args else default_file()
    browser = QTextBrowser()
    browser.setWindowTitle("bare")
    browser.resize(1100, 760)  # the reader's default window size
    browser.setPlainText(path.read_text(encoding="utf-8"))
    browser.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
