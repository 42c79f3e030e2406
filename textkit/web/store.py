"""The index the web app serves, and the changes made to it (uploads, removals) in a worker thread.

Searches read ``store.index`` once and keep that object: a change never touches the index being
searched. It opens a fresh copy of the saved index, changes and saves that copy (atomically, see
:mod:`textkit.search.storage`), then swaps the reference under a lock; searches in flight finish on
the old one. Changes run one at a time in a single worker thread, with progress a page can poll.
"""

from __future__ import annotations

import logging
import secrets
import shutil
import tempfile
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from ..errors import TextkitError
from ..search.index import SearchIndex

log = logging.getLogger(__name__)

UPLOAD_SUFFIXES = (".docx", ".pdf", ".txt", ".md", ".html", ".htm", ".jsonl")
_KEEP_JOBS = 100


@dataclass
class Job:
    """One change to the index: its state (queued, indexing, done, error), progress and outcome."""

    id: str
    action: str  # "add" or "remove"
    doc: str
    state: str = "queued"
    done: int = 0
    total: int = 0
    message: str = ""
    started: float = field(default_factory=time.time)

    def to_dict(self) -> dict[str, Any]:
        return {"job": self.id, "action": self.action, "doc": self.doc, "state": self.state,
                "done": self.done, "total": self.total, "message": self.message}


class IndexStore:
    """The served :class:`SearchIndex`, swapped safely after each change."""

    def __init__(self, index: SearchIndex, path: Path | None, seeded: bool = False) -> None:
        self._index = index
        self.path = path  # where changes are saved; None: read-only
        self.seeded = seeded  # True: the index is the bundled corpus until the first change is saved
        self._swap = threading.Lock()
        self._jobs: dict[str, Job] = {}
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="textkit-index")
        self._catalog_view: tuple | None = None

    @property
    def index(self) -> SearchIndex:
        """The index to search now (keep the object for the whole request)."""
        return self._index

    def documents(self) -> list[dict[str, Any]]:
        """The index's documents with their excerpt counts: ``[{"doc": …, "excerpts": n}]``."""
        return self._view()[0]

    def sections(self, docs: list[str] | None = None, limit: int | None = None) -> list[str]:
        """Section headings in index order (of the named documents only, if given), at most ``limit``."""
        by_doc = self._view()[1]
        seen: dict[str, None] = {}
        for doc, headings in by_doc.items():
            if not docs or doc in docs:
                seen.update(dict.fromkeys(headings))
        found = list(seen)
        return found[:limit] if limit else found

    def _view(self) -> tuple[list[dict[str, Any]], dict[str, list[str]]]:
        # Read once per index (one pass over its excerpts), made again after each swap.
        view = self._catalog_view
        if view is None:
            index = self._index
            counts: Counter[str] = Counter()
            by_doc: dict[str, dict[str, None]] = {}
            for e in index.excerpts:
                counts[e.doc] += 1
                if e.section:
                    by_doc.setdefault(e.doc, {}).setdefault(e.section)
            listing = getattr(index, "documents", None)
            if callable(listing):  # the library's own listing, where the index has one
                docs = [d if isinstance(d, dict) else {"doc": d[0], "excerpts": d[1]} for d in listing()]
            else:
                docs = [{"doc": doc, "excerpts": n} for doc, n in counts.items()]
            view = docs, {doc: list(h) for doc, h in by_doc.items()}
            if index is self._index:
                self._catalog_view = view
        return view

    # ------------------------------------------------------------------ changes

    def add_upload(self, filename: str, data: bytes) -> Job:
        """Queue indexing of an uploaded file (already size- and type-checked); returns its job."""
        name = upload_name(filename)
        job = self._job("add", Path(name).stem)
        self._worker.submit(self._run, job, lambda index, progress: self._add(index, name, data, progress))
        return job

    def remove(self, doc: str) -> Job:
        """Queue removal of document ``doc``; the job ends in error if there is no such document."""
        job = self._job("remove", doc)
        self._worker.submit(self._run, job, lambda index, progress: _remove(index, doc))
        return job

    def job(self, job_id: str) -> Job | None:
        return self._jobs.get(job_id)

    def wait(self, job: Job, timeout: float = 60.0) -> Job:
        """Block until ``job`` ends (for tests and scripts)."""
        end = time.time() + timeout
        while job.state in ("queued", "indexing") and time.time() < end:
            time.sleep(0.02)
        return job

    def close(self) -> None:
        self._worker.shutdown(wait=True, cancel_futures=True)

    def _job(self, action: str, doc: str) -> Job:
        if self.path is None:
            raise TextkitError("this server's index is read-only: start textkit serve with --index PATH "
                               "of an index you may change")
        job = Job(secrets.token_hex(8), action, doc)
        self._jobs[job.id] = job
        for old in list(self._jobs)[:-_KEEP_JOBS]:
            self._jobs.pop(old, None)
        return job

    def _run(self, job: Job, change: Callable[[SearchIndex, Callable[[int, int], None]], str]) -> None:
        job.state = "indexing"

        def progress(done: int, total: int) -> None:
            job.done, job.total = done, total

        try:
            fresh = self._fresh_copy()
            job.message = change(fresh, progress)
            fresh.save(self.path)
            with self._swap:
                self._index = fresh
                self._catalog_view = None
                self.seeded = False
            job.state = "done"
            log.info("%s %s: %s", job.action, job.doc, job.message)
        except TextkitError as exc:
            job.state, job.message = "error", str(exc)
        except Exception as exc:  # a bug: keep serving, say so on the job and in the log
            log.exception("index change failed")
            job.state, job.message = "error", f"internal error ({type(exc).__name__}: {exc})"

    def _fresh_copy(self) -> SearchIndex:
        """A private copy of the served index to change: loaded again from disk, never the one searched."""
        assert self.path is not None
        if self.seeded or not (self.path / "CURRENT").exists():
            self._index.save(self.path)  # the bundled corpus, seeded into the user's own index
        return SearchIndex.load(self.path)

    def _add(self, index: SearchIndex, name: str, data: bytes, progress) -> str:
        from ..analysis.load import load_corpus

        folder = Path(tempfile.mkdtemp(prefix="textkit-upload-"))
        try:
            path = folder / name
            path.write_bytes(data)
            excerpts = load_corpus([path])
            index.add(excerpts, progress=progress)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        return f"{len(excerpts)} excerpts"


def _remove(index: SearchIndex, doc: str) -> str:
    n = index.remove(doc)
    if not n:
        raise TextkitError(f"no document named {doc!r} in the index; nothing was changed")
    return f"removed {n} excerpts"


def upload_name(filename: str) -> str:
    """The name an upload is stored under: its last path part only, made safe; the type checked."""
    from ..export.sheet import safe_filename

    base = filename.replace("\\", "/").rsplit("/", 1)[-1]
    stem, dot, suffix = base.rpartition(".")
    suffix = f".{suffix.lower()}" if dot else ""
    if suffix not in UPLOAD_SUFFIXES:
        raise TextkitError(f"cannot index {base or 'a file without a name'!r}: upload one of "
                           f"{', '.join(UPLOAD_SUFFIXES)}")
    return f"{safe_filename(stem or 'document')}{suffix}"
