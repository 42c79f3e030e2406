"""The FastAPI app of ``textkit serve``: settings, state, error handling, and the routers plugged in."""

from __future__ import annotations

import contextlib
import importlib
import importlib.util
import logging
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from .._version import __version__
from ..errors import QueryError, TextkitError
from .security import Guard
from .store import IndexStore

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
#: Routers of this package included when their module exists (each defines ``router``, and
#: optionally ``OPEN_PATHS``: path prefixes served without the token).
ROUTERS = ("api", "pages", "contests")
MAX_UPLOAD = 50 * 2**20


@dataclass
class Settings:
    """What ``textkit serve`` was started with."""

    index_path: Path | None = None  # where changes are saved (None: read-only)
    token: str | None = None  # every request must carry it when set
    max_upload: int = MAX_UPLOAD  # bytes; larger requests get 413
    allowed_hosts: tuple[str, ...] = ()  # Host headers accepted (empty: any); loopback names when bound there
    extra: dict = field(default_factory=dict)  # for plugged-in routers (contests: database path …)


def create_app(index=None, settings: Settings | None = None) -> FastAPI:
    """The web app over ``index`` (a :class:`SearchIndex`; default: ``settings.index_path`` or the bundled corpus).

    With ``settings.index_path`` naming an index that does not exist yet, the bundled corpus is
    served and the first upload saves it, with the upload, there.
    """
    settings = settings or Settings()
    seeded = False
    if index is None:
        index, seeded = open_index(settings.index_path)
    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        app.state.store.close()  # let an indexing job finish saving

    app = FastAPI(title="textkit", version=__version__, docs_url=None, redoc_url=None, lifespan=lifespan,
                  description="Search Chinese policy and study documents; make, export and grade quizzes.")
    app.state.settings = settings
    app.state.store = IndexStore(index, settings.index_path, seeded=seeded)
    app.state.csrf = secrets.token_urlsafe(24)
    app.state.open_paths = []
    templates = Jinja2Templates(directory=str(HERE / "templates"))  # autoescapes .html
    app.state.templates = templates
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    @app.exception_handler(QueryError)
    async def _query_error(request: Request, exc: QueryError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=400)

    @app.exception_handler(TextkitError)
    async def _textkit_error(request: Request, exc: TextkitError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=400)

    for name in ROUTERS:
        if importlib.util.find_spec(f"{__package__}.{name}") is None:
            continue
        module = importlib.import_module(f"{__package__}.{name}")
        app.include_router(module.router)
        app.state.open_paths.extend(getattr(module, "OPEN_PATHS", ()))
        for error, handler in getattr(module, "EXCEPTION_HANDLERS", {}).items():
            app.add_exception_handler(error, handler)
    app.add_middleware(Guard, state=app.state)
    return app


def open_index(path: Path | None):
    """The index to serve from ``path`` and whether it is the bundled corpus standing in for it."""
    from ..search.bundled import default_index
    from ..search.index import SearchIndex

    if path is not None and (Path(path) / "CURRENT").exists():
        return SearchIndex.load(path), False
    if path is not None and Path(path).exists() and any(Path(path).iterdir()):
        return SearchIndex.load(path), False  # an old single-file index, or a damaged one: say why
    return default_index(), True


def user_index_path() -> Path:
    """Where ``textkit serve`` without ``--index`` keeps the documents uploaded to it."""
    import platformdirs

    return Path(platformdirs.user_data_dir("textkit")) / "web.idx"
