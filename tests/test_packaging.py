"""The wheel carries what an installed textkit needs: the bundled corpus, the lexicon, py.typed."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def unpacked(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(ROOT)],
        capture_output=True, text=True,
    )
    if build.returncode != 0:
        pytest.skip(f"cannot build a wheel here: {build.stderr.strip()[-300:]}")
    (wheel,) = out.glob("textkit-*.whl")
    site = out / "site"
    zipfile.ZipFile(wheel).extractall(site)
    return site


def test_wheel_holds_corpus_lexicon_and_type_marker(unpacked):
    names = {p.relative_to(unpacked).as_posix() for p in unpacked.rglob("*") if p.is_file()}
    assert any(n.startswith("textkit/corpus/") and n.endswith(".txt") for n in names)
    assert {"textkit/analysis/data/lexicon.txt", "textkit/analysis/data/stopwords.txt", "textkit/py.typed"} <= names


def test_installed_package_finds_its_bundled_corpus(unpacked, tmp_path):
    # Run from an empty folder so that the checkout's textkit/ and corpus/ cannot be picked up.
    code = "import textkit.search.bundled as b; d = b._corpus_dir(); print(d); print(sorted(p.name for p in d.iterdir()))"
    run = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True,
                         env={"PYTHONPATH": str(unpacked), "PATH": "/usr/bin:/bin"})
    assert run.returncode == 0, run.stderr
    where, listing = run.stdout.splitlines()
    assert where.startswith(str(unpacked))
    assert "通知" in listing
