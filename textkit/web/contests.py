"""Knowledge contests over the web: the organiser publishes a quiz, members answer on their phones.

Thin routes over :mod:`textkit.web.contest_store` (SQLite) and the graders. Member routes (the
page ``/c/{id}`` and ``/api/contests/{id}/quiz|start|submissions…``) need only the contest's
unguessable id; every organiser route depends on :func:`~textkit.web.security.require_token`
(the ``/api/contests`` prefix is open in the middleware so that members pass, so the organiser's
routes check the token themselves, all through one router's dependency).
"""

from __future__ import annotations

import tempfile
import threading
from pathlib import Path
from typing import Any, Literal, Optional, Union
from urllib.parse import quote

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import BaseModel, Field

from ..quiz.grading import format_points, item_numbers
from ..quiz.model import KIND_NAMES, Quiz, item_points
from . import quizzes
from .contest_store import ContestError, ContestStore
from .security import require_token

#: Open without the token: the member routes (organiser routes check it themselves, see above) and the
#: page assets a member's page loads (styles, scripts, icon: nothing private is under /static/).
OPEN_PATHS = ("/api/contests", "/c/", "/static/")
DB_NAME = "contests.sqlite"

organiser = APIRouter(dependencies=[Depends(require_token)])
member = APIRouter()
_lock = threading.Lock()


class ContestRequest(BaseModel):
    """A quiz to publish (``quiz``), or what quiz to make (as ``POST /api/quiz``), and the contest's rules."""

    quiz: Optional[dict[str, Any]] = None
    n: int = Field(20, ge=1, le=quizzes.MAX_ITEMS)
    kind: Union[str, dict[str, int]] = "mixed"
    seed: Optional[int] = None
    doc: Union[str, list[str], None] = None
    section: Union[str, list[str], None] = None
    title: Optional[str] = Field(None, max_length=200)
    closes_at: Optional[str] = Field(None, description="ISO time; no submissions after it")
    time_limit: Optional[int] = Field(None, ge=1, le=1440, description="minutes from a member's start")
    allow_resubmit: bool = False


class StartRequest(BaseModel):
    name: str = Field(..., max_length=100)


class SubmissionRequest(BaseModel):
    name: str = Field(..., max_length=100)
    department: str = Field("", max_length=100)
    answers: dict[str, Union[str, list[str]]]
    client_key: Optional[str] = Field(None, max_length=64, description="the same key on a retry returns the stored one")


def contest_db(request: Request) -> ContestStore:
    """The app's contest store, opened on first use: settings.extra['contests_db'], else beside the index."""
    state = request.app.state
    store = getattr(state, "contests", None)
    if store is None:
        with _lock:
            store = getattr(state, "contests", None)
            if store is None:
                store = state.contests = ContestStore(db_path(state.settings, state.store.seeded))
    return store


def db_path(settings, seeded: bool = False) -> Path:
    """Beside the index (``web.idx`` → ``web.idx.contests.sqlite``), or in the user data folder."""
    if settings.extra.get("contests_db"):
        return Path(settings.extra["contests_db"])
    if settings.index_path is not None:
        index = Path(settings.index_path)
        return index.parent / f"{index.name}.{DB_NAME}"
    import platformdirs

    return Path(platformdirs.user_data_dir("textkit")) / DB_NAME


async def _refused(request: Request, exc: ContestError) -> JSONResponse:
    """A contest request that cannot be served, for every route: its reason, its status, nothing stored."""
    return JSONResponse({"detail": str(exc), "stored": False}, status_code=exc.status)


#: Registered on the app with the router (see :func:`textkit.web.app.create_app`).
EXCEPTION_HANDLERS = {ContestError: _refused}


def member_quiz(quiz: Quiz) -> dict[str, Any]:
    """What a member sees: prompts with blanks, options and points; never answers, accept, hints, sources.

    Items come in the printed order (kind by kind, as on a paper and in the organiser's statistics).
    """
    return {"title": quiz.title, "instructions": quiz.instructions,
            "items": [{"id": it.id, "kind": it.kind, "kind_name": KIND_NAMES.get(it.kind, it.kind),
                       "prompt": it.prompt, "blanks": [list(b) for b in it.blanks], "choices": list(it.choices),
                       "points": item_points(it)} for it in item_numbers(quiz).values()]}


# ---------------------------------------------------------------------- organiser

@organiser.post("/api/contests", tags=["contests"])
def create(request: Request, body: ContestRequest) -> Any:
    """Publish a quiz as a contest → ``{id, member_url, organiser_url}``."""
    if body.quiz is not None:
        made = quizzes.quiz_from(body.quiz)
    else:
        made = quizzes.quiz_for(request.app.state.store.index.excerpts, n=body.n, kind=body.kind, seed=body.seed,
                                doc=body.doc, section=body.section, title=body.title)
    contest = contest_db(request).create(made, title=body.title, closes_at=body.closes_at,
                                         time_limit=body.time_limit, allow_resubmit=body.allow_resubmit)
    return {"id": contest.id, "member_url": member_url(request, contest.id),
            "organiser_url": f"/contests/{contest.id}", **contest.to_dict()}


@organiser.get("/api/contests", tags=["contests"])
def listing(request: Request) -> list[dict[str, Any]]:
    """Every contest of this server, newest first."""
    return [c.to_dict() for c in contest_db(request).list()]


@organiser.get("/api/contests/{contest_id}/results", tags=["contests"], response_model=None)
def results(request: Request, contest_id: str, format: Optional[Literal["xlsx", "csv"]] = None) -> Any:
    """``{ranking, items (most missed first), submissions}``, or the score table as ``?format=xlsx|csv``."""
    from ..quiz.scores import write_scores

    contest, subs, report = contest_db(request).report(contest_id)
    if format is not None:
        if report is None:
            return JSONResponse({"detail": "还没有人提交答卷，没有成绩表可导出。"}, status_code=409)
        with tempfile.TemporaryDirectory(prefix="textkit-scores-") as folder:
            data = write_scores(report, Path(folder) / f"scores.{format}").read_bytes()
        media = {"csv": "text/csv; charset=utf-8",
                 "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}[format]
        name = quote(f"{contest.title}（成绩）.{format}")
        return Response(data, media_type=media, headers={
            "Content-Disposition": f"attachment; filename=\"scores.{format}\"; filename*=UTF-8''{name}"})
    out: dict[str, Any] = {**contest.to_dict(), "submissions": len(subs),
                           "full_score": sum(item_points(i) for i in contest.quiz.items), "ranking": [], "items": []}
    by_name = {s["name"]: s for s in subs}
    if report is not None:
        out["ranking"] = [{"name": p.name, "department": p.department, "score": p.score, "rank": p.rank,
                           "correct": p.report.correct, "submitted_at": by_name.get(p.name, {}).get("submitted_at")}
                          for p in report.people]
        kinds = {i.id: i for i in contest.quiz.items}
        out["items"] = [{"id": s.id, "number": s.number, "kind_name": KIND_NAMES.get(kinds[s.id].kind, ""),
                         "prompt": kinds[s.id].prompt, "right": s.right, "people": s.people,
                         "correct_share": round(s.share, 4), "mean_points": format_points(s.mean_points)}
                        for s in report.missed_first()]
    out["recent"] = [{"name": s["name"], "department": s["department"], "submitted_at": s["submitted_at"]}
                     for s in sorted(subs, key=lambda s: s["submitted_at"], reverse=True)[:10]]
    return out


@organiser.post("/api/contests/{contest_id}/close", tags=["contests"])
def close(request: Request, contest_id: str) -> Any:
    """Stop taking submissions; members may now see the key with their own answers."""
    return contest_db(request).close(contest_id).to_dict()


@organiser.post("/api/contests/{contest_id}/reopen", tags=["contests"])
def reopen(request: Request, contest_id: str) -> Any:
    """Take submissions again (a closing time already past is dropped)."""
    return contest_db(request).reopen(contest_id).to_dict()


@organiser.get("/contests/{contest_id}", response_class=HTMLResponse, include_in_schema=False)
def organiser_page(request: Request, contest_id: str) -> Any:
    try:
        contest = contest_db(request).get(contest_id)
    except ContestError as exc:
        return HTMLResponse(f"<p>{_escape(str(exc))}</p>", status_code=404)
    link = member_url(request, contest.id)
    return _render(request, "contest_admin.html", contest=contest, link=link, qr=qr_svg(link))


# ---------------------------------------------------------------------- members

@member.get("/api/contests/{contest_id}/quiz", tags=["contests"])
def quiz(request: Request, contest_id: str) -> Any:
    """The quiz without answers, accepted variants, hints, sources or key; and whether it is open."""
    contest = contest_db(request).get(contest_id)
    return {**member_quiz(contest.quiz), "title": contest.title, "closed": contest.is_closed(),
            "time_limit": contest.time_limit, "closes_at": contest.to_dict()["closes_at"]}


@member.post("/api/contests/{contest_id}/start", tags=["contests"])
def start(request: Request, contest_id: str, body: StartRequest) -> Any:
    """A member begins (their time limit counts from the first start) → ``{started_at, deadline}``."""
    return contest_db(request).start(contest_id, body.name)


@member.post("/api/contests/{contest_id}/submissions", tags=["contests"])
def submit(request: Request, contest_id: str, body: SubmissionRequest) -> Any:
    """Grade and store a member's answers → ``{score, total, receipt, stored}``; refused (409) with a reason."""
    done = contest_db(request).submit(contest_id, body.name, body.department, body.answers, body.client_key)
    return {**done, "stored": True}


@member.get("/api/contests/{contest_id}/submissions/{receipt}", tags=["contests"])
def own(request: Request, contest_id: str, receipt: str) -> Any:
    """A member's own answers and points (by the receipt their submission returned); the key once closed."""
    return contest_db(request).own(contest_id, receipt)


@member.get("/c/{contest_id}", response_class=HTMLResponse, include_in_schema=False)
def member_page(request: Request, contest_id: str) -> Any:
    try:
        contest = contest_db(request).get(contest_id)
    except ContestError as exc:
        return HTMLResponse(f"<p>{_escape(str(exc))}</p>", status_code=404)
    return _render(request, "contest.html", contest=contest, page_name="contest-member")


# ---------------------------------------------------------------------- helpers

def member_url(request: Request, contest_id: str) -> str:
    """The short link members open: this server's address as the organiser reached it, ``/c/ID``."""
    return str(request.base_url).rstrip("/") + f"/c/{contest_id}"


def qr_svg(text: str) -> str:
    """The link as an inline SVG QR code (segno), scaled by CSS."""
    import segno

    return segno.make(text, error="m").svg_inline(scale=1, border=2, omitsize=True)


def _render(request: Request, name: str, **context: Any) -> HTMLResponse:
    app = request.app
    context.setdefault("csrf", app.state.csrf)
    context.setdefault("page_name", "contest")
    return app.state.templates.TemplateResponse(request, name, context)


def _escape(text: str) -> str:
    import html

    return html.escape(text)


router = APIRouter()
router.include_router(organiser)
router.include_router(member)
