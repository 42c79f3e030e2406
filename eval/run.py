"""Run the whole quality harness: ``python -m eval.run`` from the repository root.

Writes ``eval/results/quality.json`` and ``docs/quality.md``. ``--quick`` runs on a slice (a few
hundred excerpts and questions) to check the harness itself in well under a minute.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable

from . import data, known_items, recall, retrieval
from .systems import build_rankers

Log = Callable[[str], None]


def _stderr(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def _helper_result(name: str, quick: bool, log: Log) -> dict | None:
    """Another helper's figure: ``eval/results/<name>.json``, made by ``eval/<name>.py`` if absent."""
    path = data.RESULTS / f"{name}.json"
    script = data.ROOT / "eval" / f"{name}.py"
    if not path.exists() and script.exists() and not quick:
        log(f"running eval/{name}.py")
        subprocess.run([sys.executable, str(script)], cwd=data.ROOT, check=False)
    if path.exists():
        return json.loads(path.read_text(encoding="utf-8"))
    return None


def run(quick: bool = False, log: Log = _stderr) -> dict:
    """Every measure, as one JSON-able dict."""
    started = time.perf_counter()
    cmrc_excerpts, questions = data.cmrc()
    political = list(data.political())
    if quick:  # a slice: the first 40 CMRC paragraphs, their questions, 600 political excerpts
        cmrc_excerpts = cmrc_excerpts[:40]
        keep = {e.id for e in cmrc_excerpts}
        questions = [q for q in questions if q.target in keep]
        political = political[:600]
    corpus = cmrc_excerpts + political
    log(f"corpus: {len(cmrc_excerpts)} CMRC paragraphs + {len(political)} political excerpts; "
        f"{len(questions)} questions")
    rankers = build_rankers(corpus, log)
    out: dict = {
        "corpus": {"cmrc_paragraphs": len(cmrc_excerpts), "political_excerpts": len(political),
                   "questions": len(questions), "quick": quick},
        "split": "tune = questions of even-numbered CMRC articles, test = odd (held out)",
    }
    t = time.perf_counter()
    out["ranking"] = retrieval.evaluate(rankers, questions)
    out["ranking_margin"] = {
        name: {part: retrieval.margin(out["ranking"], ours=name, part=part) for part in ("all", "test")}
        for name in rankers if name.startswith("textkit")
    }
    log(f"ranking: {time.perf_counter() - t:.1f} s")
    t = time.perf_counter()
    out["recall"] = recall.evaluate(rankers, political, corpus, per_length=20 if quick else 200,
                                    words=50 if quick else 500)
    log(f"recall: {time.perf_counter() - t:.1f} s")
    t = time.perf_counter()
    items = known_items.known_items(political)
    out["known_items"] = known_items.evaluate(rankers, items)
    log(f"known items: {time.perf_counter() - t:.1f} s")
    out["segmentation"] = _helper_result("segmentation", quick, log)
    out["blanks"] = _helper_result("blanks", quick, log)
    from .cloze import summary

    out["cloze_judgments"] = summary()
    tuning = data.RESULTS / "tuning.json"
    out["tuning"] = json.loads(tuning.read_text(encoding="utf-8")) if tuning.exists() else None
    out["seconds"] = round(time.perf_counter() - started, 1)
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m eval.run", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a small slice, to check the harness")
    parser.add_argument("--out", type=Path, default=None, help="JSON path (default eval/results/quality.json)")
    parser.add_argument("--no-report", action="store_true", help="do not rewrite docs/quality.md")
    args = parser.parse_args(argv)
    if not data.available():
        sys.exit(f"evaluation data not found under {data.DATA}")
    results = run(quick=args.quick)
    out = args.out or (data.RESULTS / ("quality-quick.json" if args.quick else "quality.json"))
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    _stderr(f"wrote {out}")
    if not args.quick and not args.no_report:
        from .report import write_report

        _stderr(f"wrote {write_report(results)}")


if __name__ == "__main__":
    main()
