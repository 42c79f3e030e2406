"""Tolerant grading, and answer sheets in JSON and CSV."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from textkit.cli import cli
from textkit.errors import QuizError
from textkit.quiz.grading import grade, is_correct, key, read_answers
from textkit.quiz import Quiz, QuizItem


def _cloze(id_, prompt_before, answers, accept=()):
    prompt, blanks = prompt_before, []
    for a in answers:
        blanks.append((len(prompt), len(prompt) + len(a)))
        prompt += "＿" * len(a) + "、"
    return QuizItem(id=id_, kind="cloze", prompt=prompt, answers=list(answers), blanks=blanks,
                    accept=[list(x) for x in accept])


QUIZ = Quiz(
    title="测试",
    seed=1,
    items=[
        _cloze("q01", "坚决做到", ["两个维护"]),
        _cloze("q02", "大力弘扬", ["劳模精神", "劳动精神", "工匠精神"]),
        QuizItem(id="q03", kind="choice", prompt="增强“＿＿＿＿”", answers=["四个意识"], blanks=[(3, 7)],
                 choices=["两个确立", "四个意识", "四个自信", "两个维护"]),
        _cloze("q04", "共计", ["240段"]),
        _cloze("q05", "他说", ["等于"]),
        _cloze("q06", "加强", ["党的领导"], accept=[["党的全面领导"]]),
    ],
)


@pytest.mark.parametrize("given", ["两个维护", " 两个维护 ", "“两个维护”", "\"两个维护\"", "兩個維護", "两个维护。", "两 个 维 护"])
def test_forms_of_the_right_answer_are_right(given):
    assert is_correct(QUIZ.items[0], given)


@pytest.mark.parametrize("given", ["两个确立", "维护", "坚决做到两个维护", "", "  "])
def test_wrong_or_partial_answers_are_wrong(given):
    assert not is_correct(QUIZ.items[0], given)


def test_never_containment():
    assert not is_correct(QUIZ.items[4], "不等于")
    assert is_correct(QUIZ.items[4], "等于")


def test_full_width_digits_and_alternatives():
    assert is_correct(QUIZ.items[3], "２４０段")
    assert is_correct(QUIZ.items[5], "党的全面领导")


def test_several_blanks_as_list_string_or_other_order():
    item = QUIZ.items[1]
    assert is_correct(item, ["劳模精神", "劳动精神", "工匠精神"])
    assert is_correct(item, "劳模精神、劳动精神、工匠精神")
    assert is_correct(item, "劳模精神|劳动精神|工匠精神")
    assert is_correct(item, ["劳动精神", "劳模精神", "工匠精神"])
    assert not is_correct(item, ["劳模精神", "劳动精神"])
    assert not is_correct(item, ["劳模精神", "劳模精神", "工匠精神"])


def test_choice_by_letter_or_text():
    item = QUIZ.items[2]
    for given in ("B", "b", "B.", "四个意识", "（B）"):
        assert is_correct(item, given), given
    for given in ("A", "两个确立", "E"):
        assert not is_correct(item, given), given


def test_report():
    report = grade(QUIZ, {"q01": "两个维护", "q03": "A"})
    assert (report.correct, report.total) == (1, 6)
    first, second, third = report.results[:3]
    assert first.to_dict() == {"id": "q01", "correct": True, "given": "两个维护", "expected": "两个维护",
                               "points": 2, "full_points": 2}
    assert second.given == "" and not second.correct
    assert third.expected == "B. 四个意识"
    with pytest.raises(QuizError, match="q99"):
        grade(QUIZ, {"q99": "x"})


def test_read_json_and_csv_answers(tmp_path: Path):
    j = tmp_path / "a.json"
    j.write_text(json.dumps({"q01": "两个维护", "q02": ["劳模精神", "劳动精神", "工匠精神"]}, ensure_ascii=False), "utf-8")
    assert read_answers(j)["q02"] == ["劳模精神", "劳动精神", "工匠精神"]
    c = tmp_path / "a.csv"
    c.write_bytes("id,answer\nq01,两个维护\nq02,劳模精神|劳动精神|工匠精神\nq03,B\n".encode("utf-8-sig"))
    assert read_answers(c) == {"q01": "两个维护", "q02": ["劳模精神", "劳动精神", "工匠精神"], "q03": "B"}
    r = tmp_path / "r.csv"
    r.write_text("q02,劳模精神\nq02,劳动精神\nq02,工匠精神\n", "utf-8")
    assert read_answers(r) == {"q02": ["劳模精神", "劳动精神", "工匠精神"]}


@pytest.mark.parametrize("content", [b"{not json", b"[1, 2]", "q01\n".encode(), "两个维护".encode("gbk"), b""])
def test_bad_answer_files_are_clear_errors(tmp_path: Path, content: bytes):
    p = tmp_path / "bad.csv"
    p.write_bytes(content)
    with pytest.raises(QuizError):
        read_answers(p)


def test_cli_grade_json(tmp_path: Path):
    quiz = tmp_path / "quiz.json"
    quiz.write_text(QUIZ.to_json(), "utf-8")
    answers = tmp_path / "answers.csv"
    answers.write_text("q01,“两个维护”\nq03,A\n", "utf-8")
    result = CliRunner().invoke(cli, ["quiz", "grade", str(quiz), str(answers), "--json"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [r["id"] for r in rows] == [it.id for it in QUIZ.items]
    assert set(rows[0]) == {"id", "correct", "given", "expected", "points", "full_points"}
    assert rows[0]["correct"] is True and rows[2]["correct"] is False
    plain = CliRunner().invoke(cli, ["quiz", "grade", str(quiz), str(answers)])
    assert "得分：2/16 分（答对 1/6 题）" in plain.output
    bad = tmp_path / "bad.json"
    bad.write_text("{oops", "utf-8")
    result = CliRunner().invoke(cli, ["quiz", "grade", str(quiz), str(bad)])
    assert result.exit_code == 1 and "invalid JSON" in result.output


# ---------------------------------------------------------------- answers as people type them

import opencc  # noqa: E402

from textkit.analysis.load import load_corpus  # noqa: E402
from textkit.export.sheet import total_points  # noqa: E402
from textkit.quiz import make_quiz  # noqa: E402
from textkit.quiz.grading import score_item  # noqa: E402
from textkit.quiz.model import item_points  # noqa: E402
from textkit.analysis.numerals import parse_number, to_arabic  # noqa: E402

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
_S2T = opencc.OpenCC("s2t")
_CN = "零一二三四五六七八九"


def _chinese(n: int) -> str:
    """240 → 二百四十, 13 → 十三: how people write a count in Chinese (below 10,000)."""
    if n < 10:
        return _CN[n]
    out, zero = "", False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d, n = divmod(n, value)
        if d:
            out += ("零" if zero and out else "") + ("" if (unit == "十" and d == 1 and not out) else _CN[d]) + unit
            zero = False
        elif out:
            zero = True
    return out


def _in_chinese(text: str) -> str:
    """Arabic numbers written the Chinese way: years digit by digit (二〇二三年), others as counts."""
    text = re.sub(r"(\d{4})(?=年)", lambda m: "".join("〇一二三四五六七八九"[int(d)] for d in m.group(1)), text)
    return re.sub(r"\d+", lambda m: _chinese(int(m.group())), text)


def _full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


@pytest.fixture(scope="module")
def generated():
    excerpts = load_corpus([CORPUS])
    return [make_quiz(excerpts, n=20, kind="mixed", seed=seed) for seed in (7, 11)]


def _typed_right(item) -> list:
    """Ways people type the right answer of a generated item."""
    a = item.answers
    if item.kind in ("choice", "source"):
        letter, text = item.answer_letter, a[0]
        return [letter, letter.lower(), f"{letter}. {text}", f"{letter}．{text}", f"{letter}{text}", f"{letter}、{text}",
                f"选{letter}", f"{letter}项", f"（{letter}）", text, f"“{text}”", _S2T.convert(text), _full_width(letter)]
    if item.kind == "multi":
        letters = item.answer_letters
        return [letters, ",".join(letters), "、".join(letters), letters[::-1].lower(), "、".join(a), list(letters)]
    if item.kind == "judge":
        return [a[0], {"对": "√", "错": "×"}[a[0]], {"对": "正确", "错": "错误"}[a[0]], {"对": "T", "错": "F"}[a[0]]]
    forms = [list(a), "、".join(a), " ".join(a), "".join(a), _S2T.convert("".join(a))]
    if len(a) > 1:
        forms += ["和".join(a), "|".join(a), "，".join(reversed(a))]
    if any(ch.isdigit() for ch in "".join(a)):
        forms += [_in_chinese("、".join(a)), _full_width("".join(a))]
    return forms


def _typed_wrong(item) -> list:
    """Wrong answers people type: another option, a negation, a fragment, a partial series."""
    a = item.answers
    if item.kind in ("choice", "source"):
        right = item.choices.index(a[0])
        other = (right + 1) % len(item.choices)
        return [LETTERS_[other], item.choices[other], f"{LETTERS_[other]}. {a[0]}", f"{item.answer_letter}. {item.choices[other]}",
                f"不{a[0]}", a[0][:-1]]
    if item.kind == "judge":
        return ["错" if a[0] == "对" else "对"]
    wrong = [f"不{a[0]}" if len(a) == 1 else ["不" + x for x in a], a[0][:-1] if len(a[0]) > 1 else "某",
             "、".join(a[:-1]) if len(a) > 1 else a[0] + a[0]]
    if len(a) > 1:
        wrong.append([a[0]] * len(a))
    return wrong


LETTERS_ = "ABCDEFGH"


def test_typed_answers_on_generated_quizzes_get_no_wrong_verdict(generated):
    right = wrong = 0
    for quiz in generated:
        for item in quiz.items:
            for given in _typed_right(item):
                assert is_correct(item, given), (item.id, item.answers, given)
                right += 1
            for given in _typed_wrong(item):
                assert not is_correct(item, given), (item.id, item.answers, given)
                wrong += 1
    assert right >= 90 and wrong >= 40, (right, wrong)


def _item(kind, prompt, answers, choices=(), original=""):
    blanks, text = [], prompt
    for a in answers if kind in ("cloze", "choice") else []:
        i = text.index("（）")
        text = text[:i] + "＿" * len(a) + text[i + 2:]
        blanks.append((i, i + len(a)))
    return QuizItem(id="q01", kind=kind, prompt=text, answers=list(answers), blanks=blanks,
                    choices=list(choices), original=original)


PUBLISH = _item("choice", "《论述摘编》日前正式（）", ["出版发行"], ["政治意义", "出版发行", "理论意义", "实践意义"])
STYLE = _item("choice", "改进工作作风，做到（）", ["雷厉风行"], ["雷厉风行", "按部就班", "循规蹈矩", "拖泥带水"])
LOYAL = _item("choice", "坚决做到“（）”", ["两个维护"], ["两个确立", "四个意识", "四个自信", "两个维护"])
CONGRESS = _item("cloze", "学习贯彻党的（）精神", ["二十大"])
ACHIEVE = _item("cloze", "新时代十年取得（）", ["13个方面成就"])
SECTIONS = _item("cloze", "共计（）论述", ["二百四十段"])
DATE = _item("cloze", "收入了至（）期间的重要论述", ["2023年7月7日"])
LAW = _item("cloze", "全国人大常委会通过《（）》", ["关于修改《中华人民共和国工会法》的决定"])
SERIES = _item("cloze", "（）、（）、（）工人阶级合法权益", ["实现好", "维护好", "发展好"])
CORRUPT = _item("cloze", "一体推进（）、（）、（）", ["不敢腐", "不能腐", "不想腐"])
OBEY = _item("cloze", "坚定不移（）、矢志不渝跟党走", ["听党话"])
JUDGE_FALSE = _item("judge", "《论述摘编》共计200段论述。", ["错"], ["对", "错"], original="共计240段论述")
JUDGE_TRUE = _item("judge", "《论述摘编》分8个专题。", ["对"], ["对", "错"])
OCCASION = _item("source", "“劳动是一切成功的必经之路。”出自", ["2013年4月28日在同全国劳动模范代表座谈时的讲话"],
                 ["2013年4月28日在同全国劳动模范代表座谈时的讲话", "2015年4月28日在庆祝“五一”国际劳动节暨表彰全国劳动模范和先进工作者大会上的讲话",
                  "2018年10月29日同中华全国总工会新一届领导班子成员集体谈话时的讲话", "2020年11月24日在全国劳动模范和先进工作者表彰大会上的讲话"])
MULTI = _item("multi", "以下属于“两个确立”“四个意识”等重要表述的有（　　）", ["两个确立", "两个维护", "四个意识"],
              ["两个确立", "两个维护", "四个意识", "两个务必"])

HAND_RIGHT = [
    (PUBLISH, ["B. 出版发行", "B．出版发行", "B出版发行", "B、出版发行", "选B", "B项", "b", "（B）", "Ｂ", "出版發行", "“出版发行”", "B 出版发行", "b．出版发行", "答案：B"]),
    (STYLE, ["A．雷厉风行", "A", "a. 雷厉风行", "雷厲風行"]),
    (LOYAL, ["D、两个维护", "D", "选 D", "d项", "兩個維護"]),
    (CONGRESS, ["20大", "二十大", "２０大", "“二十大”"]),
    (ACHIEVE, ["13个方面成就", "十三个方面成就", "十三個方面成就"]),
    (SECTIONS, ["240段", "二百四十段", "２４０段"]),
    (DATE, ["二〇二三年七月七日", "2023年7月7日", "二零二三年七月七日", "２０２３年７月７日"]),
    (LAW, ["关于修改<中华人民共和国工会法>的决定", "关于修改《中华人民共和国工会法》的决定", "关于修改中华人民共和国工会法的决定",
           "关于修改〈中华人民共和国工会法〉的决定"]),
    (SERIES, ["实现好维护好发展好", "实现好、维护好、发展好", "实现好 维护好 发展好", "实现好和维护好和发展好",
              "实现好，维护好及发展好", ["实现好", "维护好", "发展好"], "實現好維護好發展好"]),
    (CORRUPT, ["不敢腐、不能腐、不想腐", "不敢腐不能腐不想腐", ["不敢腐", "不能腐", "不想腐"], "不敢腐 不能腐 不想腐"]),
    (OBEY, ["听党话", "聽黨話", "“听党话”"]),
    (JUDGE_FALSE, ["错", "×", "✗", "错误", "F", "false", "否", "x", "B", "錯"]),
    (JUDGE_TRUE, ["对", "√", "✓", "正确", "T", "true", "是", "TRUE", "A", "對"]),
    (OCCASION, ["A", "选A", "A项", "A. 2013年4月28日在同全国劳动模范代表座谈时的讲话", "二〇一三年四月二十八日在同全国劳动模范代表座谈时的讲话"]),
    (MULTI, ["ABC", "A,B,C", "A、B、C", "cba", "A B C", "选ABC", "两个确立、两个维护、四个意识", "两个确立两个维护四个意识",
             ["A", "B", "C"], ["两个确立", "两个维护", "四个意识"], "Ａ，Ｂ，Ｃ"]),
]
HAND_WRONG = [
    (PUBLISH, ["不出版发行", "出版", "A", "A. 出版发行", "B. 政治意义", "E", "AB", "发行出版"]),
    (STYLE, ["B．雷厉风行", "雷厉", "不雷厉风行"]),
    (LOYAL, ["D、两个确立", "A", "维护"]),
    (CONGRESS, ["党的二十大", "十九大", "19大", "二十", "20"]),
    (ACHIEVE, ["十二个方面成就", "13个方面", "130个方面成就"]),
    (SECTIONS, ["二百四段", "24段", "二百四十"]),
    (DATE, ["二〇二三年七月", "2023年7月1日", "二〇二二年七月七日"]),
    (LAW, ["中华人民共和国工会法", "关于修改<中华人民共和国劳动法>的决定"]),
    (SERIES, ["实现好维护好", "实现好、维护好", "实现好维护好发展", "发展好", ["实现好", "维护好"], "实现好维护好发展好壮大好"]),
    (CORRUPT, ["敢腐、能腐、想腐", "敢腐能腐想腐", "不敢腐不能腐", "不敢腐、不能腐", ["不敢腐", "能腐", "不想腐"]]),
    (OBEY, ["不听党话", "听党", "听党话跟党走"]),
    (JUDGE_FALSE, ["对", "√", "正确", "T", "A", "不知道"]),
    (JUDGE_TRUE, ["错", "×", "F", "B"]),
    (OCCASION, ["B", "2015年4月28日在庆祝“五一”国际劳动节暨表彰全国劳动模范和先进工作者大会上的讲话", "座谈时的讲话"]),
    (MULTI, ["ABCD", "ABD", "D", "AB", "A", "两个确立、两个务必", "E", "AABC"]),
]


@pytest.mark.parametrize("item,givens", HAND_RIGHT, ids=[i.prompt[:8] for i, _ in HAND_RIGHT])
def test_hand_made_items_of_every_kind_accept_what_people_type(item, givens):
    for given in givens:
        assert is_correct(item, given), given


@pytest.mark.parametrize("item,givens", HAND_WRONG, ids=[i.prompt[:8] for i, _ in HAND_WRONG])
def test_hand_made_items_refuse_every_wrong_answer(item, givens):
    for given in givens:
        assert not is_correct(item, given), given


def test_the_suite_is_as_large_as_promised():
    assert sum(len(g) for _, g in HAND_RIGHT) >= 90 and sum(len(g) for _, g in HAND_WRONG) >= 40
    assert {i.kind for i, _ in HAND_RIGHT} == {"cloze", "choice", "multi", "judge", "source"}


@pytest.mark.parametrize("text,value", [("二十", 20), ("十三", 13), ("二百四十", 240), ("二〇二三", 2023),
                                        ("一万零五", 10005), ("一百一十", 110), ("两千", 2000), ("十", 10), ("七", 7),
                                        ("三千万", 30_000_000), ("十四五", None), ("二三", None), ("二百四", None),
                                        ("千", None), ("两", None)])
def test_chinese_numerals_convert_exactly_or_not_at_all(text, value):
    assert parse_number(text) == value
    if value is not None and value < 10_000 and text not in ("二〇二三", "两千", "一百一十"):
        assert _chinese(value) == text  # the test's own writer agrees with the reader


def test_words_with_numeral_characters_are_left_alone():
    for word in ("十四五规划", "千方百计", "万众一心", "两个维护"):
        assert to_arabic(word) == word.replace("一", "1")


def test_points_per_blank_and_multi_partial_credit():
    assert item_points(SERIES) == 6
    assert score_item(SERIES, "实现好维护好发展坏") == (4.0, False)  # two of three blanks
    assert score_item(SERIES, ["实现好", "", "发展好"]) == (4.0, False)
    assert score_item(SERIES, "实现好、维护好") == (4.0, False)
    assert score_item(CORRUPT, "敢腐不能腐不想腐") == (4.0, False)  # 敢腐 is not 不敢腐: that blank earns nothing
    assert score_item(MULTI, "ABC") == (3.0, True)
    assert score_item(MULTI, "AB") == (1.5, False)  # a proper subset, nothing wrong: half, to the 0.5 below
    assert score_item(MULTI, "ABD") == (0.0, False)
    assert score_item(MULTI, "ABCD") == (0.0, False)
    assert score_item(JUDGE_FALSE, "×") == (1.0, True)


def test_report_points_match_the_papers_full_score(generated):
    for quiz in generated:
        report = grade(quiz, {item.id: item.answers for item in quiz.items})
        assert report.score == report.full_score == sum(item_points(i) for i in quiz.items) == total_points(quiz)
        assert report.correct == report.total == len(quiz.items)


def test_ids_as_printed_in_any_case_and_unknown_ids_reported(caplog):
    quiz = Quiz(title="t", items=[replace(SERIES, id="q01"), replace(OBEY, id="q11"), replace(PUBLISH, id="q02")])
    report = grade(quiz, {"1": "实现好维护好发展好", "Q11": "听党话", "q2": "B", "q99": "x", "第12题": "y"})
    assert [r.correct for r in report.results] == [True, True, True]
    assert report.unknown == ["q99", "第12题"]
    assert "q99" in caplog.text
    for key_ in ("Q01", "q01", "q1", "01", " 1 ", "１"):
        assert grade(quiz, {key_: "实现好、维护好、发展好"}).results[0].correct, key_


def test_csv_headers_in_chinese(tmp_path: Path):
    for header in ("题号,答案", "id,answer", "序号,答案"):
        p = tmp_path / "a.csv"
        p.write_text(f"{header}\n1,两个维护\n2,B\n", "utf-8")
        assert read_answers(p) == {"1": "两个维护", "2": "B"}
    p.write_bytes("题号,答案\n1,两个维护\n".encode("gb18030"))  # Excel's legacy CSV: a clear error, not a guess
    with pytest.raises(QuizError, match="CSV UTF-8"):
        read_answers(p)


def test_no_item_accepts_another_items_answer(generated):
    items = [item for quiz in generated for item in quiz.items]
    refused = 0
    for item in items:
        own = {key(a) for alts in [item.answers, *item.accept] for a in alts}
        for other in items:
            if other.kind != "cloze" or key("".join(other.answers)) in own or {key(a) for a in other.answers} & own:
                continue
            assert not is_correct(item, other.answers), (item.id, item.answers, other.answers)
            refused += 1
    assert refused > 300


def test_one_persons_answers_in_xlsx(tmp_path: Path):
    from openpyxl import Workbook

    book = Workbook()
    for row in (["题号", "答案"], [1, "两个维护"], [2, "劳模精神 劳动精神 工匠精神"], ["Q03", "b"]):
        book.active.append(row)
    book.save(tmp_path / "a.xlsx")
    report = grade(QUIZ, read_answers(tmp_path / "a.xlsx"))
    assert [r.correct for r in report.results[:3]] == [True, True, True] and report.score == 10


def test_printed_numbers_are_the_sheets(generated):
    from textkit.export.sheet import parts
    from textkit.quiz.grading import item_numbers

    for quiz in generated:
        printed = {n: item.id for part in parts(quiz) for n, item in part.items}
        assert {n: item.id for n, item in item_numbers(quiz).items()} == printed
        first = printed[1]
        report = grade(quiz, {"1": next(i for i in quiz.items if i.id == first).answers})
        assert [r.id for r in report.results if r.correct] == [first]


def test_cli_grades_the_rest_and_names_an_unknown_id(tmp_path: Path):
    quiz = tmp_path / "quiz.json"
    quiz.write_text(QUIZ.to_json(), "utf-8")
    answers = tmp_path / "answers.csv"
    answers.write_text("序号,答案\n1,两个维护\n2,劳模精神劳动精神工匠精神\n99,多写的一题\n", "utf-8")
    result = CliRunner().invoke(cli, ["quiz", "grade", str(quiz), str(answers)])
    assert result.exit_code == 0, result.output
    assert "? 99: 试卷没有这道题，未评分" in result.output
    assert "得分：8/16 分（答对 2/6 题）" in result.output
    misuse = CliRunner().invoke(cli, ["quiz", "grade", str(quiz), str(answers), "-o", str(tmp_path / "s.csv")])
    assert misuse.exit_code == 2 and "姓名" in misuse.output


@pytest.mark.parametrize("typed, answer", [("十三亿", "13亿"), ("百分之百", "100%"), ("百分之三点五", "3.5%"),
                                           ("27600亿", "2.76万亿"), ("一千一百万", "1100万")])
def test_numbers_written_in_words_or_other_units_are_the_same_answer(typed, answer):
    """A judge found 十三亿 graded wrong for 13亿 and 百分之百 for 100% (eval/judgments/heldout)."""
    item = QuizItem(id="q01", kind="cloze", prompt="全国人口超过" + "＿" * len(answer) + "。", answers=[answer],
                    blanks=[(6, 6 + len(answer))])
    assert is_correct(item, [typed])


@pytest.mark.parametrize("typed, answer", [("35%", "3.5%"), ("13", "13亿"), ("1300万", "13亿")])
def test_a_different_number_is_still_wrong(typed, answer):
    item = QuizItem(id="q01", kind="cloze", prompt="全国人口超过" + "＿" * len(answer) + "。", answers=[answer],
                    blanks=[(6, 6 + len(answer))])
    assert not is_correct(item, [typed])
