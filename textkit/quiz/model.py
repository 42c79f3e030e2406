"""Quizzes: the data model shared by quiz making, grading and every export format."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

from ..errors import QuizError

BLANK_CHAR = "＿"  # one per character of the answer: the length cue
KINDS = ("cloze", "choice", "mixed")
INSTRUCTIONS = "填空题：在横线处填写原文词语，每个“＿”为一个字。选择题：从四个选项中选出唯一正确的一项。"


@dataclass(frozen=True)
class QuizItem:
    """One question.

    ``prompt`` shows each blank as one ``BLANK_CHAR`` per character of its answer; ``blanks``
    holds the ``[start, end)`` span of each blank in ``prompt``, in order, and ``answers`` the
    answer of each blank in the same order. ``accept`` lists further accepted strings per blank.
    A choice item has exactly one blank and ``choices`` holds its options (the answer among them).
    """

    id: str
    kind: str  # "cloze" | "choice"
    prompt: str
    answers: list[str]
    blanks: list[tuple[int, int]]
    choices: list[str] = field(default_factory=list)
    accept: list[list[str]] = field(default_factory=list)
    source: dict[str, str] = field(default_factory=dict)  # {"doc": …, "excerpt": …}
    section: str = ""
    hint: str = ""  # the source excerpt, shown as a hint and in the answer key

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
        """The letter (A, B, …) of the right option of a choice item."""
        if self.kind != "choice" or not self.answers or self.answers[0] not in self.choices:
            return None
        return "ABCDEFGH"[self.choices.index(self.answers[0])]


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
                )
                for d in data["items"]
            ]
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
    if item.kind != "choice":
        d.pop("choices")
    return d

