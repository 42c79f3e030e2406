"""The Markdown report (``docs/benchmarks.md``) and its plot, from a run's JSON."""

from __future__ import annotations

from pathlib import Path
from typing import Any

ENGINES = ("textkit", "bm25s", "tantivy", "rank-bm25")


def _get(d: Any, *keys: str) -> Any:
    for k in keys:
        if not isinstance(d, dict) or d.get(k) is None:
            return None
        d = d[k]
    return d


def _f(x: Any, digits: int = 2) -> str:
    if x is None:
        return "–"
    if isinstance(x, str):
        return x
    if abs(x) >= 100:
        return f"{x:,.0f}"
    if abs(x) >= 10:
        return f"{x:.1f}"
    return f"{x:.{digits}f}" if abs(x) >= 0.01 or x == 0 else f"{x:.2g}"


def _ratio(a: Any, b: Any) -> float | None:
    return a / b if a and b else None


def _size(result: dict, label: str) -> dict | None:
    return next((s for s in result["sizes"] if s["label"] == label), None)


def headline(result: dict) -> list[dict]:
    """The issues' targets, each with the measured figure (CPU time where timed) and whether it is met."""
    rows = []
    s50 = _size(result, "50k")
    e = (s50 or {}).get("engines", {})
    # Issue 21: queries never seen before, at every size (textkit's analysis and the peers' tokenization included).
    for label in ("50k", "all", "1m"):
        es = (_size(result, label) or {}).get("engines", {})
        if not es:
            continue
        targets = [("bm25s", 20), ("tantivy", 1)] + ([("rank-bm25", 100)] if "rank-bm25" in es else [])
        for peer, target in targets:
            r = paired_ratio(es, peer)
            rows.append({"target": f"fresh query top-10 at {label}: ≥ {target}× {peer} (median of per-query ratios)",
                         "value": r, "unit": "×",
                         "wall": _ratio(_get(es, peer, "fresh", "median_ms"), _get(es, "textkit", "fresh", "median_ms")),
                         "met": r is not None and r >= target})
    seg = result.get("segmentation", {})
    for what, key in (("excerpts", "speedup"), ("short texts (the query strings)", "short_speedup")):
        r = seg.get(key)
        if r is not None:
            rows.append({"target": f"fast `Segmenter` ≥ 10× the jieba one per call, on {what}", "value": r,
                         "unit": "×", "met": r >= 10})
    r = _ratio(_get(e, "tantivy", "latency", "cpu_mean_ms"), _get(e, "textkit", "batch", "cpu_per_query_ms"))
    rows.append({"target": "batch at 50k: per query ≥ Tantivy's single-query loop", "value": r, "unit": "×",
                 "wall": _ratio(_get(e, "tantivy", "latency", "mean_ms"), _get(e, "textkit", "batch", "per_query_ms")),
                 "met": r is not None and r >= 1})
    r = _ratio(_get(e, "textkit", "first_sight", "loop_cpu_ms"), _get(e, "textkit", "first_sight", "batch_cpu_ms"))
    wall = _ratio(_get(e, "textkit", "first_sight", "loop_ms"), _get(e, "textkit", "first_sight", "batch_ms"))
    rows.append({"target": "batch at 50k: per query vs looping over textkit's own `search`, queries not seen before "
                           "(`locate`'s work; issue 3: much faster, read here as ≥ 1.5× in wall time)",
                 "value": r, "unit": "×", "wall": wall, "met": wall is not None and wall >= 1.5})
    tk_build = _ratio(s50["mb"], _get(e, "textkit", "build", "cpu_s")) if s50 else None
    r = _ratio(tk_build, seg.get("jieba_mb_per_s"))
    rows.append({"target": "indexing (fast engine) at 50k: ≥ 10× jieba's segmentation MB/s", "value": r,
                 "unit": "×", "met": r is not None and r >= 10})
    same = seg.get("identical_excerpts")
    rows.append({"target": "fast engine: identical tokens on ≥ 99.9% of excerpts",
                 "value": same * 100 if same is not None else None, "unit": "%",
                 "met": same is not None and same >= 0.999})
    r = _ratio(_get(e, "bm25s", "build", "with_segmentation_cpu_s"), _get(e, "textkit", "build", "cpu_s"))
    rows.append({"target": "indexing at 50k not slower than bm25s on the same text (analysis + index)",
                 "value": r, "unit": "×", "met": r is not None and r >= 1,
                 "wall": _ratio(_get(e, "bm25s", "build", "with_segmentation_s"), _get(e, "textkit", "build", "seconds"))})
    real = [s for s in result["sizes"] if _get(s, "engines", "textkit", "fresh", "cpu_median_ms")]
    if len(real) >= 2:
        a, b = real[0], real[-1]
        growth = b["engines"]["textkit"]["fresh"]["cpu_median_ms"] / a["engines"]["textkit"]["fresh"]["cpu_median_ms"]
        rows.append({"target": f"latency grows sub-linearly ({a['label']} → {b['label']}: "
                               f"{b['excerpts'] / a['excerpts']:.0f}× the excerpts)",
                     "value": growth, "unit": "× the latency", "met": growth < b["excerpts"] / a["excerpts"]})
    s1m = _size(result, "1m")
    rss = _get(s1m, "engines", "textkit", "cold", "max_rss_mb")
    rows.append({"target": "memory of a query process on the memory-mapped 1M index < 1 GB", "value": rss,
                 "unit": "MB", "met": rss is not None and rss < 1000})
    sall = _size(result, "all")
    cold = _get(sall, "engines", "textkit", "cold", "seconds")
    cold_cpu = _get(sall, "engines", "textkit", "cold", "cpu_s")
    rows.append({"target": "cold `textkit search` on the saved ~360k index < 1 s (wall"
                           + (f"; its CPU time {cold_cpu:.2f} s)" if cold_cpu else ")"),
                 "value": cold, "unit": "s", "met": cold is not None and cold < 1})
    newest = [s for s in result["sizes"] if s.get("newcomer") and _get(s, "engines", "textkit", "cold", "seconds")]
    if newest:
        s = newest[-1]
        r = _ratio(s["newcomer"]["seconds"], s["engines"]["textkit"]["cold"]["seconds"])
        rows.append({"target": f"cold search vs the newcomer's jieba + rank-bm25 script at {s['label']}, the largest "
                               "size it is timed at (orders of magnitude; a stricter check than the issue's, "
                               "which is at ~360k: next row)", "value": r, "unit": "×",
                     "met": r is not None and r >= 100})
    guess = newcomer_at(result, sall["excerpts"]) if sall else None
    if guess and cold:
        r = guess / cold
        rows.append({"target": f"cold search on the saved ~360k index ({sall['label']}) vs the newcomer's script "
                               f"there: orders of magnitude (its time extrapolated linearly: {guess:.0f} s)",
                     "value": r, "unit": "×", "met": r >= 100})
    return rows


def newcomer_at(result: dict, n: int) -> float | None:
    """The newcomer script's time at ``n`` excerpts, on the line through its two largest measured sizes.

    It segments and indexes the whole corpus at every start, so its time is linear in the corpus.
    """
    pts = [(s["excerpts"], _get(s, "newcomer", "seconds")) for s in result["sizes"]]
    pts = sorted((x, y) for x, y in pts if y)
    if len(pts) < 2:
        return None
    (x0, y0), (x1, y1) = pts[-2], pts[-1]
    if n <= x1:
        return None
    return y1 + (y1 - y0) / (x1 - x0) * (n - x1)


def paired_ratio(engines: dict, peer: str, key: str = "fresh") -> float | None:
    """Median over queries of the peer's CPU time ÷ textkit's on the same query (only queries both ran);
    ``key`` "fresh" (query strings never seen before) or "latency" (analysis remembered / tokens given)."""
    import statistics

    a, b = _get(engines, peer, key, "each_cpu_ms"), _get(engines, "textkit", key, "each_cpu_ms")
    if not a or not b:
        return None
    ratios = [p / t for kind in a for p, t in zip(a[kind], b.get(kind, [])) if t > 0]
    return statistics.median(ratios) if ratios else None


def write(result: dict, path: Path) -> None:
    """Write the Markdown report and the PNG plot next to it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    png = path.with_suffix(".png")
    plotted = plot(result, png)
    path.write_text(markdown(result, png.name if plotted else None), encoding="utf-8")


def markdown(result: dict, png: str | None) -> str:
    st = result["settings"]
    lines = [
        "# Benchmarks",
        "",
        "Written by `python bench/run.py` (options: `--quick`, `--sizes 10k,50k,200k,all,1m`; "
        "see `bench/README.md`). Do not edit by hand.",
        "",
        f"Run of {result['started']}, {result['machine']['cpus']} CPUs ({result['machine']['platform']}, "
        f"Python {result['machine']['python']}), {result.get('elapsed_s', 0):.0f} s. "
        f"Index segmentation: fast engine, {st['mode']} mode. Every engine indexes the same token lists "
        "(the terms textkit indexes: `SearchIndex.analyze`, i.e. its fast segmenter and term filter). "
        "**Fresh queries** (the headline): every engine gets the query string and analyses it every time, as for "
        "a query never seen before; textkit forgets its plan before each query, and each peer runs the cheapest "
        "tokenizer that finds the corpus's terms (rjieba with textkit's lexicon and term filter, "
        f"≈ {_f(result.get('peer_tokenize_ms'), 4)} ms a query; the same tokens as textkit's on "
        f"{_f((result.get('peer_tokens_same') or 0) * 100)}% of the queries). **Cached** (beside them): peers are handed "
        "the query's tokens and textkit reuses the plan it made the first time it saw the string "
        f"(≈ {_f(result['query_analysis_ms'], 3)} ms to make). "
        f"Top-{st['k']}; {sum(result['queries'].values())} queries ({', '.join(f'{n} {k}' for k, n in result['queries'].items())}); "
        f"medians over {st['repeats']} runs. Versions: "
        + ", ".join(f"{k} {v}" for k, v in st["versions"].items() if v) + ".",
        "",
    ]
    analysis = [(s_["label"], _get(s_, "engines", "textkit", "latency", "analysis_median_ms")) for s_ in result["sizes"]]
    analysis = [(label, ms) for label, ms in analysis if ms is not None]
    if analysis:
        lines += ["textkit's own query analysis (`SearchIndex.analyze`), median ms per query, paid the first time "
                  "a query string is seen: "
                  + ", ".join(f"{label} {_f(ms, 3)}" for label, ms in analysis) + ".", ""]
    if not result.get("textkit_available"):
        lines += ["**textkit's index was not importable in this run: only the peers were measured.**", ""]
    lines += ["## Targets (issues 6 and 21)", "", "| target | measured | met |", "|---|---|---|"]
    for row in headline(result):
        met = "yes" if row["met"] else ("–" if row["value"] is None else "**no**")
        wall = f" (wall {_f(row['wall'])}×)" if row.get("wall") else ""
        lines.append(f"| {row['target']} | {_f(row['value'])} {row['unit'] if row['value'] is not None else ''}{wall} | {met} |")
    lines.append("")
    if png:
        lines += [f"![query latency and index size against corpus size]({png})", ""]
    for s in result["sizes"]:
        lines += _size_section(s)
    seg = result.get("segmentation", {})
    if seg:
        lines += [
            "## Segmentation: jieba vs the fast engine", "",
            f"{seg['excerpts']} excerpts ({_f(seg['mb'])} MB), {seg['mode']} mode, through textkit's `Segmenter` "
            "(normalization and offsets included) and as the bare libraries.", "",
            "| | jieba | fast | fast ÷ jieba |", "|---|---|---|---|",
            f"| `Segmenter` MB/s, one call per excerpt | {_f(seg['jieba_mb_per_s'])} | {_f(seg['fast_mb_per_s'])} | {_f(seg['speedup'])}× |",
        *([f"| `Segmenter` MB/s, one call per query string ({seg['short_texts']} short texts) | {_f(seg['short_jieba_mb_per_s'])} "
           f"| {_f(seg['short_fast_mb_per_s'])} | {_f(seg['short_speedup'])}× |"] if seg.get("short_speedup") else []),
        *([f"| `Segmenter.cut_many` MB/s (fast) | – | {_f(seg['cut_many_mb_per_s'])} | |"] if seg.get("cut_many_mb_per_s") else []),
            f"| bare library MB/s | {_f(seg['jieba_raw_mb_per_s'])} | {_f(seg['fast_raw_mb_per_s'])} | "
            f"{_f(_ratio(seg['fast_raw_mb_per_s'], seg['jieba_raw_mb_per_s']))}× |",
            "", f"Excerpts with identical tokens: {seg['identical_excerpts'] * 100:.2f}%.", "",
        ]
    lines += [
        "## How to read this", "",
        "- *fresh* query: the query string, analysed anew for every query by every engine (textkit: parse, "
        "width fold, OpenCC where a character could change, segmentation, plan; peers: their tokenizer), as for "
        "a query a user has just typed; the headline figures and the targets use it. *cached*: the analysis "
        "left out (peers handed the tokens, textkit's plan cache), as in the reports before issue 21.",
        "- *CPU*: this process's CPU time (`time.process_time`), which leaves out time spent waiting for a core "
        "on a shared machine; ratios and the targets use it. *wall*: elapsed time. Tantivy's build uses several "
        "threads, so its CPU time exceeds its wall time.",
        "- *build*: index construction from excerpts (textkit: segmentation included) or from the token lists "
        "(peers); *+seg* adds the time textkit's analysis (`SearchIndex.analyze`) took on the same excerpts, i.e. the peer's cost on "
        "the same text. Tantivy builds with its default writer threads.",
        "- *peak RSS*: growth of this process's resident memory during the build (sampled every 5 ms).",
        "- *cold*: a fresh process that loads the saved index and answers one query (`textkit search Q --index P`, "
        "`bench/cold.py` for bm25s and Tantivy, which analyse the query with the same segmenter); the page cache "
        "is warm, Python starts from scratch. *RSS* is that process's peak memory.",
        "- *newcomer*: `bench/newcomer.py`, jieba + rank-bm25 reading the corpus, tokenizing and indexing at "
        "every start, run once.",
        "- *top-1 = bm25s*: share of queries whose first hit is bm25s's first hit on the same tokens (ties and "
        "textkit's n-gram recall path make 100% unlikely; a low figure means different ranking).",
        "- rank-bm25 has no on-disk format but pickle, so it has no size, load or cold figures.",
        "- *load s (mmap)* / *load s*: `SearchIndex.load` (it always memory-maps, and checks every file's "
        "checksum), `bm25s.BM25.load(mmap=True/False)`, `tantivy.Index.open` (always memory-mapped).",
        "- textkit returns `Hit` objects (excerpt text, document, section, highlight spans); the peers return "
        "ids or row numbers only, so textkit's query times include work the peers' do not.",
        "",
    ]
    return "\n".join(lines)


def _size_section(s: dict) -> list[str]:
    e = s["engines"]
    title = f"## {s['label']}: {s['excerpts']:,} excerpts, {_f(s['mb'])} MB"
    lines = [title + (" (synthetic: the corpus repeated with new ids)" if s["synthetic"] else ""), ""]
    lines += ["| engine | build s | build CPU s | +analysis CPU s | MB/s (CPU) | peak RSS MB | fresh query CPU ms median "
              "| fresh CPU p99 | fresh wall median | fresh QPS (CPU) | cached query CPU ms median | cached CPU p99 "
              "| batch CPU ms/q | size MB | load s (mmap) | load s "
              "| cold s | cold CPU s | cold RSS MB |", "|" + "---|" * 19]
    for name in ENGINES:
        r = e.get(name)
        if r is None:
            continue
        if "error" in r and "latency" not in r:
            lines.append(f"| {name} | failed: {r['error'][:80]} |" + " |" * 17)
            continue
        b, lat, d, c = r.get("build", {}), r.get("latency", {}), r.get("disk", {}), r.get("cold", {})
        fr = r.get("fresh", {})
        lines.append(
            f"| {name} | {_f(b.get('seconds'))} | {_f(b.get('cpu_s'))} | {_f(b.get('with_segmentation_cpu_s'))} "
            f"| {_f(_ratio(s['mb'], b.get('cpu_s')))} | {_f(b.get('peak_rss_mb'))} | {_f(fr.get('cpu_median_ms'), 3)} "
            f"| {_f(fr.get('cpu_p99_ms'))} | {_f(fr.get('median_ms'), 3)} | {_f(fr.get('cpu_qps'))} "
            f"| {_f(lat.get('cpu_median_ms'), 3)} | {_f(lat.get('cpu_p99_ms'))} "
            f"| {_f(_get(r, 'batch', 'cpu_per_query_ms'), 3)} | {_f(d.get('size_mb'))} "
            f"| {_f(d.get('load_mmap_s'), 3)} | {_f(d.get('load_s'), 3)} | {_f(c.get('seconds'))} "
            f"| {_f(c.get('cpu_s'))} | {_f(c.get('max_rss_mb'))} |")
    if s.get("newcomer"):
        n = s["newcomer"]
        lines.append("| newcomer script |" + " |" * 15
                     + f" {_f(n.get('seconds'))} | {_f(n.get('cpu_s'))} | {_f(n.get('max_rss_mb'))} |")
    lines.append("")
    tk = e.get("textkit", {})
    if tk.get("latency"):
        lines += ["textkit's figures as ratios to each peer (CPU time; above 1: textkit is better):", "",
                  "| peer | fresh query (median of per-query ratios) | fresh QPS | cached query (median of per-query ratios) "
                  "| batch per query vs peer's best | build (same text) | size on disk | cold (wall) | cold (CPU) |",
                  "|---|---|---|---|---|---|---|---|---|"]
        for name in ENGINES[1:]:
            p = e.get(name)
            if not p or not p.get("latency"):
                continue
            peer_best = min(x for x in (_get(p, "batch", "cpu_per_query_ms"), _get(p, "latency", "cpu_mean_ms")) if x)
            peer_build = _get(p, "build", "with_segmentation_cpu_s") or _get(p, "build", "cpu_s")
            lines.append(
                f"| {name} | {_f(paired_ratio(e, name))}× "
                f"| {_f(_ratio(_get(tk, 'fresh', 'cpu_qps'), _get(p, 'fresh', 'cpu_qps')))}× "
                f"| {_f(paired_ratio(e, name, 'latency'))}× "
                f"| {_f(_ratio(peer_best, _get(tk, 'batch', 'cpu_per_query_ms')))}× "
                f"| {_f(_ratio(peer_build, _get(tk, 'build', 'cpu_s')))}× "
                f"| {_f(_ratio(_get(p, 'disk', 'size_mb'), _get(tk, 'disk', 'size_mb')))}× "
                f"| {_f(_ratio(_get(p, 'cold', 'seconds'), _get(tk, 'cold', 'seconds')))}× "
                f"| {_f(_ratio(_get(p, 'cold', 'cpu_s'), _get(tk, 'cold', 'cpu_s')))}× |")
        if s.get("newcomer") and _get(tk, "cold", "seconds"):
            lines.append(f"| newcomer script | | | | | | | {_f(_ratio(s['newcomer']['seconds'], tk['cold']['seconds']))}× "
                         f"| {_f(_ratio(s['newcomer'].get('cpu_s'), _get(tk, 'cold', 'cpu_s')))}× |")
        lines.append("")
    fs = tk.get("first_sight")
    if fs:
        lines += [f"textkit on queries it has not seen (its analysis included; `locate`'s work), ms per query: "
                  f"a loop of `search` {_f(fs['loop_ms'], 3)} wall / {_f(fs['loop_cpu_ms'], 3)} CPU, one `search_many` "
                  f"{_f(fs['batch_ms'], 3)} wall / {_f(fs['batch_cpu_ms'], 3)} CPU "
                  f"({_f(_ratio(fs['loop_ms'], fs['batch_ms']))}× in wall time). With every query's analysis "
                  f"remembered, as in the tables: `search_many` {_f(_get(tk, 'batch', 'per_query_ms'), 3)} wall / "
                  f"{_f(_get(tk, 'batch', 'cpu_per_query_ms'), 3)} CPU against a mean single query of "
                  f"{_f(_get(tk, 'latency', 'mean_ms'), 3)} / {_f(_get(tk, 'latency', 'cpu_mean_ms'), 3)}.", ""]
    kinds = [(name, _get(e, name, "fresh", "kinds_median_ms"), _get(e, name, "latency", "kinds_median_ms"))
             for name in ENGINES]
    kinds = [(n, k, c) for n, k, c in kinds if k]
    if kinds:
        names = list(kinds[0][1])
        lines += ["Median wall latency by query kind, ms, fresh (cached):", "", "| engine | " + " | ".join(names) + " |",
                  "|---" * (len(names) + 1) + "|"]
        lines += [f"| {n} | " + " | ".join(f"{_f(k.get(q), 3)} ({_f((c or {}).get(q), 3)})" for q in names) + " |"
                  for n, k, c in kinds]
        lines.append("")
    if s.get("agreement"):
        lines.append("Top-1 = bm25s's: " + ", ".join(f"{k} {_f(v * 100 if isinstance(v, float) else v)}%"
                                                     for k, v in s["agreement"].items()) + ".")
        lines.append("")
    for note in s.get("notes", []):
        lines.append(f"- {note}")
    for name, r in e.items():
        if r.get("error"):
            lines.append(f"- {name} failed: {r['error']}")
        if _get(r, "cold", "failed"):
            lines.append(f"- {name}: {r['cold']['failed']} cold runs failed: {_get(r, 'cold', 'error') or ''}")
    lines.append("")
    return lines


def plot(result: dict, png: Path) -> bool:
    """Query latency and index size against corpus size, one line per engine (log–log)."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return False
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(11, 4.2))
    for name in ENGINES:
        pts = [(s["excerpts"], _get(s, "engines", name, "fresh", "cpu_median_ms"),
                _get(s, "engines", name, "disk", "size_mb"))
               for s in result["sizes"]]
        lat = [(n, v) for n, v, _ in pts if v]
        size = [(n, v) for n, _, v in pts if v]
        if lat:
            ax1.plot(*zip(*lat), marker="o", label=name)
        if size:
            ax2.plot(*zip(*size), marker="o", label=name)
    for ax, title, unit in ((ax1, "fresh query top-10, median CPU time", "ms"),
                            (ax2, "index size on disk", "MB")):
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.set_xlabel("excerpts")
        ax.set_ylabel(unit)
        ax.set_title(title)
        ax.grid(True, which="both", alpha=0.3)
        ax.legend()
    fig.tight_layout()
    fig.savefig(png, dpi=110)
    plt.close(fig)
    return True


if __name__ == "__main__":
    # python bench/report.py [RESULTS.json [REPORT.md]]: rewrite the report from a run's JSON.
    import json
    import sys

    here = Path(__file__).resolve().parent
    src = Path(sys.argv[1]) if len(sys.argv) > 1 else here / "results" / "latest.json"
    doc = Path(sys.argv[2]) if len(sys.argv) > 2 else here.parent / "docs" / "benchmarks.md"
    write(json.loads(src.read_text(encoding="utf-8")), doc)
