"""The pages, in Chinese: 搜索 (server-rendered, works without script), 文档, 出题, 答题.

Every page is a Jinja2 template (autoescaped) over ``base.html``; the small scripts in ``static/``
call the JSON API with the page's CSRF token.
"""

from __future__ import annotations

from typing import Any, Optional

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from ..errors import QueryError
from ..quiz.model import ITEM_KINDS, KIND_NAMES

router = APIRouter(include_in_schema=False)

PAGE_SIZE = 10
MAX_SECTIONS = 500  # headings offered in a filter's list (a big index has thousands; any can be typed)
CONTEXT_CHARS = 80  # characters shown either side of the first match in a long excerpt


def _render(request: Request, name: str, **context: Any) -> HTMLResponse:
    app = request.app
    context.setdefault("csrf", app.state.csrf)
    context.setdefault("page_name", name.split(".")[0])
    return app.state.templates.TemplateResponse(request, name, context)


@router.get("/")
def home() -> RedirectResponse:
    return RedirectResponse("/search", status_code=303)


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, q: str = "", doc: Optional[str] = None, section: Optional[str] = None,
                page: int = Query(1, ge=1, le=50)) -> HTMLResponse:
    store = request.app.state.store
    index = store.index
    hits, more, message = [], False, ""
    if q.strip():
        try:
            found = index.search(q, k=PAGE_SIZE * page + 1, doc=doc or None, section=section or None)
            hits = [(hit, snippet(hit.text, hit.highlights), getattr(hit, "note", None))
                    for hit in found[PAGE_SIZE * (page - 1):PAGE_SIZE * page]]
            more = len(found) > PAGE_SIZE * page
            if not hits:
                message = "没有找到匹配的段落。换个说法，或去掉文档、专题筛选再试。"
        except QueryError:
            message = "这个查询里没有可搜索的字词。请输入要找的词语或句子。"
    return _render(request, "search.html", q=q, doc=doc or "", section=section or "", page=page, hits=hits,
                   more=more, message=message, documents=store.documents(),
                   sections=store.sections([doc] if doc else None, limit=MAX_SECTIONS), first=PAGE_SIZE * (page - 1))


@router.get("/documents", response_class=HTMLResponse)
def documents_page(request: Request) -> HTMLResponse:
    store = request.app.state.store
    from .store import UPLOAD_SUFFIXES

    return _render(request, "documents.html", documents=store.documents(), writable=store.path is not None,
                   where=str(store.path) if store.path else "", seeded=store.seeded,
                   accept=",".join(UPLOAD_SUFFIXES), max_mb=request.app.state.settings.max_upload // 2**20)


@router.get("/quiz", response_class=HTMLResponse)
def quiz_page(request: Request) -> HTMLResponse:
    from ..export import FORMATS, KEY_FORMATS

    store = request.app.state.store
    return _render(request, "quiz.html", documents=store.documents(), sections=store.sections(limit=MAX_SECTIONS),
                   kinds=[(k, KIND_NAMES[k]) for k in ITEM_KINDS], formats=list(FORMATS),
                   key_formats=sorted(KEY_FORMATS))


@router.get("/take", response_class=HTMLResponse)
def take_page(request: Request) -> HTMLResponse:
    return _render(request, "take.html", documents=request.app.state.store.documents())


def snippet(text: str, spans, context: int = CONTEXT_CHARS) -> list[tuple[str, bool]]:
    """The excerpt (cut around its first matches when long) as pieces, each marked or not."""
    spans = sorted((a, b) for a, b in spans if 0 <= a < b <= len(text))
    lo, hi = 0, len(text)
    if spans and len(text) > 4 * context:
        lo = max(0, spans[0][0] - context)
        hi = min(len(text), max(b for a, b in spans if a < lo + 4 * context) + context)
    elif len(text) > 4 * context:
        hi = 4 * context
    out: list[tuple[str, bool]] = [("…", False)] if lo > 0 else []
    pos = lo
    for a, b in spans:
        if a < pos or b > hi:
            continue
        out += [(text[pos:a], False), (text[a:b], True)]
        pos = b
    out.append((text[pos:hi], False))
    if hi < len(text):
        out.append(("…", False))
    return [(s, m) for s, m in out if s]
