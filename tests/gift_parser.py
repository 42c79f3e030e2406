"""A small GIFT reader for the tests, written from Moodle's GIFT format description.

It reads what Moodle reads: ``//`` comment lines, questions separated by blank lines, an optional
``::name::`` and ``[format]``, one ``{…}`` answer block with ``=right``/``~wrong`` answers,
weighted answers ``~%33.33333%text`` (multiple answers; the weights must be grades Moodle lists and
the positive ones sum to 100), true/false blocks ``{T}``/``{F}`` (``TRUE``/``FALSE``),
``#feedback`` and ``####general feedback``, and backslash escapes of ``~ = # { } : \\``.
An unescaped special character where GIFT does not expect one is an error, as it is in Moodle.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

SPECIAL = "~=#{}:\\"
# The grades Moodle offers for an answer (question/format/gift: a weight not in this list is refused).
MOODLE_GRADES = (100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667,
                 14.28571, 12.5, 11.11111, 10, 5, 0)
_WEIGHT = re.compile(r"^%(-?\d+(?:\.\d+)?)%")


class GiftSyntaxError(ValueError):
    """The text is not valid GIFT."""


@dataclass
class GiftQuestion:
    name: str
    format: str
    text: str  # the question text with the answer block replaced by "_____"
    answers: list[tuple[bool, str]] = field(default_factory=list)  # (right?, text)
    general_feedback: str = ""
    weights: list[tuple[float, str]] = field(default_factory=list)  # (percent, text) of every answer
    truth: bool | None = None  # a true/false question's answer

    @property
    def kind(self) -> str:
        if self.truth is not None:
            return "truefalse"
        if any(not right for right, _ in self.answers):
            return "multichoice"
        return "shortanswer"


def unescape(text: str) -> str:
    out, i = [], 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text) and text[i + 1] in SPECIAL:
            out.append(text[i + 1])
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def _scan(text: str, stops: str, start: int) -> int:
    """Index of the first unescaped character of ``stops`` at or after ``start`` (len(text) if none)."""
    i = start
    while i < len(text):
        if text[i] == "\\":
            i += 2
            continue
        if text[i] in stops:
            return i
        i += 1
    return len(text)


def parse(source: str) -> list[GiftQuestion]:
    lines = [ln for ln in source.splitlines() if not ln.lstrip().startswith("//")]
    blocks, current = [], []
    for line in lines + [""]:
        if line.strip():
            current.append(line)
        elif current:
            blocks.append("\n".join(current))
            current = []
    return [_question(b) for b in blocks]


def _question(block: str) -> GiftQuestion:
    name, fmt, rest = "", "moodle", block.strip()
    if rest.startswith("::"):
        end = _scan(rest, ":", 2)
        if rest[end:end + 2] != "::":
            raise GiftSyntaxError(f"unterminated question name in {block[:40]!r}")
        name, rest = unescape(rest[2:end]), rest[end + 2:]
    if rest.startswith("["):
        end = rest.index("]")
        fmt, rest = rest[1:end], rest[end + 1:]
    open_at = _scan(rest, "{}=~#:", 0)
    if open_at == len(rest) or rest[open_at] != "{":
        raise GiftSyntaxError(f"no answer block, or a stray {rest[open_at:open_at + 1]!r} in {block[:40]!r}")
    close_at = _scan(rest, "{}", open_at + 1)
    if close_at == len(rest) or rest[close_at] != "}":
        raise GiftSyntaxError(f"unbalanced braces in {block[:40]!r}")
    after = rest[close_at + 1:]
    if _scan(after, "{}=~#", 0) != len(after):
        raise GiftSyntaxError(f"unescaped special character after the answers in {block[:40]!r}")
    q = GiftQuestion(name=name, format=fmt, text=unescape(rest[:open_at]) + "_____" + unescape(after))
    _answers(rest[open_at + 1:close_at], q)
    return q


def _answers(body: str, q: GiftQuestion) -> None:
    general = _find(body, "####")
    if general is not None:
        q.general_feedback = unescape(body[general + 4:]).strip()
        body = body[:general]
    i = _scan(body, "=~", 0)
    head = body[:_scan(body, "#", 0)].strip()
    if i == len(body) and head in ("T", "F", "TRUE", "FALSE"):
        q.truth = head.startswith("T")
        return
    if body[:i].strip():
        raise GiftSyntaxError(f"text before the first answer: {body[:i]!r}")
    while i < len(body):
        right = body[i] == "="
        end = _scan(body, "=~", i + 1)
        answer = body[i + 1:end]
        weight = 100.0 if right else 0.0
        m = _WEIGHT.match(answer)
        if m:
            weight = float(m.group(1))
            if not any(abs(abs(weight) - g) < 1e-4 for g in MOODLE_GRADES):
                raise GiftSyntaxError(f"Moodle has no grade {weight}% (answer {answer!r})")
            answer = answer[m.end():]
            right = weight > 0
        hash_at = _scan(answer, "#", 0)
        text = unescape(answer[:hash_at]).strip()
        q.answers.append((right, text))
        q.weights.append((weight, text))
        i = end
    positive = sum(w for w, _ in q.weights if w > 0)
    if any(m for m in q.weights if m[0] not in (0.0, 100.0)) and abs(positive - 100) > 0.01:
        raise GiftSyntaxError(f"the weights of the right answers sum to {positive}%, not 100%")


def _find(body: str, marker: str) -> int | None:
    i = 0
    while i < len(body):
        if body[i] == "\\":
            i += 2
            continue
        if body.startswith(marker, i):
            return i
        i += 1
    return None
