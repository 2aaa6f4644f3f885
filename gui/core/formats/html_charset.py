"""A saved web page's character set: its BOM, else the charset it declares (``<meta charset>``
or an http-equiv Content-Type) mapped to the codec that really reads such pages (GB2312 and GBK
pages are read as GB 18030, Big5 as Big5-HKSCS), else detection as for plain text.

Separate from :mod:`gui.core.formats.html` because it is a question of its own: which bytes
mean which characters, before any element is looked at.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from lxml import etree
from lxml import html as lxml_html

from gui.core.decoding import DocumentError, decode_text

_CHARSET_ALIASES = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "gb18030": "gb18030",
    "hz": "gb18030",
    "big5": "big5hkscs",
    "big5hkscs": "big5hkscs",
    "cp950": "cp950",
    "latin_1": "cp1252",
    "ascii": "cp1252",
    "utf_16": "utf-8",  # a page that says UTF-16 in ASCII bytes is not UTF-16 (WHATWG)
    "utf_16_le": "utf-8",
    "utf_16_be": "utf-8",
}
# Codecs that are not character sets of web pages; a page naming them is mistaken or hostile.
_NOT_CHARSETS = frozenset(
    {"unicode_escape", "raw_unicode_escape", "idna", "punycode", "undefined", "utf_7"}
)
_SNIFF_BYTES = 65536


def decode_page(data: bytes, path: Path | str | None = None) -> tuple[str, str]:
    """Decode a web page by its BOM or declared charset (``<meta charset>`` or http-equiv
    Content-Type), falling back to detection as for plain text."""
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            return data[len(bom) :].decode(codec, errors="replace"), codec
    declared = declared_charset(data)
    if declared is not None:
        for codec in _decoders_for(declared):
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError:
                continue
    try:
        return decode_text(data, path)
    except DocumentError:
        if declared is None:
            raise
    # Mostly the declared charset with a few bad bytes: keep the text, the damage is marked.
    codec = _decoders_for(declared)[0]
    return data.decode(codec, errors="replace"), codec


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first 64 KB, as a Python codec name, or None."""
    head = data[:_SNIFF_BYTES]
    # Latin-1 maps every byte to one character, so the ASCII markup of any ASCII-compatible
    # encoding parses unchanged whatever the page's real charset is.
    parser = lxml_html.HTMLParser(
        encoding="iso-8859-1", no_network=True, remove_comments=True, remove_pis=True
    )
    try:
        root = lxml_html.document_fromstring(head, parser=parser)
    except (etree.ParserError, ValueError):
        return None
    for meta in root.iter("meta"):
        charset = meta.get("charset")
        if not charset and (meta.get("http-equiv") or "").strip().lower() == "content-type":
            charset = _content_type_charset(meta.get("content") or "")
        codec = _codec_name(charset or "")
        if codec is not None:
            return codec
    return None


def _content_type_charset(content: str) -> str | None:
    """``text/html; charset=gb2312`` → ``gb2312`` (a MIME parameter, not markup)."""
    for parameter in content.split(";")[1:]:
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "charset":
            return value.strip().strip("\"'")
    return None


def _codec_name(label: str) -> str | None:
    label = label.strip().lower()
    if not label or len(label) > 40:
        return None
    try:
        info = codecs.lookup(label)
    except LookupError:
        return None
    name = info.name.replace("-", "_")
    if name in _NOT_CHARSETS or not getattr(info, "_is_text_encoding", True):
        return None
    return _CHARSET_ALIASES.get(name, info.name)


def _decoders_for(codec: str) -> list[str]:
    if codec == "big5hkscs":
        return ["big5hkscs", "cp950"]
    return [codec]
