"""Benchmark corpora and query sets, built from ``../shared/data`` with textkit's own loader."""

from __future__ import annotations

import dataclasses
import json
import lzma
import random
import re
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

from textkit.analysis.excerpts import Excerpt
from textkit.analysis.load import load_corpus
from textkit.analysis.segment import Segmenter

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
CACHE = Path(__file__).resolve().parent / ".cache"

# Sizes in excerpts; "all" is every excerpt of the reports and laws (~357k), "1m" repeats them.
NAMED_SIZES = {"10k": 10_000, "50k": 50_000, "200k": 200_000, "all": None, "1m": 1_000_000}
_CJK = re.compile(r"[\u4e00-\u9fff]")
_CJK_ONLY = re.compile(r"^[\u4e00-\u9fff]+$")


@dataclass
class Corpus:
    """One benchmark corpus: excerpts, their tokens (one analysis for every engine) and its size."""

    name: str
    excerpts: list[Excerpt]
    tokens: list[list[str]]
    mb: float  # UTF-8 megabytes of excerpt text
    synthetic: bool = False

    def __len__(self) -> int:
        return len(self.excerpts)


def data_available() -> bool:
    """Whether the shared data the benchmark reads is present."""
    return (DATA / "laws" / "laws.jsonl.xz").exists() and (DATA / "political").is_dir()


def laws_jsonl() -> Path:
    """The laws as plain .jsonl, decompressed once into the bench cache."""
    target = CACHE / "laws.jsonl"
    if not target.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(".tmp")
        with lzma.open(DATA / "laws" / "laws.jsonl.xz", "rb") as src, tmp.open("wb") as dst:
            shutil.copyfileobj(src, dst, 1 << 20)
        tmp.replace(target)
    return target


def load_all(seed: int = 0) -> list[Excerpt]:
    """Every excerpt of the political reports and laws, documents in a fixed shuffled order.

    Shuffling whole documents (not excerpts) keeps each subset a realistic mix of reports and
    laws; taking prefixes of one order makes the subsets nested, so queries drawn from the
    smallest subset occur in every larger one.
    """
    sources = sorted((DATA / "political").glob("*.jsonl")) + [laws_jsonl()]
    excerpts = load_corpus(sources)
    by_doc: dict[str, list[Excerpt]] = {}
    for e in excerpts:
        by_doc.setdefault(e.doc, []).append(e)
    docs = list(by_doc)
    random.Random(seed).shuffle(docs)
    return [e for d in docs for e in by_doc[d]]


def tokenize_prefixes(excerpts: Sequence[Excerpt], analyze: Callable[[str], list[str]],
                      cuts: Sequence[int]) -> tuple[list[list[str]], dict[int, dict[str, float]]]:
    """Token lists of every excerpt, and the analysis time (wall and CPU) of each prefix in ``cuts``.

    Equal tokens share one string object, which keeps a million token lists in memory.
    """
    shared: dict[str, str] = {}
    intern = shared.setdefault
    tokens: list[list[str]] = []
    seconds: dict[int, dict[str, float]] = {}
    wall = cpu = 0.0
    for cut in sorted(set(min(c, len(excerpts)) for c in cuts)):
        start = len(tokens)
        c, t = time.process_time(), time.perf_counter()
        batch = [analyze(e.text) for e in excerpts[start:cut]]
        wall += time.perf_counter() - t
        cpu += time.process_time() - c
        tokens.extend([intern(t, t) for t in toks] for toks in batch)
        seconds[cut] = {"wall": wall, "cpu": cpu}
    return tokens, seconds


def make_corpus(name: str, excerpts: list[Excerpt], tokens: list[list[str]], n: int) -> Corpus:
    """A corpus of ``n`` excerpts: a prefix, or the whole repeated with distinct ids when ``n`` is larger."""
    if n <= len(excerpts):
        sub = excerpts[:n]
        return Corpus(name, sub, tokens[:n], _mb(sub))
    out, toks = [], []
    rep = 0
    while len(out) < n:
        take = min(len(excerpts), n - len(out))
        for e in excerpts[:take]:
            out.append(e if rep == 0 else dataclasses.replace(e, id=f"{e.id}~{rep}", doc=f"{e.doc}~{rep}"))
        toks.extend(tokens[:take])  # same lists by reference: the tokens are the same
        rep += 1
    return Corpus(name, out, toks, _mb(out), synthetic=True)


def _mb(excerpts: Sequence[Excerpt]) -> float:
    return sum(len(e.text.encode("utf-8")) for e in excerpts) / 1e6


def write_jsonl(corpus: Corpus, path: Path) -> Path:
    """The corpus as ``{id, text}`` lines, for scripts that read it from scratch."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        with tmp.open("w", encoding="utf-8") as f:
            for e in corpus.excerpts:
                f.write(json.dumps({"id": e.id, "text": e.text}, ensure_ascii=False) + "\n")
        tmp.replace(path)
    return path


# ---------------------------------------------------------------- queries

def make_queries(corpus: Corpus, n_per_kind: int, seed: int = 0) -> dict[str, list[str]]:
    """Realistic query strings drawn from ``corpus`` (use the smallest subset: all others contain it).

    words: one word as segmented; phrases: 2–4 consecutive words run together, as people type
    them; rare: substrings of 2–6 Chinese characters occurring at most 3 times; quiz: question
    stems from the quiz bank, pasted whole to find their source.
    """
    rng = random.Random(seed)
    toks = [t for t in corpus.tokens if t]
    words: list[str] = []
    while len(words) < n_per_kind:
        t = rng.choice(rng.choice(toks))
        if len(t) >= 2 and _CJK_ONLY.match(t):
            words.append(t)
    # Phrases come from one reading of the text (exact mode), not from overlapping search-mode words.
    exact = Segmenter(engine="fast", mode="exact")
    phrases: list[str] = []
    while len(phrases) < n_per_kind:
        doc = exact(rng.choice(corpus.excerpts).text)
        span = rng.randint(2, 4)
        if len(doc) < span:
            continue
        i = rng.randrange(len(doc) - span + 1)
        phrase = "".join(doc[i:i + span])
        if _CJK_ONLY.match(phrase) and len(phrase) >= 3:
            phrases.append(phrase)
    return {"words": words, "phrases": phrases, "rare": _rare_substrings(corpus, n_per_kind, rng),
            "quiz": _quiz_stems(n_per_kind, rng)}


def _rare_substrings(corpus: Corpus, n: int, rng: random.Random) -> list[str]:
    text = "\n".join(e.text for e in corpus.excerpts)
    found: list[str] = []
    for _ in range(n * 50):
        if len(found) >= n:
            break
        e = rng.choice(corpus.excerpts).text
        size = rng.randint(2, 6)
        if len(e) < size:
            continue
        i = rng.randrange(len(e) - size + 1)
        s = e[i:i + size]
        if len(_CJK.findall(s)) == size and s not in found and text.count(s) <= 3:
            found.append(s)
    return found


def _quiz_stems(n: int, rng: random.Random) -> list[str]:
    path = DATA / "quizbank" / "xxqg_questionbank.json"
    if not path.exists():
        return []
    rows = json.loads(path.read_text(encoding="utf-8"))
    stems = [str(r.get("question", "")).strip() for r in rows]
    stems = [re.sub(r"\s+", " ", s)[:80] for s in stems if len(_CJK.findall(s)) >= 8]
    return rng.sample(stems, min(n, len(stems)))
