"""Approximate quote search: where in a long text does a quote appear with a few edits?

Two parts, so that a 1M-character text stays fast:

1. Candidate windows from exact seeds. The quote is cut into ``k + 1`` pieces; a match with at
   most ``k`` edits leaves at least one piece intact (pigeonhole), so looking the pieces up with
   ``str.find`` (C speed) finds every place worth checking. Pieces that occur very often say
   nothing and are skipped; long quotes use a sample of evenly spaced pieces.
2. Verification with Myers' bit-parallel edit distance (Python big integers as bit vectors),
   one pass over each small window, then a backwards pass to find where the match starts.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

#: Most edits accepted, as a share of the quote's length.
MAX_ERROR_RATE = 0.25
#: Seeds used per quote; more would only cost time on long quotes.
MAX_SEEDS = 24
#: A seed found more often than this is too common to point anywhere.
MAX_SEED_HITS = 64
#: Windows verified per quote, best voted first.
MAX_WINDOWS = 12


@dataclass(frozen=True)
class FuzzyMatch:
    start: int
    end: int
    distance: int


def _peq(pattern: str) -> dict[str, int]:
    table: dict[str, int] = {}
    for i, char in enumerate(pattern):
        table[char] = table.get(char, 0) | (1 << i)
    return table


def _myers_scores(pattern: str, text: str, anchored: bool) -> list[int]:
    """Edit distance of ``pattern`` against the best substring of ``text`` ending at each
    position (``anchored``: against the prefix ``text[:j]`` instead). ``scores[j - 1]`` is
    for the substring ending before ``j``."""
    m = len(pattern)
    peq = _peq(pattern)
    full = (1 << m) - 1
    high = 1 << (m - 1)
    carry = 1 if anchored else 0  # row 0 costs j when anchored, nothing when searching
    pv, mv, score = full, 0, m
    scores = []
    for char in text:
        eq = peq.get(char, 0)
        xv = eq | mv
        xh = (((eq & pv) + pv) ^ pv) | eq
        ph = mv | (~(xh | pv) & full)
        mh = pv & xh
        if ph & high:
            score += 1
        elif mh & high:
            score -= 1
        ph = ((ph << 1) | carry) & full
        mh = (mh << 1) & full
        pv = mh | (~(xv | ph) & full)
        mv = ph & xv
        scores.append(score)
    return scores


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance (Myers, anchored at both ends)."""
    if not a:
        return len(b)
    if not b:
        return len(a)
    return _myers_scores(a, b, anchored=True)[-1]


def _best_in_window(
    pattern: str, text: str, lo: int, hi: int, k: int, expected_end: int
) -> FuzzyMatch | None:
    window = text[lo:hi]
    if not window:
        return None
    scores = _myers_scores(pattern, window, anchored=False)
    best = min(scores)
    if best > k:
        return None
    # Of the equally good ends, the one nearest where the quote was expected.
    ends = [j + 1 for j, s in enumerate(scores) if s == best]
    end = min(ends, key=lambda j: abs(lo + j - expected_end))
    # Where does it start? Search backwards from the end with the reversed quote, anchored.
    m = len(pattern)
    back_lo = max(0, end - m - k)
    reversed_window = window[back_lo:end][::-1]
    back = _myers_scores(pattern[::-1], reversed_window, anchored=True)
    best_back = min(back)
    lengths = [j + 1 for j, s in enumerate(back) if s == best_back]
    length = min(lengths, key=lambda n: abs(n - m))
    return FuzzyMatch(lo + end - length, lo + end, best_back)


def fuzzy_find(
    text: str, quote: str, hint: int = 0, max_error_rate: float = MAX_ERROR_RATE
) -> list[FuzzyMatch]:
    """Places where ``quote`` appears in ``text`` with at most ``max_error_rate * len(quote)``
    edits, at most one per candidate window, best first by distance."""
    m = len(quote)
    k = int(m * max_error_rate)
    if k < 1 or m > len(text) + k:
        return []
    piece_len = max(2, m // (k + 1))
    pieces = [(o, quote[o : o + piece_len]) for o in range(0, m - piece_len + 1, piece_len)]
    if len(pieces) > MAX_SEEDS:
        step = len(pieces) / MAX_SEEDS
        pieces = [pieces[int(i * step)] for i in range(MAX_SEEDS)]
    bucket = max(1, k)
    votes: Counter[int] = Counter()
    for offset, piece in pieces:
        hits: list[int] = []
        at = text.find(piece)
        while at != -1 and len(hits) <= MAX_SEED_HITS:
            hits.append(at)
            at = text.find(piece, at + 1)
        if len(hits) > MAX_SEED_HITS:
            continue
        for at in hits:
            votes[(at - offset) // bucket] += 1
    ranked = sorted(votes, key=lambda b: (-votes[b], abs(b * bucket - hint)))[:MAX_WINDOWS]
    matches: dict[tuple[int, int], FuzzyMatch] = {}
    for b in ranked:
        expected = b * bucket
        lo = max(0, expected - k - 1)
        hi = min(len(text), expected + bucket + m + k + 1)
        match = _best_in_window(quote, text, lo, hi, k, expected + m)
        if match is not None:
            matches[(match.start, match.end)] = match
    return sorted(matches.values(), key=lambda f: (f.distance, abs(f.start - hint), f.start))
