"""Starting the app: safe defaults (loopback, a token elsewhere), where uploads go, the address printed."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Callable
from urllib.parse import quote

from ..errors import TextkitError
from ..locale import gettext as _
from .app import Settings, create_app, user_index_path
from .security import LOOPBACK, is_loopback, new_token


def settings_for(index_path: Path | None, host: str, token: str | None) -> tuple[Settings, list[str]]:
    """The app's settings for ``textkit serve`` and the lines to tell the user."""
    notes = []
    if token is not None and len(token) < 8:
        raise TextkitError(_("the --token is too short to protect anything: use 8 characters or more "
                             "(or leave it out on 127.0.0.1)"))
    if not is_loopback(host) and not token:
        # Never an open index on the network: make a token and print the address carrying it.
        token = new_token()
        notes.append(_("listening on {host}: every request needs the token (made one; pass --token to choose it)")
                     .format(host=host))
    if index_path is None:
        index_path = user_index_path()
        notes.append(_("uploaded documents are kept in {path} (with the bundled corpus)").format(path=index_path))
    allowed = LOOPBACK if is_loopback(host) else ()
    return Settings(index_path=Path(index_path), token=token, allowed_hosts=allowed), notes


def address(host: str, port: int, token: str | None) -> str:
    shown = host
    if host in ("0.0.0.0", "::", ""):
        shown = socket.gethostname()
    if ":" in shown and not shown.startswith("["):
        shown = f"[{shown}]"
    url = f"http://{shown}:{port}/"
    return url + (f"?token={quote(token)}" if token else "")


def _check_port(host: str, port: int) -> None:
    """Say plainly when the address is taken, before the index is loaded."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host.strip("[]"), port))
        except OSError as exc:
            raise TextkitError(_("cannot listen on {host}:{port} ({reason}): choose another --port, or stop "
                                 "the program using it").format(host=host, port=port,
                                                                 reason=exc.strerror or exc)) from None


def run(index_path: Path | None, host: str, port: int, token: str | None, echo: Callable[[str], None]) -> None:
    """Serve until interrupted (Ctrl-C)."""
    import uvicorn

    settings, notes = settings_for(index_path, host, token)
    _check_port(host, port)
    app = create_app(settings=settings)
    for note in notes:
        echo(note)
    echo(_("textkit is serving at {url}  (Ctrl-C stops it)").format(url=address(host, port, settings.token)))
    uvicorn.run(app, host=host, port=port, log_level="warning")
