"""Commands over text and indexes: segment, index, documents, search, locate, export, phrases."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..locale import gettext as _
from .base import (
    CONTEXT,
    _color,
    _dask_option,
    _emit_json,
    _excerpts,
    _index_option,
    _json_option,
    _open_index,
    _progress,
    _segmenter_options,
    cli,
)

# ---------------------------------------------------------------- segment

@cli.command()
@click.argument("text", required=False)
@click.option("-f", "--file", "file", type=click.File("rb"), help="Read the text from FILE (- for stdin).")
@click.option("--mode", type=click.Choice(["exact", "search"]), default="exact", show_default=True,
              help="exact: one reading; search: also the shorter words inside long ones.")
@_segmenter_options
@_json_option
def segment(text: str | None, file, mode: str, engine: str, dicts: tuple[str, ...], as_json: bool) -> None:
    """Split TEXT (or a file) into words.

    \b
      textkit segment 坚决做到两个维护
      textkit segment -f notice.txt --json
    """
    from ..analysis.load import decode_bytes
    from ..analysis.segment import Segmenter

    if text is None and file is None:
        if sys.stdin.isatty():
            raise click.UsageError(_("give a TEXT or -f FILE (use -f - to read standard input)"))
        file = click.get_binary_stream("stdin")
    if text is None:
        text = decode_bytes(file.read(), name=getattr(file, "name", "<stdin>"))
    seg = Segmenter(engine=engine, mode=mode, dictionaries=dicts)
    tokens = seg.tokenize(text)
    if as_json:
        _emit_json({"token": t.token, "start": t.start, "end": t.end} for t in tokens)
    else:
        click.echo(" / ".join(t.token for t in tokens))


# ---------------------------------------------------------------- index

@cli.command()
@click.argument("sources", nargs=-1, type=click.Path(path_type=Path))
@_index_option
@click.option("--append", is_flag=True, help="Add the sources to an existing index instead of replacing it.")
@click.option("--replace", is_flag=True,
              help="With --append: replace documents of the same name (else that is refused).")
@click.option("--remove", "remove", multiple=True, metavar="DOC", help="Drop document DOC from the index; may be repeated.")
@click.option("--dict", "dicts", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="User dictionary (jieba format: word [freq] [tag]); may be repeated; copied into the index.")
@click.option("--engine", type=click.Choice(["jieba", "fast"]), default="fast", show_default=True,
              help="fast (rjieba, no 1 s dictionary load when searching) or jieba; same tokens.")
@click.option("--mode", type=click.Choice(["exact", "search"]), default="exact", show_default=True,
              help="Segmentation mode of the index terms.")
@click.option("--bm25", "flavour", type=click.Choice(["okapi", "lucene"]), default="okapi", show_default=True,
              help="BM25 formula of a new index: okapi (rank-bm25's) or lucene (OpenSearch's and Elasticsearch's).")
@_dask_option
@click.pass_context
def index(ctx: click.Context, sources: tuple[Path, ...], index_path: Path | None, append: bool, replace: bool,
          remove: tuple[str, ...], engine: str, dicts: tuple[str, ...], mode: str, flavour: str,
          dask: str | None) -> None:
    """Build (or extend with --append) a search index from files, folders or .jsonl.

    \b
      textkit index corpus/ --index my.idx
      textkit index more.docx --index my.idx --append
      textkit index --index my.idx --remove 某文件
    """
    from ..analysis.load import load_corpus
    from ..analysis.segment import Segmenter
    from ..search.index import SearchIndex

    if index_path is None:
        raise click.UsageError(_("name the index to write with --index PATH (or set TEXTKIT_INDEX)"))
    if not sources and not remove:
        raise click.UsageError(_("give at least one SOURCE to index, or --remove DOC"))
    progress = _progress(ctx, "indexing")
    if dask and (remove or append):
        raise click.UsageError("--dask builds a new index; --append and --remove run in one process")
    done: list[str] = []  # said only once the index is saved
    if remove or (append and (index_path / "CURRENT").exists()):
        # The index keeps its own analysis settings; --engine/--mode/--dict apply to new indexes.
        idx = SearchIndex.load(index_path)
        for doc in remove:
            n = idx.remove(doc)
            if not n:
                raise click.ClickException(_unknown_document(doc, idx, index_path))
            done.append(_("removed {n} excerpts of {doc}").format(n=n, doc=_one_line(doc)))
        if sources:
            new = load_corpus(sources)
            present = {d.name: d.excerpts for d in idx.documents()}
            again = sorted({e.doc for e in new if e.doc in present})
            if again and not replace:
                shown = ", ".join(_one_line(d) for d in again[:5]) + (" …" if len(again) > 5 else "")
                raise click.ClickException(
                    _("{index} already has {n} document(s) of these names: {names}; add --replace to replace "
                      "them, or rename the files; nothing was changed").format(index=index_path, n=len(again),
                                                                              names=shown))
            for doc in again:
                idx.remove(doc)
                done.append(_("replaced {doc} ({n} excerpts)").format(doc=_one_line(doc), n=present[doc]))
            idx.add(new, progress=progress)
    elif dask:
        from ..scale.dask import build, connect

        with connect(dask) as client:
            seg = Segmenter(engine=engine, mode=mode, dictionaries=dicts)
            idx = build(sources, client, segmenter=seg, progress=progress, flavour=flavour)
    else:
        seg = Segmenter(engine=engine, mode=mode, dictionaries=dicts)
        idx = SearchIndex.build(load_corpus(sources), segmenter=seg, progress=progress, flavour=flavour)
    idx.save(index_path)
    for line in done:
        click.echo(line, err=True)
    click.echo(f"{index_path}: {idx.stats_line()}", err=True)


def _unknown_document(doc: str, idx, index_path: Path) -> str:
    import difflib

    names = [d.name for d in idx.documents()]
    close = difflib.get_close_matches(doc, names, n=5, cutoff=0.5)
    close += [n for n in names if doc and doc in n and n not in close][: 5 - len(close)]
    if close:
        hint = _("close names: {names}").format(names=", ".join(_one_line(n) for n in close))
    else:
        hint = _("`textkit documents --index {index}` lists them").format(index=index_path)
    return _("no document named {doc!r} in {index} ({hint}); nothing was changed").format(
        doc=_one_line(doc), index=index_path, hint=hint)


def _one_line(text: str) -> str:
    """A name shown on one line: line breaks and other control characters as escapes."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() or ch == " " else repr(ch)[1:-1] for ch in text)


# ---------------------------------------------------------------- documents

@cli.command()
@_index_option
@_json_option
@click.pass_context
def documents(ctx: click.Context, index_path: Path | None, as_json: bool) -> None:
    """List the index's documents with how many excerpts each has.

    \b
      textkit documents --index my.idx
      textkit documents --index my.idx --json
    """
    docs = _open_index(ctx, index_path).documents()
    if as_json:
        _emit_json(d.to_dict() for d in docs)
        return
    for d in docs:
        click.echo(f"{d.excerpts:>6}  {_one_line(d.name)}")


# ---------------------------------------------------------------- search

# A query may start with -exclude: an unknown "option" is read as the query, not refused.
@cli.command(context_settings={"ignore_unknown_options": True})
@click.argument("query")
@_index_option
@click.option("-k", "k", type=click.IntRange(1), default=10, show_default=True, help="How many results.")
@click.option("--doc", help="Only excerpts of documents whose name contains DOC.")
@click.option("--section", help="Only excerpts under sections whose heading contains SECTION.")
@click.option("--explain", is_flag=True, help="Show each term's contribution to the score.")
@_json_option
@click.pass_context
def search(ctx: click.Context, query: str, index_path: Path | None, k: int, doc: str | None,
           section: str | None, explain: bool, as_json: bool) -> None:
    """Find the excerpts that best match QUERY.

    Words in any order; "exact phrase"; +must; -exclude.

    \b
      textkit search 两个维护
      textkit search '"劳模精神" -工匠' -k 3 --json
    """
    from ..search.storage import checked_by_exit

    # The index's checksums are checked while the segmenter starts and the query runs; nothing is
    # shown before they have all passed.
    with checked_by_exit():
        idx = _open_index(ctx, index_path)
        hits = idx.search(query, k=k, doc=doc, section=section, explain=explain)
        for hit in hits:  # every text read (and checked) before anything is shown
            hit.text  # noqa: B018
    if as_json:
        _emit_json(hit.to_dict() for hit in hits)
        return
    if not hits:
        click.echo(_("no excerpt matches {query!r}").format(query=query), err=True)
        return
    for hit in hits:
        click.echo(_render_hit(hit, explain), color=_color())


CONTEXT_CHARS = 60  # characters shown either side of a match in a long excerpt


def _render_hit(hit, explain: bool) -> str:
    head = click.style(f"{hit.rank:>2}. {_one_line(hit.doc)}", bold=True)
    where = f" · {_one_line(hit.section)}" if hit.section else ""
    lines = [f"{head}{where}  [{_one_line(hit.excerpt)}]  score {hit.score:.2f}"]
    text = hit.text
    spans = sorted(hit.highlights)
    lo, hi = 0, len(text)
    if spans and len(text) > 4 * CONTEXT_CHARS:
        lo = max(0, spans[0][0] - CONTEXT_CHARS)
        hi = min(len(text), max(b for a, b in spans if a < lo + 4 * CONTEXT_CHARS) + CONTEXT_CHARS)
    out, pos = [], lo
    for a, b in spans:
        if a < pos or b > hi:
            continue
        out.append(text[pos:a])
        out.append(click.style(text[a:b], fg="red", bold=True))
        pos = b
    out.append(text[pos:hi])
    body = ("…" if lo > 0 else "") + "".join(out) + ("…" if hi < len(text) else "")
    lines.append("    " + body)
    if hit.note:
        lines.append("    " + click.style(f"—— （{hit.note}）", dim=True))
    if explain and hit.explain:
        for term, score in hit.explain.items():
            lines.append(f"      {score:7.3f}  {term}")
    return "\n".join(lines)


# ---------------------------------------------------------------- locate

@cli.command()
@click.argument("file", type=click.File("rb"))
@_index_option
@_json_option
@_dask_option
@click.pass_context
def locate(ctx: click.Context, file, index_path: Path | None, as_json: bool, dask: str | None) -> None:
    """Trace each line of FILE (one query a line, - for stdin) to its best excerpt.

    A line less than half covered by its best excerpt (--json: "coverage") is "(no match)".
    """
    from ..analysis.load import decode_bytes
    from ..search.coverage import LOCATE_MIN_COVERAGE, coverage

    lines = decode_bytes(file.read(), name=getattr(file, "name", "<stdin>")).splitlines()
    numbered = [(n, line.strip()) for n, line in enumerate(lines, 1) if line.strip()]  # blank lines keep their numbers
    queries = [query for _, query in numbered]
    if dask:
        from ..scale.dask import connect
        from ..scale.dask import locate as locate_on

        if index_path is None:
            raise click.UsageError("--dask needs --index PATH: the workers open the saved index")
        with connect(dask) as client:
            results = locate_on(index_path, queries, client)
    else:
        results = _open_index(ctx, index_path).search_many(queries, k=1)
    # Every hit's text is read (and checked) before anything is shown.
    shares = [coverage(query, hits[0].text) if hits else 0.0 for (_, query), hits in zip(numbered, results)]
    for (n, query), hits, share in zip(numbered, results, shares):
        hit = hits[0] if hits else None
        if as_json:
            row = {"line": n, "query": query}
            row.update(hit.to_dict() if hit else {"rank": None})
            row["coverage"] = round(share, 3)
            _emit_json([row])
        elif hit and share >= LOCATE_MIN_COVERAGE:
            click.echo(f"{n}\t{hit.score:.2f}\t{_one_line(hit.excerpt)}\t{_one_line(hit.text[:60])}")
        else:
            click.echo(f"{n}\t-\t(no match)\t{query[:60]}")


# ---------------------------------------------------------------- export

@cli.group(context_settings=CONTEXT)
def export() -> None:
    """Export an index for another search engine."""


@export.command("opensearch")
@_index_option
@click.option("--out", "out", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder to write mapping.json and the bulk .ndjson files into.")
@click.option("--name", default="textkit", show_default=True, help="Name of the index on the server.")
@click.pass_context
def export_opensearch(ctx: click.Context, index_path: Path | None, out: Path, name: str) -> None:
    """Write an OpenSearch/Elasticsearch mapping and bulk files carrying textkit's analysis.

    \b
      textkit export opensearch --index my.idx --out my-os/
      curl -XPUT localhost:9200/textkit -H 'Content-Type: application/json' --data-binary @my-os/mapping.json
      for f in my-os/bulk-*.ndjson; do curl -XPOST localhost:9200/_bulk -H 'Content-Type: application/x-ndjson' --data-binary @$f; done
    """
    from ..search.opensearch import export as write

    idx = _open_index(ctx, index_path)
    files = write(idx, out, name=name)
    click.echo(f"wrote {len(files)} files to {out} ({idx.size} excerpts)", err=True)


# ---------------------------------------------------------------- phrases

@cli.command()
@click.argument("sources", nargs=-1, type=click.Path(path_type=Path))
@_index_option
@click.option("-k", "k", type=click.IntRange(1), default=30, show_default=True, help="How many phrases.")
@_json_option
@click.pass_context
def phrases(ctx: click.Context, sources: tuple[Path, ...], index_path: Path | None, k: int, as_json: bool) -> None:
    """Key phrases worth quizzing, best first (default: from the bundled corpus)."""
    from ..quiz.phrases import extract_phrases

    found = extract_phrases(_excerpts(ctx, sources, index_path), k=k)
    if as_json:
        _emit_json(p.to_dict() for p in found)
        return
    for n, p in enumerate(found, 1):
        click.echo(f"{n:>3}  {p.phrase}\t{p.kind}\t×{p.count}\t{p.score:.3f}")
