"""The index of the bundled ``corpus/``: built on first use into the user cache, then reused."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
from pathlib import Path

from ..analysis.segment import Segmenter, stopwords
from ..errors import SearchIndexError
from . import storage
from .index import SearchIndex
from .persist import stopword_hash
from .writer import Progress

log = logging.getLogger(__name__)

# Everything whose change can change the index of the same corpus: the code that reads, normalizes,
# splits, segments and indexes text, and the libraries under it. Their bytes go into the cache key,
# so an edit to any of them (a normalization rule, a split, a scoring constant) rebuilds the cache.
_ANALYSIS_CODE = ("analysis/load.py", "analysis/normalize.py", "analysis/excerpts.py", "analysis/segment.py",
                  "analysis/engines.py", "analysis/data/lexicon.txt", "analysis/data/stopwords.txt", "search/index.py",
                  "search/writer.py", "search/planner.py", "search/postings.py",
                  "search/bm25.py", "search/query.py", "search/storage.py")
_ANALYSIS_LIBRARIES = ("rjieba", "opencc")


def default_index(progress: Progress = None) -> SearchIndex:
    """An index of the bundled ``corpus/``, built on first use into the user cache and reused."""
    corpus = _corpus_dir()
    files = sorted(p for p in corpus.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    seg = Segmenter(engine="fast", mode="exact")
    path = Path(os.environ.get("TEXTKIT_CACHE_DIR") or _user_cache()) / f"corpus-{cache_key(seg, corpus, files)}.idx"
    try:
        with storage.checked_by_exit():  # checked here, so that a damaged cache is rebuilt, not reported
            return SearchIndex.load(path)
    except SearchIndexError as exc:
        if path.exists():
            log.warning("rebuilding the cached index of the bundled corpus: %s", exc)
    from ..analysis.load import SUFFIXES, load_corpus

    sources = [f for f in files if f.suffix.lower() in SUFFIXES]
    index = SearchIndex.build(load_corpus(sources), segmenter=seg, progress=progress)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        index.save(path)
        for old in path.parent.glob("corpus-*.idx"):
            if old != path:
                shutil.rmtree(old, ignore_errors=True)
    except (OSError, SearchIndexError) as exc:  # a read-only cache costs speed, not results
        log.warning("could not cache the index of the bundled corpus in %s: %s", path.parent, exc)
    return index


def cache_key(seg: Segmenter, corpus: Path, files: list[Path]) -> str:
    """A hash of all that decides the index: corpus, analysis settings, textkit's code, libraries."""
    from .._version import __version__

    h = hashlib.sha256(json.dumps({
        "textkit": __version__, "format": storage.FORMAT_VERSION, "analysis": seg.settings,
        "dictionaries": list(seg.dictionaries), "stopwords": stopword_hash(stopwords()),
        "libraries": _library_stamps(), "code": code_digest(Path(__file__).resolve().parent.parent),
    }, sort_keys=True).encode())
    for f in files:
        h.update(f"\0{f.relative_to(corpus)}\0".encode())
        h.update(f.read_bytes())
    return h.hexdigest()[:16]


def code_digest(package: Path) -> str:
    """A hash of the files of ``package`` (textkit's folder) that analyse and index text."""
    h = hashlib.sha256()
    for name in _ANALYSIS_CODE:
        h.update(f"\0{name}\0".encode())
        h.update((package / name).read_bytes())
    return h.hexdigest()


def _library_stamps() -> dict[str, list]:
    # Size and time of each library's files as installed: any upgrade changes them. (Reading the
    # versions through importlib.metadata would cost 30 ms on every start.)
    import importlib.util

    stamps = {}
    for name in _ANALYSIS_LIBRARIES:
        spec = importlib.util.find_spec(name)
        folder = Path(spec.origin).parent if spec and spec.origin else None
        stamps[name] = sorted([f.name, f.stat().st_size, f.stat().st_mtime_ns] for f in folder.iterdir()
                              if f.is_file()) if folder else None
    return stamps


def _user_cache() -> str:
    import platformdirs

    return platformdirs.user_cache_dir("textkit")


def _corpus_dir() -> Path:
    # Installed, setup.cfg maps the top-level corpus/ into the package as textkit/corpus/;
    # in a checkout it sits beside the package.
    here = Path(__file__).resolve().parent.parent
    installed = here / "corpus"
    return installed if installed.is_dir() else here.parent / "corpus"
