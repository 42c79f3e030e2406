"""Measurements: build, query latency, batch, load, size, memory, cold processes, segmentation."""

from __future__ import annotations

import gc
import os
import shutil
import statistics
import subprocess
import threading
import time
from pathlib import Path
from typing import Any, Callable, Sequence

from corpora import Corpus
from peers import Engine, dir_mb

ROOT = Path(__file__).resolve().parents[1]


class PeakRSS:
    """Peak resident memory of this process above its level at entry, sampled every few ms."""

    def __init__(self, every: float = 0.005) -> None:
        import psutil

        self._proc = psutil.Process()
        self.every = every
        self.base = self.peak = 0

    def __enter__(self) -> "PeakRSS":
        gc.collect()
        self.base = self.peak = self._proc.memory_info().rss
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        return self

    def _sample(self) -> None:
        while not self._stop.wait(self.every):
            self.peak = max(self.peak, self._proc.memory_info().rss)

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self._proc.memory_info().rss)

    @property
    def mb(self) -> float:
        return (self.peak - self.base) / 1e6


def median(xs: Sequence[float]) -> float | None:
    return statistics.median(xs) if xs else None


def percentile(xs: Sequence[float], p: float) -> float:
    s = sorted(xs)
    return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))]


def build(engine: Engine, corpus: Corpus, repeats: int) -> dict[str, Any]:
    """Build time (median of runs) and the peak memory above the level before the build."""
    runs, cpus, peaks = [], [], []
    for _ in range(repeats):
        _release(engine)
        with PeakRSS() as rss:
            c, t = time.process_time(), time.perf_counter()
            engine.build(corpus)
            runs.append(time.perf_counter() - t)
            cpus.append(time.process_time() - c)
        peaks.append(rss.mb)
    sec = median(runs)
    return {"seconds": sec, "runs": runs, "mb_per_s": corpus.mb / sec, "cpu_s": median(cpus),
            "peak_rss_mb": max(peaks)}


def _release(engine: Engine) -> None:
    for attr in ("index", "model", "searcher"):
        if getattr(engine, attr, None) is not None:
            setattr(engine, attr, None)
    gc.collect()


def latency(engine: Engine, queries: dict[str, list], repeats: int) -> dict[str, Any]:
    """Single-query top-10 latency: per-run median, p99, QPS and per-kind medians; medians over runs.

    Wall-clock figures, and the same from this process's CPU time (``cpu_*``): on a machine shared
    with other work, CPU time leaves out the time the engine waited for a core.
    """
    per_run: list[dict[str, Any]] = []
    each: dict[str, list[list[float]]] = {kind: [[] for _ in qs] for kind, qs in queries.items()}
    for _ in range(repeats):
        walls: list[float] = []
        cpus: list[float] = []
        kinds: dict[str, float | None] = {}
        for kind, qs in queries.items():
            ts = []
            for i, q in enumerate(qs):
                c, t = time.process_time(), time.perf_counter()
                engine.search(q)
                ts.append(time.perf_counter() - t)
                cpus.append(time.process_time() - c)
                each[kind][i].append(cpus[-1] * 1e3)
            kinds[kind] = statistics.median(ts) * 1e3 if ts else None
            walls += ts
        run = {"kinds": kinds}
        for prefix, xs in (("", walls), ("cpu_", cpus)):
            run.update({f"{prefix}median_ms": statistics.median(xs) * 1e3, f"{prefix}p99_ms": percentile(xs, 99) * 1e3,
                        f"{prefix}mean_ms": statistics.fmean(xs) * 1e3, f"{prefix}qps": len(xs) / max(sum(xs), 1e-9)})
        per_run.append(run)
    out = {key: median([r[key] for r in per_run]) for key in per_run[0] if key != "kinds"}
    out["kinds_median_ms"] = {k: median([r["kinds"][k] for r in per_run if r["kinds"][k] is not None])
                              for k in queries}
    out["queries"] = sum(len(q) for q in queries.values())
    out["runs"] = repeats
    # Each query's CPU ms (median over runs), by kind: for ratios query by query against a peer.
    out["each_cpu_ms"] = {kind: [statistics.median(x) for x in xs] for kind, xs in each.items()}
    return out


def each_ms(fn: Callable[[Any], Any], items: Sequence[Any]) -> float:
    """Median CPU milliseconds of ``fn`` on each item."""
    ts = []
    for x in items:
        t = time.process_time()
        fn(x)
        ts.append(time.process_time() - t)
    return statistics.median(ts) * 1e3


def batch(engine: Engine, queries: Sequence, repeats: int) -> dict[str, Any]:
    """Throughput of the engine's batch call over every query, per query."""
    runs, cpus = [], []
    for _ in range(repeats):
        c, t = time.process_time(), time.perf_counter()
        engine.search_many(queries)
        runs.append(time.perf_counter() - t)
        cpus.append(time.process_time() - c)
    sec, cpu = median(runs), median(cpus)
    return {"per_query_ms": sec / len(queries) * 1e3, "qps": len(queries) / sec,
            "cpu_per_query_ms": cpu / len(queries) * 1e3, "queries": len(queries)}


def first_sight(engine: Engine, queries: Sequence, repeats: int) -> dict[str, Any]:
    """Queries the engine has not seen (it forgets their analysis first): a loop of single searches
    against one batch call, per query, wall and CPU."""
    out: dict[str, list[float]] = {"loop_ms": [], "loop_cpu_ms": [], "batch_ms": [], "batch_cpu_ms": []}
    for _ in range(repeats):
        for name, run in (("loop", lambda: [engine.search(q) for q in queries]),
                          ("batch", lambda: engine.search_many(queries))):
            engine.forget()
            c, t = time.process_time(), time.perf_counter()
            run()
            out[f"{name}_ms"].append((time.perf_counter() - t) / len(queries) * 1e3)
            out[f"{name}_cpu_ms"].append((time.process_time() - c) / len(queries) * 1e3)
    return {key: median(values) for key, values in out.items()} | {"queries": len(queries)}


def save_and_load(engine: Engine, path: Path, repeats: int, mmap_switch: bool) -> dict[str, Any]:
    """Save time, size on disk, and load time memory-mapped and (where the engine can) not."""
    if path.exists():
        shutil.rmtree(path) if path.is_dir() else path.unlink()
    path.parent.mkdir(parents=True, exist_ok=True)
    t = time.perf_counter()
    engine.save(path)
    out: dict[str, Any] = {"save_s": time.perf_counter() - t, "size_mb": dir_mb(path)}
    for mmap in (True, False) if mmap_switch else (True,):
        runs = []
        for _ in range(repeats):
            _release(engine)
            t = time.perf_counter()
            engine.load(path, mmap=mmap)
            runs.append(time.perf_counter() - t)
        out["load_mmap_s" if mmap else "load_s"] = median(runs)
    return out


def run_process(argv: list[str], timeout: float = 900) -> dict[str, Any]:
    """Wall time and peak memory of one fresh process (the page cache is as the last run left it)."""
    import json
    import sys
    import tempfile

    env = dict(os.environ, PYTHONPATH=str(ROOT))
    with tempfile.TemporaryDirectory() as tmp:
        stats = Path(tmp) / "stats.json"
        launcher = [sys.executable, str(Path(__file__).resolve().parent / "launch.py"), str(stats)]
        try:
            proc = subprocess.run(launcher + argv, cwd=ROOT, env=env, capture_output=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            return {"seconds": None, "max_rss_mb": None, "ok": False, "stdout": "", "stderr": "timed out"}
        got = json.loads(stats.read_text()) if stats.exists() else {"seconds": None, "max_rss_mb": None, "returncode": -1}
    return {"seconds": got["seconds"], "cpu_s": got.get("cpu_s"), "max_rss_mb": got["max_rss_mb"],
            "ok": got["returncode"] == 0,
            "stdout": proc.stdout.decode("utf-8", "replace")[:2000],
            "stderr": proc.stderr.decode("utf-8", "replace")[-2000:]}


def cold(make_argv: Callable[[str], list[str]], queries: Sequence[str], repeats: int) -> dict[str, Any]:
    """A fresh process answering one query, ``repeats`` times with different queries; medians."""
    runs = [run_process(make_argv(queries[i % len(queries)])) for i in range(repeats)]
    ok = [r for r in runs if r["ok"]]
    out = {"seconds": median([r["seconds"] for r in ok]), "cpu_s": median([r["cpu_s"] for r in ok]),
           "max_rss_mb": median([r["max_rss_mb"] for r in ok]),
           "runs": len(runs), "failed": len(runs) - len(ok)}
    if not ok:
        out["error"] = runs[-1]["stderr"][-500:]
    return out


# ---------------------------------------------------------------- segmentation

def segmentation(texts: Sequence[str], mode: str, short: Sequence[str] = (), repeats: int = 3) -> dict[str, Any]:
    """jieba vs the fast engine through textkit's Segmenter, one call per text (and raw, to show the
    wrapper's cost), on excerpts and on ``short`` texts (query strings); CPU time, median of runs."""
    import jieba
    import rjieba

    from textkit.analysis.segment import Segmenter

    def mb_of(xs: Sequence[str]) -> float:
        return sum(len(t.encode("utf-8")) for t in xs) / 1e6

    def rate(fn: Callable[[str], Any], xs: Sequence[str]) -> float:
        runs = []
        for _ in range(repeats):
            t = time.process_time()  # CPU time: the machine may be shared
            for x in xs:
                fn(x)
            runs.append(time.process_time() - t)
        return mb_of(xs) / max(statistics.median(runs), 1e-9)

    mb = mb_of(texts)
    out: dict[str, Any] = {"excerpts": len(texts), "mb": mb, "mode": mode}
    segs = {engine: Segmenter(engine=engine, mode=mode) for engine in ("jieba", "fast")}
    for seg in segs.values():
        seg("预热")  # dictionary loading is not segmentation
    tokens = {engine: [seg(x) for x in texts] for engine, seg in segs.items()}
    for engine, seg in segs.items():
        out[f"{engine}_mb_per_s"] = rate(seg, texts)
    same = sum(a == b for a, b in zip(tokens["jieba"], tokens["fast"]))
    out["identical_excerpts"] = same / len(texts)
    out["speedup"] = out["fast_mb_per_s"] / out["jieba_mb_per_s"]
    if short:
        out["short_texts"] = len(short)
        for engine, seg in segs.items():
            out[f"short_{engine}_mb_per_s"] = rate(seg, short)
        out["short_speedup"] = out["short_fast_mb_per_s"] / out["short_jieba_mb_per_s"]
    runs = []
    for _ in range(repeats):
        t = time.process_time()
        segs["fast"].cut_many(texts)
        runs.append(time.process_time() - t)
    out["cut_many_mb_per_s"] = mb / max(statistics.median(runs), 1e-9)
    # The bare engines, without normalization and Token objects: what the wrapper costs.
    jt = jieba.Tokenizer()
    jt.initialize()
    rj = rjieba.Jieba()
    raw = {"jieba_raw": (lambda x: jt.lcut_for_search(x)) if mode == "search" else jt.lcut,
           "fast_raw": (lambda x: rj.cut_for_search(x)) if mode == "search" else rj.cut}
    for name, fn in raw.items():
        out[f"{name}_mb_per_s"] = rate(fn, texts)
    return out
