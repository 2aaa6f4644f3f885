"""The self-test's machinery: checks, their results and the verdict (see :mod:`gui.selftest`)."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

#: Checks that must have run (not skipped) for the self-test to pass.
REQUIRED = ("outline", "script:")
WAIT_SECONDS = 30.0


class Skipped(Exception):
    """A capability this build does not have (yet)."""


class CheckFailed(Exception):
    """A check found something wrong (the message says what)."""


def require(condition: object, message: str) -> None:
    """Fail the running check with ``message`` unless ``condition`` holds (not ``assert``:
    ``python -O`` would strip it and every check would pass)."""
    if not condition:
        raise CheckFailed(message)


@dataclass
class Check:
    name: str
    ok: bool
    detail: str
    seconds: float
    skipped: bool = False

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "name": self.name,
            "ok": self.ok,
            "detail": self.detail,
            "seconds": round(self.seconds, 3),
        }
        if self.skipped:
            out["skipped"] = True
        return out


@dataclass
class SelfTest:
    """Runs named checks and collects their results."""

    checks: list[Check] = field(default_factory=list)

    def run(self, name: str, check: Callable[[], str]) -> Check:
        started = time.perf_counter()
        try:
            detail = check()
            result = Check(name, True, detail or "ok", 0.0)
        except Skipped as why:
            result = Check(name, True, f"skipped: not available ({why})", 0.0, skipped=True)
        except (CheckFailed, AssertionError) as err:
            result = Check(name, False, str(err) or "check failed", 0.0)
        except Exception as err:  # noqa: BLE001 - every failure becomes a report line
            result = Check(name, False, f"{type(err).__name__}: {err}", 0.0)
        result.seconds = time.perf_counter() - started
        self.checks.append(result)
        return result

    @property
    def passed(self) -> bool:
        if not all(c.ok for c in self.checks):
            return False
        ran = [c.name for c in self.checks if not c.skipped]
        return all(any(n.startswith(req) for n in ran) for req in REQUIRED)

    def summary(self) -> dict[str, Any]:
        from gui import __version__

        return {
            "passed": self.passed,
            "version": __version__,
            "frozen": bool(getattr(sys, "frozen", False)),
            "platform": platform_name(),
            "checks": [c.as_json() for c in self.checks],
        }


def platform_name() -> str:
    try:
        from PySide6.QtGui import QGuiApplication

        return QGuiApplication.platformName() or os.environ.get("QT_QPA_PLATFORM", "")
    except ImportError:
        return ""


def wait(predicate: Callable[[], bool], seconds: float = WAIT_SECONDS) -> bool:
    """Run the event loop until ``predicate()`` holds or ``seconds`` pass."""
    from PySide6.QtCore import QCoreApplication, QEventLoop, QThread

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if predicate():
            return True
        QThread.msleep(5)
    return predicate()
