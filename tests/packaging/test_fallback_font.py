"""The bundled CJK font is used only when the system has none, and then renders Chinese."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from frozen_helpers import PYTHON, child_env, empty_fontconfig, run

PROBE = """
import json
from PySide6.QtWidgets import QApplication
from gui import fonts

app = QApplication([])
before = fonts.renders_han()
result = fonts.ensure_cjk_font()
after = fonts.renders_han()
print(json.dumps({"system": list(result.system_families), "registered": result.registered_family,
                  "error": result.error, "before": before[0], "after": after[0],
                  "detail": after[1]}))
"""


def _probe(env) -> dict:
    result = run([PYTHON, "-c", PROBE], env, timeout=60)
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    return json.loads(result.stdout.decode("utf-8").strip().splitlines()[-1])


def test_without_any_system_font_the_fallback_is_registered_and_renders_han(tmp_path):
    env = child_env(tmp_path / "data", FONTCONFIG_FILE=str(empty_fontconfig(tmp_path)))
    out = _probe(env)
    assert out["system"] == []
    assert not out["before"], "the probe must see the missing-glyph box before registering"
    assert out["registered"] == "WenQuanYi Micro Hei", out
    assert out["after"], out["detail"]


def test_with_a_system_cjk_font_nothing_is_registered(tmp_path):
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        pytest.skip("fontconfig tools not installed")
    listed = subprocess.run([fc_list, ":lang=zh"], capture_output=True, text=True).stdout
    if not listed.strip():
        pytest.skip("no system CJK font (.ci/bootstrap installs fonts-wqy-microhei)")
    out = _probe(child_env(tmp_path / "data"))
    assert out["system"], out
    assert out["registered"] is None
    assert out["after"], out["detail"]
