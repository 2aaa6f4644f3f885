"""pdfminer.six kept within bounds: a deadline, a work budget and cycle detection.

pdfminer trusts the file it reads. These subclasses make it stop: the file object checks a
deadline on every read (a broken cross-reference table is scanned line by line), the document
counts object look-ups and detects reference cycles (which spin without reading anything), and
the page interpreter checks the deadline and a budget of text operators as it runs.
"""

from __future__ import annotations

import io
import time

#: Text-showing operators on one page at most; layout analysis is superlinear in them.
MAX_TEXT_OPS_PER_PAGE = 100_000
#: Object look-ups at most (a 1,000-page report makes ~100,000): the work budget that ends a
#: loop inside pdfminer even when it reads nothing (cached objects cost no read).
MAX_OBJECT_LOOKUPS = 5_000_000
#: Longest chain of objects that are nothing but a reference to the next one.
MAX_REFERENCE_CHAIN = 64

TOO_SLOW = "too slow"
_TOO_MUCH_WORK = "it is a damaged PDF (its objects refer to each other too many times)"
_TOO_LONG_CHAIN = (
    f"it is a damaged PDF (a chain of more than {MAX_REFERENCE_CHAIN} references between objects)"
)
TOO_DENSE = (
    f"a page has more than {MAX_TEXT_OPS_PER_PAGE:,} pieces of text; that is the limit for a PDF"
)


class Exhausted(Exception):
    """Raised inside pdfminer's interpreter when a limit is reached."""


class DeadlineFile(io.BytesIO):
    """The PDF's bytes, checking the deadline on every read: pdfminer reads its file in
    small chunks, so its object parser and its scan of a file with a broken cross-reference
    table (which visits every line) stop in time too."""

    def __init__(self, data: bytes, deadline: float):
        super().__init__(data)
        self.deadline = deadline

    def read(self, size: int | None = -1) -> bytes:
        if time.monotonic() > self.deadline:
            raise Exhausted(TOO_SLOW)
        return super().read(size)

    def readline(self, size: int | None = -1) -> bytes:
        if time.monotonic() > self.deadline:
            raise Exhausted(TOO_SLOW)
        return super().readline(size)


_DOCUMENT_CLASS = None


def bounded_document_class():
    """pdfminer's document with a work budget and cycle detection in object look-up.

    pdfminer resolves a reference with ``while isinstance(x, PDFObjRef): x = x.resolve()``;
    an object that is only a reference to itself (or a ring of them) spins there forever,
    on cached objects, reading nothing, so a deadline checked on reads never fires. Here
    every look-up counts against a budget and checks the clock, and an object that is only a
    reference is followed to its end with the objects seen so far: a cycle resolves to null
    (as a reference to a missing object does), a chain longer than
    :data:`MAX_REFERENCE_CHAIN` is refused."""
    global _DOCUMENT_CLASS
    if _DOCUMENT_CLASS is not None:
        return _DOCUMENT_CLASS
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdftypes import PDFObjRef

    class BoundedDocument(PDFDocument):
        deadline: float = float("inf")
        lookups: int = 0
        cycles: int = 0  # reference cycles met (each read as null)

        def _count(self) -> None:
            self.lookups += 1
            if self.lookups > MAX_OBJECT_LOOKUPS:
                raise Exhausted(_TOO_MUCH_WORK)
            if self.lookups % 256 == 0 and time.monotonic() > self.deadline:
                raise Exhausted(TOO_SLOW)

        def getobj(self, objid: int) -> object:
            self._count()
            obj = super().getobj(objid)
            seen = {objid}
            while isinstance(obj, PDFObjRef):
                if obj.objid in seen:
                    self.cycles += 1
                    return None  # a cycle of references: null
                if len(seen) > MAX_REFERENCE_CHAIN:
                    raise Exhausted(_TOO_LONG_CHAIN)
                seen.add(obj.objid)
                self._count()
                obj = super().getobj(obj.objid)
            return obj

    _DOCUMENT_CLASS = BoundedDocument
    return BoundedDocument


_INTERPRETER_CLASS = None


def bounded_interpreter_class():
    """pdfminer's page interpreter with a deadline and a per-page budget of text operators,
    checked as operands are pushed and popped (every operator with arguments does that)."""
    global _INTERPRETER_CLASS
    if _INTERPRETER_CLASS is not None:
        return _INTERPRETER_CLASS
    from pdfminer.pdfinterp import PDFPageInterpreter

    class BoundedInterpreter(PDFPageInterpreter):
        deadline: float = 0.0
        text_ops: int = 0
        _ticks: int = 0

        def dup(self):
            other = super().dup()
            other.deadline = self.deadline
            return other

        def _tick(self) -> None:
            self._ticks += 1
            if self._ticks % 512 == 0 and time.monotonic() > self.deadline:
                raise Exhausted(TOO_SLOW)

        def push(self, obj) -> None:
            self._tick()
            super().push(obj)

        def pop(self, n: int):
            self._tick()
            return super().pop(n)

        def do_q(self) -> None:
            self._tick()
            super().do_q()

        def do_Q(self) -> None:
            self._tick()
            super().do_Q()

        def do_BT(self) -> None:
            self._tick()
            super().do_BT()

        def do_TJ(self, seq) -> None:
            self.text_ops += 1
            if self.text_ops > MAX_TEXT_OPS_PER_PAGE:
                raise Exhausted(TOO_DENSE)
            super().do_TJ(seq)

        def do_Tj(self, s) -> None:
            self.text_ops += 1
            if self.text_ops > MAX_TEXT_OPS_PER_PAGE:
                raise Exhausted(TOO_DENSE)
            super().do_Tj(s)

    _INTERPRETER_CLASS = BoundedInterpreter
    return BoundedInterpreter
