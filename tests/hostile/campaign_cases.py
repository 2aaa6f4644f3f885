"""The cases of the hostile-input campaign (``campaign.py`` runs them): how each one is set
up, run in a child process and judged. See that module for what the counts mean."""

from __future__ import annotations

import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_corpus as corpus  # noqa: E402
from run_limits import APP_ROOT, run_limited  # noqa: E402

HANG_SECONDS = 60.0
REPORT = corpus.REPORT


@dataclass
class Result:
    case: str
    group: str
    seconds: float
    peak_mb: float
    crashed: bool = False
    hung: bool = False
    traceback: bool = False
    notes_lost: int = 0
    answer: str = ""
    wrong: bool = False  # the case's expected answer is missing (silent loss, a misleading
    # message): not one of the four counts, reported beside them
    cpu_seconds: float = 0.0  # user + system: what the case cost, whatever the machine's load


def _cli(tmp: Path, *args, data_dir: Path | None = None, seconds: float = HANG_SECONDS):
    data_dir = data_dir or tmp / "data"
    data_dir.mkdir(exist_ok=True)
    argv = [sys.executable, "-m", "gui.cli", "--data-dir", str(data_dir)]
    argv += [os.fsencode(a) if isinstance(a, Path) else a for a in args]
    return run_limited(argv, seconds=seconds)


def _answer(outcome) -> str:
    if outcome.returncode == 0 and outcome.stdout.startswith(b"{"):
        try:
            result = json.loads(outcome.stdout)
            return f"read: {len(result['text']):,} characters, {len(result['sections'])} sections"
        except (ValueError, KeyError, TypeError):
            pass
    text = (outcome.stderr or outcome.stdout[:200]).decode(errors="replace").strip()
    return text.splitlines()[-1][:160] if text else ""


def result_of(outcome, case: str, group: str, notes_lost: int = 0) -> Result:
    return Result(
        case,
        group,
        round(outcome.seconds, 2),
        round(outcome.peak_mb),
        crashed=outcome.crashed,
        hung=outcome.hung,
        traceback=outcome.traceback_shown,
        notes_lost=notes_lost,
        answer=_answer(outcome),
        cpu_seconds=round(getattr(outcome, "cpu_seconds", 0.0), 2),
    )


def _file(tmp: Path, name: str, data: bytes) -> Path:
    path = tmp / name
    path.write_bytes(data)
    return path


def _report(tmp: Path) -> Path:
    return _file(tmp, "report.txt", corpus.report_bytes())


# -- CLI cases -----------------------------------------------------------------------------


def analyze(maker: Callable[[Path], Path]):
    def run(tmp: Path):
        return _cli(tmp, "analyze", maker(tmp), "--json")

    return run


def import_(maker: Callable[[Path], Path]):
    def run(tmp: Path):
        return _cli(tmp, "notes", "import", _report(tmp), maker(tmp))

    return run


def with_corrections(maker: Callable[[Path], None]):
    def run(tmp: Path):
        data = tmp / "data"
        data.mkdir()
        maker(data / "corrections.json")
        return _cli(tmp, "analyze", _report(tmp), "--json", data_dir=data)

    return run


def with_store(maker: Callable[[Path], None]):
    def run(tmp: Path):
        data = tmp / "data"
        data.mkdir()
        maker(data / "notes.sqlite3")
        notes = _file(tmp, "n.json", corpus.annotations_json(3))
        return _cli(tmp, "notes", "import", _report(tmp), notes, data_dir=data)

    return run


def bytes_of(name: str, maker: Callable[[], bytes]) -> Callable[[Path], Path]:
    return lambda tmp: _file(tmp, name, maker())


def special(path: str) -> Callable[[Path], Path]:
    return lambda tmp: Path(path)


def fifo(name: str) -> Callable[[Path], Path]:
    return lambda tmp: corpus.make_fifo(tmp / name)


def unix_socket(tmp: Path) -> Path:
    path = tmp / "report.txt"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    return path


def symlink_to(target: str, name: str = "report.txt") -> Callable[[Path], Path]:
    def make(tmp: Path) -> Path:
        (tmp / name).symlink_to(target)
        return tmp / name

    return make


def folder(name: str) -> Callable[[Path], Path]:
    def make(tmp: Path) -> Path:
        (tmp / name).mkdir()
        return tmp / name

    return make


def non_utf8_name(tmp: Path) -> Path:
    path = Path(os.fsdecode(os.path.join(os.fsencode(tmp), b"bad-\xff.txt")))
    path.write_bytes(corpus.report_bytes())
    return path


def single_line(megabytes: int) -> Callable[[], bytes]:
    def make() -> bytes:
        line = corpus.report_bytes().replace(b"\n", b"")
        return line * (megabytes * (1 << 20) // len(line) + 1)

    return make


def unclosed_html() -> bytes:
    return b"<!DOCTYPE html><html><body>" + b"<b>" * 100_000 + corpus.SENTENCE.encode() * 10


def huge_attribute_html() -> bytes:
    return (
        b"<!DOCTYPE html><html><body><div title='" + b"x" * (8 << 20) + b"'><p>"
        + corpus.SENTENCE.encode() + b"</p></div></body></html>"
    )  # fmt: skip


def pdf_deep_array() -> bytes:
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        corpus._FONT,
        corpus._page("5 0 R", " /Foo " + "[" * 100_000 + "]" * 100_000),
        corpus._stream(corpus._TEXT),
    ]
    return corpus.assemble(objects, 1)


def docx_with(method: int = 8, flags: int = 0) -> Callable[[], bytes]:
    """The document part stored with another compression method or the encryption flag."""

    def make() -> bytes:
        data = bytearray(corpus.docx_bytes())
        # Patch every local and central header of word/document.xml.
        name = b"word/document.xml"
        at = 0
        while (at := data.find(name, at + 1)) > 0:
            if data[at - 46 : at - 42] == b"PK\x01\x02":
                data[at - 46 + 8 : at - 46 + 10] = flags.to_bytes(2, "little")
                data[at - 46 + 10 : at - 46 + 12] = method.to_bytes(2, "little")
            elif data[at - 30 : at - 26] == b"PK\x03\x04":
                data[at - 30 + 6 : at - 30 + 8] = flags.to_bytes(2, "little")
                data[at - 30 + 8 : at - 30 + 10] = method.to_bytes(2, "little")
        return bytes(data)

    return make


def gb18030_with_bad_bytes() -> bytes:
    data = corpus.report_bytes().decode().encode("gb18030")
    return data[:3000] + b"\x80\xff" + data[3000:]


def deep_under_valid_top() -> bytes:
    return b'{"type": "AnnotationCollection", "first": {"items": ' + corpus.deep_json() + b"}}"


def oversized_annotations() -> bytes:
    return corpus.annotations_json(60_000)


def target_empty_list() -> bytes:
    return json.dumps([{"id": "urn:uuid:1", "type": "Annotation", "target": []}]).encode()


# -- notes cases ---------------------------------------------------------------------------


def _readable(path: Path) -> int:
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
            return db.execute("SELECT COUNT(*) FROM notes").fetchone()[0]
    except sqlite3.DatabaseError:
        return 0


def concurrent_import(tmp: Path) -> Result:
    report, data = _report(tmp), tmp / "data"
    notes = _file(tmp, "n.json", corpus.annotations_json(300))
    _cli(tmp, "notes", "export", report, "--format", "json")
    outcomes: list = [None, None]
    threads = [
        threading.Thread(
            target=lambda i=i: outcomes.__setitem__(i, _cli(tmp, "notes", "import", report, notes))
        )
        for i in range(2)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    worst = max(outcomes, key=lambda o: (o.returncode != 0, o.seconds))
    result = result_of(worst, "", "")
    result.notes_lost = max(0, 300 - _readable(data / "notes.sqlite3"))
    failed = [o for o in outcomes if o.returncode != 0]
    result.answer = _answer(failed[0]) if failed else "both succeeded"
    result.wrong = bool(failed)  # both should succeed (one finding the notes already there)
    return result


def damaged_database(tmp: Path) -> Result:
    report, data = _report(tmp), tmp / "data"
    notes = _file(tmp, "n.json", corpus.annotations_json(1007))
    _cli(tmp, "notes", "import", report, notes)
    path = data / "notes.sqlite3"
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page = db.execute("PRAGMA page_size").fetchone()[0]
        root = db.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'notes_by_document'"
        ).fetchone()[0]
    db.close()
    with open(path, "r+b") as out:
        out.seek((root - 1) * page)
        out.write(b"\xa5" * page)
    readable = _readable(path)
    outcome = _cli(tmp, "notes", "export", report, "--format", "json")
    try:
        exported = len(json.loads(outcome.stdout)["first"]["items"])
    except (ValueError, KeyError, TypeError):
        exported = 0
    return result_of(outcome, "", "", notes_lost=max(0, readable - exported))


def full_disk(tmp: Path) -> Result | None:
    mount = tmp / "disk"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mount)],
                      capture_output=True).returncode:  # fmt: skip
        return None
    try:
        notes = _file(tmp, "n.json", corpus.annotations_json(2000, body="满" * 200))
        outcome = _cli(tmp, "notes", "import", _report(tmp), notes, data_dir=mount)
        result = result_of(outcome, "", "")
        if b"disk I/O error" in outcome.stderr and b"disk is full" not in outcome.stderr:
            result.answer = "misleading: " + result.answer
        return result
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def immutable_store(tmp: Path) -> Result | None:
    report = _report(tmp)
    notes = _file(tmp, "n.json", corpus.annotations_json(5))
    _cli(tmp, "notes", "import", report, notes)
    files = list((tmp / "data").glob("notes.sqlite3*"))
    if subprocess.run(["chattr", "+i", *map(str, files)], capture_output=True).returncode:
        return None
    try:
        more = _file(tmp, "m.json", corpus.annotations_json(9))
        outcome = _cli(tmp, "notes", "import", report, more)
        result = result_of(outcome, "", "", notes_lost=max(0, 5 - _readable(files[0])))
        if b"export them" in outcome.stderr:
            result.answer = "misleading: " + result.answer
        return result
    finally:
        subprocess.run(["chattr", "-i", *map(str, files)], check=False)


# -- window cases --------------------------------------------------------------------------


def window(args: Callable[[Path], list], expect_exit: bool = False):
    """The app on ``args``: it should still be up after 8 s (or exit by itself if
    ``expect_exit``); a traceback shown is the error dialog's log entry."""

    def run(tmp: Path) -> Result:
        data = tmp / "data"
        argv = [sys.executable, "-m", "gui.app", *args(tmp)]
        if "--data-dir" not in argv:
            argv += ["--data-dir", str(data)]
        outcome = run_limited(argv, seconds=8.0)
        result = result_of(outcome, "", "")
        result.hung = False  # staying up is what a window does
        if outcome.hung:
            result.hung = expect_exit
            result.answer = "the window stayed up (closed after 8 s)"
        log = data / "report-reader.log"
        result.traceback = log.exists() and "Traceback" in log.read_text(errors="replace")
        if outcome.returncode is not None and outcome.returncode >= 0 and not expect_exit:
            result.answer = f"exited {outcome.returncode}: {result.answer}"
        return result

    return run


def fifo_window(where: str):
    """The app with a FIFO as the report or as corrections.json: its UI thread must not
    wait on the FIFO (a window that never paints counts as a hang)."""

    def run(tmp: Path) -> Result:
        data = tmp / "data"
        data.mkdir()
        report = tmp / "report.txt"
        if where == "report":
            corpus.make_fifo(report)
        else:
            report.write_bytes(corpus.report_bytes())
            corpus.make_fifo(data / where)
        env = dict(os.environ, PYTHONPATH=str(APP_ROOT), QT_QPA_PLATFORM="offscreen")
        argv = [sys.executable, "-m", "gui.app", str(report), "--data-dir", str(data)]
        start = time.monotonic()
        app = subprocess.Popen(argv, env=env, cwd=APP_ROOT, stderr=subprocess.DEVNULL)
        time.sleep(8)
        wait = Path(f"/proc/{app.pid}/wchan").read_text().strip() if app.poll() is None else ""
        app.kill()
        _, status, usage = os.wait4(app.pid, 0)
        app.returncode = 0
        blocked = wait in {"wait_for_partner", "pipe_read", "pipe_wait", "fifo_open"}
        log = data / "report-reader.log"
        return Result("", "", round(time.monotonic() - start, 2), round(usage.ru_maxrss / 1024),
                      hung=blocked, traceback=log.exists(),
                      answer=f"UI thread waits in {wait or '-'}",
                      cpu_seconds=round(usage.ru_utime + usage.ru_stime, 2))  # fmt: skip

    return run


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def workers_after(how: int):
    def run(tmp: Path) -> Result:
        report = tmp / "long.txt"
        text = corpus.report_bytes()
        report.write_bytes(text * (200_000 // len(text.decode()) + 1))
        env = dict(os.environ, PYTHONPATH=str(APP_ROOT), QT_QPA_PLATFORM="offscreen")
        argv = [sys.executable, "-m", "gui.app", str(report), "--data-dir", str(tmp / "data")]
        app = subprocess.Popen(argv, env=env, cwd=APP_ROOT, stderr=subprocess.DEVNULL)
        workers: list[int] = []
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and len(workers) < 2:
            time.sleep(0.2)
            workers = _children(app.pid)
        app.send_signal(how)
        app.wait(10)
        time.sleep(5)
        left = [p for p in workers if Path(f"/proc/{p}").exists()]
        for pid in left:
            os.kill(pid, signal.SIGKILL)
        return Result("", "", 5.0, 0, hung=bool(left),
                      answer=f"{len(left)} of {len(workers)} worker processes left")  # fmt: skip

    return run


# -- the campaign --------------------------------------------------------------------------

CASES: list[tuple[str, str, Callable]] = [
    # 1. non-UTF-8 names
    ("1 window: file name not UTF-8", "issue", window(lambda t: [str(non_utf8_name(t))])),
    ("1 window: --data-dir not UTF-8", "issue",
     window(lambda t: ["--data-dir", os.fsdecode(os.path.join(os.fsencode(t), b"d-\xfe"))],
            expect_exit=True)),
    ("1 cli: file name not UTF-8", "issue", analyze(non_utf8_name)),
    # 2. FIFOs and devices
    ("2 analyze a FIFO", "issue", analyze(fifo("report.txt"))),
    ("2 analyze /dev/zero", "issue", analyze(special("/dev/zero"))),
    ("2 notes import /dev/zero", "issue", import_(special("/dev/zero"))),
    ("2 corrections.json is a FIFO (analyze)", "issue", with_corrections(corpus.make_fifo)),
    ("2 window: report is a FIFO", "issue", fifo_window("report")),
    ("2 window: corrections.json is a FIFO", "issue", fifo_window("corrections.json")),
    # 3. PDF cycles
    ("3 PDF /Contents refers to itself", "issue",
     analyze(bytes_of("a.pdf", corpus.pdf_contents_self_reference))),
    ("3 PDF /Length refers to itself", "issue",
     analyze(bytes_of("a.pdf", corpus.pdf_length_self_reference))),
    ("3 PDF /Rotate two-object cycle", "issue", analyze(bytes_of("a.pdf", corpus.pdf_rotate_cycle))),
    # 4. DOCX lying about its size
    ("4 DOCX: 50 KB listed, 1 GB inflated", "issue",
     analyze(bytes_of("a.docx", corpus.docx_lying_about_size))),
    # 5. deep JSON
    ("5 annotation file nested 100,000 deep", "issue", import_(bytes_of("a.json", corpus.deep_json))),
    ("5 corrections.json nested 100,000 deep", "issue",
     with_corrections(lambda p: p.write_bytes(corpus.deep_json()))),
    # 6. lone surrogates
    ("6 note body with a lone surrogate", "issue",
     import_(bytes_of("a.json", corpus.annotation_with_lone_surrogate))),
    ("6 corrections entry with a lone surrogate", "issue",
     with_corrections(lambda p: p.write_bytes(corpus.corrections_with_lone_surrogate()))),
    # 7. deep HTML
    ("7 HTML nested 300 deep", "issue", analyze(bytes_of("a.html", corpus.deep_html))),
    # 8. concurrent imports
    ("8 two imports of one file at once (1)", "issue", concurrent_import),
    ("8 two imports of one file at once (2)", "issue", concurrent_import),
    ("8 two imports of one file at once (3)", "issue", concurrent_import),
    # 9. workers
    ("9 workers after kill -9 of the window", "issue", workers_after(signal.SIGKILL)),
    ("9 workers after TERM of the window", "issue", workers_after(signal.SIGTERM)),
    # 10. big ordinary input
    ("10 63 MB text", "issue", analyze(bytes_of("a.txt", corpus.big_text))),
    ("10 10 MB single line", "issue", analyze(bytes_of("a.txt", single_line(10)))),
    ("10 50 MB HTML page", "issue", analyze(bytes_of("a.html", lambda: corpus.big_html(50)))),
    # 11. misleading messages
    ("11 UTF-16 LE without BOM", "issue", analyze(bytes_of("a.txt", corpus.utf16_without_bom))),
    ("11 8 invalid bytes in UTF-8", "issue", analyze(bytes_of("a.txt", corpus.utf8_with_bad_bytes))),
    ("11 full disk during import", "issue", full_disk),
    ("11 immutable notes database", "issue", immutable_store),
    ("11 damaged database (1,007 notes)", "issue", damaged_database),
    # new cases, same kinds
    ("analyze /dev/urandom", "new", analyze(special("/dev/urandom"))),
    ("analyze /dev/null", "new", analyze(special("/dev/null"))),
    ("analyze a symlink to /dev/zero", "new", analyze(symlink_to("/dev/zero"))),
    ("analyze a Unix socket", "new", analyze(unix_socket)),
    ("analyze a folder named .docx", "new", analyze(folder("x.docx"))),
    ("analyze /proc/self/status (size 0, has text)", "new", analyze(special("/proc/self/status"))),
    ("notes import from a FIFO", "new", import_(fifo("n.json"))),
    ("notes.sqlite3 is a FIFO", "new", with_store(corpus.make_fifo)),
    ("notes.sqlite3 is a folder", "new", with_store(lambda p: p.mkdir())),
    ("corrections.json is a folder", "new", with_corrections(lambda p: p.mkdir())),
    ("window: settings.ini is a FIFO", "new", fifo_window("settings.ini")),
    ("corrections.json links to /dev/zero", "new",
     with_corrections(lambda p: p.symlink_to("/dev/zero"))),
    ("PDF page tree holds itself", "new", analyze(bytes_of("a.pdf", corpus.pdf_pages_cycle))),
    ("PDF chain of 200,000 references", "new",
     analyze(bytes_of("a.pdf", corpus.pdf_long_reference_chain))),
    ("PDF array nested 100,000 deep", "new", analyze(bytes_of("a.pdf", pdf_deep_array))),
    ("DOCX stored part listing 1000x its size", "new",
     analyze(bytes_of("a.docx", corpus.docx_stored_lying_about_size))),
    ("DOCX part with an unknown compression", "new", analyze(bytes_of("a.docx", docx_with(99)))),
    ("DOCX part flagged encrypted", "new", analyze(bytes_of("a.docx", docx_with(8, 1)))),
    ("annotations: deep inside a valid collection", "new",
     import_(bytes_of("a.json", deep_under_valid_top))),
    ("annotations: 20 MB file", "new", import_(bytes_of("a.json", oversized_annotations))),
    ("annotations: \"target\": [] (found by fuzzing)", "new",
     import_(bytes_of("a.json", target_empty_list))),
    ("HTML nested 5,000 deep", "new", analyze(bytes_of("a.html", lambda: corpus.deep_html(5000)))),
    ("HTML with 100,000 unclosed <b>", "new", analyze(bytes_of("a.html", unclosed_html))),
    ("HTML with an 8 MB attribute", "new", analyze(bytes_of("a.html", huge_attribute_html))),
    ("UTF-16 BE without BOM", "new",
     analyze(bytes_of("a.txt", lambda: corpus.utf16_without_bom("be")))),
    ("GB18030 with 2 bad bytes", "new", analyze(bytes_of("a.txt", gb18030_with_bad_bytes))),
    ("16 MB single line", "new", analyze(bytes_of("a.txt", single_line(16)))),
]  # fmt: skip


#: What the answer must contain for a case whose failure would otherwise be silent.
EXPECT = {
    "7 HTML nested 300 deep": "第5段",
    "HTML nested 5,000 deep": "第5段",
    "3 PDF /Rotate two-object cycle": "Annual report",
    "11 UTF-16 LE without BOM": "蘭州高新區",
    "UTF-16 BE without BOM": "蘭州高新區",
    "11 8 invalid bytes in UTF-8": "could not be decoded",
    "GB18030 with 2 bad bytes": "could not be decoded",
    "2 analyze a FIFO": "not a file",
    "2 analyze /dev/zero": "not a file",
    "analyze a Unix socket": "not a file",
    "1 cli: file name not UTF-8": "蘭州高新區",
}
