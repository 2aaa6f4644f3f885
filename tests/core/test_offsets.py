import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gui.core.offsets import OffsetMap

pieces_strategy = st.lists(st.tuples(st.integers(0, 6), st.integers(0, 6)), min_size=0, max_size=30)


def test_linear_pieces_map_character_for_character():
    m = OffsetMap([(3, 3), (0, 5), (4, 4)])  # five characters inserted after the third
    assert [m.to_b(i) for i in range(8)] == [0, 1, 2, 8, 9, 10, 11, 12]
    assert m.to_a(5) == 3 and m.to_a_end(5) == 3
    assert m.to_b(3) == 8  # a start after the insertion
    assert m.to_b_end(3) == 3  # an end before it


def test_block_snaps_start_back_and_end_forward():
    m = OffsetMap([(2, 2), (2, 3), (7, 7)])  # "U盘" → "隨身碟"
    assert m.span_to_b(2, 4) == (2, 5)
    assert m.span_to_b(3, 4) == (2, 5)  # inside the block: the whole block
    assert m.span_to_a(3, 4) == (2, 4)


def test_compose_matches_stepwise_mapping():
    first = OffsetMap([(2, 2), (0, 3), (5, 5)])  # insert 3
    second = OffsetMap([(4, 4), (2, 1), (4, 4)])  # a 2→1 block
    both = first.then(second)
    assert both.a_length == 7 and both.b_length == first.b_length - 1
    for pos in (0, 1, 2, 5, 6, 7):
        assert both.to_b(pos) == second.to_b(first.to_b(pos))


@given(pieces_strategy)
def test_round_trip_and_monotonic(pieces):
    m = OffsetMap(pieces)
    assert m.a_length == sum(a for a, _ in pieces)
    assert m.b_length == sum(b for _, b in pieces)
    previous = 0
    for pos in range(m.a_length + 1):
        b = m.to_b(pos)
        assert 0 <= b <= m.b_length and b >= previous
        previous = b
        # A span that survives the mapping covers at least the original span on the way back
        # (characters that B deleted have nowhere to go).
        end = min(pos + 1, m.a_length)
        b_span = m.span_to_b(pos, end)
        if b_span[1] > b_span[0]:
            start, back_end = m.span_to_a(*b_span)
            assert start <= pos and back_end >= end


@given(pieces_strategy)
def test_linear_positions_round_trip_exactly(pieces):
    m = OffsetMap(pieces)
    a = 0
    for a_len, b_len in m.pieces():  # adjacent blocks merge, so ask the map for its pieces
        if a_len == b_len:
            for pos in range(a, a + a_len):
                assert m.to_a(m.to_b(pos)) == pos
        a += a_len


@given(pieces_strategy, pieces_strategy)
def test_inverse_and_compose_lengths(p, q):
    m = OffsetMap(p)
    inv = m.inverse()
    assert (inv.a_length, inv.b_length) == (m.b_length, m.a_length)
    # Compose with a map over the same middle string.
    n = OffsetMap([(m.b_length, m.b_length)])
    assert m.then(n).pieces() == m.pieces() or m.then(n).b_length == m.b_length


def _reference_entries(pieces):
    """OffsetMap's merging written plainly (the loop before its speed-up, #17): linear runs
    merge, adjacent blocks merge, and a merged block whose lengths add up equal then counts
    as linear for what follows."""
    a_lens: list[int] = []
    b_lens: list[int] = []
    for a_len, b_len in pieces:
        if a_len == 0 and b_len == 0:
            continue
        previous_linear = bool(a_lens) and a_lens[-1] == b_lens[-1]
        if a_lens and (a_len == b_len) == previous_linear:
            a_lens[-1] += a_len
            b_lens[-1] += b_len
        else:
            a_lens.append(a_len)
            b_lens.append(b_len)
    return list(zip(a_lens, b_lens, strict=True))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from([0, 0, 1, 2, 3, 5]), st.sampled_from([0, 0, 1, 2, 3, 5])))
)
def test_merging_equals_the_plain_loop(pieces):
    assert OffsetMap(pieces).pieces() == _reference_entries(pieces)


def test_negative_lengths_are_refused():
    for bad in [(-1, 0), (0, -1), (-2, 3)]:
        with pytest.raises(ValueError):
            OffsetMap([(1, 1), bad])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 4), st.integers(0, 4)), max_size=20), st.integers(0, 4))
def test_with_deletions_equals_the_pieces(pairs, last):
    kept = [k for k, _d in pairs] + [last]
    deleted = [d for _k, d in pairs]
    pieces = [(kept[0], kept[0])]
    for k, d in zip(kept[1:], deleted, strict=True):
        pieces += [(0, d), (k, k)]
    fast, slow = OffsetMap.with_deletions(kept, deleted), OffsetMap(pieces)
    assert fast.pieces() == slow.pieces()
    assert (fast.a_length, fast.b_length) == (slow.a_length, slow.b_length)
    for pos in range(-1, slow.b_length + 2):
        assert (fast.to_a(pos), fast.to_a_end(pos)) == (slow.to_a(pos), slow.to_a_end(pos))
    for pos in range(-1, slow.a_length + 2):
        assert (fast.to_b(pos), fast.to_b_end(pos)) == (slow.to_b(pos), slow.to_b_end(pos))


def test_with_deletions_needs_one_more_kept_run():
    with pytest.raises(ValueError):
        OffsetMap.with_deletions([1, 2], [3, 4])
