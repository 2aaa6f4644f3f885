"""The GUI entry point (``report-reader``)."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow, QTextBrowser

    from gui.core.paths import default_report
    from gui.core.reading import read_document

    argv = sys.argv if argv is None else argv
    app = QApplication(argv)
    window = QMainWindow()
    view = QTextBrowser()
    path = argv[1] if len(argv) > 1 else default_report()
    view.setPlainText(read_document(path).text)
    window.setCentralWidget(view)
    window.resize(900, 700)
    window.show()
    return app.exec()
