"""The judged failures of the judge, multi and source kinds (issue 14), each on the real text it came from.

Held-out judges failed: false statements that were still true (财政→经费, 自然灾害→水旱灾害,
军民结合→平战结合) or broke the grammar (被宣告破产→被企业破产); 第二十二条规定：第二十二条 …;
statements opening after ； or on 犯前款罪; multi options right in reality (劳动精神 beside 劳模精神、
工匠精神), one character off a member (边远地区) or cut from a longer term (驱动发展战略); source
passages dated by their own words (从现在到二○二○年) and one item's answer offered by another.
"""

from __future__ import annotations

import random
import re

import pytest
from statutes import DATA, LAWS, statute

from textkit.analysis.excerpts import Excerpt
from textkit.analysis.segment import Segmenter
from textkit.quiz import QuizItem, make_quiz
from textkit.quiz.kinds.common import leans_on_unseen, sentences
from textkit.quiz.kinds.judge import _quantities, chinese_number, judge_items, statements
from textkit.quiz.grading import grade
from textkit.quiz.kinds.multi import _wrong
from textkit.quiz.kinds.source import _cued, _options, _passage
from textkit.quiz.giveaways import clash
from textkit.quiz.phrases import rank_candidates
from textkit.quiz.rules import prompt_body

if not LAWS.exists():
    pytest.skip("../shared/data is absent", allow_module_level=True)


@pytest.fixture(scope="module")
def seg() -> Segmenter:
    return Segmenter()


@pytest.fixture(scope="module")
def labour_law() -> list[Excerpt]:
    return statute("社会法/劳动法(2018-12-29).md")


@pytest.fixture(scope="module")
def law_papers(labour_law, seg):
    return [make_quiz(labour_law, kind="multi=2,judge=6", seed=s, segmenter=seg) for s in (1, 2, 3)]


# ---------------------------------------------------------------- judge

def test_a_law_prompt_says_its_article_number_once(law_papers):
    for quiz in law_papers:
        for item in quiz.items:
            assert not re.search(r"(第[一二三四五六七八九十百零]+条)规定：\s*\1", item.prompt), item.prompt
            if item.kind == "multi" and item.prompt.startswith("根据《"):
                assert item.prompt.startswith("根据《中华人民共和国劳动法》，下列说法符合原文的有")  # statements of many articles
                continue
            assert re.match(r"《中华人民共和国劳动法》第[一二三四五六七八九十百零]+条规定：\S", item.prompt), item.prompt


def test_false_law_statements_change_a_number_or_a_modal_verb_not_a_term(law_papers):
    false = [item for quiz in law_papers for item in quiz.items if item.kind == "judge" and item.answers == ["错"]]
    assert len(false) >= 6  # a law states time limits, ages, bans and permissions: half of six can be false
    figures = set("0123456789零〇○一二两三四五六七八九十百千")
    for item in false:
        was, now = _changed(item.original, prompt_body(item.prompt))
        if (was, now) in (("不得", "可以"), ("可以", "应当")):
            continue  # a ban lifted, a permission made a duty
        assert set(was) <= figures and set(now) <= figures, (was, now, item.original)


def test_true_statements_hold_a_fact_and_start_a_sentence(law_papers):
    for quiz in law_papers:
        for item in quiz.items:
            if item.kind != "judge":
                continue
            statement = item.original or prompt_body(item.prompt)
            assert not leans_on_unseen(statement), statement
            at = item.hint.find(statement)
            assert at >= 0 and (at == 0 or item.hint[:at].rstrip(" \u3000")[-1:] in "。！？" or
                                re.fullmatch(r"第[一二三四五六七八九十百零]+条\s*", item.hint[:at])), statement


def test_no_statement_starts_after_a_semicolon_or_on_an_unseen_paragraph(seg):
    # 劳动法 第四十一条 and a 刑法-style 犯前款罪 clause as laws give them: the clause after ； has lost its
    # subject (用人单位), 犯前款罪 points at a paragraph the reader is not shown
    texts = ["用人单位由于生产经营需要，经与工会和劳动者协商后可以延长工作时间，一般每日不得超过一小时；"
             "因特殊原因需要延长工作时间的，在保障劳动者身体健康的条件下延长工作时间每日不得超过三小时。",
             "犯前款罪，致人重伤、死亡或者使公私财产遭受重大损失的，处三年以上七年以下有期徒刑。",
             "劳动者解除劳动合同，应当提前三十日以书面形式通知用人单位。"]
    ranked = rank_candidates(texts, seg, limit=300)
    found = [texts[st.excerpt][st.start:st.end] for st in statements(texts, ranked)]
    assert found == [texts[0], texts[2]]
    assert [texts[0][a:b] for a, b in sentences(texts[0], whole=True)] == [texts[0]]
    assert len(list(sentences(texts[0]))) == 2  # split at ； only where a clause is wanted (cloze)


def test_a_false_statement_is_clearly_false_not_a_near_synonym(seg):
    # 2024年政府工作报告 and 劳动法: numbers change, terms (财政→经费, 书面形式→过渡形式) never do
    texts = ["优化财政支出结构，严控一般性支出。",
             "今年中央预算内投资拟安排7000亿元。",
             "劳动者解除劳动合同，应当提前三十日以书面形式通知用人单位。"]
    excerpts = [Excerpt(id=f"t#{i}", doc="t", section="", paragraph=i, start=0, end=len(t), text=t)
                for i, t in enumerate(texts)]
    ranked = rank_candidates(texts, seg, limit=300)
    trues, falses = judge_items(excerpts, texts, ranked, random.Random(4))
    assert sorted(item.prompt for _, item in trues) == sorted(texts[1:])  # 优化财政支出结构 states no fact
    made = {item.original: item.prompt for _, item in falses}
    assert set(made) == set(texts[1:])
    assert re.fullmatch(r"今年中央预算内投资拟安排\d+亿元。", made[texts[1]]) and made[texts[1]] != texts[1]
    assert re.fullmatch(r"劳动者解除劳动合同，应当提前[一二三四五六七八九十]+日以书面形式通知用人单位。", made[texts[2]])


def test_chinese_numbers_read_as_laws_write_them():
    assert [chinese_number(n) for n in (3, 10, 15, 45, 60, 105)] == ["三", "十", "十五", "四十五", "六十", "一百零五"]
    # 二十大报告: a year written figure by figure is no amount (never 从二千零二十五年到二〇三五年)
    sentence = "从二〇二〇年到二〇三五年基本实现社会主义现代化；从二〇三五年到本世纪中叶把我国建成社会主义现代化强国。"
    assert [sentence[a:b] for a, b, _ in _quantities(sentence)] == []
    congress = "十九大以来的五年，是极不寻常的五年。"
    assert [congress[a:b] for a, b, _ in _quantities(congress)] == ["十九", "五", "五"]


def test_a_false_statement_never_shows_another_items_option():
    # sheet7 q17: 10% changed to 3.5%, which q07 offered as a distractor
    judge = QuizItem(id="q17", kind="judge", prompt="2024年政府工作报告指出：城镇调查失业率3.5%左右。",
                     answers=["错"], blanks=[], choices=["对", "错"], original="城镇调查失业率5.5%左右。")
    choice = QuizItem(id="q07", kind="choice", prompt="居民消费价格涨幅（　　）左右。", answers=["3%"], blanks=[(8, 12)],
                      choices=["3%", "3.5%", "4%", "2%"])
    assert "3.5%" in clash(judge, choice)
    other = QuizItem(id="q08", kind="choice", prompt="居民消费价格涨幅（　　）左右。", answers=["3%"], blanks=[(8, 12)],
                     choices=["3%", "2.5%", "4%", "2%"])
    assert clash(judge, other) == ""


def _changed(a: str, b: str) -> tuple[str, str]:
    head = 0
    while a[head] == b[head]:
        head += 1
    tail = 0
    while a[-1 - tail] == b[-1 - tail] and len(a) - tail > head and len(b) - tail > head:
        tail += 1
    return a[head:len(a) - tail], b[head:len(b) - tail]


# ---------------------------------------------------------------- multi

def test_multi_never_offers_a_word_listed_beside_a_member_in_reality():
    # sheet1 q14: 劳动精神 beside 劳模精神、工匠精神; sheet5 q13 / sheet7 q13: 贫困地区, 边远地区 beside 边疆地区
    pool = ["劳动精神", "科学精神", "法治精神", "长征精神"]
    for seed in range(6):
        wrong = _wrong(["劳模精神", "工匠精神"], "大力弘扬（　　），激发创新创造热情。", pool, {}, random.Random(seed))
        assert len(wrong) == 2 and "劳动精神" not in wrong
    pool = ["贫困地区", "边远地区", "北方地区", "欠发达地区", "东部地区", "沿海地区", "中部地区"]
    for seed in range(6):
        wrong = _wrong(["革命老区", "民族地区", "边疆地区"], "国家对（　　）给予优先扶助。", pool, {}, random.Random(seed))
        assert wrong is None or not {"贫困地区", "边远地区", "欠发达地区"} & set(wrong)


def test_multi_offers_no_background_word_of_another_kind():
    # 2024年政府工作报告: 禽流感 offered beside 获得感、幸福感、安全感
    for seed in range(12):
        wrong = _wrong(["获得感", "幸福感", "安全感"], "不断增强人民群众的（　　）。", [], {}, random.Random(seed))
        assert wrong is None or "禽流感" not in wrong


def test_multi_never_offers_a_piece_of_a_longer_term():
    # sheet3 q13: 驱动发展战略, cut from 创新驱动发展战略, beside 科教兴国战略、人才强国战略、可持续发展战略
    pool = ["创新驱动发展战略", "驱动发展战略", "扩大内需战略", "知识产权战略", "海洋强国战略"]
    for seed in range(6):
        wrong = _wrong(["科教兴国战略", "人才强国战略", "可持续发展战略"], "实施（　　）。", pool, {}, random.Random(seed))
        assert len(wrong) == 2 and "驱动发展战略" not in wrong and "创新驱动发展战略" not in wrong


def test_multi_prompts_end_their_sentence(seg):
    from textkit.analysis.load import load_corpus

    reports = load_corpus([str(DATA / "political" / "cpc_congress_reports.jsonl")])
    part = [e for e in reports if "(二十大)" in e.doc]
    for seed in (1, 2):
        quiz = make_quiz(part, kind="multi=4", seed=seed, segmenter=seg)
        assert quiz.items
        for item in quiz.items:
            assert item.prompt.rstrip("”’）)")[-1] in "。！？", item.prompt


# ---------------------------------------------------------------- source

def test_a_passage_that_dates_itself_is_never_asked():
    # sheet8 q19: 从现在到二○二○年 rules out every report of 2022–2024
    text = "从现在到二○二○年，是全面建成小康社会决胜期。我们要坚持稳中求进工作总基调，推动高质量发展。"
    spans = {(text.index("全面建成小康社会"), text.index("全面建成小康社会") + 8): 0,
             (text.index("稳中求进"), text.index("稳中求进") + 4): 1}
    a, b = _passage(text, spans)
    assert text[a:b] == "我们要坚持稳中求进工作总基调，推动高质量发展。"
    assert _passage("从现在到二○二○年，是全面建成小康社会决胜期。", {(9, 17): 0}) is None
    # 安全生产法: every law's penalty chapter says it
    assert _passage("构成犯罪的，依照刑法有关规定追究刑事责任。", {(11, 15): 0}) is None


def test_source_options_are_one_version_of_a_law_and_close_in_date():
    titles = ["劳动法(2018-12-29)", "未成年人保护法(2024-04-26)", "未成年人保护法(2020-10-17)", "慈善法(2016-03-16)",
              "公益事业捐赠法(1999-06-28)", "军人保险法(2012-04-27)", "矿山安全法(2009-08-27)", "学位法(2024-04-26)"]
    for seed in range(8):
        options = _options("title", "劳动合同法(2012-12-28)", titles, random.Random(seed))
        stems = [re.sub(r"\(.*\)", "", o) for o in options]
        assert len(set(stems)) == 4 and "公益事业捐赠法(1999-06-28)" not in options
    # a report's passage among reports only: with laws beside two reports there are too few
    assert _options("title", "2024年政府工作报告", ["2023年政府工作报告", "2022年政府工作报告", *titles],
                    random.Random(1)) is None
    options = _options("title", "2024年政府工作报告", ["2023年政府工作报告", "2022年政府工作报告", "2021年政府工作报告",
                                                   "2014年政府工作报告", *titles], random.Random(1))
    assert sorted(options) == ["2021年政府工作报告", "2022年政府工作报告", "2023年政府工作报告", "2024年政府工作报告"]


def test_a_passage_many_laws_say_is_never_asked_where_from(seg):
    # 构成犯罪的，依法追究刑事责任。 stands in many laws: no one option is right
    laws = statute("社会法/劳动法(2018-12-29).md") + statute("社会法/工会法(2021-12-24).md") + \
        statute("社会法/劳动合同法(2012-12-28).md") + statute("社会法/就业促进法(2015-04-24).md")
    for seed in (1, 2, 3, 4):
        quiz = make_quiz(laws, kind="source=4", seed=seed, segmenter=seg, title="社会法学习测验")
        for item in quiz.items:
            passage = item.prompt[1:item.prompt.index("”这段论述出自")]
            others = [e.text for e in laws if e.doc != item.answers[0]]
            assert not any(passage in text for text in others), passage


def test_a_law_passage_holding_its_titles_word_is_never_asked():
    # 残疾人劳动者可以依法向人民法院提起诉讼。 with 残疾人保障法 among 红十字会法, 慈善法, 未成年人保护法
    options = ["红十字会法(2017-02-24)", "慈善法(2016-03-16)", "残疾人保障法(2018-10-26)", "未成年人保护法(2020-10-17)"]
    assert _cued("残疾人劳动者可以依法向人民法院提起诉讼。", "残疾人保障法(2018-10-26)", options)
    # 工资水平…宏观调控 points at none of them: 劳动法 is asked fairly
    options = ["劳动法(2018-12-29)", "工会法(2021-12-24)", "残疾人保障法(2018-10-26)", "红十字会法(2017-02-24)"]
    assert not _cued("工资水平在经济发展的基础上逐步提高。国家对工资总量实行宏观调控。", "劳动法(2018-12-29)", options)


def test_source_items_never_offer_each_others_answers(seg):
    # sheet8 q20 offered q19's answer; here four reports and three items: no option shown twice
    from textkit.analysis.load import load_corpus

    reports = load_corpus([str(DATA / "political" / "cpc_congress_reports.jsonl")])
    for seed in (1, 2, 3):
        quiz = make_quiz(reports, kind="source=3", seed=seed, segmenter=seg)
        items = quiz.items
        assert len(items) == 3
        for x in items:
            for y in items:
                if x is not y:
                    assert not (set(x.choices) - set(x.answers)) & set(y.choices)


# ---------------------------------------------------------------- statement multi items (下列说法符合原文的有)


@pytest.fixture(scope="module")
def statement_paper():
    return make_quiz(statute("社会法/劳动法(2018-12-29).md"), kind="multi=3,judge=2", seed=5)


def test_a_law_with_no_series_still_gets_its_multi_items(statement_paper):
    multi = [it for it in statement_paper.items if it.kind == "multi"]
    assert len(multi) == 3
    for item in multi:
        assert item.prompt.startswith("根据《中华人民共和国劳动法》，下列说法符合原文的有（")
        assert len(item.choices) == 4 and 2 <= len(item.answers) <= 3
        false = [c for c in item.choices if c not in item.answers]
        originals = item.original.split("\n")
        assert len(originals) == len(false)
        for wrong in false:  # each false option is a sentence of the law with one figure changed
            assert any(sum(map(len, _changed(o, wrong))) <= 8 and o != wrong for o in originals), wrong
        for right in item.answers:
            assert right.rstrip("。") in item.hint


def test_statement_items_grade_like_any_multi_item(statement_paper):
    multi = [it for it in statement_paper.items if it.kind == "multi"]
    full = grade(statement_paper, {it.id: list(it.answers) for it in multi})
    assert full.correct == 3
    wrong = grade(statement_paper, {it.id: [c for c in it.choices if c not in it.answers] for it in multi})
    assert wrong.correct == 0
