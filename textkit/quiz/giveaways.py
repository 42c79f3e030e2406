"""No item gives another away: :func:`clash` tells why two items cannot stand on one sheet (an answer one shows,
a figure one changes and the other prints, one sentence asked twice), :func:`clashing_pairs` lists every such pair."""

from __future__ import annotations

import re

from ..analysis.normalize import analysis_form
from .kinds.source import names_source
from .model import BLANK_CHAR, JUDGE_CHOICES, Quiz, QuizItem
from .rules import conflicts, prompt_body


def clash(a: QuizItem, b: QuizItem) -> str:
    """Why ``a`` and ``b`` cannot stand on one sheet ("" if they can): the sheet rules' conflicts
    (:func:`textkit.quiz.rules.conflicts`), both asking one answer, a prompt naming the document a
    source item asks for, a judge item on another item's sentence or showing the words a false one
    changed."""
    if a.kind == "source" and b.kind == "source":
        # Two passages of one source may share their answer; but an option of one is never another's
        # answer or wrong option (q20 offering q19's answer as a distractor).
        wrong_a = {analysis_form(c) for c in a.choices} - {analysis_form(x) for x in a.answers}
        wrong_b = {analysis_form(c) for c in b.choices} - {analysis_form(x) for x in b.answers}
        shared = (wrong_a & {analysis_form(c) for c in b.choices}) | (wrong_b & {analysis_form(c) for c in a.choices})
        return f"an option of both: {min(shared)}" if shared else ""
    found = conflicts(a, [b])
    if found:
        return found[0]
    asked = ("cloze", "choice", "multi")
    if a.kind in asked and b.kind in asked:
        same = {analysis_form(x) for x in a.answers} & {analysis_form(x) for x in b.answers}
        if same:
            return f"both ask {min(same)}"
    for x, y in ((a, b), (b, a)):
        # Another item naming the document (2005年政府工作报告指出：…) gives the answer away only if it
        # shows the same passage; over other passages it says no more than the options do.
        if x.kind == "source" and x.answers and x.answers[0] != x.source.get("note") \
                and names_source(y.prompt, x.answers[0], x.choices) \
                and (y.source.get("excerpt") == x.source.get("excerpt") or _same_sentence(x, y)):
            return f"{y.id or y.kind} names the document {x.id or x.kind} asks for"
    for x, y in ((a, b), (b, a)):  # the same change twice (五年 → 六年 in two items), or a change one's option
        offered = _changed_to(y) | {analysis_form(c) for c in y.choices if c not in y.answers and y.kind != "judge"}
        changed = _changed_to(x)
        if changed & offered:
            return f"{x.id or x.kind} changes a figure as {y.id or y.kind} does"
        printed = analysis_form("\n".join([y.prompt, *y.choices]))
        if any(_FIGURE_RUN.search(c) and re.search(rf"(?<![\d.]){re.escape(c)}(?![\d.])", printed) for c in changed):
            return f"{x.id or x.kind} puts a figure {y.id or y.kind} prints"  # 3000亿元 false here, true there
    # a judge item, or a statement item beside an item of another shape, on a sentence the other shows;
    # two statement items on one sentence (true in one, 可以 made 应当 in the other): their options
    both = _statements(a) and _statements(b)
    if ("judge" in (a.kind, b.kind) or _statements(a) or _statements(b)) and _same_sentence(a, b, prompts=not both):
        return f"{a.id or a.kind} and {b.id or b.kind} ask the same sentence"
    for x, y in ((a, b), (b, a)):
        shown = _shown_by_change(x, y)
        if shown:
            return f"{x.id or x.kind} changes its statement to show {shown}, an option of {y.id or y.kind}"
        figure = _changed_figure(x)
        if figure and figure in analysis_form(y.prompt):
            # 会议举行六日前 beside 五日前; 18周岁以上的居民 in another article beside a false 年满16周岁: the reader compares
            return f"{y.id or y.kind} shows {figure}, the figure {x.id or x.kind} changes"
    for x, y in ((a, b), (b, a)):
        prompt = analysis_form(y.prompt)
        options = set() if y.kind == "judge" else {analysis_form(c) for c in y.choices}
        for term in _terms(x):
            form = analysis_form(term)
            # in a prompt anywhere; among options as an option (社会创造力 does not give 创造力 away)
            if len(form) >= 2 and (form in prompt or form in options or _said_with_deng(form, prompt)):
                return f"{x.id or x.kind}'s answer {term} shows in {y.id or y.kind}"
    return ""


def _statements(item: QuizItem) -> bool:
    """A multi or choice item whose options are sentences of the source (下列说法符合原文的有/的是)."""
    return item.kind in ("multi", "choice") and "下列说法" in item.prompt


def clashing_pairs(quiz: Quiz) -> list[str]:
    """Every pair of items on the sheet that spoil each other (see :func:`clash`), in words (empty: none)."""
    items = quiz.items
    return [why for i, a in enumerate(items) for b in items[i + 1:] if (why := clash(a, b))]


def _same_sentence(a: QuizItem, b: QuizItem, prompts: bool = True) -> bool:
    """Whether the two prompts share a stretch of the source (eight characters outside the blanks) from one
    passage, or from two passages most of one of them (:data:`SAID_AGAIN`: a sentence a law says twice, as
    纳税义务人应当自收到通知之日起3个月内… in two articles); without ``prompts``, whether their options and originals
    do (two statement items share a prompt). Two articles of a regulation that open alike
    (市、县（市、区）人民政府及其有关部门应当…) are no one sentence."""
    texts = [analysis_form("\n".join(filter(None, (prompt_body(it.prompt) if prompts else "", it.original,
                                                    *(it.choices if it.kind == "multi" or _statements(it) else ())))))
             for it in (a, b)]  # a statement item's options are sentences of the source too
    place = a.source.get("excerpt")
    one_passage = not place or place == b.source.get("excerpt") or _statements(a) or _statements(b)
    if not one_passage and (_shows_original(a, texts[1]) or _shows_original(b, texts[0])):
        return True
    for x, y in ((texts[0], texts[1]), (texts[1], texts[0])):
        pieces = [p for p in re.split(f"[{BLANK_CHAR}\u3000（）\n]+", x) if len(p) >= 8]
        if any(p[i:i + 8] in y for p in pieces for i in range(0, len(p) - 7, 4)) \
                and (one_passage or _said_in(pieces, y) >= SAID_AGAIN * sum(map(len, pieces))):
            return True
    return False


def _said_in(pieces: list[str], text: str) -> int:
    """How many characters of ``pieces`` stand in ``text`` in stretches of eight or more."""
    covered = 0
    for p in pieces:
        marks = [False] * len(p)
        for i in range(len(p) - 7):
            if p[i:i + 8] in text:
                marks[i:i + 8] = [True] * 8
        covered += sum(marks)
    return covered


SAID_AGAIN = 0.75  # the share of a prompt's text (in stretches of eight characters or more) another passage says


def _shows_original(item: QuizItem, text: str) -> bool:
    """Whether ``text`` (another item's, analysis form) shows what a false judge ``item`` changed as the source
    says it, with a few characters either side (…有关部门不得指定… beside …有关部门可以指定…)."""
    if item.kind != "judge" or not item.original:
        return False
    before, after = analysis_form(item.original), analysis_form(prompt_body(item.prompt))
    head, tail = _unchanged(before, after)
    end = min(len(before), len(before) - tail + 4)
    # four characters either side, more before where the sentence ends right after (…送交港务监督备案。)
    around = before[max(0, min(head - 4, end - 8)):end]
    if len(around) >= 8 and around in text:
        return True
    # 书面 made 口头: another item's 书面报告 shows the report is written, wherever it stands
    written = before[head:head + 4] if before.startswith("书面", head) else ""
    if len(written) == 4 and written in text:
        return True
    # 不得 made 可以: another item fining 随意处置建筑废弃物的 shows the act is banned, wherever it stands
    act = _ACT.match(before, head + 2) if before.startswith("不得", head) else None
    return bool(act) and len(act.group()) >= 6 and act.group()[:8] in text


_ACT = re.compile(r"[^，。；、]{6,}")


def _shown_by_change(item: QuizItem, other: QuizItem) -> str:
    """An option or answer of ``other`` that a false judge ``item`` shows only through its change
    (3.5% put for 10% when another item offers 3.5%), "" if none."""
    if item.kind != "judge" or not item.original or item.answers[:1] != [JUDGE_CHOICES[1]]:
        return ""
    before, after = analysis_form(item.original), analysis_form(prompt_body(item.prompt))
    for option in (*other.choices, *other.answers):
        form = analysis_form(option)
        if option not in JUDGE_CHOICES and form and form in after and form not in before:
            return option
    return ""


def _unchanged(a: str, b: str) -> tuple[int, int]:
    """How many characters ``a`` and ``b`` share at the start and, after that, at the end."""
    head = 0
    while head < min(len(a), len(b)) and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < min(len(a), len(b)) - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    return head, tail


def _changed_to(item: QuizItem) -> set[str]:
    """What a false judge statement or a statement item's false options put in place of the source's
    words (五年 → 六年: 六年), in analysis form."""
    pairs: list[tuple[str, str]] = []
    if item.kind == "judge" and item.original and item.answers[:1] == [JUDGE_CHOICES[1]]:
        pairs = [(item.original, prompt_body(item.prompt))]
    elif _statements(item) and item.original:
        originals = item.original.split("\n")
        # each false option beside the sentence it was made from (the options are shuffled, the originals not)
        denied = "不符合原文" in item.prompt  # 下列说法不符合原文的是: the answer is the false option
        pairs = [(max(originals, key=lambda a, b=b: sum(_unchanged(a, b))), b)
                 for b in item.choices if (b in item.answers) == denied]
    out = set()
    for a, b in pairs:
        head, tail = _unchanged(a, b)
        start, end = head, len(b) - tail
        while start > 0 and b[start - 1] in _FIGURE:
            start -= 1  # the whole figure: 1221万, not 21
        while end < len(b) and b[end] in _FIGURE:
            end += 1
        if end < len(b) and end > start and b[end - 1] in _FIGURE and "\u4e00" <= b[end] <= "\u9fff":
            end += 1  # with its unit: 六年, not 六
        new = analysis_form(b[start:end])
        if new:
            out.add(new)
    return out


_FIGURE = set("0123456789.零〇○一二两三四五六七八九十百千万亿%")
_FIGURE_RUN = re.compile(r"\d")  # a change that is a figure in digits (3000亿元, 3%)


def _changed_figure(item: QuizItem) -> str:
    """The figure and its unit a false judge item changed, as the source says it (六日 of 六日前 made 五日前), ""
    if it changed no figure."""
    if item.kind != "judge" or not item.original or item.answers[:1] != [JUDGE_CHOICES[1]]:
        return ""
    before, after = analysis_form(item.original), analysis_form(prompt_body(item.prompt))
    head, tail = _unchanged(before, after)
    m = _FIGURE_WITH_UNIT.match(before, _figure_start(before, head))
    return m.group() if m and m.end() >= len(before) - tail else ""


def _figure_start(text: str, at: int) -> int:
    """Where the figure that holds ``text[at]`` starts (三十日: the 三 of a change at 十; 百分之五点五: its 百)."""
    while at > 0 and text[at - 1] in _FIGURE_CHARS:
        at -= 1
    return at - 3 if text[max(0, at - 3):at] == "百分之" else at


_FIGURE_CHARS = "0123456789.零〇一二两三四五六七八九十百千万点"
_FIGURE_WITH_UNIT = re.compile(rf"百分之[{_FIGURE_CHARS}]+|[{_FIGURE_CHARS}]+(?:个月|个工作日|工作日|周岁|小时|[日天年月人名次倍%])")


def _said_with_deng(form: str, text: str) -> bool:
    """Whether ``text`` says a four-character term as a list says it, with 等 inside (福利待遇 in
    降低或者取消护士福利等待遇)."""
    return len(form) == 4 and f"{form[:2]}等{form[2:]}" in text


def _terms(item: QuizItem) -> list[str]:
    """What must not show elsewhere: the answers; for a false judge item the source's words it changed."""
    if item.kind == "judge":
        if not item.original or item.answers[:1] != [JUDGE_CHOICES[1]]:
            return []
        a = item.original
        head, tail = _unchanged(a, item.prompt)
        return [a[max(0, head - 2):len(a) - tail + 2]]
    return list(item.answers)
