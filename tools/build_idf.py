"""Build textkit/analysis/data/idf.tsv: word IDF learned from the shared political corpus.

The shared texts are not installed with textkit, so the IDF that ranks key phrases ships as a
small TSV table built here (no pickle). Run from the repository root:

    python tools/build_idf.py [--min-df 3]

Documents are the paragraphs of ``../shared/data/political/*.jsonl``; IDF is scikit-learn's
smoothed ``idf_`` (``log((1 + n) / (1 + df)) + 1``). Only words of two or more characters that
contain a Chinese character are kept: nothing else can be a key phrase.

Multi-word terms (管党治党, 人民民主专政, 美好生活需要) are kept too: runs of two or three words
that recur in at least ``--min-term-df`` paragraphs and hold together (the run occurs in at least
a tenth of the paragraphs of its rarer word). With them a term is known even when a text names
it only once.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from textkit.analysis.segment import Segmenter  # noqa: E402

POLITICAL = ROOT.parent / "shared" / "data" / "political"
OUT = ROOT / "textkit" / "analysis" / "data" / "idf.tsv"
_HAN = re.compile(r"[\u4e00-\u9fff]")
_HAN_WORD = re.compile(r"[\u4e00-\u9fff]+")


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
    parser.add_argument("--min-term-df", type=int, default=8)
    args = parser.parse_args()
    from sklearn.feature_extraction.text import TfidfVectorizer

    docs = paragraphs()
    if not docs:
        sys.exit(f"no political texts under {POLITICAL}")
    seg = Segmenter(engine="fast")

    from textkit.quiz.phrases import STOPWORDS

    tokenized = [seg(d) for d in docs]

    def words(tokens: list[str]) -> list[str]:
        return [w for w in tokens if len(w) >= 2 and _HAN.search(w)]

    def runs(tokens: list[str]) -> list[str]:
        out = []
        for i in range(len(tokens)):
            for size in (2, 3):
                run = tokens[i:i + size]
                if len(run) < size or not all(_HAN_WORD.fullmatch(w) for w in run):
                    continue
                if len(run[0]) < 2 or len(run[-1]) < 2 or run[0] in STOPWORDS or run[-1] in STOPWORDS:
                    continue
                if len("".join(run)) <= 10:
                    out.append("\x00".join(run))
        return out

    vec = TfidfVectorizer(analyzer=words, min_df=args.min_df, smooth_idf=True).fit(tokenized)
    terms = TfidfVectorizer(analyzer=runs, min_df=args.min_term_df, smooth_idf=True).fit(tokenized)
    n = len(docs)
    idf = dict(zip(vec.get_feature_names_out(), vec.idf_))
    df = {w: (1 + n) / math.exp(v - 1) - 1 for w, v in idf.items()}
    for run, value in zip(terms.get_feature_names_out(), terms.idf_):
        parts = run.split("\x00")
        run_df = (1 + n) / math.exp(value - 1) - 1
        if all(p in df for p in parts) and run_df >= 0.1 * min(df[p] for p in parts):
            idf.setdefault("".join(parts), value)
    rows = sorted(idf.items(), key=lambda r: (r[1], r[0]))
    with OUT.open("w", encoding="utf-8", newline="\n") as f:
        f.write(f"#docs\t{n}\n#min_df\t{args.min_df}\n")
        for word, idf in rows:
            f.write(f"{word}\t{idf:.2f}\n")
    print(f"{OUT.relative_to(ROOT)}: {len(rows)} words from {n} paragraphs")


if __name__ == "__main__":
    main()
