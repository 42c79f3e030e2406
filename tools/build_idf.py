"""Build textkit/data/idf.tsv: word IDF learned from the shared political corpus.

The shared texts are not installed with textkit, so the IDF that ranks key phrases ships as a
small TSV table built here (no pickle). Run from the repository root:

    python tools/build_idf.py [--min-df 3]

Documents are the paragraphs of ``../shared/data/political/*.jsonl``; IDF is scikit-learn's
smoothed ``idf_`` (``log((1 + n) / (1 + df)) + 1``). Only words of two or more characters that
contain a Chinese character are kept: nothing else can be a key phrase.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from textkit.segment import Segmenter  # noqa: E402

POLITICAL = ROOT.parent / "shared" / "data" / "political"
OUT = ROOT / "textkit" / "data" / "idf.tsv"
_HAN = re.compile(r"[\u4e00-\u9fff]")


def paragraphs() -> list[str]:
    out = []
    for path in sorted(POLITICAL.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                content = json.loads(line).get("content") or ""
                out.extend(p.strip() for p in content.split("\n") if len(p.strip()) >= 10)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-df", type=int, default=3)
    args = parser.parse_args()
    from sklearn.feature_extraction.text import TfidfVectorizer

    docs = paragraphs()
    if not docs:
        sys.exit(f"no political texts under {POLITICAL}")
    seg = Segmenter(engine="fast")

    def analyzer(text: str) -> list[str]:
        return [w for w in seg(text) if len(w) >= 2 and _HAN.search(w)]

    vec = TfidfVectorizer(analyzer=analyzer, min_df=args.min_df, smooth_idf=True).fit(docs)
    n = len(docs)
    rows = sorted(zip(vec.get_feature_names_out(), vec.idf_), key=lambda r: (r[1], r[0]))
    with OUT.open("w", encoding="utf-8", newline="\n") as f:
        f.write(f"#docs\t{n}\n#min_df\t{args.min_df}\n")
        for word, idf in rows:
            f.write(f"{word}\t{idf:.2f}\n")
    print(f"{OUT.relative_to(ROOT)}: {len(rows)} words from {n} paragraphs")


if __name__ == "__main__":
    main()
