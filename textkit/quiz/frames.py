"""Whether the words around a blank settle its answer: a figure or title the source says elsewhere in
the same words of something else (:class:`Frames`), a year that is only the base of a comparison
(:func:`base_of_comparison`), one member of a long list (:func:`long_list`), an aside in a parenthesis
(:func:`aside`), a list partner that gives the blank away (:func:`paired`: 村民委员会 beside 居民委员会)."""

from __future__ import annotations

import bisect
import re
from typing import Sequence

from ..analysis.normalize import analysis_form


def base_of_comparison(text: str, a: int, b: int) -> bool:
    """Whether the date at ``[a, b)`` is what a figure is compared with (比2003年增长, 与2003年相比, 按2003年价格,
    由2003年的77%提高到96%)."""
    before = text[max(0, a - 1):a]
    return before in ("比", "较", "与", "同", "按") or text[b:b + 2] in ("相比", "同期", "价格", "不变") \
        or (before in ("由", "从") and text[b:b + 1] == "的")


_HAN_WORD = re.compile("[\u4e00-\u9fff]+")
LONG_LIST = 4  # members: a list this long names things of one kind, any of which fits one blank
_CLAUSE = re.compile(r"[，。；：！？,;:!?\n（）()]")


def long_list(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` is one member of a list of :data:`LONG_LIST` or more (国家机关、（　　）、政党、
    人民团体、企业事业单位…): one blank among them asks which sector or body the writer named next, not
    what the reader learnt."""
    if text[a - 1:a] != "、" and text[b:b + 1] != "、":
        return False
    start = max((m.end() for m in _CLAUSE.finditer(text, 0, a)), default=0)
    stop = _CLAUSE.search(text, b)
    clause = text[start:stop.start() if stop else len(text)]
    return clause.count("、") + 1 >= LONG_LIST


class Frames:
    """Whether the words just around a blank stand elsewhere in the source around something else.

    A figure, a date or a title is asked by the words before it (实际增长＿＿, 可以延长＿＿, 制定了《＿＿》);
    where the source says the same words of another figure (城镇居民人均可支配收入实际增长 8.5% one year,
    5.8% another), the prompt does not tell the reader which is meant: two answers are right.
    """

    LEFT = 8  # characters before the blank, within its sentence
    _SHAPES = {"number": "[0-9.零〇一二两三四五六七八九十百千万亿]+", "date": r"\d{4}年(?:\d{1,2}月)?", "title": "[^《》\n]{2,40}"}
    _STOP = re.compile(r"[。！？；;\n]")

    def __init__(self, texts: Sequence[str], docs: Sequence[str] | None = None) -> None:
        self.texts = texts
        self.docs = docs or [""] * len(texts)  # the document of each text: a prompt names it, so frames repeat only within one
        self._forms: dict[int, str] = {}
        self._joined: str | None = None
        self._of_doc: dict[str, str] = {}
        self._counts: dict[str, int] = {}

    def _form(self, ti: int) -> str:
        if ti not in self._forms:
            self._forms[ti] = analysis_form(self.texts[ti])
        return self._forms[ti]

    def always_with(self, ti: int, a: int, b: int, bounds: Sequence[int]) -> bool:
        """Whether the source never says ``texts[ti][a:b]`` without the word just before or after it
        (办学＿＿＿: every 自主权 of 民办教育促进法 is 办学自主权): then the two are one term, and a blank on
        one half hides only part of it. ``bounds`` are the text's word boundaries, sorted."""
        form = self._form(ti)
        i, j = bisect.bisect_left(bounds, a), bisect.bisect_left(bounds, b)
        left = form[bounds[i - 1]:a] if i > 0 else ""
        right = form[b:bounds[j + 1]] if j + 1 < len(bounds) else ""
        answer = form[a:b]
        said = self._count(answer)
        return said >= 2 and any(len(x) >= 2 and _HAN_WORD.fullmatch(x) and self._count(pair) == said
                                 for x, pair in ((left, left + answer), (right, answer + right)))

    def _count(self, text: str) -> int:
        """How often the whole source says ``text`` (each scan of a corpus is done once)."""
        if text not in self._counts:
            self._counts[text] = self._whole().count(text)
        return self._counts[text]

    def _whole(self) -> str:
        if self._joined is None:
            self._joined = "\n".join(self._form(i) for i in range(len(self.texts)))
        return self._joined

    def ambiguous(self, kind: str, ti: int, a: int, b: int) -> bool:
        shape = self._SHAPES.get(kind)
        if shape is None:
            return False
        form = self._form(ti)
        left = self._STOP.split(form[max(0, a - self.LEFT):a])[-1].lstrip(" ")
        if len(left) < 3:
            return False  # too little to call a frame
        own = re.match(shape, form[a:b])
        if own is None:
            return False
        return any(m.group(1) != own.group() for m in re.finditer(re.escape(left) + f"({shape})", self._whole()))

    def said_of_another(self, ti: int, a: int, b: int) -> bool:
        """Whether the source says the blank's whole sentence again of something else of the same length
        (第十一条 加入书由外交部长签署 and 第十二条 接受书由外交部长签署): the prompt fits both."""
        form = self._form(ti)
        start = max(form.rfind(stop, 0, a) for stop in "。！？；;\n") + 1
        start = max(start, form.find(" ", start, a) + 1)  # after the article's number (第十一条 …)
        end = min((i for i in (form.find(stop, b) for stop in "。！？；;\n") if i >= 0), default=len(form))
        left, right = form[start:a], form[b:end]
        if len(left) + len(right) < 6:
            return False
        if not self._of_doc:  # each document's text, joined once
            by_doc: dict[str, list[int]] = {}
            for i, d in enumerate(self.docs):
                by_doc.setdefault(d, []).append(i)
            self._of_doc = {d: "\n".join(self._form(i) for i in ids) for d, ids in by_doc.items()}
        whole = self._of_doc[self.docs[ti]]
        if whole.count(left if len(left) > len(right) else right) < 2:
            return False  # said once: no other sentence has this frame
        frame = re.escape(left) + f"([^，。；\\n]{{{b - a}}})" + re.escape(right)
        return any(m.group(1) != form[a:b] for m in re.finditer(frame, whole))


def aside(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` stands inside a parenthesis (（卫戍区、警备区）)."""
    before, after = text[:a], text[b:]
    opened = max(before.rfind("（"), before.rfind("(")) > max(before.rfind("）"), before.rfind(")"))
    close = min((i for i in (after.find("）"), after.find(")")) if i >= 0), default=-1)
    reopen = min((i for i in (after.find("（"), after.find("(")) if i >= 0), default=len(after))
    return opened and 0 <= close < reopen


_PAIR_JOIN = re.compile("^(?:、|和|与|及|或者|或)")
# Opposites said as a pair: one side shown tells the other (有线和（无线通信）, 境内和（境外）…).
_OPPOSITES = dict(pair for a, b in (("有线", "无线"), ("境内", "境外"), ("国内", "国外"), ("城市", "农村"), ("城镇", "农村"),
                                     ("公办", "民办"), ("上级", "下级"), ("直接", "间接"), ("有形", "无形"), ("线上", "线下"),
                                     ("内资", "外资"), ("公有", "非公有"), ("单位", "个人"), ("出口", "进口"))
                  for pair in ((a, b), (b, a)))


def paired(prompt: str, a: int, b: int, answer: str) -> bool:
    """Whether the blank's list partner gives it away: a twin one character off (（村民委员会）、居民委员会)
    or its opposite (有线和（无线通信））."""
    joined_before = _JOIN_BEFORE.search(prompt[:a])
    before = prompt[:joined_before.start()] if joined_before else ""
    joined_after = _PAIR_JOIN.match(prompt[b:])
    after = prompt[b + joined_after.end():] if joined_after else ""
    n = len(answer)
    if n >= 3 and any(len(x) == n and x != answer and x[1:] == answer[1:] for x in (before[-n:], after[:n])):
        return True
    return any(before.endswith(other) for head, other in _OPPOSITES.items() if answer.startswith(head))


_JOIN_BEFORE = re.compile("(?:、|和|与|及|或者|或)$")
