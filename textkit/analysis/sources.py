"""Which files a load reads, and the limits checked before reading any of them.

- Only regular files are read (a link to one is fine): a FIFO would hang the load, a device such
  as ``/dev/zero`` or ``/dev/urandom`` never ends, a socket cannot be read. They are skipped with
  a warning, never opened.
- Every format has a size limit checked before reading; a ``.docx`` (a ZIP) also a limit on what
  it unpacks to, read from the ZIP's central directory before python-docx parses anything (a
  1 MB file can unpack to 900 MB of XML).
- A ``.jsonl`` is read a line at a time: a line over :data:`MAX_LINE_BYTES` is skipped without
  being held in memory, a line nested deeper than :data:`MAX_JSON_DEPTH` is skipped before it is
  parsed; each with a warning naming file:line, the good lines kept.
- Documents from different folders that share a file name keep the folder part that tells them
  apart (``2023/工作要点`` and ``2024/工作要点``).
"""

from __future__ import annotations

import logging
import mmap
import os
import re
import stat
import zipfile
import zlib
from pathlib import Path
from typing import BinaryIO, Iterator

from ..errors import LoadError

log = logging.getLogger("textkit.analysis.load")

SUFFIXES = (".txt", ".md", ".docx", ".pdf", ".html", ".htm", ".jsonl")
# A single document is held in memory whole: refuse one so large that it is surely not a document
# but a log or a dump put in the folder by mistake (a .jsonl is read a line at a time instead).
MAX_FILE_BYTES = 256 * 2**20
MAX_UNZIPPED_BYTES = 256 * 2**20  # what a .docx may unpack to, all parts together
MAX_LINE_BYTES = 32 * 2**20  # one .jsonl line: one document
MAX_JSON_DEPTH = 32  # nesting of one .jsonl line ([ and { counted, also inside strings)
_CHUNK = 1 << 20


def kind_of(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "not a regular file"


def special(path: Path) -> str | None:
    """What ``path`` is if it is not a regular file (following links), else None; never opens it."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None  # missing or unreadable: reading it says why
    return None if stat.S_ISREG(mode) else kind_of(mode)


def walk(folder: Path) -> Iterator[Path]:
    """Regular files with a known ending under a folder, sorted, each folder once even through
    symlink loops; special files are named in a warning and skipped."""
    visited: set[tuple[int, int]] = set()

    def visit(path: Path) -> Iterator[Path]:
        try:
            info = path.stat()
            entries = sorted(os.scandir(path), key=lambda e: e.name)
        except OSError as exc:
            log.warning("skipped folder %s: cannot read it (%s)", path, exc.strerror or exc)
            return
        if (info.st_dev, info.st_ino) in visited:
            log.warning("skipped folder %s: already read through another path (a symlink loop?)", path)
            return
        visited.add((info.st_dev, info.st_ino))
        for entry in entries:
            # Hidden files and Word's ~$ lock files are not documents anyone meant to give.
            if entry.name.startswith((".", "~$")):
                continue
            child = Path(entry.path)
            try:
                mode = os.stat(child).st_mode  # follows a link: a link to a file is that file
            except OSError:
                if child.suffix.lower() in SUFFIXES:
                    yield child  # a dangling link: reading it names it and says why
                continue
            if stat.S_ISDIR(mode):
                yield from visit(child)
            elif child.suffix.lower() not in SUFFIXES:
                continue
            elif stat.S_ISREG(mode):
                yield child
            else:
                log.warning("skipped %s: %s, not a regular file; textkit reads only files", child, kind_of(mode))

    yield from visit(folder)


def check_size(path: Path, suffix: str) -> None:
    """LoadError if the file is larger than its format allows (or, for .docx, unpacks to more)."""
    size = path.stat().st_size
    if suffix != ".jsonl" and size > MAX_FILE_BYTES:
        raise LoadError(
            f"too large ({size // 2**20} MB, the limit is {MAX_FILE_BYTES // 2**20} MB); "
            "split it, or give it as .jsonl with one document a line"
        )
    if suffix == ".docx":
        try:
            with zipfile.ZipFile(path) as z:
                unpacked = sum(info.file_size for info in z.infolist())
        except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
            raise LoadError(f"not a readable Word .docx file ({type(exc).__name__}: {exc})") from None
        if unpacked > MAX_UNZIPPED_BYTES:
            raise LoadError(
                f"unpacks to {unpacked // 2**20} MB (the limit is {MAX_UNZIPPED_BYTES // 2**20} MB): "
                "not a document but a ZIP bomb, or a very large one; save its text as .txt"
            )
    if suffix == ".pdf":
        unpacked = pdf_unpacked_bytes(path, MAX_UNZIPPED_BYTES)
        if unpacked > MAX_UNZIPPED_BYTES:
            raise LoadError(
                f"its compressed streams unpack to more than {MAX_UNZIPPED_BYTES // 2**20} MB: a PDF bomb, or a "
                "very large scan; save its text as .txt"
            )


_STREAM = re.compile(rb"stream\r?\n")
_ENDSTREAM = b"endstream"


def pdf_unpacked_bytes(path: Path, limit: int) -> int:
    """How many bytes the PDF's Flate streams unpack to, counted without holding them: stops past ``limit``.

    The PDF reader inflates every stream whole, so a small file of highly compressed zeros would
    exhaust memory; this pass inflates each stream in bounded pieces first and only counts.
    """
    total = 0
    if path.stat().st_size == 0:
        return 0  # nothing to unpack (the reader says it is no PDF)
    with open(path, "rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as data:
        for m in _STREAM.finditer(data):
            head = data[max(0, m.start() - 512):m.start()]
            if b"/FlateDecode" not in head[head.rfind(b"<<"):] and b"/Fl " not in head[head.rfind(b"<<"):]:
                continue
            end = data.find(_ENDSTREAM, m.end())
            if end < 0:
                end = len(data)
            inflate = zlib.decompressobj()
            pos = m.end()
            try:
                while pos < end and total <= limit:
                    chunk = data[pos:min(end, pos + 65536)]
                    pos += len(chunk)
                    out = inflate.decompress(chunk, 1 << 20)
                    total += len(out)
                    while inflate.unconsumed_tail and not inflate.eof and total <= limit:
                        out = inflate.decompress(inflate.unconsumed_tail, 1 << 20)
                        total += len(out)
                        if not out:
                            break  # bytes past the stream's end: nothing more comes out of them
                    if inflate.eof:
                        break
            except zlib.error:
                continue  # a damaged stream: the reader will say so
            if total > limit:
                return total
    return total


def jsonl_lines(fh: BinaryIO) -> Iterator[tuple[int, bytes | None, str]]:
    """(line number, bytes or None, why not) for each line; a line too long is skipped unread, a
    line nested too deeply unparsed, each with the reason instead of its bytes."""
    number = 0
    while True:
        raw = fh.readline(MAX_LINE_BYTES + 1)
        if not raw:
            return
        number += 1
        if len(raw) > MAX_LINE_BYTES and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):  # skip the rest of the line, a chunk at a time
                raw = fh.readline(_CHUNK)
            yield number, None, f"line longer than {MAX_LINE_BYTES // 2**20} MB (one document a line)"
            continue
        if too_deep(raw):
            yield number, None, f"JSON nested more than {MAX_JSON_DEPTH} levels deep"
            continue
        yield number, raw, ""


def too_deep(raw: bytes) -> bool:
    """Whether brackets nest deeper than MAX_JSON_DEPTH (an overestimate: brackets in strings count)."""
    if raw.count(b"[") + raw.count(b"{") <= MAX_JSON_DEPTH:
        return False
    import numpy as np

    data = np.frombuffer(raw, np.uint8)
    step = ((data == 0x5B) | (data == 0x7B)).astype(np.int32) - ((data == 0x5D) | (data == 0x7D))
    return int(np.cumsum(step).max()) > MAX_JSON_DEPTH


def distinct_names(files: list[Path]) -> dict[Path, str]:
    """Document names for files: the file name without its ending, and where files in different
    folders share it, as much of the folder path as tells them apart (``2023/工作要点``)."""
    by_stem: dict[str, list[Path]] = {}
    for file in files:
        by_stem.setdefault(file.stem, []).append(file)
    names = {}
    for stem, group in by_stem.items():
        if len(group) == 1:
            names[group[0]] = stem
            continue
        parts = [Path(os.path.abspath(f)).parent.parts for f in group]
        folders = set(parts)
        if len(folders) == 1:  # one folder, several endings: numbered as (2), (3) later
            names.update((file, stem) for file in group)
            continue
        depth = max(len(p) for p in folders)
        k = next((k for k in range(1, depth + 1) if len({p[-k:] for p in folders}) == len(folders)), depth)
        for file, p in zip(group, parts):
            names[file] = "/".join([*(x for x in p[-k:] if x != os.sep), stem])
    return names
