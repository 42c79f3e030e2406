"""A document full of markup, GIFT syntax and spreadsheet formulas survives every format intact and harmless."""

from __future__ import annotations

import html
import io
import re

import pytest

from export_quizzes import CORPUS, HOSTILE_LINES, hostile_quiz
from export_readers import Page, apkg_collection, csv_rows, md_literal, md_unescaped_markup
from gift_parser import parse as parse_gift
from textkit.export import render
from textkit.export.html import _SCRIPT
from textkit.export.sheet import parts
from textkit.quiz import Quiz

PAYLOAD = "<script>alert(1)</script>"


def _hostile_notice(tmp_path_factory) -> Quiz:
    """make_quiz on a copy of the notice whose every paragraph carries the hostile lines."""
    from textkit import quiz as quiz_module

    if not hasattr(quiz_module, "make_quiz"):
        pytest.skip("make_quiz is not written yet")
    from textkit.analysis.load import load_corpus

    notice = next(CORPUS.glob("*.txt")).read_text(encoding="utf-8")
    hostile = "\n".join(
        f"{line}\n{HOSTILE_LINES[n % 2]}{line}" if len(line) > 40 else line
        for n, line in enumerate(notice.splitlines())
    ) + "\n" + "\n".join(HOSTILE_LINES)
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "<script>alert(1)<／script>{恶意}=通知.txt").write_text(hostile, encoding="utf-8")
    q = quiz_module.make_quiz(load_corpus([folder]), n=15, kind="mixed", seed=2)  # a seed whose items carry the payload
    assert any(PAYLOAD in item.hint or PAYLOAD in item.prompt for item in q.items), "fixture lost its payload"
    return q


@pytest.fixture(scope="module", params=["hand-made", "make_quiz"])
def quiz(request, tmp_path_factory) -> Quiz:
    return hostile_quiz() if request.param == "hand-made" else _hostile_notice(tmp_path_factory)


def _texts(quiz: Quiz) -> list[str]:
    """Every piece of source text a sheet shows (prompt pieces, options, answers, hints)."""
    out = [p for item in quiz.items for p in item.parts() if isinstance(p, str)]
    out += [c for item in quiz.items for c in item.choices]
    out += [a for item in quiz.items for a in item.answers]
    return [t.strip() for t in out if t.strip()]


def test_markdown_shows_the_text_and_no_markup(quiz):
    text = render(quiz, "md")
    assert not md_unescaped_markup(text), "raw HTML would reach a Markdown renderer"
    for line in text.splitlines():
        assert not re.match(r"\s*[=+@]", line), f"line would be read as markup: {line!r}"
    shown = md_literal(text)
    for piece in _texts(quiz):
        assert " ".join(piece.split()) in shown


def test_html_shows_the_text_and_runs_only_its_own_script(quiz):
    source = render(quiz, "html")
    page = Page(source)
    assert "<script>alert" not in source
    scripts = [(a.get("type", ""), text) for a, text in page.scripts]
    assert [t for t, _ in scripts] == ["application/json", ""]
    assert scripts[1][1] == _SCRIPT, "the only executable script is the page's own"
    shown = page.all_text() + "".join(page.hidden_text)
    for piece in _texts(quiz):
        assert " ".join(piece.split()) in shown
    assert PAYLOAD in shown
    data = page.data_block()
    answers = [a for row in data["items"] for a in row.get("answers", [])]
    assert answers == [a for item in quiz.items if item.kind == "cloze" for a in item.answers]
    assert not re.search(r"</|<!--", scripts[0][1]), "the data block must not be closable from inside"


def test_docx_keeps_the_text_as_text(quiz):
    from docx import Document

    doc = Document(io.BytesIO(render(quiz, "docx")))
    shown = "\n".join(p.text for p in doc.paragraphs)
    for piece in _texts(quiz):
        assert " ".join(piece.split()) in shown
    assert doc.paragraphs[0].text == " ".join(quiz.title.split())


def test_json_round_trips(quiz):
    assert Quiz.from_json(render(quiz, "json")) == quiz


def test_anki_fields_are_escaped_and_cloze_syntax_stays_ours(quiz):
    col = apkg_collection(render(quiz, "apkg"))
    for note, item in zip(col["notes"], quiz.items):
        for value in note["fields"]:
            assert "<script" not in value and "{{" not in value.replace("{{c1::", "")
        text = note["fields"][0]
        hidden = [f"{item.answer_letters}. {'、'.join(item.answers)}"] if item.kind == "multi" else item.answers
        assert text.count("{{c1::") == len(hidden) == text.count("}}")
        extra = " ".join(item.hint.split())
        if item.original:
            extra = f"原句：{' '.join(item.original.split())}<br>{extra}"
        assert html.unescape(note["fields"][1]) == extra
        deletions = re.findall(r"\{\{c1::(.*?)\}\}", text)
        assert [html.unescape(d) for d in deletions] == hidden


def test_gift_parses_and_keeps_every_special_character(quiz):
    questions = parse_gift(render(quiz, "gift"))  # a stray ~ = # { } : would be a syntax error
    assert len(questions) == len(quiz.items)
    for q, (number, item) in zip(questions, [pair for part in parts(quiz) for pair in part.items]):
        assert q.name.startswith(f"{number:02d} ")  # numbered as on the paper
        shown = html.unescape(q.text)
        for piece in item.parts():
            if isinstance(piece, str):
                assert " ".join(piece.split()) in shown
        rights = [t for right, t in q.answers if right]
        if item.kind in ("choice", "multi", "source"):
            assert [html.unescape(t) for _, t in q.answers] == item.choices
            assert [html.unescape(t) for t in rights] == [c for c in item.choices if c in item.answers]
        elif item.kind == "judge":
            assert q.truth is (item.answers == ["对"])
        elif len(item.answers) == 1:
            assert rights[0] == item.answers[0]
        assert "<script" not in q.text and "<script" not in q.general_feedback


def test_csv_neutralises_formulas_and_keeps_the_text(quiz):
    rows = csv_rows(render(quiz, "csv"))
    for row in rows:
        for value in row:
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value
    for row, item in zip(rows[1:], quiz.items):
        prompt = row[2][1:] if row[2].startswith("'") and item.prompt[:1] in "=+-@" else row[2]
        assert prompt == item.prompt
    first = [row for row in rows[1:] if HOSTILE_LINES[0][:10] in row[2]]
    assert not first or first[0][2].startswith("'=HYPERLINK")
