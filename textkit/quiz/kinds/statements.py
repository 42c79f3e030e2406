"""Items made of statements: 下列说法符合原文的有（　　）, some options true as the source says them, the others
the same kind of sentence with a number, date or numbered formula changed.

Contest papers ask this when a source lists few series; textkit makes it when the source has too
few series for the multi items asked (:func:`textkit.quiz.paper.make_paper`). Its single-choice form
(下列说法符合原文的是: one true, three false; 下列说法不符合原文的是: one false, three true) stands in for
the choice items a statute cannot give: a term of a regulation has no three options surely wrong,
while a changed sentence is as clearly false as a judge item's. The statements are
those a judge item would take (:func:`textkit.quiz.kinds.judge.statements`): whole sentences that
hold a fact, short enough to read as an option; the false ones are made as judge items make theirs,
so they are clearly false. Four options from one document, from four different passages, two or
three of them true.
"""

from __future__ import annotations

import random
import re
from dataclasses import replace
from typing import Callable, Sequence

from ...analysis.excerpts import Excerpt
from ...analysis.normalize import analysis_form
from ..model import QuizItem
from ..phrases import Candidate
from .common import CHOICE_BLANK, item_source
from ..phrases import latest_date, phrase_pools
from ..sources import law_flags
from .judge import NO_DATE, Statement, falsify, statements

MAX_OPTION = 80  # characters: a statement longer than this is a paragraph, not an option
OPTIONS = 4
ROUNDS = 3  # groupings of the statements offered: later ones are tried where earlier ones clash
# An option alone names no article (本条所称月工资… has nothing to point at; a judge prompt names its
# article), and a statute's closing lines (起施行, 同时废止) are no statement to learn.
_HERE = re.compile("本条|本款|本项|起施行|同时废止|予以废止")
PROMPT = "根据{}，下列说法符合原文的有"
#: The single-choice forms by how many options are false: the one true, or the one false, is the answer.
CHOICE_PROMPTS = {OPTIONS - 1: "根据{}，下列说法符合原文的是", 1: "根据{}，下列说法不符合原文的是"}

Found = tuple[tuple[int, int], QuizItem]


def statement_items(excerpts: Sequence[Excerpt], texts: Sequence[str], ranked: Sequence[Candidate],
                    rng: random.Random, titles: dict[str, str],
                    taken: Callable[[str], bool] = lambda sentence: False, kind: str = "multi") -> list[Found]:
    """Statement items of ``kind`` (``multi`` or ``choice``), in the seed's order; ``titles`` maps a document
    name to its title; ``taken(sentence)`` tells a sentence the sheet already asks or that shows another item's
    answer."""
    found = [st for st in statements(texts, ranked, law_flags(excerpts))
             if st.end - st.start <= MAX_OPTION and not _HERE.search(texts[st.excerpt], st.start, st.end)
             and not taken(texts[st.excerpt][st.start:st.end])]
    forms = [analysis_form(t) for t in texts]
    pools, latest = phrase_pools(ranked), latest_date(ranked, NO_DATE)
    out: list[Found] = []
    used: set[str] = set()  # false values put on the sheet so far: each once
    # Each round groups the statements anew: an item one round makes may clash with the sheet's
    # other items (its sentence asked elsewhere), another round's grouping of the same statements not.
    for _ in range(ROUNDS):
        rng.shuffle(found)
        by_doc: dict[str, list[Statement]] = {}
        for st in found:
            by_doc.setdefault(excerpts[st.excerpt].doc, []).append(st)
        made: list[Found] = []
        for doc, group in by_doc.items():
            while group:
                item = _item(group, excerpts, texts, forms, pools, latest, rng, titles.get(doc) or doc, used, kind)
                if item is None:
                    break
                made.append(item)
        rng.shuffle(made)
        out += made
    return out


_FIGURE = re.compile(r"(\d+(?:\.\d+)?(?:万亿|亿|万)?)(?:[%％]|[个项名人件部次元年日天吨斤]+)?")


def _item(group: list[Statement], excerpts, texts, forms, pools, latest, rng: random.Random, title: str,
          used: set[str], kind: str = "multi") -> Found | None:
    """One item from the front of ``group`` (its statements are taken out of it), or None if too few are left
    or too few of them could be changed."""
    picked: list[Statement] = []
    for st in list(group):
        if all(st.excerpt != other.excerpt for other in picked):
            picked.append(st)
            group.remove(st)
        if len(picked) == OPTIONS:
            break
    if len(picked) < OPTIONS:
        return None
    if kind == "choice":
        n_false = OPTIONS - 1 if rng.random() < 0.5 else 1
    else:
        n_false = 1 + (rng.random() < 0.5)  # two or three true: never all, never one
    # the figures the options print: a false one equal to another option's (3200万人 twice) is a pattern to spot
    printed = {analysis_form(m.group(k)) for st in picked for m in _FIGURE.finditer(texts[st.excerpt], st.start, st.end)
               for k in (0, 1)}  # 3200万人 and 3200万: a figure is changed with or without its unit
    made: list[tuple[str, str | None]] = []  # each statement as the source says it, and changed (None: kept)
    for st in picked:
        sentence = texts[st.excerpt][st.start:st.end]
        mine = used | printed
        false = (falsify(st, texts[st.excerpt], forms, pools, latest, rng, bans=False, used=mine)
                 if sum(f is not None for _, f in made) < n_false else None)
        used |= mine - printed
        made.append((sentence, false))
    changed = sum(f is not None for _, f in made)
    if kind == "choice" and changed and changed != n_false:
        # three could not be changed: the one false among three true is asked (下列说法不符合原文的是)
        n_false, first = 1, next(i for i, (_, f) in enumerate(made) if f is not None)
        made = [(sentence, f if i == first else None) for i, (sentence, f) in enumerate(made)]
    options = [f or sentence for sentence, f in made]
    right = [sentence for sentence, f in made if f is None]
    originals = [sentence for sentence, f in made if f is not None]
    if kind == "choice" and len(originals) != n_false:
        return None
    if kind == "multi" and (len(right) < 2 or not originals):
        return None
    rng.shuffle(options)
    first = min(picked, key=lambda st: (st.excerpt, st.start))
    e = excerpts[first.excerpt]
    if len({excerpts[st.excerpt].section for st in picked}) > 1:
        e = replace(e, section="")  # statements of several sections (第一章, 第四章): the key cites the document
    several = len({excerpts[st.excerpt].note for st in picked}) > 1
    if several:
        e = replace(e, note="")  # statements of several occasions: each line of the key names its own
    # 党的十四大报告 as prompts name it; a title alone goes in 《》 (never 《加快…步伐 (十四大)》: a data label)
    name = title if title.startswith("《") or title.endswith("报告") else f"《{title}》"
    prompt = (CHOICE_PROMPTS[n_false] if kind == "choice" else PROMPT).format(name) + CHOICE_BLANK
    blank = (len(prompt) - len(CHOICE_BLANK), len(prompt))
    # the single choice's answer is its one true option, or its one false one (不符合原文的是)
    answers = [o for o in options if (o in right) != (kind == "choice" and n_false == 1)]
    item = QuizItem(id="", kind=kind, prompt=prompt, answers=answers, blanks=[blank],
                    choices=options, source=item_source(e), section=e.section,
                    hint="\n".join(texts[st.excerpt][st.start:st.end] + (f"（{excerpts[st.excerpt].note}）" if several else "")
                                   for st in picked),
                    original="\n".join(originals))
    return (first.excerpt, first.start), item
