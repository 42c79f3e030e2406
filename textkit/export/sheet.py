"""What every sheet format shares: parts with Chinese headings, numbering, scores, key text, file names."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ..quiz.matching import order_free
from ..quiz.model import BLANK_CHAR, ITEM_KINDS, KIND_NAMES, MULTI_RULE, Quiz, QuizItem, item_points

LETTERS = "ABCDEFGH"
CHOICE_BLANK = "（　　）"  # as typed in Chinese exam papers, where the letter (or 对/错) is written
JUDGE_RULE = "判断下列说法是否符合原文，正确的填“对”，错误的填“错”。"
CHOICE_KINDS = ("choice", "multi", "source")  # items answered by picking lettered options
_CN_DIGITS = "一二三四五六七八九十"


@dataclass(frozen=True)
class Part:
    """One section of the paper: a heading such as 一、填空题（每空 2 分，共 10 分） and its numbered items.

    ``rule`` is a line printed under the heading (the partial-credit rule of multi items, how to
    answer judge items), or "".
    """

    kind: str
    heading: str
    items: list[tuple[int, QuizItem]]
    rule: str = ""


def _order(kind: str) -> int:
    return ITEM_KINDS.index(kind) if kind in ITEM_KINDS else len(ITEM_KINDS)


def parts(quiz: Quiz) -> list[Part]:
    """The quiz as an exam paper: a part per kind in ITEM_KINDS order, numbered 1… across the paper."""
    kinds = sorted({item.kind for item in quiz.items}, key=lambda k: (_order(k), k))
    out: list[Part] = []
    number = 0
    for kind in kinds:
        items = [item for item in quiz.items if item.kind == kind]
        numbered = []
        for item in items:
            number += 1
            numbered.append((number, item))
        rule = MULTI_RULE if kind == "multi" else JUDGE_RULE if kind == "judge" else ""
        out.append(Part(kind, f"{_CN_DIGITS[len(out) % 10]}、{_heading(kind, items)}", numbered, rule))
    return out


def _heading(kind: str, items: list[QuizItem]) -> str:
    """填空题（每空 2 分，共 10 分）; 共 N 分 alone when the items of the part score differently."""
    name = KIND_NAMES.get(kind, "其他题")
    total = sum(item_points(item) for item in items)
    unit = "空" if kind == "cloze" else "题"
    if kind == "cloze":
        each = {item_points(item) / max(1, len(item.answers)) for item in items}
    else:
        each = {item_points(item) for item in items}
    if len(each) == 1:
        (value,) = each
        shown = int(value) if value == int(value) else round(value, 1)
        return f"{name}（每{unit} {shown} 分，共 {total} 分）"
    return f"{name}（共 {total} 分）"


def total_points(quiz: Quiz) -> int:
    """The full score of the paper."""
    return sum(item_points(item) for item in quiz.items)


def points_per_blank(item: QuizItem) -> float:
    """What one blank of a cloze item is worth (the item's points for every other kind)."""
    if item.kind == "cloze":
        return item_points(item) / max(1, len(item.answers))
    return float(item_points(item))


def one_line(text: str) -> str:
    """Text on one line: line breaks and other control characters become spaces."""
    return "".join(" " if unicodedata.category(ch) in ("Cc", "Zl", "Zp") else ch for ch in text).strip()


def blank_width(item: QuizItem, n: int) -> int:
    """How many characters wide blank ``n`` is drawn: one per answer character (the length cue)."""
    if n < len(item.blanks):
        a, b = item.blanks[n]
        return max(1, b - a)
    return max(1, len(item.answers[n]) if n < len(item.answers) else 2)


def question_pieces(item: QuizItem) -> list[str | int]:
    """The prompt as printed: text pieces and, for cloze items, blank numbers.

    Every other kind is answered with a letter (or 对/错) written in （　　）: its blank, if the
    prompt has one, becomes （　　）, and a prompt without one (a judge statement, a passage whose
    source is asked) gets （　　） at its end.
    """
    pieces = item.parts()
    if item.kind == "cloze":
        return pieces
    out: list[str | int] = [CHOICE_BLANK if isinstance(p, int) else p for p in pieces]
    if not item.blanks:
        out.append(CHOICE_BLANK)
    return ["".join(str(p) for p in out)]


def choice_prompt(item: QuizItem) -> str:
    """The printed prompt of a non-cloze item, as one string with its （　　）."""
    return "".join(p for p in question_pieces(item) if isinstance(p, str))


def answer_text(item: QuizItem) -> str:
    """The key entry of an item: ``B. 两个维护``, ``ACD. 劳模精神；劳动精神；工匠精神``, ``错`` or the blanks' answers."""
    if item.kind in CHOICE_KINDS and item.choices:
        letters = item.answer_letters
        if letters:
            return f"{letters}. {'；'.join(item.answers)}"
    return "；".join(item.answers)


def accepted(item: QuizItem, n: int) -> list[str]:
    """Every answer the grader takes for blank ``n``: the answer, then the listed alternatives."""
    alts = [item.answers[n], *(item.accept[n] if n < len(item.accept) else [])]
    return list(dict.fromkeys(a for a in alts if a.strip()))


def key_notes(item: QuizItem) -> list[str]:
    """The lines under an item's key entry: the original sentence of a false judge item, the other
    answers a cloze blank accepts (so that a teacher marking by hand accepts them too), the source."""
    out = []
    if item.kind == "judge" and item.original:
        out.append(f"原句：{one_line(item.original)}")
    if item.kind == "cloze" and order_free(item):
        out.append("各空顺序不限")  # as the grader takes them: a teacher marking by hand should too
    if item.kind == "cloze":
        others = [(n, accepted(item, n)[1:]) for n in range(len(item.answers))]
        others = [(n, alts) for n, alts in others if alts]
        if others:
            if len(item.answers) == 1:
                out.append("也可答：" + "、".join(others[0][1]))
            else:
                out.append("也可答：" + "；".join(f"第{n + 1}空 " + "、".join(alts) for n, alts in others))
    where = source_label(item)
    if item.hint:
        out.append(f"原文：{one_line(item.hint)}" + (f"（{where}）" if where else ""))
    elif where:
        out.append(f"出处：{where}")
    return out


def source_note(item: QuizItem) -> str:
    """The passage's source note (date and occasion) without its brackets, or ""."""
    note = one_line(item.source.get("note", "") or "")
    return note[1:-1] if note[:1] in "（(" and note[-1:] in "）)" and len(note) > 1 else note


def source_label(item: QuizItem) -> str:
    """Where an item comes from, in words: 《doc》 · section · note.

    A title inside the document's name takes the inner marks 〈〉, as Chinese typesetting nests
    them: 《学习宣传贯彻〈论述摘编〉的通知》.
    """
    doc = item.source.get("doc", "")
    if doc and not doc.startswith("《"):
        doc = "《" + doc.replace("《", "〈").replace("》", "〉") + "》"
    bits = [doc, item.section, source_note(item)]
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
