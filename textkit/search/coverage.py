"""How well a search hit covers the line that found it: for ``textkit locate``.

BM25 always names a best excerpt, even for a line whose words are nowhere in the index (it
shares 的 and 工作 with something). ``coverage(line, text)`` is the share of the line's letters,
digits and ideographs that lie in a two-character piece of the line also found in the excerpt
(compared in analysis form: width, traditional characters and case folded; punctuation and spaces
ignored on both sides). A line copied from the excerpt, or with a blank cut out of it, scores 1.0;
200 questions of a real quiz bank against the bundled notice, which they are not from, scored
0.13 (median) to 0.37 (highest).
"""

from __future__ import annotations

from .planner import analysis_key

# Below this, `textkit locate` says "no match" instead of naming a source (README, locate).
LOCATE_MIN_COVERAGE = 0.5


def _letters(text: str) -> str:
    return "".join(ch for ch in analysis_key(text) if ch.isalnum())


def coverage(line: str, text: str) -> float:
    """Share (0..1) of ``line``'s letters, digits and ideographs covered by pieces found in ``text``."""
    q, t = _letters(line), _letters(text)
    if not q or not t:
        return 0.0
    if len(q) == 1:
        return 1.0 if q in t else 0.0
    pairs = {t[i:i + 2] for i in range(len(t) - 1)}
    covered = [False] * len(q)
    for i in range(len(q) - 1):
        if q[i:i + 2] in pairs:
            covered[i] = covered[i + 1] = True
    return sum(covered) / len(q)
