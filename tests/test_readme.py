"""The README's console examples print what the README shows.

Every ``$ textkit …`` line in a ```console block that is followed by the output it prints, and that
reads only the bundled corpus (no ``--index``, no file but standard input), is run and its output
compared with the README's line by line. A ``…`` in the README stands for text cut for width (any
run of characters). When output changes on purpose, the README changes in the same commit.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"


def _examples() -> list[tuple[int, str, list[str]]]:
    """(line number, command, expected output lines) of each console example with output."""
    out: list[tuple[int, str, list[str]]] = []
    lines = README.read_text(encoding="utf-8").splitlines()
    inside = False
    current: tuple[int, str, list[str]] | None = None
    for n, line in enumerate(lines, 1):
        if line.startswith("```"):
            if current and current[2]:
                out.append(current)
            current = None
            inside = line.strip() == "```console"
            continue
        if not inside:
            continue
        if line.startswith("$ "):
            if current and current[2]:
                out.append(current)
            current = (n, line[2:], [])
        elif current is not None:
            current[2].append(line)
    return out


def _reads_bundled_corpus_only(command: str) -> bool:
    words = shlex.split(command.split(" | ")[-1])
    if words[:1] != ["textkit"] or "--index" in words or "-o" in words:
        return False
    # A file argument other than standard input: the example needs files the reader does not have.
    return not any(Path(w).suffix in (".txt", ".json", ".md", ".docx", ".csv", ".jsonl") for w in words[1:])


EXAMPLES = [e for e in _examples() if _reads_bundled_corpus_only(e[1])]


def _matches(expected: str, actual: str) -> bool:
    pattern = ".*".join(re.escape(piece) for piece in expected.split("…"))
    return re.fullmatch(pattern, actual) is not None


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    env = dict(os.environ, NO_COLOR="1", TEXTKIT_CACHE_DIR=str(tmp_path_factory.mktemp("cache")), LC_ALL="C.UTF-8",
               LANG="C.UTF-8")
    env.pop("TEXTKIT_INDEX", None)
    return env


def test_the_readme_has_examples_to_check():
    assert len(EXAMPLES) >= 5, [cmd for _, cmd, _ in _examples()]


@pytest.mark.parametrize("line, command, expected", EXAMPLES, ids=[f"README.md:{e[0]}" for e in EXAMPLES])
def test_readme_example_prints_what_the_readme_shows(line, command, expected, env):
    # `textkit` as the installed command would run it, from the checkout under test.
    shell = command.replace("textkit ", f"{shlex.quote(sys.executable)} -m textkit ")
    run = subprocess.run(["bash", "-o", "pipefail", "-c", shell], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    actual = run.stdout.rstrip("\n").split("\n")
    assert len(actual) == len(expected), f"README.md:{line} shows {len(expected)} lines, textkit printed:\n{run.stdout}"
    for want, got in zip(expected, actual):
        assert _matches(want, got), f"README.md:{line}\n  README: {want}\n  prints: {got}"
