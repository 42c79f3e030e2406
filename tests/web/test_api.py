"""The HTTP API of textkit serve, driven in-process: the same objects as the CLI's --json, and safe."""

from __future__ import annotations

import json
import subprocess
import sys


def test_search_gives_the_hits_of_search_json(client):
    r = client.get("/api/search", params={"q": "两个维护", "k": 3})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/json")
    hits = r.json()["hits"]
    assert hits and hits[0]["doc"] == "学习宣传贯彻《论述摘编》的通知"
    first = hits[0]
    assert first["text"][first["highlights"][0][0]:first["highlights"][0][1]] == "两个维护"
    assert {"rank", "score", "doc", "excerpt", "section", "text", "highlights"} <= set(first)


def test_every_response_carries_the_security_headers(client):
    for path in ("/search", "/api/documents", "/static/textkit.css"):
        r = client.get(path)
        assert "frame-ancestors 'none'" in r.headers["content-security-policy"]
        assert "script-src 'self'" in r.headers["content-security-policy"]
        assert r.headers["x-content-type-options"] == "nosniff"


def test_cli_help_does_not_import_the_web_stack():
    code = ("import sys; from textkit.cli import cli; from click.testing import CliRunner; "
            "r = CliRunner().invoke(cli, ['--help']); assert 'serve' in r.output, r.output; "
            "print(sorted(m for m in ('fastapi', 'uvicorn', 'jinja2', 'starlette') if m in sys.modules))")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout.replace("'", '"')) == []
