"""The HTTP API of textkit serve, driven in-process: the same objects as the CLI's --json, and safe."""

from __future__ import annotations

import io
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest


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


# ---------------------------------------------------------------- helpers

ROOT = Path(__file__).resolve().parents[2]
REPORTS = ROOT.parent / "shared" / "data" / "political" / "government_work_reports.jsonl"


def report_docx(tmp_path: Path, year: int = 2024) -> tuple[Path, str]:
    """A .docx of one real government work report's opening paragraphs, and a sentence from it."""
    if not REPORTS.exists():
        pytest.skip(f"no {REPORTS} (the shared data folder)")
    import docx

    rows = [json.loads(line) for line in REPORTS.read_text(encoding="utf-8").splitlines() if line.strip()]
    row = next(r for r in rows if str(r.get("year")) == str(year))
    paragraphs = [p.strip() for p in row["content"].splitlines() if len(p.strip()) > 60][:6]
    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    path = tmp_path / f"{year}年政府工作报告.docx"
    d.save(str(path))
    sentence = max(paragraphs[2].replace("，", "。").split("。"), key=len)
    return path, sentence


def upload(client, path: Path, name: str | None = None, **headers):
    with path.open("rb") as fh:
        return client.post("/api/documents", files={"file": (name or path.name, fh)}, headers=headers)


def wait_job(client, job: dict) -> dict:
    for _ in range(600):
        state = client.get(f"/api/jobs/{job['job']}").json()
        if state["state"] in ("done", "error"):
            return state
        time.sleep(0.05)
    raise AssertionError(f"job never ended: {state}")


def a_quiz(client, **body) -> dict:
    body = {"n": 6, "seed": 7, **body}
    r = client.post("/api/quiz", json=body)
    assert r.status_code == 200, r.text
    return r.json()


# ---------------------------------------------------------------- search, documents

def test_search_pages_do_not_overlap_and_filters_apply(client):
    one = client.get("/api/search", params={"q": "工会", "k": 3, "page": 1}).json()
    two = client.get("/api/search", params={"q": "工会", "k": 3, "page": 2}).json()
    assert one["more"] and len(one["hits"]) == 3 and two["hits"]
    assert not {h["excerpt"] for h in one["hits"]} & {h["excerpt"] for h in two["hits"]}
    assert [h["rank"] for h in one["hits"]] == [1, 2, 3]
    section = client.get("/api/search", params={"q": "工会", "section": "提高政治站位"}).json()["hits"]
    assert section and all("提高政治站位" in h["section"] for h in section)
    assert client.get("/api/search", params={"q": "工会", "doc": "没有这个文档"}).json()["hits"] == []


def test_empty_and_hostile_queries_are_answered_quietly(client):
    for q in ("", "   ", "，。！", "-工会"):
        r = client.get("/api/search", params={"q": q})
        assert r.status_code == 200 and r.json()["hits"] == []
    hostile = "<script>alert(1)</script>"
    page = client.get("/search", params={"q": hostile})
    assert page.status_code == 200
    assert hostile not in page.text and "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text
    assert "没有" in page.text  # the page says nothing matched, in Chinese
    assert client.get("/search", params={"q": "\"两个维护"}).status_code == 200  # an unclosed quote


def test_upload_a_docx_and_find_a_sentence_of_it(client, tmp_path):
    path, sentence = report_docx(tmp_path)
    r = upload(client, path)
    assert r.status_code == 202
    assert wait_job(client, r.json())["state"] == "done"
    docs = {d["doc"]: d["excerpts"] for d in client.get("/api/documents").json()}
    assert docs["2024年政府工作报告"] >= 1 and docs["学习宣传贯彻《论述摘编》的通知"] == 11
    hits = client.get("/api/search", params={"q": sentence, "k": 1}).json()["hits"]
    assert hits[0]["doc"] == "2024年政府工作报告" and sentence in hits[0]["text"]
    # saved where the settings say: a new app over the same path finds it too
    index_path = client.app.state.settings.index_path
    from textkit.search.index import SearchIndex

    assert SearchIndex.load(index_path).search(sentence, k=1)[0].doc == "2024年政府工作报告"


def test_remove_a_document(client, tmp_path):
    path, sentence = report_docx(tmp_path, 2023)
    wait_job(client, upload(client, path).json())
    r = client.delete("/api/documents/2023年政府工作报告")
    assert r.status_code == 200 and r.json()["state"] == "done"
    assert "2023年政府工作报告" not in {d["doc"] for d in client.get("/api/documents").json()}
    assert all(h["doc"] != "2023年政府工作报告"
               for h in client.get("/api/search", params={"q": sentence}).json()["hits"])
    assert client.delete("/api/documents/没有这个文档").status_code == 404


def test_an_upload_that_is_no_document_says_why(client, tmp_path):
    bad = tmp_path / "程序.exe"
    bad.write_bytes(b"MZ\x90\x00")
    r = upload(client, bad)
    assert r.status_code == 400 and ".docx" in r.json()["detail"]
    fake = tmp_path / "假文档.docx"
    fake.write_text("这不是 Word 文件", encoding="utf-8")
    job = wait_job(client, upload(client, fake).json())
    assert job["state"] == "error" and job["message"]
    assert "假文档" not in {d["doc"] for d in client.get("/api/documents").json()}


def test_an_upload_name_cannot_leave_its_folder(client, tmp_path):
    text = tmp_path / "a.txt"
    text.write_text("工会要把劳模精神、劳动精神、工匠精神融入教职工思想政治工作。", encoding="utf-8")
    for name in ("../../逃出去.txt", "..\\..\\逃出去二.txt", "/etc/逃出去三.txt"):
        r = upload(client, text, name=name)
        assert r.status_code == 202, r.text
        assert wait_job(client, r.json())["state"] == "done"
    docs = {d["doc"] for d in client.get("/api/documents").json()}
    assert {"逃出去", "逃出去二", "逃出去三"} <= docs
    assert not any(p.name.startswith("逃出去") for p in (tmp_path.parent.glob("*"))) and not Path("/etc/逃出去三.txt").exists()
    # and a name in a URL is a document name, never a path
    assert client.delete("/api/documents/..%2F..%2Fetc%2Fpasswd").status_code == 404


def test_a_read_only_index_refuses_uploads(tmp_path):
    from fastapi.testclient import TestClient

    from textkit.search.bundled import default_index
    from textkit.web import Settings, create_app

    with TestClient(create_app(default_index(), Settings(index_path=None))) as c:
        text = tmp_path / "a.txt"
        text.write_text("工会", encoding="utf-8")
        r = upload(c, text)
        assert r.status_code == 400 and "--index" in r.json()["detail"]


# ---------------------------------------------------------------- quizzes and grading

def test_quiz_json_is_the_quiz_of_make_quiz(client):
    from textkit.quiz.maker import make_quiz
    from textkit.search.bundled import default_index

    got = a_quiz(client, n=8, seed=3)
    want = make_quiz(default_index().excerpts, n=8, seed=3)
    assert got == want.to_dict()
    assert {"title", "seed", "items"} <= set(got) and got["items"][0]["id"] == "q01"


def test_quiz_in_every_format_is_an_attachment(client):
    from textkit.export import FORMATS, KEY_FORMATS

    quiz = a_quiz(client)
    for fmt in FORMATS:
        r = client.post("/api/quiz", params={"format": fmt}, json={"quiz": quiz})
        assert r.status_code == 200, (fmt, r.text)
        assert r.headers["content-disposition"].startswith("attachment;")
        assert r.headers["content-disposition"].endswith(f".{fmt}") and len(r.content) > 100
    assert json.loads(client.post("/api/quiz", params={"format": "json"}, json={"quiz": quiz}).text)["items"] == quiz["items"]
    import docx

    answers = [i["answers"][0] for i in quiz["items"] if i["kind"] == "cloze"]
    for part in ("sheet", "key"):
        for fmt in KEY_FORMATS:
            assert client.post("/api/quiz", params={"format": fmt, "part": part}, json={"quiz": quiz}).status_code == 200
    key = client.post("/api/quiz", params={"format": "docx", "part": "key"}, json={"quiz": quiz})
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(key.content)).paragraphs)
    assert all(a in text for a in answers)
    r = client.post("/api/quiz", params={"format": "exe"}, json={"quiz": quiz})
    assert r.status_code == 400 and "docx" in r.json()["detail"]


def test_quiz_from_chosen_documents_and_sections(client):
    quiz = a_quiz(client, n=5, section="全面落实重要论述")
    assert quiz["items"] and all("全面落实重要论述" in i["section"] for i in quiz["items"])
    r = client.post("/api/quiz", json={"n": 3, "doc": ["没有这个文档"]})
    assert r.status_code == 400 and "choose" in r.json()["detail"]


def test_drop_and_make_again_one_item(client):
    quiz = a_quiz(client, n=6)
    dropped = client.post("/api/quiz/item", json={"quiz": quiz, "id": "q02", "action": "drop"}).json()
    assert [i["id"] for i in dropped["items"]] == ["q01", "q02", "q03", "q04", "q05"]
    assert dropped["items"][1]["prompt"] == quiz["items"][2]["prompt"]
    again = client.post("/api/quiz/item", json={"quiz": quiz, "id": "q03", "seed": 11}).json()
    new, old = again["items"][2], quiz["items"][2]
    assert new["id"] == "q03" and new["kind"] == old["kind"] and new["prompt"] != old["prompt"]
    others = {a for i in quiz["items"] for a in i["answers"]}
    assert not others & set(new["answers"])
    assert [i for n, i in enumerate(again["items"]) if n != 2] == [i for n, i in enumerate(quiz["items"]) if n != 2]


def test_grade_gives_per_item_results(client):
    quiz = a_quiz(client, n=6)
    right = {i["id"]: i["answers"] if i["kind"] == "cloze" else i["answers"][0] for i in quiz["items"]}
    report = client.post("/api/grade", json={"quiz": quiz, "answers": right}).json()
    assert report["correct"] == report["total"] == 6
    assert report["score"] == report["full_score"] > 0 and "答对 6/6 题" in report["summary"]
    assert [r["id"] for r in report["results"]] == [i["id"] for i in quiz["items"]]
    wrong = dict(right, q01="不知道")
    report = client.post("/api/grade", json={"quiz": quiz, "answers": wrong}).json()
    assert report["correct"] == 5 and report["results"][0] == {
        **report["results"][0], "id": "q01", "correct": False, "given": "不知道"}
    r = client.post("/api/grade", json={"quiz": quiz, "answers": {"q99": "x"}})
    assert r.status_code == 400 and "q99" in r.json()["detail"]


def test_openapi_documents_the_api(client):
    spec = client.get("/openapi.json").json()
    assert {"/api/search", "/api/documents", "/api/documents/{name}", "/api/quiz", "/api/grade"} <= set(spec["paths"])
    assert "/search" not in spec["paths"]  # pages are not API


# ---------------------------------------------------------------- safety

def test_a_token_is_needed_for_every_request(make_client):
    c = make_client(token="s3cret-token")
    assert c.get("/api/documents").status_code == 401
    page = c.get("/search", headers={"Accept": "text/html"})
    assert page.status_code == 401 and "?token=" in page.text and "令牌" in page.text
    assert "default-src 'self'" in page.headers["content-security-policy"]
    assert c.get("/api/documents", headers={"Authorization": "Bearer wrong-token"}).status_code == 401
    assert c.get("/api/documents", headers={"Authorization": "Bearer s3cret-token"}).status_code == 200
    r = c.get("/search?q=工会&token=s3cret-token", follow_redirects=False)
    assert r.status_code == 303 and "token" not in r.headers["location"] and "q=" in r.headers["location"]
    cookie = r.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
    assert c.get("/search", params={"q": "工会"}).status_code == 200  # the cookie carries it now
    away = c.get("http://testserver//evil.example/?token=s3cret-token", follow_redirects=False)
    assert away.status_code == 303 and away.headers["location"] == "/evil.example/"  # stays on this server
    c.cookies.clear()
    assert c.get("/search").status_code == 401


def test_state_changing_requests_from_another_origin_are_refused(client):
    body = {"n": 2}
    assert client.post("/api/quiz", json=body, headers={"Origin": "http://evil.example"}).status_code == 403
    assert client.post("/api/quiz", json=body, headers={"Sec-Fetch-Site": "cross-site"}).status_code == 403
    assert client.delete("/api/documents/x", headers={"Origin": "null"}).status_code == 403
    # the app's own page: same origin, with the CSRF token of the page
    own = {"Origin": "http://testserver", "Sec-Fetch-Site": "same-origin"}
    assert client.post("/api/quiz", json=body, headers=own).status_code == 403
    csrf = client.app.state.csrf
    assert csrf in client.get("/quiz").text
    assert client.post("/api/quiz", json=body, headers={**own, "X-CSRF-Token": csrf}).status_code == 200
    assert client.post("/api/quiz", json=body).status_code == 200  # a script (no browser headers)


def test_uploads_over_the_limit_get_413(make_client, tmp_path):
    c = make_client(max_upload=4096)
    big = tmp_path / "大文件.txt"
    big.write_text("工会" * 4000, encoding="utf-8")
    assert upload(c, big).status_code == 413

    def chunks():  # no Content-Length: the body is counted as it arrives
        yield b'--b\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\n'
        for _ in range(10):
            yield "工会".encode() * 200

    r = c.post("/api/documents", content=chunks(), headers={"Content-Type": "multipart/form-data; boundary=b"})
    assert r.status_code == 413
    assert c.get("/api/search", params={"q": "工会"}).status_code == 200


def test_unknown_host_headers_are_refused(make_client):
    c = make_client(allowed_hosts=("127.0.0.1", "localhost"))
    assert c.get("/api/documents", headers={"Host": "evil.example"}).status_code == 400
    assert c.get("/api/documents", headers={"Host": "127.0.0.1:8000"}).status_code == 200


def test_fifty_concurrent_searches_while_an_upload_swaps_the_index(client, tmp_path):
    from concurrent.futures import ThreadPoolExecutor

    path, _ = report_docx(tmp_path, 2022)
    queries = ["两个维护", "劳模精神", "工匠精神", "四个意识", "急难愁盼"] * 10
    want = {q: client.get("/api/search", params={"q": q, "k": 1}).json()["hits"][0]["excerpt"] for q in set(queries)}
    job = upload(client, path).json()
    with ThreadPoolExecutor(50) as pool:
        got = list(pool.map(lambda q: client.get("/api/search", params={"q": q, "k": 1}), queries))
    assert all(r.status_code == 200 for r in got)
    assert [r.json()["hits"][0]["excerpt"] for r in got] == [want[q] for q in queries]
    assert wait_job(client, job)["state"] == "done"


def test_serve_on_the_network_never_serves_an_open_index(tmp_path):
    import httpx

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "textkit", "serve", "--host", "0.0.0.0", "--port", str(port),
                             "--index", str(tmp_path / "web.idx")], stderr=subprocess.PIPE, text=True, env=env)
    try:
        lines = []
        for line in proc.stderr:
            lines.append(line)
            if "serving at" in line:
                break
        url = lines[-1].split("serving at ")[1].split()[0]
        token = url.split("?token=")[1]
        assert len(token) >= 16
        base = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                r = httpx.get(f"{base}/api/documents")
                break
            except httpx.ConnectError:
                time.sleep(0.1)
        assert r.status_code == 401
        ok = httpx.get(f"{base}/api/documents", headers={"Authorization": f"Bearer {token}"})
        assert ok.status_code == 200 and ok.json()[0]["doc"] == "学习宣传贯彻《论述摘编》的通知"
    finally:
        proc.terminate()
        proc.wait(10)


def test_serve_settings_are_safe_by_default():
    from textkit.errors import TextkitError
    from textkit.web.serve import address, settings_for

    local, _ = settings_for(None, "127.0.0.1", None)
    assert local.token is None and "127.0.0.1" in local.allowed_hosts
    wide, notes = settings_for(Path("x.idx"), "0.0.0.0", None)
    assert wide.token and any("token" in n for n in notes)
    assert address("127.0.0.1", 8000, None) == "http://127.0.0.1:8000/"
    assert address("127.0.0.1", 8000, "abc") == "http://127.0.0.1:8000/?token=abc"
    with pytest.raises(TextkitError, match="too short"):
        settings_for(None, "0.0.0.0", "123")


def test_an_upload_swaps_the_index_and_searches_on_the_old_one_still_work(client, tmp_path):
    store = client.app.state.store
    old = store.index
    before = old.search("两个维护", k=3)
    path, sentence = report_docx(tmp_path, 2021)
    assert wait_job(client, upload(client, path).json())["state"] == "done"
    assert store.index is not old
    assert old.search("两个维护", k=3) == before  # an index in use is never changed under a search
    assert old.search(sentence, k=1) == [] or old.search(sentence, k=1)[0].doc != "2021年政府工作报告"
    assert store.index.search(sentence, k=1)[0].doc == "2021年政府工作报告"


def test_serve_says_when_the_port_is_taken(tmp_path):
    from textkit.errors import TextkitError
    from textkit.web.serve import _check_port

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        with pytest.raises(TextkitError, match="--port"):
            _check_port("127.0.0.1", taken.getsockname()[1])


def test_a_slow_request_does_not_hold_up_the_others(client, monkeypatch):
    import threading

    from textkit.web import quizzes

    release, entered = threading.Event(), threading.Event()
    real = quizzes.make_quiz

    def slow_make_quiz(*args, **kwargs):
        entered.set()
        assert release.wait(30), "the quiz was never released"
        return real(*args, **kwargs)

    monkeypatch.setattr(quizzes, "make_quiz", slow_make_quiz)
    result = {}
    slow = threading.Thread(target=lambda: result.setdefault("quiz", client.post("/api/quiz", json={"n": 3})))
    slow.start()
    try:
        assert entered.wait(30)
        # the quiz is still being made: a search and a page are answered meanwhile
        assert client.get("/api/search", params={"q": "两个维护"}).json()["hits"]
        assert client.get("/documents").status_code == 200
        assert "quiz" not in result
    finally:
        release.set()
        slow.join(30)
    assert result["quiz"].status_code == 200 and len(result["quiz"].json()["items"]) == 3


def test_hostile_text_and_names_in_an_upload_are_shown_as_text(client, tmp_path):
    evil = '<img src=x onerror=alert(1)>工会经费<script>alert("x")</script>'
    path = tmp_path / "a.txt"
    path.write_text(f"{evil}用于职工教育和文体活动。", encoding="utf-8")
    job = wait_job(client, upload(client, path, name='"><svg onload=alert(1)>.txt').json())
    assert job["state"] == "done"
    doc = next(d["doc"] for d in client.get("/api/documents").json() if "svg" in d["doc"])
    assert "/" not in doc and "\\" not in doc
    for page in (client.get("/search", params={"q": "工会经费"}), client.get("/documents"), client.get("/quiz")):
        assert page.status_code == 200
        assert "<img src=x" not in page.text and "<svg onload" not in page.text and '<script>alert("x")' not in page.text
    assert "&lt;img src=x onerror=alert(1)&gt;" in client.get("/search", params={"q": "工会经费"}).text
