"""What the judge, multi and source kinds share: whole sentences of a passage, where an item comes from."""

from __future__ import annotations

import re
from typing import Iterator

from ...analysis.excerpts import Excerpt

# A sentence ends after its full stop and any closing quotes: 。” stays with its sentence.
_SENTENCE_END = re.compile(r"[。！？!?；;]+[”’」』）)]*")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_PAIRS = ("“”", "‘’", "《》", "（）", "()", "「」", "【】")
#: Choice blank as Chinese papers print it (a multi item's prompt holds it; its span is the item's blank).
CHOICE_BLANK = "（\u3000\u3000）"


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each sentence of ``text``, leading spaces and stray closers left out."""
    pos = 0
    for m in _SENTENCE_END.finditer(text):
        yield _trim(text, pos, m.end())
        pos = m.end()
    if pos < len(text) and text[pos:].strip():
        yield _trim(text, pos, len(text))


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in " \u3000\t\n，,、”’」』）)":
        a += 1
    while b > a and text[b - 1] in " \u3000\t\n":
        b -= 1
    return a, b


def statement(text: str) -> bool:
    """A sentence that reads as a statement on its own: prose, brackets and quotes balanced."""
    if len(_HAN.findall(text)) < 12 or text.rstrip("”’」』）)")[-1:] not in "。！？!?":
        return False
    if text[:1] in "是和与及并又也而且则即这此其该（(":
        return False  # leans on the sentence before it, or is a bracketed note
    return all(text.count(a) == text.count(b) for a, b in _PAIRS)


def item_source(excerpt: Excerpt) -> dict[str, str]:
    """An item's ``source``: the document, excerpt, section and source note it was made from."""
    out = {"doc": excerpt.doc, "excerpt": excerpt.id}
    if excerpt.section:
        out["section"] = excerpt.section
    if excerpt.note:
        out["note"] = excerpt.note
    return out


def han_count(text: str) -> int:
    return len(_HAN.findall(text))
