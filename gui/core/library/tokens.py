"""Search tokens for the library index, and queries turned into FTS5 expressions.

Chinese has no spaces, and most words are two characters, so a word tokenizer is no use and
FTS5's trigram tokenizer cannot match the one- and two-character queries users type most. The
index therefore holds, for each report's Simplified pivot, two token streams (see
docs/library.md for the measurements that chose this):

* ``uni``: every Han character, and every run of other letters or digits (``GDP``, ``2021``),
  as one unit: a one-unit query looks here;
* ``bi``: every pair of neighbouring units joined into one token (``兰州 州新 新区``): a query of
  n ≥ 2 units is the phrase of its n − 1 pairs, whose position lists are far shorter than
  those of single characters, so common characters stay fast.

Both streams are built here, in Python, as space-separated tokens that FTS5's ``unicode61``
tokenizer takes one by one; queries go through the same function, so they always agree.
Punctuation and spaces are not units: ``兰州，新区`` and a line break inside a word (PDFs)
still match ``兰州新区``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

#: Han characters (with 々 and 〇) count one unit each.
HAN_CLASS = r"\u3005\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
#: What may stand between two units of a match (punctuation, spaces, line breaks).
_GAP = r"[\W_]*?"


@cache
def _unit_pattern() -> re.Pattern[str]:
    # Compiled when first needed (indexing, searching: off the UI thread), not at import:
    # its character classes cost ~2 ms, and the window imports the library as it starts.
    return re.compile(rf"[{HAN_CLASS}]|(?:(?![{HAN_CLASS}])[^\W_])+")


def units(text: str) -> list[str]:
    """The units of ``text``: Han characters one by one, other letter/digit runs lowercased."""
    return [u.lower() for u in _unit_pattern().findall(text)]


def token_streams(pivot: str) -> tuple[str, str]:
    """The ``uni`` and ``bi`` columns for a report's Simplified pivot."""
    found = units(pivot)
    pairs = [a + b for a, b in zip(found, found[1:], strict=False)]
    return " ".join(found), " ".join(pairs)


def term_expression(term_units: list[str]) -> str:
    """The FTS5 expression matching the units of one term (a word or a quoted phrase)."""
    if len(term_units) == 1:
        return f'uni : "{term_units[0]}"'
    pairs = " ".join(a + b for a, b in zip(term_units, term_units[1:], strict=False))
    return f'bi : "{pairs}"'


def term_pattern(term_units: list[str]) -> re.Pattern[str]:
    """A regular expression finding a term in a pivot the way the index matched it."""
    parts = []
    for unit in term_units:
        if len(unit) == 1 and re.fullmatch(f"[{HAN_CLASS}]", unit):
            parts.append(re.escape(unit))
        else:  # a word matches whole, as a unit: not inside a longer run of letters
            word = f"(?:(?![{HAN_CLASS}])[^\\W_])"
            parts.append(f"(?<!{word}){re.escape(unit)}(?!{word})")
    return re.compile(_GAP.join(parts), re.IGNORECASE)


class QueryError(ValueError):
    """A query that cannot be searched; ``str(err)`` is one line for the user."""


@dataclass(frozen=True)
class ParsedQuery:
    """A query as FTS5 understands it, and the terms whose places are shown as hits (those
    not under NOT)."""

    expression: str
    terms: tuple[tuple[str, ...], ...]


_TOKEN = re.compile(r'"([^"]*)"?|(\()|(\))|([^\s()"]+)')
_OPERATORS = {"AND", "OR", "NOT"}


def parse_query(pivot_query: str) -> ParsedQuery:
    """Parse a query already converted to the Simplified pivot.

    Words and ``"quoted phrases"`` are terms; neighbouring terms must all occur (AND);
    ``AND``, ``OR``, ``NOT`` (upper case) and parentheses combine them, and ``-word`` is
    ``NOT word``. A term matches its units in sequence, with punctuation or spaces allowed
    between them. Raises :class:`QueryError` for a query with nothing to search or one FTS5
    cannot take (``NOT`` with nothing before it, unbalanced parentheses)."""
    out: list[str] = []
    shown: list[tuple[str, ...]] = []
    depth = 0
    negated = False
    previous = None  # "term", "op", "(" or ")"
    for m in _TOKEN.finditer(pivot_query):
        phrase, opening, closing, word = m.groups()
        if opening:
            if previous in ("term", ")"):
                out.append("AND")
            out.append("(")
            depth += 1
            previous = "("
            continue
        if closing:
            if depth == 0 or previous in ("op", "("):
                raise QueryError("the query's parentheses do not match")
            out.append(")")
            depth -= 1
            previous = ")"
            continue
        if word in _OPERATORS:
            if previous in (None, "op", "("):
                raise QueryError(f"{word} needs a term before it")
            out.append(word)
            negated = word == "NOT"
            previous = "op"
            continue
        text = phrase if phrase is not None else word
        minus = phrase is None and text.startswith("-") and len(text) > 1
        if minus:
            text = text[1:]
        found = units(text)
        if not found:
            continue  # punctuation alone: nothing to look for
        if minus:
            if previous in (None, "op", "("):
                raise QueryError("-word needs a term before it")
            out.append("NOT")
        elif previous in ("term", ")"):
            out.append("AND")
        out.append(term_expression(found))
        if not (minus or negated):
            shown.append(tuple(found))
        negated = False
        previous = "term"
    if depth:
        raise QueryError("the query's parentheses do not match")
    if previous == "op":
        raise QueryError("the query ends with an operator")
    if not shown:
        raise QueryError("the query has no word to search for")
    return ParsedQuery(" ".join(out), tuple(shown))
