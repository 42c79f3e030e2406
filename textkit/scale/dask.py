"""Building an index and tracing queries on a Dask cluster (``pip install 'textkit[dask]'``).

The work is cut into tasks that call textkit's own plain functions, so that other engines (Spark,
Ray) could run them the same way:

- :func:`textkit.analysis.load.read_documents` reads a file on a worker, and its documents stay
  there; the client names them (:func:`~textkit.analysis.load.name_documents`), in load order, exactly
  as a single process does;
- :func:`split_and_analyse`, on the worker holding the documents, splits them into excerpts and runs
  :func:`textkit.search.writer.analyse` (normalizing, segmenting) with the segmenter the analysis
  settings name; the worker checks that its textkit analyses as the client's does
  (:class:`~textkit.errors.AnalysisMismatch` otherwise);
- the client adds the analysed runs in order, makes the n-gram postings and writes the index, so
  the result is the same index as a single-process build: the same terms, postings, scores and
  search results.

For ``locate``, each worker opens the same saved index (memory-mapped; it must be on a path every
worker can read) and answers a share of the queries with :meth:`SearchIndex.search_many`.
Dask moves task arguments and results between its processes with its own serialization; textkit
writes nothing of it to disk.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import os
from dataclasses import replace
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence

from ..analysis.excerpts import Document, Excerpt, split_document
from ..analysis.load import name_documents, read_documents, source_files
from ..analysis.sources import distinct_names
from ..analysis.segment import Segmenter
from ..errors import AnalysisMismatch, EmptyCorpus, TextkitError
from ..search.index import SearchIndex
from ..search.writer import Analysed, analyse

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None] | None
RUN = 4096  # excerpts analysed per task: the single-process build's batch


class DaskError(TextkitError):
    """The Dask cluster could not be reached or set up."""


@contextlib.contextmanager
def connect(where: str) -> Iterator[Any]:
    """A Dask client: ``local:N`` starts a cluster of N worker processes here, anything else is a
    scheduler's address (``tcp://host:8786``)."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise DaskError("--dask needs Dask: pip install 'textkit[dask]'") from None
    if where.startswith("local:"):
        try:
            workers = int(where.split(":", 1)[1])
        except ValueError:
            raise DaskError(f"--dask {where!r}: write local:N with N the number of worker processes") from None
        if workers < 1:
            raise DaskError("--dask local:N needs at least one worker")
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0",
                          silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
            yield client
        return
    try:
        client = Client(where, timeout="10s")
    except (OSError, TimeoutError, ValueError) as exc:
        raise DaskError(f"cannot reach the Dask scheduler at {where} ({exc}); start it with `dask scheduler` "
                        "or use --dask local:N") from None
    with client:
        yield client


def build(sources: Sequence[str | os.PathLike[str]], client: Any, segmenter: Segmenter | None = None,
          progress: Progress = None, **params: Any) -> SearchIndex:
    """An index of ``sources`` made on the cluster of ``client``: the same index as
    ``SearchIndex.build(load_corpus(sources), segmenter)``. ``params``: k1, b, flavour."""
    seg = segmenter or Segmenter(engine="fast", mode="exact")
    found = source_files(sources)
    stems = distinct_names(found)
    files, names = [str(f) for f in found], [stems[f] for f in found]
    # Documents stay on the worker that read them; only their names come here, to be made unique
    # across the whole load in load order, as one process does.
    read = client.map(read_documents, files, names, key=[f"textkit-read-{i}" for i in range(len(files))])
    per_file = client.gather(client.map(_names, read, key=[f"textkit-names-{i}" for i in range(len(files))]))
    unique = iter(d.name for d in name_documents(Document(name=n, text="", path=p) for part in per_file for n, p in part))
    renamed = [[next(unique) for _ in part] for part in per_file]
    spec = segmenter_spec(seg)
    done = client.map(split_and_analyse, read, renamed, spec=spec, key=[f"textkit-analyse-{i}" for i in range(len(files))])
    excerpts: list[Excerpt] = []
    parts: list[Analysed] = []
    for n, future in enumerate(done):  # in load order: term ids are numbered by first appearance
        got, analysed = future.result()
        excerpts += got
        parts += analysed
        if progress:
            progress(n + 1, len(files))
    if not excerpts:
        raise EmptyCorpus("no text could be loaded from the sources; give .txt, .md, .docx, .pdf, .html or .jsonl "
                          "files (or folders of them) that contain text")
    index = SearchIndex(seg, **params)
    index.add(excerpts, analysed=parts)
    return index


def _names(documents: list[Document]) -> list[tuple[str, str | None]]:
    return [(d.name, d.path) for d in documents]


def split_and_analyse(documents: list[Document], names: list[str], spec: dict[str, Any]) -> tuple[list[Excerpt], list[Analysed]]:
    """On the worker holding a file's documents: name them as the client decided, split them into
    excerpts and analyse those in runs (:func:`textkit.search.writer.analyse`)."""
    seg = _segmenter(_frozen(spec))
    excerpts = [e for doc, name in zip(documents, names) for e in split_document(replace(doc, name=name))]
    texts = [e.text for e in excerpts]
    return excerpts, [analyse(texts[i:i + RUN], seg) for i in range(0, len(texts), RUN)]


def segmenter_spec(seg: Segmenter) -> dict[str, Any]:
    """What a worker needs to make the same segmenter, and the settings it must then report."""
    return {"engine": seg.engine, "mode": seg.mode, "hmm": seg.hmm, "lexicon": seg.lexicon,
            "dictionaries": list(seg.dictionaries), "settings": seg.settings}


def analyse_on_worker(texts: list[str], spec: dict[str, Any]) -> Analysed:
    """:func:`textkit.search.writer.analyse` on a worker, with the segmenter ``spec`` names (checked)."""
    return analyse(texts, _segmenter(_frozen(spec)))


@functools.lru_cache(maxsize=4)
def _segmenter(spec: tuple) -> Segmenter:
    # One segmenter per worker process and settings: its dictionary loads once, not once a task.
    args = dict(spec)
    seg = Segmenter(engine=args["engine"], mode=args["mode"], hmm=args["hmm"], lexicon=args["lexicon"],
                    dictionaries=list(args["dictionaries"]))
    if seg.settings != dict(args["settings"]):
        raise AnalysisMismatch(f"this worker analyses with {seg.settings}, the client with {dict(args['settings'])}: "
                               "install the same textkit (and user dictionaries) on every worker")
    return seg


def _frozen(spec: dict[str, Any]) -> tuple:
    return tuple(sorted((k, tuple(v) if isinstance(v, list) else tuple(sorted(v.items())) if isinstance(v, dict) else v)
                        for k, v in spec.items()))


class RemoteHit(dict):
    """A hit sent back from a worker: the fields of ``Hit.to_dict()``, also read as attributes."""

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None

    def to_dict(self) -> dict[str, Any]:
        return dict(self)


def locate(index_path: str | os.PathLike[str], queries: Sequence[str], client: Any, k: int = 1,
           share: int = 512) -> list[list[RemoteHit]]:
    """Each query's best ``k`` hits, searched on the workers: the same as
    ``SearchIndex.load(index_path).search_many(queries, k)``, as :class:`RemoteHit` objects."""
    path = str(Path(index_path).resolve())
    chunks = [list(queries[i:i + share]) for i in range(0, len(queries), share)]
    futures = client.map(locate_on_worker, client.scatter(chunks), path=path, k=k,
                         key=[f"textkit-locate-{i}" for i in range(len(chunks))])
    return [[RemoteHit(row) for row in rows] for future in futures for rows in future.result()]


def locate_on_worker(queries: list[str], path: str, k: int) -> list[list[dict[str, Any]]]:
    """One share of a locate, on a worker: its copy of the index answers the queries."""
    index = _index(path)
    return [[hit.to_dict() for hit in hits] for hits in index.search_many(queries, k=k)]


@functools.lru_cache(maxsize=2)
def _index(path: str) -> SearchIndex:
    return SearchIndex.load(path)
