"""Quizzes: key phrases, the items made of them, distractors, the maker, the model, grading, taking.

``from textkit.quiz import Quiz, QuizItem, make_quiz`` gives the model and the maker; the maker (and
with it the segmenter and the phrase tables) is imported only when first used.
"""

from __future__ import annotations

from typing import Any

from .model import BLANK_CHAR, INSTRUCTIONS, KINDS, Quiz, QuizItem

__all__ = ["BLANK_CHAR", "INSTRUCTIONS", "KINDS", "Quiz", "QuizItem", "make_quiz"]


def __getattr__(name: str) -> Any:
    if name == "make_quiz":
        from .maker import make_quiz

        return make_quiz
    raise AttributeError(f"module 'textkit.quiz' has no attribute {name!r}")
