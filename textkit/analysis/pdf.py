"""Reading a PDF's text as its paragraphs, from where each line sits on the page (pdfminer.six).

A PDF holds positioned lines, not paragraphs. Text extractors give the lines, and a line that
ends a page row after a full stop cannot be told from a paragraph's end; a book's source note,
right-aligned and ending in a bracket, runs into the next passage. Here each line's left and
right edge decide instead: a paragraph starts where a line is indented (the first-line indent of
Chinese prose), centred or right-aligned (headings, notes), or follows a line that stopped short
of the right margin, or a gap wider than a line. Lines that run on are joined without a break.

pdfminer.six (MIT) was chosen by measurement against pypdf, pdfplumber and poppler's
``pdftotext`` on a book exported from Word by LibreOffice: see ``docs/pdf-extraction.md``.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path
from statistics import median

from ..errors import LoadError
from .excerpts import is_heading

_CJK = "\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef"
# A PDF shows a gap between Chinese and Latin letters or digits (Word's autospacing); extractors
# turn it into a space that is in no source: 2014 年4 月30 日 → 2014年4月30日.
_LAYOUT_SPACE = re.compile(f"(?<=[{_CJK}])[ \u00a0]+(?=[0-9A-Za-z{_CJK}])|(?<=[0-9A-Za-z])[ \u00a0]+(?=[{_CJK}])")

_PAGE_NUMBER = re.compile(r"^(?:[-–—]?\s*\d{1,4}\s*[-–—]?|第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?|\d+\s*/\s*\d+|[ivxlcIVXLC]{1,6})$")


@dataclass
class _Line:
    page: int
    x0: float
    x1: float
    top: float
    bottom: float
    text: str


def read_pdf(path: Path) -> str:
    """The PDF's text, one paragraph per block (blank line between); LoadError if it has none."""
    from pdfminer.high_level import extract_pages

    # pdfminer reports each damaged structure on its own loggers; our one warning per file says it.
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    try:
        # No layout analysis (laparams=None): the characters and their places are all we need, and
        # pdfminer's own lines put quotation marks set in a Latin font on lines of their own.
        pages = [_page_lines(page, number) for number, page in enumerate(extract_pages(str(path), laparams=None))]
        lines = [line for page in _without_margins(pages) for line in page]
    except LoadError:
        raise
    except Exception as exc:  # pdfminer raises many kinds of error on damaged or encrypted files
        name = type(exc).__name__
        if "Encrypt" in name or "Password" in name:
            raise LoadError("the PDF is password-protected") from None
        raise LoadError(f"not a readable PDF ({name}: {exc})") from None
    text = "\n\n".join(_paragraphs(lines))
    if not text.strip():
        raise LoadError("the PDF has no text layer (a scan? run OCR on it first)")
    return text


def fix_layout_spaces(text: str) -> str:
    """Drop the spaces a PDF's layout puts between Chinese and digits or Latin letters."""
    return _LAYOUT_SPACE.sub("", text)


def _page_lines(page, number: int) -> list[_Line]:
    """The page's rows of characters, top to bottom, each read left to right."""
    from pdfminer.layout import LTChar

    chars: list[tuple[float, float, float, float, str]] = []  # top, bottom, x0, x1, text

    def visit(item) -> None:
        if isinstance(item, LTChar):
            if item.get_text().strip() and item.upright:
                chars.append((page.height - item.y1, page.height - item.y0, item.x0, item.x1, item.get_text()))
            return
        for child in getattr(item, "_objs", ()) or ():
            visit(child)

    visit(page)
    chars.sort(key=lambda c: c[0] + c[1])
    rows: list[list[tuple[float, float, float, float, str]]] = []
    for c in chars:
        # A character whose middle lies within the row's height belongs to it: “” in a Latin font
        # sit higher or lower than the Chinese beside them but on the same row.
        if rows and abs((c[0] + c[1]) / 2 - _middle(rows[-1])) < 0.45 * (rows[-1][0][1] - rows[-1][0][0]):
            rows[-1].append(c)
        else:
            rows.append([c])
    return [_row_line(row, number) for row in rows]


def _middle(row) -> float:
    return (row[0][0] + row[0][1]) / 2


def _row_line(row, number: int) -> _Line:
    row.sort(key=lambda c: c[2])
    size = median(c[1] - c[0] for c in row) or 10.0
    parts = [row[0][4]]
    for before, c in zip(row, row[1:]):
        if c[2] - before[3] > 0.25 * size:  # a gap between words (Latin text has no space glyphs in some PDFs)
            parts.append(" ")
        parts.append(c[4])
    text = " ".join("".join(parts).split())
    return _Line(number, row[0][2], max(c[3] for c in row), min(c[0] for c in row), max(c[1] for c in row), text)


def _without_margins(pages: list[list[_Line]]) -> list[list[_Line]]:
    """Pages without their running heads and feet: page numbers, and a line that starts or ends
    many pages (the book's title over every page); left in, they would cut a passage in two."""
    def key(line: _Line) -> str:
        return re.sub(r"\d+", "#", line.text)

    counts: dict[str, int] = {}
    for page in pages:
        for line in {key(line): line for line in page[:1] + page[-1:]}.values():
            counts[key(line)] = counts.get(key(line), 0) + 1
    repeated = {k for k, n in counts.items() if n >= max(3, 0.3 * len(pages))}

    def margin(line: _Line) -> bool:
        return bool(_PAGE_NUMBER.match(line.text)) or key(line) in repeated

    out = []
    for page in pages:
        a, b = 0, len(page)
        while a < b and margin(page[a]):
            a += 1
        while b > a and margin(page[b - 1]):
            b -= 1
        out.append(page[a:b])
    return out


def _paragraphs(lines: list[_Line]) -> list[str]:
    if not lines:
        return []
    heights = [line.bottom - line.top for line in lines]
    size = median(heights) or 10.0  # about one character's width in CJK text
    # The text column: the most common left edge, and the right edge most full lines reach.
    left = _mode(line.x0 for line in lines)
    right = _mode(line.x1 for line in lines if line.x0 <= left + 0.5 * size) if lines else 0.0
    paragraphs: list[list[str]] = []
    previous: _Line | None = None
    for line in lines:
        starts = (
            previous is None
            or line.x0 > left + 0.8 * size  # indented first line, centred heading, right-aligned note
            or right - previous.x1 > _lead_width(line.text, size) + 1.5 * size  # the line before ended short
            or previous.x0 > left + 0.8 * size and previous.x1 >= right - 1.5 * size and _is_aside(previous, left, size)
            or (line.page == previous.page and line.top - previous.bottom > 1.2 * size)  # a gap: a new block
        )
        # A heading set as a line of its own (in a PDF without indents) is its own paragraph too.
        starts = starts or is_heading(line.text) and _ends_sentence(previous.text) or (
            len(paragraphs[-1]) == 1 and is_heading(paragraphs[-1][0]) and not is_heading(paragraphs[-1][0] + line.text))
        if starts and not _title_runs_on(previous, line, size):
            paragraphs.append([line.text])
        else:
            paragraphs[-1].append(line.text)
        previous = line
    return [fix_layout_spaces(_joined(parts)) for parts in paragraphs]


_HOLDS_ON = "，。、；：？！,.;:?!”’）》」』】〕%"


def _lead_width(text: str, size: float) -> float:
    """Width of what a layout cannot break off the start of ``text``: a Latin word or number, or a
    Chinese character, with the punctuation that may not begin a line. If the line before stopped
    short by less than this, it was wrapped, not ended."""
    m = re.match(r"[0-9A-Za-z.,%+\-/:]+", text)
    unit = m.group() if m else text[:1]
    end = len(unit)
    while end < len(text) and text[end] in _HOLDS_ON:
        end += 1
    unit = text[:end]
    return sum(0.55 * size if ch.isascii() else size for ch in unit)


def _title_runs_on(previous: _Line | None, line: _Line, size: float) -> bool:
    """A title in a display font, centred and wrapped onto a second line (…论述 / 摘编)."""
    if previous is None or previous.page != line.page:
        return False
    height, before = line.bottom - line.top, previous.bottom - previous.top
    return (height > 1.3 * size and abs(height - before) < 0.1 * height
            and line.top - previous.bottom < 0.6 * height and not _ends_sentence(previous.text))


def _ends_sentence(text: str) -> bool:
    return text.rstrip("”’」』）)】〕》")[-1:] in "。！？!?；;…："


def _is_aside(line: _Line, left: float, size: float) -> bool:
    """A right-aligned line (a source note, a signature) that reaches the margin: never run on from."""
    return line.x0 > left + 4 * size


def _joined(parts: list[str]) -> str:
    out = parts[0]
    for part in parts[1:]:
        # Latin words broken at a line's end keep a space; Chinese never had one.
        out += (" " if out[-1:].isascii() and out[-1:].isalnum() and part[:1].isascii() and part[:1].isalnum()
                else "") + part
    return out


def _mode(values) -> float:
    """The most common value, to the nearest point."""
    counts: dict[int, int] = {}
    for v in values:
        counts[round(v)] = counts.get(round(v), 0) + 1
    return float(max(counts, key=lambda k: (counts[k], -k))) if counts else 0.0
