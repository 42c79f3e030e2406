"""Segmentation quality and engine agreement, on the shared data.

    python eval/segmentation.py            # F1 on SIGHAN PKU/MSR + engine agreement
    python eval/segmentation.py --no-agreement

F1 follows the SIGHAN 2005 scoring rule: a word counts as correct when its span (start and end
in the sentence with spaces removed) is a gold word's span. Systems: plain jieba (a fresh
``jieba.Tokenizer`` on the raw text, as ``jieba.lcut``), and textkit's ``Segmenter`` with and
without its lexicon, on both engines. Agreement: the share of excerpts (bundled ``corpus/`` and
``../shared/data/political``) whose tokens and offsets are identical under engine="jieba" and
engine="fast", in both modes. Figures go to ``eval/results/segmentation.json``.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
sys.path.insert(0, str(ROOT))

from textkit.segment import Segmenter  # noqa: E402

CORPORA = {"pku": "icwb2_pku", "msr": "icwb2_msr"}


def spans(words: list[str]) -> set[tuple[int, int]]:
    """Word spans in the sentence with whitespace removed."""
    out, pos = set(), 0
    for w in words:
        w = "".join(w.split())
        if w:
            out.add((pos, pos + len(w)))
            pos += len(w)
    return out


def score(gold: list[list[str]], system: list[list[str]]) -> dict[str, float]:
    """Precision, recall and F1 over word spans, summed over sentences."""
    tp = n_gold = n_sys = 0
    for g, s in zip(gold, system):
        gs, ss = spans(g), spans(s)
        tp += len(gs & ss)
        n_gold += len(gs)
        n_sys += len(ss)
    p, r = tp / n_sys, tp / n_gold
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4)}


def read_bakeoff(name: str) -> tuple[list[str], list[list[str]]]:
    base = DATA / "eval" / CORPORA[name]
    text = (base.parent / f"{base.name}_test.utf8").read_text(encoding="utf-8").splitlines()
    gold = (base.parent / f"{base.name}_test_gold.utf8").read_text(encoding="utf-8").splitlines()
    return text, [line.split() for line in gold]


def systems():
    """(name, str -> list[str]) for every system scored."""
    import jieba

    jieba.setLogLevel(logging.WARNING)  # a script: its own logging is ours to set
    plain = jieba.Tokenizer()
    yield "jieba (plain, jieba.lcut)", lambda s: plain.lcut(s)
    yield "textkit jieba, no lexicon", Segmenter(lexicon=False)
    yield "textkit jieba + lexicon", Segmenter()
    yield "textkit fast + lexicon", Segmenter(engine="fast")


def bakeoff() -> dict[str, dict[str, dict[str, float]]]:
    results: dict[str, dict[str, dict[str, float]]] = {}
    data = {name: read_bakeoff(name) for name in CORPORA}
    for sys_name, seg in systems():
        for name, (text, gold) in data.items():
            out = [seg(line) for line in text]
            results.setdefault(name, {})[sys_name] = score(gold, out)
            print(f"{name:4} {sys_name:28} F1 {results[name][sys_name]['f1']:.4f}", flush=True)
    return results


def agreement_texts() -> dict[str, list[str]]:
    from textkit.load import load_corpus

    return {
        "corpus/": [e.text for e in load_corpus([ROOT / "corpus"])],
        "political": [e.text for e in load_corpus([DATA / "political"])],
    }


def agreement() -> dict[str, dict[str, object]]:
    """Share of excerpts whose tokens (with offsets) are the same under both engines."""
    results: dict[str, dict[str, object]] = {}
    corpora = agreement_texts()
    for mode in ("exact", "search"):
        ref, fast = Segmenter(mode=mode), Segmenter(engine="fast", mode=mode)
        for name, texts in corpora.items():
            t0 = time.perf_counter()
            a = ref.tokenize_many(texts)
            t1 = time.perf_counter()
            b = fast.tokenize_many(texts)
            t2 = time.perf_counter()
            differ = [i for i in range(len(texts)) if a[i] != b[i]]
            chars = sum(map(len, texts))
            results[f"{name} {mode}"] = {
                "excerpts": len(texts),
                "characters": chars,
                "identical": round(1 - len(differ) / len(texts), 6),
                "differing_examples": [texts[i][:80] for i in differ[:5]],
                "chars_per_second": {"jieba": round(chars / (t1 - t0)), "fast": round(chars / (t2 - t1))},
            }
            print(f"agreement {name:10} {mode:6} {len(texts) - len(differ)}/{len(texts)} identical", flush=True)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-agreement", action="store_true", help="skip the engine agreement run")
    parser.add_argument("--output", type=Path, default=ROOT / "eval" / "results" / "segmentation.json")
    args = parser.parse_args()
    if not (DATA / "eval").is_dir():
        sys.exit(f"no shared data at {DATA}")
    report: dict[str, object] = {"bakeoff_f1": bakeoff()}
    if not args.no_agreement:
        report["engine_agreement"] = agreement()
    report["lexicon_hash"] = Segmenter().lexicon_hash
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
