"""Quizzes for the web app: the excerpts a request chooses, make_quiz over them, one item made again."""

from __future__ import annotations

import inspect
import random
from dataclasses import replace
from typing import Any, Sequence

from ..analysis.excerpts import Excerpt
from ..errors import QuizError
from ..quiz.maker import make_quiz
from ..quiz.model import Quiz, QuizItem

MAX_ITEMS = 200


def chosen_excerpts(excerpts: Sequence[Excerpt], doc: str | list[str] | None,
                    section: str | list[str] | None) -> list[Excerpt]:
    """Excerpts of the chosen documents and sections: a list names them exactly, a string is contained."""
    def keep(value: str, wanted) -> bool:
        if not wanted:
            return True
        if isinstance(wanted, str):
            return wanted in value
        return value in wanted

    out = [e for e in excerpts if keep(e.doc, doc) and keep(e.section or "", section)]
    if not out:
        raise QuizError("no excerpt is in the chosen documents and sections; choose others (or none for all)")
    return out


def quiz_for(excerpts: Sequence[Excerpt], n: int = 20, kind: str | dict[str, int] = "mixed",
             seed: int | None = None, doc=None, section=None, title: str | None = None) -> Quiz:
    """make_quiz over the chosen excerpts; ``kind`` a name or a ``{kind: count}`` mapping."""
    if isinstance(kind, dict):
        kind = {k: int(c) for k, c in kind.items() if int(c) > 0}
        if not kind:
            raise QuizError("choose at least one item kind with a count above 0")
        n = sum(kind.values())
    if not 1 <= n <= MAX_ITEMS:
        raise QuizError(f"a quiz has 1 to {MAX_ITEMS} items; ask for fewer")
    extra: dict[str, Any] = {}
    if "doc" in inspect.signature(make_quiz).parameters and not isinstance(doc, list) \
            and not isinstance(section, list):
        chosen, extra = list(excerpts), {"doc": doc, "section": section}  # the maker filters them itself
    else:
        chosen = chosen_excerpts(excerpts, doc, section)
    # An unknown kind is the maker's QuizError (a 400 with its message), never a quiz of another kind.
    return make_quiz(chosen, n=n, kind=kind, seed=seed, title=title, **extra)


def replace_item(excerpts: Sequence[Excerpt], quiz: Quiz, item_id: str, doc=None, section=None,
                 seed: int | None = None) -> Quiz:
    """``quiz`` with item ``item_id`` made again: same kind, an answer no other item has."""
    old = next((it for it in quiz.items if it.id == item_id), None)
    if old is None:
        raise QuizError(f"the quiz has no item {item_id!r}")
    taken = {a for it in quiz.items for a in it.answers} | {it.prompt for it in quiz.items}
    seed = random.randrange(2**31) if seed is None else seed
    for attempt in range(4):
        pool = quiz_for(excerpts, n=min(MAX_ITEMS, len(quiz.items) + 10 * (attempt + 1)), kind=old.kind,
                        seed=seed + attempt, doc=doc, section=section)
        for cand in pool.items:
            if cand.kind == old.kind and cand.prompt not in taken and not taken.intersection(cand.answers):
                new = replace(cand, id=old.id)
                return replace(quiz, items=[new if it.id == item_id else it for it in quiz.items])
    raise QuizError("no other question of this kind is left in the chosen documents; drop this one instead")


def drop_item(quiz: Quiz, item_id: str) -> Quiz:
    """``quiz`` without item ``item_id``, the rest numbered q01… again."""
    items = [it for it in quiz.items if it.id != item_id]
    if len(items) == len(quiz.items):
        raise QuizError(f"the quiz has no item {item_id!r}")
    if not items:
        raise QuizError("a quiz needs at least one item; make a new quiz instead")
    return replace(quiz, items=renumbered(items))


def renumbered(items: list[QuizItem]) -> list[QuizItem]:
    width = max(2, len(str(len(items))))
    return [replace(it, id=f"q{n:0{width}d}") for n, it in enumerate(items, 1)]


def quiz_from(data: dict[str, Any]) -> Quiz:
    return Quiz.from_dict(data)
