"""Search as a newcomer would script it: jieba + rank-bm25, tokenizing and indexing at every start.

    python bench/newcomer.py CORPUS.jsonl QUERY

CORPUS.jsonl holds ``{"id", "text"}`` lines. Prints the top-10 excerpt ids.
"""

from __future__ import annotations

import json
import logging
import sys

import jieba
from rank_bm25 import BM25Okapi


def main() -> None:
    path, query = sys.argv[1], sys.argv[2]
    logging.getLogger("jieba").setLevel(logging.WARNING)
    # A private tokenizer: the same work as jieba.lcut, without jieba's global one.
    cut = jieba.Tokenizer().lcut
    with open(path, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    bm25 = BM25Okapi([cut(r["text"]) for r in rows])
    top = bm25.get_top_n(cut(query), rows, n=10)
    print(" ".join(r["id"] for r in top))


if __name__ == "__main__":
    main()
