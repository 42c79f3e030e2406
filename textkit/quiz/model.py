"""Quizzes: the data model shared by quiz making, grading and every export format."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from ..errors import QuizError

BLANK_CHAR = "＿"  # one per character of the answer: the length cue
#: The item kinds, in the order a paper presents them (一、填空题 二、单项选择题 三、多项选择题 四、判断题 五、出处题).
ITEM_KINDS = ("cloze", "choice", "multi", "judge", "source")
KINDS = (*ITEM_KINDS, "mixed")  # what make_quiz's ``kind`` accepts by name (or a {kind: count} mapping)
KIND_NAMES = {"cloze": "填空题", "choice": "单项选择题", "multi": "多项选择题", "judge": "判断题", "source": "出处题"}
#: Points of an item by kind: cloze per blank, the others per item (``QuizItem.points`` overrides).
POINTS = {"cloze": 2, "choice": 2, "multi": 3, "judge": 1, "source": 2}
#: Partial credit on multi items, stated on every sheet that has them.
MULTI_RULE = "多项选择题全部选对得满分，少选且所选均正确得一半分，错选或多选不得分。"
JUDGE_CHOICES = ("对", "错")
INSTRUCTIONS = "填空题：在横线处填写原文词语，每个“＿”为一个字。选择题：从四个选项中选出唯一正确的一项。"
#: What a sheet tells its reader about each kind it holds (a sheet without choice items says nothing of them).
KIND_INSTRUCTIONS = {
    "cloze": "填空题：在横线处填写原文词语，每个“＿”为一个字。",
    "choice": "选择题：从四个选项中选出唯一正确的一项。",
    "multi": MULTI_RULE,
    "judge": "判断题：判断下列说法是否符合原文，正确的选“对”，错误的选“错”。",
    "source": "出处题：选出这段论述的出处。",
}


def instructions_for(kinds: "set[str] | frozenset[str]") -> str:
    """The sheet's instructions for the item kinds it holds, in the order the sheet presents them."""
    return "".join(KIND_INSTRUCTIONS[k] for k in ITEM_KINDS if k in kinds) or INSTRUCTIONS


@dataclass(frozen=True)
class QuizItem:
    """One question.

    ``prompt`` shows each blank as one ``BLANK_CHAR`` per character of its answer; ``blanks``
    holds the ``[start, end)`` span of each blank in ``prompt``, in order, and ``answers`` the
    answer of each blank in the same order. ``accept`` lists further accepted strings per blank.
    A choice item has exactly one blank and ``choices`` holds its options (the answer among them).

    By kind (see DESIGN.md's JSON contract): ``cloze`` — one answer per blank; ``choice`` — one
    right option among ``choices``; ``multi`` — ``answers`` all the right options (two or more);
    ``judge`` — ``choices`` ``["对", "错"]``, ``answers`` one of them, and ``original`` the source's
    sentence when the statement is false; ``source`` — ``answers`` the right occasion, date or
    document among ``choices``. ``points`` is the item's full score (0: the kind's default, see
    :func:`item_points`). ``source`` holds ``doc``, ``excerpt``, ``section`` and ``note``.
    """

    id: str
    kind: str  # one of ITEM_KINDS
    prompt: str
    answers: list[str]
    blanks: list[tuple[int, int]]
    choices: list[str] = field(default_factory=list)
    accept: list[list[str]] = field(default_factory=list)
    source: dict[str, str] = field(default_factory=dict)  # {"doc": …, "excerpt": …}
    section: str = ""
    hint: str = ""  # the source excerpt, shown as a hint and in the answer key
    points: int = 0  # the item's full score; 0 means the kind's default (see item_points)
    original: str = ""  # judge items that are false: the source's sentence as it reads

    def parts(self) -> list[str | int]:
        """The prompt as text pieces and blank numbers: ``["增强", 0, "、坚定", 1]``."""
        out: list[str | int] = []
        pos = 0
        for n, (a, b) in enumerate(self.blanks):
            if a > pos:
                out.append(self.prompt[pos:a])
            out.append(n)
            pos = b
        if pos < len(self.prompt):
            out.append(self.prompt[pos:])
        return out

    @property
    def answer_letter(self) -> str | None:
        """The letter (A, B, …) of the right option of a choice or source item."""
        if self.kind not in ("choice", "source") or not self.answers or self.answers[0] not in self.choices:
            return None
        return "ABCDEFGH"[self.choices.index(self.answers[0])]

    @property
    def answer_letters(self) -> str:
        """The letters of every right option (``ACD`` for a multi item; one letter otherwise)."""
        return "".join("ABCDEFGH"[i] for i, c in enumerate(self.choices) if c in self.answers)


def item_points(item: QuizItem) -> int:
    """An item's full score: its own ``points``, else the kind's (per blank for a cloze item)."""
    if item.points:
        return item.points
    if item.kind == "cloze":
        return POINTS["cloze"] * max(1, len(item.answers))
    return POINTS.get(item.kind, 2)


@dataclass(frozen=True)
class Quiz:
    """A titled list of items made from sources with a seed (same seed, same quiz)."""

    title: str
    items: list[QuizItem]
    seed: int | None = None
    instructions: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "seed": self.seed,
            "instructions": self.instructions,
            "items": [_item_dict(item) for item in self.items],
        }

    def to_json(self, indent: int | None = 2) -> str:
        """The quiz as JSON (UTF-8 text, not ASCII-escaped), per the documented contract."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Quiz":
        try:
            items = [
                QuizItem(
                    id=str(d["id"]),
                    kind=str(d["kind"]),
                    prompt=str(d["prompt"]),
                    answers=[str(a) for a in d["answers"]],
                    blanks=[(int(a), int(b)) for a, b in d.get("blanks", [])],
                    choices=[str(c) for c in d.get("choices", [])],
                    accept=[[str(x) for x in alts] for alts in d.get("accept", [])],
                    source=dict(d.get("source", {})),
                    section=str(d.get("section", "")),
                    hint=str(d.get("hint", "")),
                    points=int(d.get("points", 0) or 0),  # a kind's default is stored as 0 again below
                    original=str(d.get("original", "")),
                )
                for d in data["items"]
            ]
            # A written ``points`` that is only the kind's default reads back as the default (0), so
            # that a quiz read back equals the quiz written.
            items = [replace(it, points=0) if it.points and it.points == item_points(replace(it, points=0)) else it
                     for it in items]
            return cls(
                title=str(data.get("title", "")),
                items=items,
                seed=data.get("seed"),
                instructions=str(data.get("instructions", "")),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise QuizError(f"not a textkit quiz: missing or bad field {exc}") from None

    @classmethod
    def from_json(cls, text: str) -> "Quiz":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise QuizError(f"not a textkit quiz: invalid JSON at line {exc.lineno}: {exc.msg}") from None
        if not isinstance(data, dict):
            raise QuizError("not a textkit quiz: expected a JSON object with 'items'")
        return cls.from_dict(data)


def _item_dict(item: QuizItem) -> dict[str, Any]:
    d = asdict(item)
    d["blanks"] = [list(span) for span in item.blanks]
    d["points"] = item_points(item)
    if item.kind == "cloze":
        d.pop("choices")
    if item.kind != "judge" or not item.original:
        d.pop("original")
    return d

