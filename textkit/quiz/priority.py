"""Which drafts a quiz asks first: fill-ins whose words settle their answer before those that leave it open.

The maker orders its drafts by the rank of their phrase times :func:`ask_weight` (then the seed's jitter); a weight
below 1 moves a draft forward, above 1 back.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from typing import Iterable, Sequence

from ..analysis.normalize import analysis_form
from .cloze import Cloze
from .model import QuizItem
from .meaning import similarity
from .tables import idf_table, word_freqs

# Where a one-blank fill-in stands in its sentence, and how surely its words settle the answer. On the judged samples
# (30th-35th), 50 of 58 blanks naming who acts (＿＿应当…, 由＿＿…) or a figure passed, against 81 of 140 blanks just
# before or after 的 (野生动物的＿＿＿＿: many heads fit a modifier shown, many modifiers a head) and 264 of 375 others.
_ACTOR_AFTER = re.compile(r"(?:应当|可以|不得|负责|必须|有权|依照|按照|依法)")
_BODY_BEFORE = ("由", "向", "经", "报", "会同")
ACTOR_WEIGHT, OF_WEIGHT = 0.5, 2.0


# A term of the background's vocabulary (the 13,930 words of the shipped IDF table, from policy and legal texts: 行政复议,
# 税收优惠, 因地制宜, 城乡规划) is one a prepared reader knows by that name; a rarer one is often one text's wording of
# what readers say otherwise (存储设施/存储设备, 携犬出户/携犬外出, 条理清晰/层次分明). Of the judged one-blank fill-ins of 3-6
# characters, background terms passed 91%, 78% and 65% in the 20th-29th, 30th-33rd and 34th-36th samples, the others
# 83%, 57% and 54%. Regenerated, the 34th-36th samples' fill-ins of background terms go from 36% to 48%.
RARE_WEIGHT = 5.0

# A four-character term whose source also says a twin of it, one half the same and the other near in meaning (银行账号
# beside 开立银行账户, 突发事件 beside 电力突发事故, 联动机制 beside 协调机制): a reader of that source may well write
# the twin. Of the judged one-blank fill-ins of four characters (20th-42nd samples), 20 of 43 with such a twin
# (halves' word vectors at 0.6 or nearer) passed, 47% against 65% of the others: 56% against 76% in the 20th-33rd,
# 41% against 58% in the 34th-42nd.
TWIN_WEIGHT, TWIN_NEAR = 3.0, 0.6


def ask_weight(kind: str, cloze: Cloze, twins: "Twins | None" = None) -> float:
    """How far a draft moves in the order of asking (below 1 forward, above 1 back): by where its blank stands,
    whether its term (of candidate ``kind``) is one readers know by that name, and whether the source (``twins``)
    says a near twin of it."""
    weight = role_weight(cloze)
    term = analysis_form(cloze.answers[0]) if len(cloze.answers) == 1 else ""
    if kind in ("term", "lexicon") and term and term not in idf_table().table:
        weight *= RARE_WEIGHT
    if kind in ("term", "lexicon") and twins is not None and twins.has_twin(term):
        weight *= TWIN_WEIGHT
    return weight


class Twins:
    """The two characters a source says after the first half, and before the second half, of each of ``terms``
    (four characters each), to tell a term with a near twin in the source. One pass of the regular-expression
    engine per half: a corpus of a million characters is read in a fraction of a second."""

    def __init__(self, texts: Sequence[str], terms: Iterable[str]) -> None:
        terms = {t for t in terms if len(t) == 4}
        text = "\n".join(texts)
        self._tails = _neighbours(text, {t[:2] for t in terms}, after=True)  # 银行 → {账户, 账号, …}
        self._heads = _neighbours(text, {t[2:] for t in terms}, after=False)  # 账户 → {银行, 个人, …}

    def has_twin(self, term: str) -> bool:
        """Whether the source says ``term`` with one half put for another near in meaning (银行账户 for 银行账号)."""
        if len(term) != 4:
            return False
        head, tail = term[:2], term[2:]
        return any(other != tail and _near(tail, other) for other in self._tails.get(head, ())) \
            or any(other != head and _near(head, other) for other in self._heads.get(tail, ()))


def _neighbours(text: str, halves: set[str], after: bool) -> dict[str, set[str]]:
    """For each of ``halves``, the two Chinese characters the text says after it (or before it)."""
    out: dict[str, set[str]] = defaultdict(set)
    if not halves:
        return out
    alternatives = "|".join(map(re.escape, sorted(halves)))
    pattern = f"(?=({alternatives})([\u4e00-\u9fff]{{2}}))" if after else f"(?=([\u4e00-\u9fff]{{2}})({alternatives}))"
    for m in re.finditer(pattern, text):
        half, other = (m.group(1), m.group(2)) if after else (m.group(2), m.group(1))
        out[half].add(other)
    return out


@functools.lru_cache(maxsize=65536)
def _near(a: str, b: str) -> bool:
    """Whether two words (of the dictionary both) are near in meaning by the word vectors."""
    freqs = word_freqs()
    if a not in freqs or b not in freqs:
        return False
    near = similarity(a, b)
    return near is not None and near >= TWIN_NEAR


def role_weight(cloze: Cloze) -> float:
    """How far the blank's place moves a draft in the order of asking: forward for who acts, back beside 的."""
    if len(cloze.blanks) != 1:
        return 1.0
    a, b = cloze.blanks[0]
    before, after = cloze.prompt[a - 1:a], cloze.prompt[b:b + 1]
    if (a == 0 or before in "，、；：和") and _ACTOR_AFTER.match(cloze.prompt, b) \
            or cloze.prompt[max(0, a - 2):a].endswith(_BODY_BEFORE):
        return ACTOR_WEIGHT
    return OF_WEIGHT if "的" in (before, after) else 1.0


def sure_fill_in(item: QuizItem) -> bool:
    """Whether a fill-in's words settle its answer: a number, several blanks, or a term of five characters or more.
    Another word of the blank's length rarely fits those; on the 77th-103rd samples they passed 98%, 81% and 80%,
    a shorter term in a series (…、（　）、…) 64% and any other term of three or four characters 58%
    (一体化建设/一体化发展, 专项资金/专项经费)."""
    return len(item.answers) != 1 or settled(item.answers[0]) or len(analysis_form(item.answers[0])) >= 5


_SETTLED = re.compile(r"\d|[一二两三四五六七八九十百千]+(?:个|项|大|种|条|年|日|月|人|倍|周岁|小时|万|亿)|百分之")


def settled(answer: str) -> bool:
    """Whether a choice answer is a number, a date or a numbered formula (240段, 十五日, 两个确立, 十八大):
    its options (other numbers, other formulas of the family) are wrong without doubt."""
    return bool(_SETTLED.match(analysis_form(answer)))
