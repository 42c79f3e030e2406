"""The ``textkit`` command line: each command parses options, makes one library call, renders.

The group and what every command shares are in :mod:`.base`; the commands, by concern, in
:mod:`.text` (segment, index, documents, search, locate, export, phrases), :mod:`.quiz` and
:mod:`.serve`. Importing this package registers them all on :data:`cli`.
"""

from __future__ import annotations

import os

from . import quiz, serve, text  # noqa: F401  (registers the commands on the group)
from .base import cli

__all__ = ["cli", "main"]


def main() -> None:
    """Entry point of the ``textkit`` console script."""
    # One command, one query: OpenBLAS's worker threads (started when numpy is imported, and spinning
    # for a while) cost a cold start about 40 ms of CPU and nothing here multiplies large matrices.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    from ..locale import install_for_click

    install_for_click()  # Click's own messages (Error:, Usage:) in the user's language too
    cli(prog_name="textkit")
