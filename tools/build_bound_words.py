"""Build textkit/analysis/data/bound_words.tsv: words that policy and legal Chinese almost never says
without one neighbour, so that a blank over the word alone cuts a term.

The segmenter gives 非法人 | 组织, 村农民 | 集体所有, 被单 | 处罚金, 严重 | 不良行为: each a word, each half
of a term a reader knows whole (非法人组织, 村农民集体所有, 单处罚金, 严重不良行为). A blank over the half
hides a fragment and grades the whole term wrong. Which words are halves is a fact of the language the
users read, counted here over the 3,477 statutes of ``../shared/data/laws/laws.jsonl.xz`` and the congress
and government work reports of ``../shared/data/political/``, cut by textkit's Segmenter (fast engine, the
tokens the quiz maker sees). Run from the repository root:

    python tools/build_bound_words.py [--share 0.6] [--min-count 3]

A line ``word<TAB>side<TAB>neighbour<TAB>share`` says that ``share`` of the word's occurrences (at least
``--min-count`` of them) have ``neighbour`` just to its ``side`` (``left`` or ``right``) in the same
paragraph. Function words (的, 和, 是) and punctuation are never a neighbour that binds.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from textkit.analysis.normalize import analysis_forms  # noqa: E402
from textkit.analysis.segment import Segmenter  # noqa: E402
from tools.build_vectors import corpus  # noqa: E402

OUT = ROOT / "textkit" / "analysis" / "data" / "bound_words.tsv"
_HAN = re.compile(r"[\u4e00-\u9fff]+")
# Words that stand beside anything: particles, prepositions, conjunctions, localizers, modal verbs.
_FREE = frozenset("的地得之在和与及或并且而是为对从把被向以于由等了着过也都就又再还将已给让使中上下里内外后前时间其各该本每这那") \
    | frozenset("或者 以及 并且 应当 可以 不得 依法 负有 按照 依照 根据 对于 关于 其他 有关 以上 以下 之一 之间 等等".split())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--share", type=float, default=0.6)
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    t0 = time.perf_counter()
    texts = list(dict.fromkeys(corpus()))  # the reports' paragraphs once: a share, not a weight
    words, codes, counts = Segmenter(engine="fast").cut_coded(analysis_forms(texts))
    para = np.repeat(np.arange(len(counts)), counts)
    freq = np.bincount(codes, minlength=len(words))
    han = np.fromiter((bool(_HAN.fullmatch(w)) for w in words), bool, len(words))
    free = np.fromiter((w in _FREE for w in words), bool, len(words))
    same = para[:-1] == para[1:]
    a, b = codes[:-1][same], codes[1:][same]
    ok = han[a] & han[b]
    key = a[ok] * len(words) + b[ok]
    pairs, n = np.unique(key, return_counts=True)
    left_word, right_word = pairs // len(words), pairs % len(words)
    lines = [f"# built by tools/build_bound_words.py --share {args.share} --min-count {args.min_count}"]
    for side, word, other in (("right", left_word, right_word), ("left", right_word, left_word)):
        share = n / freq[word]
        keep = (share >= args.share) & (n >= args.min_count) & (freq[word] >= args.min_count) & ~free[other]
        for w, o, s in zip(word[keep], other[keep], share[keep]):
            lines.append(f"{words[w]}\t{side}\t{words[o]}\t{s:.2f}")
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(texts)} paragraphs, {len(codes)} tokens: {len(lines) - 1} bound words → {args.out} "
          f"({args.out.stat().st_size // 1024} KB, {time.perf_counter() - t0:.0f} s)", file=sys.stderr)


if __name__ == "__main__":
    main()
