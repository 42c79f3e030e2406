"""A paper of several kinds: how many of each, which part of the source, items that never give each other away.

``make_quiz(excerpts, kind="cloze=4,choice=4,multi=3,judge=4,source=3")`` comes here (through
:func:`textkit.quiz.maker.make_quiz`). The scarcest kinds are taken first: multi items of a series (a source has
few), the maker's choice items (numbers, dates, family members), source items (none where another prompt names the
document asked for), judge items (whole sentences), statement items while the fill-ins have room to spare (multi
items, then single choice in place of those the maker could not make), then the maker's fill-ins asked whose words
settle them (:func:`sure_fill_in`), best first, then true/false items in place of the choice items still missing and
of the fill-ins asked that are not sure, where the paper asks that kind (on the judged samples nine in ten were sound,
against two in three fill-ins; up to two true ones for each false one, as the 学习强国 bank has them), then extra
sure fill-ins for the rest, and statement items again from what is left; no other fill-in is asked. An item is taken only if it shows no answer of the items already taken
and they show none of its own (:mod:`.giveaways`).
Items are printed by kind, in ``ITEM_KINDS`` order, ids ``q01``… in that order.
"""

from __future__ import annotations

import logging
import random
import re
from dataclasses import replace
from typing import Callable, Iterable, Iterator, Mapping, Sequence

from ..analysis.excerpts import Excerpt
from ..analysis.normalize import analysis_form
from ..analysis.segment import Segmenter
from ..errors import QuizError
from .giveaways import clash
from .kinds.common import CHOICE_BLANK
from .kinds.judge import judge_items
from .kinds.multi import multi_items
from .kinds.source import shortfall, source_items, titled_after
from .kinds.statements import statement_items
from .model import (
    ITEM_KINDS,
    JUDGE_CHOICES,
    KIND_NAMES,
    Quiz,
    QuizItem,
    instructions_for,
)
from .phrases import rank_candidates
from .priority import settled, sure_fill_in
from .rules import item_problems
from .sources import ARTICLE

log = logging.getLogger("textkit")

CLASSIC = ("cloze", "choice")  # the kinds the maker makes
_SLACK = 8  # classic items asked beyond the count: room for those that would give another item away
STAND_IN_TRUES = 2  # true items per false one when true/false items stand in for choice items
STATEMENT_SENTENCES = 4  # sentences a statement item (下列说法符合原文的有) takes, so fill-in drafts it may spoil
RANK_LIMIT = 3000  # candidates ranked, as the maker ranks them: enough for every kind's pools

Where = tuple[int, int]  # (excerpt number in the part, position): the order within a kind


def kind_counts(kind: str | Mapping[str, int], n: int) -> dict[str, int] | None:
    """How many items of each kind ``kind`` asks for, in paper order; None for the maker's own
    ``mixed``, ``cloze`` and ``choice`` (up to ``n`` items, as before).

    ``kind`` is a kind name (``judge``: ``n`` judge items), counts as text (``cloze=4,judge=3``) or
    a mapping ``{"cloze": 4, "judge": 3}``.
    """
    if isinstance(kind, str):
        text = kind.strip()
        if text in ("mixed", *CLASSIC):
            return None
        if text in ITEM_KINDS:
            return {text: n}
        if "=" not in text:
            raise QuizError(f"unknown quiz kind {kind!r}; choose mixed, one of {', '.join(ITEM_KINDS)}, "
                            "or counts such as cloze=10,choice=10,multi=5,judge=5,source=5")
        pairs: Iterable = [p.split("=", 1) for p in re.split(r"[,，;；\s]+", text) if p]
    elif isinstance(kind, Mapping):
        pairs = kind.items()
    else:
        raise QuizError(f"a quiz kind is a name or counts per kind, not {type(kind).__name__}")
    counts: dict[str, int] = {}
    for name, value in pairs:
        name = str(name).strip()
        if name not in ITEM_KINDS:
            raise QuizError(f"unknown item kind {name!r} in {kind!r}; the kinds are {', '.join(ITEM_KINDS)}")
        try:
            count = int(str(value).strip())
        except ValueError:
            raise QuizError(f"{name}={value}: a count is a whole number, such as {name}=5") from None
        if count < 0:
            raise QuizError(f"{name}={value}: a count cannot be negative")
        counts[name] = counts.get(name, 0) + count
    if not sum(counts.values()):
        raise QuizError("a quiz needs at least one item: give a count above 0, such as cloze=10")
    return {k: counts[k] for k in ITEM_KINDS if counts.get(k)}


def keep_part(excerpts: Sequence[Excerpt | str], doc: str | None = None, section: str | None = None) -> list[Excerpt]:
    """The excerpts whose document name and section heading hold ``doc`` and ``section`` (as search's filters)."""
    items = [e if isinstance(e, Excerpt) else
             Excerpt(id=f"text#{i + 1}", doc="text", section="", paragraph=i + 1, start=0, end=len(e), text=str(e))
             for i, e in enumerate(excerpts)]
    want_doc, want_section = _key(doc), _key(section)
    kept = [e for e in items
            if (not want_doc or want_doc in _key(e.doc)) and (not want_section or want_section in _key(e.section))]
    if not kept and (want_doc or want_section):
        what = " and ".join(f"{name} {value!r}" for name, value in (("document", doc), ("section", section)) if value)
        sections = list(dict.fromkeys(e.section for e in items if e.section))[:8]
        hint = f"; sections are: {'; '.join(sections)}" if sections and want_section else ""
        raise QuizError(f"no text in {what}: give part of a name as `textkit documents` lists them{hint}")
    return kept


def _key(text: str | None) -> str:
    return analysis_form(text or "").lower().strip()


def make_paper(
    part: Sequence[Excerpt], everything: Sequence[Excerpt], counts: Mapping[str, int], *, seed: int,
    title: str, segmenter: Segmenter, classic: Callable[..., Quiz], skip: Callable[[str], bool],
    progress: Callable[[int, int], None] | None = None, names: Sequence[str] = (), titles: Sequence[str] = (),
    articles: Sequence[str] = (),
) -> Quiz:
    """A quiz with exactly ``counts`` items of each kind when the source allows (a warning says which fell short).

    ``part`` is what is asked about, ``everything`` what source items draw their options from;
    ``classic(excerpts, n=, kind=, seed=, title=, segmenter=)`` makes cloze or choice items, best first (the
    first of each kind that fit the sheet are taken, so that a law's quiz is not all from its first articles);
    ``skip(text)`` tells boilerplate (licence footers) that nothing is asked from;
    ``progress(done, total)`` is called after each kind; ``names`` holds, per excerpt of ``part``,
    how a prompt names its source (党的二十大报告指出：), put in front of multi and judge prompts as
    the maker puts it in front of its own; ``articles`` the law article such a name gives (第八条), which
    the key then cites; ``titles`` the document's own title, which every item
    cites as the maker's items do (中华人民共和国劳动法, not 劳动法(2018-12-29)).
    """
    step = progress or (lambda done, total: None)
    phases = 2 + len(set(counts) - set(CLASSIC))  # ranking, multi, source, cloze and choice, judge
    step(0, phases)
    rng = random.Random(seed)
    texts = [_unnumbered("" if skip(e.text) else e.text, names[i] if i < len(names) else "")
             for i, e in enumerate(part)]
    if not any(t.strip() for t in texts):
        raise QuizError("no text to make a quiz from: the sources are empty")
    paper = _Paper()
    # ranked as the maker ranks them: for the other kinds, and for statements in place of choice items
    ranked = rank_candidates(texts, segmenter, limit=RANK_LIMIT) if set(counts) - {"cloze"} else []
    step(paper.phase(), phases)
    if counts.get("multi"):
        made = list(_named(multi_items(part, texts, ranked, rng, segmenter), names, articles))
        multi_why = f"the source lists {len(made)} series whole with options of their family (劳模精神、劳动精神、工匠精神)"
        paper.pick("multi", made, counts["multi"], multi_why, quiet=True)
        step(paper.phase(), phases)
    doc_titles = {e.doc: t for e, t in zip(part, titles or ()) if t}
    doc_titles.update({e.doc: n for e, n in zip(part, map(_spoken_name, names)) if n})  # 党的十四大报告

    def statements(room: int | None = None) -> int | None:
        # Too few series: statements, some with a fact changed. One takes four sentences, so before the fill-ins
        # only while they have ``room`` to spare (else a short regulation is one statement item and nothing else).
        # Returns the room left.
        want = counts.get("multi", 0) - paper.count("multi")
        if room is not None:
            want = min(want, room // STATEMENT_SENTENCES)
        if want > 0:
            before = paper.count("multi")
            paper.pick("multi", statement_items(part, texts, ranked, rng, doc_titles, paper.asks), want,
                       multi_why + " and too few sentences for statement items", quiet=True)
            if room is not None:
                room -= STATEMENT_SENTENCES * (paper.count("multi") - before)
        return room

    judged_instead = 0  # true/false items asked in place of choice items

    def scarcer(room: int | None, choice_short: int = 0) -> int:
        # After the choice items (their numbers are the scarcest), before the fill-ins: a fill-in has other
        # phrases to ask, while a source passage or a judge sentence has no other sentence to be. ``room``: how
        # many fill-ins the maker drew beyond those the paper takes. ``choice_short``: the choice items the maker
        # could not make, asked as statements (下列说法符合原文的是) from the sentences the multi items leave,
        # while the room allows (a fill-in takes the place of each that is not); how many were is returned.
        if counts.get("source"):  # after the choice items that may name their document (党的二十大报告指出：)
            _pick_sources(paper, part, texts, ranked, everything, rng, counts["source"], title)
            step(paper.phase(), phases)
        if counts.get("judge"):
            _pick_judge(paper, part, texts, ranked, rng, counts["judge"], names, articles)
        room = statements(room)
        # one takes four sentences and spares one fill-in: three drafts of the room per item
        made = choice_statements(choice_short if room is None else min(choice_short, room // (STATEMENT_SENTENCES - 1)))
        if room is None:  # no fill-in asked: true/false items for the rest at once
            made += judged(choice_short - made)
        return made

    def judged(want: int, fill_ins: int = 0) -> int:
        # True/false items, a choice of two on one sentence, in place of ``want`` choice items and ``fill_ins``
        # fill-ins, where the paper has that kind; how many were made (the choice items' first). With fill-ins
        # asked, after the sure ones: a true sentence shows the answers of the fill-ins drafted from it, and four
        # of them could leave a law's sheet two fill-ins of six.
        nonlocal judged_instead
        if not counts.get("judge") or want + fill_ins <= 0:
            return 0
        before = paper.count("judge")
        _pick_judge(paper, part, texts, ranked, rng, want + fill_ins, names, articles, stand_in=True)
        made = paper.count("judge") - before
        judged_instead += min(made, max(want, 0))
        return made

    def choice_statements(want: int) -> int:
        before = paper.count("choice")
        if want > 0:
            paper.pick("choice", statement_items(part, texts, ranked, rng, doc_titles, paper.asks, kind="choice"),
                       want, "", quiet=True)
        return paper.count("choice") - before

    _classic(paper, part, counts, seed, title, segmenter, classic, between=scarcer, instead=judged)
    step(paper.phase(), phases)
    statements()  # from what is left after the fill-ins
    if counts.get("choice") and counts.get("cloze"):
        # from what is left after the fill-ins too, each in place of the last fill-in taken in a choice item's place
        spare = paper.count("cloze") - counts["cloze"]
        paper.drop_last("cloze", choice_statements(min(counts["choice"] - paper.count("choice"), spare)))
    if counts.get("choice"):
        extra = max(paper.count("cloze") - counts.get("cloze", 0), 0) if counts.get("cloze") else 0
        instead = [f"{judged_instead} true/false items"] if judged_instead else []
        instead += [f"{extra} more fill-ins"] if extra else []
        paper.short("choice", counts["choice"], "not enough key phrases in answerable sentences with options surely "
                    "wrong (a number, a date, a member of a known family) and too few sentences for statements "
                    "(下列说法符合原文的是)" + (f"; {' and '.join(instead)} instead" if instead else ""))
    if counts.get("multi"):
        paper.short("multi", counts["multi"], multi_why + " and too few sentences for statement items")
    step(phases, phases)
    items = _cited(paper.ordered(), part, titles)
    if not items:
        raise QuizError("found nothing to ask in the sources: no key phrase in an answerable sentence")
    return Quiz(title=title, items=items, seed=seed, instructions=instructions_for({item.kind for item in items}))


def _pick_sources(paper: _Paper, part, texts, ranked, everything, rng, want: int, title: str) -> None:
    """Source items: where a passage comes from, each source asked once before any is asked again."""
    why = shortfall(everything)
    found = [] if why else source_items(part, texts, ranked, everything, rng, want)
    # a sheet titled after one document gives that document away as every item's answer
    made = [(w, it) for w, it in found if it.source.get("note") or not titled_after(title, it.answers[0])]
    if not why and not found:
        why = ("no passage reads alone, names no source and holds a phrase only its source says, with three "
               "other sources of its kind (laws with laws, reports with reports) as options")
    why = why or ("" if made else f"the sheet's title {title!r} names the only document asked about")
    why = why or f"{len(made)} passages read alone without naming their source"

    def unasked() -> Iterator[tuple[Where, QuizItem]]:  # a source not asked yet before one asked again
        for where, item in made:
            if item.answers[0] not in {it.answers[0] for _, it in paper.taken if it.kind == "source"}:
                yield where, item

    paper.pick("source", unasked(), want, why, quiet=True)
    paper.pick("source", made, want - paper.count("source"), why)


def _pick_judge(paper: _Paper, part, texts, ranked, rng, want: int, names, articles, stand_in: bool = False) -> None:
    """``want`` more true/false items, about half of them false; ``stand_in``: in place of choice items the
    source has no sure options for, true ones up to two for each false one of the section, and no word if fewer."""
    before, false_before = paper.count("judge"), paper.count("judge", false=True)
    trues, falses = judge_items(part, texts, ranked, rng)
    trues, falses = list(_named(trues, names, articles)), _named(falses, names, articles)
    n_false = want // 2 + (want % 2 and rng.random() < 0.5)
    why = f"the source has {len(trues)} sentences with a date, number or key phrase to judge"
    paper.pick("judge", falses, n_false, why, quiet=True)
    made_false = paper.count("judge") - before
    # About half of each: with too few false ones, fewer true ones too (a sheet of 对 teaches "answer 对")
    true_room = true_share(want, made_false)
    if stand_in:  # beyond the count asked, as real banks have them: 188 of the 286 学习强国 正确/错误 items are 正确
        section_false = paper.count("judge", false=True)
        true_room = max(STAND_IN_TRUES * section_false + 1 - (paper.count("judge") - section_false), 0)
    paper.pick("judge", trues, min(want - made_false, true_room), why, quiet=True)
    paper.pick("judge", falses, want - (paper.count("judge") - before), why, quiet=True)  # too few true ones
    if stand_in:
        return
    if paper.count("judge") - before < want and made_false < n_false:
        why += ("; few of them can be changed so that they are clearly false, and the true ones are kept to "
                "about as many as the false ones")
    paper.short("judge", before + want, why)
    made_false = paper.count("judge", false=True) - false_before
    if abs(made_false - n_false) > 1:
        log.warning("%d of %d judge items (判断题) are false, not about half: the source has few sentences whose "
                    "date, number or key phrase can be changed so that they are clearly false",
                    made_false, paper.count("judge"))


def true_share(want: int, false: int) -> int:
    """How many true judge items go with ``false`` false ones when ``want`` are asked: the rest, while
    the false ones are about half; one more than the false ones otherwise."""
    return want - false if 2 * false >= want - 1 else false + 1


def _unnumbered(text: str, name: str) -> str:
    """The text without the article number its prompts' lead already says (第二十二条规定：第二十二条 …),
    blanked with spaces so that every offset holds."""
    m = ARTICLE.match(text)
    if m and name and m.group(1) in name:
        return " " * m.end() + text[m.end():]
    return text


def _cited(items: list[QuizItem], part: Sequence[Excerpt], titles: Sequence[str]) -> list[QuizItem]:
    """The items with their document cited by its title where the maker found one."""
    at = {e.id: i for i, e in enumerate(part)}
    out = []
    for item in items:
        i = at.get(item.source.get("excerpt", ""), len(titles))
        if i < len(titles) and titles[i] and item.source.get("doc") != titles[i]:
            item = replace(item, source={**item.source, "doc": titles[i]})
        out.append(item)
    return out


def _spoken_name(prefix: str) -> str:
    """How a prompt names a document, without what follows the name: 党的十四大报告指出： → 党的十四大报告,
    《中华人民共和国公司法》第八条规定： → 《中华人民共和国公司法》."""
    book = re.match(r"《[^》]+》", prefix)
    if book:
        return book.group()
    return re.sub(r"(?:指出|强调|规定)[：:]$", "", prefix)


def _named(found: Iterable[tuple[Where, QuizItem]], names: Sequence[str],
           articles: Sequence[str] = ()) -> Iterator[tuple[Where, QuizItem]]:
    """The items with their source named in front of the prompt (blanks moved along); where the name
    gives a law's article (``articles``: 《…》第八条规定：), the key cites it and reads its passage as
    第八条 + text, as a fill-in's key does."""
    for where, item in found:
        name = names[where[0]] if where[0] < len(names) else ""
        if name:
            item = replace(item, prompt=name + item.prompt,
                           blanks=[(a + len(name), b + len(name)) for a, b in item.blanks])
            article = articles[where[0]] if where[0] < len(articles) else ""
            if article:
                section = " ".join(x for x in (item.section, article) if x)
                item = replace(item, section=section, source={**item.source, "section": section},
                               hint=f"{article} {ARTICLE.sub('', item.hint, count=1)}")
        yield where, item


def _classic(paper: _Paper, part, counts, seed, title, segmenter, classic,
             between: Callable[[int | None, int], int], instead: Callable[[int, int], int]) -> None:
    """The maker's cloze and choice items, as many as asked, none giving another item away; ``between(room,
    short)`` picks what is to come after the choice items and before the fill-ins, ``room`` the fill-ins drawn
    beyond those asked (None: no fill-in is asked), ``short`` the choice items the maker could not make; it
    returns how many of those it made as statements. ``instead(short, fill_ins)`` makes, after the sure fill-ins
    asked (sure_fill_in; no other fill-in is asked), other items in place of ``short`` choice items still missing
    and of ``fill_ins`` fill-ins asked, and returns how many it made."""
    asked = [k for k in CLASSIC if counts.get(k)]
    if not asked:
        between(None, 0)
        return
    why = "not enough key phrases in answerable sentences"
    ids = {e.id: i for i, e in enumerate(part)}

    def draw(kind: str, n: int) -> dict[str, list]:
        out: dict[str, list] = {k: [] for k in CLASSIC}
        try:
            quiz = classic(part, n=n, kind=kind, seed=seed, title=title, segmenter=segmenter)
        except QuizError:
            return out  # nothing for these kinds: the shortfall is told with the others'
        for order, item in enumerate(quiz.items):
            out[item.kind].append(((ids.get(item.source.get("excerpt"), len(part)), order), item))
        return out

    total = sum(counts.get(k, 0) for k in asked)
    drawn = draw("mixed" if len(asked) == 2 else asked[0], 2 * total + _SLACK)
    short = 0  # choice items without sound options: statements, else fill-ins in their place
    for kind in sorted(asked, key=lambda k: k != "choice"):  # choice first: its sound items are the scarcer
        want = counts[kind] + (short if kind == "cloze" else 0)
        if len(drawn[kind]) < want + _SLACK and len(asked) == 2:
            drawn[kind] = draw(kind, want + total + _SLACK)[kind]
        made = drawn[kind]
        if kind == "cloze":
            taken = between(len(made) - want, short)
            want, short = want - taken, short - taken
            # Only the fill-ins whose words settle them (sure_fill_in), asked and extra alike; true/false items in
            # place of the choice items missing and of the fill-ins asked that only a term another word of its length
            # could stand for would give. Such fill-ins are not asked at all: on the 77th-103rd samples 62% of them
            # were sound (556 of 903: 资金投入 where 经费投入 fits as well), against 93% of true/false items.
            sure = [found for found in made if sure_fill_in(found[1])]
            unsure, made = len(made) - len(sure), sure
            paper.pick(kind, made, counts[kind], why, quiet=True)
            judged = instead(short, counts[kind] - paper.count(kind))
            in_place = max(judged - max(short, 0), 0)  # of the fill-ins asked
            if paper.count(kind) < counts[kind]:
                few = (f"few fill-ins whose words settle the answer (a number, several blanks, a term of five characters "
                       f"or more); {unsure} others not asked, as another word of the blank's length could fill them")
                few += f"; {in_place} true/false items instead" if in_place else ""
                paper.short(kind, counts[kind], few if unsure else why)
            want -= judged + paper.count(kind)
        if kind == "choice":  # numbers, dates and numbered formulas first: their options are surely of their kind
            made = sorted(made, key=lambda found: not settled(found[1].answers[0]))
        paper.pick(kind, made, want, why, quiet=True)
        if kind == "choice":
            short = counts["choice"] - paper.count("choice")
    if "cloze" not in asked:
        between(None, short)


class _Paper:
    """Items taken so far, by kind, each with where it was found."""

    def __init__(self) -> None:
        self.taken: list[tuple[Where, QuizItem]] = []
        self.rejected: dict[str, int] = {}
        self.phases = 0

    def phase(self) -> int:
        """One more stage of the work done (for a progress bar): how many so far."""
        self.phases += 1
        return self.phases

    def count(self, kind: str, false: bool = False) -> int:
        """How many items of ``kind`` are taken (``false``: only the false judge items, those with an original)."""
        return sum(1 for _, it in self.taken if it.kind == kind and (not false or it.original))

    def pick(self, kind: str, made: Iterable[tuple[Where, QuizItem]], want: int, why: str, quiet: bool = False) -> None:
        goal = self.count(kind) + want
        places = {w for w, it in self.taken if it.kind == kind}
        if self.count(kind) >= goal:
            return  # before drawing from ``made``: a lazy iterator is not advanced for nothing
        for where, item in made:
            if where in places:
                continue  # one item per sentence (a judge sentence is made true and false)
            if item.kind != "source" and item_problems(item):
                continue  # a fragment prompt (rules.item_problems): not on a sheet
            if any(clash(item, other) for _, other in self.taken):
                self.rejected[kind] = self.rejected.get(kind, 0) + 1
                continue
            self.taken.append((where, item))
            places.add(where)
            if self.count(kind) >= goal:
                break
        if not quiet:
            self.short(kind, goal, why)

    def asks(self, sentence: str) -> bool:
        """Whether the sheet asks ``sentence`` already or shows it the answer of one of its items: read
        as a true statement, it clashes with an item taken (:func:`clash`)."""
        probe = QuizItem(id="", kind="judge", prompt=sentence + CHOICE_BLANK, answers=[JUDGE_CHOICES[0]],
                         blanks=[(len(sentence), len(sentence) + len(CHOICE_BLANK))], choices=list(JUDGE_CHOICES))
        return any(clash(probe, other) for _, other in self.taken)

    def drop_last(self, kind: str, n: int) -> None:
        """The last ``n`` items of ``kind`` taken put back (the lowest of the maker's best-first order)."""
        for _ in range(n):
            last = max(i for i, (_, it) in enumerate(self.taken) if it.kind == kind)
            del self.taken[last]

    def short(self, kind: str, want: int, why: str) -> None:
        got = self.count(kind)
        if got < want:
            left = self.rejected.get(kind, 0)
            also = f"; {left} more would have given another item's answer away" if left else ""
            log.warning("asked for %d %s items (%s), made %d: %s%s", want, kind, KIND_NAMES[kind], got, why, also)

    def ordered(self) -> list[QuizItem]:
        taken = sorted(self.taken, key=lambda x: (ITEM_KINDS.index(x[1].kind), x[0]))
        return [replace(item, id=f"q{i:02d}") for i, (_, item) in enumerate(taken, 1)]
