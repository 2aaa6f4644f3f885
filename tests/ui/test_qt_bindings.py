"""The installed Qt bindings keep Python's reference counts straight.

PySide6 6.12's abi3 wheels, built for Python >= 3.12 (where None is immortal), drop a
reference to None on every void Qt call under Python 3.11, until the interpreter aborts with
"none_dealloc". pyproject.toml keeps 3.11 on 6.11; this test catches a combination that
regresses.
"""

import sys

from PySide6.QtGui import QTextCursor, QTextDocument


def test_void_qt_calls_do_not_leak_references_to_none(qapp):
    document = QTextDocument("報告閱讀器")
    cursor = QTextCursor(document)
    before = sys.getrefcount(None)
    for i in range(2000):
        cursor.setPosition(i % 5)
    after = sys.getrefcount(None)
    # Other threads may briefly hold or drop a few references; a leak is one per call.
    assert abs(after - before) < 200
