"""The web app over a private copy of the bundled corpus (uploads never touch the user's own index)."""

from __future__ import annotations

import pytest

pytest.importorskip("fastapi", reason="the web app needs fastapi (pip install .)")

from fastapi.testclient import TestClient  # noqa: E402

from textkit.web import Settings, create_app  # noqa: E402


@pytest.fixture
def make_client(tmp_path):
    """A client of a fresh app; keyword arguments go to Settings (token, max_upload, allowed_hosts)."""
    clients = []

    def _make(**settings) -> TestClient:
        settings.setdefault("index_path", tmp_path / f"web{len(clients)}.idx")
        client = TestClient(create_app(settings=Settings(**settings)))
        client.__enter__()
        clients.append(client)
        return client

    yield _make
    for client in clients:
        client.__exit__(None, None, None)


@pytest.fixture
def client(make_client) -> TestClient:
    return make_client()
