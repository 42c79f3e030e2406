"""What makes a sheet sound, as checks every maker and the evaluation share.

:func:`sheet_problems` lists what is wrong with a whole sheet (an answer shown by another item, a
distractor used twice or that is another item's answer, a fragment prompt, a glued article
number, a file name as title, a blank cutting a word); :func:`conflicts` is the incremental form
a maker uses while it picks items. Texts are compared in analysis form (width, simplified).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterable, Sequence

from ..analysis.normalize import analysis_form
from .model import BLANK_CHAR, Quiz, QuizItem

if TYPE_CHECKING:
    from ..analysis.segment import Segmenter

_NUM = "一二三四五六七八九十百千零〇两"
GLUED_ARTICLE = re.compile(rf"第[{_NUM}\d]+条(?:之[{_NUM}]+)?(?![\s\u3000：:，,规的、款项])[\u4e00-\u9fff]")
# Marks of a file name: a hash, an underscore between letters or digits, an extension, a dated stem.
FILE_NAME = re.compile(r"[0-9a-f]{8,}|[A-Za-z0-9]_[A-Za-z0-9]|\.(?:txt|md|docx|pdf|html|jsonl)\b|\(\d{4}-\d{2}-\d{2}\)", re.I)
# What a prompt may not open with: a word that leans on a clause before it.
_LEANING_START = re.compile(r"^(?:共计|收入了|并且|并|而且|而|以及|及|和|与|或者|或|是|也|又|则|即|等|的|地|得|了|着|其中|从而|进而|因而|所以|但是|但|却)")
_PAIRS = (("既", "又也"), ("不仅", "而且也还更"), ("不但", "而且也还更"))
_SOURCE_PREFIX = re.compile(r"^[^：:]{2,60}(?:指出|规定|强调|提出)[：:]")


def prompt_body(prompt: str) -> str:
    """A prompt without the source named in front of it (党的二十大报告指出：…)."""
    return _SOURCE_PREFIX.sub("", prompt, count=1)


def fragment(prompt: str) -> str:
    """Why a prompt reads as a fragment, or "" if it reads as a whole sentence or clause."""
    body = prompt_body(prompt).strip()
    if _LEANING_START.match(body):
        return f"opens on {_LEANING_START.match(body).group()}"
    at = body.find("一方面")
    if at >= 0 and "另一方面" not in body[at + 3:]:
        return "一方面… with no 另一方面"
    for first, seconds in _PAIRS:
        at = body.find(first)
        if at >= 0 and not any(s in body[at + len(first):] for s in _split(seconds)):
            return f"{first}… with no {seconds[:2]}"
    if body[-1:] in "；;、，,：:":
        return f"ends on {body[-1]}"
    for a, b in (("“", "”"), ("《", "》"), ("（", "）"), ("(", ")")):
        if body.count(a) != body.count(b):
            return f"unbalanced {a}{b}"
    return ""


def _split(seconds: str) -> list[str]:
    return ["而且"] + [c for c in seconds if c not in "而且"] if "而且" in seconds else list(seconds)


def _shown(item: QuizItem) -> str:
    """What a reader of the sheet sees of an item: its prompt and options."""
    return _counted(analysis_form(item.prompt + "\n" + "\n".join(item.choices)))


def _answers(item: QuizItem) -> list[str]:
    if item.kind == "judge":
        return []  # 对 / 错: not a term to give away
    return [_counted(analysis_form(a)) for a in item.answers if len(a.strip()) >= 2]


def _most_of(answer: str) -> tuple[str, ...]:
    """What gives a long answer away but two characters at either end: 排水许可证 for 临时排水许可证, 冷藏许可证 for
    蚕种冷藏许可证, 重点排污单位 for 重点排污单位名单 (a reader is left two characters to guess); none for a shorter one."""
    if len(answer) < 7 or any(c.isdigit() for c in answer):
        return ()
    return (answer[2:], answer[:-2]) if answer.endswith(_LIST_WORDS) else (answer[2:],)


# What a list or plan of something is called: the something shown (重点排污单位) leaves only this to guess, while
# 中华人民共和国 shown leaves 主席 or 宪法 to know.
_LIST_WORDS = ("名单", "名录", "目录", "清单", "规划", "计划", "方案")


_TWO = re.compile(r"两(?=[名人位年日天倍次项条月周])")  # not 两个: 两个维护 is a name


def _counted(text: str) -> str:
    """Two said one way: 两名 and 二名 are one answer (an option 两名 gives away the answer 二名)."""
    return _TWO.sub("二", text)


def _wrong_options(item: QuizItem) -> list[str]:
    if item.kind == "judge":
        return []
    right = {_counted(analysis_form(a)) for a in item.answers}
    return [_counted(analysis_form(c)) for c in item.choices if _counted(analysis_form(c)) not in right]


def conflicts(item: QuizItem, others: Iterable[QuizItem]) -> list[str]:
    """How ``item`` and the items already on a sheet spoil each other (empty: they do not)."""
    out: list[str] = []
    shown = _shown(item)
    answers = _answers(item)
    wrong = set(_wrong_options(item))
    cores = [(a, _most_of(a)) for a in answers]
    for other in others:
        other_shown = _shown(other)
        for a, core in cores:
            if a in other_shown or any(x in other_shown for x in core):
                out.append(f"{item.id or 'new item'}'s answer {a} is shown in {other.id}")
        for a in _answers(other):
            if a in shown or any(x in shown for x in _most_of(a)):
                out.append(f"{other.id}'s answer {a} is shown in {item.id or 'the new item'}")
        overlap = [(a, b) for a in answers for b in _answers(other) if a in b or b in a]
        if overlap:  # 劳模精神 and 劳模精神劳动精神工匠精神: one item answers the other
            out.append(f"{item.id or 'new item'} and {other.id} both ask {min(overlap[0], key=len)}")
        reused = wrong & set(_wrong_options(other))
        if reused:
            out.append(f"distractor {'、'.join(sorted(reused))} repeats {other.id}'s")
    return out


def item_problems(item: QuizItem) -> list[str]:
    """What is wrong with one item on its own: a fragment or a glued article number."""
    out = []
    why = fragment(item.prompt)
    if why:
        out.append(f"{item.id}: fragment prompt ({why})")
    if GLUED_ARTICLE.search(item.prompt.replace(BLANK_CHAR, "某")):
        out.append(f"{item.id}: article number glued to the text")
    if any(_MISPRINT.search(text) for text in (item.prompt, *item.choices)):
        out.append(f"{item.id}: a misprint of the source (公历l月1日, a letter for a figure; a stray ．)")
    return out


# A Latin letter where a figure belongs (公历l月1日, 2O18年): the source's misprint, printed on the sheet.
_MISPRINT = re.compile(r"(?<![A-Za-z])[lIO](?=[月日年]|\d)|(?<=\d)[lIO](?![A-Za-z])"
                       r"|(?<=[\u4e00-\u9fff])．(?=[\u4e00-\u9fff])"  # 畜禽的．单位: a stray full stop
                       r"|([\u4e00-\u9fff]{2,6})、\1(?=[、，。；和及与等])")  # 港澳同胞、港澳同胞: said twice


def cut_blanks(item: QuizItem, segmenter: "Segmenter") -> list[int]:
    """The blanks of ``item`` that start or end inside a word of the filled-in prompt."""
    if item.kind not in ("cloze", "choice") or not item.blanks:
        return []
    filled, pos, spans = [], 0, []
    length = 0
    for (a, b), answer in zip(item.blanks, item.answers):
        filled.append(item.prompt[pos:a])
        length += a - pos
        spans.append((length, length + len(answer)))
        filled.append(answer)
        length += len(answer)
        pos = b
    filled.append(item.prompt[pos:])
    text = "".join(filled)
    bounds = {0, len(text)}
    for t in segmenter.tokenize(text):
        bounds.update((t.start, t.end))
    # Whitespace is no token: a boundary next to it is a boundary.
    bounds.update(i for i, ch in enumerate(text) if ch.isspace())
    bounds.update(i + 1 for i, ch in enumerate(text) if ch.isspace())
    return [n for n, (a, b) in enumerate(spans) if a not in bounds or b not in bounds]


def title_problem(title: str) -> str:
    """Why a sheet's or a citation's title is a file name, or ""."""
    if not title or FILE_NAME.search(title) or not re.search(r"[\u4e00-\u9fff]", title):
        return f"file-name title {title!r}"
    return ""


def sheet_problems(quiz: Quiz, segmenter: "Segmenter | None" = None) -> list[str]:
    """Everything wrong with a sheet by the mechanical rules (empty: none found).

    With a ``segmenter`` (the lexicon-aware one the sheet was made with), blanks that cut a word
    are listed too.
    """
    out: list[str] = []
    if title_problem(quiz.title):
        out.append("sheet: " + title_problem(quiz.title))
    items: Sequence[QuizItem] = quiz.items
    for i, item in enumerate(items):
        out += conflicts(item, items[i + 1:])
        out += item_problems(item)
        doc = item.source.get("doc", "")
        if doc and title_problem(doc):
            out.append(f"{item.id}: cites a {title_problem(doc)}")
        if segmenter is not None:
            for n in cut_blanks(item, segmenter):
                out.append(f"{item.id}: blank {n + 1} ({item.answers[n]}) cuts a word")
    printed = [it.id for it in items]
    if printed != [f"q{i:02d}" for i in range(1, len(items) + 1)]:
        out.append("sheet: ids are not q01, q02… in printed order")
    return out
