"""An installed textkit (its wheel) carries what `textkit serve` and the Chinese messages need."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                            "-w", str(out), str(ROOT)], capture_output=True, text=True)
    if build.returncode != 0:
        pytest.skip(f"cannot build a wheel here: {build.stderr.strip()[-300:]}")
    (wheel,) = out.glob("textkit-*.whl")
    zipfile.ZipFile(wheel).extractall(out / "site")
    return out / "site"


def test_the_installed_app_serves_its_pages_and_static_files(site, tmp_path):
    code = ("import textkit, textkit.web as w; from fastapi.testclient import TestClient; "
            "assert textkit.__file__.startswith(%r), textkit.__file__; "
            "c = TestClient(w.create_app(settings=w.Settings(index_path=None))); "
            "print([c.get(p).status_code for p in ('/search?q=两个维护', '/documents', '/quiz', '/take', "
            "'/static/textkit.js', '/static/textkit.css')])" % str(site))
    env = {**os.environ, "PYTHONPATH": str(site), "TEXTKIT_CACHE_DIR": str(tmp_path / "cache")}
    run = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, env=env)
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.strip() == "[200, 200, 200, 200, 200, 200]"


def test_the_installed_command_line_speaks_chinese(site, tmp_path):
    pytest.importorskip("babel")
    env = {**os.environ, "PYTHONPATH": str(site), "TEXTKIT_CACHE_DIR": str(tmp_path / "cache"), "LANG": "zh_CN.UTF-8"}
    env.pop("LC_ALL", None), env.pop("LANGUAGE", None), env.pop("LC_MESSAGES", None)
    run = subprocess.run([sys.executable, "-m", "textkit", "index"], cwd=tmp_path, capture_output=True, text=True, env=env)
    assert "错误：请用 --index 路径" in run.stderr
