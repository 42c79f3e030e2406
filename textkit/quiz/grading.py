"""Grading: verdicts and points per item, per blank, and for a whole answer sheet.

What counts as a right answer is in :mod:`textkit.quiz.matching` (tolerant of how people type,
never of containment). Points follow :func:`~textkit.quiz.model.item_points`: a cloze item earns
its points per right blank (three blanks, one wrong: two thirds); a multi item earns them all when
exactly the right options are chosen, half (rounded down to a multiple of 0.5; a 3-point item
gives 1.5) when only right options are chosen but not all, nothing otherwise (``MULTI_RULE``).
"""

from __future__ import annotations

import logging
import math
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Mapping, Sequence

from ..errors import QuizError
from .answer_files import read_answers  # its old home: callers import it from here
from .matching import blanks_right, choice_correct, judge_correct, key, multi_selection
from .model import ITEM_KINDS, Quiz, QuizItem, item_points

log = logging.getLogger("textkit")
#: A printed number as people write it: 1, 01, 第1题, 题号1, No.1, and q1 where no id is q01 (after :func:`fold_id`).
ITEM_NUMBER = re.compile(r"(?:q|第|题号?|no\.?|#)?0*(\d+)(?:题|\.0)?")

__all__ = ["GradeReport", "ItemResult", "grade", "score_item", "is_correct", "expected", "key",
           "resolve_ids", "item_numbers", "ItemIds", "format_points", "read_answers"]


@dataclass(frozen=True)
class ItemResult:
    """The verdict on one item: what was given, what was expected, the points earned of ``full_points``."""

    id: str
    correct: bool
    given: str
    expected: str
    points: float = 0
    full_points: float = 0

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "correct": self.correct, "given": self.given, "expected": self.expected,
                "points": _number(self.points), "full_points": _number(self.full_points)}


@dataclass(frozen=True)
class GradeReport:
    """Per-item verdicts; ``correct``/``total`` count items, ``score``/``full_score`` count points."""

    results: list[ItemResult]
    correct: int
    total: int
    score: float = 0
    full_score: float = 0
    unknown: list[str] = field(default_factory=list)  # answer ids that name no item (reported, not graded)

    def summary(self) -> str:
        """``得分：38/46 分（答对 17/20 题）``, the line `quiz take` and `quiz grade` end with."""
        return (f"得分：{format_points(self.score)}/{format_points(self.full_score)} 分"
                f"（答对 {self.correct}/{self.total} 题）")


def grade(quiz: Quiz, answers: Mapping[str, str | Sequence[str]]) -> GradeReport:
    """Grade ``answers`` (``{item id or printed number: answer or [answer per blank]}``) against ``quiz``.

    Ids may be the item's id in any case (``q01``, ``Q01``), or the number printed on the sheet
    (``1``, ``q1``, ``第1题``). An id naming no item is logged as a warning on the ``textkit``
    logger and listed in ``GradeReport.unknown``; the other answers are graded.
    """
    by_id, unknown = resolve_ids(quiz, answers)
    if unknown and not by_id:
        raise QuizError(f"answers name items the quiz does not have: {', '.join(unknown[:5])}; are they "
                        "the answers to this quiz? Name items by their printed number (1, 2, …) or id (q01, …)")
    if unknown:
        log.warning("answers name items the quiz does not have (not graded): %s", ", ".join(unknown[:10]))
    results = []
    for item in quiz.items:
        givens = _as_list(by_id.get(item.id))
        points, correct = score_item(item, givens)
        results.append(ItemResult(item.id, correct, "、".join(givens), expected(item), points, float(item_points(item))))
    return GradeReport(
        results,
        correct=sum(r.correct for r in results),
        total=len(results),
        score=round(sum(r.points for r in results), 2),
        full_score=float(sum(item_points(item) for item in quiz.items)),
        unknown=unknown,
    )


def score_item(item: QuizItem, given: str | Sequence[str] | None) -> tuple[float, bool]:
    """The points ``given`` earns on ``item``, and whether it is wholly right."""
    givens = _as_list(given)
    full = float(item_points(item))
    if not any(g.strip() for g in givens):
        return 0.0, False
    if item.kind in ("choice", "source"):
        right = choice_correct(item, givens)
        return (full if right else 0.0), right
    if item.kind == "judge":
        right = judge_correct(item, givens)
        return (full if right else 0.0), right
    if item.kind == "multi":
        chosen = multi_selection(item, givens)
        wanted = {i for i, c in enumerate(item.choices) if c in item.answers}
        if chosen is None or not wanted:
            return 0.0, False
        if chosen == wanted:
            return full, True
        if chosen < wanted:
            return math.floor(full) / 2, False
        return 0.0, False
    n = max(1, len(item.answers))
    right = blanks_right(item, givens)
    return round(full * right / n, 2), right == n


def is_correct(item: QuizItem, given: str | Sequence[str] | None) -> bool:
    """Whether ``given`` answers ``item`` wholly (one string, or one string per blank)."""
    return score_item(item, given)[1]


def expected(item: QuizItem) -> str:
    """The right answer as shown to the user (with its letter for an item with options)."""
    if item.kind in ("choice", "source") and item.answer_letter:
        return f"{item.answer_letter}. {item.answers[0]}"
    if item.kind == "multi" and item.answer_letters:
        return f"{item.answer_letters}（{'、'.join(item.answers)}）"
    return "、".join(item.answers)


def item_numbers(quiz: Quiz) -> dict[int, QuizItem]:
    """Items by the number printed on the sheet.

    A paper presents its items kind by kind in ``ITEM_KINDS`` order (一、填空题 二、单项选择题 …),
    numbered 1… across the paper, so the printed number is the position in that order; where the
    maker numbers its ids the same way (``q07`` printed as 7) the two agree.
    """
    rank = {kind: i for i, kind in enumerate(ITEM_KINDS)}
    ordered = sorted(quiz.items, key=lambda item: rank.get(item.kind, len(rank)))  # stable: within a kind, as made
    return dict(enumerate(ordered, 1))


def resolve_ids(quiz: Quiz, answers: Mapping[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """``answers`` keyed by item id, and the keys that name no item, in the order given."""
    ids = ItemIds(quiz)
    out: dict[str, Any] = {}
    unknown: list[str] = []
    for raw, value in answers.items():
        item = ids.find(str(raw))
        if item is None:
            unknown.append(str(raw))
        else:
            out[item.id] = value
    return out, unknown


class ItemIds:
    """Finds the item an answer names: its id in any case, width or padding (``q01``, ``Q01``, ``q1``),
    or the number printed on the sheet (``1``, ``第1题``, ``题号1``; see :func:`item_numbers`)."""

    def __init__(self, quiz: Quiz) -> None:
        self.numbers = item_numbers(quiz)
        self._ids: dict[str, QuizItem] = {}
        for item in quiz.items:
            self._ids.setdefault(fold_id(item.id), item)
            m = _PREFIXED.fullmatch(fold_id(item.id))
            if m:
                self._ids.setdefault(f"{m.group(1)}{int(m.group(2))}", item)

    def find(self, raw: str) -> QuizItem | None:
        f = fold_id(raw)
        if f in self._ids:
            return self._ids[f]
        m = _PREFIXED.fullmatch(f)
        if m and f"{m.group(1)}{int(m.group(2))}" in self._ids:
            return self._ids[f"{m.group(1)}{int(m.group(2))}"]
        m = ITEM_NUMBER.fullmatch(f)
        return self.numbers.get(int(m.group(1))) if m else None


_PREFIXED = re.compile(r"([a-z]+)(\d+)")


def fold_id(text: str) -> str:
    """An answer id as compared: half-width, no spaces, lower case."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).lower()


def format_points(value: float) -> str:
    """46 for 46.0, 1.5 for 1.5, 1.33 for 4/3."""
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else round(value, 2)


def _as_list(given: str | Sequence[str] | None) -> list[str]:
    if given is None:
        return []
    if isinstance(given, str):
        return [given]
    return [str(g) for g in given]
