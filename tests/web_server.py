"""textkit serve on a free loopback port, in a thread of the test process, for the browser tests."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from typing import Iterator

#: Chromium flags for this machine's closed network and for running as root.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]


@contextlib.contextmanager
def serving(settings) -> Iterator[str]:
    """The app of ``settings`` served by uvicorn; yields its base URL and stops it afterwards."""
    import uvicorn

    from textkit.web import create_app

    app = create_app(settings=settings)
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(200):
        if srv.started:
            break
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(10)
