"""True/false items: a sentence of the source as it reads, or with one key phrase swapped so that it is false.

Only what the source states exactly is swapped: a date, a number, a numbered formula, a member of a
series, a lexicon term; each for one of its own kind (2012年→2014年, 两个维护→两个确立, 240段→180段).
Never a function word (和→或 may leave the sentence true), never a phrase the sentence says twice,
never into a phrase the sentence already has, and never so that the changed words stand in the
source somewhere (then the statement could still be true).
"""

from __future__ import annotations

import random
import re
from typing import Iterator, NamedTuple, Sequence

from ...analysis.excerpts import Excerpt
from ...analysis.normalize import analysis_form
from ..distractors import distractors
from ..model import JUDGE_CHOICES, QuizItem
from ..phrases import FORMULA_FAMILIES, STOPWORDS, Candidate
from .common import item_source, sentences, statement

SWAP_KINDS = ("date", "number", "formula", "series", "lexicon", "term")
# Manner words official prose trades freely (使之逐步完善, 使之自我完善): a swap of them may leave it true.
_ADVERBS = frozenset("逐步 逐渐 日益 自我 稳步 持续 自觉 主动 有序 扎实 充分 广泛 高度 普遍 不断 继续 始终 更加 进一步".split())
GENERIC_IDF = 5.6  # a one-word term commoner than this in policy texts is ordinary prose, not a key phrase
MAX_STATEMENT = 110  # characters: a statement longer than this is read, not judged
_WINDOW = 2  # characters of context either side of a swap that must not stand in the source
_TRUE, _FALSE = JUDGE_CHOICES


class Statement(NamedTuple):
    """A sentence worth judging and the phrases in it that can be swapped."""

    excerpt: int
    start: int
    end: int
    swaps: list[tuple[Candidate, tuple[int, int]]]  # spans in the excerpt's text


Found = tuple[tuple[int, int], QuizItem]  # an item and where it was found (excerpt number, position)


def judge_items(excerpts: Sequence[Excerpt], texts: Sequence[str], ranked: Sequence[Candidate],
                rng: random.Random) -> tuple[list[Found], Iterator[Found]]:
    """Candidate true items, and false items made as they are asked for, in the seed's order.

    A sentence gives one of each at most; the paper takes one item per sentence. False items are
    made lazily: finding a clear swap costs far more than quoting a sentence.
    """
    found = _varied(statements(texts, ranked), rng)
    trues: list[Found] = []
    for st in found:
        where, common = _common(st, excerpts, texts)
        trues.append((where, QuizItem(id="", kind="judge", prompt=texts[st.excerpt][st.start:st.end],
                                      answers=[_TRUE], blanks=[], **common)))
    return trues, _falses(found, excerpts, texts, ranked, random.Random(rng.randrange(2**32)))


def _falses(found: list[Statement], excerpts: Sequence[Excerpt], texts: Sequence[str],
            ranked: Sequence[Candidate], rng: random.Random) -> Iterator[Found]:
    forms = [analysis_form(t) for t in texts]
    pools = _pools(ranked)
    latest = _latest(ranked)
    for st in found:
        false = _falsify(st, texts[st.excerpt], forms, pools, latest, rng)
        if false is not None:
            where, common = _common(st, excerpts, texts)
            yield where, QuizItem(id="", kind="judge", prompt=false, answers=[_FALSE], blanks=[],
                                  original=texts[st.excerpt][st.start:st.end], **common)


def _common(st: Statement, excerpts: Sequence[Excerpt], texts: Sequence[str]) -> tuple[tuple[int, int], dict]:
    e = excerpts[st.excerpt]
    return (st.excerpt, st.start), {"source": item_source(e), "section": e.section, "hint": e.text,
                                    "choices": list(JUDGE_CHOICES)}


def _varied(found: list[Statement], rng: random.Random) -> list[Statement]:
    """The statements in the seed's order, those with a key phrase not judged yet first (not three
    sentences on 学思践悟 in a row)."""
    rng.shuffle(found)
    first, later, seen = [], [], set()
    for st in found:
        keys = {c.key for c, _ in st.swaps}
        (later if keys <= seen else first).append(st)
        seen |= keys
    return first + later


def statements(texts: Sequence[str], ranked: Sequence[Candidate]) -> list[Statement]:
    """Sentences that read as statements and hold a key phrase that can be swapped, in source order."""
    phrases: dict[int, list[tuple[Candidate, tuple[int, int]]]] = {}
    for c in ranked:
        if c.kind in SWAP_KINDS and _key_phrase(c):
            for ti, spans in c.spans:
                phrases.setdefault(ti, []).extend((c, s) for s in spans)
    out = []
    for ti, found in sorted(phrases.items()):
        text = texts[ti]
        for a, b in sentences(text):
            if b - a > MAX_STATEMENT or not statement(text[a:b]):
                continue
            inside = sorted(((c, s) for c, s in found if a <= s[0] and s[1] <= b), key=lambda x: x[1])
            if inside:
                out.append(Statement(ti, a, b, inside))
    return out


def _falsify(st: Statement, text: str, forms: Sequence[str], pools: dict[str, list[str]], latest: str,
             rng: random.Random) -> str | None:
    """The sentence with one key phrase swapped for a same-kind one so that it is clearly false, or None."""
    sentence = text[st.start:st.end]
    form = analysis_form(sentence)
    swaps = list(st.swaps)
    rng.shuffle(swaps)
    swaps.sort(key=lambda x: SWAP_KINDS.index(x[0].kind))  # dates and numbers are the clearest
    for cand, (a, b) in swaps:
        phrase = text[a:b]
        if form.count(analysis_form(phrase)) != 1:
            continue  # said twice: which one is changed is unclear
        pool_kind = "term" if cand.kind in ("series", "lexicon") else cand.kind
        pool = [p for p in pools.get(pool_kind, []) if p != phrase and _could_swap(cand.kind, phrase, p)]
        series = cand.members if cand.kind == "series" else ()
        wrong = (distractors(phrase, cand.kind, pool, rng, avoid=sentence, k=3, series=series, latest=latest)
                 or distractors(phrase, cand.kind, pool, rng, avoid=sentence, k=1, series=series, latest=latest))
        a, b = a - st.start, b - st.start
        for other in wrong or ():
            if not _same_shape(cand, phrase, other):
                continue
            false = sentence[:a] + other + sentence[b:]
            window = analysis_form(false[max(0, a - _WINDOW):a + len(other) + _WINDOW])
            if not any(window in f for f in forms):  # else the changed words stand in the source: maybe true
                return false
    return None


def _could_swap(kind: str, phrase: str, other: str) -> bool:
    """A cheap first sieve of the pool (the full check is :func:`_same_shape`): as long, the same ending."""
    if kind in ("date", "number"):
        return True
    ending = 1 if len(phrase) <= 3 else 2
    return len(other) == len(phrase) and other[-ending:] == phrase[-ending:]


def _key_phrase(c: Candidate) -> bool:
    """Worth changing: anything structured, a term only if specific (not 工作, not the source's own subject)."""
    return c.kind != "term" or c.multiword or (c.idf >= GENERIC_IDF and c.count <= 4)


def _same_shape(cand: Candidate, phrase: str, wrong: str) -> bool:
    """A term swapped for one of its family: 重点领域→教育领域, 两个维护→两个确立; not 中国特色社会主义→中国共产党领导."""
    if cand.kind in ("date", "number"):
        return True
    a, b = analysis_form(phrase), analysis_form(wrong)
    if any(a in fam and b in fam for fam in FORMULA_FAMILIES):
        return True
    ending = 1 if len(a) <= 3 else 2  # 现代化→工业化, 人民代表大会→职工代表大会; not 本质属性→积极性
    if len(a) < 2 or len(a) != len(b) or a[-ending:] != b[-ending:]:
        return False
    head = 0
    while a[head] == b[head]:
        head += 1
    tail = 0
    while a[-1 - tail] == b[-1 - tail]:
        tail += 1
    was, now = a[head:len(a) - tail], b[head:len(b) - tail]
    # 继续加强→不断加强 changes an adverb, 人民权益→人民利益 one character: the statement may still hold
    return len(was) >= 2 and not ({was, now} & (STOPWORDS | _ADVERBS))


def _pools(ranked: Sequence[Candidate]) -> dict[str, list[str]]:
    """Phrases of each kind in rank order: the source's own replacements."""
    pools: dict[str, list[str]] = {}
    for c in ranked:
        kind = "term" if c.kind in ("series", "lexicon", "quoted") else c.kind
        pools.setdefault(kind, []).extend(c.members)
    return pools


def _latest(ranked: Sequence[Candidate]) -> str:
    """The source's latest date: no changed date falls after it (a made-up future is easy to rule out)."""
    dates = [tuple(int(x) for x in re.findall(r"\d+", c.key)) for c in ranked if c.kind == "date" and "年" in c.key]
    if not dates:
        return "9999-12-31"
    y, m, d = max(t + (12, 31)[len(t) - 1:] for t in dates)[:3]
    return f"{y}-{m}-{d}"
