"""Build textkit/analysis/data/unsettled_answers.txt: fill-in answers that readers write another way.

Hand-judged fresh samples (``eval/judgments/round*/``) show some answers failing wherever they are blanked:
忠于职守 where the reader writes 恪尽职守, 优惠政策 for 扶持政策, 规章制度 for 管理制度, 资金投入 for 经费投入. Such a
term recurs across statutes, and a fill-in on it fails again on the next one; a choice item on it is another matter
(its options settle it). Run from the repository root:

    python tools/build_unsettled_answers.py [--min-items 2] [--max-pass 0.34] [--through ROUND]

Kept: single-blank fill-in answers judged on at least ``--min-items`` items, passing at most ``--max-pass`` of
them, in the samples up to round ``--through`` (the latest by default; the file's first line names it, so that
samples judged later measure the list rather than change it). Answers whose keys now take the other spelling or the
other kind of body (银行帐户, 通讯设备, …机关/部门/机构: :func:`textkit.quiz.matching.accepted_forms`) are left out.
Checked forward in time: built from the samples before the 77th, the list named 36 of the 863 fill-ins of the
77th to 92nd, of which 5 passed (the other fill-ins 70%).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from textkit.quiz.matching import accepted_forms  # noqa: E402

JUDGED = ROOT / "eval" / "judgments"
OUT = ROOT / "textkit" / "analysis" / "data" / "unsettled_answers.txt"


def judged_fill_ins(below: int) -> dict[str, list[bool]]:
    """Answer → whether each judged single-blank fill-in on it passed."""
    out: dict[str, list[bool]] = defaultdict(list)
    for folder in sorted(JUDGED.glob("round*")):
        number = int(re.sub(r"\D", "", folder.name) or 0)
        if number >= below:
            continue
        for verdicts in folder.glob("*.verdicts.json"):
            judged = json.loads(verdicts.read_text(encoding="utf-8"))
            sheet = folder / "sheets" / judged["sheet"]
            if not sheet.exists():
                continue
            items = {it["id"]: it for it in json.loads(sheet.read_text(encoding="utf-8"))["items"]}
            for verdict in judged["items"]:
                item = items.get(verdict["id"])
                if item and item["kind"] == "cloze" and len(item["answers"]) == 1:
                    out[item["answers"][0]].append(bool(verdict["pass"]))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-items", type=int, default=2)
    parser.add_argument("--max-pass", type=float, default=0.34)
    parser.add_argument("--through", type=int, default=max(int(re.sub(r"\D", "", p.name) or 0)
                                                           for p in JUDGED.glob("round*")))
    args = parser.parse_args()
    found = judged_fill_ins(args.through + 1)
    kept = sorted(a for a, passed in found.items()
                  if len(passed) >= args.min_items and sum(passed) / len(passed) <= args.max_pass
                  and not accepted_forms([a]) and not re.search(r"\d", a))
    header = (f"# fill-in answers judged on {args.min_items}+ items passing at most {args.max_pass:.0%}, samples through "
              f"round{args.through} (tools/build_unsettled_answers.py, {len(found)} answers judged)")
    OUT.write_text("\n".join([header, *kept]) + "\n", encoding="utf-8")
    print(f"{len(kept)} answers -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
