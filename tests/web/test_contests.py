"""Knowledge contests end to end through the API: publish, members answer, ranking, export, rules, restart."""

from __future__ import annotations

import csv
import io
import json
import threading

import pytest
from export_quizzes import every_kind_quiz
from fastapi.testclient import TestClient

from textkit.quiz.grading import grade
from textkit.quiz.model import Quiz
from textkit.web import Settings, create_app
from textkit.web.contest_store import SCHEMA_VERSION, ContestStore

TOKEN = "organiser-secret-1"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def organiser(make_client):
    return make_client(token=TOKEN)


def publish(client, **extra) -> tuple[str, Quiz]:
    """A contest over a quiz of every item kind (real sentences of the bundled notice)."""
    quiz = every_kind_quiz()
    r = client.post("/api/contests", json={"quiz": quiz.to_dict(), "title": "工会知识竞赛", **extra}, headers=AUTH)
    assert r.status_code == 200, r.text
    return r.json()["id"], quiz


def right_answers(quiz: Quiz) -> dict:
    return {it.id: (list(it.answers) if it.kind in ("cloze", "multi") else it.answers[0]) for it in quiz.items}


def wrong_answer(item):
    if item.kind == "cloze":
        return ["错字"] * len(item.answers)
    if item.kind == "multi":
        return [c for c in item.choices if c not in item.answers][:1]
    return next(c for c in item.choices if c not in item.answers)


def test_a_member_sees_no_key_before_closing(organiser):
    cid, quiz = publish(organiser)
    assert {it.kind for it in quiz.items} == {"cloze", "choice", "multi", "judge", "source"}
    r = organiser.get(f"/api/contests/{cid}/quiz", headers={})
    assert r.status_code == 200
    text = r.text
    for field in ('"answers":', '"accept":', '"hint":', '"original":', '"source":', '"key":', '"expected":'):
        assert field not in text
    shown = r.json()["items"]
    printed = [quiz.items[i] for i in sorted(range(len(quiz.items)), key=lambda i: (
        ["cloze", "choice", "multi", "judge", "source"].index(quiz.items[i].kind), i))]
    for item, seen in zip(printed, shown):
        for secret in filter(None, [item.hint, item.original, *[a for alts in item.accept for a in alts]]):
            assert secret not in text, (item.id, secret)
        if item.kind == "cloze":  # (an item with options necessarily shows its answer among them)
            for answer in item.answers:
                assert answer not in json.dumps(seen, ensure_ascii=False), (item.id, answer)
    assert [it["id"] for it in shown] == [it.id for it in printed]  # kind by kind, as on the paper
    assert all(it["prompt"] == q.prompt and it["choices"] == q.choices for it, q in zip(shown, printed))
    # The member's own answers, by receipt: before closing no expected answers either.
    done = organiser.post(f"/api/contests/{cid}/submissions",
                          json={"name": "李明", "department": "机关工会", "answers": right_answers(quiz)}).json()
    own = organiser.get(f"/api/contests/{cid}/submissions/{done['receipt']}")
    assert own.status_code == 200 and not own.json()["closed"]
    assert "expected" not in own.text and "hint" not in own.text
    assert organiser.post(f"/api/contests/{cid}/close", headers=AUTH).json()["closed"] is True
    own = organiser.get(f"/api/contests/{cid}/submissions/{done['receipt']}").json()
    assert own["closed"] and all(i["correct"] for i in own["items"])
    cloze = next(i for i in own["items"] if i["id"] == quiz.items[1].id)
    assert cloze["expected"] == "、".join(quiz.items[1].answers) == "两个维护"
    # Someone else's receipt cannot be guessed from the contest id.
    assert organiser.get(f"/api/contests/{cid}/submissions/{cid}").status_code == 404


def test_thirty_members_at_once_give_the_exact_ranking_and_item_shares(organiser):
    cid, quiz = publish(organiser)
    items = quiz.items
    # Member m gets the first (m % (len+1)) items right and the rest wrong: the scores are known.
    people = []
    for m in range(30):
        n_right = m % (len(items) + 1)
        answers = {it.id: (right_answers(quiz)[it.id] if i < n_right else wrong_answer(it)) for i, it in enumerate(items)}
        people.append((f"职工{m:02d}", ["一分会", "二分会", "三分会"][m % 3], answers, n_right))
    replies: dict[str, dict] = {}

    def send(person):
        name, dept, answers, _ = person
        r = organiser.post(f"/api/contests/{cid}/submissions", json={"name": name, "department": dept, "answers": answers})
        replies[name] = {"status": r.status_code, **r.json()}

    threads = [threading.Thread(target=send, args=(p,)) for p in people]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(r["status"] == 200 and r["stored"] for r in replies.values()), replies
    expected_score = {name: grade(quiz, answers).score for name, _, answers, _ in people}
    assert {n: r["score"] for n, r in replies.items()} == expected_score
    assert {r["total"] for r in replies.values()} == {grade(quiz, {}).full_score}

    res = organiser.get(f"/api/contests/{cid}/results", headers=AUTH).json()
    assert res["submissions"] == 30
    ranking = res["ranking"]
    assert [p["score"] for p in ranking] == sorted(expected_score.values(), reverse=True)
    assert {p["name"]: p["score"] for p in ranking} == expected_score
    for p in ranking:  # competition ranking: 1 + the number of people with a higher score
        assert p["rank"] == 1 + sum(s > p["score"] for s in expected_score.values())
    assert ranking[0]["department"] in ("一分会", "二分会", "三分会")
    shares = {s["id"]: s["correct_share"] for s in res["items"]}
    for i, item in enumerate(items):
        assert shares[item.id] == round(sum(n_right > i for *_, n_right in people) / 30, 4)
    assert [s["correct_share"] for s in res["items"]] == sorted(shares.values())  # most missed first

    xlsx = organiser.get(f"/api/contests/{cid}/results?format=xlsx", headers=AUTH)
    assert xlsx.status_code == 200
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(xlsx.content))
    rows = list(book["成绩"].values)
    assert rows[0][:4] == ("名次", "姓名", "部门", "得分")
    assert {r[1]: r[3] for r in rows[1:31]} == expected_score
    table = list(csv.reader(io.StringIO(organiser.get(f"/api/contests/{cid}/results?format=csv",
                                                      headers=AUTH).content.decode("utf-8-sig"))))
    assert table[1][1] == ranking[0]["name"] and float(table[1][3]) == ranking[0]["score"]
    assert table[-1][1] == "正确率"


def test_duplicate_names_closing_and_reopening(organiser):
    cid, quiz = publish(organiser)
    url = f"/api/contests/{cid}/submissions"
    first = organiser.post(url, json={"name": "王芳", "department": "团委", "answers": right_answers(quiz)})
    assert first.status_code == 200
    again = organiser.post(url, json={"name": " 王 芳", "department": "团委", "answers": {}})
    assert again.status_code == 409 and not again.json()["stored"]
    assert "已经提交过" in again.json()["detail"]
    assert organiser.post(f"/api/contests/{cid}/close", headers=AUTH).status_code == 200
    late = organiser.post(url, json={"name": "赵强", "department": "", "answers": {}})
    assert late.status_code == 409 and "竞赛已结束" in late.json()["detail"] and "未保存" in late.json()["detail"]
    assert organiser.post(f"/api/contests/{cid}/reopen", headers=AUTH).json()["closed"] is False
    assert organiser.post(url, json={"name": "赵强", "department": "", "answers": {}}).status_code == 200
    res = organiser.get(f"/api/contests/{cid}/results", headers=AUTH).json()
    assert [p["name"] for p in res["ranking"]] == ["王芳", "赵强"]
    assert res["ranking"][1]["score"] == 0


def test_resubmission_when_allowed_replaces_the_first(organiser):
    cid, quiz = publish(organiser, allow_resubmit=True)
    url = f"/api/contests/{cid}/submissions"
    assert organiser.post(url, json={"name": "陈静", "answers": {}}).json()["score"] == 0
    best = organiser.post(url, json={"name": "陈静", "answers": right_answers(quiz)}).json()
    assert best["score"] == best["total"]
    res = organiser.get(f"/api/contests/{cid}/results", headers=AUTH).json()
    assert [(p["name"], p["score"]) for p in res["ranking"]] == [("陈静", best["total"])]


def test_closing_time_and_time_limit(organiser):
    cid, quiz = publish(organiser, closes_at="2020-01-01T08:00:00+08:00")
    r = organiser.post(f"/api/contests/{cid}/submissions", json={"name": "周杰", "answers": {}})
    assert r.status_code == 409 and "竞赛已结束" in r.json()["detail"]
    assert organiser.get(f"/api/contests/{cid}/quiz").json()["closed"] is True
    bad = organiser.post("/api/contests", json={"quiz": quiz.to_dict(), "closes_at": "下周一"}, headers=AUTH)
    assert bad.status_code == 400 and "ISO" in bad.json()["detail"]

    cid, quiz = publish(organiser, time_limit=10)
    url = f"/api/contests/{cid}/submissions"
    unstarted = organiser.post(url, json={"name": "吴刚", "answers": {}})
    assert unstarted.status_code == 409 and "开始答题" in unstarted.json()["detail"]
    started = organiser.post(f"/api/contests/{cid}/start", json={"name": "吴刚"}).json()
    assert started["deadline"] > started["started_at"]
    assert organiser.post(url, json={"name": "吴刚", "answers": {}}).status_code == 200


def test_past_the_time_limit_is_refused(tmp_path):
    store = ContestStore(tmp_path / "c.sqlite")
    from textkit.search.bundled import default_index
    from textkit.web.quizzes import quiz_for

    contest = store.create(quiz_for(default_index().excerpts, n=3, seed=1), time_limit=5)
    store.start(contest.id, "孙丽")
    import sqlite3

    with sqlite3.connect(store.path) as db:  # she started an hour ago
        db.execute("UPDATE starts SET started_at = '2020-01-01T00:00:00+00:00'")
    from textkit.web.contest_store import ContestRefused

    with pytest.raises(ContestRefused, match="已超过答题时限"):
        store.submit(contest.id, "孙丽", "", {})
    assert store.submissions(contest.id) == []


def test_organiser_routes_need_the_token_members_only_the_id(organiser):
    cid, _quiz = publish(organiser)
    assert organiser.post("/api/contests", json={"n": 3}).status_code == 401
    for path in (f"/api/contests/{cid}/results", "/api/contests", f"/contests/{cid}"):
        assert organiser.get(path).status_code == 401, path
    for path in (f"/api/contests/{cid}/close", f"/api/contests/{cid}/reopen"):
        assert organiser.post(path).status_code == 401, path
    assert organiser.get(f"/api/contests/{cid}/quiz").status_code == 200
    page = organiser.get(f"/c/{cid}")
    assert page.status_code == 200 and "工会知识竞赛" in page.text and "开始答题" in page.text
    assert organiser.get("/c/not-a-contest").status_code == 404
    assert organiser.get("/api/contests/not-a-contest/quiz").status_code == 404
    board = organiser.get(f"/contests/{cid}", headers=AUTH)
    assert board.status_code == 200 and f"/c/{cid}" in board.text and "<svg" in board.text
    # A member's browser POST from another site is refused even on the open paths.
    evil = organiser.post(f"/api/contests/{cid}/submissions", json={"name": "x", "answers": {}},
                          headers={"Origin": "http://evil.example"})
    assert evil.status_code == 403


def test_a_retry_with_the_same_key_returns_the_stored_submission(organiser):
    cid, quiz = publish(organiser)
    body = {"name": "郑爽", "answers": right_answers(quiz), "client_key": "k" * 32}
    first = organiser.post(f"/api/contests/{cid}/submissions", json=body).json()
    again = organiser.post(f"/api/contests/{cid}/submissions", json=body)
    assert again.status_code == 200 and again.json()["receipt"] == first["receipt"] and again.json()["again"]
    assert organiser.get(f"/api/contests/{cid}/results", headers=AUTH).json()["submissions"] == 1


def test_results_survive_a_restart(tmp_path):
    settings = Settings(index_path=tmp_path / "web.idx", token=TOKEN)
    with TestClient(create_app(settings=settings)) as client:
        cid, quiz = publish(client)
        client.post(f"/api/contests/{cid}/submissions", json={"name": "刘洋", "answers": right_answers(quiz)})
    db = tmp_path / "web.idx.contests.sqlite"
    assert db.exists()
    with TestClient(create_app(settings=Settings(index_path=tmp_path / "web.idx", token=TOKEN))) as client:
        res = client.get(f"/api/contests/{cid}/results", headers=AUTH).json()
        assert [(p["name"], p["rank"]) for p in res["ranking"]] == [("刘洋", 1)]
        assert client.post(f"/api/contests/{cid}/submissions", json={"name": "刘洋", "answers": {}}).status_code == 409


def test_the_database_is_migrated_once_and_says_its_version(tmp_path):
    import sqlite3

    store = ContestStore(tmp_path / "c.sqlite")
    ContestStore(store.path)  # opening again applies nothing twice
    with sqlite3.connect(store.path) as db:
        assert db.execute("SELECT version FROM schema_version").fetchall() == [(SCHEMA_VERSION,)]
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"contests", "submissions", "answers", "starts", "schema_version"} <= tables
    with sqlite3.connect(store.path) as db:
        db.execute("UPDATE schema_version SET version = 99")
    from textkit.errors import TextkitError

    with pytest.raises(TextkitError, match="newer textkit"):
        ContestStore(store.path)


def test_publish_button_on_the_quiz_page(client):
    page = client.get("/quiz")
    assert "作为竞赛发布" in page.text and "contest_publish.js" in page.text
    made = client.post("/api/contests", json={"n": 4, "kind": "choice", "seed": 2, "title": "支部学习测验"}).json()
    assert made["member_url"].endswith(f"/c/{made['id']}") and len(made["id"]) >= 20
    assert made["title"] == "支部学习测验" and made["items"] == 4
    assert json.loads(client.get(f"/api/contests/{made['id']}/quiz").text)["title"] == "支部学习测验"
