"""Quiz sheets in the formats people use: md, html, docx, pdf, json, apkg (Anki), gift (Moodle), csv."""

from __future__ import annotations

import importlib
import os
import sys
import tempfile
from pathlib import Path

from ..errors import ExportError
from ..quiz.model import Quiz
from .sheet import safe_filename

__all__ = ["FORMATS", "KEY_FORMATS", "render", "write_quiz", "safe_filename"]

# format -> module in this package; each has render(quiz, part="all") -> str | bytes
FORMATS = {
    "md": "md",
    "html": "html",
    "docx": "docx",
    "json": "jsonfmt",
    "apkg": "apkg",
    "gift": "gift",
    "csv": "csv",
    "pdf": "pdf",
}
BINARY = {"docx", "apkg", "pdf"}
KEY_FORMATS = {"md", "html", "docx", "pdf"}  # the others carry their answers inside each item
# Other endings that name a format. `.txt` names none (GIFT, Markdown and CSV are all text): an error.
_SUFFIX = {".markdown": "md", ".htm": "html", ".gift": "gift"}


def render(quiz: Quiz, fmt: str, part: str = "all") -> str | bytes:
    """The sheet in one format: text for md/html/json/gift/csv, bytes for docx/pdf/apkg.

    ``part`` is ``all`` (questions then the key), ``sheet`` (questions only) or ``key``
    (the answer key only); only md, html, docx and pdf can be split.
    """
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    if part != "all" and fmt not in KEY_FORMATS:
        raise ExportError(f"a separate answer key works with {', '.join(sorted(KEY_FORMATS))}; "
                          f"{fmt} files carry the answers with each question")
    module = importlib.import_module(f".{FORMATS[fmt]}", __name__)
    return module.render(quiz, part=part)


def format_for(path: Path | str | None, default: str = "md") -> str:
    """The format a file name asks for by its ending (``quiz.docx`` → docx).

    No file (None, ``-`` for stdout) or an existing folder gives ``default``; an ending that names
    no format (``quiz.txt``, ``quiz``) is an ExportError, never a sheet written in another format.
    """
    if path is None or str(path) == "-" or Path(path).is_dir():
        return default
    suffix = Path(path).suffix.lower()
    if suffix[1:] in FORMATS:
        return suffix[1:]
    if suffix in _SUFFIX:
        return _SUFFIX[suffix]
    endings = ", ".join(f".{f}" for f in FORMATS)
    named = f"ending {suffix!r}" if suffix else "no ending"
    raise ExportError(f"{Path(path).name} has {named}, which names no sheet format: end it with one of "
                      f"{endings}, or choose the format with -f")


def write_quiz(
    quiz: Quiz,
    output: Path | str | None,
    fmt: str | None = None,
    key_path: Path | str | None = None,
) -> list[Path]:
    """Write a quiz sheet (and, with ``key_path``, its answer key as a second file); return the paths written.

    ``output`` None writes ``quizzes/<title>.<fmt>`` under the current folder; ``-`` writes a text
    format to stdout. ``fmt`` None takes the format from the output's file ending (an ending that
    names no format is an ExportError); md when there is no file name to go by.
    """
    fmt = fmt or format_for(output)
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    written: list[Path] = []
    part, key_fmt = "all", fmt
    if key_path is not None:
        key_path = Path(key_path)
        key_fmt = format_for(key_path, default=fmt if fmt in KEY_FORMATS else "md")
        if fmt not in KEY_FORMATS:
            raise ExportError(f"--key works with {', '.join(sorted(KEY_FORMATS))} sheets; "
                              f"{fmt} files already carry the answers with each question")
        if key_fmt not in KEY_FORMATS:
            raise ExportError(f"the answer key can be written as {', '.join(sorted(KEY_FORMATS))}, "
                              f"not {key_fmt}: give --key a .md, .html, .docx or .pdf name")
        part = "sheet"
    data = render(quiz, fmt, part=part)
    if output is not None and str(output) == "-":
        if isinstance(data, bytes):
            raise ExportError(f"{fmt} is a binary format and cannot go to stdout: give a file with -o")
        sys.stdout.write(data)
        sys.stdout.flush()
    else:
        path = _target(quiz, output, fmt)
        _write_atomic(path, data)
        written.append(path)
    if key_path is not None:
        _write_atomic(key_path, render(quiz, key_fmt, part="key"))
        written.append(key_path)
    return written


def _target(quiz: Quiz, output: Path | str | None, fmt: str) -> Path:
    """Where the sheet goes: the path given, a file named after the title inside a folder given, or quizzes/."""
    name = f"{safe_filename(quiz.title or 'quiz')}.{fmt}"
    if output is None:
        return Path("quizzes") / name
    path = Path(output)
    return path / name if path.is_dir() else path


def _write_atomic(path: Path, data: str | bytes) -> None:
    """Write through a temporary file and a rename, so an interrupted write never leaves half a sheet."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            os.fchmod(fd, 0o644)  # mkstemp's 0600 would hide the sheet from colleagues on a shared drive
            with os.fdopen(fd, "wb") as fh:
                fh.write(payload)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from None
