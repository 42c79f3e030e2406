"""Distractors for choice items: the same family, a similar length, never the answer again."""

from __future__ import annotations

import functools
import random
import re
from typing import Sequence

from ..analysis.normalize import analysis_form as _analysis_form
from .meaning import meaning_fits
from .numerals import DATE as _DATE
from .numerals import FIGURE as _NUMBER
from .numerals import (
    ceiling, date_options, figure_options, listed_between, number_options, range_end, range_start, same_magnitude,
    slot_bound, statute_unit, value_of,
)
from .phrases import FORMULA_FAMILIES, FORMULA_YEARS, background_words, dictionary_tags
from .tables import word_freqs

# Options are short and come back again and again: their analysis form is remembered.
analysis_form = functools.lru_cache(maxsize=65536)(_analysis_form)

RARE_WORD = 20  # a modifier rarer than this in jieba's dictionary is no word a reader knows (乱收)
POOL_LOOK = 400  # source phrases of a fitting length looked at per item: the best ranked ones


def distractors(
    answer: str, kind: str, pool: Sequence[str], rng: random.Random, avoid: str = "", k: int = 3,
    series: Sequence[str] = (), latest: str | None = None, exclude: frozenset[str] | set[str] = frozenset(),
    slot: tuple[str, str] = ("", ""), context: Sequence[str] | None = None, years: tuple[int, int] = (0, 9999),
) -> list[str] | None:
    """``k`` wrong options for ``answer``, or None if not enough good ones exist.

    ``pool`` holds other phrases of the same kind from the source, best first; ``avoid`` is the
    prompt (an option shown in it would be too easy to rule out). For a member of a ``series``
    every option keeps what the members share (政治…力, …性, …好), so none stands out. No date
    option falls after ``latest`` (``"Y-M-D"``: the source's latest date), so none is made up
    in the future of the document. No option's analysis form is in ``exclude`` (the answers and
    options already on the sheet). ``slot`` is the text just before and after the blank: an option
    repeating it (重大＿＿ with 重大意义) would read 重大重大意义. A date option's year stays within
    ``years`` (a report's past before its own year, its targets after it).

    With ``context`` (the source's texts: the choice items of a quiz) the test is strict, since a
    choice item with one weak option is a bad item (see :func:`_strict_term`, :func:`_maybe_right`):
    a general term needs three options of its head (…制度, …体系) that are real terms, no near
    synonyms, none listed beside the answer or its co-members in the source and none forming a
    phrase of the source in the slot; a two-character word gets no options; a number's options
    keep its order of magnitude.
    """
    strict = context is not None
    prefix, suffix = shared_affixes(series) if len(series) > 1 else ("", "")
    family: list[str] = []
    near: list[str] = []
    statute_number = number_options(answer) if kind == "number" else None  # 十五日 → 三十日, 五日…
    if statute_number is not None:
        found = statute_number
        if strict:  # limits the source sets elsewhere last: as options they would keep those items off the sheet
            said = _source_lists(tuple(context)).text
            found = sorted(found, key=lambda w: _in_text(analysis_form(w), said, True))
    elif kind == "date":
        found = date_options(answer, pool, rng, latest)
    elif CONGRESS.fullmatch(answer):
        # no congress after the document's year (十五大 in a report of 1992)
        found = [c for c in other_congresses(answer, rng) if _CONGRESS_YEAR.get(c, 0) <= years[1]]
    elif kind == "number":
        found = figure_options(answer, pool, rng)
        if strict:
            found = [w for w in found if same_magnitude(answer, w)]
    else:
        family = formula_family(answer, int(latest[:4]) if latest else 9999)
        if family and _GLUED_NOUN.match(slot[1]) and len(analysis_form(answer)) <= 3:
            family = []  # 参与（群众性）卫生活动: a modifier of the noun after it, not the formula's member (先进性…)
        if family and "政治性" in (answer, *family) and not _ORGANIZATION_TEXT.search(avoid):
            family = []  # 具有（先进性）和适用性 said of a farm technology: 政治性, 人民性 are of the party and its unions
        near = [w for w in pool if similar_length(answer, w)][:POOL_LOOK]
        if strict and not family and (len(analysis_form(answer)) < 3 or _COUNT_WORD.match(analysis_form(answer))):
            return None  # 电子 → 种子, 孩子: two-character words share a character, not a kind; 二百人 → 一代人
        if strict and not family and _gives_itself_away(answer, avoid):
            return None  # 应当确定（专门机构）或者指定专门人员: the prompt's 专门 points at the answer
        if strict and not family and analysis_form(answer)[-1] in LOOSE_ENDINGS:
            return None  # 强制性 → 流动性, 可能性; 无害化 → 合作化: one ending, any meaning (see LOOSE_ENDINGS)
        others = [w for w in _similar(answer, near) + affix_words(answer, rng) if same_kind(answer, w)]
        found = family + [w for w in others if not paraphrase(answer, w)]
    bound = slot_bound(*slot) if kind in ("number", "date") else 0  # 超过（　　）: a smaller number is true too
    worth = value_of(analysis_form(answer)) if bound else None
    start = range_start(slot[0]) if kind == "number" else None  # 二倍以上（　　）以下: no option at or below 二倍
    end = range_end(slot[1]) if kind == "number" else None  # （　　）至30%: no option at or above 30%
    cap = ceiling(slot[0], answer) if kind == "number" else None  # a share of a whole, a day of a month, hours of a day
    odd = kind == "number" and "单数" in slot[1][:30]  # （三人）以上单数: an even option rules itself out
    between = listed_between(*slot) if kind == "number" else None  # 50%、（　　）或者30%: a scale between the two
    known = set(near) if kind not in ("date", "number") and not CONGRESS.fullmatch(answer) else None
    lists = _source_lists(tuple(context)) if strict else None
    # A family's members (四个意识, 四个自信) stand side by side by design: the slot tells them apart.
    anchors = lists.anchors(answer) if lists is not None and not formula_family(answer) else ()
    chosen: list[str] = []
    numeric = kind in ("number", "date")
    seen = {analysis_form(answer)}
    avoid_form = analysis_form(avoid)
    for option in found:
        form = analysis_form(option)
        if form in seen or form in exclude or _in_text(form, avoid_form, numeric) or not similar_length(answer, option) \
                or not same_shape(answer, option):
            continue
        if start is not None and (value_of(form) or 0) <= start:
            continue
        if end is not None and (value_of(form) or 0) >= end:
            continue
        if odd and (value_of(form) or 0) % 2 == 0:
            continue
        if cap is not None and (value_of(form) or 0) > cap:
            continue  # 成活率不足（127%）, 四月（三十九日）: past what the slot can hold
        if between is not None and not between[0] < (value_of(form) or 0) < between[1]:
            continue
        if worth is not None and ((value_of(form) or 0) - worth) * bound <= 0:
            continue
        year = _DATE.match(form) if kind == "date" else None
        if year and not years[0] <= int(year.group(1)) <= years[1]:
            continue  # 2012年 in a report of 2008 looking back: the document's own year rules it out
        if (slot[0] and form[:2] == analysis_form(slot[0])[-2:]) or (slot[1] and form[-2:] == analysis_form(slot[1])[:2]):
            continue
        if series and (len(form) != len(answer) or not (form.startswith(prefix) and form.endswith(suffix))):
            continue
        if not numeric and (any(form in s or s in form for s in seen) or sorted(form) == sorted(analysis_form(answer))):
            continue  # a fragment, an extension or an anagram of another option is no option (十日 beside 二十日 is)
        if lists is not None and known is not None and (
                (option not in family and not (_strict_term(answer, option, known, lists)
                                               and meaning_fits(answer, option, avoid)))
                or _maybe_right(option, anchors, slot, lists) or _shown(answer, option, avoid_form)):
            continue  # checked here, on the few options that got this far: the test reads the source
        seen.add(form)
        chosen.append(option)
        if len(chosen) == k:
            return chosen
    return None


_ORGANIZATION_TEXT = re.compile("工会|党|共青团|团组织|妇联|群团|群众组织")  # where 政治性、先进性、群众性 are said
_NUMERALS = "一二三四五六七八九十"
_GLUED_NOUN = re.compile(r"[\u4e00-\u9fff](?<![和与及的、这那此等为是])")
_DIGITS = "0-9０-９.．零〇一二两三四五六七八九十百千万亿"
CONGRESS = re.compile(f"([{_NUMERALS}]{{1,3}})大")
_FAMILY_ENDINGS = ("精神", "意识", "自信", "性", "力", "化", "好")


def _in_text(form: str, text: str, numeric: bool) -> bool:
    """Whether ``form`` stands in ``text``; a number only as a whole number (十日 is not in 二十日内)."""
    if not numeric:
        return form in text
    return re.search(f"(?<![{_DIGITS}]){re.escape(form)}", text) is not None


def same_kind(answer: str, option: str) -> bool:
    """An option of the answer's kind: 工匠精神 is no option for 桥梁纽带, 两个维护 none for 急难愁盼."""
    a, o = analysis_form(answer), analysis_form(option)
    fam_a = {i for i, fam in enumerate(FORMULA_FAMILIES) if a in fam}
    fam_o = {i for i, fam in enumerate(FORMULA_FAMILIES) if o in fam}
    if fam_o and not fam_o & fam_a:
        return False
    if not all(a.endswith(e) == o.endswith(e) for e in _FAMILY_ENDINGS):
        return False
    if not fam_a and not (a[-1:] == o[-1:] or a[:2] == o[:2]):
        return False  # the same head (…体系, …化) or the same first word (自我…): one family of terms
    return same_shape(a, o)


_KIND_OF_TAG = {"vn": "vn", "an": "vn", "v": "v", "vd": "v", "vi": "v", "vg": "v", "a": "a", "ad": "a", "ag": "a",
                "i": "i", "l": "i", "m": "m", "q": "m", "mq": "m"}
_ORDINAL = re.compile(r"第[一二三四五六七八九十百千\d]+")
_COUNTED = re.compile(r"[一二两三四五六七八九十\d]+(?:个|项|条|大|种)")


def _word_kind(word: str) -> str:
    tag = dictionary_tags().get(word)
    if tag is None:
        return "x"  # not in the dictionary: most such terms are names of things
    if tag in _KIND_OF_TAG:
        return _KIND_OF_TAG[tag]
    return "n" if tag[:1] in "nsjt" or tag == "nz" else "o"


def _words(phrase: str) -> list[str]:
    """The phrase cut into dictionary words, longest first from the left (characters otherwise)."""
    tags = dictionary_tags()
    out, i = [], 0
    while i < len(phrase):
        for size in range(min(4, len(phrase) - i), 0, -1):
            if size == 1 or phrase[i:i + size] in tags:
                out.append(phrase[i:i + size])
                i += size
                break
    return out


def _halves(words: list[str]) -> list[str]:
    """A four-character dictionary word read as its two words (人民群众 → 人民 群众), so that its shape
    can be told from a verb-object option's (动员群众)."""
    if len(words) == 1 and len(words[0]) == 4:
        tags = dictionary_tags()
        if words[0][:2] in tags and words[0][2:] in tags:
            return [words[0][:2], words[0][2:]]
    return words


def _kinds_agree(x: str, y: str) -> bool:
    return x == y or {x, y} <= {"n", "vn", "x"} or {x, y} <= {"v", "vn"}


def same_shape(answer: str, option: str) -> bool:
    """Whether ``option`` has the grammatical shape of ``answer`` in its slot: a noun phrase for a
    noun phrase (政治意义 is no option for 出版发行), verb-object for verb-object, an ordinal for an
    ordinal, a counted formula (两个维护) for a counted formula, a date or number with the same unit."""
    a, o = analysis_form(answer), analysis_form(option)
    unit_a, unit_o = statute_unit(a), statute_unit(o)
    if unit_a is not None or unit_o is not None:
        return unit_a == unit_o  # 十五日 for 三十日, never for 十五人 or 15日
    for pattern in (_ORDINAL, _COUNTED):
        if bool(pattern.match(a)) != bool(pattern.match(o)):
            return False
    if bool(_DATE.fullmatch(a)) != bool(_DATE.fullmatch(o)):
        return False
    na, no = _NUMBER.fullmatch(a), _NUMBER.fullmatch(o)
    if bool(na) != bool(no) or (na and no and na.group(2) != no.group(2)):
        return False
    if na or _DATE.fullmatch(a) or _COUNTED.match(a):
        return True
    wa, wo = _halves(_words(a)), _halves(_words(o))
    if (len(a) == 4 and len(wa) == 1) != (len(o) == 4 and len(wo) == 1) and "i" in (_word_kind(a), _word_kind(o)):
        return False  # an idiom for an idiom
    first_a, first_o = _word_kind(wa[0]), _word_kind(wo[0])
    if len(wa) > 1 and len(wo) > 1 and (first_a == "v") != (first_o == "v"):
        return False  # verb-object (采取措施) is no option for a noun phrase (整改措施), nor the reverse
    return _kinds_agree(_word_kind(wa[-1]), _word_kind(wo[-1])) and _kinds_agree(first_a, first_o)


#: When each party congress met (a 十四大 report of 1992 knows no 十五大).
_CONGRESS_YEAR = {"七大": 1945, "八大": 1956, "九大": 1969, "十大": 1973, "十一大": 1977, "十二大": 1982, "十三大": 1987,
                  "十四大": 1992, "十五大": 1997, "十六大": 2002, "十七大": 2007, "十八大": 2012, "十九大": 2017, "二十大": 2022}


def congress_year(text: str) -> int | None:
    """The year of the congress a title names (…步伐 (十四大) → 1992), None if none."""
    m = re.search(r"[（(]([一二三四五六七八九十]{1,3}大)[)）]", text)
    return _CONGRESS_YEAR.get(m.group(1)) if m else None


def other_congresses(answer: str, rng: random.Random) -> list[str]:
    """Other party or union congresses by number: 十八大 → 十七大, 十九大, 二十大…"""
    n = _from_numeral(CONGRESS.fullmatch(answer).group(1))
    steps = [s for s in (-3, -2, -1, 1, 2) if n + s >= 1]
    rng.shuffle(steps)
    return [_to_numeral(n + s) + "大" for s in steps]


def _from_numeral(text: str) -> int:
    if text == "十":
        return 10
    if "十" not in text:
        return _NUMERALS.index(text) + 1
    tens, _, ones = text.partition("十")
    return (_NUMERALS.index(tens) + 1 if tens else 1) * 10 + (_NUMERALS.index(ones) + 1 if ones else 0)


def _to_numeral(n: int) -> str:
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _NUMERALS[tens - 1] + "十")
    return head + (_NUMERALS[ones - 1] if ones else "")


def shared_affixes(words: Sequence[str]) -> tuple[str, str]:
    """The longest prefix and suffix all the words share."""
    forms = [analysis_form(w) for w in words]
    prefix = forms[0]
    for w in forms[1:]:
        while not w.startswith(prefix):
            prefix = prefix[:-1]
    suffix = forms[0]
    for w in forms[1:]:
        while not w.endswith(suffix):
            suffix = suffix[1:]
    return prefix, suffix


def paraphrase(answer: str, option: str) -> bool:
    """Shares two characters besides a common word ending or start: 深学细悟 for 学思践悟, a near synonym."""
    a, o = analysis_form(answer), analysis_form(option)
    n = 0
    while n < min(len(a), len(o)) and a[-1 - n] == o[-1 - n]:
        n += 1
    if n >= 2:  # a shared word ending (…精神) makes a family, not a synonym
        a, o = a[:len(a) - n], o[:len(o) - n]
    n = 0
    while n < min(len(a), len(o)) and a[n] == o[n]:
        n += 1
    if n >= 2:
        a, o = a[n:], o[n:]
    return len(set(a) & set(o)) >= 2


def similar_length(answer: str, option: str) -> bool:
    """Similar length: a much longer or shorter option gives itself away."""
    return abs(len(answer) - len(option)) <= (1 if len(answer) <= 6 else 2)


def formula_family(answer: str, year: int = 9999) -> list[str]:
    """The answer's formula family, without formulas put forward after ``year``."""
    form = analysis_form(answer)
    out: list[str] = []
    for family in FORMULA_FAMILIES:
        if form in family:
            out.extend(w for w in family if w != form and FORMULA_YEARS.get(w, 0) <= year)
    return out


def _similar(answer: str, pool: Sequence[str]) -> list[str]:
    """Phrases of the source of the same kind: those sharing a first or last character first."""
    share = [p for p in pool if p[:1] == answer[:1] or p[-1:] == answer[-1:]]
    return share + [p for p in pool if p not in share]


def affix_words(answer: str, rng: random.Random) -> list[str]:
    """Background words of the same length with the same ending (精神, 性, 好) or start."""
    if len(answer) < 2:
        return []
    ending = answer[-2:] if len(answer) >= 4 else answer[-1:]
    words = list(_background_index().get(("end", len(answer), ending), ()))
    if len(words) < 3:
        tags = dictionary_tags()  # only real words: the background table also holds runs (人员基本)
        words += [w for w in _background_index().get(("start", len(answer), answer[:2]), ()) if w in tags]
    words = words[:40]  # the commonest: a distractor should be a real, familiar term
    rng.shuffle(words)
    return words


@functools.lru_cache(maxsize=1)
def _background_index() -> dict[tuple[str, int, str], tuple[str, ...]]:
    """Background words by length and ending or start, commonest first (one pass, once)."""
    index: dict[tuple[str, int, str], list[str]] = {}
    for w in background_words():
        n = len(w)
        keys = {("end", n, w[-1:]), ("start", n, w[:2])}
        if n >= 4:
            keys.add(("end", n, w[-2:]))
        for key in keys:
            index.setdefault(key, []).append(w)
    return {k: tuple(v) for k, v in index.items()}


# Endings that make a word of any meaning (强制性, 流动性, 可能性; 无害化, 荒漠化, 革命化): words sharing
# one are not of one kind, and which of them fits the slot only meaning tells. Outside a known family
# (FORMULA_FAMILIES) or the answer's own series they are asked as fill-ins, never given options.
LOOSE_ENDINGS = frozenset("性化")
# Endings of three-character terms that name one kind of thing (…性, …税, …权): the background's
# words with that ending are options; for other endings (…人, …会, …物) only the source's are.
CATEGORY_ENDINGS = frozenset("性化型税制率权费病法险")


def _verb_object(form: str, modifier_words: list[str]) -> bool:
    """A verb and its object (裁减人员, 任用干部): a verb before a noun head."""
    tags = dictionary_tags()
    head = form[-2:]
    return len(form) == 4 and tags.get(head, "")[:1] in ("n", "r") and tags.get(modifier_words[0], "") == "v"


def _strict_term(answer: str, option: str, known: set[str], lists: "_Lists | None" = None) -> bool:
    """An option a quiz writer keeps for a general term: the answer's head (two characters for a
    term of four or more: …制度, …体系; one for 隐私权, 职业病) after a modifier that is a real word
    of the answer's kind (not 反浪费 for 加班费, not 主动精神 for 时代精神); the whole a familiar term
    (dictionary, background or the source); not one character away (人力资源/人才资源: a synonym)."""
    a, o = analysis_form(answer), analysis_form(option)
    head = 2 if len(a) >= 4 else 1
    if len(a) < 3 or a[-head:] != o[-head:] or len(o) <= head:
        return False
    if head == 1 and o[-2:] in dictionary_tags() and a[-2:] not in dictionary_tags():
        return False  # 新机制 for 供给制: its head is 机制, not 制
    words_a, words_o = _words(a[:-head]), _words(o[:-head])
    freqs = word_freqs()
    if any(len(w) < 2 or freqs.get(w, 0) < RARE_WORD for w in words_o) or len(words_o) > len(words_a) + 1:
        return False  # 乱收费 for 加班费: 乱收 is no word one knows
    tags = dictionary_tags()
    if any(tags.get(w, "").startswith("nr") for w in words_o) and not any(tags.get(w, "").startswith("nr") for w in words_a):
        return False  # 邓小平同志建设 for 保障性住房建设: a person's name is no kind of thing
    kind_a, kind_o = _word_kind(words_a[0]), _word_kind(words_o[0])
    if tags.get(words_o[0], "")[:1] in ("t", "f") or "o" in (kind_a, kind_o) or not _kinds_agree(kind_a, kind_o):
        return False  # 逐步完善 → 不断完善: another adverb may be just as right
    if len(o) > 4 or (len(a) == 3 and a[-1] not in CATEGORY_ENDINGS):
        if option not in known:
            return False  # 全国科学大会 for 职工代表大会, 亚运会 for 基金会: only the source's own terms
    elif not (o in tags or (lists is not None and option in known and lists.text.count(o) >= 2)):
        return False  # 方向发展, 向前发展: runs of text (the background table has them too), not terms
    if _verb_object(a, words_a):
        if tags.get(words_o[0], "") not in ("v", tags.get(words_a[0], "")):
            return False  # 服务人民 → 中国人民, 裁减人员 → 工作人员: a noun is no option for verb-object
    elif tags.get(words_o[0], "") == "v" and tags.get(words_a[0], "") != "v":
        return False  # 劳动条件 → 创造条件, 人民群众 → 动员群众: verb-object is no option for a noun
    elif tags.get(words_a[0], "") == "vn" and tags.get(words_o[0], "") != "vn":
        return False  # 服务人民 (verb or noun?) → 中国人民: only a modifier of the same two-way kind is safe
    return not (len(a) == len(o) and sum(x != y for x, y in zip(a, o)) == 1)


_COUNT_WORD = re.compile(r"^(?:[\d一二两三四五六七八九十百千万亿几]{2}|[\d一二两三四五六七八九十几][个项条种次名位人代批])")
_JOINERS = "、和及与"
_CLAUSE_END = re.compile(r"[，。；：！？\n（）()“”《》]")


class _Lists:
    """The source's lists (A、B和C): what stands beside what, to keep a maybe-right option out."""

    def __init__(self, texts: tuple[str, ...]) -> None:
        self.text = "\n".join(analysis_form(t) for t in texts)

    def _clause(self, i: int, j: int) -> str:
        text = self.text
        a = max((m.end() for m in _CLAUSE_END.finditer(text, max(0, i - 80), i)), default=max(0, i - 80))
        m = _CLAUSE_END.search(text, j, j + 80)
        return text[a:m.start() if m else min(len(text), j + 80)]

    def _occurrences(self, form: str):
        i = self.text.find(form)
        while i >= 0:
            j = i + len(form)
            before, after = self.text[i - 1:i], self.text[j:j + 1]
            yield i, j, bool(before and before in _JOINERS) or bool(after and after in _JOINERS)
            i = self.text.find(form, i + 1)

    @functools.lru_cache(maxsize=4096)
    def anchors(self, answer: str) -> tuple[str, ...]:
        """The answer and the members listed beside it anywhere in the source."""
        form = analysis_form(answer)
        out = {form}
        for i, j, listed in self._occurrences(form):
            if listed:
                for piece in re.split(f"[{_JOINERS}]|以及|或者", self._clause(i, j)):
                    if 2 <= len(piece) <= 8:
                        out.add(piece)
        return tuple(out)

    def co_listed(self, option: str, anchors: Sequence[str]) -> bool:
        form = analysis_form(option)
        return any(listed and any(x != form and x in self._clause(i, j) for x in anchors)
                   for i, j, listed in self._occurrences(form))


@functools.lru_cache(maxsize=4)
def _source_lists(texts: tuple[str, ...]) -> _Lists:
    return _Lists(texts)


def _shown(answer: str, option: str, prompt: str) -> bool:
    """An option whose own word stands in the prompt (培养、选拔和＿＿ with 选拔干部 for 任用干部):
    it may be right, or it gives itself away."""
    if formula_family(answer) or CONGRESS.fullmatch(answer):
        return False
    a, o = analysis_form(answer), analysis_form(option)
    n = 0
    while n < min(len(a), len(o)) and a[-1 - n] == o[-1 - n]:
        n += 1
    own = o[:len(o) - n]  # what the option puts in place of the answer's own words
    return len(own) >= 2 and own in prompt


def _gives_itself_away(answer: str, prompt: str) -> bool:
    """Whether the prompt shows the answer's own first word (专门机构 beside 专门人员, 保险公司 after
    承保…保险): a reader picks the option that repeats it, whatever the options."""
    form = analysis_form(answer)
    words = _halves(_words(form))
    return len(words) > 1 and len(words[0]) >= 2 and words[0] in analysis_form(prompt)


def _maybe_right(option: str, anchors: Sequence[str], slot: tuple[str, str], lists: _Lists) -> bool:
    """An option that may be right too: listed beside the answer or its co-members in the source
    (科技创新 beside 理论创新、制度创新; 监督管理 beside 统筹协调、指导), or forming, in the slot, a
    phrase the source has (完善＿＿ with 互助合作机制 where the source says 完善互助合作机制)."""
    if anchors and lists.co_listed(option, anchors):
        return True
    form = analysis_form(option)
    left, right = analysis_form(slot[0])[-2:], analysis_form(slot[1])[:2]
    return bool(left and left + form in lists.text) or bool(right and form + right in lists.text)
