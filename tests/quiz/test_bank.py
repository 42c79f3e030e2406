"""Question banks in and out: the common spreadsheet layout (xlsx, CSV) and plain Word banks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from textkit.analysis.load import load_corpus
from textkit.cli import cli
from textkit.errors import QuizError
from textkit.export import render, write_quiz
from textkit.quiz import Quiz, QuizItem, make_quiz
from textkit.quiz.bank import COLUMNS, read_bank
from textkit.quiz.grading import grade, item_numbers

CORPUS = Path(__file__).resolve().parents[2] / "corpus"

EVERY_KIND = Quiz(title="各题型", items=[
    QuizItem(id="q01", kind="cloze", prompt="大力弘扬＿＿＿＿、＿＿＿＿、＿＿＿＿", answers=["劳模精神", "劳动精神", "工匠精神"],
             blanks=[(4, 8), (9, 13), (14, 18)], hint="大力弘扬劳模精神、劳动精神、工匠精神"),
    QuizItem(id="q02", kind="cloze", prompt="学习贯彻党的＿＿＿精神", answers=["二十大"], blanks=[(6, 9)],
             accept=[["党的二十大"]]),
    QuizItem(id="q03", kind="choice", prompt="坚决做到“＿＿＿＿”", answers=["两个维护"], blanks=[(5, 9)],
             choices=["两个确立", "四个意识", "四个自信", "两个维护"]),
    QuizItem(id="q04", kind="multi", prompt="下列属于“四个意识”的有（　　）", answers=["政治意识", "大局意识", "看齐意识"],
             blanks=[], choices=["政治意识", "大局意识", "忧患意识", "看齐意识", "创新意识"]),
    QuizItem(id="q05", kind="judge", prompt="《论述摘编》共计200段论述。", answers=["错"], blanks=[], choices=["对", "错"],
             original="《论述摘编》共计240段论述。"),
    QuizItem(id="q06", kind="judge", prompt="《论述摘编》分8个专题。", answers=["对"], blanks=[], choices=["对", "错"],
             hint="《论述摘编》分8个专题"),
    QuizItem(id="q07", kind="source", prompt="“劳动是一切成功的必经之路”出自哪次讲话？", answers=["2013年4月28日在同全国劳动模范代表座谈时的讲话"],
             blanks=[], choices=["2015年4月28日在庆祝“五一”国际劳动节大会上的讲话", "2013年4月28日在同全国劳动模范代表座谈时的讲话",
                                 "2018年10月29日同中华全国总工会新一届领导班子成员集体谈话时的讲话"]),
])
FIELDS = ("kind", "prompt", "answers", "blanks", "choices", "accept", "original")


def _same(a: Quiz, b: Quiz) -> None:
    """The same items in the printed order (a bank lists them kind by kind, as the paper does)."""
    assert len(a.items) == len(b.items)
    printed = [item for _, item in sorted(item_numbers(a).items())]
    assert [i.id for i in b.items] == [f"q{n:02d}" for n in range(1, len(b.items) + 1)]
    for x, y in zip(printed, b.items):
        assert [getattr(x, f) for f in FIELDS] == [getattr(y, f) for f in FIELDS], x.id


def test_every_kind_round_trips_through_an_xlsx_bank(tmp_path):
    path = tmp_path / "bank.xlsx"
    write_quiz(EVERY_KIND, path)
    back = read_bank(path)
    _same(EVERY_KIND, back)
    assert [i.id for i in back.items] == [i.id for i in EVERY_KIND.items] and back.title == "bank"
    from openpyxl import load_workbook

    sheet = load_workbook(path).active
    assert [c.value for c in sheet[1]] == COLUMNS
    assert [c.value for c in sheet[2]][:2] == ["填空题", "大力弘扬（　　）、（　　）、（　　）"]
    assert sheet["I4"].value == "D" and sheet["I5"].value == "ABD" and sheet["A5"].value == "多选题"


def test_a_generated_quiz_round_trips(tmp_path):
    quiz = make_quiz(load_corpus([CORPUS]), n=20, kind="mixed", seed=7)
    (tmp_path / "b.xlsx").write_bytes(render(quiz, "xlsx"))
    back = read_bank(tmp_path / "b.xlsx")
    _same(quiz, back)
    # Answers by the numbers printed on the original's sheet grade the imported bank.
    report = grade(back, {str(n): item.answers for n, item in item_numbers(quiz).items()})
    assert report.correct == len(quiz.items)


PLATFORM = [
    ["题目类型", "题目", "A", "B", "C", "D", "E", "F", "正确答案", "答案解析", "分值"],
    ["单选", "《论述摘编》共计（  ）段论述", "200", "240", "300", "", "", "", "B", "见通知", "2"],
    ["多选题", "以下是“四个自信”的有（ ）", "道路自信", "理论自信", "制度自信", "政治自信", "", "", "A,B,C", "", ""],
    ["判断", "《论述摘编》由中央党史和文献研究院编辑。", "", "", "", "", "", "", "正确", "", ""],
    ["判断题", "劳模精神、劳动精神、工匠精神是三种精神。", "正确", "错误", "", "", "", "", "A", "", ""],
    ["填空", "坚持____、____、____服务职工", "用心", "", "", "", "", "", "用心；用情；用力", "", "3"],
    ["选择题", "多项选择在“选择题”里（）", "甲", "乙", "丙", "丁", "", "", "ACD", "", ""],
    ["单选题", "没有答案的题", "甲", "乙", "", "", "", "", "", "", ""],
]


def _xlsx(rows, path):
    from openpyxl import Workbook

    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_a_platform_bank_with_synonyms_imports(tmp_path, caplog):
    quiz = read_bank(_xlsx(PLATFORM, tmp_path / "平台题库.xlsx"))
    kinds = [i.kind for i in quiz.items]
    # kind by kind as a paper prints them; the question without an answer is skipped
    assert kinds == ["cloze", "choice", "multi", "multi", "judge", "judge"]
    assert "row 8" in caplog.text
    cloze, one, multi, chosen, judge, judge_a = quiz.items
    assert one.prompt == "《论述摘编》共计＿＿＿段论述" and one.answers == ["240"] and one.points == 2
    assert one.hint == "见通知" and one.blanks == [(8, 11)]
    assert multi.answers == ["道路自信", "理论自信", "制度自信"]
    assert judge.answers == ["对"] and judge_a.answers == ["对"]
    assert cloze.prompt == "坚持＿＿、＿＿、＿＿服务职工" and cloze.answers == ["用心", "用情", "用力"] and cloze.points == 3
    assert chosen.answers == ["甲", "丙", "丁"]
    assert grade(quiz, {"2": "B", "3": "ABC", "5": "√", "6": "对", "1": "用心用情用力", "4": "A、C、D"}).correct == 6


def test_a_csv_bank_imports(tmp_path):
    p = tmp_path / "bank.csv"
    p.write_text("题型,*题干（必填）,选项A,选项B,选项C,选项D,答案(必填),解析\n"
                 "单选题,坚决做到（　　）,两个确立,两个维护,四个意识,四个自信,B,\n"
                 "填空题,大力弘扬（　　）,,,,,劳模精神,\n", "utf-8-sig")
    quiz = read_bank(p)
    assert [i.answers for i in quiz.items] == [["劳模精神"], ["两个维护"]]  # 填空题 first, as printed
    assert quiz.items[0].prompt == "大力弘扬＿＿＿＿"


WORD_BANK = """工会知识题库
一、单选题
1. 《论述摘编》共分（　　）个专题。
A. 6   B. 8   C. 10   D. 12
答案：B
解析：通知原文：“《论述摘编》分8个专题”。
2、要坚持党对（　　）的领导。
A．工会工作
B．经济工作
C．文化工作
D．外事工作
【答案】A
二、多选题
3．进一步提高（　　）。
A、政治判断力 B、政治领悟力 C、政治执行力 D、政治动员力
答案：ABC
三、判断题
4. 《论述摘编》收入了240段论述。
答案：√
四、填空题
5. 大力弘扬劳模精神、劳动精神、____。
答案：工匠精神
6. 实现好、____、____工人阶级和广大劳动群众合法权益。
正确答案：维护好、发展好
"""


def test_a_plain_word_bank_imports(tmp_path):
    from docx import Document

    doc = Document()
    for line in WORD_BANK.splitlines():
        doc.add_paragraph(line)
    doc.save(tmp_path / "题库.docx")
    quiz = read_bank(tmp_path / "题库.docx")
    assert [i.kind for i in quiz.items] == ["cloze", "cloze", "choice", "choice", "multi", "judge"]
    quiz = Quiz(quiz.title, [quiz.items[i] for i in (2, 3, 4, 5, 0, 1)])  # in the bank's order, to read below
    first = quiz.items[0]
    assert first.choices == ["6", "8", "10", "12"] and first.answers == ["8"] and first.hint.startswith("通知原文")
    assert first.prompt == "《论述摘编》共分＿个专题。"
    assert quiz.items[1].choices == ["工会工作", "经济工作", "文化工作", "外事工作"] and quiz.items[1].answers == ["工会工作"]
    assert quiz.items[2].answers == ["政治判断力", "政治领悟力", "政治执行力"]
    assert quiz.items[3].answers == ["对"]
    assert quiz.items[5].answers == ["维护好", "发展好"] and quiz.items[5].prompt == "实现好、＿＿＿、＿＿＿工人阶级和广大劳动群众合法权益。"
    (tmp_path / "题库.txt").write_text(WORD_BANK, "gb18030")  # the same bank saved as text
    _same(read_bank(tmp_path / "题库.docx"), read_bank(tmp_path / "题库.txt"))


def test_bad_banks_say_what_to_do(tmp_path):
    with pytest.raises(QuizError, match="题干 and 答案"):
        read_bank(_xlsx([["a", "b"], ["1", "2"]], tmp_path / "x.xlsx"))
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    with pytest.raises(QuizError, match=".xlsx, .csv or .docx"):
        read_bank(tmp_path / "x.pdf")
    (tmp_path / "bad.xlsx").write_bytes(b"not a zip")
    with pytest.raises(QuizError, match="save it again as .xlsx"):
        read_bank(tmp_path / "bad.xlsx")
    (tmp_path / "empty.txt").write_text("只是一段话，没有题目。", "utf-8")
    with pytest.raises(QuizError, match="no questions found"):
        read_bank(tmp_path / "empty.txt")


def test_cli_import_then_make_sheets(tmp_path):
    bank = _xlsx(PLATFORM, tmp_path / "bank.xlsx")
    out = tmp_path / "quiz.json"
    result = CliRunner().invoke(cli, ["quiz", "import", str(bank), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "read 6 questions" in result.output
    data = json.loads(out.read_text("utf-8"))
    assert [i["kind"] for i in data["items"]][:3] == ["cloze", "choice", "multi"]
    printed = CliRunner().invoke(cli, ["quiz", "import", str(bank)])
    assert json.loads(printed.stdout)["items"][1]["answers"] == ["240"]
    again = CliRunner().invoke(cli, ["quiz", "import", str(bank), "-o", str(tmp_path / "again.xlsx")])
    assert again.exit_code == 0
    _same(read_bank(bank), read_bank(tmp_path / "again.xlsx"))
