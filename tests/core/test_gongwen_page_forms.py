"""公文 header fields (发文字号, 发文机关, 成文日期) of the dev Shanghai 公文 in the forms their
pages take elsewhere: the repository's Markdown (front matter with 文号, a ``#`` title) read as
plain page text with the 文号 standing under the title, and with the dates written in Chinese
numerals (二〇二五年四月一日), as printed 公文 write 成文日期 (GB/T 9704-2012, 7.3.5.1 allows
both). The expected values are the documents' gold ``document`` fields."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from gui.core.reading import document_from_text
from tests.conftest import FRESH_BATCHES, REPO

REAL = REPO / "tests" / "data" / "real"
_CN = "〇一二三四五六七八九"


# A fresh batch is kept for an end-of-session measure (tests/conftest.py FRESH_BATCHES).
_KEPT_BATCHES = FRESH_BATCHES


def _dev_shanghai() -> list[str]:
    rows = [r.split("\t") for r in (REAL / "split.tsv").read_text("utf-8").splitlines()[1:]]
    return [
        r[0]
        for r in rows
        if r[2] == "dev" and r[0].startswith("gw-sh-") and r[-1] not in _KEPT_BATCHES
    ]


def _page_text(name: str) -> tuple[str, str | None]:
    """The file as a page's text: no front matter, no quoted note, no ``#``; the 文号 of its
    front matter under the title. Returns the text and that number."""
    source = (REAL / name).read_text(encoding="utf-8")
    front = re.match(r"---\n(.*?)\n---\n", source, re.S)
    number = None
    if front:
        # The whole value: a 文号 may be typeset with spaces (「沪交道运 〔2021〕1119号」).
        # An empty value is no number (the index had none: the 文号 stands in the text only).
        m = re.search(r"^文号:[ \t]*(.*?)[ \t]*$", front[1], re.M)
        number = m[1] if m and m[1] else None
        source = source[front.end() :]
    source = re.sub(r"^>.*\n", "", source, flags=re.M)
    lines = re.sub(r"^#+\s*", "", source, flags=re.M).split("\n")
    first = next(i for i, ln in enumerate(lines) if ln.strip())
    return "\n".join(lines[: first + 1] + ([number] if number else []) + lines[first + 1 :]), number


def _cn_number(n: int) -> str:
    if n < 10:
        return _CN[n]
    return (_CN[n // 10] if n >= 20 else "") + "十" + (_CN[n % 10] if n % 10 else "")


def _cn_dates(text: str) -> str:
    return re.sub(
        r"(20\d\d)年(\d{1,2})月(\d{1,2})日",
        lambda m: (
            "".join(_CN[int(c)] for c in m[1])
            + f"年{_cn_number(int(m[2]))}月{_cn_number(int(m[3]))}日"
        ),
        text,
    )


def _plain(value, drop: str = "") -> str | None:
    if value is None:
        return None
    text = "".join(value) if isinstance(value, list) else value
    return re.sub(rf"[\s{drop}]+", "", text)


@pytest.mark.parametrize("name", _dev_shanghai())
@pytest.mark.parametrize("chinese_dates", [False, True])
def test_shanghai_page_forms_keep_their_header_fields(name: str, chinese_dates: bool):
    gold = json.loads((REAL / "gold" / (Path(name).stem + ".json")).read_text("utf-8"))
    want = gold.get("document") or {}
    text, number = _page_text(name)
    if chinese_dates:
        text = _cn_dates(text)
    fields = {k: v.text for k, v in document_from_text(text).header.fields.items()}
    if number or want.get("number"):
        # (the front matter's 文号 set under the title, or the text's own under its title copy)
        assert fields.get("number") == (number or want["number"])
    if want.get("issuer"):
        # (A joint issuer: the title names both bodies, with or without 、 between them — the
        # gold lists them —; the signature shortens them.)
        assert _plain(fields.get("issuer"), "、") == _plain(want["issuer"], "、")
    if want.get("date"):
        expected = _cn_dates(want["date"]) if chinese_dates else want["date"]
        assert _plain(fields.get("date")) == _plain(expected)


def test_there_are_shanghai_documents_to_test():
    assert len(_dev_shanghai()) >= 6


@pytest.mark.parametrize(
    "typeset",
    [
        "沪交道运 〔2021〕1119号",  # as the Shanghai site's index gives it
        "沪交道运\u3000〔2021〕1119号",  # an ideographic space
        "沪交道运〔 2021 〕 1119 号",  # spaces inside, as justified print sets them
        "沪交道运 [2021] 1119号",  # look-alike brackets
    ],
)
def test_a_spaced_doc_number_is_read_whole(typeset: str):
    """A 文号 set with spaces between its parts is one 发文字号 (the spaces are typesetting:
    the code, the year and the number are its parts), on the real page it comes from."""
    text, number = _page_text("gw-sh-taxi-fare-float-rules-2021.md")
    assert number == "沪交道运 〔2021〕1119号"
    fields = document_from_text(text.replace(number, typeset, 1)).header.fields
    assert fields["number"].text == typeset
    assert (
        text.replace(number, typeset, 1)[fields["number"].start : fields["number"].end] == typeset
    )
    assert _plain(fields["issuer"].text, "、") == "上海市交通委员会上海市发展和改革委员会"
