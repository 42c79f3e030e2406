"""Documents and the excerpts they are split into: the unit of search and of quizzing."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Mapping

from . import book
from .numerals import parse_number, to_chinese


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
    r"|附件[一二三四五六七八九十\d]*\s*.{0,40}"
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
    text = line.lstrip("#").strip()
    if line.startswith("#") and (_PART.match(text) or len(text) <= 20):
        return True  # ### 第五节 生活、卫生。: a Markdown heading, whatever stop its author put after it
    if re.fullmatch(r"附件[一二三四五六七八九十\d]*\s*[:：]?", text):
        return True  # 附件: on its own line opens the annex, whose text is no part of the last article
    # A numbered paragraph that runs on as prose ends in a full stop; a heading does not.
    return text[-1:] not in "。；：:;"


_PART = re.compile(r"第[一二三四五六七八九十百千零〇\d]+[编章节部分]")
_LIST_ITEM = re.compile(r"[（(][一二三四五六七八九十]+[）)]")
_LISTS_OPEN = ("：", ":", "；", ";")  # what a line before a list's item ends on


def split_document(doc: Document, max_chars: int = MAX_EXCERPT_CHARS) -> list[Excerpt]:
    """Split a document into excerpts: paragraphs, long ones cut at sentence ends.

    A book of numbered excerpts with source notes (see :mod:`textkit.analysis.book`) is split by
    its own passages instead: :func:`split_book`.
    """
    lines = [m.span() for m in re.finditer(r"[^\n]+", doc.text) if m.group().strip()]
    texts = [doc.text[a:b] for a, b in lines]
    if book.is_book(texts):
        return split_book(doc, lines, max_chars)
    excerpts: list[Excerpt] = []
    section = ""
    paragraph = 0
    # …持下列材料备案： then （一）筹备组组长签字的…: a list's item, no heading
    headings = [is_heading(line) and not (n and _LIST_ITEM.match(line.strip())
                                          and texts[n - 1].rstrip().endswith(_LISTS_OPEN))
                for n, line in enumerate(texts)]
    contents, opened = _contents(texts, headings)
    chapters = _unnumbered_chapters([opened.get(n, "" if n in contents else t) for n, t in enumerate(texts)],
                                    [(h and n not in contents) or n in opened for n, h in enumerate(headings)])
    for n, (start, end) in enumerate(lines):
        line = texts[n]
        if n in contents:
            continue
        if n in opened:
            section = opened[n]
            continue
        if headings[n]:
            section = line.strip().lstrip("#").strip().rstrip("。；;")
            continue
        if n in chapters:
            section = chapters[n]
            continue
        paragraph += 1
        excerpts.extend(_excerpts(doc, f"{doc.name}#{paragraph}", section, paragraph, [(start, end)], "", max_chars))
    return excerpts


_CHAPTER = re.compile(r"第([一二三四五六七八九十]{1,3})章(\s*)")


def _contents(lines: list[str], headings: list[bool]) -> tuple[set[int], dict[int, str]]:
    """A law's table of contents, and the bare title lines that open its chapters further on.

    Chapter headings in a row, numbered one after another, with nothing between them (## 第一章 总 则,
    ## 第二章 规划管理, …) list the chapters: they open none (else every article would sit in the last one
    listed, 第八章 附则). Where the chapters themselves are opened by their bare titles only (总 则, 规划管理 before 第七条), each such line
    opens the chapter the contents list under that title. Returns the contents' lines and, by line, the
    chapter each bare title opens.
    """
    number = [_chapter_number(line) if h else 0 for h, line in zip(headings, lines)]
    contents = {k for n in range(len(lines) - 1) if number[n] and number[n + 1] == number[n] + 1 for k in (n, n + 1)}
    if not contents:
        return contents, {}
    titles: dict[str, str] = {}
    for n in sorted(contents):
        heading = _heading_text(lines[n])
        titles.setdefault("".join(heading[_CHAPTER.match(heading).end():].split()), heading)
    opened = {n: titles["".join(lines[n].split())] for n in range(max(contents) + 1, len(lines))
              if not headings[n] and "".join(lines[n].split()) in titles}
    return contents, opened


def _chapter_number(line: str) -> int:
    m = _CHAPTER.match(_heading_text(line))
    return (parse_number(m.group(1)) or 0) if m else 0


def _heading_text(line: str) -> str:
    return line.strip().lstrip("#").strip().rstrip("。；;")
_BARE_TITLE = re.compile(r"[\u4e00-\u9fff]{2,16}")
_LAST_CHAPTERS = ("附则", "法律责任", "罚则")


def _unnumbered_chapters(lines: list[str], headings: list[bool]) -> dict[int, str]:
    """The chapters a law's bare title lines open where their numbers fell off in the copy, by line
    (网络素养促进 after 第一章 总则 and its articles, before 第十三条 …: 第二章 网络素养促进).

    A bare title line (a few characters, no punctuation) right before an article, after a numbered
    chapter, takes the next number. The guesses are kept only where they meet the numbering again: a
    run of them ends just before the next numbered chapter, or, with none after it, on 附则 or 法律责任;
    otherwise they were sections (一般规定 under 第三章) or something else, and are left alone.
    """
    out: dict[int, str] = {}
    run: dict[int, str] = {}
    last = 0  # the number of the chapter the text is in
    space = ""
    for n, line in enumerate(lines):
        if headings[n]:
            chapter = _CHAPTER.match(line.strip().lstrip("#").strip())
            if chapter and run and parse_number(chapter.group(1)) == last + 1:
                out.update(run)
            run = {}
            if chapter:
                last, space = parse_number(chapter.group(1)) or 0, chapter.group(2)
            continue
        title = "".join(line.split())
        following = lines[n + 1] if n + 1 < len(lines) else ""
        if last and last < 98 and _BARE_TITLE.fullmatch(title) and book.ARTICLE_LINE.match(following):
            last += 1
            run[n] = f"第{to_chinese(last)}章{space}{title}"
    if run and run[max(run)].endswith(_LAST_CHAPTERS):
        out.update(run)
    return out


def split_book(doc: Document, lines: list[tuple[int, int]], max_chars: int = MAX_EXCERPT_CHARS) -> list[Excerpt]:
    """Excerpts of a book: one per numbered passage, its number its id, its source note attached.

    - The book's number is the excerpt's number (``论述摘编#7``), not part of its text.
    - A passage is one excerpt when it is one paragraph of at most ``max_chars``; otherwise each of
      its paragraphs, long ones cut at sentence ends, is a piece ``#7.1``, ``#7.2``… (pieces never
      run across a paragraph break, so what a piece shows is what the book prints).
    - The source note after a passage becomes the ``note`` of each of its excerpts, never an excerpt.
    - Front matter (title page, 出版说明, 目录: everything before the 专题 heading of the first
      numbered passage) is not split into excerpts, so that neither search nor quizzes take it for
      a passage; it stays in the document's text.
    - A heading of front or back matter met later (出版说明, 目录, 前言, 后记…) keeps what follows it, up
      to the next heading or numbered passage, out in the same way.
    - Numbers that restart in every 专题 get the 专题's ordinal in front: ``#3-7``.
    - A paragraph outside any numbered passage is an excerpt ``#p12`` (its paragraph's ordinal).
    """
    text = doc.text
    first = next(i for i, (a, b) in enumerate(lines) if book.numbered(text[a:b]))
    body = max((i for i in range(first) if is_heading(text[slice(*lines[i])])), default=first)
    if book.is_front_matter(text[slice(*lines[body])]):
        body = first
    passages: list[book.Passage] = []
    section, sections, current, aside = "", 0, None, False
    for ordinal, (a, b) in enumerate(lines[body:], 1):
        line = text[a:b]
        note = book.note_text(line)
        start = book.numbered(line)
        if is_heading(line) or book.is_front_matter(line):
            # 出版说明, 目录 or 后记 met further on is kept out as the front matter is.
            aside = book.is_front_matter(line)
            if not aside:
                section, sections = line.strip().lstrip("#").strip(), sections + 1
            current = None
        elif aside and start is None:
            continue
        elif note is not None:
            owner = current or (passages[-1] if passages and not passages[-1].note else None)
            if owner is not None:
                owner.note = " ".join(note.split())
            current = None
        elif start is not None:
            current = book.Passage(start[0], section, [(a + start[1], b)], ordinal=sections)
            passages.append(current)
        elif current is not None:
            current.lines.append((a, b))
        else:
            passages.append(book.Passage(0, section, [(a, b)], ordinal=ordinal))
    numbers = [p.number for p in passages if p.number]
    restarts = len(set(numbers)) < len(numbers)
    excerpts: list[Excerpt] = []
    last = 0
    for p in passages:
        if p.number:
            last = p.number
            pid = f"{doc.name}#{p.ordinal}-{p.number}" if restarts else f"{doc.name}#{p.number}"
        else:
            pid = f"{doc.name}#p{p.ordinal}"
        excerpts.extend(_excerpts(doc, pid, p.section, p.number or last, p.lines, p.note, max_chars))
    return excerpts


def _excerpts(doc: Document, pid: str, section: str, paragraph: int, spans: list[tuple[int, int]], note: str,
              max_chars: int) -> list[Excerpt]:
    """The excerpts of one passage (paragraph spans of ``doc.text``): ``pid`` if one piece, else ``pid.1``…"""
    pieces = [(start + a, start + b) for start, end in spans for a, b in _pieces(doc.text[start:end], max_chars)]
    return [
        Excerpt(id=pid if len(pieces) == 1 else f"{pid}.{n}", doc=doc.name, section=section, paragraph=paragraph,
                start=a, end=b, text=doc.text[a:b], meta=doc.meta, note=note)
        for n, (a, b) in enumerate(pieces, 1)
    ]


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
