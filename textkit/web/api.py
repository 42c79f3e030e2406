"""The HTTP API: JSON, UTF-8, the same objects as the CLI's ``--json``; documented at /openapi.json.

Routes are plain ``def`` functions: FastAPI runs them in its thread pool, so a slow request (a big
quiz, a docx) never blocks the others; indexing runs in the store's own worker thread.
"""

from __future__ import annotations

from typing import Any, Literal, Optional, Union

from fastapi import APIRouter, File, HTTPException, Query, Request, UploadFile
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field

from ..errors import QueryError
from . import quizzes

router = APIRouter(prefix="/api", tags=["api"])

MAX_K = 100
MAX_PAGE = 50


class QuizRequest(BaseModel):
    """What quiz to make: ``n`` items of ``kind`` (a name, or ``{kind: count}``), from documents/sections."""

    n: int = Field(20, ge=1, le=quizzes.MAX_ITEMS)
    kind: Union[str, dict[str, int]] = "mixed"
    seed: Optional[int] = None
    doc: Union[str, list[str], None] = None
    section: Union[str, list[str], None] = None
    title: Optional[str] = None
    quiz: Optional[dict[str, Any]] = Field(None, description="a quiz (its JSON) to export as it is, e.g. after editing")


class ItemRequest(BaseModel):
    """One item of ``quiz`` to make again (``replace``) or to leave out (``drop``)."""

    quiz: dict[str, Any]
    id: str
    action: Literal["replace", "drop"] = "replace"
    doc: Union[str, list[str], None] = None
    section: Union[str, list[str], None] = None
    seed: Optional[int] = None


class GradeRequest(BaseModel):
    quiz: dict[str, Any]
    answers: dict[str, Union[str, list[str]]]


def _store(request: Request):
    return request.app.state.store


@router.get("/search")
def search(request: Request, q: str = "", k: int = Query(10, ge=1, le=MAX_K), doc: Optional[str] = None,
           section: Optional[str] = None, page: int = Query(1, ge=1, le=MAX_PAGE)) -> dict[str, Any]:
    """Ranked excerpts for ``q`` (words, "phrase", +must, -exclude), ``k`` a page; hits as ``search --json``."""
    index = _store(request).index  # one index for the whole request, even if an upload swaps it
    try:
        found = index.search(q, k=k * page + 1, doc=doc or None, section=section or None)
    except QueryError as exc:
        return {"query": q, "page": page, "k": k, "hits": [], "more": False, "message": str(exc)}
    hits = found[k * (page - 1):k * page]
    return {"query": q, "page": page, "k": k, "hits": [h.to_dict() for h in hits], "more": len(found) > k * page}


@router.get("/documents")
def documents(request: Request) -> list[dict[str, Any]]:
    """The index's documents with their excerpt counts (as ``textkit documents --json``)."""
    return _store(request).documents()


@router.get("/sections")
def sections(request: Request, doc: list[str] = Query(default=[])) -> list[str]:
    """Section headings (专题) of the index, or of the named documents."""
    return _store(request).sections(doc or None)


@router.post("/documents", status_code=202)
def upload(request: Request, file: UploadFile = File(...)) -> dict[str, Any]:
    """Add a .docx .pdf .txt .md .html or .jsonl file; indexing runs in the background: poll the job."""
    limit = request.app.state.settings.max_upload
    data = file.file.read(limit + 1)
    if len(data) > limit:
        raise HTTPException(413, f"the upload is larger than the limit of {limit // 1024} KB")
    job = _store(request).add_upload(file.filename or "", data)
    return job.to_dict()


@router.get("/jobs/{job_id}")
def job(request: Request, job_id: str) -> dict[str, Any]:
    """State of an upload or removal: queued, indexing (done/total excerpts), done, or error (message)."""
    found = _store(request).job(job_id)
    if found is None:
        raise HTTPException(404, "no such job (jobs are kept for the last 100 changes)")
    return found.to_dict()


@router.delete("/documents/{name}")
def remove(request: Request, name: str) -> dict[str, Any]:
    """Remove document ``name`` (its exact name, as listed) from the index."""
    store = _store(request)
    if name not in {d["doc"] for d in store.documents()}:
        raise HTTPException(404, f"no document named {name!r} in the index")
    done = store.wait(store.remove(name))
    if done.state == "error":
        raise HTTPException(400, done.message)
    return done.to_dict()


@router.post("/quiz", response_model=None)
def quiz(request: Request, body: QuizRequest,
         format: Optional[str] = Query(None, description="a textkit.export format: the file as an attachment"),
         part: Literal["all", "sheet", "key"] = "all") -> Union[dict[str, Any], Response]:
    """A quiz (its JSON), or with ``?format=`` the sheet file; ``body.quiz`` exports a given quiz as is."""
    if body.quiz is not None:
        made = quizzes.quiz_from(body.quiz)
    else:
        made = quizzes.quiz_for(_store(request).index.excerpts, n=body.n, kind=body.kind, seed=body.seed,
                                doc=body.doc, section=body.section, title=body.title)
    if format is None:
        return made.to_dict()
    return _attachment(made, format, part)


@router.post("/quiz/item")
def quiz_item(request: Request, body: ItemRequest) -> dict[str, Any]:
    """The quiz with one item made again (same kind, a new answer) or dropped."""
    given = quizzes.quiz_from(body.quiz)
    if body.action == "drop":
        return quizzes.drop_item(given, body.id).to_dict()
    return quizzes.replace_item(_store(request).index.excerpts, given, body.id, doc=body.doc,
                                section=body.section, seed=body.seed).to_dict()


@router.get("/formats")
def formats() -> dict[str, Any]:
    """The formats ``POST /api/quiz?format=`` writes now, and those that can hold a separate key."""
    from ..export import FORMATS, KEY_FORMATS

    return {"formats": list(FORMATS), "key_formats": sorted(KEY_FORMATS)}


@router.post("/grade")
def grade(body: GradeRequest) -> dict[str, Any]:
    """Per-item results (as ``quiz grade --json``) and the total."""
    from ..quiz.grading import grade as grade_answers

    report = grade_answers(quizzes.quiz_from(body.quiz), body.answers)
    out: dict[str, Any] = {"correct": report.correct, "total": report.total,
                           "results": [r.to_dict() for r in report.results]}
    for name in ("score", "full_score", "unknown"):  # the grader's points and ids it did not know, where it has them
        if hasattr(report, name):
            out[name] = getattr(report, name)
    if hasattr(report, "summary"):
        out["summary"] = report.summary()  # 得分：38/46 分（答对 17/20 题）, as quiz take and quiz grade end
    return out


_MEDIA = {"md": "text/markdown", "html": "text/html", "json": "application/json", "csv": "text/csv",
          "gift": "text/plain", "pdf": "application/pdf",
          "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "apkg": "application/octet-stream"}


def _attachment(made, fmt: str, part: str) -> Response:
    from urllib.parse import quote

    from ..export import FORMATS, render
    from ..export.sheet import safe_filename

    if fmt not in FORMATS:
        return JSONResponse({"detail": f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}"}, 400)
    data = render(made, fmt, part=part)
    body = data.encode("utf-8") if isinstance(data, str) else data
    suffix = "（答案）" if part == "key" else ""
    name = f"{safe_filename(made.title or 'quiz')}{suffix}.{fmt}"
    media = _MEDIA.get(fmt, "application/octet-stream")
    if isinstance(data, str):
        media += "; charset=utf-8"
    ascii_name = f"quiz.{fmt}"
    disposition = f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(name)}"
    return Response(body, media_type=media, headers={"Content-Disposition": disposition})
