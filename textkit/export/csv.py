"""CSV sheet: one row per item, UTF-8 with a BOM so that Excel opens it, safe against formula injection."""

from __future__ import annotations

import csv
import io

from ..quiz.model import Quiz, item_points
from .sheet import LETTERS, blank_prompt

# answer: every right answer (each blank's, or every right option of a multi item), joined by ；
# original: the source's sentence of a false judge item.
COLUMNS = ["id", "kind", "prompt", "answer", "options", "source", "points", "original"]
# A spreadsheet reads a cell starting with these as a formula (tab and CR too, through DDE tricks).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell(value: str) -> str:
    """A cell value a spreadsheet shows as text: a leading formula character gets a ``'`` before it."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def render(quiz: Quiz, part: str = "all") -> str:
    """The quiz as CSV text starting with a BOM; several answers are joined by ``；``, options by `` | ``."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for item in quiz.items:
        source = item.source.get("excerpt") or item.source.get("doc", "")
        options = " | ".join(f"{LETTERS[i]}. {c}" for i, c in enumerate(item.choices))
        row = [item.id, item.kind, blank_prompt(item), "；".join(item.answers), options, source,
               str(item_points(item)), item.original]
        writer.writerow([cell(v) for v in row])
    return "\ufeff" + out.getvalue()
