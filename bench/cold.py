"""A peer's equivalent of ``textkit search QUERY --index PATH``, run as a fresh process.

    python bench/cold.py bm25s|tantivy INDEX_DIR QUERY [--mode search] [--queries FILE]

The query is analysed as textkit analyses it (``SearchIndex.analyze``), as the documents were, so a peer
pays the same analysis cost a textkit process does. Prints the top-10 excerpt ids.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

K = 10


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("engine", choices=["bm25s", "tantivy"])
    ap.add_argument("index")
    ap.add_argument("query")
    ap.add_argument("--mode", default="exact")
    ap.add_argument("--queries", help="a file of queries, one a line, answered after QUERY")
    args = ap.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from textkit.analysis.segment import Segmenter

    seg = Segmenter(engine="fast", mode=args.mode)
    try:  # the terms textkit would index, as the benchmark gave the peer
        from textkit.search.index import SearchIndex

        seg = SearchIndex(seg).analyze
    except (ImportError, AttributeError):
        pass
    queries = [args.query]
    if args.queries:
        queries += [q for q in Path(args.queries).read_text(encoding="utf-8").splitlines() if q.strip()]
    if args.engine == "bm25s":
        import bm25s

        model = bm25s.BM25.load(args.index, mmap=True, load_corpus=True, show_progress=False)
        for q in queries:
            # With its corpus loaded, bm25s returns the stored rows themselves.
            terms = [t for t in seg(q) if t in model.vocab_dict]
            if not terms:
                print()
                continue
            docs, _ = model.retrieve([terms], k=K, show_progress=False)
            print(" ".join(d["id"] for d in docs[0]))
    else:
        import tantivy

        index = tantivy.Index.open(args.index)
        schema, searcher = index.schema, index.searcher()
        for q in queries:
            terms = seg(q)
            if not terms:
                print()
                continue
            query = tantivy.Query.boolean_query(
                [(tantivy.Occur.Should, tantivy.Query.term_query(schema, "body", t)) for t in terms]
            )
            print(" ".join(searcher.doc(a)["id"][0] for _, a in searcher.search(query, K).hits))


if __name__ == "__main__":
    main()
