"""Quiz sheets in the formats people use: md, html, docx, pdf, json, apkg (Anki), gift (Moodle), csv."""

from __future__ import annotations

import importlib
import os
import secrets
import stat
import sys
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
    "xlsx": "xlsx",
    "pdf": "pdf",
}
BINARY = {"docx", "apkg", "pdf", "xlsx"}
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
    to_stdout = output is not None and str(output) == "-"
    path = None if to_stdout else _target(quiz, output, fmt)
    if key_path is not None and path is not None and _same_file(path, key_path):
        raise ExportError(f"the sheet and the answer key would both be written to {path}; "
                          "give --key another file name")
    data = render(quiz, fmt, part=part)
    if to_stdout:
        if isinstance(data, bytes):
            raise ExportError(f"{fmt} is a binary format and cannot go to stdout: give a file with -o")
        sys.stdout.write(data)
        sys.stdout.flush()
    else:
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


def _same_file(a: Path, b: Path) -> bool:
    """True when two paths name one file (the same name, or links and existing files that meet)."""
    if os.path.realpath(a) == os.path.realpath(b):
        return True
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _write_atomic(path: Path, data: str | bytes) -> None:
    """Write a sheet so that an interrupted write never leaves half of one, and nothing else is replaced.

    A regular file (or a new name) is written through a temporary file beside it and a rename. The
    temporary file is created new (``O_EXCL|O_NOFOLLOW``), so a link planted under its name is never
    followed. A path that is not a regular file (a FIFO, a device such as ``/dev/null``,
    ``/dev/stdout``, the ``/dev/fd/N`` of a shell's process substitution) is written directly, as a
    shell redirection would: renaming over it would replace the device or the pipe with a file.
    """
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        target = _rename_target(path)
        if target is None:
            _write_direct(path, payload)
            return
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.parent / f".{target.name}.{secrets.token_hex(6)}.tmp"
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
        try:
            os.fchmod(fd, 0o644)  # readable by colleagues on a shared drive, as a shell would write it
            with os.fdopen(fd, "wb") as fh:
                fh.write(payload)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, target)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from None


def _rename_target(path: Path) -> Path | None:
    """The regular file to replace by rename (a link to one is followed), or None to write directly."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        if os.path.islink(path):  # a dangling link: write where it points, never replace the link
            return Path(os.path.realpath(path))
        return path
    if stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(21, "it is a folder", str(path))
    if not stat.S_ISREG(info.st_mode):
        return None
    if _through_system_links(path):  # /dev/stdout redirected to a file, /proc/self/fd/N: write through
        return None
    return Path(os.path.realpath(path)) if os.path.islink(path) else path


def _through_system_links(path: Path) -> bool:
    """Whether the path or a link on its way names /dev or /proc (streams, not files to replace)."""
    hop = os.path.abspath(path)
    for _ in range(40):
        if hop.startswith(("/dev/", "/proc/")):
            return True
        if not os.path.islink(hop):
            return False
        hop = os.path.normpath(os.path.join(os.path.dirname(hop), os.readlink(hop)))
    return True


def _write_direct(path: Path, payload: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_TRUNC | getattr(os, "O_NOCTTY", 0))
    with os.fdopen(fd, "wb") as fh:
        fh.write(payload)
