"""Question banks people already have, read as quizzes: the spreadsheet layout of the exam and survey
platforms (题型, 题干, 选项A…选项F, 答案, 解析) as xlsx or CSV, and a plain Word bank (numbered
questions, A–F options, 答案：X lines). :mod:`textkit.export.xlsx` writes the same layout.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import replace
from pathlib import Path
from typing import Any, Sequence

from ..errors import QuizError
from .answer_files import read_table
from .matching import LETTERS, judge_value
from .model import BLANK_CHAR, ITEM_KINDS, JUDGE_CHOICES, Quiz, QuizItem

log = logging.getLogger("textkit")

#: The columns written, in order; reading also takes the synonyms below.
COLUMNS = ["题型", "题干", *(f"选项{c}" for c in "ABCDEF"), "答案", "解析"]
#: 题型 as written per kind (the platforms' words; 出处题 is textkit's own).
KIND_LABELS = {"cloze": "填空题", "choice": "单选题", "multi": "多选题", "judge": "判断题", "source": "出处题"}
# Read in this order, so that 多项选择题 is multi before 选择 makes it a choice.
_KIND_WORDS = (("多选", "multi"), ("多项", "multi"), ("不定项", "multi"), ("单选", "choice"), ("单项", "choice"),
               ("判断", "judge"), ("是非", "judge"), ("填空", "cloze"), ("出处", "source"), ("选择", "choice"))
_HEADERS = {
    "kind": ("题型", "题目类型", "类型", "type"),
    "prompt": ("题干", "题目", "试题", "题目内容", "问题", "题目名称", "question"),
    "answer": ("答案", "正确答案", "参考答案", "标准答案", "answer"),
    "note": ("解析", "答案解析", "试题解析", "说明", "explanation"),
    "points": ("分值", "分数", "points"),
}
# A blank in a stem as banks write it: （　　）, （ ）, ( ), ____, ＿＿.
_BLANK = re.compile(r"[（(][\s\u3000\xa0]*[)）]|_{2,}|＿+")
BLANK_SEPARATOR = "|"  # several blanks' answers in one cell
ALTERNATIVE_SEPARATOR = "/"  # further accepted answers of one blank


def read_bank(path: str | Path, title: str | None = None) -> Quiz:
    """A question bank as a quiz: ``.xlsx`` or ``.csv`` in the common layout, or a Word ``.docx`` (or ``.txt``)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".csv"):
        items = bank_items(read_table(path), str(path))
    elif suffix in (".docx", ".txt"):
        items = word_items(_docx_lines(path) if suffix == ".docx" else _text_lines(path), str(path))
    else:
        raise QuizError(f"cannot read a question bank from {path.name}: give an .xlsx, .csv or .docx file")
    if not items:
        raise QuizError(f"no questions found in {path}: expected columns 题型, 题干, 选项A…, 答案 "
                        "or numbered questions with 答案：lines")
    return Quiz(title=title or path.stem, items=in_paper_order(items))


def in_paper_order(items: Sequence[QuizItem]) -> list[QuizItem]:
    """Items kind by kind as a paper prints them (``ITEM_KINDS``; in the bank's order within a kind),
    with ids ``q01``… following, so that an id is the number printed on the sheet."""
    rank = {kind: i for i, kind in enumerate(ITEM_KINDS)}
    ordered = sorted(items, key=lambda item: rank.get(item.kind, len(rank)))
    return [replace(item, id=f"q{n:02d}") for n, item in enumerate(ordered, 1)]


def bank_items(rows: Sequence[Sequence[str]], where: str = "bank") -> list[QuizItem]:
    """Items from a table whose first row is the header (题型, 题干, 选项A…F, 答案, 解析)."""
    if not rows:
        return []
    # Templates mark columns as 题干（必填） or *答案: the words inside brackets and the stars are not the name.
    header = [re.sub(r"\(.*?\)|\*", "", unicodedata.normalize("NFKC", h)).strip().lower() for h in rows[0]]
    cols = {field: next((header.index(n) for n in names if n in header), None) for field, names in _HEADERS.items()}
    if cols["prompt"] is None or cols["answer"] is None:
        raise QuizError(f"{where}: the first row must name the columns, at least 题干 and 答案 "
                        "(the common layout: 题型, 题干, 选项A…选项F, 答案, 解析)")
    options = [i for i, h in enumerate(header) if re.fullmatch(r"(?:选项\s*)?[a-h](?:\s*选项)?", h)]
    items = []
    for n, row in enumerate(rows[1:], 2):
        def cell(i: int | None) -> str:
            return row[i].strip() if i is not None and i < len(row) else ""

        prompt = cell(cols["prompt"])
        if not prompt:
            continue
        choices = [cell(i) for i in options]
        while choices and not choices[-1]:
            choices.pop()
        points = cell(cols["points"])
        try:
            item = make_item(len(items) + 1, cell(cols["kind"]), prompt, choices, cell(cols["answer"]),
                             cell(cols["note"]), int(float(points)) if points else 0)
        except QuizError as exc:
            log.warning("%s, row %d skipped: %s", where, n, exc)
            continue
        items.append(item)
    return items


def make_item(number: int, kind_text: str, prompt: str, choices: list[str], answer: str, note: str = "",
              points: int = 0) -> QuizItem:
    """One item from a bank's fields; the kind from 题型, else from the options and the answer."""
    kind = kind_of(kind_text, choices, answer)
    item_id = f"q{number:02d}"
    hint, original = note, ""
    if kind == "judge":
        value = judge_value(answer) or _judge_by_letter(answer, choices)
        if value is None:
            raise QuizError(f"a 判断题 answer must be 对/错 (正确/错误, √/×), not {answer!r}")
        if value == "错" and note.startswith("原文："):
            hint, original = "", note[len("原文："):]
        return QuizItem(item_id, "judge", prompt.strip(), [value], [], list(JUDGE_CHOICES), hint=hint,
                        original=original, points=points)
    if kind in ("choice", "multi", "source"):
        if not choices:
            raise QuizError(f"a {KIND_LABELS[kind]} needs options (选项A, 选项B, …)")
        picked = _letters(answer, choices)
        if not picked:
            raise QuizError(f"answer {answer!r} names none of the options A–{LETTERS[len(choices) - 1]}")
        if kind != "multi" and len(picked) > 1:
            kind = "multi"
        answers = [choices[i] for i in sorted(picked)]
        if kind == "choice":
            text, blanks = _stem_blanks(prompt, answers[:1], append=False)
        else:
            text, blanks = prompt.strip(), [(m.start(), m.end()) for m in re.finditer(f"{BLANK_CHAR}+", prompt.strip())]
        return QuizItem(item_id, kind, text, answers, blanks, choices, hint=hint, points=points)
    blanks_given = [b.strip() for b in answer.split(BLANK_SEPARATOR)]
    markers = len(_BLANK.findall(prompt))
    if len(blanks_given) == 1 and markers > 1:
        parts = [p for p in re.split(r"[；;、，,\s]+", answer.strip()) if p]
        if len(parts) == markers:
            blanks_given = parts
    alternatives = [[a.strip() for a in b.split(ALTERNATIVE_SEPARATOR) if a.strip()] for b in blanks_given]
    if not alternatives or not all(alternatives):
        raise QuizError("a 填空题 needs its answer (several blanks separated by |)")
    answers = [alts[0] for alts in alternatives]
    text, blanks = _stem_blanks(prompt, answers, append=True)
    accept = [alts[1:] for alts in alternatives]
    return QuizItem(item_id, "cloze", text, answers, blanks, hint=hint, points=points,
                    accept=accept if any(accept) else [])


def kind_of(kind_text: str, choices: Sequence[str], answer: str) -> str:
    """The item kind 题型 names (单选题, 多选, 判断题, 填空, 选择题, …), or the one the options and answer imply."""
    text = unicodedata.normalize("NFKC", kind_text)
    for word, kind in _KIND_WORDS:
        if word in text:
            return kind
    if choices:
        return "multi" if len(_letters(answer, choices)) > 1 else "choice"
    return "judge" if judge_value(answer) else "cloze"


def _letters(answer: str, choices: Sequence[str]) -> set[int]:
    """The options an answer cell names: B, ACD, A,C,D, A、C、D, or the option texts."""
    text = unicodedata.normalize("NFKC", answer).strip()
    letters = re.sub(r"[\s,，、;；/|.]+", "", text).upper()
    if letters and re.fullmatch(r"[A-H]+", letters):
        return {LETTERS.index(c) for c in letters if LETTERS.index(c) < len(choices)}
    parts = [p.strip() for p in re.split(r"[|；;、，,]+", text) if p.strip()]
    found = {choices.index(p) for p in parts if p in choices}
    return found if len(found) == len(parts) else set()


def _judge_by_letter(answer: str, choices: Sequence[str]) -> str | None:
    picked = _letters(answer, choices or JUDGE_CHOICES)
    if len(picked) == 1:
        i = picked.pop()
        return judge_value((list(choices) or list(JUDGE_CHOICES))[i])
    return None


def _stem_blanks(prompt: str, answers: Sequence[str], append: bool) -> tuple[str, list[tuple[int, int]]]:
    """The stem with each blank drawn as ``＿`` per character of its answer, and the blanks' spans."""
    out, blanks, pos, n = [], [], 0, 0
    prompt = prompt.strip()
    length = 0
    for m in _BLANK.finditer(prompt):
        if n == len(answers):
            break
        out.append(prompt[pos:m.start()])
        length += m.start() - pos
        blanks.append((length, length + len(answers[n])))
        out.append(BLANK_CHAR * len(answers[n]))
        length += len(answers[n])
        pos, n = m.end(), n + 1
    out.append(prompt[pos:])
    length += len(prompt) - pos
    if append:
        for answer in answers[n:]:
            sep = "" if not out or "".join(out).endswith(("，", "：", BLANK_CHAR)) else "："
            out.append(sep)
            length += len(sep)
            blanks.append((length, length + len(answer)))
            out.append(BLANK_CHAR * len(answer))
            length += len(answer)
    return "".join(out), blanks


# ------------------------------------------------------------------ Word banks

_QUESTION = re.compile(r"\s*(\d{1,4})\s*[.．、)）]\s*(.*)")
_OPTION = re.compile(r"(?:^|(?<=\s))([A-Fa-f])\s*[.．、:：)）]\s*")
_ANSWER = re.compile(r"\s*[【\[]?\s*(?:正确|参考|标准)?答案\s*[】\]]?\s*[:：]?\s*(.*)")
_NOTE = re.compile(r"\s*[【\[]?\s*(?:答案|试题)?解析\s*[】\]]?\s*[:：]?\s*(.*)")
_HEADING = re.compile(r"\s*[一二三四五六七八九十]+\s*[、.．]\s*(.*)")


def word_items(lines: Sequence[str], where: str = "bank") -> list[QuizItem]:
    """Items from the lines of a plain Word bank: ``1. 题干``, ``A. …`` (on lines or inline), ``答案：B``, ``解析：…``;
    a heading such as 二、多选题 names the kind of the questions under it."""
    items: list[QuizItem] = []
    section_kind = ""
    current: dict[str, Any] | None = None

    def flush() -> None:
        if current is None:
            return
        try:
            items.append(make_item(len(items) + 1, current["kind"], current["prompt"], current["choices"],
                                   current["answer"], current["note"].strip()))
        except QuizError as exc:
            log.warning("%s, question %s skipped: %s", where, current["number"], exc)

    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        heading = _HEADING.fullmatch(line)
        if heading and any(word in heading.group(1) for word, _ in _KIND_WORDS) and len(line) <= 40:
            flush()
            current, section_kind = None, heading.group(1)
            continue
        question = _QUESTION.fullmatch(line)
        if question and question.group(2):
            flush()
            current = {"number": question.group(1), "kind": section_kind, "prompt": question.group(2),
                       "choices": [], "answer": "", "note": "", "in": "prompt"}
            line = ""
        if current is None or not line:
            continue
        answer = _ANSWER.fullmatch(line)
        note = _NOTE.fullmatch(line)
        if answer and not note:
            current["answer"], current["in"] = answer.group(1).strip(), "answer"
        elif note:
            current["note"], current["in"] = note.group(1), "note"
        elif _OPTION.match(line) and current["in"] in ("prompt", "choices"):
            pieces = _OPTION.split(line)
            for letter, text in zip(pieces[1::2], pieces[2::2]):
                current["choices"].append(text.strip())
            current["in"] = "choices"
        elif current["in"] == "prompt":
            current["prompt"] += line
        elif current["in"] == "note":
            current["note"] += line
    flush()
    return items


def _docx_lines(path: Path) -> list[str]:
    import zipfile

    from docx import Document

    try:
        doc = Document(str(path))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise QuizError(f"cannot read {path} as a Word document (.docx): {exc}") from None
    lines: list[str] = []
    for para in doc.paragraphs:
        lines.extend(para.text.splitlines() or [""])
    for table in doc.tables:
        for row in table.rows:
            for c in row.cells:
                lines.extend(c.text.splitlines())
    return lines


def _text_lines(path: Path) -> list[str]:
    from ..analysis.load import decode_bytes  # the loader's encoding detection (UTF-8, GB18030, UTF-16)

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise QuizError(f"cannot read {path}: {exc.strerror}") from None
    return decode_bytes(data, str(path)).splitlines()
