"""The pages of textkit serve in a real headless Chromium (Debian's, driven by Playwright), at 1280 px and 390 px.

Skips when Playwright or /usr/bin/chromium is absent; .ci/run installs both. Each page is
screenshotted at both widths; the ones in docs/screenshots/ are made with
``TEXTKIT_SCREENSHOT_DIR=docs/screenshots python -m pytest tests/web/test_browser.py`` (without it
they go to a temporary folder, so that a test run leaves the checkout as it was).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright to check the web pages")
CHROMIUM = next((p for p in ("/usr/bin/chromium", shutil.which("chromium") or "") if p and Path(p).exists()), None)
if CHROMIUM is None:
    pytest.skip("no chromium (apt-get install -y chromium)", allow_module_level=True)


from web_server import CHROMIUM_ARGS, serving  # noqa: E402

from textkit.web import Settings

ARGS = CHROMIUM_ARGS
WIDTHS = {"desktop": 1280, "phone": 390}
# A passage of the bundled notice's source book, uploaded as a .docx of its own.
UPLOADED = ("工人阶级是我国的领导阶级，是我国先进生产力和生产关系的代表，是我们党最坚实最可靠的阶级基础。"
            "我们要始终坚持全心全意依靠工人阶级的根本方针，发挥工人阶级主力军作用。")


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    return Path(os.environ.get("TEXTKIT_SCREENSHOT_DIR") or tmp_path_factory.mktemp("screenshots"))


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """The app over a private copy of the bundled corpus."""
    folder = tmp_path_factory.mktemp("serve")
    with serving(Settings(index_path=folder / "web.idx", allowed_hosts=("127.0.0.1",))) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture(params=list(WIDTHS))
def page(request, browser, shots):
    """A page at one width, recording script errors, CSP violations and any request off the server."""
    width = WIDTHS[request.param]
    context = browser.new_context(viewport={"width": width, "height": 900}, accept_downloads=True)
    page = context.new_page()
    page.width_name = request.param
    page.shots = shots
    page.problems = []
    page.on("pageerror", lambda e: page.problems.append(f"script error: {e}"))
    page.on("console", lambda m: page.problems.append(m.text) if m.type == "error" else None)
    page.on("request", lambda r: None if r.url.startswith(("http://127.0.0.1", "blob:", "data:"))
            else page.problems.append(f"request off the server: {r.url}"))
    yield page
    context.close()


def _no_horizontal_scroll(page) -> None:
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"the page scrolls sideways by {overflow}px at {page.viewport_size['width']}px"


def _shot(page, name: str) -> None:
    page.shots.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(page.shots / f"{name}-{page.width_name}.png"), full_page=True)


def test_search_shows_highlighted_hits(server, page):
    page.goto(f"{server}/search")
    page.fill("input[name=q]", "两个维护")
    page.press("input[name=q]", "Enter")
    page.wait_for_selector("ol.hits")
    marks = page.locator("ol.hits mark").all_inner_texts()
    assert "两个维护" in marks
    assert "学习宣传贯彻《论述摘编》的通知" in page.locator(".hit .doc").first.inner_text()
    _no_horizontal_scroll(page)
    _shot(page, "search")
    page.goto(f"{server}/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E")
    assert page.locator("input[name=q]").input_value() == "<script>alert(1)</script>"
    assert page.locator("script:not([src])").count() == 0
    assert page.problems == []


def test_upload_a_docx_then_find_a_phrase_of_it(server, page, tmp_path):
    import docx

    name = f"工人阶级论述-{page.width_name}"
    path = tmp_path / f"{name}.docx"
    d = docx.Document()
    d.add_paragraph(UPLOADED)
    d.save(str(path))
    page.goto(f"{server}/documents")
    page.set_input_files("#file", str(path))
    page.wait_for_selector(f"td.name:text-is('{name}')", timeout=30000)
    _no_horizontal_scroll(page)
    _shot(page, "documents")
    page.goto(f"{server}/search")
    page.fill("input[name=q]", "全心全意依靠工人阶级")
    page.select_option("select[name=doc]", name)  # the filter: the other width's upload holds the same text
    page.press("input[name=q]", "Enter")
    page.wait_for_selector("ol.hits")
    assert set(page.locator(".hit .doc").all_inner_texts()) == {name}
    assert "全心全意依靠工人阶级" in page.locator("ol.hits mark").all_inner_texts()
    assert page.problems == []


def test_make_a_quiz_and_download_the_docx(server, page):
    import docx

    page.goto(f"{server}/quiz")
    page.fill("input[name=kind-cloze]", "4")
    page.fill("input[name=kind-choice]", "2")
    page.click("#make button[type=submit]")
    page.wait_for_selector("#items li.item")
    assert page.locator("#items li.item").count() == 6
    first = page.locator("#items li.item").first.inner_text()
    page.locator("#items li.item").first.get_by_text("换一题").click()
    page.wait_for_function("(old) => document.querySelector('#items li.item').innerText !== old", arg=first)
    _no_horizontal_scroll(page)
    _shot(page, "quiz")
    answers = page.evaluate("JSON.parse(sessionStorage.getItem('textkit-quiz')).items.map(i => i.answers[0])")
    texts = {}
    for part in ("sheet", "key"):
        with page.expect_download() as info:
            page.click(f"button.download[data-format=docx][data-part={part}]")
        assert info.value.suggested_filename.endswith(".docx")
        texts[part] = "\n".join(p.text for p in docx.Document(info.value.path()).paragraphs)
    assert "填空题" in texts["sheet"] and "＿" in texts["sheet"]
    assert not any(a in texts["sheet"] for a in answers if a not in "".join(quiz_prompts(page)))
    assert all(a in texts["key"] for a in answers)
    assert page.problems == []


def quiz_prompts(page) -> list[str]:
    return page.evaluate("JSON.parse(sessionStorage.getItem('textkit-quiz')).items.flatMap(i => [i.prompt, ...(i.choices || [])])")


def test_take_a_quiz_and_see_the_score(server, page):
    page.goto(f"{server}/quiz")
    page.fill("input[name=kind-cloze]", "3")
    page.fill("input[name=kind-choice]", "2")
    page.click("#make button[type=submit]")
    page.wait_for_selector("#items li.item")
    quiz = page.evaluate("JSON.parse(sessionStorage.getItem('textkit-quiz'))")
    page.click("#to-take")
    page.wait_for_selector("#questions li.item")
    right = 0
    for n, item in enumerate(quiz["items"]):
        if item["kind"] == "cloze":
            for b, answer in enumerate(item["answers"]):
                page.fill(f"input[name='{item['id']}-{b}']", answer if n % 2 == 0 else "不知道")
            right += n % 2 == 0
        else:
            page.check(f"input[name='{item['id']}'][value='{item['answers'][0]}']")
            right += 1
    page.click("#sheet button[type=submit]")
    page.wait_for_selector("#score:not([hidden])")
    assert page.inner_text("#score").startswith("得分：")
    assert f"答对 {right}/{len(quiz['items'])} 题" in page.inner_text("#score")
    assert page.locator("li.item.wrong").count() == len(quiz["items"]) - right
    _no_horizontal_scroll(page)
    _shot(page, "take")
    assert page.problems == []


def test_a_token_link_opens_the_pages_and_leaves_the_address_bar_clean(browser, tmp_path):
    with serving(Settings(index_path=tmp_path / "web.idx", token="s3cret-token-123")) as url:
        context = browser.new_context(viewport={"width": 390, "height": 800})
        page = context.new_page()
        assert page.goto(f"{url}/search").status == 401
        assert "令牌" in page.inner_text("body")
        page.goto(f"{url}/search?q=%E4%B8%A4%E4%B8%AA%E7%BB%B4%E6%8A%A4&token=s3cret-token-123")
        assert "token" not in page.url
        assert "两个维护" in page.locator("ol.hits mark").all_inner_texts()
        page.goto(f"{url}/quiz")  # the cookie carries the token to the next page and its API calls
        page.click("#make button[type=submit]")
        page.wait_for_selector("#items li.item")
        context.close()


def test_take_a_quiz_file_made_by_the_command_line(server, page, tmp_path):
    from textkit.quiz.maker import make_quiz
    from textkit.search.bundled import default_index

    quiz = make_quiz(default_index().excerpts, n=4, kind="cloze", seed=5)
    path = tmp_path / "quiz.json"
    path.write_text(quiz.to_json(), encoding="utf-8")
    page.goto(f"{server}/take")
    page.set_input_files("#open", str(path))
    page.wait_for_selector("#questions li.item")
    assert page.inner_text("#quiz-title") == quiz.title
    for item in quiz.items:
        for b, answer in enumerate(item.answers):
            page.fill(f"input[name='{item.id}-{b}']", answer)
    page.click("#sheet button[type=submit]")
    page.wait_for_selector("#score:not([hidden])")
    assert f"答对 {len(quiz.items)}/{len(quiz.items)} 题" in page.inner_text("#score")
    bad = tmp_path / "bad.json"
    bad.write_text('{"title": "x"}', encoding="utf-8")
    page.set_input_files("#open", str(bad))
    page.wait_for_selector("#score:has-text('bad.json')")
    _no_horizontal_scroll(page)
    assert page.problems == []
