"""Offset maps between two versions of one text.

Every derived string in the app (the cleaned text derived from the source, a script view
derived from the text, the Simplified pivot) is built piece by piece from the string it came
from. An :class:`OffsetMap` records those pieces as ``(a_len, b_len)`` pairs: a piece whose two
lengths are equal maps character for character ("linear"); any other piece (a deletion, an
insertion, a phrase conversion such as ``U盘`` → ``隨身碟``) maps as a block, so a position
inside it snaps to one of its ends.

Positions are Python string indices (code points). Start positions and end positions snap
differently inside a block, so that a span which touches a block always covers all of it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from itertools import accumulate


class OffsetMap:
    """A monotone map between positions in string A and positions in string B."""

    __slots__ = ("_a_starts", "_b_starts", "_a_lens", "_b_lens", "a_length", "b_length")

    def __init__(self, pieces: Iterable[tuple[int, int]]):
        a_starts: list[int] = []
        b_starts: list[int] = []
        a_lens: list[int] = []
        b_lens: list[int] = []
        a = b = 0
        previous_linear = None  # whether the last entry is linear; None before the first
        for a_len, b_len in pieces:
            if a_len | b_len <= 0:  # (a bitwise or of ints is negative if either is)
                if a_len < 0 or b_len < 0:
                    raise ValueError("piece lengths must be non-negative")
                continue  # (0, 0)
            linear = a_len == b_len
            # Merge runs of linear pieces so that a lightly edited text stays a few entries,
            # and adjacent blocks into one block (an insertion next to a deletion is a
            # replacement).
            if linear is previous_linear:
                a_lens[-1] += a_len
                b_lens[-1] += b_len
                if not linear:  # blocks that add up to equal lengths then count as linear
                    previous_linear = a_lens[-1] == b_lens[-1]
            else:
                a_starts.append(a)
                b_starts.append(b)
                a_lens.append(a_len)
                b_lens.append(b_len)
                previous_linear = linear
            a += a_len
            b += b_len
        self._a_starts = a_starts
        self._b_starts = b_starts
        self._a_lens = a_lens
        self._b_lens = b_lens
        self.a_length = a
        self.b_length = b

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        return cls([(length, length)])

    @classmethod
    def with_deletions(cls, kept: list[int], deleted: list[int]) -> OffsetMap:
        """The map of a text A made by deleting runs from B: B is ``kept[0]`` characters,
        then ``deleted[0]`` removed, then ``kept[1]``, …, ``kept[-1]`` (one more kept than
        deleted). The same map as ``OffsetMap`` of those pieces, built without a Python step
        per piece (a pinyin-glued report has a million of them)."""
        if len(kept) != len(deleted) + 1:
            raise ValueError("one more kept run than deleted runs")
        if 0 in deleted or 0 in kept[:-1] or min(kept) < 0 or min(deleted, default=1) < 0:
            # Pieces to merge or to refuse: the general constructor does it.
            pieces = [(kept[0], kept[0])]
            for k, d in zip(kept[1:], deleted, strict=True):
                pieces += [(0, d), (k, k)]
            return cls(pieces)
        b_lens = [0] * (2 * len(deleted) + 1)
        b_lens[0::2] = kept
        b_lens[1::2] = deleted
        a_lens = b_lens[:]
        a_lens[1::2] = [0] * len(deleted)
        if not kept[-1]:  # the text ends with a deletion: no empty last piece
            a_lens.pop()
            b_lens.pop()
        built = cls.__new__(cls)
        built._a_lens = a_lens
        built._b_lens = b_lens
        built._a_starts = list(accumulate(a_lens, initial=0))
        built._b_starts = list(accumulate(b_lens, initial=0))
        built.a_length = built._a_starts.pop()
        built.b_length = built._b_starts.pop()
        return built

    def pieces(self) -> list[tuple[int, int]]:
        return list(zip(self._a_lens, self._b_lens, strict=True))

    @property
    def is_identity(self) -> bool:
        return all(a == b for a, b in zip(self._a_lens, self._b_lens, strict=True))

    def inverse(self) -> OffsetMap:
        return OffsetMap((b, a) for a, b in self.pieces())

    # -- mapping ------------------------------------------------------------------------

    def _map(self, pos: int, to_a: bool, end: bool) -> int:
        if to_a:
            starts, lens, length = self._b_starts, self._b_lens, self.b_length
            other_starts, other_lens = self._a_starts, self._a_lens
        else:
            starts, lens, length = self._a_starts, self._a_lens, self.a_length
            other_starts, other_lens = self._b_starts, self._b_lens
        if not starts:
            return 0
        pos = min(max(pos, 0), length)
        # A start position belongs to the piece that begins at or before it (the later of
        # several that begin there); an end position to the piece that ends at or after it.
        i = max((bisect_left(starts, pos) if end else bisect_right(starts, pos)) - 1, 0)
        offset = pos - starts[i]
        if lens[i] == other_lens[i]:
            return other_starts[i] + offset
        if offset == 0:
            return other_starts[i]
        if offset >= lens[i]:
            return other_starts[i] + other_lens[i]
        return other_starts[i] + (other_lens[i] if end else 0)

    def to_b(self, pos: int) -> int:
        """Map a start position (or a caret) in A to B."""
        return self._map(pos, False, False)

    def to_b_end(self, pos: int) -> int:
        """Map an end position in A to B (snaps forward inside a block)."""
        return self._map(pos, False, True)

    def to_a(self, pos: int) -> int:
        """Map a start position (or a caret) in B back to A."""
        return self._map(pos, True, False)

    def to_a_end(self, pos: int) -> int:
        """Map an end position in B back to A (snaps forward inside a block)."""
        return self._map(pos, True, True)

    def span_to_b(self, start: int, end: int) -> tuple[int, int]:
        return self.to_b(start), max(self.to_b(start), self.to_b_end(end))

    def span_to_a(self, start: int, end: int) -> tuple[int, int]:
        return self.to_a(start), max(self.to_a(start), self.to_a_end(end))

    # -- composition --------------------------------------------------------------------

    def then(self, other: OffsetMap) -> OffsetMap:
        """Compose A→B (self) with B→C (other) into A→C."""
        if self.b_length != other.a_length:
            raise ValueError("maps do not share the middle string")
        return OffsetMap(compose_pieces(self.pieces(), other.pieces()))

    def __repr__(self) -> str:
        return f"OffsetMap({self.a_length}→{self.b_length}, {len(self._a_lens)} pieces)"


def compose_pieces(
    first: list[tuple[int, int]], second: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Compose piece lists A→B and B→C. Linear pieces split freely; blocks merge until the
    boundaries in B line up."""
    out: list[tuple[int, int]] = []
    p = list(reversed(first))
    q = list(reversed(second))
    while p or q:
        if p and p[-1][1] == 0:
            out.append((p.pop()[0], 0))
            continue
        if q and q[-1][0] == 0:
            out.append((0, q.pop()[1]))
            continue
        if not p or not q:
            raise ValueError("maps do not share the middle string")
        pa, pb = p.pop()
        qb, qc = q.pop()
        if pb == qb:
            out.append((pa, qc))
        elif pb < qb:
            if qb == qc:  # q is linear: split it at p's boundary
                out.append((pa, pb))
                q.append((qb - pb, qb - pb))
            elif qc == 0:  # q deletes: a deletion splits anywhere
                out.append((pa, 0))
                q.append((qb - pb, 0))
            else:  # q is a block: swallow the next piece of p into this one
                if not p:
                    raise ValueError("maps do not share the middle string")
                na, nb = p.pop()
                p.append((pa + na, pb + nb))
                q.append((qb, qc))
        else:
            if pa == pb:  # p is linear: split it at q's boundary
                out.append((qb, qc))
                p.append((pa - qb, pb - qb))
            elif pa == 0:  # p inserts: an insertion splits anywhere
                out.append((0, qc))
                p.append((0, pb - qb))
            else:
                if not q:
                    raise ValueError("maps do not share the middle string")
                nb, nc = q.pop()
                q.append((qb + nb, qc + nc))
                p.append((pa, pb))
    return out
