"""The evaluation data in ``../shared/data`` and the one corpus every ranking test searches."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from textkit.analysis.excerpts import Excerpt
from textkit.analysis.load import load_corpus

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
RESULTS = ROOT / "eval" / "results"
CMRC = DATA / "eval" / "cmrc2018_dev.json"
POLITICAL = (
    DATA / "political" / "government_work_reports.jsonl",
    DATA / "political" / "cpc_congress_reports.jsonl",
)
CONGRESS = DATA / "political" / "cpc_congress_reports.jsonl"
QUIZBANK = DATA / "quizbank"

def available() -> bool:
    """Whether ``../shared/data`` is there to evaluate on."""
    return CMRC.exists() and all(p.exists() for p in POLITICAL)


@dataclass(frozen=True)
class Question:
    """A CMRC question and the id of its own paragraph (its one relevant excerpt)."""

    id: str
    text: str
    target: str
    article: int  # index of the CMRC article: the unit of the tune/test split


def cmrc() -> tuple[list[Excerpt], list[Question]]:
    """CMRC 2018 dev paragraphs as excerpts (ids ``cmrc:<paragraph id>``) and their questions."""
    data = json.loads(CMRC.read_text(encoding="utf-8"))["data"]
    excerpts: list[Excerpt] = []
    questions: list[Question] = []
    for n, article in enumerate(data):
        for para in article["paragraphs"]:
            pid = f"cmrc:{para['id']}"
            text = para["context"]
            excerpts.append(Excerpt(pid, "cmrc2018_dev", article.get("title", ""), len(excerpts), 0, len(text), text))
            for qa in para["qas"]:
                questions.append(Question(qa["id"], qa["question"], pid, n))
    return excerpts, questions


@lru_cache(maxsize=1)
def political() -> tuple[Excerpt, ...]:
    """The political corpus (government work reports, CPC congress reports) as textkit excerpts."""
    return tuple(load_corpus([str(p) for p in POLITICAL]))


def corpus() -> list[Excerpt]:
    """What every ranking test searches: CMRC paragraphs, then the political corpus as distractors."""
    return cmrc()[0] + list(political())


def split(questions: list[Question]) -> tuple[list[Question], list[Question]]:
    """The fixed tune/test split: questions of even-numbered CMRC articles tune, odd ones test.

    Splitting by article keeps questions about the same paragraph on one side, so a setting tuned
    on one half is measured on paragraphs it never saw.
    """
    tune = [q for q in questions if q.article % 2 == 0]
    test = [q for q in questions if q.article % 2 == 1]
    return tune, test
