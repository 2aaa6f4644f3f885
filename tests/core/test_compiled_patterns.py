"""The recogniser child's regexes compiled from the cache an earlier child left: the same
compiled code as ``re``'s own, none compiled again by the next child, and a cache that cannot
be read or written is no error."""

from __future__ import annotations

import re

import pytest

from gui.core import compiled_patterns, entity_pass
from gui.core.compiled_patterns import _state
from gui.core.paths import cache_dir


def _in_child() -> tuple[int, int, bool, int]:
    """In the recogniser's child, after loading everything a pass needs: the patterns it
    compiled that the cache lacked, those it used, whether it wrote the cache, and how many
    of its patterns compile to other code than ``re``'s own."""
    from gui.core.entity_warm_child import warm_up

    missed_before = compiled_patterns.missed()
    warm_up()  # (it saves the cache)
    used = dict(_state["used"])
    original = _state["original"]
    differ = sum(
        compiled_patterns._compile(p, f) != original(p, f)  # noqa: SLF001
        for p, f in used
    )
    return missed_before, len(used), compiled_patterns.missed() == 0, differ


def _fresh_child_result():
    entity_pass.shutdown_process_pool(wait=True)
    try:
        return entity_pass.process_pool().submit(_in_child).result(timeout=300)
    finally:
        entity_pass.shutdown_process_pool(wait=True)


@pytest.mark.slow
def test_the_next_child_compiles_no_pattern_and_the_code_is_res_own(tmp_path, monkeypatch):
    monkeypatch.setattr(entity_pass, "USE_PROCESS", True)
    monkeypatch.setenv("REPORT_READER_CACHE_DIR", str(tmp_path))
    assert cache_dir() == tmp_path
    first = _fresh_child_result()
    written = tmp_path / compiled_patterns.file_name()
    assert written.is_file() and first[1] > 100 and first[2]  # loaded ~270 patterns, saved
    first_bytes = written.read_bytes()
    second = _fresh_child_result()
    # The second child found every pattern in the cache and wrote nothing.
    assert second[1] == first[1] and second[3] == 0 and first[3] == 0
    assert written.read_bytes() == first_bytes
    assert compiled_patterns.supported()


def test_a_cached_pattern_compiles_to_the_same_pattern(tmp_path):
    patterns = [
        (r"(?P<year>\d{4})年(?P<month>\d{1,2})月", 0),
        (r"(?<![\d.])(?:\d+(?:\.\d+)?)(?:亿|万)?元", 0),
        (r"(?i)report\s+(?=\d)", 0),
        ("(?:兰州(?:高新区|新区)?|甘肃省?)", re.VERBOSE),
        ("x{0,4294967294}y", 0),  # the largest repeat count re accepts
    ]
    assert compiled_patterns.install(str(tmp_path))
    try:
        compiled = [compiled_patterns._compile(p, f) for p, f in patterns]  # noqa: SLF001
        assert compiled_patterns.missed() == len(patterns) and compiled_patterns.save()
    finally:
        compiled_patterns.uninstall()
    assert compiled_patterns.install(str(tmp_path))
    try:
        again = [compiled_patterns._compile(p, f) for p, f in patterns]  # noqa: SLF001
        assert compiled_patterns.missed() == 0 and not compiled_patterns.save()
    finally:
        compiled_patterns.uninstall()
    for (pattern, flags), a, b in zip(patterns, compiled, again, strict=True):
        own = re._compiler.compile(pattern, flags)  # noqa: SLF001 - re's own, uncached
        assert a == own and b == own and b.groupindex == own.groupindex
    m = again[0].search("2021年3月")
    assert m is not None and m.group("month") == "3"


def test_an_unreadable_cache_is_an_empty_one_and_is_written_again(tmp_path):
    path = tmp_path / compiled_patterns.file_name()
    path.write_bytes(b"not marshal at all")
    assert compiled_patterns.install(str(tmp_path))
    try:
        compiled_patterns._compile("(?:甲|乙)丙", 0)  # noqa: SLF001
        assert compiled_patterns.missed() == 1 and compiled_patterns.save()
    finally:
        compiled_patterns.uninstall()
    assert path.read_bytes() != b"not marshal at all"
    # A cache that cannot be written is no error (the next child compiles again).
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    assert compiled_patterns.install(str(blocked))
    try:
        compiled_patterns._compile("(?:丁|戊)", 0)  # noqa: SLF001
        assert not compiled_patterns.save()
    finally:
        compiled_patterns.uninstall()
    assert re._compiler.compile is not compiled_patterns._compile  # noqa: SLF001


def test_a_damaged_entry_is_compiled_afresh_and_replaced(tmp_path):
    """A cache entry that _sre refuses (invalid code) or cannot unpack is no error: the
    pattern compiles as ``re`` compiles it, and the cache is written again with good code."""
    import marshal

    good = "(?:甲|乙)+丙"
    path = tmp_path / compiled_patterns.file_name()
    path.write_bytes(
        marshal.dumps(
            {
                (good, 0): (0, b"\xff\xff\x00\x00" * 3, 0, {}, (None,)),  # an opcode _sre refuses
                ("(?:丁)", 0): ("not", "an", "entry"),
            }
        )
    )
    assert compiled_patterns.install(str(tmp_path))
    try:
        compiled = compiled_patterns._compile(good, 0)  # noqa: SLF001
        other = compiled_patterns._compile("(?:丁)", 0)  # noqa: SLF001
        assert compiled_patterns.missed() == 2 and compiled_patterns.save()
    finally:
        compiled_patterns.uninstall()
    assert compiled == re._compiler.compile(good, 0)  # noqa: SLF001
    assert compiled.fullmatch("甲乙甲丙") and other.fullmatch("丁")
    assert compiled_patterns.install(str(tmp_path))
    try:
        compiled_patterns._compile(good, 0)  # noqa: SLF001
        assert compiled_patterns.missed() == 0  # the rewritten entry is good
    finally:
        compiled_patterns.uninstall()


def _window_patterns_used(folder, patterns: list[str]) -> tuple[int, bool]:
    """A window process's start: ``patterns`` compiled through the window's cache in
    ``folder``; how many the cache lacked, and whether it was written."""
    assert compiled_patterns.install(str(folder), kind="window")
    try:
        for p in patterns:
            compiled_patterns._compile(p, 0)  # noqa: SLF001
        return compiled_patterns.missed(), compiled_patterns.save()
    finally:
        compiled_patterns.uninstall()


def test_the_window_keeps_the_patterns_of_other_reports_in_a_file_of_its_own(tmp_path, monkeypatch):
    """Which lazily compiled patterns a window uses depends on its report: a start with
    another report adds its own to the file instead of dropping the first report's, and the
    recogniser child's file is another one."""
    # Lines' forms of dev documents' heads: a 发文字号's tail, a 成文日期, a contact's phone.
    first = [r"[〔\[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]", r"\d{4}\s*年\s*\d{1,2}\s*月"]
    other = [first[0], r"(?:电话|電話)\s*[:：]"]
    assert _window_patterns_used(tmp_path, first) == (2, True)
    assert _window_patterns_used(tmp_path, other) == (1, True)  # the phone's only
    assert _window_patterns_used(tmp_path, first + other) == (0, False)  # all three kept
    assert compiled_patterns.file_name("window") != compiled_patterns.file_name()
    assert not (tmp_path / compiled_patterns.file_name()).exists()
    # Past WINDOW_KEPT patterns beyond those a start used, only what it used is kept.
    monkeypatch.setattr(compiled_patterns, "WINDOW_KEPT", 1)
    assert _window_patterns_used(tmp_path, [r"[甲乙]{2}"]) == (1, True)
    assert _window_patterns_used(tmp_path, first) == (2, True)  # they were dropped
