"""What build.spec swaps in for size, checked from source (no freeze): the ``cryptography``
stand-in (freeze/shims, AES-CBC over pycryptodomex) and the trimmed ICU data
(freeze/icu_data.py).  The frozen app itself is checked in test_frozen.py."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import sys
from pathlib import Path

import pytest
from frozen_helpers import (
    AES_ALGORITHMS,
    PLAIN_PDF,
    PYTHON,
    REPO,
    SHIM_CLI,
    aes_encrypted_pdf,
    child_env,
    run,
    shim_env,
)

sys.path.insert(0, str(REPO / "freeze"))
import icu_data  # noqa: E402

ICU_PROBE = Path(__file__).with_name("icu_probe.py")


def _need_cryptodome():
    if importlib.util.find_spec("Cryptodome") is None:
        message = "pycryptodomex (build extra) backs the frozen app's cryptography stand-in"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


# --- cryptography stand-in --------------------------------------------------------------------
SHIM_ROUND_TRIP = """
import json, sys, cryptography
from cryptography.hazmat.backends import default_backend
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
assert cryptography.__version__.endswith("shim"), cryptography.__file__
cases = json.loads(sys.stdin.read())
out = []
for key, iv, data, cut in cases:
    key, iv, data = bytes.fromhex(key), bytes.fromhex(iv), bytes.fromhex(data)
    cipher = Cipher(algorithms.AES(key), modes.CBC(iv), backend=default_backend())
    enc = cipher.encryptor()
    whole = len(data) - len(data) % 16
    ciphertext = enc.update(data[:cut]) + enc.update(data[cut:whole]) + enc.finalize()
    dec = cipher.decryptor()
    # pdfminer calls update() alone; a partial last block is held back, as cryptography does
    plain = dec.update(ciphertext[:cut]) + dec.update(ciphertext[cut:] + b"xyz")
    out.append([ciphertext.hex(), plain.hex()])
partial = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
partial.update(b"seventeen bytes!!")
try:
    partial.finalize()
except ValueError:
    print(json.dumps(out))
"""


def test_the_stand_in_encrypts_and_decrypts_as_cryptography_does(tmp_path):
    _need_cryptodome()
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    cases = []
    for key_size, length, cut in ((16, 48, 5), (24, 1000, 16), (32, 4096, 1), (32, 40, 17)):
        key, iv, data = os.urandom(key_size), os.urandom(16), os.urandom(length)
        cases.append([key.hex(), iv.hex(), data.hex(), cut])
    env = shim_env(tmp_path / "data")
    result = run([PYTHON, "-c", SHIM_ROUND_TRIP], env, timeout=60, input=json.dumps(cases))
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    for (key, iv, data, _), (ciphertext, plain) in zip(
        cases, json.loads(result.stdout), strict=True
    ):
        data = bytes.fromhex(data)
        whole = data[: len(data) - len(data) % 16]
        real = Cipher(algorithms.AES(bytes.fromhex(key)), modes.CBC(bytes.fromhex(iv)))
        expected = real.encryptor().update(whole)
        assert bytes.fromhex(ciphertext) == expected
        assert bytes.fromhex(plain) == whole


@pytest.mark.slow
@pytest.mark.parametrize("algorithm", AES_ALGORITHMS)
def test_aes_encrypted_pdf_reads_the_same_through_the_stand_in(tmp_path, algorithm):
    _need_cryptodome()
    encrypted = aes_encrypted_pdf(tmp_path, algorithm)
    args = ["analyze", "--json"]
    plain = run([PYTHON, "-m", "gui.cli", args[0], str(PLAIN_PDF), args[1]], child_env(tmp_path))
    shimmed = run([PYTHON, "-c", SHIM_CLI, args[0], str(encrypted), args[1]], shim_env(tmp_path))
    assert plain.returncode == 0, plain.stderr.decode(errors="replace")
    assert shimmed.returncode == 0, shimmed.stderr.decode(errors="replace")
    assert "兰州高新区" in json.loads(shimmed.stdout)["text"]
    assert shimmed.stdout == plain.stdout


# --- ICU data ---------------------------------------------------------------------------------
def icu_answers(env_extra: dict[str, str], tmp_path: Path) -> dict:
    result = run([PYTHON, str(ICU_PROBE)], child_env(tmp_path / "data", **env_extra), timeout=60)
    assert result.returncode == 0, result.stderr.decode(errors="replace")[-3000:]
    return json.loads(result.stdout)


def _venv_icudata() -> Path:
    from PySide6 import __file__ as pyside

    found = sorted((Path(pyside).parent / "Qt" / "lib").glob("libicudata.so.*"))
    if not found:
        pytest.skip("PySide6 has no bundled ICU here")
    return found[0]


@pytest.fixture(scope="module")
def trimmed_icudata(tmp_path_factory) -> Path:
    if sys.platform != "linux" or not (shutil.which("cc") or shutil.which("gcc")):
        pytest.skip("ICU data is trimmed on Linux, with a C compiler")
    source = _venv_icudata()
    target = tmp_path_factory.mktemp("icu") / source.name
    saved = icu_data.trimmed_library(source, target)
    assert saved > 13 * 2**20
    return target


def test_trimmed_icu_data_keeps_collation_zones_and_converters(trimmed_icudata):
    elf = trimmed_icudata.read_bytes()
    _, offset, size = icu_data._data_symbol(elf)
    _, items = icu_data.read_items(elf[offset : offset + size])
    trees = {name.split("/")[1] for name, _ in items if name.count("/") >= 2}
    assert {"coll", "zone"} <= trees
    assert not trees & set(icu_data.UNUSED_TREES)
    names = {name.split("/", 1)[1] for name, _ in items}
    assert {"coll/zh.res", "coll/ucadata.icu", "gb18030.cnv", "cnvalias.icu"} <= names


def test_qt_answers_the_same_with_the_trimmed_icu_data(trimmed_icudata, tmp_path):
    full = icu_answers({}, tmp_path)
    trimmed = icu_answers({"LD_PRELOAD": str(trimmed_icudata)}, tmp_path)
    assert full["sort zh_CN"][:3] == ["阿里", "北京", "重庆"]  # pinyin order: real collation
    assert full["zone Asia/Shanghai"][1] == "中国标准时间"
    assert trimmed == full


def test_the_icu_comparison_notices_missing_data(tmp_path):
    """Control: with the collation and zone trees gone too, Qt's answers change."""
    if sys.platform != "linux" or not (shutil.which("cc") or shutil.which("gcc")):
        pytest.skip("ICU data is trimmed on Linux, with a C compiler")
    source = _venv_icudata()
    target = tmp_path / "over" / source.name
    icu_data.trimmed_library(source, target, icu_data.UNUSED_TREES + ("coll", "zone"))
    over = icu_answers({"LD_PRELOAD": str(target)}, tmp_path)
    assert over["sort zh_CN"] != icu_answers({}, tmp_path)["sort zh_CN"]
    assert over["zone Asia/Shanghai"][1] != "中国标准时间"
