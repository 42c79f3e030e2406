"""Build textkit/analysis/data/statute_words.txt: the words of statutes' stock prose.

A word most statutes use (会同, 主管部门, 合法权益, 监督管理, 罚款, 设置) is true of any of them, so a
blank on it tests nothing; a quiz writer asks what the statute at hand says (职工代表大会,
十五日, 竞业限制). Run from the repository root:

    python tools/build_statute_words.py [--min-share 0.2]

Documents are the laws of ``../shared/data/laws/laws.jsonl.xz`` (3,477 statutes, each one
document), cut by textkit's Segmenter; kept: words of two or more Chinese characters found in at
least ``--min-share`` of them. Like the IDF table it is a background statistic, shipped as text.
"""

from __future__ import annotations

import argparse
import json
import lzma
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from textkit.analysis.segment import Segmenter  # noqa: E402

LAWS = ROOT.parent / "shared" / "data" / "laws" / "laws.jsonl.xz"
OUT = ROOT / "textkit" / "analysis" / "data" / "statute_words.txt"
_HAN_WORD = re.compile(r"[\u4e00-\u9fff]{2,}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-share", type=float, default=0.2)
    args = parser.parse_args()
    seg = Segmenter()
    df: Counter[str] = Counter()
    n = 0
    with lzma.open(LAWS, "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                df.update({w for w in seg(json.loads(line)["content"]) if _HAN_WORD.fullmatch(w)})
                n += 1
    if not n:
        sys.exit(f"no laws in {LAWS}")
    kept = sorted((w for w, c in df.items() if c >= args.min_share * n), key=lambda w: (-df[w], w))
    OUT.write_text(f"# words in at least {args.min_share:.0%} of {n} statutes (tools/build_statute_words.py)\n"
                   + "\n".join(kept) + "\n", encoding="utf-8")
    print(f"{len(kept)} words -> {OUT}")


if __name__ == "__main__":
    main()
