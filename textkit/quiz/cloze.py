"""Cloze prompts: a clause of the source with its key phrase blanked, answerable on its own."""

from __future__ import annotations

import re
from typing import NamedTuple, Sequence

from ..analysis.normalize import analysis_form

BLANK_CHAR = "＿"  # the same as textkit.quiz.BLANK_CHAR; repeated to keep imports one-way

MAX_PROMPT = 100  # characters: a prompt longer than a couple of lines is read, not answered
MIN_PROMPT = 36  # a trimmed clause grows to at least this, so the blank has context
MIN_CONTEXT = 13  # Chinese characters outside the blanks and the source's name (构成犯罪的，依法追究刑事责任 has 10)

_SENTENCE_END = re.compile(r"[。！？；!?;]")
_CLAUSE_END = re.compile(r"[，,：:]")
_COLON = re.compile(r"[：:]")
_LEANING = tuple("是和与及并又也而且则即")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_OPENING_NOTE = "（(［[【"
_CITATION = re.compile(r"第[一二三四五六七八九十百千\d]+(?:卷|页)|中文版|出版社")


class Cloze(NamedTuple):
    """A prompt with its blanks and the answers they hide, taken from ``text[start:end]``.

    ``sentence`` is the whole source sentence the prompt is cut from (for the answer key).
    """

    prompt: str
    blanks: list[tuple[int, int]]
    answers: list[str]
    start: int
    end: int
    sentence: str = ""


def make_cloze(text: str, spans: Sequence[tuple[int, int]], prefix: str = "") -> Cloze | None:
    """Blank ``spans`` (sorted, in ``text``) in the sentence around them; None if not answerable.

    The prompt starts where the sentence does, so it keeps its subject, and is ``prefix`` (the
    source named: 党的二十大报告指出：) followed by that sentence or its first clauses.
    """
    spans = _merge_adjacent(sorted(spans))
    found = _clause(text, spans[0][0], spans[-1][1])
    if found is None:
        return None
    start, end = found
    if text[start:start + 1] in _LEANING or end - start > MAX_PROMPT + 20:
        return None  # a bare fragment (是新时代…) or a wall of text: try another occurrence
    if text[start:start + 1] in _OPENING_NOTE or _CITATION.search(text, start, end):
        return None  # a citation footnote ”（《列宁全集》中文版，第二十八卷…）, not a statement
    pieces, blanks, pos, out_len = [prefix], [], start, len(prefix)
    for a, b in spans:
        pieces.append(text[pos:a])
        out_len += a - pos
        pieces.append(BLANK_CHAR * (b - a))
        blanks.append((out_len, out_len + b - a))
        out_len += b - a
        pos = b
    tail = text[pos:end]
    if tail[-1:] in "；;":
        tail = tail[:-1] + "。"  # a clause of a list ends the prompt: no stray ；
    pieces.append(tail)
    prompt = "".join(pieces)
    answers = [text[a:b] for a, b in spans]
    if not _answerable(prompt, answers) or len(_HAN.findall(prompt[len(prefix):])) < MIN_CONTEXT:
        return None
    s_start, s_end = _sentence(text, spans[0][0], spans[-1][1])
    return Cloze(prompt, blanks, answers, start, end, text[s_start:s_end].strip())


def _sentence(text: str, a: int, b: int) -> tuple[int, int]:
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, a)), default=0)
    m = _SENTENCE_END.search(text, b)
    return _strip(text, start, m.end() if m else len(text))


def _merge_adjacent(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Blanks with no text between them are one blank (劳模精神劳动精神工匠精神), never one silent gap."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and out[-1][1] >= a:
            out[-1] = (out[-1][0], max(b, out[-1][1]))
        else:
            out.append((a, b))
    return out


def _clause(text: str, a: int, b: int) -> tuple[int, int] | None:
    """The sentence around ``[a, b)``; if it is long, from its start to the clause holding the
    blanks (never from a clause in the middle, which lacks its subject: 共计…, 收入了…)."""
    start, end = _sentence(text, a, b)
    if end - start <= MAX_PROMPT:
        return start, end
    # A sentence may also start after a colon that introduces it (报告指出：…).
    starts = [start] + [m.end() for m in _COLON.finditer(text, start, a)]
    cuts = [m.end() for m in _CLAUSE_END.finditer(text, b, end)] + [end]
    for lo in starts:
        lo = _strip(text, lo, end)[0]
        for hi in cuts:
            if hi - lo > MAX_PROMPT + 20:
                break
            if hi - lo >= MIN_PROMPT or hi == end:
                return _strip(text, lo, hi)
    return None


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    # A closing quote or bracket left over from the previous sentence opens nothing.
    while start < end and text[start] in " \u3000，,：:；;、”’」』》）)】":
        start += 1
    while end > start and text[end - 1] in " \u3000，,、":
        end -= 1
    return start, end


def _answerable(prompt: str, answers: list[str]) -> bool:
    """Enough context, and no answer given away elsewhere in the prompt."""
    if len(_HAN.findall(prompt)) < MIN_CONTEXT:
        return False
    form = analysis_form(prompt)
    return not any(analysis_form(ans) in form for ans in answers)
