"""The recogniser's speed-ups change no answer: the name tests answered from the gazetteer's
memo, and the tenths pattern rewritten to open with a digit."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from gui.core.entities import gazetteer as gazetteer_module
from gui.core.entities import names, quantities
from gui.core.entities.gazetteer import gazetteer
from gui.core.reading import read_document
from tests.conftest import DEFAULT_REPORT

_TESTS = (names._contains_place, names.starts_with_place)


def test_memoised_answers_equal_the_tests_themselves():
    gaz = gazetteer()
    text = read_document(DEFAULT_REPORT).text
    stretches = {text[i : i + n] for i in range(0, len(text) - 8, 11) for n in (2, 5)}
    for part in sorted(stretches):
        for test in _TESTS:
            assert test(part, gaz) == test.__wrapped__(part, gaz), (test.__name__, part)
        for suffix in ("公司", "局", "管委会", "街道", "大学"):
            fresh = names._org_name_ok.__wrapped__(part, suffix, gaz)
            assert names._org_name_ok(part, suffix, gaz) == fresh, (part, suffix)


def test_the_memo_is_bounded(monkeypatch):
    gaz = gazetteer()
    monkeypatch.setattr(gazetteer_module, "MEMO_SIZE", 10)
    for n in range(50):
        names.starts_with_place(f"兰州{n}号", gaz)
    assert 0 < len(gaz.memo) <= 10
    assert names.starts_with_place("兰州市", gaz) is True


# The pattern before it was rewritten (it opened with a look-behind).
_OLD_TENTHS = re.compile(
    r"(?<![\d.])\d{1,2}(?:至\d{1,2})?成(?:\d|半)?(?![\u4e00-\u9fff])|"
    r"(?<![\d.])\d{1,2}(?:至\d{1,2})?成(?:\d|半)?(?=[的以左多])"
)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="0123456789.成半至的以左多为立a，", max_size=14))
def test_tenths_pattern_finds_what_the_old_one_found(text):
    old = [m.span() for m in _OLD_TENTHS.finditer(text)]
    assert [m.span() for m in quantities._TENTHS.finditer(text)] == old
