"""The sample sheets in quizzes/ are what `python tools/make_sample_quizzes.py` makes now."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TOOL = ROOT / "tools" / "make_sample_quizzes.py"


def _tool():
    spec = importlib.util.spec_from_file_location("make_sample_quizzes", TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_samples_are_in_sync_with_the_generator(tmp_path):
    from textkit import quiz as quiz_module

    if not hasattr(quiz_module, "make_quiz"):
        pytest.skip("make_quiz is not written yet, so the samples cannot be regenerated")
    tool = _tool()
    written = tool.build(tmp_path)
    assert sorted(p.name for p in written) == sorted(tool.SAMPLES.values())
    for path in written:
        committed = ROOT / "quizzes" / path.name
        assert committed.exists(), f"{committed.name} is missing: run python tools/make_sample_quizzes.py"
        assert committed.read_bytes() == path.read_bytes(), (
            f"quizzes/{path.name} is out of date: run python tools/make_sample_quizzes.py"
        )


def test_html_sample_is_the_interactive_sheet():
    html = (ROOT / "quizzes" / "notice-sample.html").read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and 'id="quiz-data"' in html and "核对答案" in html
    md = (ROOT / "quizzes" / "notice-sample.md").read_text(encoding="utf-8")
    assert "## 一、填空题" in md and "## 参考答案" in md
