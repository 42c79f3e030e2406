"""Knowledge contests kept in SQLite: the quiz, the members' submissions, their graded answers.

Standard library only (no web imports), so scripts can read a contest without the web stack.
One file (WAL mode, foreign keys on) beside the index, or in the user data folder. The schema is
made by explicit numbered migrations (the ``schema_version`` table), applied in order in one
transaction. A submission (its row, score and every graded answer) is written in one transaction
with ``synchronous=FULL``: after the commit returns it survives a crash or a kill, and before it
nothing of it is visible. Grading is :func:`textkit.quiz.grading.grade`, rankings
:func:`textkit.quiz.scores.grade_group`.
"""

from __future__ import annotations

import contextlib
import json
import logging
import secrets
import sqlite3
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Callable, Iterator, Mapping, Sequence

from ..errors import TextkitError
from ..quiz.grading import grade, item_numbers, resolve_ids
from ..quiz.model import Quiz
from ..quiz.scores import GroupReport, grade_group

log = logging.getLogger(__name__)

GRACE = timedelta(seconds=30)  # a time limit allows this much for a slow phone network
MAX_NAME = 40


class ContestError(TextkitError):
    """A contest request that cannot be served; the message (Chinese) tells the member what to do."""

    status = 400


class ContestNotFound(ContestError):
    status = 404


class ContestRefused(ContestError):
    """Closed, already submitted, past the time limit: nothing was stored."""

    status = 409


def _v1(db: sqlite3.Connection) -> None:
    db.execute("""CREATE TABLE contests (
        id TEXT PRIMARY KEY, title TEXT NOT NULL, quiz TEXT NOT NULL, created_at TEXT NOT NULL,
        closes_at TEXT, time_limit INTEGER, allow_resubmit INTEGER NOT NULL DEFAULT 0,
        closed INTEGER NOT NULL DEFAULT 0)""")
    db.execute("""CREATE TABLE starts (
        contest_id TEXT NOT NULL REFERENCES contests(id) ON DELETE CASCADE, name_key TEXT NOT NULL,
        started_at TEXT NOT NULL, PRIMARY KEY (contest_id, name_key))""")
    db.execute("""CREATE TABLE submissions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        contest_id TEXT NOT NULL REFERENCES contests(id) ON DELETE CASCADE,
        name TEXT NOT NULL, name_key TEXT NOT NULL, department TEXT NOT NULL DEFAULT '',
        receipt TEXT NOT NULL UNIQUE, client_key TEXT, submitted_at TEXT NOT NULL,
        score REAL NOT NULL, total REAL NOT NULL, items INTEGER NOT NULL,
        UNIQUE (contest_id, name_key), UNIQUE (contest_id, client_key))""")
    db.execute("""CREATE TABLE answers (
        submission_id INTEGER NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
        item_id TEXT NOT NULL, given TEXT NOT NULL, points REAL NOT NULL, correct INTEGER NOT NULL,
        PRIMARY KEY (submission_id, item_id))""")


#: (version, migration) in order; a database at version v gets every migration above v.
MIGRATIONS: Sequence[tuple[int, Callable[[sqlite3.Connection], None]]] = ((1, _v1),)
SCHEMA_VERSION = MIGRATIONS[-1][0]


@dataclass(frozen=True)
class Contest:
    id: str
    title: str
    quiz: Quiz
    created_at: datetime
    closes_at: datetime | None
    time_limit: int | None  # minutes from a member's start
    allow_resubmit: bool
    closed_flag: bool

    def is_closed(self, now: datetime | None = None) -> bool:
        now = now or _now()
        return self.closed_flag or (self.closes_at is not None and now >= self.closes_at)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "created_at": _iso(self.created_at),
                "closes_at": _iso(self.closes_at), "time_limit": self.time_limit,
                "allow_resubmit": self.allow_resubmit, "closed": self.is_closed(), "items": len(self.quiz.items)}


class ContestStore:
    """Contests in the SQLite file at ``path`` (made, and migrated, on first use)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self._connect() as db:
                db.execute("PRAGMA journal_mode=WAL")
                migrate(db)
        except sqlite3.DatabaseError as exc:
            raise TextkitError(f"cannot open the contest database {self.path} ({exc}): move the file away "
                               "to start afresh, or check the folder is writable") from None

    @contextlib.contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        try:
            db.row_factory = sqlite3.Row
            db.execute("PRAGMA foreign_keys=ON")
            db.execute("PRAGMA synchronous=FULL")
            db.execute("PRAGMA busy_timeout=30000")
            yield db
        finally:
            db.close()

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: committed whole, or rolled back on any error."""
        with self._connect() as db:
            db.execute("BEGIN IMMEDIATE")
            try:
                yield db
            except BaseException:
                db.execute("ROLLBACK")
                raise
            db.execute("COMMIT")

    # ------------------------------------------------------------------ contests

    def create(self, quiz: Quiz, title: str | None = None, closes_at: datetime | str | None = None,
               time_limit: int | None = None, allow_resubmit: bool = False) -> Contest:
        if not quiz.items:
            raise ContestError("试卷没有题目：请先出题再发布竞赛。")
        if time_limit is not None and not 1 <= int(time_limit) <= 24 * 60:
            raise ContestError("答题时限应在 1 到 1440 分钟之间。")
        closes = parse_time(closes_at) if isinstance(closes_at, str) else closes_at
        cid = secrets.token_urlsafe(16)
        now = _now()
        with self._write() as db:
            db.execute("INSERT INTO contests (id, title, quiz, created_at, closes_at, time_limit, allow_resubmit)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?)",
                       (cid, (title or quiz.title or "知识竞赛").strip()[:200], quiz.to_json(indent=None), _iso(now),
                        _iso(closes), time_limit, int(bool(allow_resubmit))))
        log.info("contest %s made: %d items", cid[:6], len(quiz.items))
        return self.get(cid)

    def get(self, contest_id: str) -> Contest:
        with self._connect() as db:
            row = db.execute("SELECT * FROM contests WHERE id = ?", (contest_id,)).fetchone()
        if row is None:
            raise ContestNotFound("没有这场竞赛：请核对链接是否完整（链接区分大小写）。")
        return Contest(row["id"], row["title"], Quiz.from_dict(json.loads(row["quiz"])),
                       _parse(row["created_at"]), _parse(row["closes_at"]), row["time_limit"],
                       bool(row["allow_resubmit"]), bool(row["closed"]))

    def list(self) -> list[Contest]:
        with self._connect() as db:
            ids = [r[0] for r in db.execute("SELECT id FROM contests ORDER BY created_at DESC")]
        return [self.get(i) for i in ids]

    def close(self, contest_id: str) -> Contest:
        self.get(contest_id)
        with self._write() as db:
            db.execute("UPDATE contests SET closed = 1 WHERE id = ?", (contest_id,))
        return self.get(contest_id)

    def reopen(self, contest_id: str) -> Contest:
        """Open again; a closing time already past is dropped (the organiser closes by hand then)."""
        contest = self.get(contest_id)
        closes = contest.closes_at if contest.closes_at and contest.closes_at > _now() else None
        with self._write() as db:
            db.execute("UPDATE contests SET closed = 0, closes_at = ? WHERE id = ?", (_iso(closes), contest_id))
        return self.get(contest_id)

    # ------------------------------------------------------------------ members

    def start(self, contest_id: str, name: str) -> dict[str, Any]:
        """Record when ``name`` began (the first time only); the deadline their time limit gives."""
        contest = self.get(contest_id)
        key = name_key(name)
        self._check_open(contest)
        with self._write() as db:
            db.execute("INSERT OR IGNORE INTO starts VALUES (?, ?, ?)", (contest_id, key, _iso(_now())))
            started = _parse(db.execute("SELECT started_at FROM starts WHERE contest_id = ? AND name_key = ?",
                                        (contest_id, key)).fetchone()[0])
        deadline = started + timedelta(minutes=contest.time_limit) if contest.time_limit else None
        return {"started_at": _iso(started), "deadline": _iso(_earliest(deadline, contest.closes_at))}

    def submit(self, contest_id: str, name: str, department: str, answers: Mapping[str, Any],
               client_key: str | None = None) -> dict[str, Any]:
        """Grade and store one member's answers in one transaction; ``{score, total, receipt}``.

        A second submission under the same ``client_key`` (a retry after a lost response) returns
        the stored one instead of failing, so the member learns it was kept.
        """
        contest = self.get(contest_id)
        key = name_key(name)
        department = " ".join(str(department or "").split())[:MAX_NAME]
        answers, _unknown = resolve_ids(contest.quiz, {str(k): _given(v) for k, v in (answers or {}).items()})
        report = grade(contest.quiz, answers)
        receipt = secrets.token_urlsafe(16)
        now = _now()
        with self._write() as db:
            if client_key:
                old = db.execute("SELECT score, total, receipt FROM submissions WHERE contest_id = ? AND "
                                 "client_key = ?", (contest_id, client_key)).fetchone()
                if old is not None:
                    return {"score": old["score"], "total": old["total"], "receipt": old["receipt"], "again": True}
            self._check_open(self._reread(db, contest), now)
            if contest.time_limit:
                row = db.execute("SELECT started_at FROM starts WHERE contest_id = ? AND name_key = ?",
                                 (contest_id, key)).fetchone()
                if row is None:
                    raise ContestRefused("这场竞赛限时作答：请先在答题页填写姓名并点“开始答题”。答卷未保存。")
                if now > _parse(row[0]) + timedelta(minutes=contest.time_limit) + GRACE:
                    raise ContestRefused(f"已超过答题时限（{contest.time_limit} 分钟），答卷未保存。")
            before = db.execute("SELECT id FROM submissions WHERE contest_id = ? AND name_key = ?",
                                (contest_id, key)).fetchone()
            if before is not None:
                if not contest.allow_resubmit:
                    raise ContestRefused(f"“{name.strip()}”已经提交过答卷，每人只能提交一次；这次的答卷未保存。"
                                         "如是同名的另一位，请在姓名后加上部门或编号。")
                db.execute("DELETE FROM submissions WHERE id = ?", (before[0],))
            cur = db.execute("INSERT INTO submissions (contest_id, name, name_key, department, receipt, client_key,"
                             " submitted_at, score, total, items) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                             (contest_id, " ".join(name.split()), key, department, receipt, client_key or None,
                              _iso(now), report.score, report.full_score, len(report.results)))
            db.executemany("INSERT INTO answers VALUES (?, ?, ?, ?, ?)",
                           [(cur.lastrowid, r.id, json.dumps(answers.get(r.id, ""), ensure_ascii=False), r.points,
                             int(r.correct)) for r in report.results])
        return {"score": report.score, "total": report.full_score, "receipt": receipt}

    def own(self, contest_id: str, receipt: str) -> dict[str, Any]:
        """A member's own submission by its receipt; each item's answer and points, the key once closed."""
        contest = self.get(contest_id)
        with self._connect() as db:
            sub = db.execute("SELECT * FROM submissions WHERE contest_id = ? AND receipt = ?",
                             (contest_id, receipt)).fetchone()
            if sub is None:
                raise ContestNotFound("找不到这份答卷：它可能被同名的新答卷替换了。")
            rows = {r["item_id"]: r for r in db.execute("SELECT * FROM answers WHERE submission_id = ?", (sub["id"],))}
        closed = contest.is_closed()
        report = grade(contest.quiz, {i: json.loads(r["given"]) for i, r in rows.items()}) if closed else None
        expected = {r.id: r.expected for r in report.results} if report else {}
        items = []
        for item in item_numbers(contest.quiz).values():  # in the printed order, as the member saw them
            row = rows.get(item.id)
            entry = {"id": item.id, "given": json.loads(row["given"]) if row else "",
                     "points": row["points"] if row else 0}
            if closed:
                entry.update(correct=bool(row and row["correct"]), expected=expected[item.id],
                             hint=item.hint, original=item.original)
            items.append(entry)
        return {"name": sub["name"], "department": sub["department"], "score": sub["score"], "total": sub["total"],
                "submitted_at": sub["submitted_at"], "closed": closed, "items": items}

    # ------------------------------------------------------------------ organiser

    def submissions(self, contest_id: str) -> list[dict[str, Any]]:
        """Every stored submission with its answers (for the ranking), oldest first."""
        with self._connect() as db:
            subs = db.execute("SELECT * FROM submissions WHERE contest_id = ? ORDER BY id", (contest_id,)).fetchall()
            given: dict[int, dict[str, Any]] = {}
            for r in db.execute("SELECT a.* FROM answers a JOIN submissions s ON s.id = a.submission_id "
                                "WHERE s.contest_id = ?", (contest_id,)):
                given.setdefault(r["submission_id"], {})[r["item_id"]] = json.loads(r["given"])
        return [{"name": s["name"], "department": s["department"], "score": s["score"], "total": s["total"],
                 "submitted_at": s["submitted_at"], "answers": given.get(s["id"], {})} for s in subs]

    def report(self, contest_id: str) -> tuple[Contest, list[dict[str, Any]], GroupReport | None]:
        """The contest, its submissions and the group's graded report (None before the first one)."""
        contest = self.get(contest_id)
        subs = self.submissions(contest_id)
        if not subs:
            return contest, subs, None
        rows = [{"姓名": s["name"], "部门": s["department"], **{i.id: s["answers"].get(i.id, "")
                                                              for i in contest.quiz.items}} for s in subs]
        return contest, subs, grade_group(contest.quiz, rows)

    # ------------------------------------------------------------------ helpers

    def _reread(self, db: sqlite3.Connection, contest: Contest) -> Contest:
        row = db.execute("SELECT closed, closes_at FROM contests WHERE id = ?", (contest.id,)).fetchone()
        return Contest(contest.id, contest.title, contest.quiz, contest.created_at, _parse(row["closes_at"]),
                       contest.time_limit, contest.allow_resubmit, bool(row["closed"]))

    @staticmethod
    def _check_open(contest: Contest, now: datetime | None = None) -> None:
        if contest.is_closed(now):
            raise ContestRefused("竞赛已结束，不再接收答卷；这次的答卷未保存。如需补交，请联系组织者重新开放。")


def migrate(db: sqlite3.Connection) -> int:
    """Bring the database to :data:`SCHEMA_VERSION`: pending migrations in order, in one transaction."""
    db.execute("BEGIN IMMEDIATE")
    try:
        db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
        row = db.execute("SELECT version FROM schema_version").fetchone()
        version = row[0] if row else 0
        if version > SCHEMA_VERSION:
            raise TextkitError(f"the contest database is from a newer textkit (schema {version}); upgrade textkit")
        for number, step in MIGRATIONS:
            if number > version:
                step(db)
                version = number
        db.execute("DELETE FROM schema_version")
        db.execute("INSERT INTO schema_version VALUES (?)", (version,))
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")
    return version


def name_key(name: str) -> str:
    """A name as compared for "one submission per name": NFKC, no spaces, lower case."""
    text = "".join(unicodedata.normalize("NFKC", str(name or "")).split()).lower()
    if not text:
        raise ContestError("请填写姓名后再提交。")
    if len(text) > MAX_NAME:
        raise ContestError(f"姓名太长了（最多 {MAX_NAME} 个字）。")
    return text


def parse_time(text: str) -> datetime:
    """An ISO time (``2026-12-01T18:00``, with or without a zone; without one it is the server's local time)."""
    try:
        when = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ContestError(f"截止时间 {text!r} 无法识别：请写成 2026-12-01T18:00 这样的 ISO 格式。") from None
    if when.tzinfo is None:
        when = when.astimezone()  # the server's local zone
    return when.astimezone(timezone.utc)


def _given(value: Any) -> str | list[str]:
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value][:50]
    return "" if value is None else str(value)


def _earliest(*times: datetime | None) -> datetime | None:
    known = [t for t in times if t is not None]
    return min(known) if known else None


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _iso(when: datetime | None) -> str | None:
    return when.isoformat(timespec="seconds") if when else None


def _parse(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None
