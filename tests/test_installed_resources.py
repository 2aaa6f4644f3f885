"""A regular (non-editable) install finds resources/ outside the source checkout."""

import subprocess
import sys
import venv

import pytest

from gui.core import opencc_data, wording
from tests.conftest import REPO


@pytest.mark.slow
def test_wheel_install_finds_the_bundled_report(tmp_path):
    wheels = tmp_path / "wheels"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "-q",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(wheels),
            str(REPO),
        ],
        check=True,
        capture_output=True,
    )
    wheel = next(wheels.glob("report_reader-*.whl"))
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    site = next((env_dir / "lib").glob("python*/site-packages"))
    # Unpack the wheel the way an installer lays it out: package in site-packages, data
    # files under the environment's prefix. --ignore-installed: never uninstall the editable
    # install of the environment running this test.
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "-q",
            "--no-deps",
            "--no-compile",
            "--ignore-installed",
            "--prefix",
            str(env_dir),
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    probe = (
        "from gui.core.paths import resources_dir, default_report;"
        "print(resources_dir()); print(default_report().stat().st_size);"
        "from gui.core import opencc_data, wording;"
        "print(opencc_data.shipped_version().replace(' ', '_'));"
        "print(len(opencc_data.config_chain('s2twp')));"
        "print(len(wording.sense_rows()));"
        "from gui.core.reading_aids.dictionary import default_dictionary as d;"
        "print(d().longest_at('银行', 0).reading_entry.word_pinyin)"
    )
    result = subprocess.run(
        [str(python), "-c", probe], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    location, size, version, groups, senses, bank = result.stdout.split()
    assert bank == "yínháng"  # the dictionary archive (resources/cedict) is installed too
    # The current OpenCC data and the wording overlays are installed with the resources.
    assert version.replace("_", " ") == opencc_data.DATA_VERSION
    assert int(groups) == len(opencc_data.config_chain("s2twp"))
    assert int(senses) == len(wording.sense_rows()) > 0
    assert location == str(env_dir / "share" / "report-reader" / "resources")
    assert int(size) == (REPO / "resources" / "lanzhou-hi-tech-zone-2021.txt").stat().st_size
    assert site.is_dir()
