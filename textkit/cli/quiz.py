"""The quiz commands: make, take, grade (one sheet or a group), import a question bank."""

from __future__ import annotations

from pathlib import Path

import click

from ..export import FORMATS as _SHEET_FORMATS
from ..locale import gettext as _
from .base import (
    CONTEXT,
    _color,
    _emit_json,
    _excerpts,
    _index_option,
    _json_option,
    _progress,
    _read_quiz,
    cli,
)

# ---------------------------------------------------------------- quiz

@cli.group(context_settings=CONTEXT)
def quiz() -> None:
    """Make, take and grade quizzes; import question banks."""


def _quiz_kind(ctx: click.Context, param: click.Parameter, value: str) -> str:
    """--kind checked before any source is read: a misspelt kind is bad usage (exit 2)."""
    from ..errors import QuizError
    from ..quiz.paper import kind_counts

    try:
        kind_counts(value, 1)
    except QuizError as exc:
        raise click.BadParameter(str(exc)) from None
    return value


@quiz.command("make")
@click.argument("sources", nargs=-1, type=click.Path(path_type=Path))
@_index_option
@click.option("-n", "n", type=click.IntRange(1), default=20, show_default=True, help="How many items.")
@click.option("--kind", default="mixed", show_default=True, callback=_quiz_kind, metavar="mixed|KIND|KIND=N,…",
              help="mixed (cloze and choice), one kind (cloze, choice, multi, judge, source) or counts per kind, "
                   "which override -n: cloze=10,choice=10,multi=5,judge=5,source=5.")
@click.option("--doc", help="Only the documents whose name contains this.")
@click.option("--section", help="Only the sections whose heading contains this (六、).")
@click.option("--seed", type=int, default=None, help="Same seed, same quiz (byte for byte).")
@click.option("--title", help="Title of the sheet (default: from the source).")
@click.option("-f", "--format", "fmt", type=click.Choice(list(_SHEET_FORMATS)),
              help="Sheet format (default: from the -o file ending, else md).")
@click.option("-o", "--output", type=click.Path(path_type=Path),
              help="Where to write the sheet (- for stdout; default: quizzes/<title>.<format>).")
@click.option("--key", "key_path", type=click.Path(path_type=Path), help="Write the answer key to a second file.")
@click.pass_context
def quiz_make(ctx: click.Context, sources, index_path, n, kind, doc, section, seed, title, fmt, output,
              key_path) -> None:
    """Make a quiz sheet and its answer key from SOURCES (default: the bundled corpus).

    \b
      textkit quiz make corpus/ -n 15 --kind mixed --seed 7 -o quiz.md
      textkit quiz make notice.docx -o quiz.docx --key key.docx
      textkit quiz make book.docx --kind cloze=4,choice=4,multi=3,judge=4,source=3 --section 六、
    """
    from ..export import write_quiz
    from ..quiz.maker import make_quiz

    q = make_quiz(_excerpts(ctx, sources, index_path), n=n, kind=kind, seed=seed, title=title, doc=doc,
                  section=section, progress=_progress(ctx, "making the quiz"))
    written = write_quiz(q, output, fmt=fmt, key_path=key_path)
    for path in written:
        click.echo(_("wrote {path}").format(path=path), err=True)


@quiz.command("take")
@click.argument("quiz_file", metavar="QUIZ.json", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def quiz_take(quiz_file: Path) -> None:
    """Answer a quiz in the terminal, one item at a time, graded as you go."""
    from ..quiz.take import take_quiz

    take_quiz(_read_quiz(quiz_file))


@quiz.command("grade")
@click.argument("quiz_file", metavar="QUIZ.json", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("answers", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="A group's score table: scores.csv or scores.xlsx.")
@_json_option
def quiz_grade(quiz_file: Path, answers: Path, output: Path | None, as_json: bool) -> None:
    """Grade ANSWERS against QUIZ.json: one person's (JSON {"1": "两个维护"}, CSV 题号,答案) or a
    group's (CSV/xlsx: 姓名, 部门, then one column per printed item number), ranked.

    \b
      textkit quiz grade quiz.json answers.csv
      textkit quiz grade quiz.json group.xlsx -o scores.xlsx
    """
    from ..quiz import answer_files
    from ..quiz.grading import grade

    q = _read_quiz(quiz_file)
    rows = answer_files.read_table(answers) if answers.suffix.lower() in (".csv", ".xlsx") else []
    if answer_files.group_header(rows) is not None:
        _grade_group(q, answer_files.group_rows(rows), output, as_json)
        return
    if output is not None:
        raise click.UsageError("-o writes a group's score table; ANSWERS holds one person's answers "
                               "(a group's table has a 姓名 column)")
    report = grade(q, answer_files.read_answers(answers))
    if as_json:
        _emit_json(r.to_dict() for r in report.results)
        return
    from ..quiz.grading import format_points

    for r in report.results:
        mark = click.style("✓", fg="green") if r.correct else click.style("✗", fg="red")
        line = f"{mark} {r.id}: {r.given or '（未答）'}  {format_points(r.points)}/{format_points(r.full_points)} 分"
        if not r.correct:
            line += f"  → {r.expected}"
        click.echo(line, color=_color())
    for raw in report.unknown:
        click.echo(f"? {raw}: 试卷没有这道题，未评分")
    click.echo(report.summary())


def _grade_group(q, rows, output: Path | None, as_json: bool) -> None:
    from ..quiz.scores import format_people, format_stats, grade_group, write_scores

    report = grade_group(q, rows)
    if output is not None:
        click.echo(_("wrote {path}").format(path=write_scores(report, output)), err=True)
    if as_json:
        _emit_json([report.to_dict()])
        return
    missed = format_stats(report)
    lines = [*format_people(report), *(f"? 列 {raw}: 试卷没有这道题，未评分" for raw in report.unknown), "",
             "错得最多的题：" if missed else "每道题都全员答对。", *(f"  {line}" for line in missed)]
    click.echo("\n".join(lines))


@quiz.command("import")
@click.argument("bank", metavar="BANK", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Where to write the quiz (any `quiz make` format by its ending; default: stdout, JSON).")
@click.option("--title", help="Title of the quiz (default: the file's name).")
def quiz_import(bank: Path, output: Path | None, title: str | None) -> None:
    """Read a question bank (BANK.xlsx, .csv: 题型, 题干, 选项A…F, 答案, 解析; or a Word .docx of
    numbered questions with A–F options and 答案：lines) as a textkit quiz.

    \b
      textkit quiz import bank.xlsx -o quiz.json
      textkit quiz import 题库.docx -o paper.docx
    """
    from ..export import write_quiz
    from ..quiz.bank import read_bank

    q = read_bank(bank, title=title)
    click.echo(_("read {n} questions from {bank}").format(n=len(q.items), bank=bank), err=True)
    if output is None:
        click.echo(q.to_json())
        return
    for path in write_quiz(q, output):
        click.echo(_("wrote {path}").format(path=path), err=True)
