"""Markdown sheet: the questions, then a separate 参考答案 section."""

from __future__ import annotations

import re

from ..quiz.model import Quiz, QuizItem
from .sheet import (
    CHOICE_KINDS,
    LETTERS,
    answer_text,
    blank_width,
    key_notes,
    one_line,
    parts,
    question_pieces,
    total_points,
)

# Characters that start Markdown syntax (or raw HTML) anywhere in a line; CommonMark lets any
# ASCII punctuation be escaped with a backslash, so escaping these keeps the text literal.
_INLINE = re.compile(r"([\\`*_\[\]<>|~&!])")
# Characters that only mean something at the start of a line (headings, lists, quotes, setext).
_LINE_START = re.compile(r"^(\s*)(?:([#+\-=>])|(\d+)([.)]))")


def escape(text: str) -> str:
    """Text shown literally by any CommonMark renderer: no markup, no raw HTML."""
    text = _INLINE.sub(r"\\\1", one_line(text))
    return _LINE_START.sub(_escape_line_start, text)


def _escape_line_start(m: re.Match[str]) -> str:
    if m.group(2):
        return f"{m.group(1)}\\{m.group(2)}"
    return f"{m.group(1)}{m.group(3)}\\{m.group(4)}"


def render(quiz: Quiz, part: str = "all") -> str:
    """The quiz as Markdown; ``part`` is all, sheet (no key) or key (key only)."""
    title = escape(quiz.title or "测验")
    lines: list[str] = []
    if part in ("all", "sheet"):
        lines += [f"# {title}", ""]
        if quiz.instructions:
            lines += [escape(quiz.instructions), ""]
        lines += [f"姓名：＿＿＿＿＿＿　部门：＿＿＿＿＿＿　得分：＿＿＿＿（满分 {total_points(quiz)} 分）", ""]
        for section in parts(quiz):
            lines += [f"## {section.heading}", ""]
            if section.rule:
                lines += [escape(section.rule), ""]
            for number, item in section.items:
                lines += _question(number, item)
    if part in ("all", "key"):
        if part == "all":
            lines += ["---", ""]
        else:
            lines += [f"# {title}", ""]
        lines += ["## 参考答案", ""]
        for section in parts(quiz):
            for number, item in section.items:
                lines += _key(number, item)
    return "\n".join(lines).rstrip("\n") + "\n"


def _question(number: int, item: QuizItem) -> list[str]:
    text = "".join(
        "＿" * blank_width(item, piece) if isinstance(piece, int) else escape(piece)
        for piece in question_pieces(item)
    )
    out = [f"{number}. {text}", ""]
    if item.kind in CHOICE_KINDS:
        options = "　　".join(f"{LETTERS[i]}. {escape(c)}" for i, c in enumerate(item.choices))
        out += [f"   {options}", ""]
    return out


def _key(number: int, item: QuizItem) -> list[str]:
    out = [f"{number}. **{escape(answer_text(item))}**", ""]
    for note in key_notes(item):
        out += [f"   {escape(note)}", ""]
    return out
