"""Notes benchmarks (issue 5): open a document's notes, re-anchor, export.

Run: ``.venv/bin/python benchmarks/bench_notes.py``. Uses a temporary data dir; prints
figures and ratios against reading the report itself, measured in the same run.

Goals: with 10,000 notes in the store (10 documents), opening a document with 1,000 notes
(load + re-anchor against unchanged text) adds ≤ 200 ms; exporting all 10,000 notes takes
≤ 1 s per format.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from gui.core.notes import (  # noqa: E402
    NoteStore,
    export_notes,
    load_document_notes,
    new_passage_note,
    reanchor_all,
)
from gui.core.notes.fuzzy import fuzzy_find  # noqa: E402
from gui.core.reading import document_from_text, read_document  # noqa: E402

REPORT = REPO / "resources" / "lanzhou-hi-tech-zone-2021.txt"
DOCUMENTS = 10
NOTES_PER_DOCUMENT = 1000


def timed(run: Callable[[], object], repeat: int = 5) -> tuple[float, object]:
    """Median wall time in seconds over ``repeat`` runs, and the last result."""
    times = []
    result = None
    for _ in range(repeat):
        began = time.perf_counter()
        result = run()
        times.append(time.perf_counter() - began)
    return statistics.median(times), result


def make_notes(document, count: int, rng: random.Random) -> list:
    text = document.text
    notes = []
    for i in range(count):
        start = rng.randrange(0, len(text) - 40)
        end = start + rng.randint(4, 40)
        body = "" if i % 3 == 0 else f"筆記 {i}: 這一段值得注意。"
        tags = ["policy", f"t{i % 7}"] if i % 2 else []
        colour = ("yellow", "green", "blue", "pink", "purple")[i % 5]
        notes.append(new_passage_note(document, start, end, body=body, colour=colour, tags=tags))
    return notes


def main() -> int:
    rng = random.Random(2021)
    ms = 1000.0
    base_text = REPORT.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        documents = []
        for i in range(DOCUMENTS):
            path = folder / f"report-{i}.txt"
            path.write_text(base_text if i == 0 else f"版本 {i}\n{base_text}", encoding="utf-8")
            documents.append(read_document(path))
        store_path = folder / "data" / "notes.sqlite3"
        store = NoteStore(store_path)
        began = time.perf_counter()
        prepared = [make_notes(document, NOTES_PER_DOCUMENT, rng) for document in documents]
        create = time.perf_counter() - began
        began = time.perf_counter()
        for notes in prepared:
            store.add_many(notes)
        fill = time.perf_counter() - began
        store.close()
        print(f"store: {DOCUMENTS * NOTES_PER_DOCUMENT} notes in {DOCUMENTS} documents")
        print(f"  create the notes (anchors):    {create * ms:8.1f} ms")
        print(f"  bulk insert (10 transactions): {fill * ms:8.1f} ms")
        started = time.perf_counter()
        single = NoteStore(store_path)
        one = new_passage_note(documents[0], 10, 20)
        for _ in range(100):
            single.add(one)
            single.delete(one.id)
        per_change = (time.perf_counter() - started) / 200
        single.close()
        print(f"  one change (own transaction):  {per_change * ms:8.2f} ms")

        read_time, _ = timed(lambda: read_document(documents[0].path))
        open_store, store = timed(lambda: NoteStore.open(store_path), repeat=3)
        document = documents[0]
        load_time, results = timed(lambda: load_document_notes(store, document))
        query_time, _ = timed(lambda: store.notes_for(document.fingerprint))
        assert len(results) == NOTES_PER_DOCUMENT
        print()
        print("open a document with 1,000 notes (text unchanged)")
        print(f"  baseline read_document(report): {read_time * ms:8.1f} ms")
        print(f"  open the store (quick_check):   {open_store * ms:8.1f} ms  (once per session)")
        print(f"  query 1,000 notes:              {query_time * ms:8.1f} ms")
        print(
            f"  load + re-anchor 1,000 notes:   {load_time * ms:8.1f} ms  "
            f"(goal ≤ 200 ms; {load_time / read_time:.2f}× read_document)"
        )

        notes = [r.note for r in results]
        edited = document_from_text("新增的第一段,用來測試重新定位的速度。\n" + document.text)
        shifted, shifted_results = timed(lambda: reanchor_all(notes, edited), repeat=3)
        statuses = {}
        for r in shifted_results:
            statuses[r.status.value] = statuses.get(r.status.value, 0) + 1
        print(f"  re-anchor after a paragraph was inserted: {shifted * ms:8.1f} ms  {statuses}")

        big = "".join(rng.choice(base_text[:1100]) for _ in range(1_000_000))
        quotes = []
        for i in range(20):
            start = 45_000 * i + 777
            quote = big[start : start + 40]
            quotes.append(quote[:6] + "改" + quote[7:25] + quote[28:])
        fuzzy_time, _ = timed(lambda: [fuzzy_find(big, q, hint=0) for q in quotes], repeat=3)
        print(f"  fuzzy search on 1M characters: {fuzzy_time / len(quotes) * ms:8.1f} ms per quote")

        print()
        print(f"export all {DOCUMENTS * NOTES_PER_DOCUMENT} notes (10 documents)")
        by_document = {d.fingerprint: store.notes_for(d.fingerprint) for d in documents}
        for fmt in ("md", "html", "csv", "json"):
            for script in ("original", "hans"):
                seconds, _ = timed(
                    lambda fmt=fmt, script=script: [
                        export_notes(d, by_document[d.fingerprint], fmt, script) for d in documents
                    ],
                    repeat=3,
                )
                print(
                    f"  {fmt:5} {script:8}: {seconds * ms:8.1f} ms  "
                    f"(goal ≤ 1000 ms; {seconds / read_time:.1f}× read_document)"
                )
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
