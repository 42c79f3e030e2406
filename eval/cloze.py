"""Hand-judged cloze items: a fixed sample of ``make_quiz`` output on the CPC congress reports.

``python -m eval.cloze sample`` writes the 50 items ``make_quiz(…, n=50, kind="cloze", seed=SEED)``
makes now, keeping any verdict already given to an item with the same prompt and answer;
a person then fills ``answerable`` / ``worth_asking`` (true/false) and ``note`` for each item in
``eval/judgments/cloze_congress.json``. ``python -m eval.cloze compare`` shows how today's quiz
differs from the judged one; ``python -m eval.cloze history`` gives the rates of every judged
version (the current file and each ``cloze_congress_<commit>.json`` kept beside it, named after
the textkit commit its items were made at); :func:`summary` gives the rates for the quality report.

Answerable: a reader who studied the passage could fill the blank from the prompt alone (one
right answer, enough context, the length cue fits). Worth asking: the blank is a phrase a quiz
writer would pick (a formula, a key term, a figure that matters), not a function word or filler.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from . import data

SEED = 2024
N = 50
JUDGMENTS = data.ROOT / "eval" / "judgments" / "cloze_congress.json"


def generate(seed: int = SEED, n: int = N) -> list[dict]:
    """Today's cloze items on the congress reports, as judgment rows without verdicts."""
    from textkit.analysis.load import load_corpus
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


def _git(*args: str) -> str | None:
    """One line of git output about this checkout (None outside a git checkout)."""
    try:
        out = subprocess.run(["git", *args], cwd=data.ROOT, capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return None
    return out.stdout.strip() or None


def _head() -> str | None:
    """The short commit textkit is at."""
    return _git("rev-parse", "--short", "HEAD")


def _keep(path: Path, before: dict, today: list[dict]) -> str | None:
    """Copy a judged sample that today's would replace to ``<stem>_<made_at>.json``, untouched."""
    judged = [r for r in before["items"] if r.get("answerable") is not None]
    if not judged or {_key(r) for r in before["items"]} == {_key(r) for r in today}:
        return None
    # samples written before made_at was recorded: named after the commit that last changed the file
    made_at = before.get("made_at") or _git("log", "-1", "--format=%h", "--", str(path)) or "unknown"
    kept = path.with_name(f"{path.stem}_{made_at}{path.suffix}")
    if not kept.exists():
        kept.write_bytes(path.read_bytes())
    return kept.name


def sample(path: Path = JUDGMENTS) -> dict:
    """Write today's sample, carrying over verdicts of items unchanged since they were judged."""
    before = load(path)
    old = {_key(r): r for r in before["items"]}
    rows = []
    for row in generate():
        prev = old.get(_key(row))
        if prev:
            row.update({k: prev[k] for k in ("answerable", "worth_asking", "note")})
        rows.append(row)
    kept = _keep(path, before, rows)
    carried = sum(1 for r in rows if r["answerable"] is not None)
    head = _head()
    doc = {"about": __doc__.split("\n\n")[2].replace("\n", " "), "seed": SEED, "n": N,
           "source": "../shared/data/political/cpc_congress_reports.jsonl", "made_at": head,
           "judged_against": f"textkit at commit {head}; {carried} items unchanged since the "
                             f"previous sample keep their verdicts, the other {len(rows) - carried} are new",
           "items": rows}
    if kept:
        doc["earlier_sample"] = kept
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


def _commit_time(commit: str) -> int:
    """Commit time, for ordering versions (0 when git does not know the commit)."""
    t = _git("show", "-s", "--format=%ct", commit)
    return int(t) if t and t.isdigit() else 0


def history(path: Path = JUDGMENTS) -> list[dict]:
    """Rates of every judged version, oldest first, with how many items each shares with the next."""
    rows = []
    for p in path.parent.glob(f"{path.stem}_*{path.suffix}"):
        commit = p.stem.rpartition("_")[2]
        rows.append((_commit_time(commit), commit, p))
    rows.sort()
    rows.append((float("inf"), "current", path))
    out, previous = [], None
    for _, commit, p in rows:
        s = summary(p)
        keys = {_key(r) for r in load(p)["items"]}
        row = {"file": p.name, "made_at": load(p).get("made_at") or commit, **(s or {"judged": 0}),
               "same_as_previous": len(keys & previous) if previous is not None else None}
        row.pop("seed", None)
        out.append(row)
        previous = keys
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m eval.cloze")
    parser.add_argument("action", choices=["sample", "compare", "summary", "history"])
    args = parser.parse_args(argv)
    if args.action == "sample":
        doc = sample()
        print(f"wrote {len(doc['items'])} items to {JUDGMENTS}; fill answerable / worth_asking / note")
    elif args.action == "compare":
        print(json.dumps(compare(), ensure_ascii=False, indent=2))
    elif args.action == "history":
        for row in history():
            print(json.dumps(row, ensure_ascii=False))
    else:
        print(json.dumps(summary(), ensure_ascii=False, indent=2))


if __name__ == "__main__":
    sys.exit(main())
