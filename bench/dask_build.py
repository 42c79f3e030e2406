"""The Dask build against one process, on the laws corpus (issue 19): wall time and CPU, recorded.

    python bench/dask_build.py [--workers 2] [--shards 16]

The 3,477 laws are written as ``--shards`` .jsonl files (a platform's corpus is many files), then
``textkit index`` builds them once in one process and once with ``--dask local:N``; each run is a
fresh command, timed as a whole (wall) with the CPU of every process it started (user + system,
its Dask workers included). The two indexes must answer the same queries with the same scores.
Results go to ``bench/results/dask.json``; ``docs/scale.md`` quotes them. On this 2-core machine the
speed-up is recorded, not asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import corpora  # noqa: E402

QUERIES = ["劳动合同 解除", "工会 经费", "安全生产 责任制", "未成年人 保护", "个人信息 处理者", "两个维护"]


def shards(n: int) -> Path:
    """The laws as ``n`` .jsonl files in the bench cache (made once)."""
    folder = corpora.CACHE / f"laws-{n}-shards"
    if not folder.exists():
        lines = corpora.laws_jsonl().read_text(encoding="utf-8").splitlines()
        tmp = Path(tempfile.mkdtemp(dir=corpora.CACHE))
        for i in range(n):
            (tmp / f"laws-{i:02d}.jsonl").write_text("\n".join(lines[i::n]) + "\n", encoding="utf-8")
        tmp.rename(folder)
    return folder


def timed(args: list[str]) -> dict[str, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "textkit", "-q", *args], check=True, cwd=HERE.parent,
                   env=dict(os.environ, PYTHONPATH=str(HERE.parent)))
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"wall_s": round(wall, 2), "cpu_s": round(cpu, 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--shards", type=int, default=16)
    opts = parser.parse_args()
    folder = shards(opts.shards)
    size_mb = sum(f.stat().st_size for f in folder.iterdir()) / 2**20
    with tempfile.TemporaryDirectory(dir=corpora.CACHE) as tmp:
        one, many = Path(tmp) / "one.idx", Path(tmp) / "dask.idx"
        single = timed(["index", str(folder), "--index", str(one)])
        dask = timed(["index", str(folder), "--index", str(many), "--dask", f"local:{opts.workers}"])
        from textkit.search.index import SearchIndex

        a, b = SearchIndex.load(one), SearchIndex.load(many)
        same = all([(h.excerpt, h.score) for h in a.search(q)] == [(h.excerpt, h.score) for h in b.search(q)]
                   for q in QUERIES)
        excerpts = a.size
    result = {
        "corpus": f"laws, {opts.shards} .jsonl files, {size_mb:.1f} MB, {excerpts} excerpts",
        "machine": f"{os.cpu_count()} cores, Python {platform.python_version()}",
        "one_process": single, f"dask_local_{opts.workers}": dask,
        "wall_speedup": round(single["wall_s"] / dask["wall_s"], 2),
        "cpu_ratio": round(dask["cpu_s"] / single["cpu_s"], 2),
        "same_results": same,
        "note": "wall and CPU of the whole command, Dask's cluster start (~3 s) and workers included",
    }
    out = HERE / "results" / "dask.json"
    out.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(result, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
