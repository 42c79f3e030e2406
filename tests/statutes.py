"""The statutes of ``../shared/data/laws/laws.jsonl.xz``, read as a user's file would be, for the quiz tests."""

from __future__ import annotations

import json
import lzma
from pathlib import Path

import pytest

from textkit.analysis.excerpts import Document, Excerpt, split_document

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
LAWS = DATA / "laws" / "laws.jsonl.xz"


def statute(path: str) -> list[Excerpt]:
    """The excerpts of the statute stored under ``path`` (社会法/劳动法(2018-12-29).md); skips the test if absent."""
    with lzma.open(LAWS, "rt", encoding="utf-8") as f:
        for line in f:
            if f'"{path}"' in line:
                row = json.loads(line)
                return split_document(Document(name=row["title"], text=row["content"]))
    pytest.skip(f"{path} is not in the laws data")
