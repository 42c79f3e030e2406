"""Making a quiz: choose key phrases spread over the source, blank them, add options."""

from __future__ import annotations

import datetime
import functools
import math
import random
import re
from collections import Counter
from typing import Mapping, NamedTuple, Sequence

from ..analysis.excerpts import Excerpt
from ..analysis.normalize import analysis_form
from ..analysis.segment import Segmenter
from ..errors import QuizError
from .cloze import Cloze, make_cloze
from .distractors import distractors
from .model import INSTRUCTIONS, Quiz, QuizItem
from .phrases import Candidate, rank_candidates

MAX_BLANKS = 5  # a longer list is read, not recited
JITTER = 4.0  # how far (in ranks) the seed may move a phrase: variety without losing the best
POOL_FACTOR = 3  # drafts kept per item asked: room for section spread and for choice items


class _Draft(NamedTuple):
    rank: int
    cand: Candidate
    excerpt: int
    spans: list[tuple[int, int]]
    cloze: Cloze


def build_quiz(
    excerpts: Sequence[Excerpt | str], n: int, kind: str, seed: int | None, title: str | None,
    segmenter: Segmenter | None,
) -> Quiz:
    """See :func:`make_quiz`."""
    items_src = [_as_excerpt(e, i) for i, e in enumerate(excerpts)]
    if not any(e.text.strip() for e in items_src):
        raise QuizError("no text to make a quiz from: the sources are empty")
    if seed is None:
        seed = random.SystemRandom().randrange(1, 1_000_000)  # recorded, so the quiz can be remade
    rng = random.Random(seed)
    # Licence footers and link lists are not the source's text: nothing is asked from them.
    texts = ["" if boilerplate(e.text) else e.text for e in items_src]
    ranked = [c for c in rank_candidates(texts, segmenter or default_segmenter()) if _askable(c)]
    drafts = _drafts(ranked, texts, rng, POOL_FACTOR * n)
    if not drafts:
        raise QuizError("found nothing to ask in the sources: no key phrase in an answerable sentence")
    pools = _pools(ranked)
    pools["latest"] = _latest_date(ranked)
    chosen = _choose(drafts, items_src, texts, pools, n, kind, rng)
    chosen.sort(key=lambda pair: (pair[0].excerpt, pair[0].cloze.start))
    items = [_with_id(item, i) for i, (_, item) in enumerate(chosen, 1)]
    return Quiz(title=title or _title(items_src), items=items, seed=seed, instructions=INSTRUCTIONS)


_BOILERPLATE = re.compile(
    r"本作品|版权失效|著作权法|维基文库|Wikisource|指导案例第|本模板|公有领域|许可协议|知识共享|Creative Commons|GFDL", re.I)
_URL = re.compile(r"(?:https?://|www\.)\S+", re.I)
TOPIC_COUNT = 4
GENERIC_IDF = 5.6  # a one-word blank commoner than this in policy texts tests nothing (统一, 创业, 劳动者)


def boilerplate(text: str) -> bool:
    """Licence, copyright or link text (Wikisource's footer), not the document's own words."""
    hits = len(_BOILERPLATE.findall(text))
    links = sum(len(m) for m in _URL.findall(text))
    return hits >= 2 or (hits == 1 and len(text) < 60) or links * 3 > len(text.strip())


def _askable(c: Candidate) -> bool:
    """Worth a blank: not an ordinary word of official prose, not a list too long to recite."""
    if len(c.members) > MAX_BLANKS:
        return False
    # A word the source repeats throughout (工会 in a union notice) is its subject: it fits any blank.
    return not (c.kind == "term" and not c.multiword and (c.idf < GENERIC_IDF or c.count > TOPIC_COUNT))


@functools.lru_cache(maxsize=1)
def default_segmenter() -> Segmenter:
    """One default segmenter per process: building one costs more than a small quiz."""
    return Segmenter()


def _latest_date(ranked: list[Candidate]) -> list[str]:
    """The source's latest date (or today if it has none): no option is made up beyond it."""
    found = [tuple(int(x) for x in re.findall(r"\d+", c.key)) for c in ranked if c.kind == "date" and "年" in c.key]
    latest = max((d + (12, 31)[len(d) - 1:] for d in found), default=None)
    if latest is None:
        today = datetime.date.today()
        latest = (today.year, today.month, today.day)
    return ["%d-%d-%d" % latest[:3]]


def _as_excerpt(e: Excerpt | str, i: int) -> Excerpt:
    if isinstance(e, Excerpt):
        return e
    return Excerpt(id=f"text#{i + 1}", doc="text", section="", paragraph=i + 1, start=0, end=len(e), text=str(e))


def _drafts(ranked: list[Candidate], texts: list[str], rng: random.Random, limit: int) -> list[_Draft]:
    """One answerable occurrence of each of the best phrases, picked by the seed."""
    out: list[_Draft] = []
    for rank, cand in enumerate(ranked):
        viable = []
        for ti, spans in cand.spans:
            cloze = make_cloze(texts[ti], spans)
            if cloze is not None:
                viable.append((ti, spans, cloze))
        if viable:
            ti, spans, cloze = viable[rng.randrange(len(viable))]
            out.append(_Draft(rank, cand, ti, spans, cloze))
        if len(out) >= limit:
            break
    return out


def _pools(ranked: list[Candidate]) -> dict[str, list[str]]:
    """Phrases of each kind in rank order: the source's own distractors."""
    pools: dict[str, list[str]] = {}
    for c in ranked:
        kind = "term" if c.kind in ("series", "lexicon", "quoted") else c.kind
        pools.setdefault(kind, []).extend(c.members)
    return pools


def _choose(drafts, excerpts, texts, pools, n, kind, rng) -> list[tuple[_Draft, QuizItem]]:
    """Best phrases first, jittered by the seed, at most a fair share per section at first."""
    order = sorted(drafts, key=lambda d: (d.rank + rng.random() * JITTER, d.rank))
    sections = {excerpts[d.excerpt].section for d in drafts}
    cap = math.ceil(n / len(sections)) + 1
    chosen: list[tuple[_Draft, QuizItem]] = []
    per_section: Counter[str] = Counter()
    clauses: set[tuple[int, int]] = set()
    answers: set[str] = set()
    for strict in (True, False):
        for d in order:
            if len(chosen) >= n:
                return chosen
            section = excerpts[d.excerpt].section
            if any(d is c for c, _ in chosen):
                continue
            if strict and (per_section[section] >= cap or (d.excerpt, d.cloze.start) in clauses):
                continue
            n_choice = sum(1 for _, it in chosen if it.kind == "choice")
            want_choice = kind == "choice" or (kind == "mixed" and n_choice <= len(chosen) - n_choice)
            item = _item(d, excerpts[d.excerpt], texts[d.excerpt], pools, want_choice, rng)
            if item is None or (kind == "choice" and item.kind != "choice"):
                continue
            forms = {analysis_form(a) for a in item.answers}
            if forms & answers:
                continue  # never ask the same answer twice
            answers |= forms
            chosen.append((d, item))
            per_section[section] += 1
            clauses.add((d.excerpt, d.cloze.start))
    return chosen


def _item(d: _Draft, excerpt: Excerpt, text: str, pools, want_choice: bool, rng) -> QuizItem | None:
    cloze = d.cloze
    common = {"source": {"doc": excerpt.doc, "excerpt": excerpt.id}, "section": excerpt.section, "hint": excerpt.text}
    if want_choice:
        choice = _choice(d, text, pools, rng)
        if choice is not None:
            cloze, options = choice
            return QuizItem(id="", kind="choice", prompt=cloze.prompt, answers=cloze.answers, blanks=cloze.blanks,
                            choices=options, **common)
    return QuizItem(id="", kind="cloze", prompt=cloze.prompt, answers=cloze.answers, blanks=cloze.blanks, **common)


def _choice(d: _Draft, text: str, pools, rng) -> tuple[Cloze, list[str]] | None:
    """A one-blank version of the draft and its four shuffled options, or None."""
    cloze = d.cloze
    if len(d.spans) > 1:  # a series: ask one of its members, the others stay as context
        span = d.spans[rng.randrange(len(d.spans))]
        cloze = make_cloze(text, [span])
        if cloze is None:
            return None
    answer = cloze.answers[0]
    kind = "term" if d.cand.kind in ("series", "lexicon", "quoted") else d.cand.kind
    pool = [p for p in pools.get(kind, []) if p != answer]
    wrong = distractors(answer, d.cand.kind, pool, rng, avoid=cloze.prompt, series=d.cand.members,
                        latest=pools["latest"][0])
    if wrong is None:
        return None
    options = [answer, *wrong]
    rng.shuffle(options)
    return cloze, options


def _with_id(item: QuizItem, i: int) -> QuizItem:
    from dataclasses import replace

    return replace(item, id=f"q{i:02d}")


def _title(excerpts: list[Excerpt]) -> str:
    docs = list(dict.fromkeys(e.doc for e in excerpts))
    name = docs[0] if len(docs) == 1 else f"{docs[0]}等{len(docs)}篇"
    return f"{name} · 学习测验"


def make_quiz(
    excerpts: Sequence["Excerpt | str"],
    n: int = 20,
    kind: "str | Mapping[str, int]" = "mixed",
    seed: int | None = None,
    title: str | None = None,
    segmenter: "Segmenter | None" = None,
    doc: str | None = None,
    section: str | None = None,
) -> Quiz:
    """A quiz on the key phrases of ``excerpts`` (same seed, same quiz).

    ``kind`` is ``mixed``, ``cloze`` or ``choice`` (up to ``n`` items), another kind name
    (``multi``, ``judge``, ``source``: ``n`` of them), or counts per kind, which override ``n``:
    ``"cloze=4,judge=3"`` or ``{"cloze": 4, "judge": 3}`` (see :mod:`textkit.quiz.paper`).
    ``doc`` and ``section`` keep the quiz to the excerpts whose document name and section heading
    hold them.
    """
    from .paper import keep_part, kind_counts, make_paper

    if n < 1:
        raise QuizError("a quiz needs at least one item (-n 1 or more)")
    counts = kind_counts(kind, n)
    part = keep_part(excerpts, doc, section) if doc or section else excerpts
    if counts is None:
        return build_quiz(part, n=n, kind=str(kind).strip(), seed=seed, title=title, segmenter=segmenter)
    everything = keep_part(excerpts)
    part = keep_part(part)
    if seed is None:
        seed = random.SystemRandom().randrange(1, 1_000_000)
    return make_paper(part, everything, counts, seed=seed, title=title or _title(part),
                      segmenter=segmenter or default_segmenter(), classic=build_quiz, skip=boilerplate)
