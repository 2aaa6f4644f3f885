"""The corpus tools take a batch number and refuse one they have nothing for.

One tool per job serves every batch of tests/data/real (docs/development.md, "The corpus tools"):
entities/build_batch.py, entities/agree.py and gold/second_pass/write_second_pass.py. A batch they do not
know (a typo, a batch not annotated yet, a batch without a blind pass) must stop them with one line on
stderr and a non-zero exit, never a traceback or an empty success.
"""

import subprocess
import sys
from pathlib import Path

import pytest

REAL = Path(__file__).resolve().parents[1] / "data" / "real"
TOOLS = {
    "build": REAL / "entities" / "build_batch.py",
    "agree": REAL / "entities" / "agree.py",
    "outline": REAL / "gold" / "second_pass" / "write_second_pass.py",
}


def _run(tool, *args):
    return subprocess.run(
        [sys.executable, str(TOOLS[tool]), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )


@pytest.mark.parametrize(
    ("tool", "args"),
    [
        ("build", ("--batch", "99")),  # no such batch (every batch up to 12 has its gold)
        ("build", ("--batch", "x", "--check")),
        ("build", ()),
        ("agree", ("--batch", "99")),  # no such batch
        ("agree", ("--batch", "2")),  # annotated, but without a blind second pass
        (
            "agree",
            ("--batch", "6", "--dev"),
        ),  # batch 6's blind pass read the whole batch: no dev set
        ("agree", ()),
        ("outline", ("--batch", "99")),  # no such batch
        ("outline", ("--batch", "4")),  # batch 4 had no independent outline pass
        ("outline", ()),
    ],
)
def test_a_tool_refuses_an_unknown_batch_with_one_line_and_a_non_zero_exit(tool, args):
    done = _run(tool, *args)
    assert done.returncode != 0
    assert done.stdout == ""
    assert len(done.stderr.splitlines()) == 1, done.stderr
    assert "Traceback" not in done.stderr
    if args:
        assert repr(args[1] + ("dev" if "--dev" in args else "")) in done.stderr


@pytest.mark.parametrize("tool", list(TOOLS))
def test_the_refusal_names_the_batches_the_tool_knows(tool):
    # the line says what would have worked: batch 9 has lists, a blind pass and an outline pass
    done = _run(tool, "--batch", "99")  # no such batch, for every tool
    known = done.stderr.split("(known: ", 1)[1].rstrip().removesuffix(")")
    assert "9" in known.split(", ")
