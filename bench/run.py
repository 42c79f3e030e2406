"""Benchmark textkit against rank-bm25, bm25s, Tantivy and a newcomer's jieba + rank-bm25 script.

    python bench/run.py                  # full run: 10k, 50k, 200k, all (~357k), 1m excerpts
    python bench/run.py --quick          # a fast subset (10k and 50k, fewer queries and runs)
    python bench/run.py --sizes 10k,50k  # choose sizes (names or numbers)

Writes ``bench/results/latest.json`` and ``docs/benchmarks.md`` (with ``docs/benchmarks.png``).
Needs the ``bench`` extra (``pip install -e .[bench]``) and ``../shared/data``.
"""

from __future__ import annotations

import argparse
import datetime
import platform
import shutil
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import corpora  # noqa: E402
import measure  # noqa: E402
import peers  # noqa: E402
import report  # noqa: E402


def parse_sizes(text: str) -> list[tuple[str, int | None]]:
    """``10k,50k,all,1m`` or plain numbers -> [(label, count or None for all)]."""
    out = []
    for part in text.split(","):
        part = part.strip().lower()
        if part in corpora.NAMED_SIZES:
            out.append((part, corpora.NAMED_SIZES[part]))
        elif part:
            n = int(float(part[:-1]) * 1000) if part.endswith("k") else int(part)
            out.append((part, n))
    return out


def parser() -> argparse.ArgumentParser:
    """The command line of the benchmark."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="10k and 50k, 25 queries per kind, 2 runs")
    ap.add_argument("--sizes", help="comma-separated sizes: 10k,50k,200k,all,1m or numbers")
    ap.add_argument("--queries", type=int, help="queries per kind (words, phrases, rare, quiz); default 100")
    ap.add_argument("--repeats", type=int, help="runs per measurement; medians are reported (default 3)")
    ap.add_argument("--mode", default="exact", choices=["search", "exact"],
                    help="segmentation mode of the index (the CLI's default is exact)")
    ap.add_argument("--rank-bm25-max", type=int, default=50_000, help="largest corpus rank-bm25 is run on")
    ap.add_argument("--newcomer-max", type=int, default=50_000, help="largest corpus the jieba script is run on")
    ap.add_argument("--cold-repeats", type=int, help="fresh processes per engine and size (default 3)")
    ap.add_argument("--no-cold", action="store_true", help="skip the fresh-process measurements")
    ap.add_argument("--out", type=Path, default=HERE / "results" / "latest.json")
    ap.add_argument("--doc", type=Path, default=HERE.parent / "docs" / "benchmarks.md",
                    help="Markdown report (a PNG plot is written next to it); '-' for none")
    return ap


def main(argv: list[str] | None = None) -> dict:
    args = parser().parse_args(argv)
    sizes = parse_sizes(args.sizes or ("10k,50k" if args.quick else "10k,50k,200k,all,1m"))
    per_kind = args.queries or (25 if args.quick else 100)
    repeats = args.repeats or (2 if args.quick else 3)
    cold_repeats = args.cold_repeats or (2 if args.quick else 3)
    if not corpora.data_available():
        sys.exit(f"bench: no data at {corpora.DATA}; the benchmark reads ../shared/data")
    started = time.time()
    log = _logger()

    log("loading reports and laws")
    everything = corpora.load_all()
    counts = sorted({min(n or len(everything), len(everything)) for _, n in sizes})
    from textkit.analysis.segment import Segmenter

    seg = Segmenter(engine="fast", mode=args.mode)
    analyze = peers.analyzer(seg)
    analyze("预热")
    log(f"analysing {counts[-1]} excerpts once: fast engine, {args.mode} mode, textkit's term filter")
    tokens, seg_seconds = corpora.tokenize_prefixes(everything, analyze, counts)

    first = corpora.make_corpus("q", everything, tokens, counts[0])
    queries = corpora.make_queries(first, per_kind)
    all_queries = [q for qs in queries.values() for q in qs]
    t = time.process_time()
    qtokens = {kind: [analyze(q) for q in qs] for kind, qs in queries.items()}
    analysis_ms = (time.process_time() - t) / len(all_queries) * 1e3
    peer_tokenize = peers.query_tokenizer()
    t = time.process_time()
    peer_tokens = [peer_tokenize(q) for q in all_queries]
    peer_tokenize_ms = (time.process_time() - t) / len(all_queries) * 1e3
    same_tokens = sum(a == b for a, b in zip(peer_tokens, (q for qs in qtokens.values() for q in qs)))

    log("segmentation: jieba vs fast")
    sample = [e.text for e in everything[:: max(1, len(everything) // (1500 if args.quick else 5000))]]
    result = {
        "started": datetime.datetime.fromtimestamp(started).isoformat(timespec="seconds"),
        "machine": {"python": platform.python_version(), "cpus": _cpus(), "platform": platform.platform()},
        "settings": {"mode": args.mode, "queries_per_kind": per_kind, "repeats": repeats,
                     "cold_repeats": cold_repeats, "rank_bm25_max": args.rank_bm25_max,
                     "newcomer_max": args.newcomer_max, "k": peers.K, "versions": _versions()},
        "query_analysis_ms": analysis_ms,
        "peer_tokenize_ms": peer_tokenize_ms,
        "peer_tokens_same": same_tokens / len(all_queries),
        "queries": {k: len(v) for k, v in queries.items()},
        "query_examples": {k: v[:5] for k, v in queries.items()},
        "segmentation": measure.segmentation(sample, args.mode, all_queries, 2 if args.quick else 3),
        "textkit_available": peers.textkit_available(),
        "sizes": [],
    }
    workdir = corpora.CACHE / "indexes"
    for label, n in sizes:
        n = min(n or len(everything), n or len(everything))
        corpus = corpora.make_corpus(label, everything, tokens, n)
        log(f"== {label}: {len(corpus)} excerpts, {corpus.mb:.1f} MB{' (synthetic)' if corpus.synthetic else ''}")
        result["sizes"].append(bench_size(corpus, queries, qtokens, seg_seconds, args, repeats, cold_repeats,
                                          workdir / label, log, peer_tokenize))
        result["elapsed_s"] = time.time() - started
        peers.write_json(_ensure_dir(args.out), result)
    shutil.rmtree(workdir, ignore_errors=True)
    result["elapsed_s"] = time.time() - started
    peers.write_json(args.out, result)
    if str(args.doc) != "-":
        report.write(result, args.doc)
    for row in report.headline(result):
        met = "met" if row["met"] else ("n/a" if row["value"] is None else "MISSED")
        value = "–" if row["value"] is None else f"{row['value']:.3g} {row['unit']}"
        log(f"  {met:6s} {row['target']}: {value}")
    log(f"done in {result['elapsed_s']:.0f} s: {args.out}" + ("" if str(args.doc) == "-" else f", {args.doc}"))
    return result


def bench_size(corpus, queries, qtokens, seg_seconds, args, repeats, cold_repeats, workdir, log,
               peer_tokenize=None) -> dict:
    """Every figure for one corpus size (``peer_tokenize``: the peers' query tokenizer, made if None)."""
    peer_tokenize = peer_tokenize or peers.query_tokenizer()
    n = len(corpus)
    # Builds of big corpora take minutes each: one run there, several on the small ones.
    build_repeats = repeats if n <= 50_000 else 1
    seg_s = seg_seconds.get(n) if not corpus.synthetic else None
    out = {"label": corpus.name, "excerpts": n, "mb": corpus.mb, "synthetic": corpus.synthetic,
           "segmentation_s": seg_s, "engines": {}, "notes": []}
    engines: list[peers.Engine] = []
    if peers.textkit_available():
        engines.append(peers.Textkit(args.mode))
    else:
        out["notes"].append("textkit.search.index is not importable yet: textkit not measured")
    engines += [peers.BM25S(), peers.Tantivy(workdir / "tantivy-build")]
    if n <= args.rank_bm25_max:
        engines.append(peers.RankBM25())
    else:
        out["notes"].append(f"rank-bm25 skipped above {args.rank_bm25_max} excerpts (a Python loop per term)")
    flat_text = [q for qs in queries.values() for q in qs]
    flat_tok = [q for qs in qtokens.values() for q in qs]
    for engine in engines:
        log(f"   {engine.name}: build")
        r: dict = {}
        try:
            r["build"] = measure.build(engine, corpus, 1 if engine.name == "rank-bm25" else build_repeats)
            if seg_s is not None and not engine.takes_text:
                # The same work as textkit's build: segment with the same engine, then index.
                r["build"]["with_segmentation_s"] = r["build"]["seconds"] + seg_s["wall"]
                r["build"]["with_segmentation_cpu_s"] = r["build"]["cpu_s"] + seg_s["cpu"]
            qs = queries if engine.takes_text else qtokens
            if engine.name == "rank-bm25":
                cap = min(len(next(iter(qs.values()))), max(5, 250_000 // n))
                qs = {k: v[:cap] for k, v in qs.items()}
                out["notes"].append(f"rank-bm25: {cap} queries per kind, one run")
            log(f"   {engine.name}: queries")
            # The synthetic corpus is there for the shape of the curve: one run of its queries.
            one = engine.name == "rank-bm25" or corpus.synthetic
            # The headline: each query string as a user types it, never seen before (textkit forgets its
            # plan first; a peer runs its own query tokenizer), then the same with the analysis
            # remembered (textkit's plan cache; the peers handed the tokens).
            strings = {k: v[:len(qs[k])] for k, v in queries.items()}
            r["fresh"] = measure.latency(Fresh(engine, peer_tokenize), strings, 1 if one else repeats)
            r["latency"] = measure.latency(engine, qs, 1 if one else repeats)
            if engine.name == "textkit" and hasattr(engine.index, "analyze"):
                # How much of a textkit query is its own analysis (peers are handed tokens).
                r["latency"]["analysis_median_ms"] = measure.each_ms(engine.index.analyze, flat_text)
            if engine.batch:
                r["batch"] = measure.batch(engine, flat_text if engine.takes_text else flat_tok, repeats)
            if hasattr(engine, "forget"):
                # Queries never seen before (locate's work): a loop of search against one search_many.
                r["first_sight"] = measure.first_sight(engine, flat_text, repeats)
            if engine.name in ("textkit", "bm25s"):
                r["top1_same_as_bm25s"] = None  # filled below
            if engine.saves:
                switch = engine.name == "bm25s" or (engine.name == "textkit" and peers.Textkit.load_has_mmap_switch())
                r["disk"] = measure.save_and_load(engine, workdir / engine.name / "index", repeats, switch)
                if not args.no_cold:
                    log(f"   {engine.name}: cold processes")
                    path = workdir / engine.name / "index"
                    r["cold"] = measure.cold(lambda q: engine.cold_argv(path, q, args.mode), flat_text, cold_repeats)
                    qfile = workdir / "queries.txt"
                    qfile.write_text("\n".join(flat_text) + "\n", encoding="utf-8")
                    if engine.name == "textkit":
                        argv = [sys.executable, "-m", "textkit", "locate", str(qfile), "--index", str(path)]
                    else:
                        argv = engine.cold_argv(path, flat_text[0], args.mode) + ["--queries", str(qfile)]
                    many = measure.run_process(argv)
                    r["process_all_queries"] = {"seconds": many["seconds"], "max_rss_mb": many["max_rss_mb"],
                                                "ok": many["ok"], "queries": len(flat_text) + 1}
        except Exception as exc:  # one engine failing must not lose the others' figures
            r["error"] = f"{type(exc).__name__}: {exc}"
            log(f"   {engine.name}: FAILED {r['error']}")
        out["engines"][engine.name] = r
    out["agreement"] = _agreement(engines, corpus, queries, qtokens)
    for engine in engines:
        measure._release(engine)
    if not args.no_cold and n <= args.newcomer_max and not corpus.synthetic:
        log("   newcomer script (jieba + rank-bm25, from scratch)")
        path = corpora.write_jsonl(corpus, workdir / "corpus.jsonl")
        argv = [sys.executable, str(HERE / "newcomer.py"), str(path), flat_text[0]]
        out["newcomer"] = measure.cold(lambda q: argv[:-1] + [q], flat_text, 1)
    shutil.rmtree(workdir, ignore_errors=True)
    return out


class Fresh:
    """An engine as a user meets it: a query string, analysed anew every time."""

    def __init__(self, engine: peers.Engine, tokenize) -> None:
        self.engine, self.tokenize = engine, tokenize
        self.name = engine.name

    def search(self, query: str) -> list:
        if self.engine.takes_text:
            self.engine.forget()  # its plan cache: textkit analyses the string again (a dict clear, ~0.1 us)
            return self.engine.search(query)
        return self.engine.search(self.tokenize(query))


def _agreement(engines, corpus, queries, qtokens) -> dict:
    """Share of queries whose top hit is the same excerpt as bm25s's (same tokens, same BM25)."""
    by = {e.name: e for e in engines if getattr(e, "index", None) is not None or getattr(e, "model", None) is not None
          or getattr(e, "searcher", None) is not None}
    if "bm25s" not in by:
        return {}
    out = {}
    texts = [q for qs in queries.values() for q in qs]
    toks = [q for qs in qtokens.values() for q in qs]
    ref = [peers.ids_of(by["bm25s"], by["bm25s"].search(t), corpus)[:1] for t in toks]
    for name, e in by.items():
        if name == "bm25s" or name == "rank-bm25":
            continue
        try:
            got = [peers.ids_of(e, e.search(q if e.takes_text else t), corpus)[:1] for q, t in zip(texts, toks)]
        except Exception as exc:
            out[name] = f"{type(exc).__name__}: {exc}"
            continue
        out[name] = sum(a == b for a, b in zip(got, ref)) / len(ref)
    return out


def _ensure_dir(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def _cpus() -> int:
    import os

    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 0


def _versions() -> dict:
    from importlib.metadata import PackageNotFoundError, version

    out = {}
    for name in ("textkit", "bm25s", "tantivy", "rank-bm25", "jieba", "rjieba", "numpy", "scipy"):
        try:
            out[name] = version(name)
        except PackageNotFoundError:
            out[name] = None
    try:
        from textkit.search import bm25

        out["textkit ranking"] = "compiled" if bm25.kernel is not None else "numpy"
    except ImportError:
        pass
    return out


def _logger():
    t0 = time.time()

    def log(msg: str) -> None:
        print(f"[{time.time() - t0:6.1f}s] {msg}", file=sys.stderr, flush=True)

    return log


if __name__ == "__main__":
    main()
