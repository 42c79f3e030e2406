"""GIFT sheet for Moodle's question bank: every item kind as the Moodle question type that fits it.

cloze → short answer (the grader's accepted alternatives as further right answers); choice and
source → multiple choice; multi → multiple choice with several right answers, each right option
weighted 100/k % and each wrong one -100 % (a wrong pick scores nothing, as the paper's rule says;
Moodle gives k-1 of k right picks (k-1)/k of the points, where the paper gives half); judge →
true/false (``{T}`` / ``{F}``), the original sentence of a false statement in the feedback.

Moodle reads ``~ = # { } :`` (and ``\\``) as GIFT syntax, so every one from the source is escaped
with a backslash. Question text and options are marked ``[html]`` and HTML-escaped as well, so
markup in a document shows as text in Moodle instead of being rendered (or cleaned away).
Items with several blanks become one short-answer question whose answer lists the blanks in
order, separated by 、 (a few usual separators are accepted too).
"""

from __future__ import annotations

import itertools
import re
from html import escape as html_escape

from ..quiz.matching import order_free
from ..quiz.model import Quiz, QuizItem
from .sheet import accepted, blank_width, key_notes, one_line, parts

_SPECIAL = re.compile(r"([\\~=#{}:])")
_SEPARATORS = ("、", "，", "；", " ")
_MAX_WAYS = 12  # combinations of several blanks' alternatives written out as right answers
_MAX_ORDERS = 120  # a series of up to five blanks in every order (5! = 120)


def escape(text: str) -> str:
    """Text GIFT reads literally: its special characters backslash-escaped, on one line."""
    return _SPECIAL.sub(r"\\\1", one_line(text))


def _html(text: str) -> str:
    return escape(html_escape(one_line(text), quote=False))


def render(quiz: Quiz, part: str = "all") -> str:
    """The quiz as GIFT text, one question per block, in the paper's order and numbering (一、填空题 first)."""
    blocks = [f"// {one_line(quiz.title)}".rstrip(), "// textkit quiz, GIFT format for Moodle"]
    for section in parts(quiz):
        for number, item in section.items:
            blocks.append(_question(number, item))
    return "\n\n".join(blocks) + "\n"


def _question(number: int, item: QuizItem) -> str:
    name = escape(f"{number:02d} {item.id}")
    notes = key_notes(item)
    feedback = " ####" + _html(" ".join(notes)) if notes else ""
    if item.kind == "judge":
        value = "T" if item.answers and item.answers[0] == "对" else "F"
        return f"::{name}::[html]{_html(item.prompt)} {{{value}{feedback}}}"
    if item.kind == "multi":
        k = max(1, sum(c in item.answers for c in item.choices))
        right = _weight(100 / k)
        options = " ".join(f"~%{right if c in item.answers else '-100'}%{_html(c)}" for c in item.choices)
        return f"::{name}::[html]{_text(item, '{' + options + feedback + '}')}"
    if item.kind in ("choice", "source"):
        options = " ".join(("=" if c == item.answers[0] else "~") + _html(c) for c in item.choices)
        return f"::{name}::[html]{_text(item, '{' + options + feedback + '}')}"
    if len(item.answers) == 1:
        answers = accepted(item, 0)
        block = "{" + " ".join("=" + escape(a) for a in answers) + feedback + "}"
        return f"::{name}::[html]{_text(item, block)}"
    # Several blanks: show them numbered in the text and ask for all of them in one answer box.
    pieces = []
    for piece in item.parts():
        if isinstance(piece, int):
            pieces.append(f"（{piece + 1}）" + "＿" * blank_width(item, piece))
        else:
            pieces.append(_html(piece))
    # Every way of writing the blanks the grader accepts (capped: alternatives multiply), in the usual
    # separators; a series in any order, as the grader takes it (劳动精神、劳模精神、工匠精神).
    free = order_free(item)
    orders = itertools.permutations(range(len(item.answers))) if free else [tuple(range(len(item.answers)))]
    ways = list(itertools.islice((way for order in orders for way in itertools.product(
        *(accepted(item, n) for n in order))), _MAX_ORDERS if free else _MAX_WAYS))
    joined = list(dict.fromkeys(sep.join(way) for sep in _SEPARATORS for way in ways))
    block = "{" + " ".join("=" + escape(a) for a in joined) + feedback + "}"
    how = "（填写各空，用顿号分隔，顺序不限）" if free else "（按顺序填写各空，用顿号分隔）"
    return f"::{name}::[html]{''.join(pieces)}{how} {block}"


def _weight(percent: float) -> str:
    """A GIFT answer weight as Moodle lists its grades: 50, 33.33333, 25, 16.66667."""
    return f"{percent:.5f}".rstrip("0").rstrip(".")


def _text(item: QuizItem, block: str) -> str:
    """The prompt with its one blank replaced by the answer block (GIFT's missing-word form)."""
    out = []
    for piece in item.parts():
        out.append(block if isinstance(piece, int) else _html(piece))
    if not any(isinstance(p, int) for p in item.parts()):
        out.append(" " + block)
    return "".join(out)
