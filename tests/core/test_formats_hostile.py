"""Hostile input stays harmless: refused or read with a one-line reason, in bounded time,
and nothing is executed or fetched. Every file here is real; nothing is mocked."""

from __future__ import annotations

import http.server
import random
import sys
import threading
import time
import zipfile
import zlib
from pathlib import Path

import docx
import pytest

from gui.core.decoding import DecodedSource, DocumentError
from gui.core.formats import docx as docx_reader
from gui.core.formats import pdf as pdf_reader
from gui.core.loading import read_source

FORMATS = Path(__file__).resolve().parents[1] / "data" / "formats"
sys.path.insert(0, str(FORMATS))

import make_pdf  # noqa: E402
from make_pdf import Text, assemble, build_pdf  # noqa: E402

#: Generous bounds for a slow CI machine; each case takes well under a second here.
SECONDS = 10.0


def _timed_read(path: Path) -> tuple[DecodedSource | DocumentError, float]:
    """The result and the CPU seconds the read cost this process (the readers run on this
    thread, in this process): the work done, not the wall clock, which a busy machine
    stretches many times over (these bounds failed under a load of 10-20, session 13)."""
    start = time.process_time()
    try:
        result: DecodedSource | DocumentError = read_source(path)
    except DocumentError as err:
        result = err
    return result, time.process_time() - start


# -- HTML ----------------------------------------------------------------------------------


class _CountingHandler(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 - the http.server API
        self.hits.append(self.path)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"<p>FETCHED FROM THE NETWORK</p>")

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def web_server():
    """A real HTTP server on localhost that records every request it gets."""
    _CountingHandler.hits = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _CountingHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", _CountingHandler.hits
    server.shutdown()
    server.server_close()


def test_html_executes_nothing_and_fetches_nothing(tmp_path, web_server):
    url, hits = web_server
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-FILE-CONTENT", encoding="utf-8")
    page = f"""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html SYSTEM "{url}/dtd" [<!ENTITY xxe SYSTEM "file://{secret}">]>
<html><head><meta charset="utf-8"><title>测试页面</title>
<link rel="stylesheet" href="{url}/style.css"><script src="{url}/app.js"></script>
<meta http-equiv="refresh" content="0; url={url}/refresh">
<base href="{url}/"></head>
<body onload="document.body.innerHTML='SCRIPT RAN'">
<div class="content"><h1>统计公报</h1>
<p>全年实现地区生产总值306亿元，比上年增长8.5%，经济运行稳中有进。&xxe;</p>
<img src="{url}/remote.png"><iframe src="{url}/frame.html"></iframe>
<object data="{url}/object"></object><embed src="{url}/embed">
<svg><image href="{url}/svg.png"/></svg>
<p><a href="file://{secret}">本地文件链接</a>，规模以上工业增加值增长12.1%。</p>
<script>document.write("SCRIPT RAN"); fetch("{url}/fetch");</script>
<noscript>NOSCRIPT TEXT</noscript>
<p style="background:url({url}/bg.png)">高技术制造业增加值增长15.3%。</p>
</div></body></html>"""
    path = tmp_path / "hostile.html"
    path.write_text(page, encoding="utf-8")
    result, seconds = _timed_read(path)
    assert isinstance(result, DecodedSource), result
    time.sleep(0.2)  # a stray request would have arrived by now
    assert hits == []
    assert "SCRIPT RAN" not in result.text and "NOSCRIPT" not in result.text
    assert "SECRET-FILE-CONTENT" not in result.text and "FETCHED" not in result.text
    assert "本地文件链接，规模以上工业增加值增长12.1%。" in result.text  # link text stays
    assert "高技术制造业增加值增长15.3%。" in result.text
    assert seconds < SECONDS


def test_huge_inline_data_is_skipped_and_the_article_after_it_is_read(tmp_path):
    payload = "A" * (40 * 1000 * 1000)  # 40 MB of base64, never decoded
    page = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>t</title></head><body>"
        "<div class='content'><h1>统计公报</h1><p>第一段正文，介绍全年经济运行情况。</p>"
        f"<p><img src='data:image/png;base64,{payload}'></p>"
        f"<script>var blob = '{payload[:5_000_000]}';</script>"
        "<p>第二段正文，在巨大的内嵌图片之后仍然读得到。</p></div></body></html>"
    )
    path = tmp_path / "big.html"
    path.write_text(page, encoding="ascii", errors="xmlcharrefreplace")
    del page, payload
    result, seconds = _timed_read(path)
    assert isinstance(result, DecodedSource), result
    assert result.text.split("\n") == [
        "统计公报",
        "第一段正文，介绍全年经济运行情况。",
        "第二段正文，在巨大的内嵌图片之后仍然读得到。",
    ]
    assert seconds < SECONDS


def test_deeply_nested_html_is_bounded(tmp_path):
    depth = 100_000
    page = (
        "<html><body>" + "<div>" * depth + "<p>深处的段落文字内容。</p>" + "</div>" * depth
    ) + "</body></html>"
    path = tmp_path / "deep.html"
    path.write_text(page, encoding="utf-8")
    result, seconds = _timed_read(path)
    # libxml2 stops at 256 levels; the markup is flattened and the paragraph still read
    assert isinstance(result, DecodedSource), result
    assert "深处的段落文字内容。" in result.text
    assert seconds < SECONDS


@pytest.mark.parametrize("label", ["unicode_escape", "rot13", "zlib", "base64", "x" * 500])
def test_a_hostile_charset_label_is_ignored(tmp_path, label):
    page = f"<html><head><meta charset='{label}'></head><body><p>全年经济运行稳中有进。</p></body></html>"
    path = tmp_path / "label.html"
    path.write_bytes(page.encode("utf-8"))
    assert read_source(path).text == "全年经济运行稳中有进。"


# -- DOCX ----------------------------------------------------------------------------------


def _small_docx() -> bytes:
    document = docx.Document()
    document.add_paragraph("正文。")
    import io

    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_docx_zip_bomb_by_total_size_is_refused(tmp_path):
    """A file of a few hundred KB that would expand to 210 MB."""
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        with zipfile.ZipFile(__import__("io").BytesIO(_small_docx())) as good:
            for info in good.infolist():
                archive.writestr(info.filename, good.read(info.filename))
        chunk = b"\0" * (1 << 20)
        for n in range(3):
            with archive.open(f"word/media/image{n}.bin", "w") as member:
                for _ in range(70):
                    member.write(chunk)
    assert path.stat().st_size < 2 * 1024 * 1024
    result, seconds = _timed_read(path)
    assert isinstance(result, DocumentError)
    assert "zip bomb" in str(result) and "the limit is 200 MB" in str(result)
    assert seconds < 1.0  # refused from the zip directory, nothing inflated


def test_docx_member_compressed_too_well_is_refused(tmp_path):
    path = tmp_path / "ratio.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        with zipfile.ZipFile(__import__("io").BytesIO(_small_docx())) as good:
            for info in good.infolist():
                data = good.read(info.filename)
                if info.filename == "word/document.xml":
                    data = data.replace(b"</w:body>", b" " * (20 << 20) + b"</w:body>")
                archive.writestr(info.filename, data)
    result, seconds = _timed_read(path)
    assert isinstance(result, DocumentError)
    assert "word/document.xml is compressed" in str(result) and "zip bomb" in str(result)
    assert seconds < 1.0


def test_docx_entity_expansion_is_not_performed(tmp_path):
    """A billion-laughs document.xml: python-docx parses with entity resolution off."""
    laughs = '<!ENTITY l0 "哈哈哈哈哈哈哈哈哈哈">' + "".join(
        f'<!ENTITY l{n} "{("&l" + str(n - 1) + ";") * 10}">' for n in range(1, 10)
    )
    path = tmp_path / "laughs.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        with zipfile.ZipFile(__import__("io").BytesIO(_small_docx())) as good:
            for info in good.infolist():
                data = good.read(info.filename)
                if info.filename == "word/document.xml":
                    head, _, rest = data.partition(b"?>")
                    data = head + b"?>" + f"<!DOCTYPE w:document [{laughs}]>".encode() + rest
                    data = data.replace("正文。".encode(), b"&l9;")
                archive.writestr(info.filename, data)
    result, seconds = _timed_read(path)
    if isinstance(result, DecodedSource):
        assert len(result.text) < 1000
    else:
        assert "\n" not in str(result)
    assert seconds < SECONDS


# -- PDF -----------------------------------------------------------------------------------


def test_scanned_pdf_without_text_layer_gets_the_clear_message(tmp_path):
    image = zlib.compress(b"\x80" * (200 * 200))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>",
        make_pdf._stream(b"q 500 0 0 700 50 50 cm /Im1 Do Q"),
        b"<< /Type /XObject /Subtype /Image /Width 200 /Height 200 /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 /Filter /FlateDecode /Length "
        + str(len(image)).encode()
        + b" >>\nstream\n"
        + image
        + b"\nendstream",
    ]
    path = tmp_path / "scan.pdf"
    path.write_bytes(assemble(objects, 1))
    with pytest.raises(DocumentError) as err:
        read_source(path)
    assert str(err.value) == (
        "Cannot open scan.pdf: it has no text layer (a scanned PDF?); "
        "Report Reader needs text, not images"
    )


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("truncated", build_pdf([[Text(72, 700, 12, "正文内容。")]])[:300]),
        ("garbage", b"%PDF-1.7\n" + bytes(random.Random(7).randrange(256) for _ in range(20000))),
        ("header only", b"%PDF-1.4\n%%EOF\n"),
        ("not a pdf", b"this is not a PDF at all, just text in a .pdf file"),
    ],
)
def test_malformed_pdf_is_a_damaged_pdf(tmp_path, name, data):
    path = tmp_path / "bad.pdf"
    path.write_bytes(data)
    result, seconds = _timed_read(path)
    assert isinstance(result, DocumentError)
    assert "damaged PDF" in str(result) and "\n" not in str(result)
    assert seconds < SECONDS


def test_pdf_with_thousands_of_pages_is_refused_quickly(tmp_path):
    pages = [[Text(72, 700, 12, "每一页都有一行正文。")]] * 5000
    path = tmp_path / "long.pdf"
    path.write_bytes(build_pdf(pages, shared_page=True))
    result, seconds = _timed_read(path)
    assert isinstance(result, DocumentError)
    assert "5000 pages" in str(result)
    assert seconds < 2.0


def test_pdf_that_lies_about_its_page_count_is_still_bounded(tmp_path):
    pages = [[Text(72, 700, 12, "每一页都有一行正文。")]] * (pdf_reader.MAX_PAGES + 50)
    data = build_pdf(pages, shared_page=True)
    # same length, so the cross-reference offsets stay right
    data = data.replace(f"/Count {len(pages)}".encode(), b"/Count 1   ")
    path = tmp_path / "liar.pdf"
    path.write_bytes(data)
    result, seconds = _timed_read(path)
    assert isinstance(result, DocumentError)
    assert f"more than {pdf_reader.MAX_PAGES} pages" in str(result)
    assert seconds < 30.0


@pytest.mark.timed
@pytest.mark.slow
def test_pdf_decompression_bomb_is_refused_before_inflating(tmp_path):
    bomb = zlib.compress(b"0 0 m\n" * (40 << 20), 9)  # 240 MB of drawing operators
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(bomb) + bomb + b"\nendstream",
    ]
    path = tmp_path / "bomb.pdf"
    path.write_bytes(assemble(objects, 1))
    assert path.stat().st_size < 1 << 20
    result, seconds = _timed_read(path)
    assert isinstance(result, DocumentError)
    assert "decompression bomb" in str(result)
    assert seconds < SECONDS


@pytest.mark.timed
@pytest.mark.slow
def test_pdf_page_with_too_much_text_is_refused(tmp_path):
    count = pdf_reader.MAX_TEXT_OPS_PER_PAGE + 1
    page = [Text(72 + (i % 40) * 12, 800 - (i // 40) % 60 * 12, 12, "中") for i in range(count)]
    path = tmp_path / "dense.pdf"
    path.write_bytes(build_pdf([page]))
    result, seconds = _timed_read(path)
    assert isinstance(result, DocumentError)
    assert "pieces of text" in str(result)
    assert seconds < 30.0


# -- no traceback, whatever the bytes ------------------------------------------------------


def _samples() -> dict[str, bytes]:
    return {
        "news.html": (FORMATS / "news-gbk.html").read_bytes(),
        "report.md": (FORMATS / "report.md").read_bytes(),
        "report.pdf": (FORMATS / "report.pdf").read_bytes(),
        "report.docx": _small_docx(),
    }


@pytest.mark.parametrize("name", ["news.html", "report.md", "report.pdf", "report.docx"])
def test_damaged_copies_never_raise_anything_but_document_error(tmp_path, name):
    original = _samples()[name]
    rng = random.Random(name)
    for trial in range(25):
        data = bytearray(original)
        for _ in range(rng.randrange(1, 40)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        if trial % 5 == 0:
            data = data[: rng.randrange(1, len(data))]
        path = tmp_path / f"{trial}-{name}"
        path.write_bytes(bytes(data))
        result, seconds = _timed_read(path)  # anything else than these two fails the test
        assert isinstance(result, DecodedSource | DocumentError)
        assert seconds < SECONDS


def test_limits_are_what_the_readme_says():
    assert docx_reader.MAX_UNCOMPRESSED_BYTES == 200 * 1024 * 1024
    assert docx_reader.MAX_RATIO == 100
    assert pdf_reader.MAX_PAGES == 1000
    assert pdf_reader.MAX_SECONDS == 60.0


@pytest.mark.timed
@pytest.mark.slow
def test_pdf_reading_stops_at_the_time_limit(tmp_path):
    """A file of objects without a cross-reference table makes pdfminer scan every line;
    the scan stops at the limit (60 s in the app, 1 s here)."""
    data = b"%PDF-1.7\n" + b"".join(
        b"%d 0 obj\n<< /Type /Foo /N %d >>\nendobj\n" % (n, n) for n in range(1, 300_000)
    )
    path = tmp_path / "slow.pdf"
    start = time.process_time()
    with pytest.raises(DocumentError, match="more than 1 s to read"):
        pdf_reader.read_pdf(data, path, max_seconds=1.0)
    # The limit is the user's wall clock; the CPU the scan costs up to it is at most that
    # second (less on a busy machine), and a scan that runs on costs the whole file.
    assert time.process_time() - start < 5.0


def test_pdf_streams_labelled_as_images_still_count_towards_the_total(tmp_path):
    """pdfminer decodes any stream a page uses as content, whatever its dictionary says; so
    a bomb cannot hide behind ``/Subtype /Image``."""
    blank = zlib.compress(b"\0" * (90 << 20), 1)  # 90 MB each, under the per-stream limit
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents [4 0 R 5 0 R 6 0 R "
        b"7 0 R 8 0 R 9 0 R] >>",
    ]
    for _ in range(6):
        objects.append(
            b"<< /Subtype /Image /Length %d /Filter /FlateDecode >>\nstream\n" % len(blank)
            + blank
            + b"\nendstream"
        )
    path = tmp_path / "images.pdf"
    path.write_bytes(assemble(objects, 1))
    result, seconds = _timed_read(path)
    assert isinstance(result, DocumentError)
    assert "compressed streams that expand past 512 MB" in str(result)
    assert seconds < SECONDS
