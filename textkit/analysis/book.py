"""The shape of a book of excerpts (论述摘编): numbered passages, their source notes, front matter, title.

A book such as 《习近平关于工人阶级和工会工作论述摘编》 sets out its passages as ``7．…`` (the
book's own number, full-width dot), a passage of one or several paragraphs, then a source note on
a line of its own, （2013年4月28日在同全国劳动模范代表座谈时的讲话）. Before the first 专题 come a
title page, 出版说明 and 目录: front matter, not passages.

A document reads as such a book only when it has at least :data:`MIN_NUMBERED` numbered passages
in increasing order and at least one source note; everything else (the notice, the reports)
reads paragraph by paragraph as before, so a report's own （2023年3月13日…通过） line or a
numbered list in a notice changes nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

MIN_NUMBERED = 3

# 7．  7.  (not 1.5万亿元: a digit after an ASCII dot is a number; after ．, as in 4．2022年…, a passage)
_NUMBERED = re.compile(r"^(\d{1,4})\s*(?:．|\.(?![\d.]))\s*")
# A whole line in brackets that names a date: （2013年4月28日在同全国劳动模范代表座谈时的讲话）,
# （《习近平谈治国理政》第二卷，2017年10月18日）, （2014年4月30日在新疆考察工作结束时的讲话）
_NOTE = re.compile(r"^[（(]([^（）()\n]{0,120}?\d{4}\s*年[^（）()\n]{0,120})[）)]$")
# A note that a PDF's text ran into the next passage: （…讲话）8．…
_NOTE_THEN_NUMBER = re.compile(r"^([（(][^（）()\n]{0,120}?\d{4}\s*年[^（）()\n]{0,120}[）)])\s*(?=\d{1,4}\s*(?:．|\.(?!\d)))")
_TITLE_ENDS = "。，；：;:,!?！？…、"
_SECTION_NUMBER = re.compile(r"^(?:[一二三四五六七八九十百]+、|第[一二三四五六七八九十百千零〇\d]+[编章节部分]|[（(][一二三四五六七八九十]+[）)])")


@dataclass
class Passage:
    """A run of lines that belong together: a numbered passage (number > 0) or a lone paragraph."""

    number: int
    section: str
    lines: list[tuple[int, int]] = field(default_factory=list)  # (start, end) of each paragraph
    note: str = ""
    ordinal: int = 0  # the 专题's ordinal for a numbered passage, the paragraph's for a lone one


_FRONT_MATTER = frozenset("出版说明 编辑说明 编者说明 说明 前言 序言 序 目录 后记 编后记".split())


def is_front_matter(line: str) -> bool:
    """Whether a line is the heading of front or back matter: 出版说明, 目录 (目　　录), 前言, 后记…"""
    return "".join(line.lstrip("#").split()) in _FRONT_MATTER


def note_text(line: str) -> str | None:
    """The note inside a source-note line, without its brackets; None if the line is not one."""
    m = _NOTE.match(line.strip())
    return m.group(1).strip() if m else None


def numbered(line: str) -> tuple[int, int] | None:
    """(number, length of the ``7．`` prefix) of a numbered passage's first line, or None."""
    m = _NUMBERED.match(line)
    if not m or len(line) <= m.end():
        return None
    return int(m.group(1)), m.end()


def split_note_lines(text: str) -> str:
    """Put a source note that runs straight into the next numbered passage back on a line of its own.

    Only the break is inserted (replacing nothing), so offsets after it move by one; the loader
    calls this before any offset is taken.
    """
    if "）" not in text and ")" not in text:
        return text
    lines = text.split("\n")
    out = []
    for line in lines:
        m = _NOTE_THEN_NUMBER.match(line)
        out.extend([m.group(1), line[m.end():]] if m else [line])
    return "\n".join(out)


ARTICLE_LINE = re.compile(r"\s*第[一二三四五六七八九十百千零〇\d]+条")  # a statute's article (第十三条 …)


def is_book(lines: list[str]) -> bool:
    """Whether paragraphs read as a book of numbered excerpts with source notes."""
    numbers = [n[0] for n in map(numbered, lines) if n]
    if len(numbers) < MIN_NUMBERED or not any(note_text(line) for line in lines):
        return False
    if sum(1 for line in lines if ARTICLE_LINE.match(line)) > len(numbers):
        return False  # a statute whose annex lists laws (1．《…》): its articles are its passages
    # Numbered through the book, or afresh in every 专题.
    rising = sum(1 for a, b in zip(numbers, numbers[1:]) if b == a + 1 or b == 1)
    return rising >= 0.8 * (len(numbers) - 1)


def document_title(text: str) -> str | None:
    """The document's own title: its first line when that reads as a title (short, no sentence end,
    a Markdown heading or a whole 《…》), else None."""
    for line in text.split("\n", 8)[:8]:
        line = line.strip()
        if not line:
            continue
        line = line.lstrip("#").strip()
        if line.startswith("《") and line.endswith("》") and line.count("《") == 1:
            line = line[1:-1]
        if (4 <= len(line) <= 80 and line[-1] not in _TITLE_ENDS and not numbered(line) and not note_text(line)
                and not _SECTION_NUMBER.match(line)):
            return line
        return None
    return None
