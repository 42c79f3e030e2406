"""Options of the answer's kind in meaning (textkit.quiz.meaning, tools/build_vectors.py): the wrong
options the fourth judged sample (eval/judgments/last) and the tuning sheets showed, and sound ones."""

import random

import pytest

from textkit.quiz.distractors import distractors
from textkit.quiz.meaning import context_fit, known, meaning_fits, modifier_similarity, own_words


def test_the_vectors_ship_with_the_package_and_know_policy_words():
    assert all(known(w) for w in ("任免权", "强制性", "推荐性", "学术", "工业", "医疗保险"))
    assert not known("xyz")


@pytest.mark.parametrize("answer, good, bad", [
    ("强制性", ["推荐性"], ["流动性", "可能性", "突破性"]),
    ("任免权", ["审批权"], ["经营权"]),
    ("学术体系", ["教材体系", "学科体系"], ["工业体系", "指标体系"]),
    ("利益集团", [], ["反党集团"]),
])
def test_options_of_the_same_ending_differ_in_meaning(answer, good, bad):
    for option in good:
        assert meaning_fits(answer, option), option
    for option in bad:
        assert not meaning_fits(answer, option), option


def test_a_member_of_the_answers_stock_list_is_as_good_as_the_answer():
    # 减量化、资源化、无害化: one stock triple, so 资源化 would be right as well
    assert modifier_similarity("无害化", "资源化") >= 0.8
    assert not meaning_fits("无害化", "资源化")


def test_own_words_leave_out_what_the_terms_share():
    assert own_words("任免权", "审批权") == ("任免", "审批")
    assert own_words("自我净化", "自我服务") == ("净化", "服务")
    assert own_words("学术体系", "学科体系") == ("学术", "学科")  # one shared character is no word


def test_an_option_off_the_prompts_topic_is_out():
    prompt = "国家鼓励生产经营单位投保安全生产（　　）。"
    answer_fit, option_fit = context_fit("责任保险", "医疗保险", prompt)
    assert option_fit < answer_fit / 2
    assert not meaning_fits("责任保险", "医疗保险", prompt)
    assert meaning_fits("责任保险", "财产保险", prompt) or meaning_fits("责任保险", "社会保险", prompt)


def test_a_choice_item_gets_only_options_of_the_answers_kind():
    prompt = "深入实施马克思主义理论研究和建设工程，加快构建中国特色哲学社会科学学科体系、＿＿＿＿、话语体系，培育壮大哲学社会科学人才队伍。"
    sentence = prompt.replace("＿＿＿＿", "学术体系")
    context = [sentence, "完善国家工业体系和指标体系。", "建成门类齐全的工业体系。", "建立统计指标体系。",
               "建设中国特色社会主义法治体系。", "完善法治体系。", "健全课程体系。", "优化课程体系。", "形成思想体系。",
               "马克思主义的思想体系。"]
    pool = ["工业体系", "指标体系", "法治体系", "课程体系", "思想体系"]
    slot = (prompt[:prompt.index("＿")], prompt[prompt.index("、话语"):])
    plain = distractors("学术体系", "term", pool, random.Random(1), avoid=prompt, slot=slot)
    assert {"工业体系", "指标体系"} & set(plain)  # by form alone (…体系) they are options
    got = distractors("学术体系", "term", pool, random.Random(1), avoid=prompt, slot=slot, context=context)
    assert got and not {"工业体系", "指标体系"} & set(got)
