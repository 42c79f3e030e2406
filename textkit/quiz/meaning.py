"""How near two terms are in meaning, by word vectors of policy and legal Chinese.

A wrong option must be of the answer's kind in meaning, not only in form: 审批权 beside 任免权,
never 经营权; 推荐性 beside 强制性, never 流动性 or 可能性. The vectors (``tools/build_vectors.py``:
PPMI and SVD over 3,477 statutes and the congress and work reports) place words that occur among
the same words near each other. A term is read as its longest known words (学术体系 → 学术 体系);
what two terms share (…体系, …权) says nothing, so :func:`modifier_similarity` compares the rest.
"""

from __future__ import annotations

import functools
from importlib import resources
from typing import TYPE_CHECKING

from ..analysis.normalize import analysis_form

if TYPE_CHECKING:
    import numpy as np

_LONGEST = 6  # characters: the longest word looked up


@functools.lru_cache(maxsize=1)
def _table() -> tuple[dict[str, int], "np.ndarray"]:
    import numpy as np

    with resources.files("textkit.analysis").joinpath("data/vectors.npz").open("rb") as f:
        data = np.load(f, allow_pickle=False)
        words, vectors = data["words"], data["vectors"]
        return {w: i for i, w in enumerate(words.tolist())}, vectors.astype(np.float32) / 127


def known(word: str) -> bool:
    """Whether ``word`` has a vector of its own."""
    return analysis_form(word) in _table()[0]


@functools.lru_cache(maxsize=4096)
def vector(phrase: str) -> "np.ndarray | None":
    """The phrase's meaning: the mean of its longest known words' vectors (None if none is known).

    Remembered: a prompt's topic is asked once per option. Do not modify the array returned."""
    import numpy as np

    index, vectors = _table()
    form = analysis_form(phrase)
    rows, i = [], 0
    while i < len(form):
        for size in range(min(_LONGEST, len(form) - i), 1, -1):
            row = index.get(form[i:i + size])
            if row is not None:
                rows.append(row)
                i += size
                break
        else:
            i += 1  # a single character or an unknown run: no meaning of its own here
    if not rows:
        return None
    v = vectors[rows].mean(axis=0)
    norm = float(np.linalg.norm(v))
    return v / norm if norm else None


def similarity(a: str, b: str) -> float | None:
    """Cosine of the two phrases' vectors; None if either is unknown."""
    va, vb = vector(a), vector(b)
    if va is None or vb is None:
        return None
    return float(va @ vb)


def own_words(answer: str, option: str) -> tuple[str, str]:
    """What tells two terms apart: their shared ending (…权, …体系) and shared first word (自我…) cut off."""
    a, o = analysis_form(answer), analysis_form(option)
    n = 0
    while n < min(len(a), len(o)) - 1 and a[-1 - n] == o[-1 - n]:
        n += 1
    a, o = a[:len(a) - n], o[:len(o) - n]
    n = 0
    while n < min(len(a), len(o)) - 1 and a[n] == o[n]:
        n += 1
    if n >= 2:  # a shared first word (自我净化/自我服务); one shared character (学术/学科) is no word
        a, o = a[n:], o[n:]
    return a, o


def context_fit(answer: str, option: str, context: str) -> tuple[float, float] | None:
    """How well the answer's and the option's own words (:func:`own_words`) fit the topic of
    ``context`` (the prompt): 产业规划和（　　） fits 空间布局 0.28, 经济布局 0.23, 作物布局 0.07."""
    a, o = own_words(answer, option)
    topic, va, vo = vector(context), vector(a), vector(o)
    if topic is None or va is None or vo is None:
        return None
    return float(va @ topic), float(vo @ topic)


def modifier_similarity(answer: str, option: str) -> float | None:
    """:func:`similarity` of what tells the two apart: 任免权/审批权 → 任免/审批, 学术体系/工业体系 →
    学术/工业, 自我净化/自我服务 → 净化/服务. A whole known word is compared whole (强制性/推荐性)."""
    index = _table()[0]
    if analysis_form(answer) in index and analysis_form(option) in index:
        return similarity(answer, option)
    return similarity(*own_words(answer, option))


#: How near in meaning a wrong option's own words must be to the answer's (:mod:`textkit.quiz.meaning`):
#: below, another kind of thing (经营权 for 任免权 0.08, 工业体系 for 学术体系 0.02, 流动性 for 强制性
#: -0.07); above, one and the same thing or a member of the answer's stock list (资源化 for 无害化 0.89).
#: ``python -m eval.meaning``: 30 pairs of one kind, 24 of two kinds, AUC 0.95; the floor keeps 25 and 3 of them.
MEANING_BAND = (0.2, 0.8)
#: How well a wrong option's own words must fit the prompt's topic: at least this share of the
#: answer's fit (投保安全生产（　　）: 责任保险 0.38, 社会保险 0.22; 医疗保险 0.10 is out).
FIT_SHARE = 0.5


def meaning_fits(answer: str, option: str, prompt: str = "") -> bool:
    """Whether ``option`` is of the answer's kind in meaning, no near synonym (see :data:`MEANING_BAND`)
    and, given the ``prompt``, as much about its topic as a wrong option must be (:data:`FIT_SHARE`)."""
    near = modifier_similarity(answer, option)
    if near is None or not MEANING_BAND[0] <= near < MEANING_BAND[1]:
        return False
    fit = context_fit(answer, option, prompt) if prompt else None
    return fit is None or fit[1] >= FIT_SHARE * fit[0]
