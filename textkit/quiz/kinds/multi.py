"""Multiple-answer items: a whole series (劳模精神、劳动精神、工匠精神) blanked, its members among same-family options.

A series is asked only where the source lists it whole, so that the set is determinate: the
blank covers every member, nothing but 、 or a conjunction stands between them, and no 等 follows.
Wrong options are of the members' family and shape (N精神 for N精神, 政治…力 for 政治判断力), real
terms (never 驱动发展战略 cut from 创新驱动发展战略), never listed beside a member anywhere in the
source or in the well-known lists of ``CO_LISTED`` (劳动精神 beside 劳模精神、工匠精神 is right in
reality), and never one character off a member (边远地区 for 边疆地区 reads as a synonym).
"""

from __future__ import annotations

import random
from typing import Sequence

from ...analysis.excerpts import Excerpt
from ...analysis.normalize import analysis_form
from ...analysis.segment import Segmenter
from ..cloze import ELLIPSIS, make_cloze, prefix_left_out
from ..distractors import (
    CONGRESS, LOOSE_ENDINGS, affix_words, formula_family, other_congresses, paraphrase, same_kind, shared_affixes,
)
from ..meaning import MEANING_BAND, meaning_fits, modifier_similarity
from ..model import QuizItem
from ..tables import dictionary_tags
from ..phrases import FORMULA_FAMILIES, Candidate
from .common import CHOICE_BLANK, item_source, leans_on_unseen

MAX_RIGHT = 4  # right options; with two wrong ones at most six options
MIN_OPTIONS = 4
_JOINS = ("、", "，", ",", "和", "与", "及", "以及")
_OPEN_LIST = ("等", "、", "和", "与", "及")  # after the series (or 以及): the list goes on, the set is not determinate
_JITTER = 3.0
_ABSTRACT_ENDINGS = "性力化观感度率"
_SENTENCE_END = "。！？!?"
#: Lists official texts give again and again: a word of one is right in reality beside another, so
#: it is never a wrong option for a series that holds another (老少边穷: 贫困地区 beside 革命老区).
CO_LISTED: tuple[frozenset[str], ...] = tuple(frozenset(x.split()) for x in (
    "劳模精神 劳动精神 工匠精神",
    "政治判断力 政治领悟力 政治执行力",
    "政治性 先进性 群众性",
    "道路自信 理论自信 制度自信 文化自信",
    "政治意识 大局意识 核心意识 看齐意识",
    "革命老区 民族地区 边疆地区 贫困地区 欠发达地区 边远地区",
    "理论创新 实践创新 制度创新 文化创新 科技创新",
    "经济建设 政治建设 文化建设 社会建设 生态文明建设",
    "政治建设 思想建设 组织建设 作风建设 纪律建设 制度建设",
    "科教兴国战略 人才强国战略 创新驱动发展战略 乡村振兴战略 区域协调发展战略 可持续发展战略 "
    "军民融合发展战略 新型城镇化战略 区域重大战略 主体功能区战略",
    "国有企业 民营企业 外资企业 中小企业 个体工商户",
    "获得感 幸福感 安全感",
    "自我净化 自我完善 自我革新 自我提高",
    "工会 共青团 妇联",
    "京津冀协同发展 长江经济带发展 粤港澳大湾区建设 长三角一体化发展 黄河流域生态保护和高质量发展",
    "职工代表大会 成员大会 成员代表大会 理事会 监事会",
))


def multi_items(excerpts: Sequence[Excerpt], texts: Sequence[str], ranked: Sequence[Candidate],
                rng: random.Random, segmenter: Segmenter) -> list[tuple[tuple[int, int], QuizItem]]:
    """Every askable series as a multi item, best first (jittered by ``rng``), with where it was found."""
    series = [c for c in ranked if c.kind == "series" and 2 <= len(c.members) <= MAX_RIGHT]
    order = sorted(range(len(series)), key=lambda i: i + rng.random() * _JITTER)
    mates = _series_mates(ranked)
    pool = [m for c in ranked if c.kind in ("series", "lexicon", "formula", "quoted") for m in c.members]
    out = []
    for i in order:
        cand = series[i]
        spots = list(cand.spans)
        rng.shuffle(spots)
        for ti, spans in spots:
            made = _prompt(texts[ti], spans, segmenter)
            if made is None:
                continue
            prompt, blank, start = made
            wrong = _wrong(cand.members, prompt, pool, mates, rng)
            if wrong is None:
                break  # no fair options for this series anywhere
            options = [*cand.members, *wrong]
            rng.shuffle(options)
            right = set(cand.members)
            item = QuizItem(id="", kind="multi", prompt=prompt, answers=[o for o in options if o in right],
                            blanks=[blank], choices=options, source=item_source(excerpts[ti]),
                            section=excerpts[ti].section, hint=excerpts[ti].text)
            out.append(((ti, start), item))
            break
    return out


def _prompt(text: str, spans: list[tuple[int, int]], segmenter: Segmenter) -> tuple[str, tuple[int, int], int] | None:
    """The clause with the whole series as one （　　）, its blank span and where it starts; None if not determinate."""
    spans = sorted(spans)
    a, b = spans[0][0], spans[-1][1]
    bounds = {x for t in segmenter.tokenize(text) for x in (t.start, t.end)}
    if a not in bounds or b not in bounds or prefix_left_out(text, a, bounds):
        return None  # 党风、政风、社会风|气: the series as found ends inside a word; 与被（侵害人、…）: 被 left out
    if any(text[x:y].strip() not in _JOINS for (_, x), (y, _) in zip(spans, spans[1:])):
        return None  # words between members (听党话、矢志不渝跟党走): blanking them all would hide more
    if text[b:b + 1] in _OPEN_LIST or text[b:b + 2] == "以及" or text[a - 1:a] == "、":
        return None  # 劳模精神、劳动精神等: the list is longer than what is asked
    cloze = make_cloze(text, spans)
    if cloze is None:
        return None
    start, end = cloze.start, cloze.end
    if not (start <= a and b <= end):
        return None
    if (not cloze.cut and text[start:end].rstrip("”’」』）)")[-1:] not in _SENTENCE_END) or leans_on_unseen(text[start:end]):
        return None  # cut at a comma unsaid (…为着力点) or pointing at an unseen paragraph (前款): not a whole statement
    # A sentence too long for a prompt is cut after the series' clause, and says so (……), as fill-ins do.
    prompt = text[start:a] + CHOICE_BLANK + text[b:end] + (ELLIPSIS if cloze.cut else "")
    blank = (a - start, a - start + len(CHOICE_BLANK))
    return prompt, blank, start


def _series_mates(ranked: Sequence[Candidate]) -> dict[str, set[str]]:
    """Each word listed in a series with the words it is listed with anywhere in the source."""
    mates: dict[str, set[str]] = {}
    for c in ranked:
        if c.kind != "series":
            continue
        forms = {analysis_form(m) for m in c.members}
        for f in forms:
            mates.setdefault(f, set()).update(forms)
    return mates


def _wrong(members: Sequence[str], prompt: str, pool: Sequence[str], mates: dict[str, set[str]],
           rng: random.Random) -> list[str] | None:
    """Two or more wrong options of the members' family and shape, or None."""
    forms = [analysis_form(m) for m in members]
    prefix, suffix = shared_affixes(members)
    in_family = all(any(f in fam for fam in FORMULA_FAMILIES) for f in forms)
    if not (prefix or suffix or in_family):
        return None  # no shared shape: any word of that length would do, which tests nothing
    if suffix[-1:] in LOOSE_ENDINGS and not in_family:
        return None  # 革命化、现代化、正规化 → 荒漠化; 积极性、主动性、创造性 → 群众性: one ending, any meaning
    taken = set(forms)
    for f in forms:
        taken |= mates.get(f, set())
        taken |= {w for group in CO_LISTED if f in group for w in group}
    longer = [analysis_form(p) for p in pool]
    k = max(2, MIN_OPTIONS - len(members))
    found: list[str] = []
    if all(CONGRESS.fullmatch(f) for f in forms):  # 十六大、十七大、十八大: the congresses before and after
        found += [c for m in (members[0], members[-1]) for c in other_congresses(m, rng)]
    for m in members:
        found += formula_family(m)
    known_kind = {analysis_form(w) for m in members for w in formula_family(m)} | {c for c in found if CONGRESS.fullmatch(c)}
    found += list(pool)
    for m in members:
        # Background words of an abstract ending (…性, …力) make a family; those of a longer one
        # do not (北方地区 beside 革命老区, 环境污染问题 beside 思想问题: another kind).
        if len(m) == 3 and m[-1] in _ABSTRACT_ENDINGS:
            # a word and its ending (获得+感, 时代+性); 禽流感 is no …感 of the kind
            tags = dictionary_tags()
            found += [w for w in affix_words(m, rng) if w[:-1] in tags]
    shown = analysis_form(prompt)
    at = shown.find(analysis_form(CHOICE_BLANK))
    beside = (shown[max(0, at - 2):at], shown[at + len(CHOICE_BLANK):at + len(CHOICE_BLANK) + 2])
    chosen: list[str] = []
    seen = set(taken)
    for option in found:
        o = analysis_form(option)
        if o in seen or o in shown or not o.startswith(prefix) or not o.endswith(suffix):
            continue
        if not any(len(o) == len(f) and same_kind(m, o) for m, f in zip(members, forms)):
            continue
        if any(o in s or s in o or sorted(o) == sorted(s) for s in seen):
            continue  # a fragment, an extension or an anagram of another option
        if any(len(x) == 2 and x in o for x in beside):
            continue  # 重大（重大意义）: the option repeats the words around the blank
        if not CONGRESS.fullmatch(o) and any(paraphrase(m, o) or _one_off(f, o) for m, f in zip(members, forms)):
            continue  # a near synonym of a member could be read as right
        if any(len(p) > len(o) and (p.endswith(o) or p.startswith(o)) for p in longer):
            continue  # 驱动发展战略: cut from a longer term of the source (创新驱动发展战略)
        if o not in known_kind and not any(meaning_fits(m, o, prompt) for m in members):
            continue  # 武装力量 → 贡献力量: the same ending, another kind of thing (see meaning_fits)
        if o not in known_kind and any((modifier_similarity(m, o) or 0) >= MEANING_BAND[1] for m in members):
            continue  # as good as a member: right as well
        seen.add(o)
        chosen.append(option)
        if len(chosen) == k:
            return chosen
    return None


def _one_off(member: str, option: str) -> bool:
    """One character apart (边疆地区, 边远地区): a reader may well take it for the member."""
    return len(member) == len(option) and sum(x != y for x, y in zip(member, option)) == 1
