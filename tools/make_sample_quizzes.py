"""Regenerate the sample quiz sheets in quizzes/ from the bundled notice.

    python tools/make_sample_quizzes.py

Writes quizzes/notice-sample.md and quizzes/notice-sample.html: a mixed quiz of 15 items,
seed 7, made from corpus/. tests/export/test_export_samples.py fails when they are out of date.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = {"md": "notice-sample.md", "html": "notice-sample.html"}
SETTINGS = {"n": 15, "kind": "mixed", "seed": 7}


def build(out_dir: Path) -> list[Path]:
    """Write the sample sheets into ``out_dir``; return their paths."""
    from textkit.export import write_quiz
    from textkit.analysis.load import load_corpus
    from textkit.quiz import make_quiz

    quiz = make_quiz(load_corpus([ROOT / "corpus"]), **SETTINGS)
    written: list[Path] = []
    for fmt, name in SAMPLES.items():
        written += write_quiz(quiz, out_dir / name, fmt=fmt)
    return written


def main() -> None:
    for path in build(ROOT / "quizzes"):
        print(f"wrote {path.relative_to(ROOT)}")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))  # run from a checkout without installing
    main()
