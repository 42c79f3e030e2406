"""Every sheet format, written for quizzes of the notice (every item kind) and read back in the tool it is for."""

from __future__ import annotations

import html
import io
import re

import pytest

from export_quizzes import CORPUS, every_kind_quiz, notice_quiz
from export_readers import Page, apkg_collection, csv_rows, md_literal
from gift_parser import parse as parse_gift
from textkit.export import render
from textkit.export.apkg import MODEL_NAME, stable_id
from textkit.export.sheet import CHOICE_KINDS, choice_prompt, parts, total_points
from textkit.quiz import Quiz
from textkit.quiz.matching import order_free
from textkit.quiz.model import item_points


def _made_quiz() -> Quiz:
    from textkit import quiz as quiz_module

    if not hasattr(quiz_module, "make_quiz"):
        pytest.skip("make_quiz is not written yet")
    from textkit.analysis.load import load_corpus

    return quiz_module.make_quiz(load_corpus([CORPUS]), n=15, kind="mixed", seed=7)


@pytest.fixture(scope="module", params=["hand-made", "every kind", "make_quiz"])
def quiz(request) -> Quiz:
    makers = {"hand-made": notice_quiz, "every kind": every_kind_quiz, "make_quiz": _made_quiz}
    q = makers[request.param]()
    kinds = {item.kind for item in q.items}
    assert {"cloze", "choice"} <= kinds, "the fixture must be a mixed quiz"
    if request.param == "every kind":
        assert kinds == {"cloze", "choice", "multi", "judge", "source"}
    return q


def _numbered(quiz: Quiz):
    return [(n, item) for part in parts(quiz) for n, item in part.items]


# ------------------------------------------------------------------ md

def test_md_has_questions_then_a_separate_key(quiz):
    text = render(quiz, "md")
    assert md_literal(text.splitlines()[0]) == f"# {quiz.title}"
    questions, key = text.split("## 参考答案")
    assert re.search(r"^## 一、填空题（每空 2 分，共 \d+ 分）$", questions, re.M)
    assert re.search(r"^## 二、单项选择题（每题 2 分，共 \d+ 分）$", questions, re.M)
    for n, item in _numbered(quiz):
        line = next(ln for ln in questions.splitlines() if ln.startswith(f"{n}. "))
        # cloze: one ＿ per answer character, the length cue; the other kinds: （　　） for the letter
        shown = item.prompt if item.kind == "cloze" else choice_prompt(item)
        assert md_literal(line) == f"{n}. {shown}"
        if item.kind in CHOICE_KINDS:
            options = questions.splitlines()[questions.splitlines().index(line) + 2]
            assert md_literal(options).strip().split("　　") == [f"{'ABCDEF'[i]}. {c}" for i, c in enumerate(item.choices)]
        key_line = next(ln for ln in key.splitlines() if ln.startswith(f"{n}. "))
        assert all(answer in md_literal(key_line) for answer in item.answers)
        if item.kind in CHOICE_KINDS:
            assert f"**{item.answer_letters}. " in key_line


def test_md_key_only_and_sheet_only(quiz):
    sheet, key = render(quiz, "md", part="sheet"), render(quiz, "md", part="key")
    assert "参考答案" not in sheet and "＿＿" in sheet
    assert "参考答案" in key and "姓名" not in key
    assert all(a in md_literal(key) for item in quiz.items for a in item.answers)


# ------------------------------------------------------------------ html

def test_html_is_one_self_contained_page(quiz):
    page = Page(render(quiz, "html"))
    assert not page.find("link") and not page.find("img") and not page.find("iframe")
    for _, attrs in page.tags:
        for name in ("src", "href", "action"):
            assert not attrs.get(name), f"{name} would load or leave the page"
    csp = page.find("meta", **{"http-equiv": "Content-Security-Policy"})[0]["content"]
    assert "default-src 'none'" in csp and "script-src 'sha256-" in csp
    assert page.find("meta", charset="utf-8")


def test_html_fields_match_the_items_and_the_data_block(quiz):
    page = Page(render(quiz, "html"))
    data = page.data_block()
    by_anchor = {row["anchor"]: row for row in data["items"]}
    for n, item in _numbered(quiz):
        row = by_anchor[f"item-{n}"]
        assert row["id"] == item.id and row["kind"] == item.kind
        blanks = [a for t, a in page.tags if t == "input" and a.get("aria-label", "").startswith(f"第 {n} 题")]
        radios = page.find("input", type="radio", name=f"q{n}")
        boxes = page.find("input", type="checkbox", name=f"q{n}")
        if item.kind == "cloze":
            assert len(blanks) == len(item.answers) and not radios and not boxes
            assert row["answers"] == item.answers
        elif item.kind == "multi":  # choose all that apply: checkboxes
            assert len(boxes) == len(item.choices) and not radios and not blanks
            assert [item.choices[i] for i in row["correct"]] == [c for c in item.choices if c in item.answers]
        else:  # one right option (对/错 for a judge item): radio buttons
            assert len(radios) == len(item.choices) and not boxes and not blanks
            assert [item.choices[i] for i in row["correct"]] == item.answers
            if item.kind == "judge":
                assert item.choices == ["对", "错"]
    assert "参考答案" in "".join(page.hidden_text), "the key starts hidden on screen"
    for item in quiz.items:
        assert html.unescape(item.answers[0]) in "".join(page.hidden_text)


def test_html_prints_on_a4_with_the_key_on_its_own_page(quiz):
    text = render(quiz, "html")
    style = re.search(r"<style>(.*?)</style>", text, re.S).group(1)
    assert "@page { size: A4" in style
    printed = style[style.index("@media print"):]
    assert "break-before: page" in printed and ".controls" in printed


def test_html_sheet_without_key_has_no_answers(quiz):
    page = Page(render(quiz, "html", part="sheet"))
    assert not page.scripts, "a sheet handed out without its key must not carry the answers"
    assert "参考答案" not in page.all_text()
    key = Page(render(quiz, "html", part="key"))
    assert all(a in key.all_text() for item in quiz.items for a in item.answers)


# ------------------------------------------------------------------ docx

def _docx(data: bytes):
    from docx import Document

    return Document(io.BytesIO(data))


def test_docx_reads_as_a_chinese_exam_paper(quiz):
    from docx.shared import Cm

    doc = _docx(render(quiz, "docx"))
    paras = [p.text for p in doc.paragraphs]
    assert paras[0] == quiz.title
    assert all(label in paras[1] for label in ("姓名：", "部门：", "得分："))
    headings = [p for p in paras if re.fullmatch(r"[一二三四五]、(填空题|单项选择题|多项选择题|判断题|出处题)"
                                                 r"（(每[空题] \d+ 分，)?共 \d+ 分）", p)]
    assert [h[2:h.index("（")] for h in headings] == [part.heading[2:part.heading.index("（")] for part in parts(quiz)]
    assert f"本卷满分 {total_points(quiz)} 分" in "\n".join(paras)
    section = doc.sections[0]
    assert abs(section.page_width - Cm(21)) < Cm(0.05) and abs(section.page_height - Cm(29.7)) < Cm(0.05)
    assert doc.core_properties.title == quiz.title


def test_docx_blanks_are_visible_lines_as_long_as_the_answers(quiz):
    # Drawn with full-width low lines, not underlined spaces: a word processor drops the underline of
    # spaces where the blank meets a line end, and the student sees no blank at all.
    doc = _docx(render(quiz, "docx"))
    key_at = next(i for i, p in enumerate(doc.paragraphs) if p.text == "参考答案")
    blanks = [r.text for p in doc.paragraphs[2:key_at] for r in p.runs if r.text and set(r.text) == {"\uff3f"}]
    cloze = [item for item in quiz.items if item.kind == "cloze"]  # the other kinds print （　　）
    expected = [b - a + 1 for item in cloze for a, b in item.blanks]
    assert sorted(len(u) for u in blanks) == sorted(expected)
    assert not any(r.underline and not r.text.strip() for p in doc.paragraphs[3:key_at] for r in p.runs)


def test_docx_key_is_on_its_own_page_after_every_question(quiz):
    doc = _docx(render(quiz, "docx"))
    texts = [p.text for p in doc.paragraphs]
    key_at = texts.index("参考答案")
    assert doc.paragraphs[key_at].paragraph_format.page_break_before
    questions, key = "\n".join(texts[:key_at]), "\n".join(texts[key_at:])
    for n, item in _numbered(quiz):
        assert re.search(rf"^{n}．", questions, re.M)
        line = next(t for t in texts[key_at:] if t.startswith(f"{n}．"))
        assert all(a in line for a in item.answers)
        if item.kind in CHOICE_KINDS:
            assert line.startswith(f"{n}．{item.answer_letters}. ")
    assert "原文：" in key


def test_docx_names_the_east_asian_font_everywhere(quiz):
    from docx.oxml.ns import qn

    doc = _docx(render(quiz, "docx"))
    normal = doc.styles["Normal"].element.rPr.find(qn("w:rFonts"))
    assert normal.get(qn("w:eastAsia")) == "宋体"
    assert normal.get(qn("w:eastAsiaTheme")) is None, "a theme font would override 宋体"
    runs = [r for p in doc.paragraphs for r in p.runs]
    assert runs
    for run in runs:
        fonts = run._r.rPr.find(qn("w:rFonts"))
        assert fonts.get(qn("w:eastAsia")) in ("宋体", "黑体"), run.text
    title_run = doc.paragraphs[0].runs[0]
    assert title_run._r.rPr.find(qn("w:rFonts")).get(qn("w:eastAsia")) == "黑体"


# ------------------------------------------------------------------ json

def test_json_is_the_documented_contract(quiz):
    import json

    text = render(quiz, "json")
    data = json.loads(text)
    assert set(data) >= {"title", "seed", "items"}
    for row, item in zip(data["items"], quiz.items):
        assert set(row) >= {"id", "kind", "prompt", "answers", "source"}
        assert ("choices" in row) == (item.kind != "cloze")
        assert row["points"] >= 1
    assert Quiz.from_json(text) == quiz
    assert "\\u" not in text, "Chinese is written as UTF-8, not ASCII-escaped"


# ------------------------------------------------------------------ apkg

def test_apkg_opens_as_an_anki_cloze_collection(quiz):
    col = apkg_collection(render(quiz, "apkg"))
    model = col["models"][str(stable_id(MODEL_NAME))]
    assert model["type"] == 1, "a cloze note type"
    assert [f["name"] for f in model["flds"]] == ["Text", "Extra", "Source"]
    assert any(d["name"] == quiz.title for d in col["decks"].values())
    assert len(col["notes"]) == len(quiz.items) == col["cards"]
    for note, item in zip(col["notes"], quiz.items):
        text, extra, _source = note["fields"]
        hidden = re.findall(r"\{\{c1::(.*?)\}\}", text)
        if item.kind == "multi":
            assert hidden == [html.escape(f"{item.answer_letters}. {'、'.join(item.answers)}")]
        else:  # each blank's answer; the right option; 对 or 错
            assert hidden == [html.escape(a) for a in item.answers]
        if item.kind == "judge" and item.original:
            assert html.unescape(extra) == f"原句：{item.original}<br>{item.hint}"
        else:
            assert html.unescape(extra) == item.hint, "the source passage in the Extra field"
        if item.kind in CHOICE_KINDS:
            assert all(html.escape(c) in text for c in item.choices)
        assert item.kind in note["tags"]


def test_apkg_regenerated_deck_updates_instead_of_duplicating(quiz):
    from dataclasses import replace

    first = apkg_collection(render(quiz, "apkg"))
    again = apkg_collection(render(quiz, "apkg"))
    assert [n["guid"] for n in first["notes"]] == [n["guid"] for n in again["notes"]]
    assert set(first["decks"]) == set(again["decks"]) and set(first["models"]) == set(again["models"])
    assert len({n["guid"] for n in first["notes"]}) == len(quiz.items)
    # A reworded hint keeps the card; a different answer is a different card.
    edited = Quiz(quiz.title, [replace(quiz.items[0], hint="新的原文")] + quiz.items[1:], quiz.seed)
    assert apkg_collection(render(edited, "apkg"))["notes"][0]["guid"] == first["notes"][0]["guid"]
    other = replace(quiz.items[0], answers=["另一个答案"])
    changed = Quiz(quiz.title, [other] + quiz.items[1:], quiz.seed)
    assert apkg_collection(render(changed, "apkg"))["notes"][0]["guid"] != first["notes"][0]["guid"]


# ------------------------------------------------------------------ gift

def test_gift_parses_as_short_answer_and_multiple_choice(quiz):
    questions = parse_gift(render(quiz, "gift"))
    assert len(questions) == len(quiz.items)
    for q, (number, item) in zip(questions, [pair for part in parts(quiz) for pair in part.items]):
        assert q.name.startswith(f"{number:02d} ")  # numbered as on the paper
        assert q.format == "html"
        assert item.id in q.name
        rights = [text for right, text in q.answers if right]
        if item.kind in ("choice", "source"):
            assert q.kind == "multichoice"
            assert [html.unescape(t) for _, t in q.answers] == item.choices
            assert [html.unescape(t) for t in rights] == item.answers
        elif item.kind == "multi":  # Moodle's multiple answers: the right ones share 100 %, a wrong one -100 %
            assert q.kind == "multichoice"
            weights = {html.unescape(t): w for w, t in q.weights}
            assert list(weights) == item.choices
            assert sum(w for w in weights.values() if w > 0) == pytest.approx(100, abs=0.01)
            assert {c for c, w in weights.items() if w > 0} == set(item.answers)
            assert all(w == -100 for c, w in weights.items() if c not in item.answers)
        elif item.kind == "judge":
            assert q.kind == "truefalse" and q.truth == (item.answers == ["对"])
        else:
            assert q.kind == "shortanswer"
            assert "、".join(item.answers) in rights
        assert "_____" in q.text
        feedback = html.unescape(q.general_feedback)
        if item.kind == "judge" and item.original:
            assert feedback.startswith(f"原句：{item.original} 原文：{item.hint}")
        else:
            also = "也可答：" + "、".join(a for alts in item.accept for a in alts) + " " if any(item.accept) else ""
            free = "各空顺序不限 " if item.kind == "cloze" and order_free(item) else ""  # a series, as graded
            assert feedback.startswith(free + also + "原文：" + item.hint)  # a number blank also takes the bare number


# ------------------------------------------------------------------ csv

def test_csv_one_row_per_item_for_excel(quiz):
    rows = csv_rows(render(quiz, "csv"))
    assert rows[0] == ["id", "kind", "prompt", "answer", "options", "source", "points", "original"]
    assert len(rows) == len(quiz.items) + 1
    for row, item in zip(rows[1:], quiz.items):
        assert row[0] == item.id and row[1] == item.kind and row[2] == item.prompt
        assert row[3].split("；") == item.answers
        assert row[4].split(" | ") == ([f"{'ABCDEF'[i]}. {c}" for i, c in enumerate(item.choices)] or [""])
        assert row[5] == item.source["excerpt"]
        assert int(row[6]) == item_points(item) and row[7] == item.original
