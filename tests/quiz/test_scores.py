"""A group's answers graded at once: ranks with ties, per-item marks and statistics, CSV/xlsx tables, the CLI."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from textkit.cli import cli
from textkit.errors import QuizError
from textkit.quiz import Quiz, QuizItem
from textkit.quiz.answer_files import read_group
from textkit.quiz.scores import grade_group, score_table, write_scores

QUIZ = Quiz(title="工会知识竞赛", seed=1, items=[  # in the printed order: 填空题, 单项选择题, 多项选择题, 判断题
    QuizItem(id="q01", kind="cloze", prompt="坚决做到“＿＿＿＿”", answers=["两个维护"], blanks=[(5, 9)]),
    QuizItem(id="q02", kind="cloze", prompt="＿＿＿、＿＿＿、＿＿＿工人阶级和广大劳动群众合法权益",
             answers=["实现好", "维护好", "发展好"], blanks=[(0, 3), (4, 7), (8, 11)]),
    QuizItem(id="q03", kind="choice", prompt="学习贯彻党的＿＿＿精神", answers=["二十大"], blanks=[(6, 9)],
             choices=["十八大", "十九大", "二十大", "十七大"]),
    QuizItem(id="q04", kind="multi", prompt="增强的有（　　）", answers=["四个意识", "四个自信"], blanks=[],
             choices=["四个意识", "两个务必", "四个自信", "四个全面"]),
    QuizItem(id="q05", kind="judge", prompt="《论述摘编》共计200段论述。", answers=["错"], blanks=[], choices=["对", "错"],
             original="共计240段论述"),
])
# full score: 2 + 2 + 6 + 3 + 1 = 14
GROUP = """姓名,部门,1,3,2,4,5
张三,机关工会,两个维护,C,实现好维护好发展好,AC,×
李四,教务处,“两个维护”,20大,实现好、维护好、发展坏,A,对
王五,机关工会,两个确立,B,实现好 维护好 发展好,CA,错
赵六,,兩個維護,C. 二十大,实现好和维护好和发展好,ACD,F
钱七,后勤处,,,,,
"""


@pytest.fixture
def group_csv(tmp_path: Path) -> Path:
    p = tmp_path / "answers.csv"
    p.write_text(GROUP, "utf-8")
    return p


def test_group_ranked_with_ties_and_per_item_marks(group_csv):
    report = grade_group(QUIZ, read_group(group_csv))
    table = [(p.rank, p.name, p.department, p.score) for p in report.people]
    assert table[0] == (1, "张三", "机关工会", 14)
    # 李四: 2 + 2 + 4 (two of three blanks) + 1.5 (one right option of two) + 0 = 9.5
    # 王五: 0 + 0 + 6 + 3 + 1 = 10;  赵六: 2 + 2 + 6 + 0 (a wrong option) + 1 = 11
    assert table[1:] == [(2, "赵六", "", 11), (3, "王五", "机关工会", 10), (4, "李四", "教务处", 9.5),
                         (5, "钱七", "后勤处", 0)]
    li = next(p for p in report.people if p.name == "李四")
    assert li.marks == {"q01": 2, "q02": 4, "q03": 2, "q04": 1.5, "q05": 0}
    assert report.full_score == 14


def test_ties_share_a_rank(tmp_path):
    p = tmp_path / "tie.csv"
    p.write_text("name,q01,q3\n甲,两个维护,C\n乙,两个维护,二十大\n丙,两个维护,A\n丁,,\n", "utf-8")
    report = grade_group(QUIZ, read_group(p))
    assert [(x.rank, x.name) for x in report.people] == [(1, "甲"), (1, "乙"), (3, "丙"), (4, "丁")]


def test_item_statistics_put_the_most_missed_first(group_csv):
    report = grade_group(QUIZ, read_group(group_csv))
    shares = {s.number: (s.right, s.people) for s in report.items}
    assert shares == {1: (3, 5), 2: (3, 5), 3: (3, 5), 4: (2, 5), 5: (3, 5)}
    assert report.missed_first()[0].number == 4
    assert score_table(report)[-1][:5] == ["", "正确率", "", "", "60%"]


def test_score_table_as_csv_and_xlsx(group_csv, tmp_path):
    report = grade_group(QUIZ, read_group(group_csv))
    out = write_scores(report, tmp_path / "scores.csv")
    rows = list(csv.reader(out.read_text("utf-8-sig").splitlines()))
    assert rows[0] == ["名次", "姓名", "部门", "得分", "1", "2", "3", "4", "5"]
    assert rows[1] == ["1", "张三", "机关工会", "14", "2", "6", "2", "3", "1"]
    assert rows[4][:4] == ["4", "李四", "教务处", "9.5"]
    from openpyxl import load_workbook

    book = load_workbook(write_scores(report, tmp_path / "scores.xlsx"))
    assert book.sheetnames == ["成绩", "题目统计"]
    assert [c.value for c in book["成绩"][2]][:4] == [1, "张三", "机关工会", 14]
    assert book["题目统计"]["A2"].value == 4  # the item most people missed first
    with pytest.raises(QuizError, match=".csv or .xlsx"):
        write_scores(report, tmp_path / "scores.pdf")


def test_a_group_in_xlsx_with_qnn_columns_and_an_unknown_column(tmp_path, caplog):
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["姓名", "单位", "Q01", "q03", "题号9", "备注"])
    book.active.append(["张三", "工会", "两个维护", "C", "x", "迟到"])
    book.active.append(["李四", "工会", 1, 3, "", ""])
    book.save(tmp_path / "g.xlsx")
    report = grade_group(QUIZ, read_group(tmp_path / "g.xlsx"))
    assert [p.score for p in report.people] == [4, 0]
    assert report.unknown == ["题号9"] and "题号9" in caplog.text
    assert [p.department for p in report.people] == ["工会", "工会"]  # 单位 as the department column
    (tmp_path / "g.csv").write_text('姓名,1\n"=HYPERLINK(""http://x"")",两个维护\n', "utf-8")
    write_scores(grade_group(QUIZ, read_group(tmp_path / "g.csv")), tmp_path / "s.csv")
    assert "'=HYPERLINK" in (tmp_path / "s.csv").read_text("utf-8-sig")  # a name is never run as a formula


def test_cli_group_table_and_json(group_csv, tmp_path):
    quiz = tmp_path / "quiz.json"
    quiz.write_text(QUIZ.to_json(), "utf-8")
    result = CliRunner().invoke(cli, ["quiz", "grade", str(quiz), str(group_csv), "-o", str(tmp_path / "s.xlsx")])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert "  1  张三（机关工会）  14/14 分" in lines
    assert "错得最多的题：" in result.output and "第4题  答对 2/5（40%）" in result.output
    assert (tmp_path / "s.xlsx").exists()
    js = CliRunner().invoke(cli, ["quiz", "grade", str(quiz), str(group_csv), "--json"])
    data = json.loads(js.output)
    assert data["full_score"] == 14 and data["people"][0]["name"] == "张三" and data["people"][3]["score"] == 9.5


def test_a_table_without_names_or_items_says_what_to_do(tmp_path):
    p = tmp_path / "x.csv"
    p.write_text("部门,1\n工会,两个维护\n", "utf-8")
    with pytest.raises(QuizError, match="姓名"):
        read_group(p)
    with pytest.raises(QuizError, match="no item columns"):
        grade_group(QUIZ, [{"姓名": "张三", "得分": "5"}])
