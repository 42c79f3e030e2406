"""The paper's parts: a heading per item kind with its points, the rules under them, what each kind prints."""

from __future__ import annotations

import io
from dataclasses import replace

from export_quizzes import BOOK_NOTE, every_kind_quiz, notice_quiz
from export_readers import md_literal
from textkit.export import render
from textkit.export.sheet import answer_text, key_notes, parts, source_label, total_points
from textkit.quiz import Quiz
from textkit.quiz.model import ITEM_KINDS, MULTI_RULE, item_points


def test_parts_follow_the_kinds_in_paper_order_numbered_across_the_paper():
    quiz = every_kind_quiz()
    got = parts(quiz)
    assert [p.kind for p in got] == list(ITEM_KINDS)
    assert [p.heading for p in got] == [
        "一、填空题（每空 2 分，共 8 分）",
        "二、单项选择题（每题 2 分，共 2 分）",
        "三、多项选择题（共 7 分）",  # one multi item carries its own 4 points: no 每题 then
        "四、判断题（每题 1 分，共 2 分）",
        "五、出处题（每题 2 分，共 2 分）",
    ]
    assert [n for p in got for n, _ in p.items] == list(range(1, len(quiz.items) + 1))
    assert got[2].rule == MULTI_RULE and "对" in got[3].rule and not got[0].rule
    assert total_points(quiz) == sum(item_points(i) for i in quiz.items) == 21


def test_a_part_whose_items_all_carry_other_points_says_so_per_item():
    quiz = every_kind_quiz()
    judged = Quiz(quiz.title, [replace(i, points=2) if i.kind == "judge" else i for i in quiz.items])
    judge = next(p for p in parts(judged) if p.kind == "judge")
    assert judge.heading == "四、判断题（每题 2 分，共 4 分）"
    only_choice = Quiz("t", [i for i in notice_quiz().items if i.kind == "choice"])
    assert [p.heading for p in parts(only_choice)] == ["一、单项选择题（每题 2 分，共 6 分）"]


def test_key_entries_by_kind():
    quiz = every_kind_quiz()
    by_id = {i.id: i for i in quiz.items}
    assert answer_text(by_id["q05"]) == "BCE. 政治意义；理论意义；实践意义"
    assert answer_text(by_id["q08"]) == "错" and answer_text(by_id["q07"]) == "对"
    assert answer_text(by_id["q09"]) == "B. 学习宣传贯彻《论述摘编》的通知"
    assert key_notes(by_id["q08"])[0] == "原句：《论述摘编》分8个专题，共计240段论述"
    assert not any(n.startswith("原句") for n in key_notes(by_id["q07"]))


def test_source_labels_cite_the_note():
    item = next(i for i in every_kind_quiz().items if i.kind == "source")
    assert source_label(item).endswith(f" · {BOOK_NOTE}")
    bracketed = replace(item, source={**item.source, "note": f"（{BOOK_NOTE}）"})
    assert source_label(bracketed) == source_label(item), "the book's brackets are not doubled"
    plain = replace(item, source={"doc": "学习宣传贯彻《论述摘编》的通知"}, section="")
    assert source_label(plain) == "《学习宣传贯彻〈论述摘编〉的通知》", "a title within a title takes 〈〉"


def test_markdown_prints_each_kind_and_the_original_of_a_false_statement():
    quiz = every_kind_quiz()
    text = md_literal(render(quiz, "md"))
    questions, key = text.split("## 参考答案")
    assert MULTI_RULE in questions
    assert "6. 《论述摘编》分8个专题，共计200段论述（　　）" in questions
    assert "8. “聚焦教职工工会会员急难愁盼，用心用情用力履行维护教职工工会会员合法权益”出自（　　）" in questions
    assert "A. 中国工会章程　　B. 学习宣传贯彻《论述摘编》的通知" in questions
    assert "6. **错**\n\n   原句：《论述摘编》分8个专题，共计240段论述" in key
    assert "7. **对**\n\n   原文：" in key
    assert BOOK_NOTE in key


def test_docx_paper_prints_boxes_for_multi_and_brackets_for_judge():
    from docx import Document

    quiz = every_kind_quiz()
    doc = Document(io.BytesIO(render(quiz, "docx")))
    texts = [p.text for p in doc.paragraphs]
    key_at = texts.index("参考答案")
    sheet = texts[:key_at]
    assert MULTI_RULE in sheet
    assert "□A．历史意义\t□B．政治意义\t□C．理论意义\t□D．时代意义" in sheet
    assert "6．《论述摘编》分8个专题，共计200段论述（　　）" in sheet
    assert "7．全心全意依靠工人阶级是我们党一以贯之的根本方针（　　）" in sheet
    assert not any(t.strip() in ("对", "错", "A．对\tB．错") for t in sheet), "judge items print no options"
    key = texts[key_at:]
    at = key.index("6．错")
    assert key[at + 1] == "原句：《论述摘编》分8个专题，共计240段论述"
    assert any(t.startswith("8．B. 学习宣传贯彻") for t in key)


def test_json_carries_every_kind_by_the_contract():
    import json

    quiz = every_kind_quiz()
    rows = {r["id"]: r for r in json.loads(render(quiz, "json"))["items"]}
    assert rows["q08"]["choices"] == ["对", "错"] and rows["q08"]["answers"] == ["错"]
    assert rows["q08"]["original"] == "《论述摘编》分8个专题，共计240段论述"
    assert "original" not in rows["q07"]
    assert rows["q05"]["answers"] == ["政治意义", "理论意义", "实践意义"] and len(rows["q05"]["choices"]) == 5
    assert rows["q06"]["points"] == 4 and rows["q05"]["points"] == 3
    assert rows["q09"]["source"]["note"] == BOOK_NOTE
    assert Quiz.from_json(render(quiz, "json")) == quiz


def _dated_item():
    """A two-blank item of the notice's dates, whose grader also takes them written with dots."""
    from export_quizzes import _from_notice

    base = _from_notice(9, "cloze", "收入了习近平总书记2012年11月15日至2023年7月7日期间", ["2012年11月15日", "2023年7月7日"])
    return replace(base, accept=[["2012.11.15"], ["2023.7.7", "2023年7月7号"]])


def test_accepted_alternatives_are_in_the_key_and_in_moodle():
    from gift_parser import parse as parse_gift

    from export_quizzes import _from_notice

    item = _dated_item()
    count = _from_notice(10, "cloze", "《论述摘编》分8个专题，共计240段论述", ["240"])
    quiz = Quiz("日期", [item, replace(count, accept=[["二百四十"]])])
    assert key_notes(item)[0] == "也可答：第1空 2012.11.15；第2空 2023.7.7、2023年7月7号"
    assert key_notes(quiz.items[1])[0] == "也可答：二百四十"
    key = md_literal(render(quiz, "md", part="key"))
    assert "也可答：第1空 2012.11.15；第2空 2023.7.7、2023年7月7号" in key
    gift = parse_gift(render(quiz, "gift"))
    rights = {t for right, t in gift[0].answers if right}
    assert {"2012年11月15日、2023年7月7日", "2012.11.15、2023.7.7", "2012.11.15、2023年7月7号",
            "2012年11月15日，2023.7.7"} <= rights
    assert {t for right, t in gift[1].answers if right} == {"240", "二百四十"}
