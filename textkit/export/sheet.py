"""What every sheet format shares: parts with Chinese headings, numbering, scores, key text, file names."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ..quiz.model import BLANK_CHAR, Quiz, QuizItem

CLOZE_POINTS = 2  # per blank
CHOICE_POINTS = 2  # per question
LETTERS = "ABCDEFGH"
_CN_DIGITS = "一二三四五六七八九十"


@dataclass(frozen=True)
class Part:
    """One section of the paper: a heading such as 一、填空题（每空 2 分，共 10 分） and its numbered items."""

    kind: str
    heading: str
    items: list[tuple[int, QuizItem]]


def parts(quiz: Quiz) -> list[Part]:
    """The quiz as an exam paper: fill-in items first, then choice items, numbered 1… across the paper."""
    cloze = [item for item in quiz.items if item.kind != "choice"]
    choice = [item for item in quiz.items if item.kind == "choice"]
    out: list[Part] = []
    number = 0
    for kind, items in (("cloze", cloze), ("choice", choice)):
        if not items:
            continue
        order = _CN_DIGITS[len(out)]
        if kind == "cloze":
            blanks = sum(max(1, len(item.answers)) for item in items)
            heading = f"{order}、填空题（每空 {CLOZE_POINTS} 分，共 {blanks * CLOZE_POINTS} 分）"
        else:
            heading = f"{order}、单项选择题（每题 {CHOICE_POINTS} 分，共 {len(items) * CHOICE_POINTS} 分）"
        numbered = []
        for item in items:
            number += 1
            numbered.append((number, item))
        out.append(Part(kind, heading, numbered))
    return out


def total_points(quiz: Quiz) -> int:
    """The full score of the paper."""
    return sum(
        CHOICE_POINTS if item.kind == "choice" else CLOZE_POINTS * max(1, len(item.answers))
        for item in quiz.items
    )


def one_line(text: str) -> str:
    """Text on one line: line breaks and other control characters become spaces."""
    return "".join(" " if unicodedata.category(ch) in ("Cc", "Zl", "Zp") else ch for ch in text).strip()


def blank_width(item: QuizItem, n: int) -> int:
    """How many characters wide blank ``n`` is drawn: one per answer character (the length cue)."""
    if n < len(item.blanks):
        a, b = item.blanks[n]
        return max(1, b - a)
    return max(1, len(item.answers[n]) if n < len(item.answers) else 2)


def answer_text(item: QuizItem) -> str:
    """The key entry of an item: ``B. 两个维护`` or ``劳模精神；劳动精神；工匠精神``."""
    if item.kind == "choice" and item.answer_letter:
        return f"{item.answer_letter}. {item.answers[0]}"
    return "；".join(item.answers)


def source_label(item: QuizItem) -> str:
    """Where an item comes from, in words: 《doc》 · section."""
    doc = item.source.get("doc", "")
    bits = [f"《{doc}》" if doc and not doc.startswith("《") else doc, item.section]
    return " · ".join(b for b in bits if b)


def blank_prompt(item: QuizItem) -> str:
    """The prompt with its blanks drawn as ``＿`` per character (as the data model stores it)."""
    out = []
    for piece in item.parts():
        out.append(BLANK_CHAR * blank_width(item, piece) if isinstance(piece, int) else piece)
    return "".join(out)


_UNSAFE_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


def safe_filename(title: str, max_chars: int = 80) -> str:
    """A file name from a document title: no path separators, control or shell-hostile characters."""
    name = _UNSAFE_NAME.sub("_", unicodedata.normalize("NFC", title))
    name = re.sub(r"\s+", " ", name).strip(" ._")
    name = name[:max_chars].strip(" ._")
    if not name or name.split(".")[0].upper() in _RESERVED:
        name = f"quiz_{name}" if name else "quiz"
    return name
