"""``textkit serve``: the web app and HTTP API (the web stack is imported only when it runs)."""

from __future__ import annotations

from pathlib import Path

import click

from .base import (
    cli,
)

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
    from ..web.serve import run

    run(index_path, host, port, token, echo=lambda line: click.echo(line, err=True))
