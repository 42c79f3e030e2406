"""Documents and the excerpts they are split into: the unit of search and of quizzing."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Mapping


@dataclass(frozen=True)
class Document:
    """A loaded source: its name (title or file stem), display text, origin and metadata."""

    name: str
    text: str
    path: str | None = None
    meta: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Excerpt:
    """A paragraph (or a readable piece of a long one) with where it came from.

    ``start``/``end`` are character offsets of ``text`` in the document's display text;
    ``id`` is stable as long as the document's name and paragraph structure are unchanged.
    """

    id: str
    doc: str
    section: str
    paragraph: int
    start: int
    end: int
    text: str
    meta: Mapping[str, Any] = field(default_factory=dict)
    note: str = ""  # the passage's source note (2013年4月28日在同全国劳动模范代表座谈时的讲话), "" if none


_HEADING = re.compile(
    r"^(?:#{1,6}\s+.+"
    r"|[一二三四五六七八九十百]+、.{1,40}"
    r"|第[一二三四五六七八九十百千零〇\d]+[编章节部分]\s*.{0,40}"
    r"|[（(][一二三四五六七八九十]+[）)].{1,40})$"
)
# A sentence ends after its full stop and any closing quotes: 。” stays with its sentence.
_SENTENCE_END = re.compile(r"[。！？!?；;…]+[”’」』）)]*")
_CLAUSE_END = re.compile(r"[，、,：:]+[”’」』）)]*")
MAX_EXCERPT_CHARS = 300


def is_heading(line: str) -> bool:
    """Whether a paragraph reads as a heading (一、…, 第一章 …, Markdown ``#``) rather than prose."""
    line = line.strip()
    if not _HEADING.match(line):
        return False
    # A numbered paragraph that runs on as prose ends in a full stop; a heading does not.
    return line.lstrip("#").strip()[-1:] not in "。；：:;"


def split_document(doc: Document, max_chars: int = MAX_EXCERPT_CHARS) -> list[Excerpt]:
    """Split a document into excerpts: paragraphs, long ones cut at sentence ends."""
    excerpts: list[Excerpt] = []
    section = ""
    paragraph = 0
    for match in re.finditer(r"[^\n]+", doc.text):
        line = match.group()
        if not line.strip():
            continue
        if is_heading(line):
            section = line.strip().lstrip("#").strip()
            continue
        paragraph += 1
        pieces = _pieces(line, max_chars)
        for n, (a, b) in enumerate(pieces):
            pid = f"{doc.name}#{paragraph}" if len(pieces) == 1 else f"{doc.name}#{paragraph}.{n + 1}"
            excerpts.append(
                Excerpt(
                    id=pid,
                    doc=doc.name,
                    section=section,
                    paragraph=paragraph,
                    start=match.start() + a,
                    end=match.start() + b,
                    text=line[a:b],
                    meta=doc.meta,
                )
            )
    return excerpts


def _pieces(paragraph: str, max_chars: int) -> list[tuple[int, int]]:
    """Spans of readable pieces of a paragraph: whole sentences, each at most about max_chars.

    A single sentence longer than that is cut at clause ends (，、：), and only a run without any
    punctuation is cut blindly.
    """
    if len(paragraph) <= max_chars:
        return [(0, len(paragraph))]
    spans = _pack(paragraph, 0, len(paragraph), _SENTENCE_END, max_chars)
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if b - a <= max_chars:
            out.append((a, b))
            continue
        for c, d in _pack(paragraph, a, b, _CLAUSE_END, max_chars):
            out.extend((x, min(x + max_chars, d)) for x in range(c, d, max_chars))
    trimmed = []
    for a, b in out:
        piece = paragraph[a:b]
        if piece.strip():
            # A piece starting after ". " must not start with the space: offsets point at text.
            trimmed.append((a + len(piece) - len(piece.lstrip()), b - len(piece) + len(piece.rstrip())))
    return trimmed


def _pack(text: str, start: int, stop: int, ends: re.Pattern[str], max_chars: int) -> list[tuple[int, int]]:
    """Greedily pack the units of text[start:stop] ending at ``ends`` into spans of <= max_chars."""
    bounds = [m.end() for m in ends.finditer(text, start, stop)]
    if not bounds or bounds[-1] != stop:
        bounds.append(stop)
    spans: list[tuple[int, int]] = []
    begin = prev = start
    for end in bounds:
        if end - begin > max_chars and prev > begin:
            spans.append((begin, prev))
            begin = prev
        prev = end
    spans.append((begin, stop))
    return spans
