"""Profile textkit's index build, single queries or batch queries on a benchmark corpus.

    python bench/profile_textkit.py --size 50k --what search   # or build, batch
    python bench/profile_textkit.py --size 10k --what build --html build.html

Prints pyinstrument's call tree (``pip install pyinstrument``), so the functions that limit a
figure in ``docs/benchmarks.md`` can be named.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import corpora  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", default="50k", help="10k, 50k, 200k, all or a number")
    ap.add_argument("--what", choices=["build", "search", "fresh", "batch"], default="search",
                    help="fresh: each query's plan forgotten first, as for a query never seen before")
    ap.add_argument("--mode", default="exact", choices=["search", "exact"])
    ap.add_argument("--queries", type=int, default=100, help="queries per kind")
    ap.add_argument("--html", type=Path, help="also write pyinstrument's HTML report here")
    args = ap.parse_args()
    from pyinstrument import Profiler

    from textkit.search.index import SearchIndex
    from textkit.analysis.segment import Segmenter

    everything = corpora.load_all()
    n = corpora.NAMED_SIZES.get(args.size) or (int(args.size) if args.size.isdigit() else len(everything))
    n = min(n, len(everything))
    seg = Segmenter(engine="fast", mode=args.mode)
    small = min(n, 10_000)
    tokens, _ = corpora.tokenize_prefixes(everything[:small], seg, [small])
    queries = corpora.make_queries(corpora.make_corpus("q", everything, tokens, small), args.queries)
    flat = [q for qs in queries.values() for q in qs]
    excerpts = everything[:n]
    profiler = Profiler(interval=0.0005)
    if args.what == "build":
        profiler.start()
        SearchIndex.build(excerpts, segmenter=seg)
        profiler.stop()
    else:
        index = SearchIndex.build(excerpts, segmenter=seg)
        index.search(flat[0], k=10)  # first-query set-up is not per-query cost
        profiler.start()
        if args.what == "search":
            for q in flat:
                index.search(q, k=10)
        elif args.what == "fresh":
            for q in flat:
                index._plans.clear()
                index.search(q, k=10)
        else:
            index.search_many(flat, k=10)
        profiler.stop()
    print(profiler.output_text(unicode=True, color=False, show_all=False))
    if args.html:
        args.html.write_text(profiler.output_html(), encoding="utf-8")


if __name__ == "__main__":
    main()
