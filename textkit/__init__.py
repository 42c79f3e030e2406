"""textkit: search Chinese policy and study documents and turn them into quizzes.

>>> from textkit import Segmenter
>>> Segmenter()("坚决做到两个维护")
['坚决', '做到', '两个维护']
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._version import __version__

__all__ = [
    "Excerpt",
    "Hit",
    "Phrase",
    "Quiz",
    "SearchIndex",
    "Segmenter",
    "TextkitError",
    "extract_phrases",
    "grade",
    "load_corpus",
    "make_quiz",
    "__version__",
]

# Public names resolve on first use, so that `textkit --help` does not pay for numpy or jieba.
_WHERE = {
    "Excerpt": "analysis.excerpts",
    "Hit": "search.hits",
    "Phrase": "quiz.phrases",
    "Quiz": "quiz.model",
    "SearchIndex": "search.index",
    "Segmenter": "analysis.segment",
    "TextkitError": "errors",
    "extract_phrases": "quiz.phrases",
    "grade": "quiz.grading",
    "load_corpus": "analysis.load",
    "make_quiz": "quiz.maker",
}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(importlib.import_module(f".{_WHERE[name]}", __name__), name)
    raise AttributeError(f"module 'textkit' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)


if TYPE_CHECKING:
    from .analysis.excerpts import Excerpt
    from .analysis.load import load_corpus
    from .analysis.segment import Segmenter
    from .errors import TextkitError
    from .quiz.grading import grade
    from .quiz.maker import make_quiz
    from .quiz.model import Quiz
    from .quiz.phrases import Phrase, extract_phrases
    from .search.hits import Hit
    from .search.index import SearchIndex
