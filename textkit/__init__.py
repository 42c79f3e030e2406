"""textkit: search Chinese policy and study documents and turn them into quizzes.

>>> from textkit import Segmenter
>>> Segmenter()("坚决做到两个维护")
['坚决', '做到', '两个维护']
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

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
    "Excerpt": "excerpts",
    "Hit": "index",
    "Phrase": "phrases",
    "Quiz": "quiz",
    "SearchIndex": "index",
    "Segmenter": "segment",
    "TextkitError": "errors",
    "extract_phrases": "phrases",
    "grade": "grading",
    "load_corpus": "load",
    "make_quiz": "quiz",
}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(importlib.import_module(f".{_WHERE[name]}", __name__), name)
    raise AttributeError(f"module 'textkit' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)


if TYPE_CHECKING:
    from .errors import TextkitError
    from .excerpts import Excerpt
    from .grading import grade
    from .index import Hit, SearchIndex
    from .load import load_corpus
    from .phrases import Phrase, extract_phrases
    from .quiz import Quiz, make_quiz
    from .segment import Segmenter
