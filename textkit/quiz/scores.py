"""A group's answers graded at once: a ranked score table and which items most people missed."""

from __future__ import annotations

import csv
import io
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping, Sequence

from ..errors import QuizError
from .answer_files import DEPARTMENT_HEADERS, NAME_HEADERS
from .grading import ITEM_NUMBER, GradeReport, ItemIds, fold_id, format_points, grade
from .model import Quiz, item_points

log = logging.getLogger("textkit")


@dataclass(frozen=True)
class PersonScore:
    """One person's result: ``marks`` holds the points earned per item id."""

    name: str
    department: str
    score: float
    rank: int
    marks: dict[str, float]
    report: GradeReport

    def to_dict(self) -> dict[str, Any]:
        return {"rank": self.rank, "name": self.name, "department": self.department,
                "score": _number(self.score), "correct": self.report.correct,
                "marks": {k: _number(v) for k, v in self.marks.items()}}


@dataclass(frozen=True)
class ItemStat:
    """How the group did on one item: how many were wholly right, and the average points."""

    id: str
    number: int  # as printed on the sheet
    right: int
    people: int
    mean_points: float
    full_points: float

    @property
    def share(self) -> float:
        """The share of people wholly right (0 to 1)."""
        return self.right / self.people if self.people else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "number": self.number, "right": self.right, "people": self.people,
                "share": round(self.share, 4), "mean_points": round(self.mean_points, 2),
                "full_points": _number(self.full_points)}


@dataclass(frozen=True)
class GroupReport:
    """Everyone's scores, best first (ties share a rank), and per-item statistics in the printed order."""

    people: list[PersonScore]
    items: list[ItemStat]
    full_score: float
    unknown: list[str]  # columns that look like item numbers but name no item

    def missed_first(self) -> list[ItemStat]:
        """The items most people got wrong first."""
        return sorted(self.items, key=lambda s: (s.share, s.number))

    def to_dict(self) -> dict[str, Any]:
        return {"full_score": _number(self.full_score), "people": [p.to_dict() for p in self.people],
                "items": [s.to_dict() for s in self.items], "unknown": self.unknown}


def grade_group(quiz: Quiz, rows: Sequence[Mapping[str, Any]]) -> GroupReport:
    """Grade a group: one mapping per person, a name column (姓名/name), optional 部门/department,
    and one column per item (the printed number ``1``, ``q01``, or the item id)."""
    if not rows:
        raise QuizError("no answers to grade: the table has a header but no person's row")
    header = list(rows[0].keys())
    name_col = _column(header, NAME_HEADERS)
    if name_col is None:
        raise QuizError("no name column: a group's table needs a 姓名 (or name) column, then one column per item")
    dept_col = _column(header, DEPARTMENT_HEADERS)
    ids = ItemIds(quiz)
    columns: dict[str, str] = {}
    unknown: list[str] = []
    for h in header:
        if h in (name_col, dept_col):
            continue
        item = ids.find(str(h))
        if item is not None:
            columns[str(h)] = item.id
        elif _looks_like_item(str(h)):
            unknown.append(str(h))
    if unknown:
        log.warning("columns name items the quiz does not have (not graded): %s", ", ".join(unknown[:10]))
    if not columns:
        raise QuizError("no item columns: name the columns after the numbers printed on the sheet (1, 2, …) "
                        "or the item ids (q01, q02, …)")
    graded = []
    for n, row in enumerate(rows, 2):
        answers = {columns[h]: _cell(v) for h, v in row.items() if h in columns and v is not None and str(v).strip()}
        name = str(row.get(name_col) or "").strip() or f"（第{n}行，未填姓名）"
        dept = str(row.get(dept_col) or "").strip() if dept_col else ""
        graded.append((name, dept, grade(quiz, answers)))
    graded.sort(key=lambda g: -g[2].score)
    people, rank = [], 0
    for i, (name, dept, report) in enumerate(graded):
        if i == 0 or report.score != graded[i - 1][2].score:
            rank = i + 1  # competition ranking: 1, 2, 2, 4
        marks = {r.id: r.points for r in report.results}
        people.append(PersonScore(name, dept, report.score, rank, marks, report))
    stats = []
    for number, item in sorted(ids.numbers.items()):
        results = [next(r for r in p.report.results if r.id == item.id) for p in people]
        stats.append(ItemStat(item.id, number, sum(r.correct for r in results), len(people),
                              sum(r.points for r in results) / len(people), float(item_points(item))))
    return GroupReport(people, stats, float(sum(item_points(i) for i in quiz.items)), unknown)


def _cell(value: Any) -> str | list[str]:
    """A cell's answer: text, or a list of texts (one per blank or chosen option, as from a web form)."""
    return [str(v) for v in value] if isinstance(value, (list, tuple)) else str(value)


def _column(header: Sequence[Any], names: Sequence[str]) -> str | None:
    folded = {str(h).strip().lower(): h for h in header}
    for name in names:
        if name in folded:
            return folded[name]
    return None


def _looks_like_item(h: str) -> bool:
    return ITEM_NUMBER.fullmatch(fold_id(h)) is not None


def score_table(report: GroupReport) -> list[list[Any]]:
    """The table as rows: 名次, 姓名, 部门, 得分, then the points per item by printed number, and a last
    row 正确率 with the share of people wholly right on each item."""
    head = ["名次", "姓名", "部门", "得分"] + [str(s.number or s.id) for s in report.items]
    rows: list[list[Any]] = [head]
    for p in report.people:
        rows.append([p.rank, p.name, p.department, _number(p.score)] + [_number(p.marks[s.id]) for s in report.items])
    rows.append(["", "正确率", "", ""] + [f"{round(s.share * 100)}%" for s in report.items])
    return rows


def write_scores(report: GroupReport, path: str | Path) -> Path:
    """Write the score table as CSV (UTF-8 with a BOM, for Excel) or xlsx (with a second sheet of item statistics)."""
    path = Path(path)
    if path.suffix.lower() == ".xlsx":
        data = _xlsx(report)
    elif path.suffix.lower() in (".csv", ".txt"):
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        for row in score_table(report):
            writer.writerow([_safe(v) for v in row])
        data = ("\ufeff" + out.getvalue()).encode("utf-8")
    else:
        raise QuizError(f"cannot write a score table as {path.suffix or 'a file without an ending'}: "
                        "name it .csv or .xlsx")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    except OSError as exc:
        raise QuizError(f"cannot write {path}: {exc.strerror or exc}") from None
    return path


def _xlsx(report: GroupReport) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "成绩"
    for row in score_table(report):
        sheet.append([_safe(v) for v in row])
    stats = book.create_sheet("题目统计")
    stats.append(["题号", "答对人数", "人数", "正确率", "平均得分", "满分"])
    for s in report.missed_first():
        stats.append([s.number or s.id, s.right, s.people, round(s.share, 4), round(s.mean_points, 2),
                      _number(s.full_points)])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _safe(value: Any) -> Any:
    """A cell a spreadsheet shows as text: a name starting with = + - @ is not run as a formula."""
    if isinstance(value, str) and value.startswith(("=", "+", "-", "@", "\t", "\r")):
        return "'" + value
    return value


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else round(value, 2)


def format_people(report: GroupReport) -> list[str]:
    """Lines for a terminal: rank, name (department), score of full score."""
    full = format_points(report.full_score)
    return [f"{p.rank:>3}  {p.name}{f'（{p.department}）' if p.department else ''}  {format_points(p.score)}/{full} 分"
            for p in report.people]


def format_stats(report: GroupReport, limit: int = 5) -> list[str]:
    """Lines for a terminal: the items most people missed (none that everyone got right), with their share right."""
    missed = [s for s in report.missed_first() if s.right < s.people][:limit]
    return [f"第{s.number or s.id}题  答对 {s.right}/{s.people}（{round(s.share * 100)}%），平均 "
            f"{format_points(s.mean_points)}/{format_points(s.full_points)} 分" for s in missed]
