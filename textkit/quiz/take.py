"""Taking a quiz in the terminal: one item at a time, graded as you go (CLI side)."""

from __future__ import annotations

import click

from .grading import expected, format_points, score_item
from .model import KIND_NAMES, MULTI_RULE, Quiz, QuizItem, item_points

LETTERS = "ABCDEFGH"


def take_quiz(quiz: Quiz) -> None:
    """Ask each item, say at once whether the answer is right and what it earned, show the score at the end.

    An item with several blanks is asked once: the blanks on one line, separated by spaces or 、
    or not at all. Ctrl-C or Ctrl-D (end of input) stops the quiz and shows the score so far.
    """
    click.echo(click.style(quiz.title, bold=True))
    if quiz.instructions:
        click.echo(quiz.instructions)
    if any(item.kind == "multi" for item in quiz.items):
        click.echo(MULTI_RULE)
    full = sum(item_points(item) for item in quiz.items)
    score = 0.0
    right = asked = 0
    try:
        for n, item in enumerate(quiz.items, 1):
            click.echo("")
            click.echo(click.style(f"{n}/{len(quiz.items)}  ({item.id})", bold=True) + f"  {_kind_label(item)}")
            click.echo(item.prompt)
            if item.kind != "judge":
                for letter, option in zip(LETTERS, item.choices):
                    click.echo(f"  {letter}. {option}")
            given = click.prompt(_question(item), default="", show_default=False)
            asked += 1
            points, correct = score_item(item, given)
            score += points
            right += correct
            worth = f"（{format_points(points)}/{format_points(item_points(item))} 分）"
            if correct:
                click.echo(click.style("✓ 正确", fg="green") + worth)
            else:
                click.echo(click.style("✗ 错误", fg="red") + worth + f"  正确答案：{expected(item)}")
            if item.kind == "judge" and item.original:
                click.echo(f"原文：{item.original}")
            elif item.hint:
                click.echo(click.style(f"原文：{item.hint}", dim=True))
    except click.Abort:
        click.echo("")
        click.echo("（已退出）")
    click.echo("")
    line = f"得分：{format_points(score)}/{format_points(full)} 分（答对 {right}/{asked} 题"
    line += f"，共 {len(quiz.items)} 题）" if asked < len(quiz.items) else "）"
    click.echo(click.style(line, bold=True))


def _kind_label(item: QuizItem) -> str:
    label = KIND_NAMES.get(item.kind, "")
    if item.kind == "cloze" and len(item.answers) > 1:
        label += f"（{len(item.answers)}空）"
    return f"{label}  {format_points(item_points(item))} 分"


def _question(item: QuizItem) -> str:
    if item.kind == "multi":
        return "你的选择（可多选，如 ACD）"
    if item.kind in ("choice", "source"):
        return "你的选择（字母或选项）"
    if item.kind == "judge":
        return "对还是错（对/错、√/×）"
    if len(item.answers) > 1:
        return f"你的答案（{len(item.answers)}空写在一行，用空格或、隔开）"
    return "你的答案"
