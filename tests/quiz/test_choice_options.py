"""Choice options a quiz writer would keep: each case is a judged failure of a held-out sheet (the
exact answer and slot, the bad options the judge named), offered again through the choice path's
strict test (``context`` given): the bad options must be gone, and a sound option still offered
where one exists; where none does the item is left a fill-in (no options)."""

import random
import re

import pytest

from textkit.quiz.distractors import distractors
from textkit.quiz.maker import make_quiz


def options(answer, prompt, pool, context=(), kind="term", seed=1):
    """The options of the choice path for ``answer`` in the blank of ``prompt``; the source is the
    prompt's sentence (answer filled in) and ``context``."""
    m = re.search("＿+", prompt)
    sentence = prompt[:m.start()] + answer + prompt[m.end():]
    return distractors(answer, kind, pool, random.Random(seed), avoid=prompt,
                       slot=(prompt[:m.start()], prompt[m.end():]), context=[sentence, *context])


@pytest.mark.parametrize("answer, prompt, bad", [
    ("电子", "个人信息是以＿＿或者其他方式记录的与已识别或者可识别的自然人有关的各种信息。", ["种子", "孩子", "摊子"]),
    ("必要", "处理个人信息应当遵循合法、正当、＿＿和诚信原则。", ["只要", "次要", "将要"]),
    ("照明", "落实电机、锅炉、汽车、空调、＿＿等方面的节能措施。", ["表明", "不明", "透明"]),
    ("通信", "能源、交通、＿＿等基础设施和重点工程建设成效显著。", ["深信", "电信", "威信"]),
])
def test_a_two_character_word_is_asked_as_a_fill_in(answer, prompt, bad):
    # Two-character words sharing one character are not of one kind (电子 → 种子), and the one that
    # is (电信 for 通信) may be right too: no options, the draft stays a fill-in.
    assert options(answer, prompt, bad) is None


def test_options_keep_the_answers_head():
    prompt = "推动我国＿＿＿＿、科技实力、国防实力、综合国力进入世界前列。"
    context = ["要增强军事实力。", "全面提高军事实力。", "提升政治实力和文化实力。", "政治实力、文化实力都有提升。",
               "外交实力明显增强。", "我国的外交实力大为提升。"]
    got = options("经济实力", prompt, ["约束有力", "监督有力", "全面发力", "军事实力", "政治实力", "文化实力", "外交实力"],
                  context)
    assert got and not {"约束有力", "监督有力", "全面发力"} & set(got)
    assert "军事实力" in got


def test_nouns_are_no_options_for_a_verb_and_its_object():
    prompt = "在优化结构、＿＿＿＿、降低消耗、保护环境的基础上，实现人均国内生产总值翻两番。"
    got = options("提高效益", prompt, ["集体利益", "群众利益", "社会效益"])
    assert not got or not {"集体利益", "群众利益", "社会效益"} & set(got)
    prompt = "党的二十大报告指出：坚持尊重劳动、尊重知识、尊重人才、尊重创造，培养造就大批德才兼备的高素质人才，＿＿＿＿。"
    got = options("服务人民", prompt, ["中国人民", "苏联人民", "城乡人民"])
    assert not got or not {"中国人民", "苏联人民", "城乡人民"} & set(got)


def test_an_option_listed_beside_the_answer_in_the_source_is_not_offered():
    # 科技创新 stands beside 理论创新、制度创新 in the source: it may be right too.
    prompt = "不断推进理论创新、实践创新、制度创新、＿＿＿＿以及其他各方面创新。"
    context = ["不断推进理论创新、制度创新、科技创新、文化创新以及其他各方面创新。"]
    got = options("文化创新", prompt, ["科技创新", "创业创新", "改革创新"], context)
    assert not got or "科技创新" not in got


def test_an_option_forming_a_source_phrase_in_the_slot_is_not_offered():
    # 统筹协调、指导和监督管理 is how laws say it: 监督管理 in 指导和＿＿ may be right.
    prompt = "负责本行政区域内乡村振兴促进工作的统筹协调、指导和＿＿＿＿。"
    context = ["质量技术监督部门应当加强对食品生产加工小作坊食品安全的指导和监督管理。"]
    got = options("监督检查", prompt, ["监督管理", "执法检查", "纪律检查", "安全检查"], context)
    assert not got or "监督管理" not in got
    # The 社会保险法 says 基本医疗保险关系随本人转移: 医疗保险 in ＿＿关系 may be right.
    prompt = "国家采取措施，建立健全劳动者＿＿＿＿关系跨地区转移接续制度。"
    context = ["个人跨统筹地区就业的，其基本医疗保险关系随本人转移，缴费年限累计计算。"]
    pool = ["医疗保险", "工伤保险", "商业保险", "人寿保险", "财产保险", "责任保险"]
    assert "医疗保险" in options("社会保险", prompt, pool)
    got = options("社会保险", prompt, pool, context)
    assert got and "医疗保险" not in got


@pytest.mark.parametrize("answer, prompt, pool", [
    ("市场运作", "完善＿＿＿＿机制，强化为农服务功能。", ["互助合作", "市场主体", "市场供应"]),
    ("不法侵害", "采取防卫行为，造成＿＿＿＿人伤亡的，不属于防卫过当。", ["过失伤害", "报复陷害", "自然灾害", "非法侵害"]),
    ("国家政权", "以造谣、诽谤或者其他方式煽动颠覆＿＿＿＿、推翻社会主义制度的，处五年以下有期徒刑。",
     ["国家机关", "国家秘密", "利用职权"]),
    ("区域发展", "统筹城乡发展、＿＿＿＿、经济社会发展、人与自然和谐发展。", ["方向发展", "向前发展"]),
    ("高质量发展", "鼓励种业科技成果转化和优良品种推广，促进种业＿＿＿＿＿。", ["生产力发展", "高速度发展", "经济带发展"]),
    ("任用干部", "国家机关、社会团体、企业事业单位培养、选拔和＿＿＿＿，必须坚持男女平等的原则。", ["选拔干部", "培养干部"]),
])
def test_options_of_another_kind_or_no_term_are_not_offered(answer, prompt, pool):
    # 互助合作 / 市场主体 (another head), 非法侵害 (a synonym), 利用职权 (a verb phrase), 方向发展
    # (a run of text), 生产力发展 (not a term), 选拔干部 (its verb stands in the prompt: maybe right).
    got = options(answer, prompt, pool)
    assert not got or not set(pool) & set(got)


def test_a_persons_name_makes_no_option():
    prompt = "人民健康和医疗卫生水平大幅提高，＿＿＿＿＿＿＿稳步推进。"
    pool = ["军队现代化建设", "邓小平同志建设", "创新型国家建设", "农村基础设施建设", "城市基础设施建设"]
    got = options("保障性住房建设", prompt, pool)
    assert got and "邓小平同志建设" not in got


def test_an_option_shown_in_the_prompt_is_not_offered():
    prompt = "＿＿＿＿＿＿＿取得明显进展，长江经济带发展生态优先、绿色发展格局不断巩固。"
    got = options("京津冀协同发展", prompt, ["长江经济带发展", "小城镇协调发展", "全球化深入发展"])
    assert not got or "长江经济带发展" not in got


def test_number_options_keep_the_order_of_magnitude():
    prompt = "新型城镇化扎实推进，近＿＿＿＿＿农业转移人口在城镇落户。"
    got = options("1400万", prompt, ["2.15万", "2.76万", "1500万"], kind="number")
    assert got and not {"2.15万", "2.76万"} & set(got)
    assert "1500万" in got


def test_choice_sheet_from_a_law_keeps_its_count_without_two_character_options():
    text = open("corpus/学习宣传贯彻《论述摘编》的通知.txt", encoding="utf-8").read()
    quiz = make_quiz([p for p in text.split("\n") if p.strip()], n=4, kind="choice", seed=3)
    assert quiz.items and all(it.kind == "choice" for it in quiz.items)
    for it in quiz.items:
        assert len(it.answers[0]) >= 3 or re.search(r"\d|大$|个", it.answers[0])
        assert len(set(it.choices)) == 4
