"""The index of the bundled ``corpus/``: built on first use into the user cache, then reused."""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
from pathlib import Path

from . import storage
from .errors import EmptyCorpus, SearchIndexError
from .index import Progress, SearchIndex, stopword_hash
from .segment import Segmenter, stopwords

log = logging.getLogger(__name__)


def default_index(progress: Progress = None) -> SearchIndex:
    """An index of the bundled ``corpus/``, built on first use into the user cache and reused."""
    from . import __version__
    from .load import SUFFIXES, load_corpus

    corpus = _corpus_dir()
    files = sorted(p for p in corpus.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
    if not files:
        raise EmptyCorpus(f"the bundled corpus is missing ({corpus}); reinstall textkit or name an index with --index")
    seg = Segmenter(engine="fast", mode="search")
    h = hashlib.sha256(f"{__version__}|{storage.FORMAT_VERSION}|{seg.lexicon_hash}|"
                       f"{stopword_hash(stopwords())}".encode())
    for f in files:
        h.update(f"{f.relative_to(corpus)}\0".encode())
        h.update(f.read_bytes())
    cache = Path(os.environ.get("TEXTKIT_CACHE_DIR") or _user_cache())
    path = cache / f"corpus-{h.hexdigest()[:16]}.idx"
    try:
        with storage.checked_by_exit():  # checked here, so that a damaged cache is rebuilt, not reported
            return SearchIndex.load(path)
    except SearchIndexError as exc:
        if path.exists():
            log.warning("rebuilding the cached index of the bundled corpus: %s", exc)
    index = SearchIndex.build(load_corpus(files), segmenter=seg, progress=progress)
    try:
        cache.mkdir(parents=True, exist_ok=True)
        index.save(path)
        for old in cache.glob("corpus-*.idx"):
            if old != path:
                shutil.rmtree(old, ignore_errors=True)
    except (OSError, SearchIndexError) as exc:  # a read-only cache costs speed, not results
        log.warning("could not cache the index of the bundled corpus in %s: %s", cache, exc)
    return index


def _user_cache() -> str:
    import platformdirs

    return platformdirs.user_cache_dir("textkit")


def _corpus_dir() -> Path:
    # Installed, setup.cfg maps the top-level corpus/ into the package as textkit/corpus/;
    # in a checkout it sits beside the package.
    here = Path(__file__).resolve().parent
    installed = here / "corpus"
    return installed if installed.is_dir() else here.parent / "corpus"
