"""Loading sources (text, Word, PDF, HTML, ``.jsonl`` files and folders) into documents and excerpts.

A file that cannot be read is skipped with a warning on the ``textkit.load`` logger naming it and
saying why; the rest still loads. A source path that does not exist is a :class:`SourceNotFound`.
"""

from __future__ import annotations

import codecs
import dataclasses
import json
import logging
import os
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Callable, Iterable, Iterator

from ..errors import EmptyCorpus, LoadError, SourceNotFound
from .book import document_title, split_note_lines
from .excerpts import Document, Excerpt, is_heading, split_document
from .normalize import clean

log = logging.getLogger(__name__)

# Which files are read and the limits on them: textkit.analysis.sources
from .sources import MAX_FILE_BYTES, SUFFIXES, check_size, distinct_names, jsonl_lines, special, walk  # noqa: F401

# A text with more control characters than this is binary data, whatever decoded it.
_MAX_CONTROL_RATIO = 0.01
_ASCII_BYTES = bytes(range(0x80))
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f\ufffd]")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CHINESE = ("gb18030", "gbk", "gb2312", "hz", "big5", "big5hkscs", "cp950", "cp936")
_SIGNATURES = (
    (b"%PDF-", "a PDF file; name it .pdf"),
    (b"PK\x03\x04", "a ZIP or Office file; save Word documents as .docx"),
    (b"\xd0\xcf\x11\xe0", "an old Office file (.doc/.xls); save it as .docx"),
    (b"{\\rtf", "an RTF file; save it as .docx or .txt"),
    (b"\x89PNG", "an image"),
    (b"\xff\xd8\xff", "an image"),
    (b"GIF8", "an image"),
    (b"\x7fELF", "a program"),
)


def load_documents(sources: Iterable[str | os.PathLike[str]]) -> list[Document]:
    """Read every source; unreadable files are skipped with a warning on the ``textkit.load`` logger."""
    return list(iter_documents(sources))


def load_corpus(sources: Iterable[str | os.PathLike[str]]) -> list[Excerpt]:
    """Load sources and split them into excerpts; :class:`EmptyCorpus` if none holds any text."""
    sources = list(sources)
    excerpts: list[Excerpt] = []
    # One document at a time: a large .jsonl never sits in memory whole, only its excerpts do.
    for doc in iter_documents(sources):
        excerpts.extend(split_document(doc))
    if not excerpts:
        named = ", ".join(str(s) for s in sources[:3]) + (" …" if len(sources) > 3 else "")
        raise EmptyCorpus(
            f"no text could be loaded from {named or 'no sources'}; give .txt, .md, .docx, .pdf, "
            ".html or .jsonl files (or folders of them) that contain text"
        )
    return excerpts


def iter_documents(sources: Iterable[str | os.PathLike[str]]) -> Iterator[Document]:
    """Documents of every source, one at a time, with names unique within this load."""
    files = source_files(sources)
    stems = distinct_names(files)
    return name_documents(doc for file in files for doc in _documents_of(file, stems[file]))


def source_files(sources: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """The files the sources name, in load order, each once: folders walked (sorted), links followed once.

    With :func:`~textkit.analysis.sources.distinct_names`, :func:`read_documents` and
    :func:`name_documents`, the steps of :func:`iter_documents`, so that a distributed load
    (``textkit index --dask``) reads files on workers and names their documents here.
    """
    paths = [Path(source) for source in sources]
    for path in paths:  # fail before any work, not after loading half the sources
        if not os.path.lexists(path):
            raise SourceNotFound(f"{path}: no such file or folder; check the path")
    seen: set[Path] = set()
    files: list[Path] = []
    for path in paths:
        for file in walk(path) if path.is_dir() else [path]:
            key = _resolved(file)
            if key not in seen:
                seen.add(key)
                files.append(file)
    return files


def read_documents(file: str | os.PathLike[str], name: str | None = None) -> list[Document]:
    """The documents of one file (a .jsonl holds several); [] with a warning when it cannot be read.

    ``name``: the name a document named after the file takes (its folder part, where that tells
    files apart: see :func:`~textkit.analysis.sources.distinct_names`).
    """
    file = Path(file)
    return list(_documents_of(file, name or file.stem))


def name_documents(documents: Iterable[Document]) -> Iterator[Document]:
    """The documents in order, renamed where needed so that their names are unique within this load."""
    names = _UniqueNames()
    for doc in documents:
        yield names.rename(doc)


def _documents_of(file: Path, stem: str) -> Iterator[Document]:
    what = special(file)
    if what is not None:  # given by name: still never opened
        log.warning("skipped %s: %s, not a regular file; textkit reads only files", file, what)
        return
    try:
        for doc in _read(file):
            if doc.name == file.stem and stem != file.stem:
                doc = dataclasses.replace(doc, name=stem)
            yield doc
    except LoadError as exc:
        log.warning("skipped %s: %s", file, exc)
    except OSError as exc:
        log.warning("skipped %s: cannot read it (%s)", file, exc.strerror or exc)


def decode_bytes(data: bytes, name: str = "<input>") -> str:
    """Decode bytes of unknown encoding (UTF-8/16/32, GB18030, Big5, …) to text; LoadError if binary."""
    try:
        return _decode(data, name)
    except LoadError as exc:
        raise LoadError(f"{name}: {exc}") from None


def _decode(data: bytes, name: str) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(encoding))
            except UnicodeDecodeError as exc:
                raise LoadError(f"broken {encoding} text ({exc.reason})") from None
    for signature, what in _SIGNATURES:
        if data.startswith(signature):
            raise LoadError(f"this is {what}, not text")
    try:
        return _checked(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    # UTF-8 with a few damaged bytes (a truncated download, a bad copy) is still UTF-8.
    text = data.decode("utf-8", "replace")
    bad = text.count("\ufffd")
    # Few bad spots among many well-formed multi-byte characters; GBK read as UTF-8 is mostly bad.
    good = len(text) - bad - (len(data) - len(data.translate(None, _ASCII_BYTES)))
    if bad <= max(3, len(text) // 200) and good > 20 * bad and b"\x00" not in data:
        log.warning("%s: %d byte(s) that are not UTF-8 replaced by \ufffd", name, bad)
        return text
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        raise LoadError("not text in any one encoding textkit knows (a binary file, or text in mixed "
                        "encodings?); save it as UTF-8 text")
    # Short Chinese texts also decode as Korean or Japanese; for a Chinese toolkit a Chinese
    # reading that the detector found plausible wins.
    best = matches[0]
    if not best.encoding.startswith(("utf", "ascii")) and best.encoding not in _CHINESE:
        best = next((m for m in matches if m.encoding in _CHINESE), best)
    return _checked(str(best))


def _checked(text: str) -> str:
    if text and len(_CONTROL.findall(text)) > _MAX_CONTROL_RATIO * len(text):
        raise LoadError("binary data, not text (NUL or control characters)")
    return text


class _UniqueNames:
    """Give documents names unique within one load: a repeated name gets `` (2)``, `` (3)``, …"""

    def __init__(self) -> None:
        self._seen: set[str] = set()

    def rename(self, doc: Document) -> Document:
        name, n = doc.name, 1
        while name in self._seen:
            n += 1
            name = f"{doc.name} ({n})"
        self._seen.add(name)
        if name == doc.name:
            return doc
        return Document(name=name, text=doc.text, path=doc.path, meta=doc.meta)


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path.absolute()


def _read(path: Path) -> Iterator[Document]:
    suffix = path.suffix.lower()
    check_size(path, suffix)
    if suffix == ".jsonl":
        yield from _read_jsonl(path)
        return
    reader = _READERS.get(suffix, _read_text)
    text = split_note_lines(clean(reader(path)))
    if not text.strip():
        raise LoadError("empty: no text in it")
    title = document_title(text)
    yield Document(name=path.stem, text=text, path=str(path), meta={"title": title} if title else {})


def _read_text(path: Path) -> str:
    data = path.read_bytes()
    if not data.strip():
        raise LoadError("empty file")
    return _decode(data, str(path))


def _read_docx(path: Path) -> str:
    """Paragraphs and table cells in document order; Word headings become heading lines."""
    import docx
    from docx.table import Table

    try:
        document = docx.Document(str(path))
        blocks: list[str] = []
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                blocks.extend(_table_cells(block))
            else:
                blocks.append(_heading_line(block.text, _style_name(block)))
    except Exception as exc:  # python-docx raises many kinds of error on damaged files
        raise LoadError(f"not a readable Word .docx file ({type(exc).__name__}: {exc})") from None
    # A blank line between blocks: Word paragraphs are real paragraphs; line breaks inside one
    # are soft and get repaired.
    return "\n\n".join(b for b in blocks if b.strip())


def _table_cells(table) -> Iterator[str]:
    # A merged cell is returned once per grid column it spans. Its XML element is the same
    # each time; holding the elements keeps their ids from being reused.
    seen: dict[int, object] = {}
    for row in table.rows:
        for cell in row.cells:
            if id(cell._tc) not in seen:
                seen[id(cell._tc)] = cell._tc
                yield cell.text


def _style_name(paragraph) -> str:
    try:
        return paragraph.style.name or ""
    except Exception:  # a style missing from a damaged styles part
        return ""


def _heading_line(text: str, style: str) -> str:
    level = style.lower()
    if not level.startswith(("heading", "title", "标题")) or not text.strip() or is_heading(text):
        return text
    digits = "".join(ch for ch in level if ch.isdigit())
    return "#" * min(int(digits or 1), 6) + " " + text.strip()


_PAGE_NUMBER = re.compile(r"(?m)^[ \t]*(?:[-–—]\s*\d+\s*[-–—]|第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?|\d+\s*/\s*\d+)[ \t]*$")


def _read_pdf(path: Path) -> str:
    """Text of every page as its paragraphs, from the lines' places on the page (see :mod:`.pdf`)."""
    from .pdf import read_pdf

    return _PAGE_NUMBER.sub("", read_pdf(path))


def _read_html(path: Path) -> str:
    """The page's article with its title as a heading line (:mod:`.html`); failing that, the page's
    visible text: scripts and styles dropped, block elements on lines of their own."""
    from .html import article

    page = _read_text(path)
    found = article(page)
    if found is not None:
        title, paragraphs = found
        # A blank line between paragraphs: each is one already; none is joined to the next.
        return "\n\n".join(([f"# {title}"] if title else []) + paragraphs)
    parser = _HTMLText()
    parser.feed(page)
    parser.close()
    return parser.text()


_BLOCKS = frozenset(
    "address article aside blockquote caption dd div dl dt figcaption figure footer form h1 h2 h3 h4 "
    "h5 h6 header hr li main nav ol p pre section table tbody td tfoot th thead title tr ul".split()
)
_HIDDEN = frozenset(("script", "style", "noscript", "template", "head", "svg", "iframe", "object"))


class _HTMLText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._parts: list[str] = []
        self._hidden = 0
        self._pre = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _HIDDEN:
            self._hidden += 1
        elif tag == "br":
            self._parts.append("\n")
        elif tag in _BLOCKS:
            self._parts.append("\n\n")
            if tag == "pre":
                self._pre += 1
            if len(tag) == 2 and tag[0] == "h" and tag[1].isdigit():
                self._parts.append("#" * int(tag[1]) + " ")

    def handle_startendtag(self, tag: str, attrs) -> None:
        if tag == "br":
            self._parts.append("\n")
        elif tag in _BLOCKS:
            self._parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in _BLOCKS:
            self._parts.append("\n\n")
            if tag == "pre":
                self._pre = max(0, self._pre - 1)

    def handle_data(self, data: str) -> None:
        if self._hidden:
            return
        # Outside <pre>, a newline in HTML source is just a space, as a browser shows it.
        self._parts.append(data if self._pre else re.sub(r"\s+", " ", data))

    def text(self) -> str:
        # Drop heading marks left without a heading text.
        return re.sub(r"(?m)^#+ *$", "", "".join(self._parts))


_MAX_LINE_WARNINGS = 5  # then one summary, so that a wrongly encoded file does not flood the screen


def _read_jsonl(path: Path) -> Iterator[Document]:
    """One document per line, read line by line; bad lines are skipped with a warning (file:line)."""
    found = bad = 0
    with path.open("rb") as lines:
        for number, raw, why in jsonl_lines(lines):
            if raw is not None and not raw.strip():
                continue
            try:
                if raw is None:
                    raise LoadError(why)
                doc = _row_document(path, number, raw)
            except LoadError as exc:
                bad += 1
                if bad <= _MAX_LINE_WARNINGS:
                    log.warning("skipped %s:%d: %s", path, number, exc)
                continue
            found += 1
            yield doc
    if bad > _MAX_LINE_WARNINGS:
        log.warning("skipped %s: %d bad lines in all (the first %d named above)", path, bad, _MAX_LINE_WARNINGS)
    if not found:
        raise LoadError("no line holds a JSON object with a 'content' or 'text' field")


def _row_document(path: Path, number: int, raw: bytes) -> Document:
    try:
        row = json.loads(raw.decode("utf-8-sig" if number == 1 else "utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise LoadError(f"not a JSON object in UTF-8 ({_short(exc)})") from None
    if not isinstance(row, dict):
        raise LoadError(f"a JSON {type(row).__name__}, not an object")
    body = row.pop("content" if "content" in row else "text", None)
    if not isinstance(body, str) or not body.strip():
        raise LoadError("no text in a 'content' or 'text' field")
    text = clean(body)
    if not text:
        raise LoadError("no visible text")
    title = str(row.pop("title", None) or "").strip()
    meta = {**row, "title": title} if title else row  # the row's title is the document's own
    return Document(name=title or f"{path.stem}:{number}", text=split_note_lines(text), path=str(path), meta=meta)


def _short(exc: Exception) -> str:
    return str(exc).split("\n")[0][:120]


_READERS: dict[str, Callable[[Path], str]] = {
    ".txt": _read_text,
    ".md": _read_text,
    ".docx": _read_docx,
    ".pdf": _read_pdf,
    ".html": _read_html,
    ".htm": _read_html,
}
