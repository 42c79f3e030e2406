"""Parallel series and lists in a text: 劳模精神、劳动精神、工匠精神; 吸引力凝聚力战斗力;
产业兴旺、生态宜居、乡风文明 (whole words only), each item cut to a whole term."""

from __future__ import annotations

import re

import numpy as np

from .tables import STOPWORDS
from .tables import content as _content
from .tables import pos_tags as _pos_tags

_HAN = r"\u4e00-\u9fff"
MAX_SERIES_ITEM = 8  # characters
MAX_SERIES_ITEMS = 5
MAX_ENUMERATION = 7  # items of a list of terms without a shared affix
_SERIES = re.compile(rf"[{_HAN}]{{2,12}}(?:、[{_HAN}]{{2,12}}){{2,}}")


def series(form: str, bounds: bytearray) -> list[list[tuple[int, int]]]:
    """Parallel series: 3+ items sharing a prefix or suffix, with 、 between them or none."""
    out = []
    for m in _SERIES.finditer(form):
        items, pos = [], m.start()
        for part in m.group().split("、"):
            items.append((pos, pos + len(part)))
            pos += len(part) + 1
        spans = _trim_series(form, items, bounds) or _enumeration(form, items, bounds)
        if spans and not any(_JOINED.search(form, x, y) for x, y in spans):
            out.append(spans)  # never 伪造、（变造或者使用伪造）、变造: an item holding 或者 is two things
    covered = bytearray(len(form) + 1)  # characters inside a series found so far
    for spans in out:
        for x, y in spans:
            covered[x:y] = b"\x01" * (y - x)
    codes = _codes(form)
    for size in (4, 3, 2):  # undelimited: 劳模精神劳动精神工匠精神, 吸引力凝聚力战斗力, 用心用情用力
        span = 3 * size
        for a in _rows_of_three(codes, bounds, size):
            items = [(a + i * size, a + (i + 1) * size) for i in range(3)]
            words = [form[x:y] for x, y in items]
            affix = _affix(words)  # of four-character words two characters (精神), not 业 of 一个物业服务企业提供物业
            if len(set(words)) == 3 and all(bounds[x] for sp in items for x in sp) and affix \
                    and (size < 4 or len(affix) >= 2) and covered.find(1, a, a + span) < 0:
                out.append(items)
                covered[a:a + span] = b"\x01" * span
    return out


def _codes(form: str) -> np.ndarray:
    """The text's characters as code points, one per character."""
    return np.frombuffer(form.encode("utf-32-le"), dtype=np.uint32)


def _rows_of_three(codes: np.ndarray, bounds: bytearray, size: int) -> list[int]:
    """Where three Chinese words of ``size`` characters may stand in a row, in order: the cheap test of the
    whole text at once (a word starts there, and the three share their first or their last character)."""
    span = 3 * size
    m = len(codes) - span + 1
    if m <= 0:
        return []
    han = np.concatenate(([0], np.cumsum((codes >= 0x4E00) & (codes <= 0x9FFF))))
    at = lambda k: codes[k:k + m]  # noqa: E731  (the character k places after each start)
    same_first = (at(0) == at(size)) & (at(size) == at(2 * size))
    same_last = (at(size - 1) == at(2 * size - 1)) & (at(2 * size - 1) == at(span - 1))
    whole = han[span:span + m] - han[:m] == span
    starts = np.frombuffer(bounds, dtype=np.uint8)[:m] != 0
    return np.flatnonzero(whole & starts & (same_first | same_last)).tolist()


def _affix(words: list[str]) -> str:
    """The prefix or suffix shared by every word (not a function character), else ``""``."""
    for n in (2, 1):
        for piece in ({w[-n:] for w in words}, {w[:n] for w in words}):
            if len(piece) == 1 and all(len(w) > n for w in words):
                affix = piece.pop()
                # Not a function character, nor an adverb (人民最关心最直接最: 最 binds the next word).
                if affix not in "的了和与及是在为对把要等以之其这那不也都就最更很太越再还每各" and (
                        n == 2 or not _pos_tags().get(affix, "").startswith("d")):
                    return affix
    return ""


def _enumeration(form: str, items: list[tuple[int, int]], bounds: bytearray) -> list[tuple[int, int]]:
    """A list of short terms without a shared affix (产业兴旺、生态宜居、乡风文明): whole words only.

    The first and last items are cut to their neighbour's length, and every item must begin and
    end where the segmenter puts word boundaries, so no item is a piece of a word.
    """
    if len(items) > MAX_ENUMERATION:
        return []
    (a0, b0), (a1, b1), (an, bn) = items[0], items[1], items[-1]
    last = _last_item(form, an, bn, items[-2][1] - items[-2][0], bounds)
    if last is None:
        return []
    spans = [(max(a0, b0 - (b1 - a1)), b0), *items[1:-1], last]
    words = [form[x:y] for x, y in spans]
    head = next((form[spans[0][0]:spans[0][0] + k] for k in (3, 2, 1) if form[spans[0][0]:spans[0][0] + k] in _pos_tags()), "")
    if _pos_tags().get(head, "x").startswith(("v", "p", "d", "c")) and not _pos_tags().get(head, "").startswith("vn"):
        return []  # 征得企业、事业单位: the first item cut to size took the verb before the list
    if not all(2 <= len(w) <= 6 and bounds[x] and bounds[y] for w, (x, y) in zip(words, spans)):
        return []
    if len(set(words)) < len(words) or any(w in STOPWORDS or not _content(w) for w in words):
        return []
    return spans


_JOINED = re.compile("或者|以及|或|和|及|与|的")  # 或者 joins two things; 的 makes a phrase (经营的产品)
# What may follow the last item of a list: the sentence goes on with a particle or stops.
_AFTER_LIST = frozenset("的地得和与及等是为在了都也，。、；：！？）》”」,.;:!?) \n")


def _last_item(form: str, a: int, b: int, size: int, bounds: bytearray) -> tuple[int, int] | None:
    """The last item of a list, at most ``size`` long, ending where the list visibly ends.

    Cutting it to its neighbour's length alone can take a piece of the next word
    (人民当家作主、依法治国有机统一 → 依法治国有机): the cut must be followed by a particle,
    punctuation or the end of the text, else the list is not read as one.
    """
    for end in range(min(b, a + size), a + 1, -1):
        if bounds[end] and (end == len(form) or form[end] in _AFTER_LIST):
            return a, end
    return None


def _trim_series(form: str, items: list[tuple[int, int]], bounds: bytearray) -> list[tuple[int, int]]:
    """Cut the run-on text off the first and last items (增强政治性 → 政治性), then check."""
    inner = [b - a for a, b in items[1:-1]]
    size = max(inner)
    words = [form[a:b] for a, b in items]
    suffix = _affix(words[1:-1] + [words[0][-size:]])
    # The first item is as long as its neighbour (重大政治意义、理论意义 → 政治意义).
    first = (items[0][1] - min(items[1][1] - items[1][0], items[0][1] - items[0][0]), items[0][1])
    first = _whole_first(form, items[0][0], first, bounds, words[1:])
    a, b = items[-1]
    last = (a, min(b, a + size))
    if suffix and words[1].endswith(suffix):
        end = form.find(suffix, a, b)  # the last item ends where its suffix does: 工匠精神的重大意义
        if end >= 0:
            last = (a, end + len(suffix))
    spans = [first, *items[1:-1], last]
    words = [form[x:y] for x, y in spans]
    if len(set(words)) < len(words) or not _affix(words) or any(w in STOPWORDS for w in words):
        return []
    if max(len(w) for w in words) > MAX_SERIES_ITEM or len(words) > MAX_SERIES_ITEMS:
        return []  # long clauses in a row are an enumeration to read, not a series to recite
    return spans


_LEADING = frozenset("在对把从向于以为与和及将被由")


def _whole_first(form: str, lo: int, first: tuple[int, int], bounds: bytearray,
                 others: list[str]) -> tuple[int, int]:
    """The first item of a series as a whole term: without a preposition in front (在党史 → 党史),
    with the word before it when the other items start with it too (协调发展战略 → 区域协调发展战略,
    beside 区域重大战略)."""
    a, b = first
    while b - a > 2 and form[a] in _LEADING and bounds[a + 1]:
        a += 1
    if a - 2 >= lo and b - a + 2 <= MAX_SERIES_ITEM and bounds[a - 2] and \
            any(w.startswith(form[a - 2:a]) for w in others):
        a -= 2
    return a, b
