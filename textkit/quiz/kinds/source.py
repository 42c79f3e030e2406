"""Where-from items: “……”这段论述出自： with the passage's occasion and date, or its document, among others of the kind.

A passage's answer is its source note (2013年4月28日在同全国劳动模范代表座谈时的讲话) when the book
gives one, else its document's title. The options are other answers of the same kind in the
corpus: other notes of the book, other documents' titles. A book with few notes is helped out with
the same occasion in other years; titles are never made up. The passage is a sentence or two of
the excerpt, the one with its best key phrase, and never one that names its own source (its year,
its congress, words of its title), nor one that states a year (从现在到二○二○年 rules out every
report after 2020), nor one that points at text not shown (前款, 本法). Titles of the same law in
another version are one option at most, and the titles closest in date to the answer come first.
"""

from __future__ import annotations

import datetime
import random
import re
from typing import Collection, Sequence

from ...analysis.excerpts import Excerpt
from ...analysis.normalize import analysis_form, to_simplified
from ..model import QuizItem
from ..phrases import Candidate
from .common import han_count, item_source, leans_on_unseen, sentences, statement

OPTIONS = 4
MAX_PASSAGE = 90  # characters: a sentence or two
MIN_PASSAGE = 24
PROMPT = "“{}”这段论述出自："
_YEAR = re.compile(r"(1[89]\d\d|20\d\d)年")
_CONGRESS = re.compile(r"[一二三四五六七八九十]{1,3}大|第[一二三四五六七八九十]{1,3}次")
_SHIFTS = (-3, -2, -1, 1, 2, 3)
_LATEST = datetime.date.today().year - 1  # no occasion is made up in a year that has not had its March
# A year in the passage, in figures or in Chinese numerals (二○二○年, 二〇三五年): it dates the passage.
_ANY_YEAR = re.compile(r"(?:1[89]|20)\d\d年|[一二][○〇零一二三四五六七八九]{3}年")
_DATED = re.compile(r"^(.*?)[（(](\d{4})-\d\d-\d\d[）)]$")  # 劳动法(2018-12-29)
_OWN_LAW = re.compile(r"本法|本条|本章|本办法|本规定|本条例")
# What every law says in its penalty chapter: no one law is where it comes from
_EVERY_LAW = re.compile(r"追究刑事责任|给予处分|治安管理处罚|依法承担民事责任")


def answer_of(excerpt: Excerpt) -> tuple[str, str]:
    """``(kind, answer)``: ``("note", 2013年…的讲话)`` or ``("title", the document's title)``."""
    note = excerpt.note.strip().strip("（）()").strip()
    if note:
        return "note", note
    title = str(excerpt.meta.get("title") or "").strip() if excerpt.meta else ""
    return "title", title or excerpt.doc


def shortfall(everything: Sequence[Excerpt]) -> str:
    """Why the corpus gives no source items, in words ("" if it can give some)."""
    kinds: dict[str, set[str]] = {}
    for e in everything:
        kind, answer = answer_of(e)
        kinds.setdefault(kind, set()).add(analysis_form(answer))
    if len(kinds.get("note", ())) >= 2 or len(kinds.get("title", ())) >= OPTIONS:
        return ""
    return (f"the sources name {len(kinds.get('title', ()))} document(s) and {len(kinds.get('note', ()))} source "
            f"note(s); a source item needs at least {OPTIONS} documents or 2 notes to choose from")


MIN_NOTED = 24  # Chinese characters: a passage asked by its occasion says enough to be that occasion's only


def source_items(part: Sequence[Excerpt], texts: Sequence[str], ranked: Sequence[Candidate],
                 everything: Sequence[Excerpt], rng: random.Random,
                 want: int = 0) -> list[tuple[tuple[int, int], QuizItem]]:
    """Candidate source items from ``part`` (options from ``everything``), one source's first, in the seed's order.

    The answers of the first ``want`` sources to be asked are kept out of the other items' options,
    and no option is offered twice: a sheet never shows one item's answer among another's options.
    """
    answers: dict[str, list[str]] = {}
    said: dict[str, list[str]] = {}  # each source's text, to tell a passage only it says
    for e in everything:
        kind, answer = answer_of(e)
        if answer not in answers.setdefault(kind, []):
            answers[kind].append(answer)
        said.setdefault(analysis_form(answer), []).append(analysis_form(e.text))
    joined = {a: "\n".join(t) for a, t in said.items()}
    best = _phrase_rank(ranked)
    order = list(range(len(part)))
    rng.shuffle(order)
    found = []  # passages that read alone, do not name their source and stand in no other source
    for i in order:
        span = _passage(texts[i], best.get(i, {}))
        if span is None:
            continue
        passage = texts[i][span[0]:span[1]]
        kind, answer = answer_of(part[i])
        mine = analysis_form(answer)
        if names_source(passage, answer, [answer]):
            continue
        if part[i].note and han_count(passage) < MIN_NOTED:
            continue  # 粮食产量保持在1.3万亿斤以上: a short line the other years' reports say as well
        form = analysis_form(passage).rstrip("。！？!?")
        if any(form in text for a, text in joined.items() if a != mine):
            continue  # 构成犯罪的，依法追究刑事责任: many laws say it, so no one source is right
        if kind == "title" and not _marked(passage, span, best.get(i, {}), texts[i], mine, joined):
            continue  # 推动优势科技力量参与企业技术改造: any report of those years could say it
        found.append((i, span, passage, kind, answer, mine))
        if want and len(found) >= 30 * want:
            break  # enough to choose from: the paper takes the first that give nothing away
    reserved = list(dict.fromkeys(mine for *_, mine in found))[:want]
    firsts, repeats, seen = [], [], set()
    used: set[str] = set()  # options of the items made so far: a sheet never offers one twice
    offered: set[str] = set()  # their wrong options
    # Each source's first passage takes options no other source's first passage offers; a second
    # passage of one source takes others again (it is asked only if the first is not).
    per_source: dict[str, list[str] | None] = {}
    first: dict[str, tuple] = {}
    for i, span, passage, kind, answer, mine in found:
        if mine in offered:
            continue  # a wrong option of an item before: both cannot stand on one sheet
        if mine not in per_source:
            per_source[mine] = _options(kind, answer, answers.get(kind, []), rng,
                                        used | {r for r in reserved if r != mine})
            used |= {analysis_form(o) for o in per_source[mine] or ()}
            offered |= {analysis_form(o) for o in per_source[mine] or ()} - {mine}
        options = per_source[mine] if (i, span) == first.setdefault(mine, (i, span)) else \
            _options(kind, answer, answers.get(kind, []), rng, used | {r for r in reserved if r != mine})
        if options is None or any(names_source(passage, o, options) for o in options):
            continue
        if kind == "title" and _cued(passage, answer, options):
            continue
        quoted = passage.replace("“", "‘").replace("”", "’")  # quotes inside a quotation are single
        item = QuizItem(id="", kind="source", prompt=PROMPT.format(quoted), answers=[answer], blanks=[],
                        choices=options, source=item_source(part[i]), section=part[i].section, hint=part[i].text)
        (repeats if answer in seen else firsts).append(((i, span[0]), item))
        seen.add(answer)
    return firsts + repeats


def _options(kind: str, answer: str, known: Sequence[str], rng: random.Random,
             used: Collection[str] = ()) -> list[str] | None:
    """The answer and three others of its kind, shuffled; None if the corpus has too few.

    Options not ``used`` by another item yet come first (made-up years of a note before a reused
    one): a distractor offered twice on a sheet, or another item's answer, gives itself away.
    """
    others = [a for a in known if analysis_form(a) != analysis_form(answer)]
    if kind == "title":
        # Titles like the answer's first: the same script, a similar length (廣州共產黨報告 is no option
        # for a title of 2022, nor a two-line title for a short one).
        script = to_simplified(answer) == answer
        others = [a for a in others if (to_simplified(a) == a) == script] or others
        stem = _stem(answer)
        others = [a for a in others if _stem(a) != stem]  # 未成年人保护法 of 2020 beside that of 2024: one law
        # a law among laws, a report among reports: 反电信网络诈骗法 is no option for a passage on 两个确立
        others = [a for a in others if _is_law(a) == _is_law(answer)]
        rng.shuffle(others)
        year = _year(answer)
        others.sort(key=lambda a: (abs(len(a) - len(answer)) // 8,
                                   abs(_year(a) - year) // 4 if year and _year(a) else 9))
        unique: dict[str, str] = {}
        for a in others:
            unique.setdefault(_stem(a), a)
        others = list(unique.values())
    if not others:
        return None
    if kind == "note":
        rng.shuffle(others)
    fresh = [a for a in others if analysis_form(a) not in used]
    stale = [a for a in others if analysis_form(a) in used]
    chosen = fresh[:OPTIONS - 1]
    if len(chosen) < OPTIONS - 1 and kind == "note":
        # Each occasion in another year in turn, the answer's and the others', so that the answer's
        # occasion is not the one most options share.
        made: list[list[str]] = [_shifted(n, [answer, *known, *used], OPTIONS, rng) for n in (*chosen, answer)]
        for k in range(OPTIONS):
            for shifted in made:
                if k < len(shifted) and len(chosen) < OPTIONS - 1 and shifted[k] not in chosen:
                    chosen.append(shifted[k])
    chosen += stale[:OPTIONS - 1 - len(chosen)]
    if len(chosen) < OPTIONS - 1:
        return None
    options = [answer, *chosen]
    rng.shuffle(options)
    return options


def _stem(title: str) -> str:
    """A title without its version date: 劳动法(2018-12-29) → 劳动法."""
    m = _DATED.match(title)
    return analysis_form(m.group(1) if m else title)


def _cued(passage: str, answer: str, options: Sequence[str]) -> bool:
    """Whether a law's passage holds a word of its title that no other option's title has
    (残疾人劳动者… with 残疾人保障法 among 慈善法, 红十字会法): the title answers itself."""
    if not _is_law(answer):
        return False
    stem = re.sub("^中华人民共和国", "", _stem(answer))
    p = analysis_form(passage)
    others = [_stem(o) for o in options if o != answer]
    return any(w in p and not any(w in o for o in others) for w in (stem[i:i + 2] for i in range(len(stem) - 1)))


def titled_after(sheet_title: str, answer: str) -> bool:
    """Whether a sheet's title names the document a source item asks for (劳动法 · 学习测验): then
    every such item on the sheet answers itself."""
    stem = _stem(answer)  # not names_source(): with the answer as the only option any shared word "names" it
    return len(stem) >= 2 and stem in analysis_form(sheet_title)


def _is_law(title: str) -> bool:
    """A law's title (劳动法(2018-12-29), 中华人民共和国工会法), not a report's or a notice's."""
    return bool(_DATED.match(title)) or re.search(r"(?:法|条例|规定|办法)$", _stem(title)) is not None


def _year(title: str) -> int:
    """The year a title names (2024年…报告, 劳动法(2018-12-29)), 0 if none."""
    m = _DATED.match(title)
    if m:
        return int(m.group(2))
    m = _YEAR.search(title)
    return int(m.group(1)) if m else 0


# The occasions of reports, as they happened: a note shifted to another year must name that year's
# occasion, or the calendar alone rules it out (2022年3月5日…第十三届…第四次会议 never met).
_NPC = re.compile(r"(\d{4})年3月5日在第([一二三四五六七八九十]+)届全国人民代表大会第([一二三四五])次会议上的政府工作报告")
_NPC_FIRST = {"十四": 2023, "十三": 2018, "十二": 2013, "十一": 2008, "十": 2003, "九": 1998}
_PARTY = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日在中国共产党第([一二三四五六七八九十]+)次全国代表大会上的报告")
_CONGRESS_DATES = {"七": "1945年4月23日", "八": "1956年9月15日", "九": "1969年4月1日", "十": "1973年8月24日",
                   "十一": "1977年8月12日", "十二": "1982年9月1日", "十三": "1987年10月25日", "十四": "1992年10月12日", "十五": "1997年9月12日",
                   "十六": "2002年11月8日", "十七": "2007年10月15日", "十八": "2012年11月8日", "十九": "2017年10月18日",
                   "二十": "2022年10月16日"}


# A session of a congress (第六届全国人民代表大会第二次会议, 第十二次全国代表大会): tied to its own date.
_SESSION = re.compile(r"第[一二三四五六七八九十]+届全国人民代表大会第[一二三四五六七八九十]+次会议|第[一二三四五六七八九十]+次全国代表大会")


def _occasions(note: str, latest: int) -> list[str] | None:
    """Real occasions of the kind of ``note`` (other years' work reports, other congresses), nearest
    first, none after ``latest``; None if ``note`` is no report of a known kind."""
    m = _NPC.fullmatch(note)
    if m:
        year = int(m.group(1))
        out = []
        for y in sorted(range(1998, latest + 1), key=lambda y: abs(y - year)):
            term = max((t for t, first in _NPC_FIRST.items() if first <= y), key=lambda t: _NPC_FIRST[t])
            out.append(f"{y}年3月5日在第{term}届全国人民代表大会第{'一二三四五'[y - _NPC_FIRST[term]]}次会议上的政府工作报告")
        return [o for o in out if o != note]
    m = _PARTY.fullmatch(note)
    if m:
        order = list(_CONGRESS_DATES)
        at = order.index(m.group(4)) if m.group(4) in order else None
        if at is None:
            return None
        near = sorted((i for i in range(len(order)) if i != at), key=lambda i: abs(i - at))
        return [f"{_CONGRESS_DATES[order[i]]}在中国共产党第{order[i]}次全国代表大会上的报告" for i in near
                if int(_CONGRESS_DATES[order[i]][:4]) <= latest]
    return None


def _shifted(note: str, taken: Sequence[str], k: int, rng: random.Random) -> list[str]:
    """Other occasions of the note's kind: real ones for reports (another year's work report, another
    congress); for any other note the same occasion in other years (2013年4月28日 → 2015年4月28日)."""
    forms = {analysis_form(t) for t in taken}
    real = _occasions(note, _LATEST)
    if real is not None:
        out = [o for o in real if analysis_form(o) not in forms][:2 * k]  # the nearest, in the seed's order
        rng.shuffle(out)
        return out[:k]
    if _SESSION.search(note):
        return []  # 1984年5月15日…第六届…第二次会议 moved to 1981 contradicts itself: only real sessions are options
    m = _YEAR.search(note)
    if not m:
        return []
    shifts = list(_SHIFTS)
    rng.shuffle(shifts)
    out = []
    for s in shifts:
        if int(m.group(1)) + s > _LATEST:
            continue  # a year still to come is no occasion
        made = f"{note[:m.start(1)]}{int(m.group(1)) + s}{note[m.end(1):]}"
        if analysis_form(made) not in forms:
            forms.add(analysis_form(made))
            out.append(made)
        if len(out) == k:
            break
    return out


def _marked(passage: str, span: tuple[int, int], phrases: dict[tuple[int, int], int], text: str, mine: str,
            joined: dict[str, str]) -> bool:
    """Whether the passage holds a key phrase (three characters or more) no other source says:
    what lets a reader who studied the sources tell which one it comes from."""
    for a, b in phrases:
        if span[0] <= a and b <= span[1] and b - a >= 3:
            term = analysis_form(text[a:b])
            if not any(term in other for key, other in joined.items() if key != mine):
                return True
    return False


def _phrase_rank(ranked: Sequence[Candidate]) -> dict[int, dict[tuple[int, int], int]]:
    """Per text, the rank of each key phrase found in it (its spans), best rank kept."""
    out: dict[int, dict[tuple[int, int], int]] = {}
    for rank, c in enumerate(ranked):
        for ti, spans in c.spans:
            for s in spans:
                out.setdefault(ti, {}).setdefault(s, rank)
    return out


def _passage(text: str, phrases: dict[tuple[int, int], int]) -> tuple[int, int] | None:
    """A sentence or two of ``text`` holding its best key phrase, or None if none reads well alone."""
    spans = list(sentences(text))
    best = None
    for n, (a, b) in enumerate(spans):
        if not statement(text[a:b]) or leans_on_unseen(text[a:b]):
            continue  # the one after it may lean on it (这个伟大工程…): taken only as its continuation
        rank = min((r for (x, y), r in phrases.items() if a <= x and y <= b), default=None)
        if rank is None:
            continue
        end = b
        if end - a < MIN_PASSAGE and n + 1 < len(spans) and spans[n + 1][1] - a <= MAX_PASSAGE:
            end = spans[n + 1][1]  # a short sentence with the one after it
        if end - a > MAX_PASSAGE or han_count(text[a:end]) < 12:
            continue
        if _ANY_YEAR.search(text[a:end]) or _OWN_LAW.search(text[a:end]) or _EVERY_LAW.search(text[a:end]) \
                or leans_on_unseen(text[a:end]):
            continue  # dated by its own words, or pointing at the rest of its law
        if best is None or rank < best[0]:
            best = (rank, a, end)
    return None if best is None else (best[1], best[2])


def names_source(passage: str, option: str, options: Sequence[str]) -> bool:
    """The passage points at this option: its year, its congress, or five characters of its own words in a row."""
    p, o = analysis_form(passage), analysis_form(option)
    if any(y in p for y in _YEAR.findall(o)) or any(c in p for c in _CONGRESS.findall(o)):
        return True
    others = [analysis_form(x) for x in options if x != option]
    words = re.sub(r"^\d+年(?:\d+月)?(?:\d+日)?", "", o)
    return any(w in p and not any(w in x for x in others)
               for w in (words[i:i + 5] for i in range(max(0, len(words) - 4))))
