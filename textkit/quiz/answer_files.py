"""Answer files: one person's answers (JSON or CSV ``题号,答案``) or a group's (CSV/xlsx, a row per person)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from ..errors import QuizError

BLANK_SEPARATOR = "|"  # several blanks in one CSV cell: 劳模精神|劳动精神|工匠精神
ID_HEADERS = {"id", "题号", "序号", "编号", "题目编号", "item"}
ANSWER_HEADERS = {"answer", "答案", "作答", "回答", "你的答案", "answers"}
NAME_HEADERS = ("姓名", "name", "名字", "考生", "考生姓名", "答题人", "参赛人", "学生")
DEPARTMENT_HEADERS = ("部门", "department", "dept", "单位", "所在部门", "所在单位", "班级", "支部", "分会")


def read_answers(path: str | Path) -> dict[str, str | list[str]]:
    """One person's answers: JSON ``{id: answer | [answers]}`` or CSV/xlsx rows of ``id,answer``.

    In CSV, an item with several blanks takes them in one cell (``劳模精神|劳动精神|工匠精神``, or
    separated as people type them), in further columns, or on repeated rows of the same id. A
    first row ``id,answer`` / ``题号,答案`` / ``序号,答案`` is a header and skipped.
    """
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        text = _text(path)
        if path.suffix.lower() == ".json" or text.lstrip().startswith(("{", "[")):
            return _json_answers(text, path)
    rows = read_table(path)
    if group_header(rows):
        raise QuizError(f"answers {path} hold a group (a row per person with a name column): "
                        "grade them with grade_group, or `textkit quiz grade QUIZ FILE -o scores.csv`")
    return _pair_answers(rows, path)


def read_table(path: str | Path) -> list[list[str]]:
    """The non-empty rows of a UTF-8 CSV or of an xlsx's first sheet."""
    path = Path(path)
    if path.suffix.lower() == ".xlsx":
        rows = _xlsx_rows(path)
    else:
        rows = list(csv.reader(io.StringIO(_text(path))))
    return [[c.strip() for c in r] for r in rows if any(c.strip() for c in r)]


def group_header(rows: list[list[str]]) -> int | None:
    """The column of names if the first row is a group's header (姓名/name, then item columns), else None."""
    if not rows:
        return None
    header = [c.strip().lower() for c in rows[0]]
    for name in NAME_HEADERS:
        if name in header:
            return header.index(name)
    return None


def group_rows(rows: list[list[str]]) -> list[dict[str, str]]:
    """A group's table as one ``{header: cell}`` per person (header cells as written)."""
    header = rows[0]
    return [{h: (row[i] if i < len(row) else "") for i, h in enumerate(header) if h} for row in rows[1:]]


def read_group(path: str | Path) -> list[dict[str, str]]:
    """A group's answers: the rows of a CSV/xlsx with a name column and one column per item."""
    rows = read_table(path)
    if group_header(rows) is None:
        raise QuizError(f"{path}: no name column; a group's answers need a first row such as "
                        "姓名,部门,1,2,3 (or name,department,q01,q02,…)")
    return group_rows(rows)


def _text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise QuizError(f"cannot read answers {path}: {exc.strerror}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    # A guessed encoding could grade garbled answers without a word: ask for UTF-8 instead.
    raise QuizError(f"answers {path} are not UTF-8 text; save them as UTF-8 (CSV UTF-8 in Excel)") from None


def _xlsx_rows(path: Path) -> list[list[str]]:
    import zipfile

    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (OSError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise QuizError(f"cannot read {path} as an Excel workbook (.xlsx): {exc}; save it again as .xlsx") from None
    try:
        sheet = book.worksheets[0]
        return [[cell_text(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()


def cell_text(value: Any) -> str:
    """A spreadsheet cell as text: 1 for the number 1.0, '' for an empty cell."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _json_answers(text: str, path: Path) -> dict[str, str | list[str]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise QuizError(f"answers {path}: invalid JSON at line {exc.lineno}: {exc.msg}") from None
    if not isinstance(data, dict):
        raise QuizError(f'answers {path}: expected a JSON object such as {{"q01": "两个维护"}}')
    out: dict[str, str | list[str]] = {}
    for item_id, value in data.items():
        if isinstance(value, list) and all(isinstance(v, (str, int, float)) for v in value):
            out[str(item_id)] = [str(v) for v in value]
        elif isinstance(value, (str, int, float)):
            out[str(item_id)] = str(value)
        elif value is None:
            continue
        else:
            raise QuizError(f"answers {path}: the answer to {item_id} must be a string or a list of strings")
    return out


def _pair_answers(rows: list[list[str]], path: Path) -> dict[str, str | list[str]]:
    if rows and len(rows[0]) >= 2 and rows[0][0].lower() in ID_HEADERS and rows[0][1].lower() in ANSWER_HEADERS:
        rows = rows[1:]
    if not rows:
        raise QuizError(f"answers {path}: no answers found; expected rows of id,answer (题号,答案)")
    out: dict[str, list[str]] = {}
    for n, row in enumerate(rows, 1):
        if len(row) < 2 or not row[0]:
            raise QuizError(f"answers {path}, row {n}: expected id,answer (题号,答案) but got {','.join(row)!r}")
        cells = [c for c in row[1:] if c] or [""]
        blanks = [p for c in cells for p in c.split(BLANK_SEPARATOR)]
        out.setdefault(row[0], []).extend(blanks)
    return {k: v[0] if len(v) == 1 else v for k, v in out.items()}
