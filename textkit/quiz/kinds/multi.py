"""Multiple-answer items: a whole series (劳模精神、劳动精神、工匠精神) blanked, its members among same-family options.

A series is asked only where the source lists it whole, so that the set is determinate: the
blank covers every member, nothing but 、 or a conjunction stands between them, and no 等 follows.
Wrong options are of the members' family and shape (N精神 for N精神, 政治…力 for 政治判断力) and are
never a member of the same series anywhere in the source.
"""

from __future__ import annotations

import random
from typing import Sequence

from ...analysis.excerpts import Excerpt
from ...analysis.normalize import analysis_form
from ...analysis.segment import Segmenter
from ..cloze import make_cloze
from ..distractors import _affix_words, _alike, _family, _paraphrase, _same_kind, _shared
from ..model import QuizItem
from ..phrases import FORMULA_FAMILIES, Candidate
from .common import CHOICE_BLANK, item_source

MAX_RIGHT = 4  # right options; with two wrong ones at most six options
MIN_OPTIONS = 4
_JOINS = ("、", "，", ",", "和", "与", "及", "以及")
_OPEN_LIST = ("等", "、", "和", "与", "及")  # after the series (or 以及): the list goes on, the set is not determinate
_JITTER = 3.0
_ABSTRACT_ENDINGS = "性力化观感度率"


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
    if a not in bounds or b not in bounds:
        return None  # 党风、政风、社会风|气: the series as found ends inside a word
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
    prompt = text[start:a] + CHOICE_BLANK + text[b:end]
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
    prefix, suffix = _shared(members)
    in_family = all(any(f in fam for fam in FORMULA_FAMILIES) for f in forms)
    if not (prefix or suffix or in_family):
        return None  # no shared shape: any word of that length would do, which tests nothing
    taken = set(forms)
    for f in forms:
        taken |= mates.get(f, set())
    k = max(2, MIN_OPTIONS - len(members))
    found: list[str] = []
    for m in members:
        found += _family(m)
    found += list(pool)
    for m in members:
        # Background words of the members' ending: only a two-character ending (…精神, …意识) or an
        # abstract one (…性, …力) makes a family; 党风 gets no 台风, 坚定者 no 病患者.
        if len(m) >= 4 or (len(m) == 3 and m[-1] in _ABSTRACT_ENDINGS):
            found += _affix_words(m, rng)
    shown = analysis_form(prompt)
    at = shown.find(analysis_form(CHOICE_BLANK))
    beside = (shown[max(0, at - 2):at], shown[at + len(CHOICE_BLANK):at + len(CHOICE_BLANK) + 2])
    chosen: list[str] = []
    seen = set(taken)
    for option in found:
        o = analysis_form(option)
        if o in seen or o in shown or not o.startswith(prefix) or not o.endswith(suffix):
            continue
        if not any(len(o) == len(f) and _same_kind(m, o) for m, f in zip(members, forms)):
            continue
        if any(o in s or s in o or sorted(o) == sorted(s) for s in seen):
            continue  # a fragment, an extension or an anagram of another option
        if any(len(x) == 2 and x in o for x in beside):
            continue  # 重大（重大意义）: the option repeats the words around the blank
        if any(_paraphrase(m, o) for m in members):
            continue  # a near synonym of a member could be read as right
        seen.add(o)
        chosen.append(option)
        if len(chosen) == k:
            return chosen
    return None
