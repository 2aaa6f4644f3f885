"""Where ``analyze --json`` spends its CPU, stage by stage (session 20).

    .venv/bin/python benchmarks/profile_analyze.py FILE [--top 40]

Runs the CLI's ``analyze`` on FILE in this process with the stages' functions wrapped from
outside (``gui/`` carries no probe): every plain function of the ``gui.core`` modules, as
each module holds it, is timed (process CPU) for its own time, less that of the wrapped
functions it called. Functions called hundreds of thousands of times carry the wrapper's
cost (~1 µs a call) into their callers' time: read the table as where to look, then time
the candidate alone. Imports are timed first, on their own.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import importlib
import io
import pkgutil
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

#: Exclusive CPU per wrapped function: its own time less that of the wrapped calls it made.
_totals: dict[str, float] = {}
_calls: dict[str, int] = {}
#: The children's time of each wrapped call in progress, innermost last.
_stack: list[float] = []


def _wrap(label: str, func):
    @functools.wraps(func)
    def timed(*args, **kwargs):
        _stack.append(0.0)
        start = time.process_time()
        try:
            return func(*args, **kwargs)
        finally:
            spent = time.process_time() - start
            children = _stack.pop()
            if _stack:
                _stack[-1] += spent
            _totals[label] = _totals.get(label, 0.0) + spent - children
            _calls[label] = _calls.get(label, 0) + 1

    timed.__wrapped_by_profile__ = True  # type: ignore[attr-defined]
    return timed


def _wrap_module(module) -> None:
    """Wrap the plain functions ``module`` holds (its own and those it imported from gui)."""
    for name, value in list(vars(module).items()):
        if (
            callable(value)
            and not isinstance(value, type)
            and getattr(value, "__module__", "").startswith("gui.")
            and not getattr(value, "__wrapped_by_profile__", False)
            and hasattr(value, "__code__")
        ):
            label = f"{value.__module__.removeprefix('gui.core.')}.{value.__qualname__}"
            setattr(module, name, _wrap(label, value))


#: Modules not on analyze's path (Qt-free but for the app's workers and stores).
_SKIP = {"entity_warm_child", "worker_pool", "worker_lifeline", "script_workers"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file")
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument(
        "--phases", action="store_true", help="only the phases, nothing wrapped (true CPU)"
    )
    args = parser.parse_args()

    start = time.process_time()
    import gui.cli.analyze as analyze
    import gui.core
    import gui.core.entities
    import gui.core.reading as reading

    modules = [
        importlib.import_module(f"{package.__name__}.{info.name}")
        for package in (gui.core, gui.core.entities)
        for info in pkgutil.iter_modules(package.__path__)
        if not info.ispkg and info.name not in _SKIP
    ]
    imports = time.process_time() - start
    if not args.phases:
        for module in modules:
            _wrap_module(module)

    phases: dict[str, float] = {}
    t0 = time.process_time()
    document = reading.read_document(args.file)
    phases["read_document"] = time.process_time() - t0
    t0 = time.process_time()
    result = analyze._analysis(document, None)
    phases["analysis (entities)"] = time.process_time() - t0
    t0 = time.process_time()
    with contextlib.redirect_stdout(io.StringIO()):
        sys.stdout.write(analyze.dumps(result) + "\n")
    phases["dumps"] = time.process_time() - t0

    print(f"imports (gui.cli.analyze, the entities package): {imports:.2f} s")
    for name, seconds in phases.items():
        print(f"{name}: {seconds:.2f} s")
    print()
    rows = sorted(_totals.items(), key=lambda kv: -kv[1])[: args.top]
    for label, seconds in rows:
        print(f"{seconds:7.3f} s  {_calls[label]:6d}  {label}")
    print(f"total of wrapped functions (exclusive): {sum(_totals.values()):.2f} s")


if __name__ == "__main__":
    main()
