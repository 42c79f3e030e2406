"""True/false items: a sentence of the source as it reads, or with one fact changed so that it is clearly false.

A sentence is judged only if it states a fact worth knowing: a date, a number, a numbered formula
(两个维护), a series, or in a statute what a body must or may do, send for approval or do in writing; a
general work sentence (加强民生科技研发应用) tests nothing. It starts where a sentence starts (never after ；,
never on 前款, 上述, 这…, which point at text the reader is not shown).
Only a date, a number or a numbered formula is changed, each for one of its own kind (2012年→2014年,
两个维护→两个确立, 240段→180段), or in a statute the one modal verb of a sentence (不得→可以, 可以→应当:
what the law forbids or allows is the first thing a law quiz asks), its 报…批准 made 报…备案 or the
reverse (an approval or only a record), its 书面 made 口头, or the body the sentence opens on for another
the statute gives duties (城市公共交通主管部门 → 公安机关交通管理部门: who does what; never the same department
under another name or at another level, nor a body the law says does the same). A term swap (财政→经费,
自然灾害→水旱灾害, 军民结合→平战结合, 必要条件→有利条件) so often leaves the statement true in reality, or breaks
its grammar (被宣告破产→被企业破产), that none is made. Never a phrase the sentence says twice, and never so
that the changed words stand in the source somewhere (then the statement could still be true).
"""

from __future__ import annotations

import math
import random
import re
from typing import Iterator, NamedTuple, Sequence

from ...analysis.excerpts import Excerpt
from ...analysis.normalize import analysis_form
from ...analysis.numerals import parse_number
from ...analysis.numerals import to_chinese as chinese_number
from ..askable import GENERIC_IDF, TOPIC_COUNT
from ..cloze import picks_up
from ..distractors import distractors
from ..model import JUDGE_CHOICES, QuizItem
from ..numerals import ceiling, counts_a_list, names_a_thing, round_the_clock, slot_bound, statute_limits, value_of
from ..phrases import FORMULA_FAMILIES, Candidate, latest_date, phrase_pools
from ..sources import HANDS_OVER, STOCK_ARTICLE, law_flags
from .common import item_source, leans_on_unseen, sentences, statement
from .statutes import Change, actors, other_step, spoken
from .statutes import opening_actor as _opening_actor
from .statutes import other_actors as _other_actors
from .statutes import turned_modal as _modal

NO_DATE = "9999-12-31"  # the latest date of a source that has none: no changed date is ruled out by it

SWAP_KINDS = ("date", "number", "formula", "series", "lexicon", "term")
FACT_KINDS = ("date", "number", "formula", "series")  # what makes a sentence worth judging
_QUANTITY = re.compile(r"(?<![第\d.,，点點亿萬万零〇○一二两三四五六七八九十百千])([零〇○一二三四五六七八九十百千]+|\d+)"
                       r"(?=个月|日|天|年|周岁|岁|小时|人|次|倍|名|户|%|％|个[\u4e00-\u9fff]|大|届|中全会)")
_ORDINAL_UNITS = ("大", "届", "中全会")  # 十九大, 十九届六中全会: a congress or plenum, changed by one or two
_DEFINES_NAME = re.compile(r"[（(]以下(?:简)?称")  # …企业代表组织（以下称企业代表组织）: a drafting note in a statement
_NOT_PROSE = re.compile(r"出版社|出版发行|本作品|版权|编者")  # a publication note, not a statement of the source
# A statute's sentence that only hands the matter to another rule (依照危险化学品安全管理条例执行; 依法追究刑事
# 责任; 制定…具体办法): nothing to know in it, true or false.
_REFERS_ONLY = re.compile(r"依照[^，。；]{1,40}(?:执行|处罚|处理)。?$|按(?:照)?[^，。；]{0,20}规定(?:办理|执行)。?$|依法追究刑事责任|具体(?:办法|编报办法|规定)|具体[^，。；]{1,6}办法[^，。；]{0,4}由|实施办法|实施的办法|实施细则"
                          r"|应当遵守[^，。；]{0,40}(?:法律|法规|规定)[^，。；]{0,6}。?$"  # …进出口，应当遵守有关…法律、行政法规的规定
                          r"|(?:应当|必须)遵守(?:[^，。；]{0,20}和)?本(?:法|条例|规定|办法|细则)。?$|参照本(?:法|条例|规定|办法|细则)执行。?$|实施本(?:法|条例|规定|办法|细则)。?$|^本(?:法|条例|规定|办法|细则)适用于|适用本(?:法|条例|规定|办法|细则)(?:的规定)?。?$"  # scope
                          # 根据各自职责, 在各自职责范围内, 按照职责分工…做好…工作: each body does its own part, nothing to know
                          r"|(?:根据|按照|依照|依据|在)各自(?:的)?职责|按照职责分工"
                          r"|(?:遵守|符合)[^，。；]{0,30}(?:有关|相关)[^，。；]{0,20}规定。?$"  # 必须遵守国家和省、市有关…规定
                          r"|(?:申请|提起)(?:行政)?复议或者?(?:依法)?(?:向人民法院)?(?:提起)?(?:行政)?诉讼。?$"  # every statute's remedy
                          r"|(?:适用|从|依照)其规定。?$")  # 法律、法规已有规定的，适用其规定: the rule is elsewhere
_QUALIFIED = re.compile(r"\s*[^。；]*(?:可以延长|予以延长|除外|另有规定)|\s*因[^，。；]{0,16}确需")  # 因教学、科研确需…
_NUMBERED = re.compile(r"^[一二三四五六七八九十两]+[个位]")  # 两个维护, 五位一体: a numbered formula
MAX_STATEMENT = 110  # characters: a statement longer than this is read, not judged
_WINDOW = 2  # characters of context either side of a swap that must not stand in the source
_TRUE, _FALSE = JUDGE_CHOICES


class Statement(NamedTuple):
    """A sentence worth judging and the phrases in it that can be swapped."""

    excerpt: int
    start: int
    end: int
    swaps: list[tuple[Candidate, tuple[int, int]]]  # spans in the excerpt's text
    law: bool = False  # a statute's: its one modal verb may be turned (不得 → 可以, 可以 → 应当)
    actors: tuple[str, ...] = ()  # a statute's: other bodies its rules give duties, for the one this sentence names


Found = tuple[tuple[int, int], QuizItem]  # an item and where it was found (excerpt number, position)


def judge_items(excerpts: Sequence[Excerpt], texts: Sequence[str], ranked: Sequence[Candidate],
                rng: random.Random) -> tuple[list[Found], Iterator[Found]]:
    """Candidate true items, and false items made as they are asked for, in the seed's order.

    A sentence gives one of each at most; the paper takes one item per sentence. False items are
    made lazily: finding a clear swap costs far more than quoting a sentence.
    """
    found = _varied(statements(texts, ranked, law_flags(excerpts)), rng)
    trues: list[Found] = []
    for st in found:
        where, common = _common(st, excerpts, texts)
        trues.append((where, QuizItem(id="", kind="judge", prompt=texts[st.excerpt][st.start:st.end],
                                      answers=[_TRUE], blanks=[], **common)))
    return trues, _falses(found, excerpts, texts, ranked, random.Random(rng.randrange(2**32)))


def _falses(found: list[Statement], excerpts: Sequence[Excerpt], texts: Sequence[str],
            ranked: Sequence[Candidate], rng: random.Random) -> Iterator[Found]:
    forms = [analysis_form(t) for t in texts]
    pools = phrase_pools(ranked)
    latest = latest_date(ranked, NO_DATE)
    used: set[str] = set()  # each false value once on the sheet
    for st in found:
        false = falsify(st, texts[st.excerpt], forms, pools, latest, rng, used=used)
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


def statements(texts: Sequence[str], ranked: Sequence[Candidate], laws: Sequence[bool] = ()) -> list[Statement]:
    """Sentences that read as statements and hold a key phrase that can be swapped, in source order;
    in a statute's text (``laws[i]``) also a sentence with one modal verb (what it obliges or forbids)."""
    phrases: dict[int, list[tuple[Candidate, tuple[int, int]]]] = {}
    for c in ranked:
        if c.kind in SWAP_KINDS and _key_phrase(c):
            for ti, spans in c.spans:
                phrases.setdefault(ti, []).extend((c, s) for s in spans)
    out = []
    bodies = actors(texts, laws)
    for ti, text in enumerate(texts):
        found = phrases.get(ti, [])
        for a, b in sentences(text, whole=True):
            if b - a > MAX_STATEMENT or not statement(text[a:b]) or leans_on_unseen(text[a:b]):
                continue
            if _NOT_PROSE.search(text[a:b]) or STOCK_ARTICLE.search(text, a, b) or _REFERS_ONLY.search(text[a:b]) \
                    or HANDS_OVER.search(text[a:b]) \
                    or _DEFINES_NAME.search(text, a, b):
                continue  # a publication note; a statute's repeal or enactment line, or one that only points elsewhere
            if picks_up(text, a):
                continue  # …作出决议。决议以不记名投票方式…: whose 决议, the statement does not say
            if text[b:].lstrip().startswith(("但是", "但")) or _QUALIFIED.match(text, b):
                continue  # 禁止进出口…。但是，…除外; 期限不得超过1年。…可以延长…: the rule without its exception or
                # extension, which the next sentence gives, is not what the law says
            inside = sorted(((c, s) for c, s in found if a <= s[0] and s[1] <= b), key=lambda x: x[1])
            law = ti < len(laws) and laws[ti]
            others = _other_actors(text[a:b], bodies) if law else ()
            if any(c.kind in FACT_KINDS for c, _ in inside) or any(_quantities(text[a:b])) or others \
                    or (law and any(find(text[a:b]) is not None for find in (_modal, other_step, spoken))):
                out.append(Statement(ti, a, b, inside, law, others))
    return out


_UNIT = re.compile(r"^(?:个月|周岁|小时|[日天年人名倍次元项条])(?=以上|以下|以内|之内)")
# A statute's number in what its rule is said of (…3次以上用于走私的运输工具，应当予以没收), before the rule
# itself; not in a penalty (处5万元以上罚款), whose bound is the rule.
_CONSEQUENCE = re.compile(r"，(?:应当|可以|由|予以|处|依法|不得|必须|责令|给予|没收)")
_PENALTY = re.compile(r"处|罚款|拘留|徒刑|罚金")


def _quantities(sentence: str) -> Iterator[tuple[int, int, int]]:
    """``(start, end, value)`` of each number with its unit a law or report states (三十日, 六个月, 二十人);
    not one or two (一人一票, 两年), not an ordinal (第三十条) and not a year (2024年)."""
    for m in _QUANTITY.finditer(sentence):
        run = m.group(1)
        if sentence.startswith(("年来", "年以来"), m.end(1)) or (m.start(1) and sentence[m.start(1) - 1] in "几数"):
            continue  # 五年来 (the span a paragraph looks back over), 几十年 (no number at all)
        value = int(run) if run.isdigit() else parse_number(run)
        if value is None or value <= 2 or (run.isdigit() and len(run) > 3):
            continue
        if sentence.startswith("年代", m.end(1)) or (m.start(1) and sentence[m.start(1) - 1] == "月") \
                or (m.start(1) and sentence[m.start(1) - 1] in "“‘「" and sentence.startswith("人", m.end(1))):
            continue  # 九十年代 (no 一百年代), 5月4日 (a day of a date: no 5月45日), “四人帮” (a name: no 六人帮)
        if not run.isdigit() and len(run) > 1 and not set(run) & set("十百千"):
            continue  # 二〇二〇年, written figure by figure: a year, not an amount
        if _listed_count(sentence[:m.start(1)]) == value or counts_a_list(sentence, m.start(1)) \
                or names_a_thing(sentence, m.start(1)):
            continue  # 优秀、称职、基本称职和不称职四个等次: the count of the list shown (八个 would contradict it)
        yield m.start(1), m.end(1), value


def _listed_count(before: str) -> int:
    """How many members the list just before a count names (优秀、称职、基本称职和不称职 → 4), 0 if none."""
    clause = re.split("[，。；：,;:]", before)[-1]
    members = [x for x in re.split("、|和|及|或者|以及|与", clause) if x]
    return len(members) if len(members) >= 2 else 0


_RANGE_AFTER = re.compile(r"[^\d一二两三四五六七八九十百千万，。；]{0,3}(?:至|到|－|-|~|～|未满|不满)((?:\d+(?:\.\d+)?)|[一二两三四五六七八九十百千万]+)")
_RANGE_BEFORE = re.compile(r"((?:\d+(?:\.\d+)?)|[一二两三四五六七八九十百千万]+)[^\d一二两三四五六七八九十百千万，。；]{0,3}(?:至|到|－|-|~|～|未满|不满)$")


def _range_around(sentence: str, a: int, b: int) -> tuple[float, float]:
    """The bounds a quantity at ``[a, b)`` must keep to stay a range: above the start it ends (三天至（五天）), below
    the end it starts (（三天）至五天); ``(-inf, inf)`` outside a range."""
    after, before = _RANGE_AFTER.match(sentence, b), _RANGE_BEFORE.search(sentence, 0, a)
    high = value_of(after.group(1)) if after else None
    low = value_of(before.group(1)) if before else None
    return (low if low is not None else float("-inf")), (high if high is not None else float("inf"))


def _other_quantity(run: str, value: int, rng: random.Random, ordinal: bool = False, age: bool = False,
                    unit: str = "") -> list[str]:
    """Other values for a stated quantity, written as it is (三十 → 十五, 六十; 30 → 15, 60; 十九大 → 十八大;
    an age two years off: 十六周岁 → 十四, 十八, never 三十二; a time limit another limit statutes set: 四十五日 →
    三十日, 六十日, never 六十七日), in the seed's order."""
    limits = statute_limits(unit)
    if ordinal:
        made = {value - 1, value + 1, value - 2}
    elif age:
        made = {value - 2, value + 2}
    elif value in limits:
        made = {v for v in sorted(limits, key=lambda v: abs(math.log(v / value)))[:4] if v != value}
    else:
        made = {value * 2, value + max(1, value // 2)}
        if value % 2 == 0:
            made.add(value // 2)
        if value > 10:
            made |= {value - 5, value + 5}
    made = {v for v in made if v > 2 and v != value}
    out = [str(v) if run.isdigit() else chinese_number(v) for v in sorted(made)]
    rng.shuffle(out)
    return out


def falsify(st: Statement, text: str, forms: Sequence[str], pools: dict[str, list[str]], latest: str,
             rng: random.Random, bans: bool = True, used: set[str] | None = None) -> str | None:
    """The sentence with one key phrase swapped for a same-kind one so that it is clearly false, or None.

    Without ``bans`` a ban is never lifted (任何单位和个人可以危害生物安全): beside true statements, as an
    option to pick, it is absurd; as a statement to judge 对 or 错 it is sound. ``used`` holds the false
    values already put on the sheet: none is put twice (1113万 in three options is a pattern to spot), and
    the one chosen is added."""
    used = set() if used is None else used
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
        a, b = a - st.start, b - st.start
        if cand.kind == "number" and st.law and _CONSEQUENCE.search(sentence, b) and not _PENALTY.search(sentence, 0, a):
            continue  # 二人以上共同实施…的，应当…: a threshold of a rule's condition, lowered by the loop below only
        if cand.kind == "number" and (round_the_clock(sentence, a, b) or counts_a_list(sentence, a)
                                      or names_a_thing(sentence, a)):
            continue  # 全天二十四小时: a day, not a limit; …、洛阳车辆段等9个大冢: the list shown is counted
        slot = (sentence[:a], sentence[b:])  # 超过50% made 超过30% would still be true: the slot bounds the change
        wrong = (distractors(phrase, cand.kind, pool, rng, avoid=sentence, k=3, series=series, latest=latest, slot=slot,
                             exclude=used)
                 or distractors(phrase, cand.kind, pool, rng, avoid=sentence, k=1, series=series, latest=latest,
                                slot=slot, exclude=used))
        for other in wrong or ():
            if not _same_shape(cand, phrase, other) or not _near(phrase, other):
                continue
            false = _unseen(sentence, a, b, other, forms)
            if false:
                used.add(analysis_form(other))
                return false
    modal = _modal(sentence) if st.law else None
    if modal is not None and not bans and sentence[modal[0]:modal[1]] == "不得":
        modal = None  # a ban lifted among true statements is absurd
    turned = _unseen(sentence, *modal, forms) if modal is not None else None
    if turned and rng.random() < 0.5:
        return turned  # as often as a changed number, where the sentence has both
    for a, b, value in _quantities(sentence):
        run = sentence[a:b]
        if round_the_clock(sentence, a, b + 2):
            continue  # 全天二十四小时: a day, not a limit
        if form.count(analysis_form(sentence[a:b + 2])) != 1 or sentence.count(sentence[a:b + 1]) > 1:
            continue  # 三十日 said twice: which one is changed is unclear, and the other shows it (…60日后…)
        bound = slot_bound(sentence[:a], _UNIT.sub("", sentence[b:], count=1))  # 五年以下: 以下 after the unit
        if st.law and _CONSEQUENCE.search(sentence, b) and not _PENALTY.search(sentence, 0, a):
            bound = -bound  # 2年内3次以上用于走私的…，应当予以没收: said of 6次以上 it still holds; 2次 is false
        age = sentence.startswith(("周岁", "岁"), b)
        low, high = _range_around(sentence, a, b)
        unit = re.match(r"个月|个工作日|工作日|小时|[日天年]", sentence[b:])
        cap = ceiling(sentence[:a], run + (unit.group() if unit else sentence[b:b + 1]))
        if cap is not None:
            high = min(high, cap + 0.5)  # 成活率不足85%: never 127%; 每日…按照八小时计算: never 三十六小时
        for other in _other_quantity(run, value, rng, sentence.startswith(_ORDINAL_UNITS, b), age,
                                     unit.group() if unit else ""):
            if bound and ((value_of(other) or 0) - value) * bound <= 0:
                continue  # 不足五年 made 不足三年 is still true
            if not low < (value_of(other) or 0) < high:
                continue  # 3天至5天 made 6天至5天 is no range: false without the law
            if analysis_form(other) in used:
                continue
            false = _unseen(sentence, a, b, other, forms)
            if false:
                used.add(analysis_form(other))
                return false
    if turned or not st.law:
        return turned or _actor_swapped(st, sentence, forms, rng)
    return _approval_swapped(sentence, forms) or _spoken(sentence, forms) or _actor_swapped(st, sentence, forms, rng)


def _changed(sentence: str, change: Change | None, forms: Sequence[str]) -> str | None:
    """The sentence with ``change`` (:mod:`.statutes`) made, unless the changed words stand in the source."""
    return None if change is None else _unseen(sentence, *change, forms)


def _approval_swapped(sentence: str, forms: Sequence[str]) -> str | None:
    """The sentence with its 批准 made 备案 or its 备案 made 批准 (报省人民政府批准 → 报省人民政府备案), unless the
    source says the other of that body too."""
    return _changed(sentence, other_step(sentence), forms)


def _spoken(sentence: str, forms: Sequence[str]) -> str | None:
    """The sentence with what it wants in writing made spoken (书面通知 → 口头通知), unless the source says that too."""
    return _changed(sentence, spoken(sentence), forms)


def _actor_swapped(st: Statement, sentence: str, forms: Sequence[str], rng: random.Random) -> str | None:
    """The statute's sentence with another of its bodies put for the one it opens on (县级以上地方人民政府
    生态环境主管部门 for its 水行政主管部门), so that it gives a duty to the wrong body, or None: never a body that
    the law says does the same (the body and the words after it stand in the source)."""
    m = _opening_actor(sentence)
    if not m or not st.actors:
        return None
    act = analysis_form(sentence[m.end(1):m.end(1) + _ACT_WORDS])
    for other in rng.sample(st.actors, len(st.actors)):
        if any(analysis_form(other) + act in f for f in forms):
            continue  # 生态环境主管部门应当统筹… stands in the law too: as true of the other body
        false = _unseen(sentence, m.start(1), m.end(1), other, forms)
        if false:
            return false
    return None


_ACT_WORDS = 6  # characters after a body that, said of another body in the source, make the swap no falsehood


def _unseen(sentence: str, a: int, b: int, other: str, forms: Sequence[str]) -> str | None:
    """The sentence with ``other`` put for ``sentence[a:b]``, unless the changed words stand in the
    source (then the statement may well be true somewhere) or the change shows itself: figures of
    another width (4．７亿 → 4．７ with a half-width 4), a range run backwards (从1985年到1984年)."""
    if _WIDE.search(sentence[a:b]):
        other = other.translate(_TO_WIDE)  # as the source writes its figures
    false = sentence[:a] + other + sentence[b:]
    if analysis_form(other) in analysis_form(sentence):
        return None  # 十六大 → 十七大 beside 十七大: the same word twice reads as a misprint, not a claim
    if any(int(x) >= int(y) for x, y in _YEAR_RANGE.findall(analysis_form(false))):
        return None
    window = analysis_form(false[max(0, a - _WINDOW):a + len(other) + _WINDOW])
    return None if any(window in f for f in forms) else false


_WIDE = re.compile("[０-９]")
_TO_WIDE = str.maketrans("0123456789.%", "０１２３４５６７８９．％")
_YEAR_RANGE = re.compile(r"(?:从|由)?(\d{4})年?[^，。；\d]{0,12}?(?:到|至|—|－|-|~)(\d{4})年")


def _near(phrase: str, other: str) -> bool:
    """A changed amount in the same range (28.5万亿元 → 30万亿元, never 1170万亿元: absurd, not false)."""
    x, y = re.match(r"[\d.]+", phrase), re.match(r"[\d.]+", other)
    if not (x and y):
        return True
    try:
        p, o = float(x.group()), float(y.group())
    except ValueError:
        return True
    return p <= 0 or 0.2 <= o / p <= 5


def _could_swap(kind: str, phrase: str, other: str) -> bool:
    """A cheap first sieve of the pool (the full check is :func:`_same_shape`): as long, the same ending."""
    if kind in ("date", "number"):
        return True
    ending = 1 if len(phrase) <= 3 else 2
    return len(other) == len(phrase) and other[-ending:] == phrase[-ending:]


def _key_phrase(c: Candidate) -> bool:
    """Worth changing: anything structured, a term only if specific (not 工作, not the source's own subject)."""
    return c.kind != "term" or c.multiword or (c.idf >= GENERIC_IDF and c.count <= TOPIC_COUNT)


def _same_shape(cand: Candidate, phrase: str, wrong: str) -> bool:
    """A date, a number, or a numbered formula for another of its family (两个维护→两个确立).

    Nothing else: 劳模精神→劳动精神 or 军民结合→平战结合 may well be true too, and 财政→经费 is a
    near synonym.
    """
    if cand.kind in ("date", "number"):
        return True
    a, b = analysis_form(phrase), analysis_form(wrong)
    return bool(_NUMBERED.match(a) and _NUMBERED.match(b)
                and any(a in fam and b in fam for fam in FORMULA_FAMILIES))
