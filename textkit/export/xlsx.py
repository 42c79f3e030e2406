"""A question bank in the spreadsheet layout exam and survey platforms import (题型, 题干, 选项A…F, 答案, 解析).

``textkit quiz import`` reads it back into the same items (:mod:`textkit.quiz.bank`).
"""

from __future__ import annotations

import io

from ..quiz.grading import item_numbers
from ..quiz.bank import ALTERNATIVE_SEPARATOR, BLANK_SEPARATOR, COLUMNS, KIND_LABELS
from ..quiz.model import Quiz, QuizItem
from .csv import cell

STEM_BLANK = "（　　）"  # how banks draw a blank; importing gives back one ＿ per answer character


def render(quiz: Quiz, part: str = "all") -> bytes:
    """The quiz as an .xlsx workbook: one row per item under the header, every kind, in the printed order."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheet = book.active
    sheet.title = "题库"
    sheet.append(COLUMNS)
    for c in sheet[1]:
        c.font = Font(bold=True)
    for _, item in sorted(item_numbers(quiz).items()):  # as the paper prints them, kind by kind
        sheet.append([cell(v) for v in row(item)])
    for letter, width in zip("ABCDEFGHIJ", (8, 60, 16, 16, 16, 16, 16, 16, 18, 40)):
        sheet.column_dimensions[letter].width = width
    for line in sheet.iter_rows(min_row=2):
        for c in line:
            c.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A2"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def row(item: QuizItem) -> list[str]:
    """One item in the bank layout: 题型, 题干, 选项A…F, 答案, 解析."""
    options = ([] if item.kind in ("cloze", "judge") else list(item.choices)) + [""] * 6
    if item.kind in ("cloze", "choice"):
        stem = "".join(STEM_BLANK if isinstance(piece, int) else piece for piece in item.parts())
    else:
        stem = item.prompt
    if item.kind == "cloze":
        answer = BLANK_SEPARATOR.join(
            ALTERNATIVE_SEPARATOR.join([a, *(item.accept[i] if i < len(item.accept) else [])])
            for i, a in enumerate(item.answers))
    elif item.kind == "judge":
        answer = item.answers[0] if item.answers else ""
    else:
        answer = item.answer_letters
    note = f"原文：{item.original}" if item.kind == "judge" and item.original else item.hint
    return [KIND_LABELS.get(item.kind, item.kind), stem, *options[:6], answer, note]
