"""A contest in headless Chromium at phone width (390 px): a member answers every kind of item and
submits, the organiser's page shows the ranking and closes the contest, the member then sees the key.

Screenshots go to ``TEXTKIT_SCREENSHOT_DIR`` (docs/screenshots/ for the committed ones) or a temp folder.
"""

from __future__ import annotations

import json
import os
import shutil
import urllib.request
from pathlib import Path

import pytest
from export_quizzes import every_kind_quiz

sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright to check the web pages")
CHROMIUM = next((p for p in ("/usr/bin/chromium", shutil.which("chromium") or "") if p and Path(p).exists()), None)
if CHROMIUM is None:
    pytest.skip("no chromium (apt-get install -y chromium)", allow_module_level=True)


from web_server import CHROMIUM_ARGS, serving

from textkit.quiz.grading import format_points, grade
from textkit.web import Settings

ARGS = CHROMIUM_ARGS
TOKEN = "organiser-secret-2"
PHONE = {"width": 390, "height": 844}


def api(url: str, body=None) -> dict:
    req = urllib.request.Request(url, data=None if body is None else json.dumps(body).encode(),
                                 method="GET" if body is None else "POST",
                                 headers={"Content-Type": "application/json", "Authorization": f"Bearer {TOKEN}"})
    with urllib.request.urlopen(req, timeout=10) as res:
        return json.loads(res.read())


def watch(page) -> list[str]:
    problems: list[str] = []
    page.on("pageerror", lambda e: problems.append(f"script error: {e}"))
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("request", lambda r: None if r.url.startswith(("http://127.0.0.1", "data:", "blob:"))
            else problems.append(f"request off the server: {r.url}"))
    return problems


def no_sideways_scroll(page) -> None:
    assert page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0


def test_a_member_answers_on_a_phone_and_the_organiser_sees_the_ranking(tmp_path):
    shots = Path(os.environ.get("TEXTKIT_SCREENSHOT_DIR") or tmp_path / "shots")
    shots.mkdir(parents=True, exist_ok=True)
    quiz = every_kind_quiz()
    settings = Settings(index_path=tmp_path / "web.idx", token=TOKEN, allowed_hosts=("127.0.0.1",))
    with serving(settings) as server, sync_api.sync_playwright() as pw:
        made = api(f"{server}/api/contests", {"quiz": quiz.to_dict(), "title": "“职工之家”知识竞赛"})
        for name, dept in (("王芳", "团委"), ("赵强", "后勤分会")):  # two who answered before her
            api(f"{server}/api/contests/{made['id']}/submissions",
                {"name": name, "department": dept, "answers": {it.id: it.answers[:1] for it in quiz.items[:4]}})
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        try:
            member = browser.new_context(viewport=PHONE).new_page()
            member_problems = watch(member)
            member.goto(made["member_url"])
            member.fill("input[name=name]", "李明")
            member.fill("input[name=department]", "机关工会")
            member.click("text=开始答题")
            member.wait_for_selector("#sheet:not([hidden])")
            for item in quiz.items:
                if item.kind == "cloze":
                    for n, answer in enumerate(item.answers):
                        member.fill(f'input[name="{item.id}-{n}"]', answer)
                else:
                    for answer in item.answers:
                        member.locator(f'input[name="{item.id}"][value="{answer}"]').check()
            no_sideways_scroll(member)
            member.screenshot(path=str(shots / "contest-member-phone.png"), full_page=True)
            member.click("#send")
            member.wait_for_selector("#result:not([hidden])")
            full = format_points(grade(quiz, {}).full_score)
            assert member.inner_text("#score") == f"李明：得分 {full} / {full} 分"
            assert "答卷已保存" in member.inner_text("#result-note")
            assert member.locator("#mine li").count() == 0  # no key before closing
            member.screenshot(path=str(shots / "contest-member-submitted-phone.png"), full_page=True)

            board = browser.new_context(viewport=PHONE).new_page()
            board_problems = watch(board)
            board.goto(f"{server}/contests/{made['id']}?token={TOKEN}")
            board.wait_for_selector("#ranking td.name")
            names = board.locator("#ranking td.name").all_inner_texts()
            assert names[0] == "李明" and set(names) == {"李明", "王芳", "赵强"}
            assert board.locator("#ranking tr").first.inner_text().startswith("1")
            assert board.locator(".qr svg").count() == 1
            assert made["id"] in board.inner_text("#link")
            assert board.locator("#stats li").count() == len(quiz.items)
            no_sideways_scroll(board)
            board.screenshot(path=str(shots / "contest-organiser-phone.png"), full_page=True)
            board.click("#close")
            board.wait_for_selector("#reopen:not([hidden])")
            assert board.inner_text("#status") == "已结束"

            member.reload()
            member.wait_for_selector("#mine li")
            verdicts = member.locator("#mine .verdict").all_inner_texts()
            assert len(verdicts) == len(quiz.items) and all("✓" in v for v in verdicts)
            member.screenshot(path=str(shots / "contest-member-key-phone.png"), full_page=True)
            assert member_problems == [] and board_problems == []
        finally:
            browser.close()


def test_the_quiz_page_publishes_its_quiz_as_a_contest(tmp_path):
    settings = Settings(index_path=tmp_path / "web.idx", allowed_hosts=("127.0.0.1",))
    with serving(settings) as server, sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        try:
            page = browser.new_context(viewport=PHONE).new_page()
            problems = watch(page)
            page.goto(f"{server}/quiz")
            page.click("text=生成预览")
            page.wait_for_selector("#preview:not([hidden])")
            title = page.inner_text("#quiz-title")
            page.click("#to-contest")
            page.wait_for_url("**/contests/**")
            assert page.inner_text("h1") in title
            assert page.locator(".qr svg").count() == 1
            assert problems == []
        finally:
            browser.close()
