"""Making a quiz: choose key phrases spread over the source, blank them, add options."""

from __future__ import annotations

import bisect
import datetime
import functools
import logging
import math
import os
import random
import re
import unicodedata
from collections import Counter
from dataclasses import replace
from typing import Callable, Mapping, NamedTuple, Sequence

from ..analysis.excerpts import Excerpt
from ..analysis.normalize import analysis_form, in_script_of
from ..analysis.segment import Segmenter
from ..errors import QuizError
from .askable import askable
from .cloze import Cloze, make_cloze
from .distractors import congress_year, distractors, formula_family
from .frames import Frames, aside, base_of_comparison, long_list
from .matching import accepted_forms
from .model import ITEM_KINDS, Quiz, QuizItem, instructions_for
from .numerals import counts_a_list, names_a_thing, round_the_clock, summed
from .phrases import Candidate, default_segmenter, latest_date, number_blank, phrase_pools, rank_candidates
from .priority import Twins, ask_weight
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
from .tables import pos_tags
from .terms import NO_TERM_OPENING, shares_head
from .terms import inside_term as _inside_term
from .terms import known_terms as _known_terms
from .told import told

log = logging.getLogger(__name__)
JITTER = 4.0  # how far (in ranks) the seed may move a phrase: variety without losing the best
POOL_FACTOR = 4  # drafts kept per item asked: room for section spread, sheet rules and choice items
# Weight of a three-character term among the candidates of a quiz: on the statute samples 48 of 77 such
# fill-ins passed (控告人, 申请表, 办公室: a word of the sentence, or one of many that fit), against 160 of
# 210 four-character terms and 37 of 41 longer ones. They come after the longer terms.
SHORT_WORD = 0.6
RANK_LIMIT = 3000  # candidates ranked: enough for drafts and for the distractor pools


class _Draft(NamedTuple):
    rank: int
    cand: Candidate
    excerpt: int
    spans: list[tuple[int, int]]
    cloze: Cloze


class _Source(NamedTuple):
    """What an item says about where it comes from: its document's title, how a prompt names it,
    and the law article (第八条) the excerpt belongs to."""

    title: str
    name: str
    law: bool
    article: str
    noted: bool = False  # a passage of a book with its source note: its 今年 is the note's year, unprinted


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
    drafts = _drafts(ranked, texts, sources, seg, rng, POOL_FACTOR * n)
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


def _sources(excerpts: list[Excerpt]) -> list[_Source]:
    by_doc: dict[str, list[Excerpt]] = {}
    for e in excerpts:
        by_doc.setdefault(e.doc, []).append(e)
    info = {}
    for doc, group in by_doc.items():
        title = document_title(group)
        info[doc] = (title, short_name(group, title), is_law(group))
    return [_Source(*info[e.doc], article if info[e.doc][2] else "", bool(e.note))
            for e, article in zip(excerpts, articles(excerpts))]


def _skipped(text: str) -> bool:
    """Whether nothing is asked from a paragraph: a licence footer, front matter, a provision marked deleted, an
    area's bounds traced place by place."""
    return boilerplate(text) or front_matter(text) or deleted(text) or bounds_described(text)


def _quizzable(text: str, src: _Source) -> str:
    """The text to quiz, or "" if nothing in it may be asked; a law's article number is blanked
    out with spaces (offsets kept) and said in the prompt's lead instead: 第八条规定：…"""
    if _skipped(text) or (src.law and STOCK_ARTICLE.search(text)):
        return ""
    text = _MIDDLE_DOT_DECIMAL.sub(".", text)  # 4·3％ in older reports is 4.3％ (same length: offsets kept)
    m = ARTICLE.match(text) if src.law else None
    return " " * m.end() + text[m.end():] if m else text


# A middle dot between figures before a percent sign or a magnitude is a decimal point (not 5·12 as a date).
_MIDDLE_DOT_DECIMAL = re.compile(r"(?<=[0-9０-９])[·・](?=[0-9０-９]+(?:[%％倍]|万|亿))")


def _prefix(src: _Source) -> str:
    """The source named in front of a prompt: 党的二十大报告指出：, 《中华人民共和国工会法》第八条规定："""
    if src.law and src.name:
        return f"{src.name}{src.article}规定：" if src.article else f"根据{src.name}，"
    return f"{src.name}指出：" if src.name else ""


_BOILERPLATE = re.compile(
    r"本作品|版权失效|著作权法|维基文库|Wikisource|指导案例第|本模板|公有领域|许可协议|知识共享|Creative Commons|GFDL", re.I)
_URL = re.compile(r"(?:https?://|www\.)\S+", re.I)


def boilerplate(text: str) -> bool:
    """Licence, copyright or link text (Wikisource's footer), not the document's own words."""
    hits = len(_BOILERPLATE.findall(text))
    links = sum(len(m) for m in _URL.findall(text))
    return hits >= 2 or (hits == 1 and len(text) < 60) or links * 3 > len(text.strip())


_LIST_GOES_ON = ("等", "和", "及", "与", "以及", "、")
def _as_excerpt(e: Excerpt | str, i: int) -> Excerpt:
    if isinstance(e, Excerpt):
        return e
    return Excerpt(id=f"text#{i + 1}", doc="text", section="", paragraph=i + 1, start=0, end=len(e), text=str(e))


def _drafts(ranked: list[Candidate], texts: list[str], sources: list[_Source], seg: Segmenter,
            rng: random.Random, limit: int) -> list[_Draft]:
    """One answerable occurrence of each of the best phrases, picked by the seed.

    A blank starts and ends where the segmenter (with the lexicon) puts word boundaries, so it
    never cuts a word (中华＿＿ for 中华全国总工会); a number is blanked with its unit (8个专题 → ＿＿专题).
    """
    out: list[_Draft] = []
    bounds: dict[int, frozenset[int]] = {}
    words: dict[int, list[int]] = {}
    known = _known_terms(ranked)
    frames = Frames(texts, [s.title for s in sources])
    for rank, cand in enumerate(ranked):
        viable = []
        for ti, spans in cand.spans:
            if cand.kind == "number" and len(spans) == 1 and not cand.key.endswith("大"):
                a, b = spans[0]
                spans = [(a, a + number_blank(texts[ti][a:b]))]
                if texts[ti].startswith(("来", "以来"), spans[0][1]):
                    continue  # （五年）来，…: the span a paragraph looks back over, not a figure to ask
                if summed(texts[ti], *spans[0]) or texts[ti][a - 1:a] == "跨" or _JOINT.match(texts[ti], a):
                    continue  # 法官三人与人民陪审员四人组成（七人）合议庭, 跨（两个）县, （2个）以上当事人共同: told
                if _SEVERAL.match(texts[ti], a) or round_the_clock(texts[ti], a, spans[0][1]):
                    continue  # （2个）以上抵押权: several; 保持（二十四小时）值守: round the clock; no figure to ask
                if counts_a_list(texts[ti], a) or names_a_thing(texts[ti], a):
                    continue  # 杨冢村南、…、洛阳车辆段等（9个）大冢: the list shown is counted; （二次）爆炸: a term
            if cand.kind == "series" and texts[ti].startswith(_LIST_GOES_ON, max(b for _, b in spans)):
                continue  # …、权力运行制约和监督体系, …等违法行为: the list goes on, the blanks do not settle it
            if cand.kind == "series" and _echoed(texts[ti], cand.members, spans):
                continue  # 不得办理供电、供水、供气等手续；…不得提供施工（用电、用水、用气）: the series shown says it
            if cand.kind == "series" and texts[ti].startswith("的", max(b for _, b in spans)) \
                    and "v" in (pos_tags().get(cand.members[-1]), pos_tags().get(cand.members[-1][-2:])):
                continue  # 性质、规模、地点、采用的生产工艺: the last "member" is a verb of the next noun
            if ti not in bounds:
                bounds[ti] = _bounds(texts[ti], seg)
            if not all(a in bounds[ti] and b in bounds[ti] for a, b in spans):
                continue
            if ti not in words:
                words[ti] = sorted(bounds[ti])
            if cand.kind == "series" and _first_cut(texts[ti], spans[0][0], words[ti]):
                continue  # 国民经济和（社会发展规划）、…; 常委会工作（委员会主任）、…: the first member is cut from a name
            plain = cand.kind in ("term", "lexicon")
            if any(NO_TERM_OPENING.match(texts[ti], a, b) for a, b in spans):
                continue  # （可以委托船舶代理）、…; 依照（本法规定重新选定或者指定）: a modal or a joint opens no term
            if plain and len(spans) == 1 and shares_head(texts[ti], bounds[ti], *spans[0]):
                continue  # 向市、（县公安局）; 遵守（联合国宪章宗旨）和原则; 省、自治区、（直辖市公务员主管部门）: the blank holds
                # what a neighbour shares
            if any(_inside_term(texts[ti], words[ti], a, b, known, plain and cand.count < 3, plain) for a, b in spans):
                continue  # 国土＿＿＿＿ for 国土空间规划: the blank would hide half of a term
            if plain and len(spans) == 1 and texts[ti].startswith(("、", "和"), spans[0][1]) \
                    and spans[0][1] - 1 in bounds[ti] and spans[0][1] - spans[0][0] > 2:
                continue  # （所在地）省、自治区、直辖市: a lone last character opens the list after the blank
            if plain and any(frames.always_with(ti, a, b, words[ti]) for a, b in spans):
                continue  # 办学＿＿＿ (自主权): the source never says it without 办学, so 办学自主权 is the term
            if cand.kind == "title" and cand.key.endswith(_STOCK_LAWS):
                continue  # 依照《（治安管理处罚法）》予以处罚: the law every statute's penalty clause names
            if cand.kind == "title" and any(_REFERRED.match(texts[ti], b) for _, b in spans):
                continue  # 依照《（安全生产法）》的有关规定予以处罚; 《（…管理条例）》已规定的，从其规定: a referral
            if len(spans) == 1 and _SHORT_NAME_NOTE.search(texts[ti], max(0, spans[0][0] - 6), spans[0][0]):
                continue  # (以下简称“（地市考委）”): the short name a law defines, a drafting convention
            if plain and len(spans) == 1 and cand.key in _REMEDIES \
                    and "不服" in texts[ti][max(0, spans[0][0] - 40):spans[0][0]]:
                continue  # …不服的，可以依法申请（行政复议）: every statute's remedy clause
            if plain and len(spans) == 1 and cand.key in _REGIONS \
                    and any(r in texts[ti][max(0, spans[0][0] - 12):spans[0][1] + 12] for r in _REGIONS - {cand.key}):
                continue  # 外国车船和（香港特别行政区）、澳门特别行政区、台湾地区: the stock trio
            if plain and len(spans) == 1 and (texts[ti][spans[0][0] - 1:spans[0][0]] == "等"
                                              or _STOCK_PENALTY.match(texts[ti], spans[0][1])
                                              or _HANDED_OVER.search(texts[ti], 0, spans[0][0])
                                              and texts[ti].startswith(("处理", "依法处理"), spans[0][1])):
                continue  # 广播、电视、报刊等（新闻媒体）: the list names its kind; （构成犯罪）的，依法追究刑事责任,
                # 由（司法机关）依法追究刑事责任 and 移送（司法机关）处理: stock
            if plain and len(spans) == 1 and _LEVELS.match(cand.key) \
                    and "、" in texts[ti][max(0, spans[0][0] - 1):spans[0][1] + 1]:
                continue  # 县、不设区的市、（市辖区）; （省辖市）、县（市、区）: a level in the stock list of levels
            if plain and len(spans) == 1 and texts[ti].startswith(_AND_ITS_STANDING_COMMITTEE, spans[0][1]):
                continue  # （人民代表大会）或者其常务委员会: the body the committee is of
            if plain and len(spans) == 1 and cand.key.endswith("代理人") and _ITS.search(texts[ti], 0, spans[0][0]):
                continue  # 货主或其（代理人）: whoever acts may act through an agent, every statute says it
            if plain and len(spans) == 1 and aside(texts[ti], *spans[0]):
                continue  # 省军区（＿＿＿、警备区）: a parenthesis names what else counts, it is not the point
            if cand.kind in ("term", "lexicon", "quoted") and len(spans) == 1 and long_list(texts[ti], *spans[0]):
                continue  # 工业、电信、交通、金融、（　　）、卫生健康…: any sector fits; the list is read, not asked
            if cand.kind == "date" and len(spans) == 1 and base_of_comparison(texts[ti], *spans[0]):
                continue  # 比（2003年）增长…: the year a figure is measured against, not a date to remember
            if len(spans) == 1 and frames.ambiguous(cand.kind, ti, *spans[0]):
                continue  # 可以延长（　　）, said of three time limits in the law: the prompt does not settle which
            if plain and len(spans) == 1 and frames.said_of_another(ti, *spans[0]):
                continue  # （加入书）由外交部长签署, said of 接受书 in the next article too: two answers fit
            cloze = make_cloze(texts[ti], spans, _prefix(sources[ti]))
            if cloze is not None and sources[ti].noted and _RELATIVE_TIME.search(cloze.prompt):
                continue  # 《…摘编》指出：今年预期目标设定为（　　）以上: which year, the book does not print
            if cloze is not None and plain and len(spans) == 1 and open_list(cloze.prompt, *cloze.blanks[0]):
                continue  # 捐赠、资助、（志愿服务）等方式: any such thing fits the blank
            if cloze is not None and plain and _HANDS_OVER.search(cloze.sentence):
                continue  # （财务制度）和会计制度按照国家有关规定执行; 可以制定小电网管理办法: the rule is elsewhere
            if cloze is not None and not told(cand.kind, cloze, sources[ti].title):
                viable.append((ti, spans, cloze))
        whole = [v for v in viable if not v[2].cut]  # a whole sentence if the phrase has one
        # 违法所得（　　）以上的……: a statute's clause cut off from what it says is no prompt
        pick = whole or [v for v in viable if not sources[v[0]].law]
        if pick:
            ti, spans, cloze = pick[rng.randrange(len(pick))]
            out.append(_Draft(rank, cand, ti, spans, cloze))
        if len(out) >= limit:
            break
    return out


def _first_cut(text: str, a: int, bounds: list[int]) -> bool:
    """Whether a series' first member, starting at ``a``, is cut from a longer name: said after 和 (国民经济和
    社会发展规划) or glued to a noun before it (常委会工作委员会主任), the series' other members set its length."""
    if a >= 2 and text[a - 1] in "和与及" and "\u4e00" <= text[a - 2] <= "\u9fff":
        return True
    i = bisect.bisect_left(bounds, a)
    left = text[bounds[i - 1]:a] if i > 0 else ""
    # a body's name goes on before its kind (工作委员会); 工会普惠性、常态性…服务 is the union's, no name cut
    return len(left) >= 2 and pos_tags().get(left, "x") in ("n", "nz", "vn", "j") and text.startswith(_BODY_KINDS, a)


_BODY_KINDS = ("委员会", "办公室", "办公厅", "部门", "机关", "中心", "协会", "研究室", "研究院", "管理局", "管理处")


def _echoed(text: str, members: Sequence[str], spans: Sequence[tuple[int, int]]) -> bool:
    """Whether ``text`` says, outside ``spans``, another series whose members end as these do, one by one
    (供电、供水、供气 beside 用电、用水、用气): a reader copies the endings instead of knowing the series."""
    if len(members) < 2 or any(len(m) < 2 for m in members) or len({m[-1] for m in members}) < len(members):
        return False  # 坚定者、奋进者、搏击者 beside 犹豫者、懈怠者、畏难者: a shared suffix tells no member
    pattern = "、".join(f"[\u4e00-\u9fff]{{{len(m) - 1}}}{re.escape(m[-1])}" for m in members)
    stem = os.path.commonprefix(list(members))  # 本乡、本村、本组 beside 乡、村、组: the members without their 本
    if stem and all(len(m) > len(stem) for m in members):
        pattern += "|" + "、".join(re.escape(m[len(stem):]) for m in members)
    return any(not any(a < m.end() and m.start() < b for a, b in spans) for m in re.finditer(pattern, text))


_AND_ITS_STANDING_COMMITTEE = ("或者其常务委员会", "及其常务委员会", "和其常务委员会")
_ITS = re.compile(r"(?:或者?|及|和)其(?:委托的)?$")
_SHORT_NAME_NOTE = re.compile(r"以下(?:简)?称[“\"]?$")  # (以下简称“（地市考委）”)
_REMEDIES = frozenset({"行政复议", "行政诉讼", "复议", "诉讼"})
_REGIONS = frozenset({"香港特别行政区", "澳门特别行政区", "台湾地区", "香港", "澳门", "台湾"})
_REFERRED = re.compile(r"》(?:的有关规定|的规定|有关规定|规定)?(?:予以|给予|进行)?(?:处罚|处理|执行|办理)|》[^，。；]{0,8}的，从其规定"
                       r"|》等[^，。；]{0,12}规定执行")
_JOINT = re.compile(r"[2２二两](?:个|名|人|家)?以上[^，。；]{0,12}共同")  # 共同 is said of two at least
_SEVERAL = re.compile(r"[2２二两](?:个|项|种|家|件|宗|处|艘|辆)以上")  # 2个以上: more than one, not a threshold


# A book's passage saying 今年/去年: the book does not print which year (the note does, unseen).
_RELATIVE_TIME = re.compile("今年|去年|明年|上年|本年|五年来|过去五年|过去一年")
_HANDED_OVER = re.compile(r"移送(?:有关)?$")  # 移送（司法机关）处理: the stock hand-over of a suspected crime
# The levels a statute lists in one breath (县、不设区的市、市辖区): none is a point to ask
_LEVELS = re.compile(r"(?:市辖区|不设区的市|设区的市|省辖市|县级市|自治县|自治州|自治旗|民族乡)(?:人民政府)?$")
# What follows a condition blanked in a stock penalty clause (（构成犯罪）的，依法追究刑事责任).
_STOCK_PENALTY = re.compile(r"的，[^。；]{0,20}追究刑事责任|(?:依法)?追究[^。；]{0,4}责任|或者(?:依法)?(?:向人民法院)?提起行政诉讼")
# A sentence that hands its matter to other rules (…按照国家有关规定执行。) or lets someone make them (…可以制定…办法。):
# what is to be known stands elsewhere, so the words around it are no question.
_HANDS_OVER = re.compile(r"(?:按照|依照)[^，。；]{1,40}(?:规定)?执行。?$|制定[^，。；]{0,20}(?:办法|细则)。?$"
                         r"|另行(?:下达|制定|规定|发布)。?$")  # 具体管理办法由国家税务总局另行下达
_STOCK_LAWS = ("治安管理处罚法", "治安管理处罚条例", "刑法", "税收征收管理法")  # named by the penalty (or every tax law's) clause


def _bounds(text: str, seg: Segmenter) -> frozenset[int]:
    """Where words start and end in ``text`` (whitespace and punctuation bound words too)."""
    out = {0, len(text)}
    for t in seg.tokenize(text):
        out.update((t.start, t.end))
    return frozenset(out)


def _choose(drafts, excerpts, sources, texts, pools, n, kind, rng) -> list[tuple[_Draft, QuizItem]]:
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
    chosen: list[tuple[_Draft, QuizItem]] = []
    per_section: Counter[str] = Counter()
    sentences: set[tuple[int, str]] = set()
    used: set[str] = set()  # answers and options on the sheet, analysis form
    for strict in (True, False):
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
            used |= {analysis_form(x) for x in (*item.answers, *item.choices)}
            chosen.append((d, item))
            per_section[section] += 1
            sentences.add((d.excerpt, d.cloze.sentence))
    return chosen


def _item(d: _Draft, excerpt: Excerpt, src: _Source, text: str, pools, want_choice: bool, rng,
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
        full = "中华人民共和国" + cloze.answers[0]  # 《（证券投资基金法）》: its full name is as right
        accept = [[*(accept[0] if accept else []), full]]
    return QuizItem(id="", kind="cloze", prompt=cloze.prompt, answers=cloze.answers, blanks=cloze.blanks,
                    accept=accept, hint=_hint(cloze, src), **common)


_SHORT_LAW = re.compile(r"(?!中华人民共和国)[\u4e00-\u9fff]{2,16}(?<!办)法")


def _hint(cloze: Cloze, src: _Source) -> str:
    """The source sentence for the answer key (a law's with its article: 第八条 …), not the paragraph."""
    return f"{src.article} {cloze.sentence}" if src.article else cloze.sentence


def _choice(d: _Draft, text: str, src: _Source, pools, rng, used: set[str]) -> tuple[Cloze, list[str]] | None:
    """A one-blank version of the draft and its four shuffled options, or None.

    A term (监督管理, 集体主义, 学术交流) gets options only as a member of a known family (四个自信,
    劳模精神): other options of its kind, however strictly tested (:mod:`.distractors`, :mod:`.meaning`),
    were too often right as well or plainly of another kind. On the statute samples 24 of 56 such
    items passed, against 53 of 57 numbers and dates. It is asked as a fill-in instead.
    """
    cloze = d.cloze
    if len(d.spans) > 1:  # a series: ask one of its members, the others stay as context
        span = d.spans[rng.randrange(len(d.spans))]
        cloze = make_cloze(text, [span], _prefix(src))
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


_CLAUSE_MARK = re.compile(r"[，,。；;：:！？]")


def open_list(prompt: str, a: int, b: int) -> bool:
    """Whether ``prompt[a:b]`` is a member of a list that goes on (…、（　　）、…等): then the
    source's member is one of many right ones, and options of its kind may be right as well."""
    before = _CLAUSE_MARK.split(prompt[:a])[-1]
    after = _CLAUSE_MARK.split(prompt[b:])[0]
    listed = before.endswith(("、", "和", "及", "与")) or after.startswith(("、", "和", "及", "与", "等"))
    return listed and "等" in after


def _title(excerpts: list[Excerpt], sources: list[_Source]) -> str:
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
                      names=[_prefix(src) for src in sources], titles=[src.title for src in sources],
                      articles=[src.article for src in sources])
