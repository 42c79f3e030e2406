"""Grading: tolerant matching of given answers against a quiz's answers.

Tolerant of what does not change the answer — full/half width, spaces, punctuation and
quotation marks, traditional vs simplified characters, listed alternatives (``accept``), a
choice given by its letter — but never of containment: 不等于 is not 等于.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping, Sequence

from ..analysis.normalize import analysis_form
from ..errors import QuizError
from .model import Quiz, QuizItem

LETTERS = "ABCDEFGH"
BLANK_SEPARATOR = "|"  # several blanks in one CSV cell: 劳模精神|劳动精神|工匠精神


@dataclass(frozen=True)
class ItemResult:
    """The verdict on one item: what was given and what was expected."""

    id: str
    correct: bool
    given: str
    expected: str

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "correct": self.correct, "given": self.given, "expected": self.expected}


@dataclass(frozen=True)
class GradeReport:
    """Per-item verdicts and the total."""

    results: list[ItemResult]
    correct: int
    total: int


def grade(quiz: Quiz, answers: Mapping[str, str | Sequence[str]]) -> GradeReport:
    """Grade ``answers`` (``{item_id: answer or [answer per blank]}``) against ``quiz``."""
    known = {item.id for item in quiz.items}
    unknown = sorted(set(answers) - known)
    if unknown:
        raise QuizError(f"answers name items the quiz does not have: {', '.join(unknown[:5])}")
    results = []
    for item in quiz.items:
        given = answers.get(item.id)
        givens = _as_list(given)
        results.append(ItemResult(item.id, is_correct(item, givens), "、".join(givens), expected(item)))
    return GradeReport(results, sum(r.correct for r in results), len(results))


def expected(item: QuizItem) -> str:
    """The right answer as shown to the user (with its letter for a choice item)."""
    if item.kind == "choice" and item.answer_letter:
        return f"{item.answer_letter}. {item.answers[0]}"
    return "、".join(item.answers)


def is_correct(item: QuizItem, given: str | Sequence[str] | None) -> bool:
    """Whether ``given`` answers ``item`` (one string, or one string per blank)."""
    givens = _as_list(given)
    if not givens or not any(g.strip() for g in givens):
        return False
    if item.kind == "choice":
        return len(givens) == 1 and _choice_matches(item, givens[0])
    accepted = [[a, *(item.accept[i] if i < len(item.accept) else [])] for i, a in enumerate(item.answers)]
    if len(givens) == 1 and len(accepted) > 1:
        givens = _split_blanks(givens[0], len(accepted))
    if len(givens) != len(accepted):
        return False
    if all(_matches(g, alts) for g, alts in zip(givens, accepted)):
        return True
    # A series may be given in another order (劳动精神、劳模精神、工匠精神): still right.
    if len(accepted) <= 6 and len({key(a[0]) for a in accepted}) == len(accepted):
        return any(all(_matches(g, alts) for g, alts in zip(givens, perm)) for perm in itertools.permutations(accepted))
    return False


def key(text: str) -> str:
    """The form answers are compared in: simplified, half-width, no spaces or punctuation."""
    form = analysis_form(unicodedata.normalize("NFKC", text))
    return "".join(ch for ch in form if not _ignorable(ch)).lower()


def _ignorable(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch)[0] in "PZC" or ch in "＿_"


def _matches(given: str, alternatives: Sequence[str]) -> bool:
    g = key(given)
    return bool(g) and any(g == key(a) for a in alternatives)


def _choice_matches(item: QuizItem, given: str) -> bool:
    letter = key(given).upper().rstrip(".")
    if len(letter) == 1 and letter in LETTERS:
        return letter == item.answer_letter
    return _matches(given, [item.answers[0], *(item.accept[0] if item.accept else [])])


def _split_blanks(given: str, n: int) -> list[str]:
    """One string for several blanks: split on |, 、, commas, semicolons or spaces."""
    for pattern in (r"\|", r"[、，,；;/]", r"\s+"):
        parts = [p for p in re.split(pattern, given.strip()) if p.strip()]
        if len(parts) == n:
            return parts
    return [given]


def _as_list(given: str | Sequence[str] | None) -> list[str]:
    if given is None:
        return []
    if isinstance(given, str):
        return [given]
    return [str(g) for g in given]


def read_answers(path: str | Path) -> dict[str, str | list[str]]:
    """Answers from JSON ``{id: answer | [answers]}`` or CSV ``id,answer`` (UTF-8, BOM or not).

    In CSV, an item with several blanks takes them in one cell separated by ``|``
    (``q04,劳模精神|劳动精神|工匠精神``), in further columns, or on repeated rows of the same id,
    in order. A first row ``id,answer`` is a header and skipped.
    """
    path = Path(path)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise QuizError(f"cannot read answers {path}: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise QuizError(f"answers {path} are not UTF-8 text; save them as UTF-8 (CSV UTF-8 in Excel)") from None
    if path.suffix.lower() == ".json" or text.lstrip().startswith(("{", "[")):
        return _json_answers(text, path)
    return _csv_answers(text, path)


def _json_answers(text: str, path: Path) -> dict[str, str | list[str]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise QuizError(f"answers {path}: invalid JSON at line {exc.lineno}: {exc.msg}") from None
    if not isinstance(data, dict):
        raise QuizError(f'answers {path}: expected a JSON object such as {{"q01": "两个维护"}}')
    out: dict[str, str | list[str]] = {}
    for item_id, value in data.items():
        if isinstance(value, list) and all(isinstance(v, (str, int, float)) for v in value):
            out[str(item_id)] = [str(v) for v in value]
        elif isinstance(value, (str, int, float)):
            out[str(item_id)] = str(value)
        elif value is None:
            continue
        else:
            raise QuizError(f"answers {path}: the answer to {item_id} must be a string or a list of strings")
    return out


def _csv_answers(text: str, path: Path) -> dict[str, str | list[str]]:
    rows = [r for r in csv.reader(io.StringIO(text)) if any(c.strip() for c in r)]
    if rows and [c.strip().lower() for c in rows[0][:2]] == ["id", "answer"]:
        rows = rows[1:]
    if not rows:
        raise QuizError(f"answers {path}: no answers found; expected rows of id,answer")
    out: dict[str, list[str]] = {}
    for n, row in enumerate(rows, 1):
        if len(row) < 2 or not row[0].strip():
            raise QuizError(f"answers {path}, row {n}: expected id,answer but got {','.join(row)!r}")
        cells = [c for c in row[1:] if c.strip()] or [""]
        blanks = [p for c in cells for p in c.split(BLANK_SEPARATOR)]
        out.setdefault(row[0].strip(), []).extend(blanks)
    return {k: v[0] if len(v) == 1 else v for k, v in out.items()}
