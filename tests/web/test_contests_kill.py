"""Killing the server (SIGKILL) while members submit: every acknowledged submission is stored whole,
none is stored half, and a member whose reply was lost learns on retrying whether it was kept."""

from __future__ import annotations

import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from export_quizzes import every_kind_quiz

from textkit.quiz.grading import grade

pytest.importorskip("uvicorn")

SERVER = """
import sys, uvicorn
from pathlib import Path
from textkit.web import Settings, create_app
index, db, port = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
app = create_app(settings=Settings(index_path=index, extra={"contests_db": db}))
uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning")
"""
ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def call(url: str, body=None, timeout: float = 10.0) -> tuple[int, dict]:
    data = None if body is None else json.dumps(body, ensure_ascii=False).encode("utf-8")
    req = urllib.request.Request(url, data=data, method="POST" if body is not None else "GET",
                                 headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as res:
            return res.status, json.loads(res.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read() or b"{}")


def start(tmp_path: Path, db: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", SERVER, str(tmp_path / "web.idx"), str(db), str(port)],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    for _ in range(600):
        try:
            call(f"{base}/api/contests", timeout=1)
            return proc, base
        except OSError:
            if proc.poll() is not None:
                raise AssertionError(proc.stderr.read().decode("utf-8", "replace"))
            time.sleep(0.05)
    proc.kill()
    raise AssertionError("the server did not start")


def test_kill_9_during_submissions_loses_no_acknowledged_one_and_stores_none_half(tmp_path):
    db = tmp_path / "contests.sqlite"
    quiz = every_kind_quiz()
    proc, base = start(tmp_path, db)
    try:
        status, made = call(f"{base}/api/contests", {"quiz": quiz.to_dict(), "title": "断电演练"})
        assert status == 200, made
        url = f"{base}/api/contests/{made['id']}/submissions"
        people = []
        for m in range(80):
            answers = {it.id: (list(it.answers) if m % 2 else "错") for it in quiz.items}
            people.append({"name": f"职工{m:02d}", "department": "机关", "answers": answers, "client_key": f"key{m:02d}"})
        acked: dict[str, dict] = {}
        failed: dict[str, str] = {}
        refused: dict[str, int] = {}
        lock = threading.Lock()
        queue = list(people)

        def worker():
            while True:
                with lock:
                    if not queue:
                        return
                    body = queue.pop(0)
                try:
                    status, reply = call(url, body, timeout=5)
                except OSError as exc:  # the server died with this request in flight (or before it)
                    with lock:
                        failed[body["name"]] = type(exc).__name__
                    continue
                with lock:
                    if status == 200:
                        acked[body["name"]] = reply
                        if len(acked) == 20:
                            os.kill(proc.pid, signal.SIGKILL)  # mid-way: other requests are in flight
                    else:
                        refused[body["name"]] = status

        threads = [threading.Thread(target=worker) for _ in range(12)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert len(acked) >= 20 and failed, (len(acked), failed)
    assert not refused, refused

    # The file as the killed server left it: every submission whole (its score and every item's answer).
    with sqlite3.connect(db) as con:
        subs = {r[0]: r for r in con.execute("SELECT name, id, score, total, receipt, items FROM submissions")}
        for name, sid, score, total, receipt, n in subs.values():
            rows = con.execute("SELECT item_id, given FROM answers WHERE submission_id = ?", (sid,)).fetchall()
            assert len(rows) == n == len(quiz.items), name
            assert grade(quiz, {i: json.loads(g) for i, g in rows}).score == score, name
        assert con.execute("SELECT count(*) FROM answers WHERE submission_id NOT IN "
                           "(SELECT id FROM submissions)").fetchone()[0] == 0
    for name, reply in acked.items():
        assert name in subs and subs[name][4] == reply["receipt"] and subs[name][2] == reply["score"], name
    assert set(subs) <= set(acked) | set(failed)  # nothing stored that was never sent

    # After a restart the members whose reply was lost retry with the same key: kept ones say so, the
    # others are stored now; either way exactly one submission each.
    proc, base = start(tmp_path, db)
    try:
        by_name = {p["name"]: p for p in people}
        for name in failed:
            status, reply = call(url.replace(url.split("/api/")[0], base), by_name[name])
            assert status == 200, reply
            assert bool(reply.get("again")) == (name in subs), name
        status, own = call(f"{base}/api/contests/{made['id']}/submissions/{next(iter(acked.values()))['receipt']}")
        assert status == 200 and own["score"] == next(iter(acked.values()))["score"]
    finally:
        proc.kill()
        proc.wait()
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*) FROM submissions").fetchone()[0] == len(acked) + len(failed)
