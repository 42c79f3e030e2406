"""The engines under test behind one small interface: textkit and its peers on the same tokens.

Peers are handed the token lists textkit's fast segmenter made, so they index and score the same
terms; textkit is handed the excerpts and query strings, and pays for its own analysis.
"""

from __future__ import annotations

import inspect
import json
import logging
import shutil
import sys
from pathlib import Path
from typing import Any, Callable, Sequence

from corpora import Corpus

K = 10


def textkit_available() -> bool:
    """Whether ``textkit.search.index.SearchIndex`` can be imported yet."""
    try:
        from textkit.search.index import SearchIndex  # noqa: F401
    except ImportError:
        return False
    return True


def analyzer(segmenter) -> Callable[[str], list[str]]:
    """The terms textkit indexes for a text (its segmenter and term filter), to hand to every peer.

    Before the index exists, the segmenter's tokens.
    """
    if textkit_available():
        from textkit.search.index import SearchIndex

        index = SearchIndex(segmenter)
        if hasattr(index, "analyze"):
            return index.analyze
    return segmenter


def query_tokenizer() -> Callable[[str], list[str]]:
    """How a peer's user turns a query string into terms: rjieba with textkit's lexicon, then
    textkit's term filter (stopwords and punctuation dropped, ASCII lower-cased).

    The same tokens textkit indexes for simplified, half-width text (the corpus was given to every
    engine as those tokens), without textkit's width fold, OpenCC and offsets: the cheapest
    tokenizer that finds the corpus's terms, so the peers' fresh-query figures include as little
    analysis as a peer's user could get away with.
    """
    import re

    import rjieba

    from textkit.analysis.segment import bundled_lexicon, stopwords

    jb = rjieba.Jieba()
    for line in bundled_lexicon().splitlines():
        parts = line.split()
        if not parts or parts[0].startswith("#"):
            continue
        freq = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
        tag = parts[-1] if len(parts) > 1 and not parts[-1].isdigit() else None
        jb.add_word(parts[0], freq, tag)
    stop = stopwords()
    wordish = re.compile(r"[^\W_]")
    cut = jb.cut

    def tokenize(query: str) -> list[str]:
        return [t.lower() for t in cut(query, True) if t not in stop and wordish.search(t)]

    return tokenize


def dir_mb(path: Path) -> float:
    """Size on disk of a file or directory, in megabytes."""
    if path.is_file():
        return path.stat().st_size / 1e6
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


class Engine:
    """One search engine: build from a corpus, answer a query, save, load."""

    name = "?"
    takes_text = False  # True: queries are strings (textkit); False: token lists
    batch = False  # has a native batch call
    saves = True

    def build(self, corpus: Corpus) -> None:
        raise NotImplementedError

    def search(self, query: Any) -> list:
        raise NotImplementedError

    def search_many(self, queries: Sequence[Any]) -> list:
        return [self.search(q) for q in queries]

    def save(self, path: Path) -> None:
        raise NotImplementedError

    def load(self, path: Path, mmap: bool) -> None:
        raise NotImplementedError

    def cold_argv(self, path: Path, query: str, mode: str) -> list[str]:
        """Command line of a fresh process that loads the saved index and answers ``query``."""
        here = Path(__file__).resolve().parent
        return [sys.executable, str(here / "cold.py"), self.name, str(path), query, "--mode", mode]


class Textkit(Engine):
    name = "textkit"
    takes_text = True
    batch = True

    def __init__(self, mode: str) -> None:
        self.mode = mode
        self.index = None

    def build(self, corpus: Corpus) -> None:
        from textkit.search.index import SearchIndex
        from textkit.analysis.segment import Segmenter

        self.index = SearchIndex.build(corpus.excerpts, segmenter=Segmenter(engine="fast", mode=self.mode))

    def search(self, query: str) -> list:
        return self.index.search(query, k=K)

    def search_many(self, queries: Sequence[str]) -> list:
        return self.index.search_many(list(queries), k=K)

    def forget(self) -> None:
        """Drop the remembered analysis of every query string (textkit keeps up to 4,096)."""
        self.index._plans.clear()

    def save(self, path: Path) -> None:
        self.index.save(path)

    def load(self, path: Path, mmap: bool) -> None:
        from textkit.search.index import SearchIndex

        if "mmap" in inspect.signature(SearchIndex.load).parameters:
            self.index = SearchIndex.load(path, mmap=mmap)
        else:
            self.index = SearchIndex.load(path)

    @staticmethod
    def load_has_mmap_switch() -> bool:
        from textkit.search.index import SearchIndex

        return "mmap" in inspect.signature(SearchIndex.load).parameters

    def cold_argv(self, path: Path, query: str, mode: str) -> list[str]:
        return [sys.executable, "-m", "textkit", "search", query, "--index", str(path), "-k", str(K)]


class BM25S(Engine):
    name = "bm25s"
    batch = True

    def __init__(self) -> None:
        import bm25s

        logging.getLogger("bm25s").setLevel(logging.ERROR)
        self.model = bm25s.BM25()
        self.ids: list[str] = []

    def build(self, corpus: Corpus) -> None:
        import bm25s

        self.model = bm25s.BM25()
        self.model.index(corpus.tokens, show_progress=False)
        self.ids = [e.id for e in corpus.excerpts]

    def search(self, query: list[str]) -> list:
        return self.search_many([query])[0]

    def search_many(self, queries: Sequence[list[str]]) -> list:
        # A loaded bm25s index fails on a query none of whose tokens it knows: such a query finds nothing.
        vocab = self.model.vocab_dict
        known = [[t for t in q if t in vocab] for q in queries]
        asked = [q for q in known if q]
        out: list[list] = [[] for _ in queries]
        if asked:
            docs, _ = self.model.retrieve(asked, k=min(K, len(self.ids)), show_progress=False)
            rows = iter(docs)
            out = [list(next(rows)) if q else [] for q in known]
        return out

    def save(self, path: Path) -> None:
        self.model.save(path, corpus=[{"id": i} for i in self.ids], show_progress=False)

    def load(self, path: Path, mmap: bool) -> None:
        import bm25s

        self.model = bm25s.BM25.load(path, mmap=mmap, load_corpus=False, show_progress=False)


class Tantivy(Engine):
    """Tantivy over the tokens joined by spaces, whitespace tokenizer; queries as OR of term queries."""

    name = "tantivy"

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.index = None
        self.searcher = None
        self.schema = None

    @staticmethod
    def schema_():
        import tantivy

        sb = tantivy.SchemaBuilder()
        sb.add_text_field("body", stored=False, tokenizer_name="whitespace", index_option="freq")
        sb.add_text_field("id", stored=True, tokenizer_name="raw")
        return sb.build()

    def build(self, corpus: Corpus) -> None:
        import tantivy

        shutil.rmtree(self.workdir, ignore_errors=True)
        self.workdir.mkdir(parents=True)
        self.schema = self.schema_()
        self.index = tantivy.Index(self.schema, path=str(self.workdir))
        writer = self.index.writer(heap_size=256_000_000)
        for e, toks in zip(corpus.excerpts, corpus.tokens):
            doc = tantivy.Document()
            doc.add_text("body", " ".join(toks))
            doc.add_text("id", e.id)
            writer.add_document(doc)
        writer.commit()
        writer.wait_merging_threads()
        self.index.reload()
        self.searcher = self.index.searcher()

    def search(self, query: list[str]) -> list:
        import tantivy

        if not query:
            return []
        q = tantivy.Query.boolean_query(
            [(tantivy.Occur.Should, tantivy.Query.term_query(self.schema, "body", t)) for t in query]
        )
        s = self.searcher
        return [s.doc(addr)["id"][0] for _, addr in s.search(q, K).hits]

    def save(self, path: Path) -> None:
        if path.resolve() != self.workdir.resolve():
            shutil.copytree(self.workdir, path, dirs_exist_ok=True)

    def load(self, path: Path, mmap: bool) -> None:
        import tantivy

        self.index = tantivy.Index.open(str(path))  # always memory-mapped
        self.schema = self.index.schema
        self.searcher = self.index.searcher()


class RankBM25(Engine):
    name = "rank-bm25"
    saves = False  # only by pickle, which textkit does not allow

    def build(self, corpus: Corpus) -> None:
        from rank_bm25 import BM25Okapi

        self.model = BM25Okapi(corpus.tokens)

    def search(self, query: list[str]) -> list:
        import numpy as np

        scores = self.model.get_scores(query)
        top = np.argpartition(-scores, min(K, len(scores) - 1))[:K]
        return list(top[np.argsort(-scores[top])])


def ids_of(engine: Engine, hits: list, corpus: Corpus) -> list[str]:
    """Excerpt ids of one query's results, whatever form the engine returns them in."""
    if engine.name == "textkit":
        return [h.excerpt if isinstance(h.excerpt, str) else h.to_dict()["excerpt"] for h in hits]
    if engine.name == "tantivy":
        return list(hits)
    return [corpus.excerpts[int(i)].id for i in hits]


def write_json(path: Path, obj: Any) -> None:
    """JSON, UTF-8, written atomically."""
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(obj, ensure_ascii=False, indent=1), encoding="utf-8")
    tmp.replace(path)
