"""JSON sheet: the documented quiz contract (``Quiz.to_json``), readable by ``quiz take`` and ``quiz grade``."""

from __future__ import annotations

from ..quiz.model import Quiz


def render(quiz: Quiz, part: str = "all") -> str:
    """The quiz as JSON text (UTF-8, not ASCII-escaped), one object with ``title``, ``seed`` and ``items``."""
    return quiz.to_json() + "\n"
