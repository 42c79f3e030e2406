"""What every command shares: the group, error handling, logging, shared options and helpers."""

from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path
from typing import Any, Iterable

import click

from .._version import __version__
from ..errors import TextkitError
from ..locale import gettext as _

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


class _Group(click.Group):
    """Turns library errors into one-line messages with exit code 1 (a traceback with --debug)."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except TextkitError as exc:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            from ..locale import error_message

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
    from ..search.bundled import default_index
    from ..search.index import SearchIndex

    if path is None:
        return default_index(progress=_progress(ctx, "indexing the bundled corpus"))
    return SearchIndex.load(path)


def _excerpts(ctx: click.Context, sources: tuple[str, ...], index_path: Path | None):
    """Excerpts from sources if given, else from the index (default: the bundled corpus)."""
    if sources:
        from ..analysis.load import load_corpus

        return load_corpus(sources)
    return _open_index(ctx, index_path).excerpts


def _color() -> bool | None:
    return False if os.environ.get("NO_COLOR") else None


def _read_quiz(path: Path):
    from ..errors import QuizError
    from ..quiz.model import Quiz

    try:
        return Quiz.from_json(path.read_bytes().decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise QuizError(f"{path} is not a textkit quiz (not UTF-8 text); give the .json file written by "
                        "`textkit quiz make -f json`") from None
