"""Key phrases: the terms a quiz writer would blank out, ranked.

Candidates come from what people who write study quizzes actually blank (see the question banks
in ``../shared/data/quizbank``): numbered formulas (两个确立), parallel series (劳模精神、劳动精神、
工匠精神), book titles, quoted terms, lexicon entries, dates and numbers with their units, and
content words and repeated multi-word terms ranked by TF-IDF against a background IDF learned
from political texts (``textkit/data/idf.tsv``, built by ``tools/build_idf.py``).
"""

from __future__ import annotations

import bisect
import functools
import gc
import math
from itertools import compress
import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Sequence

from ..analysis.excerpts import Excerpt
from ..analysis.normalize import analysis_form
from ..analysis.segment import Segmenter
from .numerals import CN_NUMBER, figure_by_figure, value_of
from .series import series as _series
from .tables import STOPWORDS  # noqa: F401  (public here as before)
from .tables import Idf as _Idf
from .tables import content as _content
from .tables import background_words, dictionary_tags  # noqa: F401  (public here as before)
from .tables import idf_table as _idf_table
from .tables import lexicon_set as _lexicon_set
from .tables import lexicon_words as _lexicon_words
from .tables import pos_tags as _pos_tags

KINDS = ("formula", "series", "title", "quoted", "lexicon", "date", "number", "term")

# A structured candidate is what quiz writers blank most; the prior lifts it above plain words,
# whose TF-IDF part lies roughly between 0 and 2.
_PRIOR = {"formula": 3.0, "series": 2.6, "title": 2.2, "quoted": 2.0, "date": 2.0, "number": 2.0,
          "lexicon": 1.8, "term": 0.0}

_HAN = r"\u4e00-\u9fff"
_NUMERAL = "一二两三四五六七八九十"
_TITLE = re.compile(r"《([^《》〈〉\n]{2,40})》")  # not 《…实施〈…〉办法》: a title whose short forms no key holds
_QUOTED = re.compile(r"[“「‘\"]([^“”「」‘’\"\n]{2,16})[”」’\"]")
_FORMULA = re.compile(rf"[{_NUMERAL}](?:个|项|大|种|条)[{_HAN}]{{2,4}}")
_DATE = re.compile(r"\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?|\d{1,2}月\d{1,2}日")
_NUMBER = re.compile(r"(?<![\d.])(?<!\d[,，])\d+(?:\.\d+)?(?:多|余)?(?:(个月|个|项|条|类|种|批|名|位|家|所|篇|章|部|段|次|届|年|倍|周年|万亿|万|亿|%|％)"
                     rf")(?![{_HAN}]*日)")
_CONGRESS = re.compile(r"(?<=党的|工会)[一二三四五六七八九十]{1,3}大")
_PUNCT = re.compile(rf"[^{_HAN}0-9A-Za-z]")

#: Known formula families: distractors come from here first (same family, similar length).
FORMULA_FAMILIES: tuple[tuple[str, ...], ...] = (
    ("两个确立", "两个维护", "四个意识", "四个自信", "四个全面", "两个务必", "两个结合", "三个务必"),
    ("三个代表", "四个全面", "五位一体", "两个一百年", "四个伟大", "四个服务", "四个正确认识"),
    ("三严三实", "两学一做", "不忘初心、牢记使命"),
    ("劳模精神", "劳动精神", "工匠精神", "科学家精神", "企业家精神", "奋斗精神", "伟大建党精神", "抗疫精神"),
    ("政治判断力", "政治领悟力", "政治执行力", "政治鉴别力", "政治免疫力"),
    ("政治性", "先进性", "群众性", "人民性", "时代性", "创造性"),
    ("道路自信", "理论自信", "制度自信", "文化自信"),
    ("政治意识", "大局意识", "核心意识", "看齐意识"),
)

#: The year each formula was put forward: no option is a formula the source's time did not know yet
#: (四个全面, of 2014, is no option in a report of 2002).
FORMULA_YEARS = {
    "两个确立": 2021, "两个维护": 2016, "四个意识": 2016, "四个自信": 2016, "四个全面": 2014, "两个务必": 1949,
    "两个结合": 2021, "三个务必": 2022, "三个代表": 2000, "五位一体": 2012, "两个一百年": 1997, "四个伟大": 2017,
    "四个服务": 2010, "四个正确认识": 2016, "三严三实": 2014, "两学一做": 2016, "不忘初心、牢记使命": 2017,
    "科学家精神": 2019, "企业家精神": 2017, "伟大建党精神": 2021, "抗疫精神": 2020, "政治判断力": 2020,
    "政治领悟力": 2020, "政治执行力": 2020, "文化自信": 2016, "核心意识": 2016, "看齐意识": 2016,
}


@dataclass(frozen=True)
class Phrase:
    """A key phrase: its text, score (higher is better), kind (see ``KINDS``) and count."""

    phrase: str
    score: float
    kind: str
    count: int

    def to_dict(self) -> dict[str, Any]:
        return {"phrase": self.phrase, "score": round(self.score, 4), "kind": self.kind, "count": self.count}


@dataclass
class Candidate:
    """A phrase with where it occurs: ``spans`` holds ``(text_no, [(start, end) per member])``."""

    key: str  # analysis form; the members joined by 、 for a series
    kind: str
    members: tuple[str, ...]  # display form of each blank (one for anything but a series)
    spans: list[tuple[int, list[tuple[int, int]]]] = field(default_factory=list)
    idf: float = 0.0
    score: float = 0.0
    multiword: bool = False
    words: tuple[str, ...] = ()  # a term's words as segmented

    @property
    def phrase(self) -> str:
        return "、".join(self.members)

    @property
    def count(self) -> int:
        return len(self.spans)


def extract_phrases(
    excerpts_or_text: str | Excerpt | Iterable[str | Excerpt], k: int = 30, segmenter: Segmenter | None = None
) -> list[Phrase]:
    """The ``k`` best key phrases of a text or excerpts, best first, fragments merged."""
    ranked = rank_candidates(texts_of(excerpts_or_text), segmenter, limit=k)
    return [Phrase(c.phrase, c.score, c.kind, c.count) for c in ranked[:k]]


def texts_of(source: str | Excerpt | Iterable[str | Excerpt]) -> list[str]:
    """The texts of a string, an excerpt or a sequence of them."""
    if isinstance(source, (str, Excerpt)):
        source = [source]
    return [s.text if isinstance(s, Excerpt) else str(s) for s in source]


def rank_candidates(
    texts: Sequence[str], segmenter: Segmenter | None = None, limit: int | None = None
) -> list[Candidate]:
    """The candidate phrases of ``texts``, scored, deduplicated, best first (the first ``limit``).

    The texts are analysed joined by line breaks: one segmentation and one pass of each pattern
    over the whole, instead of one per text (the cost that made this 37x slower than jieba's TF-IDF).
    """
    # Tens of thousands of small lists and candidates are made and all kept: the cyclic garbage
    # collector would scan them again and again for nothing (a third of the time), so it waits.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _rank(list(texts), segmenter or default_segmenter(), limit)
    finally:
        if enabled:
            gc.enable()


def _rank(texts: list[str], seg: Segmenter, limit: int | None) -> list[Candidate]:
    joined = "\n".join(texts)
    form = analysis_form(joined)
    offsets = [0]
    for t in texts[:-1]:
        offsets.append(offsets[-1] + len(t) + 1)
    tokens = seg.pieces_analysed(form)  # (word, start, end): offsets hold, the form keeps the text's length
    bounds = bytearray(len(form) + 1)
    for _, a, b in tokens:
        bounds[a] = bounds[b] = 1
    found: dict[str, Candidate] = {}
    taken = bytearray(len(form) + 1)

    for cand_kind, spans in _structured(form, bounds):
        for members in spans:
            if any(taken.find(1, a, b) >= 0 for a, b in members):
                continue
            for a, b in members:
                taken[a:b] = b"\x01" * (b - a)
            key = "、".join(form[a:b] for a, b in members)
            c = found.setdefault(key, Candidate(key, cand_kind, tuple(joined[a:b] for a, b in members)))
            c.spans.append(members)
    _add_terms(joined, form, tokens, taken, found)
    _merge_titles(found)
    idf = _idf_table()
    for c in found.values():
        c.idf = _phrase_idf(c, idf)
        # Quiz writers blank what is specific, not what is frequent: the count helps only a little.
        c.score = _PRIOR[c.kind] + (1 + 0.3 * math.log(c.count)) * c.idf / idf.max_idf
        if c.kind == "term":
            c.score *= 1 + 0.15 * (max(1, len(c.words)) - 1)  # a repeated multi-word term beats its words
    ranked = sorted(found.values(), key=lambda c: (-c.score, -len(c.key), c.key))
    kept = _dedupe(ranked, limit)
    for c in kept:  # spans were found in the joined text: back to (text number, spans in that text)
        out = []
        for members in c.spans:
            n = bisect.bisect_right(offsets, members[0][0]) - 1
            out.append((n, [(a - offsets[n], b - offsets[n]) for a, b in members]))
        c.spans = out
    return kept


@functools.lru_cache(maxsize=1)
def default_segmenter() -> Segmenter:
    """One default segmenter per process (rjieba: jieba's tokens, several times faster)."""
    return Segmenter(engine="fast")


@functools.lru_cache(maxsize=1)
def _formulas() -> tuple[frozenset[str], re.Pattern | None]:
    words = set(_lexicon_words()) | {w for fam in FORMULA_FAMILIES for w in fam}
    ordered = sorted(words, key=len, reverse=True)
    return frozenset(words), re.compile("|".join(map(re.escape, ordered))) if ordered else None


def _structured(form: str, bounds: bytearray) -> list[tuple[str, list[list[tuple[int, int]]]]]:
    """Structured candidates of a text (analysis form), the most specific kinds first."""
    formulas, lexicon_re = _formulas()
    out: list[tuple[str, list[list[tuple[int, int]]]]] = []
    quoted = [_trimmed(form, *m.span(1)) for m in _QUOTED.finditer(form) if _quotable(m.group(1).strip())]
    numbered = [s for s in quoted if form[s[0]] in _NUMERAL and "个" in form[s[0]:s[1]]]
    numbered += [m.span() for m in _FORMULA.finditer(form) if m.group() in formulas]
    out.append(("formula", [[s] for s in numbered]))
    # 十八大, 二十大 before the lexicon entries holding them (中国工会十八大, 党的二十大精神).
    out.append(("number", [[m.span()] for m in _CONGRESS.finditer(form)]))
    out.append(("series", _series(form, bounds)))
    lexicon_hits = [m.span() for m in lexicon_re.finditer(form)] if lexicon_re else []
    out.append(("series", _pairs(form, lexicon_hits)))
    out.append(("title", [[m.span(1)] for m in _TITLE.finditer(form)]))
    out.append(("quoted", [[s] for s in quoted]))
    out.append(("lexicon", [[s] for s in lexicon_hits]))
    out.append(("date", [[m.span()] for m in _DATE.finditer(form)]))
    numbers = [[_with_noun(form, m)] for m in _NUMBER.finditer(form)]
    # Statutes write numbers in Chinese numerals (十五日内, 二十五人以上, 百分之八十): numbers too.
    numbers += [[m.span()] for m in CN_NUMBER.finditer(form)  # not 关键一年, not 一九八九年 (a year)
                if (value_of(m.group()) or 0) > 1 and not figure_by_figure(m.group())
                and not re.match("两(?![十百千万])", m.group())]  # 两年: "two of", not an amount
    out.append(("number", numbers))
    return out


def _pairs(form: str, hits: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Two lexicon terms said as a pair (听党话、跟党走; 可感可知、可触可达): one series.

    Both are as long, share a character in the same place, and stand a short clause apart.
    """
    out = []
    for (a, b), (c, d) in zip(hits, hits[1:]):
        x, y = form[a:b], form[c:d]
        gap = form[b:c]
        if len(x) == len(y) and x != y and len(gap) <= 7 and re.search("[、，,]", gap) and not re.search("[。；;！？]", gap) \
                and any(p == q for p, q in zip(x, y)):
            out.append([(a, b), (c, d)])
    return out


def _merge_titles(found: dict[str, Candidate]) -> None:
    """An abbreviated title (论述摘编) counts for the full one it is part of."""
    titles = sorted((c for c in found.values() if c.kind == "title"), key=lambda c: -len(c.key))
    for short in titles:
        full = next((t for t in titles if short.key in t.key and t is not short and t.key in found), None)
        if full is not None:
            full.spans.extend(short.spans)
            del found[short.key]


def _trimmed(form: str, a: int, b: int) -> tuple[int, int]:
    """The span without the spaces a quotation holds at its ends (“三角债 ”: the term is 三角债)."""
    while a < b and form[a].isspace():
        a += 1
    while b > a and form[b - 1].isspace():
        b -= 1
    return a, b


def _quotable(inner: str) -> bool:
    return not re.search(r"[，。；：！？,.;:!?]", inner) and bool(re.search(f"[{_HAN}]", inner))


def _with_noun(form: str, m: re.Match) -> tuple[int, int]:
    """``8个`` alone says nothing as a key phrase: take the noun after a classifier (8个专题).

    A quiz blanks only the number with its unit (see :func:`number_blank`).
    """
    a, b = m.span()
    if m.group(1) in ("个", "项", "条", "类", "种", "批"):
        noun = re.match(rf"[{_HAN}]{{2}}", form[b:])
        if noun and not re.match("[的和与及]", noun.group()):
            b += 2
    return a, b


def number_blank(text: str) -> int:
    """How much of a number phrase a blank covers: the number with its unit (8个 of 8个专题)."""
    m = _NUMBER.match(analysis_form(text))
    return m.end() if m else len(text)


def _add_terms(text: str, form: str, tokens, taken: bytearray, found: dict[str, Candidate]) -> None:
    """Content words, and runs of two or three of them, as ``term`` candidates (global spans).

    What a word may be (a term alone, the start, inside or end of a run) is worked out once per
    distinct word, then the tokens are walked with plain list look-ups.
    """
    n = len(tokens)
    words = [t[0] for t in tokens]
    starts = [t[1] for t in tokens]
    ends = [t[2] for t in tokens]
    roles = {w: _roles(w) for w in set(words)}
    role = [roles[w] for w in words]
    # A token may be part of a term: Chinese, no function word, not inside a structured candidate.
    free = [r[0] and taken.find(1, a, b) < 0 for r, a, b in zip(role, starts, ends)]
    glued = [x == y for x, y in zip(ends, starts[1:])] + [False]  # nothing between it and the next token

    def add(key: str, a: int, b: int, run: tuple[str, ...]) -> None:
        c = found.get(key)
        if c is None:
            c = found[key] = Candidate(key, "term", (text[a:b],), multiword=len(run) > 1, words=run)
        if c.kind == "term":  # a word quoted once (“统一”) is not a quoted term everywhere else
            c.spans.append([(a, b)])

    for i in compress(range(n), free):
        a, w, r = starts[i], words[i], role[i]
        if r[1]:
            add(w, a, ends[i], (w,))
        # A run inside a longer name (团体法人资格 of 社会团体法人资格) is no term: its neighbours are nouns.
        if not (glued[i] and free[i + 1]) or (i > 0 and glued[i - 1] and free[i - 1] and role[i - 1][5]):
            continue
        for j in (i + 1, i + 2):
            if j > i + 1 and not (j < n and glued[j - 1] and free[j] and role[j - 1][3]):
                break
            b = ends[j]
            if b - a > 10:
                break
            if j + 1 < n and glued[j] and free[j + 1] and role[j + 1][5]:
                continue
            if (r[2] and role[j][4]) or (b - a == 4 and (len(w) == 3 or form[a] == form[a + 2])):
                add(form[a:b], a, b, tuple(words[i:j + 1]))


@functools.lru_cache(maxsize=65536)
def _roles(word: str) -> tuple[bool, bool, bool, bool, bool, bool]:
    """(usable at all, a term alone, may start a run, may stand inside one, may end one, noun-like)."""
    tag = _pos_tags().get(word, "")
    usable = _usable(word)
    content = usable and _content(word)
    alone = content and (tag in ("vn", "an") or not tag.startswith(_NOT_AT_END)) and not (
        len(word) > 2 and (word[-2:] in STOPWORDS or word[:2] in STOPWORDS or word[0] in "之其该本此")) \
        and not _an_act(word)
    # 红绶向 (左右绾住), 为红绶: the segmenter's guess glued a preposition to a word it does not know
    guessed = (not tag or tag.startswith("nr")) and len(word) >= 3  # 于城镇 "nr": a surname read into 适用|于
    opens, closes = guessed and word[0] in _FUNCTION_CHARS, guessed and word[-1] in _FUNCTION_CHARS
    # 在生活上, 从总体上: a preposition and its place word, listed whole by jieba, say where, name nothing
    placed = len(word) >= 3 and word[0] in "在对从于" and word[-1] in "上中下内外里"
    alone = alone and not (opens or closes or placed)
    # 国家有关, 之日起: one token in jieba, a function word inside; 办理 | 过户: a light verb opens no term
    start = content and (tag in ("vn", "an") or not tag.startswith(_NOT_AT_START)) and not _an_act(word) \
        and word not in _LIGHT_VERBS and not opens
    inside = usable and not (tag or "x").startswith(_NOT_INSIDE) and word not in _COPULAS
    end = content and (tag in ("vn", "an") or not tag.startswith(_NOT_AT_END)) and not closes
    return usable, alone, start, inside, end, (tag or "x")[:1] in ("n", "j")


# An adverb or preposition before a verb: a phrase jieba's dictionary lists whole (密切配合, 预先确定,
# 因购买), said of an action, not the name of a thing; a synonym fits its blank as well (相互配合, 事先确定).
_ADVERBS = frozenset("预先 事先 事后 及时 依法 共同 相互 互相 分别 逐步 严格 认真 切实 积极 大力 密切 尽快".split())
_PREPOSITIONS = "因由向对被把将从在为以于仍均已再又都就"


@functools.lru_cache(maxsize=65536)
def _an_act(word: str) -> bool:
    """Whether ``word`` reads as an act, not a name: an adverb or preposition and a verb (密切 + 配合,
    因 + 购买), a verb and the first modifier of its object (推广 + 先进), or a preposition the segmenter
    glued to the next character (由受 | 质询机关)."""
    tags = _pos_tags()
    for k in range(1, len(word) - 1):
        head, verb = word[:k], word[k:]
        if tags.get(verb) != "v":
            continue
        if head in _ADVERBS or (k == 1 and head in _PREPOSITIONS) or (k > 1 and tags.get(head, "x") in ("d", "ad", "p", "c")):
            return True
    if word[:2] in _ADVERBS and tags.get(word[2:]) == "vn":
        return True  # 密切 + 合作: an adverb and a verbal noun read as one act
    if len(word) == 4 and tags.get(word[:2]) == "v" and tags.get(word[2:]) == "a":
        return True
    if not tags.get(word) and len(word) >= 3 and any(ch in "不未" for ch in word[1:]):
        return True  # 作不实 (的申报): the segmenter's guess across a negation, no word
    return not tags.get(word) and len(word) == 2 and word[0] in _PREPOSITIONS


def _nounish(word: str) -> bool:
    return _pos_tags().get(word, "x")[:1] in ("n", "j")


@functools.lru_cache(maxsize=65536)
def _usable(word: str) -> bool:
    """A token that may be part of a term: Chinese, not a function word."""
    return bool(_HAN_WORD.fullmatch(word)) and word not in STOPWORDS


_HAN_WORD = re.compile(f"[{_HAN}]+")


# Part-of-speech tags (jieba's dictionary) a term may not start or end with: verbs, adverbs,
# pronouns, numerals… Quiz writers blank names of things, and idioms (4 characters).
_NOT_AT_START = ("v", "d", "p", "c", "u", "r", "m", "q", "f", "y", "e", "o", "z")
_NOT_AT_END = _NOT_AT_START + ("a", "ad", "b", "s")  # s: a place word ends no term (中外合作开采陆上 | 石油资源合同)
# Verbs that make a clause of the words around them (社会公众 | 有 | 影响): never inside a term.
_COPULAS = frozenset("有 是 为 无 具有 属于".split())
# Verbs that only carry their object (办理手续, 进行审查): they open no term, whatever jieba tags them.
_LIGHT_VERBS = frozenset("办理 进行 予以 给予 作出 加以 依法 依照 按照".split())
# Characters that stand beside words, never inside a word the dictionary does not know: prepositions, particles.
_FUNCTION_CHARS = frozenset("的地得之在和与及或并而是为对从把被向以于由等了着过也都就又再还将已给让使")
_NOT_INSIDE = ("r", "p", "c", "u", "d", "m", "q", "f", "y", "e", "o", "z")


def _phrase_idf(c: Candidate, idf: "_Idf") -> float:
    if c.kind == "lexicon":
        return idf[c.key]  # the lexicon is broad: 工人阶级 is common in policy texts, 急难愁盼 is not
    if c.kind != "term":
        return idf.max_idf  # a formula, title or date is as specific as a word can be
    if c.multiword and c.key in idf.table:
        return idf.table[c.key]  # a known multi-word term: its own IDF, not its words'
    words = [w for w in c.words if len(w) >= 2]
    return sum(idf.word(w) for w in words) / len(words) if words else 0.0


@functools.lru_cache(maxsize=4096)
def _compound(key: str) -> bool:
    """Four characters of two noun-like words (社区养老, 数字中国, 政治生态): a term even when said once."""
    if len(key) != 4:
        return False
    a, b = key[:2], key[2:]
    tags = _pos_tags()
    return key in _lexicon_set() or all(
        _content(w) and tags.get(w, "x") in ("n", "nz", "vn", "an", "ns", "nt", "j") for w in (a, b))


def _idiom(key: str) -> bool:
    return len(key) == 4 and key[0] == key[2]


def _dedupe(ranked: list[Candidate], limit: int | None = None) -> list[Candidate]:
    """Keep the best of a phrase and its fragments: 论述摘编 goes with the full book title.

    Kept members are indexed by every substring, so finding the kept phrases a candidate is part
    of, or holds, is a few dictionary look-ups rather than a scan of everything kept.
    """
    kept: list[Candidate] = []
    known = _idf_table().table  # multi-word terms of the background are terms even when said once
    whole: dict[str, list[int]] = {}  # a kept member -> the kept candidates holding it
    pieces: dict[str, list[int]] = {}  # every substring of a kept member -> the kept candidates
    for c in ranked:
        if limit is not None and len(kept) >= limit:
            break
        if c.kind == "term" and c.count < 2 and c.multiword and not _idiom(c.key) and c.key not in known \
                and not _compound(c.key):
            continue  # a one-off run of words is noise, not a term
        parts = [analysis_form(m) for m in c.members] if c.kind != "term" else [c.key]
        near: set[int] = set()
        for p in parts:
            near.update(pieces.get(p, ()))  # p inside a kept member
            for i in range(len(p) - 1):
                for j in range(i + 2, len(p) + 1):
                    near.update(whole.get(p[i:j], ()))  # a kept member inside p
        # A fragment said more often than the longer phrase holding it stands on its own too:
        # 工人阶级 outside the book title, 群众 in 密切联系群众 and 脱离群众.
        if near and not (c.count >= 2 and len(c.members) == 1
                         and all(c.count > kept[k].count and c.key in kept[k].key for k in near)):
            continue
        n = len(kept)
        kept.append(c)
        for m in c.key.split("、"):
            whole.setdefault(m, []).append(n)
            for i in range(len(m)):
                for j in range(i + 1, len(m) + 1):
                    lst = pieces.setdefault(m[i:j], [])
                    if not lst or lst[-1] != n:
                        lst.append(n)
    return kept


def phrase_pools(ranked: Sequence[Candidate]) -> dict[str, list[str]]:
    """The source's phrases of each kind, in rank order: the options and the changes it offers itself
    (a series' members, quotations and lexicon terms are terms)."""
    pools: dict[str, list[str]] = {}
    for c in ranked:
        kind = "term" if c.kind in ("series", "lexicon", "quoted") else c.kind
        pools.setdefault(kind, []).extend(c.members)
    return pools


def latest_date(ranked: Sequence[Candidate], default: str) -> str:
    """The source's latest date as ``"Y-M-D"`` (``default`` if it has none): no option or changed date
    falls after it, since a made-up future is easy to rule out."""
    dates = [tuple(int(x) for x in re.findall(r"\d+", c.key)) for c in ranked if c.kind == "date" and "年" in c.key]
    if not dates:
        return default
    return "%d-%d-%d" % max(d + (12, 31)[len(d) - 1:] for d in dates)[:3]
