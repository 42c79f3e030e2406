"""Hand-judged cloze items: a fixed sample of ``make_quiz`` output on the CPC congress reports.

``python -m eval.cloze sample`` writes the 50 items ``make_quiz(…, n=50, kind="cloze", seed=SEED)``
makes now, keeping any verdict already given to an item with the same prompt and answer;
a person then fills ``answerable`` / ``worth_asking`` (true/false) and ``note`` for each item in
``eval/judgments/cloze_congress.json``. ``python -m eval.cloze compare`` shows how today's quiz
differs from the judged one; :func:`summary` gives the rates for the quality report.

Answerable: a reader who studied the passage could fill the blank from the prompt alone (one
right answer, enough context, the length cue fits). Worth asking: the blank is a phrase a quiz
writer would pick (a formula, a key term, a figure that matters), not a function word or filler.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import data

SEED = 2024
N = 50
JUDGMENTS = data.ROOT / "eval" / "judgments" / "cloze_congress.json"


def generate(seed: int = SEED, n: int = N) -> list[dict]:
    """Today's cloze items on the congress reports, as judgment rows without verdicts."""
    from textkit.load import load_corpus
    from textkit.quiz import make_quiz

    quiz = make_quiz(load_corpus([str(data.CONGRESS)]), n=n, kind="cloze", seed=seed)
    return [
        {"id": item.id, "prompt": item.prompt, "answers": item.answers, "source": item.source,
         "answerable": None, "worth_asking": None, "note": ""}
        for item in quiz.items
    ]


def _key(row: dict) -> tuple[str, tuple[str, ...]]:
    return row["prompt"], tuple(row["answers"])


def load(path: Path = JUDGMENTS) -> dict:
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {"items": []}


def sample(path: Path = JUDGMENTS) -> dict:
    """Write today's sample, carrying over verdicts of items unchanged since they were judged."""
    old = {_key(r): r for r in load(path)["items"]}
    rows = []
    for row in generate():
        prev = old.get(_key(row))
        if prev:
            row.update({k: prev[k] for k in ("answerable", "worth_asking", "note")})
        rows.append(row)
    doc = {"about": __doc__.split("\n\n")[2].replace("\n", " "), "seed": SEED, "n": N,
           "source": "../shared/data/political/cpc_congress_reports.jsonl", "items": rows}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return doc


def summary(path: Path = JUDGMENTS) -> dict | None:
    """Rates over the judged items (None when no judgments are kept yet)."""
    rows = [r for r in load(path)["items"] if r.get("answerable") is not None]
    if not rows:
        return None
    n = len(rows)
    both = sum(1 for r in rows if r["answerable"] and r["worth_asking"])
    return {"judged": n, "answerable": round(sum(bool(r["answerable"]) for r in rows) / n, 3),
            "worth_asking": round(sum(bool(r["worth_asking"]) for r in rows) / n, 3),
            "good": round(both / n, 3), "seed": load(path).get("seed")}


def compare(path: Path = JUDGMENTS) -> dict:
    """How many of today's items were judged, and the verdicts of those that were."""
    judged = {_key(r): r for r in load(path)["items"] if r.get("answerable") is not None}
    today = generate()
    same = [judged[_key(r)] for r in today if _key(r) in judged]
    return {"today": len(today), "already_judged": len(same), "new_unjudged": len(today) - len(same),
            "judged_good_among_unchanged": sum(1 for r in same if r["answerable"] and r["worth_asking"])}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m eval.cloze")
    parser.add_argument("action", choices=["sample", "compare", "summary"])
    args = parser.parse_args(argv)
    if args.action == "sample":
        doc = sample()
        print(f"wrote {len(doc['items'])} items to {JUDGMENTS}; fill answerable / worth_asking / note")
    elif args.action == "compare":
        print(json.dumps(compare(), ensure_ascii=False, indent=2))
    else:
        print(json.dumps(summary(), ensure_ascii=False, indent=2))


if __name__ == "__main__":
    sys.exit(main())
