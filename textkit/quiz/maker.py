"""Making a quiz: choose key phrases spread over the source, blank them, add options."""

from __future__ import annotations

import datetime
import functools
import logging
import math
import random
import re
import unicodedata
from collections import Counter
from dataclasses import replace
from typing import Callable, Mapping, Sequence

from ..analysis.excerpts import Excerpt
from ..analysis.normalize import analysis_form, in_script_of
from ..analysis.segment import Segmenter
from ..errors import QuizError
from .askable import askable
from .cloze import Cloze, make_cloze
from .distractors import congress_year, distractors, formula_family
from .drafts import Draft, Source, find_drafts, open_list, source_prefix
from .matching import accepted_forms
from .model import ITEM_KINDS, Quiz, QuizItem, instructions_for
from .phrases import default_segmenter, latest_date, phrase_pools, rank_candidates
from .priority import Twins, ask_weight, sure_fill_in
from .rules import conflicts, item_problems
from .sources import (
    ARTICLE,
    STOCK_ARTICLE,
    articles,
    bounds_described,
    deleted,
    document_title,
    front_matter,
    is_law,
    short_name,
)

log = logging.getLogger(__name__)
JITTER = 4.0  # how far (in ranks) the seed may move a phrase: variety without losing the best
POOL_FACTOR = 4  # drafts kept per item asked: room for section spread, sheet rules and choice items
# Weight of a three-character term among the candidates of a quiz: on the statute samples 48 of 77 such
# fill-ins passed (控告人, 申请表, 办公室: a word of the sentence, or one of many that fit), against 160 of
# 210 four-character terms and 37 of 41 longer ones. They come after the longer terms.
SHORT_WORD = 0.6
RANK_LIMIT = 3000  # candidates ranked: enough for drafts and for the distractor pools


def build_quiz(
    excerpts: Sequence[Excerpt | str], n: int, kind: str, seed: int | None, title: str | None,
    segmenter: Segmenter | None, progress: Callable[[int, int], None] | None = None, by_place: bool = True,
) -> Quiz:
    """See :func:`make_quiz`. ``by_place=False`` keeps the items in the order they were chosen, best first (a
    paper takes the first it can use of each kind), instead of the order a sheet prints them."""
    items_src = [_as_excerpt(e, i) for i, e in enumerate(excerpts)]
    if not any(e.text.strip() for e in items_src):
        raise QuizError("no text to make a quiz from: the sources are empty")
    if seed is None:
        seed = random.SystemRandom().randrange(1, 1_000_000)  # recorded, so the quiz can be remade
    step = progress or (lambda done, total: None)
    step(0, 4)
    rng = random.Random(seed)
    seg = segmenter or default_segmenter()
    sources = _sources(items_src)
    # Licence footers, link lists and front matter are not the source's text: nothing is asked from them.
    texts = [_quizzable(e.text, src) for e, src in zip(items_src, sources)]
    ranked = [c for c in rank_candidates(texts, seg, limit=RANK_LIMIT) if askable(c)]
    # A three-character word (控告人, 办公室) is rarely what a quiz writer asks: after the longer terms.
    ranked.sort(key=lambda c: -c.score * (SHORT_WORD if c.kind == "term" and len(c.key) <= 3 else 1))
    step(1, 4)
    drafts = find_drafts(ranked, texts, sources, seg, rng, POOL_FACTOR * n)
    # The sheet is headed by its document's title: a phrase the title shows is no question.
    drafts = [d for d in drafts if not any(texts[d.excerpt][a:b] in sources[d.excerpt].title for a, b in d.spans)]
    if not drafts:
        raise QuizError("found nothing to ask in the sources: no key phrase in an answerable sentence")
    step(2, 4)
    pools = phrase_pools(ranked)
    today = datetime.date.today()
    pools["latest"] = [latest_date(ranked, f"{today.year}-{today.month}-{today.day}")]  # (or today if it has none)
    chosen = _choose(drafts, items_src, sources, texts, pools, n, kind, rng)
    if not chosen:
        raise QuizError("found nothing to ask in the sources: every key phrase would give another item away "
                        "or make a bad question; give a longer text")
    step(3, 4)
    if by_place:  # numbered in the order a sheet prints them: by kind, then by place in the source
        chosen.sort(key=lambda pair: (ITEM_KINDS.index(pair[1].kind), pair[0].excerpt, pair[0].cloze.start))
    items = [replace(item, id=f"q{i:02d}") for i, (_, item) in enumerate(chosen, 1)]
    step(4, 4)
    return Quiz(title=title or _title(items_src, sources), items=items, seed=seed,
                instructions=instructions_for({item.kind for item in items}))


def _sources(excerpts: list[Excerpt]) -> list[Source]:
    by_doc: dict[str, list[Excerpt]] = {}
    for e in excerpts:
        by_doc.setdefault(e.doc, []).append(e)
    info = {}
    for doc, group in by_doc.items():
        title = document_title(group)
        info[doc] = (title, short_name(group, title), is_law(group))
    return [Source(*info[e.doc], article if info[e.doc][2] else "", bool(e.note))
            for e, article in zip(excerpts, articles(excerpts))]


def _skipped(text: str) -> bool:
    """Whether nothing is asked from a paragraph: a licence footer, front matter, a provision marked deleted, an
    area's bounds traced place by place."""
    return boilerplate(text) or front_matter(text) or deleted(text) or bounds_described(text)


def _quizzable(text: str, src: Source) -> str:
    """The text to quiz, or "" if nothing in it may be asked; a law's article number is blanked
    out with spaces (offsets kept) and said in the prompt's lead instead: 第八条规定：…"""
    if _skipped(text) or (src.law and STOCK_ARTICLE.search(text)):
        return ""
    text = _MIDDLE_DOT_DECIMAL.sub(".", text)  # 4·3％ in older reports is 4.3％ (same length: offsets kept)
    m = ARTICLE.match(text) if src.law else None
    return " " * m.end() + text[m.end():] if m else text


# A middle dot between figures before a percent sign or a magnitude is a decimal point (not 5·12 as a date).
_MIDDLE_DOT_DECIMAL = re.compile(r"(?<=[0-9０-９])[·・](?=[0-9０-９]+(?:[%％倍]|万|亿))")


_BOILERPLATE = re.compile(
    r"本作品|版权失效|著作权法|维基文库|Wikisource|指导案例第|本模板|公有领域|许可协议|知识共享|Creative Commons|GFDL", re.I)
_URL = re.compile(r"(?:https?://|www\.)\S+", re.I)


def boilerplate(text: str) -> bool:
    """Licence, copyright or link text (Wikisource's footer), not the document's own words."""
    hits = len(_BOILERPLATE.findall(text))
    links = sum(len(m) for m in _URL.findall(text))
    return hits >= 2 or (hits == 1 and len(text) < 60) or links * 3 > len(text.strip())


def _as_excerpt(e: Excerpt | str, i: int) -> Excerpt:
    if isinstance(e, Excerpt):
        return e
    return Excerpt(id=f"text#{i + 1}", doc="text", section="", paragraph=i + 1, start=0, end=len(e), text=str(e))


def _choose(drafts, excerpts, sources, texts, pools, n, kind, rng) -> list[tuple[Draft, QuizItem]]:
    """Best phrases first, jittered by the seed, at most a fair share per section at first.

    Every item is checked against those already chosen (:func:`textkit.quiz.rules.conflicts`):
    no answer shown by another item, no distractor that is another item's answer or repeats one.
    """
    # A prompt cut at a comma (……) reads worse than a whole sentence: those come last.
    # Fill-ins whose words settle the answer before those that leave it open (:mod:`.priority`), jittered by the seed.
    twins = Twins(texts, {d.cloze.answers[0] for d in drafts if len(d.cloze.answers) == 1})
    order = sorted(drafts, key=lambda d: (d.cloze.cut, d.rank * ask_weight(d.cand.kind, d.cloze, twins)
                                          + rng.random() * JITTER,
                                          d.rank))
    pools = {**pools, "context": texts}  # the whole source: a choice option it lists beside the answer may be right
    sections = {excerpts[d.excerpt].section for d in drafts}
    cap = math.ceil(n / len(sections)) + 1
    chosen: list[tuple[Draft, QuizItem]] = []
    per_section: Counter[str] = Counter()
    sentences: set[tuple[int, str]] = set()
    used: set[str] = set()  # answers and options on the sheet, analysis form
    # Fill-ins whose words leave the answer open (资金投入 where 经费投入 fits as well: 58% sound on the judged samples)
    # only when nothing else fills the sheet.
    for strict, sure_only in ((True, True), (False, True), (False, False)):
        for d in order:
            if len(chosen) >= n:
                return chosen
            section = excerpts[d.excerpt].section
            if any(d is c for c, _ in chosen):
                continue
            if strict and (per_section[section] >= cap or (d.excerpt, d.cloze.sentence) in sentences):
                continue
            n_choice = sum(1 for _, it in chosen if it.kind == "choice")
            want_choice = kind == "choice" or (kind == "mixed" and n_choice <= len(chosen) - n_choice)
            items = [it for it in (_item(d, excerpts[d.excerpt], sources[d.excerpt], texts[d.excerpt], pools,
                                         want_choice, rng, used), None) if it is not None]
            if want_choice and items and items[0].kind == "choice" and kind != "choice":
                items.append(_item(d, excerpts[d.excerpt], sources[d.excerpt], texts[d.excerpt], pools,
                                   False, rng, used))  # a cloze if the choice spoils another item
            others = [it for _, it in chosen]
            item = next((it for it in items if it is not None and not conflicts(it, others)
                         and not item_problems(it)), None)
            if item is None or (kind == "choice" and item.kind != "choice"):
                continue
            if strict and want_choice and item.kind != "choice":
                continue  # first pass: keep the kinds balanced; this one may come back as a fill-in
            if sure_only and item.kind == "cloze" and not sure_fill_in(item):
                continue
            used |= {analysis_form(x) for x in (*item.answers, *item.choices)}
            chosen.append((d, item))
            per_section[section] += 1
            sentences.add((d.excerpt, d.cloze.sentence))
    return chosen


def _item(d: Draft, excerpt: Excerpt, src: Source, text: str, pools, want_choice: bool, rng,
          used: set[str]) -> QuizItem | None:
    cloze = d.cloze
    section = " ".join(x for x in (excerpt.section, src.article) if x)
    common = {"source": {"doc": src.title or excerpt.doc, "excerpt": excerpt.id, "section": section,
                         "note": excerpt.note},
              "section": section}
    if want_choice:
        choice = _choice(d, text, src, pools, rng, used)
        if choice is not None:
            cloze, options = choice
            return QuizItem(id="", kind="choice", prompt=cloze.prompt, answers=cloze.answers, blanks=cloze.blanks,
                            choices=options, hint=_hint(cloze, src), **common)
    accept = accepted_forms(cloze.answers)
    if d.cand.kind == "title" and len(cloze.answers) == 1 and _SHORT_LAW.fullmatch(cloze.answers[0]):
        accept = [[*(accept[0] if accept else []), *_full_names(cloze.answers[0], pools.get("context", ()))]]
    return QuizItem(id="", kind="cloze", prompt=cloze.prompt, answers=cloze.answers, blanks=cloze.blanks,
                    accept=accept, hint=_hint(cloze, src), **common)


_SHORT_LAW = re.compile(r"(?!中华人民共和国)[\u4e00-\u9fff]{2,16}(?<!办)法")


def _full_names(short: str, texts: Sequence[str]) -> list[str]:
    """A law's names as right as ``short`` in 《（证券投资基金法）》: the full one the source gives (专卖法 of 中华人民共和国
    烟草专卖法, with 烟草专卖法 as people say it), else 中华人民共和国 + ``short``."""
    named = re.compile(rf"《(中华人民共和国[\u4e00-\u9fff]{{0,12}}{re.escape(short)})》")
    found = sorted({m.group(1) for text in texts for m in named.finditer(text)})
    if not found:
        return ["中华人民共和国" + short]
    return [x for full in found for x in (full, full[len("中华人民共和国"):]) if x != short]


def _hint(cloze: Cloze, src: Source) -> str:
    """The source sentence for the answer key (a law's with its article: 第八条 …), not the paragraph."""
    return f"{src.article} {cloze.sentence}" if src.article else cloze.sentence


def _choice(d: Draft, text: str, src: Source, pools, rng, used: set[str]) -> tuple[Cloze, list[str]] | None:
    """A one-blank version of the draft and its four shuffled options, or None.

    A term (监督管理, 集体主义, 学术交流) gets options only as a member of a known family (四个自信,
    劳模精神): other options of its kind, however strictly tested (:mod:`.distractors`, :mod:`.meaning`),
    were too often right as well or plainly of another kind. On the statute samples 24 of 56 such
    items passed, against 53 of 57 numbers and dates. It is asked as a fill-in instead.
    """
    cloze = d.cloze
    if len(d.spans) > 1:  # a series: ask one of its members, the others stay as context
        span = d.spans[rng.randrange(len(d.spans))]
        cloze = make_cloze(text, [span], source_prefix(src))
        if cloze is None:
            return None
    answer = cloze.answers[0]
    if d.cand.kind not in ("number", "date") and open_list(cloze.prompt, *cloze.blanks[0]):
        return None  # 汽车、家居、（　　）、旅游等: any such thing is right in reality; a fill-in asks it
    kind = "term" if d.cand.kind in ("series", "lexicon", "quoted") else d.cand.kind
    if kind == "term" and not formula_family(answer):
        return None  # a fill-in (see above)
    pool = [p for p in pools.get(kind, []) if p != answer]
    wrong = distractors(answer, d.cand.kind, pool, rng, avoid=cloze.prompt, series=d.cand.members,
                        latest=pools["latest"][0], exclude=used, years=_years(answer, src.title),
                        slot=(cloze.prompt[:cloze.blanks[0][0]], cloze.prompt[cloze.blanks[0][1]:]),
                        context=pools.get("context", [text]))
    if wrong is None:
        return None
    # Figures in one width (８．５％ among 4.5%, １９９４年 among 2000年 give themselves away): half-width.
    if _WIDE.search(answer):
        answer = unicodedata.normalize("NFKC", answer)
        cloze = cloze._replace(answers=[answer])
    wrong = [in_script_of(w, cloze.prompt) for w in wrong]  # 兩倍 among the options of a traditional text
    options = [answer, *(unicodedata.normalize("NFKC", w) if _WIDE.search(w) else w for w in wrong)]
    rng.shuffle(options)
    return cloze, options


_WIDE = re.compile("[０-９．％]")


def _years(answer: str, title: str) -> tuple[int, int]:
    """Where a year option may fall, by the document's own year (2008年政府工作报告, 公司法(2023-12-29)):
    the answer's side of it (a year looked back on, or a target ahead)."""
    own = re.search(r"(\d{4})(?:年|-\d{2}-\d{2})", title)
    doc_year = int(own.group(1)) if own else congress_year(title)
    if doc_year is None:
        return (0, 9999)
    year = re.match(r"(\d{4})年", analysis_form(answer))
    if not year:
        return (0, doc_year)  # a congress asked in a document names none held after it
    return (0, doc_year) if int(year.group(1)) <= doc_year else (doc_year + 1, 9999)


def _title(excerpts: list[Excerpt], sources: list[Source]) -> str:
    """The sheet's title from its documents' own titles, never a file name."""
    titles = list(dict.fromkeys(src.title for src in sources if src.title))
    docs = list(dict.fromkeys(e.doc for e in excerpts))
    if not titles:
        return "学习测验"
    name = titles[0] if len(docs) == 1 else f"{titles[0]}等{len(docs)}篇"
    return f"{name} · 学习测验"


def make_quiz(
    excerpts: Sequence["Excerpt | str"],
    n: int = 20,
    kind: "str | Mapping[str, int]" = "mixed",
    seed: int | None = None,
    title: str | None = None,
    segmenter: "Segmenter | None" = None,
    progress: "Callable[[int, int], None] | None" = None,
    doc: str | None = None,
    section: str | None = None,
) -> Quiz:
    """A quiz on the key phrases of ``excerpts`` (same seed, same quiz).

    ``kind`` is ``mixed``, ``cloze`` or ``choice`` (up to ``n`` items), another kind name
    (``multi``, ``judge``, ``source``: ``n`` of them), or counts per kind, which override ``n``:
    ``"cloze=4,judge=3"`` or ``{"cloze": 4, "judge": 3}`` (see :mod:`textkit.quiz.paper`).
    ``doc`` and ``section`` keep the quiz to the excerpts whose document name and section heading
    hold them. ``progress(done, total)`` is called as the work advances (for a progress bar).
    """
    from .paper import keep_part, kind_counts, make_paper

    if n < 1:
        raise QuizError("a quiz needs at least one item (-n 1 or more)")
    counts = kind_counts(kind, n)
    part = keep_part(excerpts, doc, section) if doc or section else excerpts
    if counts is None:
        quiz = build_quiz(part, n=n, kind=str(kind).strip(), seed=seed, title=title, segmenter=segmenter,
                          progress=progress)
        if len(quiz.items) < n:
            log.warning("asked for %d items, made %d: the other key phrases of the sources would give another "
                        "item's answer away or make a poor question; give more text for more items", n, len(quiz.items))
        return quiz
    everything = keep_part(excerpts)
    part = keep_part(part)
    if seed is None:
        seed = random.SystemRandom().randrange(1, 1_000_000)
    sources = _sources(part)
    return make_paper(part, everything, counts, seed=seed, title=title or _title(part, sources),
                      segmenter=segmenter or default_segmenter(),
                      classic=functools.partial(build_quiz, by_place=False),
                      skip=_skipped, progress=progress,
                      names=[source_prefix(src) for src in sources], titles=[src.title for src in sources],
                      articles=[src.article for src in sources])
