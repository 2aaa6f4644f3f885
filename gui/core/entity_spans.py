"""A document's entity spans kept as arrays of machine integers, behind sequence interfaces.

A 10 MB report has ~211,000 entities. As Python objects (an ``EntitySpan`` each, a
``(start, end)`` tuple each in the per-type and per-group lists, two ``int`` objects per tuple,
a list of starts for lookups) they held ~65 MB of the window's heap for as long as the report
was open. Here a span costs 13 bytes in :class:`SpanTable` and 8 in each :class:`SpanPairs`;
an ``EntitySpan`` or a pair is made when it is asked for, so callers read them as before.
Offsets are code points of the text, well under 2**31.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import overload


@dataclass(frozen=True, slots=True)
class EntitySpan:
    """One occurrence in text coordinates, with its pivot (Simplified) key."""

    start: int
    end: int
    type: str
    key: str  # the Simplified form of the text: corrections and the dock group by it


class SpanPairs(Sequence[tuple[int, int]]):
    """``(start, end)`` pairs, as a list of tuples reads, kept in one array
    (start, end, start, end, …)."""

    __slots__ = ("_flat",)

    def __init__(self, pairs: Iterable[tuple[int, int]] = ()) -> None:
        self._flat = array("i")
        for start, end in pairs:
            self._flat.append(start)
            self._flat.append(end)

    @classmethod
    def from_flat(cls, flat: array) -> SpanPairs:
        """Pairs over ``flat`` (start, end, start, end, …: an ``array("i")``, taken as it is)."""
        pairs = cls()
        pairs._flat = flat
        return pairs

    def append(self, pair: tuple[int, int]) -> None:
        self._flat.append(pair[0])
        self._flat.append(pair[1])

    def add(self, start: int, end: int) -> None:
        """:meth:`append` without making the tuple."""
        self._flat.append(start)
        self._flat.append(end)

    def __len__(self) -> int:
        return len(self._flat) // 2

    @overload
    def __getitem__(self, i: int) -> tuple[int, int]: ...
    @overload
    def __getitem__(self, i: slice) -> list[tuple[int, int]]: ...
    def __getitem__(self, i):
        if isinstance(i, slice):
            return list(self)[i]
        n = len(self)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("span index out of range")
        return self._flat[2 * i], self._flat[2 * i + 1]

    def __iter__(self) -> Iterator[tuple[int, int]]:
        flat = iter(self._flat)
        return zip(flat, flat, strict=False)

    def __add__(self, other: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
        return [*self, *other]  # as list + list: a new list

    def __radd__(self, other: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
        return [*other, *self]

    def starts(self) -> array:
        """The starts alone (a copy, for ``bisect``)."""
        return self._flat[0::2]

    def ends(self) -> array:
        """The ends alone (a copy)."""
        return self._flat[1::2]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, SpanPairs):
            return self._flat == other._flat
        if isinstance(other, Sequence):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # mutable, like a list

    def __repr__(self) -> str:
        return f"SpanPairs({list(self)!r})"

    def nbytes(self) -> int:
        """Bytes held by the array's items (its storage, not counting over-allocation)."""
        return len(self._flat) * self._flat.itemsize


class SpanTable(Sequence[EntitySpan]):
    """Spans sorted by position, read as a list of :class:`EntitySpan`. ``starts`` is an
    array of every span's start, for ``bisect``; types and keys are stored once each."""

    __slots__ = (
        "_key_ids",
        "_keys",
        "_type_ids",
        "_types",
        "_where_key",
        "_where_type",
        "ends",
        "starts",
    )

    def __init__(self, spans: Iterable[EntitySpan] = ()) -> None:
        self.starts = array("i")
        self.ends = array("i")
        self._type_ids = array("B")
        self._key_ids = array("i")
        self._types: list[str] = []
        self._keys: list[str] = []
        self._where_type: dict[str, int] = {}  # a type's index in _types
        self._where_key: dict[str, int] = {}
        for span in spans:
            self.add(span.start, span.end, span.type, span.key)

    def add(self, start: int, end: int, entity_type: str, key: str) -> None:
        self.starts.append(start)
        self.ends.append(end)
        if self._keys and not self._where_key:  # sealed: index the names again
            self._where_type.update((n, i) for i, n in enumerate(self._types))
            self._where_key.update((n, i) for i, n in enumerate(self._keys))
        self._type_ids.append(_index(self._where_type, self._types, entity_type))
        self._key_ids.append(_index(self._where_key, self._keys, key))

    def seal(self) -> None:
        """Drop the name-to-index dicts that :meth:`add` uses (a 10 MB report's keys: a few
        MB); a later :meth:`add` builds them again."""
        self._where_type.clear()
        self._where_key.clear()

    @property
    def type_ids(self) -> array:
        """Each span's type as an index into :attr:`type_names`."""
        return self._type_ids

    @property
    def key_ids(self) -> array:
        """Each span's key as an index into :attr:`key_names`."""
        return self._key_ids

    @property
    def type_names(self) -> list[str]:
        return self._types

    @property
    def key_names(self) -> list[str]:
        return self._keys

    def type_at(self, i: int) -> str:
        return self._types[self._type_ids[i]]

    def key_at(self, i: int) -> str:
        return self._keys[self._key_ids[i]]

    def __len__(self) -> int:
        return len(self.starts)

    @overload
    def __getitem__(self, i: int) -> EntitySpan: ...
    @overload
    def __getitem__(self, i: slice) -> list[EntitySpan]: ...
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        return EntitySpan(self.starts[i], self.ends[i], self.type_at(i), self.key_at(i))

    def __iter__(self) -> Iterator[EntitySpan]:
        types, keys = self._types, self._keys
        for start, end, t, k in zip(
            self.starts, self.ends, self._type_ids, self._key_ids, strict=True
        ):
            yield EntitySpan(start, end, types[t], keys[k])

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"SpanTable({len(self)} spans)"

    def nbytes(self) -> int:
        """Bytes held by the arrays' items (not the distinct types and keys)."""
        return sum(len(a) * a.itemsize for a in self._arrays())

    def _arrays(self) -> tuple[array, ...]:
        return (self.starts, self.ends, self._type_ids, self._key_ids)


def _index(where: dict[str, int], names: list[str], name: str) -> int:
    """``name``'s place in ``names``, appended if new."""
    i = where.get(name)
    if i is None:
        i = where[name] = len(names)
        names.append(name)
    return i
