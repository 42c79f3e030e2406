"""Loading sources (files, folders, ``.jsonl``) into documents and excerpts."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Iterable

from .errors import LoadError, SourceNotFound
from .excerpts import Document, Excerpt, split_document
from .normalize import clean

log = logging.getLogger(__name__)

SUFFIXES = (".txt", ".md", ".jsonl")


def load_documents(sources: Iterable[str | os.PathLike[str]]) -> list[Document]:
    """Read every source; unreadable files are skipped with a warning on the ``textkit`` logger."""
    docs: list[Document] = []
    for source in sources:
        path = Path(source)
        if not path.exists():
            raise SourceNotFound(f"{path}: no such file or folder")
        files = sorted(p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES) if path.is_dir() else [path]
        for file in files:
            try:
                docs.extend(_read(file))
            except LoadError as exc:
                log.warning("skipped %s: %s", file, exc)
    return docs


def load_corpus(sources: Iterable[str | os.PathLike[str]]) -> list[Excerpt]:
    """Load sources and split them into excerpts."""
    return [e for doc in load_documents(sources) for e in split_document(doc)]


def _read(path: Path) -> list[Document]:
    if path.suffix.lower() == ".jsonl":
        docs = []
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            row = json.loads(line)
            text = row.pop("content", None) or row.pop("text", "")
            name = str(row.pop("title", None) or f"{path.stem}:{n}")
            docs.append(Document(name=name, text=clean(text), path=str(path), meta=row))
        return docs
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise LoadError(f"not UTF-8 text ({exc.reason})") from None
    return [Document(name=path.stem, text=clean(raw), path=str(path))]


def decode_bytes(data: bytes, name: str = "<input>") -> str:
    """Decode bytes of unknown encoding to text."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise LoadError(f"{name}: not UTF-8 text ({exc.reason})") from None
