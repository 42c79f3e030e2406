"""Build textkit/analysis/data/vectors.npz: word vectors of policy and legal Chinese, for option meaning.

A choice item's wrong options must be of the answer's kind *in meaning*: 任免权 takes 审批权 or
人事权, not 经营权; 学术体系 (of 哲学社会科学) takes 教材体系, not 工业体系. Characters and tags cannot
tell these apart; words that occur among the same words can. The vectors are the classic count
model (Levy, Goldberg & Dagan 2015): co-occurrence counts in a window of two words (weighted
1/distance), positive PMI with context-distribution smoothing (0.75), truncated SVD with the
singular values' square root as weights, rows normalized. Run from the repository root:

    python tools/build_vectors.py [--words 40000] [--dims 64]

The corpus is the 3,477 statutes of ``../shared/data/laws/laws.jsonl.xz`` and the congress and
government work reports of ``../shared/data/political/`` (counted twice: they are the users'
kind of text and much shorter), cut by textkit's Segmenter (fast engine, the same tokens). Kept:
the commonest ``--words`` words of two or more Chinese characters. Shipped as numpy arrays (no
pickle): ``words`` (unicode) and ``vectors`` (int8, each row a unit vector times 127).
"""

from __future__ import annotations

import argparse
import json
import lzma
import re
import sys
import time
from pathlib import Path

import numpy as np
from scipy import sparse
from scipy.sparse.linalg import svds

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from textkit.analysis.normalize import analysis_forms  # noqa: E402
from textkit.analysis.segment import Segmenter  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
OUT = ROOT / "textkit" / "analysis" / "data" / "vectors.npz"
WINDOW = 2
POWER = 0.5
SMOOTHING = 0.75
_HAN_WORD = re.compile(r"[\u4e00-\u9fff]{2,}")


def corpus() -> list[str]:
    texts: list[str] = []
    with lzma.open(DATA / "laws" / "laws.jsonl.xz", "rt", encoding="utf-8") as f:
        for line in f:
            texts += [p for p in json.loads(line)["content"].split("\n") if p.strip()]
    for name in ("cpc_congress_reports.jsonl", "government_work_reports.jsonl"):
        with (DATA / "political" / name).open(encoding="utf-8") as f:
            for line in f:
                paragraphs = [p for p in json.loads(line)["content"].split("\n") if p.strip()]
                texts += paragraphs * 2
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=40000)
    parser.add_argument("--dims", type=int, default=100)
    parser.add_argument("--window", type=int, default=WINDOW)
    parser.add_argument("--power", type=float, default=POWER, help="weight of the singular values (0: none)")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    t0 = time.perf_counter()
    texts = corpus()
    words, codes, counts = Segmenter(engine="fast").cut_coded(analysis_forms(texts))
    print(f"{len(texts)} paragraphs, {len(codes)} tokens, {len(words)} distinct ({time.perf_counter() - t0:.0f} s)",
          file=sys.stderr)
    freq = np.bincount(codes, minlength=len(words))
    han = np.fromiter((bool(_HAN_WORD.fullmatch(w)) for w in words), bool, len(words))
    order = np.argsort(-freq * han, kind="stable")[:args.words]
    order = order[han[order] & (freq[order] > 0)]
    vocab = np.full(len(words), -1, np.int64)
    vocab[order] = np.arange(len(order))
    ids = vocab[codes]
    # A paragraph's last token is followed by the next paragraph's first: cut the window there.
    para = np.repeat(np.arange(len(counts)), counts)
    n = len(order)
    total = sparse.csr_matrix((n, n), dtype=np.float64)
    for d in range(1, args.window + 1):
        a, b = ids[:-d], ids[d:]
        ok = (a >= 0) & (b >= 0) & (para[:-d] == para[d:])
        pair = sparse.coo_matrix((np.full(ok.sum(), 1.0 / d), (a[ok], b[ok])), shape=(n, n)).tocsr()
        total = total + pair + pair.T
    total = total.tocoo()
    row_sum = np.asarray(total.sum(axis=1)).ravel()
    col_sum = np.asarray(total.sum(axis=0)).ravel() ** SMOOTHING
    pmi = np.log(total.data * col_sum.sum() / (row_sum[total.row] * col_sum[total.col]))
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep], (total.row[keep], total.col[keep])), shape=(n, n))
    u, s, _ = svds(ppmi, k=args.dims)
    vectors = u * s ** args.power
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-12
    quantized = np.round(vectors * 127).astype(np.int8)
    out = args.out
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out, words=np.array([words[i] for i in order]), vectors=quantized)
    print(f"wrote {out} ({n} words × {args.dims}, {out.stat().st_size // 1024} KB, "
          f"{time.perf_counter() - t0:.0f} s)", file=sys.stderr)


if __name__ == "__main__":
    main()
