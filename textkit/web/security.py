"""What every request passes before a route runs: host, token, origin and CSRF checks, a body
size limit; and the headers every response carries (CSP, nosniff, no framing, no referrer).

One pure ASGI middleware, so that it also covers routers added later (contests) and streams
nothing it has not checked. The token is compared in constant time; a ``?token=`` in a link is
traded once for an HttpOnly, SameSite=Strict cookie and the link is redirected without it.
"""

from __future__ import annotations

import hmac
import json
import secrets
from http.cookies import SimpleCookie
from typing import Any, Awaitable, Callable
from urllib.parse import parse_qsl, urlencode

from fastapi import HTTPException, Request

COOKIE = "textkit_token"
CSRF_HEADER = "x-csrf-token"
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}
LOOPBACK = ("127.0.0.1", "localhost", "::1", "[::1]")

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),  # a ?token= link must not leak to other sites
    (b"cross-origin-opener-policy", b"same-origin"),
]

Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict]]
Send = Callable[[dict], Awaitable[None]]


def new_token() -> str:
    """An unguessable token for ``--token`` (URL-safe, 128 bits)."""
    return secrets.token_urlsafe(16)


def is_loopback(host: str) -> bool:
    return host in LOOPBACK or host.startswith("127.")


class _TooLarge(Exception):
    pass


class Guard:
    """The checks of every request, in order: host, token, origin + CSRF (state-changing requests), size."""

    def __init__(self, app, state) -> None:
        self.app = app
        self.state = state  # the FastAPI app's state: settings, csrf, open_paths

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        settings = self.state.settings
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        send = _with_headers(send)
        host = _hostname(headers.get("host", ""))
        if settings.allowed_hosts and host not in settings.allowed_hosts:
            # DNS rebinding: a page on evil.example resolving to 127.0.0.1 must not reach the app.
            return await _error(send, 400, "unknown Host header; open the address textkit serve printed")
        path = scope.get("path", "")
        is_open = any(path.startswith(p) for p in self.state.open_paths)
        if settings.token and not is_open:
            given = _bearer(headers) or _cookie(headers)
            query = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True))
            if "token" in query and _same(query["token"], settings.token):
                if scope["method"] in SAFE_METHODS and not path.startswith("/api/"):
                    return await _trade_for_cookie(send, path, query, settings.token)
                given = query["token"]
            if not (given and _same(given, settings.token)):
                if scope["method"] == "GET" and "text/html" in headers.get("accept", ""):
                    return await _page(send, 401, "此服务需要令牌：请打开 textkit serve 启动时显示的、"
                                       "带 ?token= 的完整链接。")
                return await _error(send, 401, "this textkit server needs its token: open the link textkit serve "
                                    "printed (…?token=…), or send Authorization: Bearer TOKEN")
        if scope["method"] not in SAFE_METHODS:
            why = _cross_origin(headers, scope)
            if why:
                return await _error(send, 403, why)
            if _from_browser(headers) and not _same(headers.get(CSRF_HEADER, ""), self.state.csrf):
                return await _error(send, 403, "missing or wrong CSRF token: reload the page and try again")
        limit = settings.max_upload
        length = headers.get("content-length")
        if length and length.isdigit() and int(length) > limit:
            return await _error(send, 413, f"the upload is larger than the limit of {_size(limit)}")
        received, too_large, replaced = 0, False, False

        async def counted() -> dict:
            nonlocal received, too_large
            message = await receive()
            received += len(message.get("body", b""))
            if received > limit:
                too_large = True  # the app's body parser may turn this into its own error: replaced below
                raise _TooLarge
            return message

        async def checked(message: dict) -> None:
            nonlocal replaced
            if too_large:
                if message["type"] == "http.response.start" and not replaced:
                    replaced = True
                    await _error(send, 413, f"the upload is larger than the limit of {_size(limit)}")
                return
            await send(message)

        try:
            await self.app(scope, counted, checked)
        except _TooLarge:
            if not replaced:
                await _error(send, 413, f"the upload is larger than the limit of {_size(limit)}")


def _size(n: int) -> str:
    return f"{n / 2**20:g} MB" if n >= 2**20 else f"{n / 1024:g} KB"


def _hostname(host: str) -> str:
    if host.startswith("["):  # [::1]:8000
        return host[:host.find("]") + 1]
    return host.rsplit(":", 1)[0]


def _same(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode(), b.encode())


def _bearer(headers: dict[str, str]) -> str:
    auth = headers.get("authorization", "")
    return auth[7:].strip() if auth.lower().startswith("bearer ") else ""


def _cookie(headers: dict[str, str]) -> str:
    jar = SimpleCookie()
    try:
        jar.load(headers.get("cookie", ""))
    except Exception:  # a malformed cookie header is no token
        return ""
    return jar[COOKIE].value if COOKIE in jar else ""


def _cross_origin(headers: dict[str, str], scope: Scope) -> str:
    """Why a state-changing request is refused as coming from another site ('' when it is not)."""
    site = headers.get("sec-fetch-site")
    if site and site not in ("same-origin", "none"):
        return f"refused: a state-changing request from another site ({site})"
    origin = headers.get("origin")
    if origin is not None:
        scheme = scope.get("scheme", "http")
        if origin == "null" or origin.rstrip("/") != f"{scheme}://{headers.get('host', '')}":
            return f"refused: a state-changing request from another origin ({origin})"
    return ""


def _from_browser(headers: dict[str, str]) -> bool:
    # A browser sends these; a script (curl, httpx) with a Bearer token is not open to CSRF.
    if headers.get("authorization"):
        return False
    return bool(headers.get("origin") or headers.get("sec-fetch-site") or headers.get("cookie"))


async def _trade_for_cookie(send: Send, path: str, query: dict[str, str], token: str) -> None:
    rest = {k: v for k, v in query.items() if k != "token"}
    location = "/" + path.lstrip("/") + ("?" + urlencode(rest) if rest else "")  # never //other.site
    cookie = f"{COOKIE}={token}; Path=/; HttpOnly; SameSite=Strict"
    await send({"type": "http.response.start", "status": 303,
                "headers": [(b"location", location.encode()), (b"set-cookie", cookie.encode()),
                            (b"content-length", b"0")]})
    await send({"type": "http.response.body", "body": b""})


async def _error(send: Send, status: int, detail: str) -> None:
    body = json.dumps({"detail": detail}, ensure_ascii=False).encode("utf-8")
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json; charset=utf-8"),
                            (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


async def _page(send: Send, status: int, message: str) -> None:
    """A one-line page in Chinese for a person in a browser (the message is a constant: nothing to escape)."""
    body = ("<!doctype html><html lang=\"zh-CN\"><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>textkit</title><p>{message}</p></html>").encode("utf-8")
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"text/html; charset=utf-8"),
                            (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


def _with_headers(send: Send) -> Send:
    async def wrapped(message: dict) -> None:
        if message["type"] == "http.response.start":
            names = {k.lower() for k, _ in message.get("headers", [])}
            message = dict(message)
            message["headers"] = list(message.get("headers", [])) + [h for h in HEADERS if h[0] not in names]
        await send(message)
    return wrapped


def require_token(request: Request) -> None:
    """A dependency for routers that want the token check spelled out (the middleware already ran it)."""
    token = request.app.state.settings.token
    if not token:
        return
    headers = {k.lower(): v for k, v in request.headers.items()}
    given = _bearer(headers) or request.cookies.get(COOKIE, "") or request.query_params.get("token", "")
    if not (given and _same(given, token)):
        raise HTTPException(401, "this textkit server needs its token")
