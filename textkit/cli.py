"""The ``textkit`` command line: each command parses options, makes one library call, renders."""

from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path
from typing import Any, Iterable

import click

from ._version import __version__
from .errors import TextkitError
from .export import FORMATS as _SHEET_FORMATS
from .locale import gettext as _

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


class _Group(click.Group):
    """Turns library errors into one-line messages with exit code 1 (a traceback with --debug)."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except TextkitError as exc:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            from .locale import error_message

            raise click.ClickException(error_message(exc)) from None
        except KeyboardInterrupt:
            click.echo(_("textkit: interrupted"), err=True)
            ctx.exit(130)
        except BrokenPipeError:
            # `textkit search … | head`: the reader went away; that is not an error.
            sys.stderr.close()
            ctx.exit(0)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except OSError as exc:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            where = f"{exc.filename}: " if exc.filename else ""
            raise click.ClickException(f"{where}{exc.strerror or exc}") from None
        except Exception as exc:  # a bug: say so in one line, keep the traceback for --debug
            if ctx.obj and ctx.obj.get("debug"):
                raise
            raise click.ClickException(
                _("internal error ({error}); run again with --debug for the traceback").format(
                    error=f"{type(exc).__name__}: {exc}")
            ) from None


class _StderrHandler(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        level = {"WARNING": _("warning"), "ERROR": _("error")}.get(record.levelname, record.levelname.lower())
        click.echo(f"textkit: {level}: {record.getMessage()}", err=True)


@click.group(cls=_Group, context_settings=CONTEXT)
@click.version_option(__version__, "-V", "--version", prog_name="textkit")
@click.option("--debug", is_flag=True, help="Show the full traceback of errors.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bars or warnings on stderr.")
@click.pass_context
def cli(ctx: click.Context, debug: bool, quiet: bool) -> None:
    """Search Chinese policy and study documents and turn them into quizzes.

    Without --index, commands work on the bundled corpus (an index of it is built on first
    use and cached).
    """
    ctx.obj = {"debug": debug, "quiet": quiet}
    logger = logging.getLogger("textkit")
    if not any(isinstance(h, _StderrHandler) for h in logger.handlers):
        logger.addHandler(_StderrHandler())
    logger.setLevel(logging.ERROR if quiet else logging.WARNING)


# ---------------------------------------------------------------- shared options and helpers

def _index_option(f):
    return click.option(
        "--index",
        "index_path",
        type=click.Path(path_type=Path),
        envvar="TEXTKIT_INDEX",
        help="Index to use (default: $TEXTKIT_INDEX, else the bundled corpus).",
    )(f)


def _json_option(f):
    return click.option("--json", "as_json", is_flag=True, help="JSON Lines on stdout, one object per result.")(f)


def _segmenter_options(f):
    f = click.option(
        "--dict", "dicts", multiple=True, type=click.Path(exists=True, dir_okay=False),
        help="User dictionary (jieba format: word [freq] [tag]); may be repeated.",
    )(f)
    f = click.option("--engine", type=click.Choice(["jieba", "fast"]), default="jieba", show_default=True,
                     help="jieba (reference) or fast (rjieba, same tokens).")(f)
    return f


def _dask_option(f):
    return click.option("--dask", metavar="local:N|ADDRESS", default=None,
                        help="Run on Dask: local:N worker processes here, or a scheduler's address "
                             "(pip install 'textkit[dask]').")(f)


def _emit_json(rows: Iterable[dict[str, Any]]) -> None:
    for row in rows:
        click.echo(json.dumps(row, ensure_ascii=False))


def _progress(ctx: click.Context, label: str):
    """A progress callback for the library, or None when stderr is not a terminal or --quiet."""
    if ctx.obj.get("quiet") or not sys.stderr.isatty():
        return None
    return _Progress(label)


class _Progress:
    """Adapts the library's ``progress(done, total)`` callback to a click progress bar on stderr."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.bar = None

    def __call__(self, done: int, total: int) -> None:
        if self.bar is None:
            self.bar = click.progressbar(length=total, label=self.label, file=sys.stderr)
            self.bar.__enter__()
        self.bar.update(done - self.bar.pos)
        if done >= total:
            self.bar.__exit__(None, None, None)


def _open_index(ctx: click.Context, path: Path | None):
    from .search.bundled import default_index
    from .search.index import SearchIndex

    if path is None:
        return default_index(progress=_progress(ctx, "indexing the bundled corpus"))
    return SearchIndex.load(path)


def _excerpts(ctx: click.Context, sources: tuple[str, ...], index_path: Path | None):
    """Excerpts from sources if given, else from the index (default: the bundled corpus)."""
    if sources:
        from .analysis.load import load_corpus

        return load_corpus(sources)
    return _open_index(ctx, index_path).excerpts


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
    from .analysis.load import decode_bytes
    from .analysis.segment import Segmenter

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
    from .analysis.load import load_corpus
    from .analysis.segment import Segmenter
    from .search.index import SearchIndex

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
        from .scale.dask import build, connect

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
    from .search.storage import checked_by_exit

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


def _color() -> bool | None:
    return False if os.environ.get("NO_COLOR") else None


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
    from .analysis.load import decode_bytes
    from .search.coverage import LOCATE_MIN_COVERAGE, coverage

    lines = decode_bytes(file.read(), name=getattr(file, "name", "<stdin>")).splitlines()
    numbered = [(n, line.strip()) for n, line in enumerate(lines, 1) if line.strip()]  # blank lines keep their numbers
    queries = [query for _, query in numbered]
    if dask:
        from .scale.dask import connect
        from .scale.dask import locate as locate_on

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
    from .search.opensearch import export as write

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
    from .quiz.phrases import extract_phrases

    found = extract_phrases(_excerpts(ctx, sources, index_path), k=k)
    if as_json:
        _emit_json(p.to_dict() for p in found)
        return
    for n, p in enumerate(found, 1):
        click.echo(f"{n:>3}  {p.phrase}\t{p.kind}\t×{p.count}\t{p.score:.3f}")


# ---------------------------------------------------------------- quiz

@cli.group(context_settings=CONTEXT)
def quiz() -> None:
    """Make, take and grade quizzes; import question banks."""


def _quiz_kind(ctx: click.Context, param: click.Parameter, value: str) -> str:
    """--kind checked before any source is read: a misspelt kind is bad usage (exit 2)."""
    from .errors import QuizError
    from .quiz.paper import kind_counts

    try:
        kind_counts(value, 1)
    except QuizError as exc:
        raise click.BadParameter(str(exc)) from None
    return value


@quiz.command("make")
@click.argument("sources", nargs=-1, type=click.Path(path_type=Path))
@_index_option
@click.option("-n", "n", type=click.IntRange(1), default=20, show_default=True, help="How many items.")
@click.option("--kind", default="mixed", show_default=True, callback=_quiz_kind, metavar="mixed|KIND|KIND=N,…",
              help="mixed (cloze and choice), one kind (cloze, choice, multi, judge, source) or counts per kind, "
                   "which override -n: cloze=10,choice=10,multi=5,judge=5,source=5.")
@click.option("--doc", help="Only the documents whose name contains this.")
@click.option("--section", help="Only the sections whose heading contains this (六、).")
@click.option("--seed", type=int, default=None, help="Same seed, same quiz (byte for byte).")
@click.option("--title", help="Title of the sheet (default: from the source).")
@click.option("-f", "--format", "fmt", type=click.Choice(list(_SHEET_FORMATS)),
              help="Sheet format (default: from the -o file ending, else md).")
@click.option("-o", "--output", type=click.Path(path_type=Path),
              help="Where to write the sheet (- for stdout; default: quizzes/<title>.<format>).")
@click.option("--key", "key_path", type=click.Path(path_type=Path), help="Write the answer key to a second file.")
@click.pass_context
def quiz_make(ctx: click.Context, sources, index_path, n, kind, doc, section, seed, title, fmt, output,
              key_path) -> None:
    """Make a quiz sheet and its answer key from SOURCES (default: the bundled corpus).

    \b
      textkit quiz make corpus/ -n 15 --kind mixed --seed 7 -o quiz.md
      textkit quiz make notice.docx -o quiz.docx --key key.docx
      textkit quiz make book.docx --kind cloze=4,choice=4,multi=3,judge=4,source=3 --section 六、
    """
    from .export import write_quiz
    from .quiz.maker import make_quiz

    q = make_quiz(_excerpts(ctx, sources, index_path), n=n, kind=kind, seed=seed, title=title, doc=doc,
                  section=section, progress=_progress(ctx, "making the quiz"))
    written = write_quiz(q, output, fmt=fmt, key_path=key_path)
    for path in written:
        click.echo(_("wrote {path}").format(path=path), err=True)


@quiz.command("take")
@click.argument("quiz_file", metavar="QUIZ.json", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def quiz_take(quiz_file: Path) -> None:
    """Answer a quiz in the terminal, one item at a time, graded as you go."""
    from .quiz.take import take_quiz

    take_quiz(_read_quiz(quiz_file))


@quiz.command("grade")
@click.argument("quiz_file", metavar="QUIZ.json", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("answers", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="A group's score table: scores.csv or scores.xlsx.")
@_json_option
def quiz_grade(quiz_file: Path, answers: Path, output: Path | None, as_json: bool) -> None:
    """Grade ANSWERS against QUIZ.json: one person's (JSON {"1": "两个维护"}, CSV 题号,答案) or a
    group's (CSV/xlsx: 姓名, 部门, then one column per printed item number), ranked.

    \b
      textkit quiz grade quiz.json answers.csv
      textkit quiz grade quiz.json group.xlsx -o scores.xlsx
    """
    from .quiz import answer_files
    from .quiz.grading import grade

    q = _read_quiz(quiz_file)
    rows = answer_files.read_table(answers) if answers.suffix.lower() in (".csv", ".xlsx") else []
    if answer_files.group_header(rows) is not None:
        _grade_group(q, answer_files.group_rows(rows), output, as_json)
        return
    if output is not None:
        raise click.UsageError("-o writes a group's score table; ANSWERS holds one person's answers "
                               "(a group's table has a 姓名 column)")
    report = grade(q, answer_files.read_answers(answers))
    if as_json:
        _emit_json(r.to_dict() for r in report.results)
        return
    from .quiz.grading import format_points

    for r in report.results:
        mark = click.style("✓", fg="green") if r.correct else click.style("✗", fg="red")
        line = f"{mark} {r.id}: {r.given or '（未答）'}  {format_points(r.points)}/{format_points(r.full_points)} 分"
        if not r.correct:
            line += f"  → {r.expected}"
        click.echo(line, color=_color())
    for raw in report.unknown:
        click.echo(f"? {raw}: 试卷没有这道题，未评分")
    click.echo(report.summary())


def _grade_group(q, rows, output: Path | None, as_json: bool) -> None:
    from .quiz.scores import format_people, format_stats, grade_group, write_scores

    report = grade_group(q, rows)
    if output is not None:
        click.echo(_("wrote {path}").format(path=write_scores(report, output)), err=True)
    if as_json:
        _emit_json([report.to_dict()])
        return
    missed = format_stats(report)
    lines = [*format_people(report), *(f"? 列 {raw}: 试卷没有这道题，未评分" for raw in report.unknown), "",
             "错得最多的题：" if missed else "每道题都全员答对。", *(f"  {line}" for line in missed)]
    click.echo("\n".join(lines))


@quiz.command("import")
@click.argument("bank", metavar="BANK", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Where to write the quiz (any `quiz make` format by its ending; default: stdout, JSON).")
@click.option("--title", help="Title of the quiz (default: the file's name).")
def quiz_import(bank: Path, output: Path | None, title: str | None) -> None:
    """Read a question bank (BANK.xlsx, .csv: 题型, 题干, 选项A…F, 答案, 解析; or a Word .docx of
    numbered questions with A–F options and 答案：lines) as a textkit quiz.

    \b
      textkit quiz import bank.xlsx -o quiz.json
      textkit quiz import 题库.docx -o paper.docx
    """
    from .export import write_quiz
    from .quiz.bank import read_bank

    q = read_bank(bank, title=title)
    click.echo(_("read {n} questions from {bank}").format(n=len(q.items), bank=bank), err=True)
    if output is None:
        click.echo(q.to_json())
        return
    for path in write_quiz(q, output):
        click.echo(_("wrote {path}").format(path=path), err=True)


# ---------------------------------------------------------------- serve

@cli.command()
@click.option("--index", "index_path", type=click.Path(path_type=Path), envvar="TEXTKIT_INDEX",
              help="Index to serve and to add uploads to (default: your own copy of the bundled corpus).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; any but loopback needs a token (one is made if not given).")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option("--token", envvar="TEXTKIT_TOKEN", help="Every request must carry it (default: none on loopback).")
@click.pass_context
def serve(ctx: click.Context, index_path: Path | None, host: str, port: int, token: str | None) -> None:
    """Start the web app (search, documents, quizzes) and the HTTP API.

    \b
      textkit serve                      # http://127.0.0.1:8000/
      textkit serve --host 0.0.0.0       # on the network: prints the address with its token
    """
    from .web.serve import run

    run(index_path, host, port, token, echo=lambda line: click.echo(line, err=True))


def _read_quiz(path: Path):
    from .errors import QuizError
    from .quiz.model import Quiz

    try:
        return Quiz.from_json(path.read_bytes().decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise QuizError(f"{path} is not a textkit quiz (not UTF-8 text); give the .json file written by "
                        "`textkit quiz make -f json`") from None


def main() -> None:
    """Entry point of the ``textkit`` console script."""
    # One command, one query: OpenBLAS's worker threads (started when numpy is imported, and spinning
    # for a while) cost a cold start about 40 ms of CPU and nothing here multiplies large matrices.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    from .locale import install_for_click

    install_for_click()  # Click's own messages (Error:, Usage:) in the user's language too
    cli(prog_name="textkit")
