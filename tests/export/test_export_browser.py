"""The HTML sheet in a real headless Chromium (Debian's, driven by Playwright).

Skips when Playwright or /usr/bin/chromium is absent; .ci/run installs both. Set
TEXTKIT_SCREENSHOT_DIR to keep screenshots and the printed PDF for a person to look at.
"""

from __future__ import annotations

import io
import os
import shutil
from pathlib import Path

import pytest

from export_quizzes import every_kind_quiz, hostile_quiz, notice_quiz
from textkit.export import render
from textkit.export.sheet import parts, total_points
from textkit.quiz.model import item_points

sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright to check the HTML sheet")
CHROMIUM = next((p for p in ("/usr/bin/chromium", shutil.which("chromium") or "") if p and Path(p).exists()), None)
if CHROMIUM is None:
    pytest.skip("no chromium (apt-get install -y chromium)", allow_module_level=True)

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync"]


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture
def open_sheet(browser, tmp_path):
    """Open a quiz's HTML sheet from a file; record dialogs, script errors and any request off the file."""
    pages = []

    def _open(quiz, name="sheet"):
        path = tmp_path / f"{name}.html"
        path.write_text(render(quiz, "html"), encoding="utf-8")
        page = browser.new_page(viewport={"width": 1000, "height": 1300})
        page.events = {"dialogs": [], "errors": [], "requests": []}
        page.on("dialog", lambda d: (page.events["dialogs"].append(d.message), d.dismiss()))
        page.on("pageerror", lambda e: page.events["errors"].append(str(e)))
        page.on("request", lambda r: page.events["requests"].append(r.url))
        page.goto(path.as_uri())
        page.wait_for_load_state("load")
        pages.append(page)
        return page

    yield _open
    for page in pages:
        page.close()


def _shot(page, name: str) -> None:
    folder = os.environ.get("TEXTKIT_SCREENSHOT_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"{name}.png"), full_page=True)


def _has_chinese_font() -> bool:
    import subprocess

    try:
        out = subprocess.run(["fc-list", ":lang=zh"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return False
    return bool(out.strip())


def _answer(page, quiz, right: bool = True) -> None:
    for part in parts(quiz):
        for number, item in part.items:
            li = page.locator(f"#item-{number}")
            if item.kind == "multi":  # tick every right option, or for a wrong answer every option
                for i, choice in enumerate(item.choices):
                    if choice in item.answers or not right:
                        li.locator(f"input[type=checkbox][value='{i}']").check()
            elif item.kind != "cloze":  # one option: a letter, or 对/错
                pick = item.choices.index(item.answers[0])
                if not right:
                    pick = (pick + 1) % len(item.choices)
                li.locator(f"input[type=radio][value='{pick}']").check()
            else:
                boxes = li.locator("input.blank")
                for n, answer in enumerate(item.answers):
                    boxes.nth(n).fill(answer if right else answer[::-1] + "错")


@pytest.mark.parametrize("make", [notice_quiz, every_kind_quiz])
def test_right_answers_are_marked_right(open_sheet, make):
    quiz = make()
    page = open_sheet(quiz)
    _answer(page, quiz)
    page.click("#check")
    for part in parts(quiz):
        for number, _ in part.items:
            li = page.locator(f"#item-{number}")
            assert "right" in li.get_attribute("class")
            assert li.locator(".mark").inner_text() == "✓ 正确"
    full = total_points(quiz)
    assert page.locator("#score").inner_text() == f"得分：{full} / {full}"
    _shot(page, f"html-checked-{make.__name__}")
    assert not page.events["errors"]


@pytest.mark.parametrize("make", [notice_quiz, every_kind_quiz])
def test_wrong_answers_are_marked_wrong_and_reset_clears(open_sheet, make):
    quiz = make()
    page = open_sheet(quiz)
    _answer(page, quiz, right=False)
    page.click("#check")
    assert page.locator("li.item.wrong").count() == len(quiz.items)
    assert page.locator("#score").inner_text().startswith("得分：0 / ")
    page.click("#reset")
    assert page.locator("li.item.wrong").count() == 0
    assert page.locator("input.blank").first.input_value() == ""
    assert page.locator("input.option:checked").count() == 0


def test_every_kind_is_answered_the_way_its_kind_asks(open_sheet):
    quiz = every_kind_quiz()
    page = open_sheet(quiz)
    numbered = {item.id: number for part in parts(quiz) for number, item in part.items}
    multi = next(item for item in quiz.items if item.kind == "multi")
    judge = next(item for item in quiz.items if item.kind == "judge")
    # Every kind prints alike: no item's text is shrunk or greyed by a class meant for something else.
    looks = page.evaluate("""[...document.querySelectorAll('li.item')].map(
        li => getComputedStyle(li).fontSize + ' ' + getComputedStyle(li).color)""")
    assert len(looks) == len(quiz.items) and len(set(looks)) == 1, looks
    li = page.locator(f"#item-{numbered[multi.id]}")
    assert li.locator("input[type=checkbox]").count() == len(multi.choices)
    jl = page.locator(f"#item-{numbered[judge.id]}")
    assert [t.strip() for t in jl.locator("label").all_inner_texts()] == ["对", "错"]
    # Ticking one right option of a multi item leaves it short: half its points, by the rule on the sheet.
    li.locator(f"input[type=checkbox][value='{multi.choices.index(multi.answers[0])}']").check()
    page.click("#check")
    assert "wrong" in li.get_attribute("class") and "少选" in li.locator(".mark").inner_text()
    assert page.locator("#score").inner_text() == f"得分：{item_points(multi) / 2:g} / {total_points(quiz)}"
    # One wrong option with the right ones scores nothing.
    for i, choice in enumerate(multi.choices):
        li.locator(f"input[type=checkbox][value='{i}']").set_checked(choice in multi.answers or i == 0)
    page.click("#check")
    assert page.locator("#score").inner_text() == f"得分：0 / {total_points(quiz)}"
    assert judge.original, "the first judge item of the fixture is the false one"
    page.click("#reveal")
    assert "原句：" + judge.original in page.locator("#key").inner_text()
    _shot(page, "html-every-kind-key")


def test_answers_are_checked_tolerantly(open_sheet):
    quiz = notice_quiz()
    page = open_sheet(quiz)
    first = next(item for part in parts(quiz) for _, item in part.items if len(item.answers) == 1)
    box = page.locator("#item-1 input.blank").first
    box.fill(" " + " ".join(first.answers[0]) + "。")  # spaces and a full stop typed around the answer
    page.click("#check")
    assert "right" in box.get_attribute("class")


def test_reveal_shows_the_key(open_sheet):
    quiz = notice_quiz()
    page = open_sheet(quiz)
    key = page.locator("#key")
    assert not key.is_visible()
    page.click("#reveal")
    assert key.is_visible()
    text = key.inner_text()
    assert all(a in text for item in quiz.items for a in item.answers)
    assert page.locator("#reveal").inner_text() == "隐藏参考答案"
    _shot(page, "html-key")


def test_print_is_a4_with_the_key_on_its_own_page(open_sheet):
    from pypdf import PdfReader

    if not _has_chinese_font():
        pytest.skip("no Chinese font to print with (apt-get install -y fonts-noto-cjk)")
    quiz = notice_quiz()
    page = open_sheet(quiz)
    page.emulate_media(media="print")
    assert page.locator("#key").is_visible(), "the printed sheet carries its key"
    assert not page.locator(".controls").is_visible()
    pdf = page.pdf(prefer_css_page_size=True, print_background=False)
    folder = os.environ.get("TEXTKIT_SCREENSHOT_DIR")
    if folder:
        Path(folder, "html-print.pdf").write_bytes(pdf)
    reader = PdfReader(io.BytesIO(pdf))
    width, height = float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)
    assert abs(width - 595.3) < 2 and abs(height - 841.9) < 2, "A4 in points"
    texts = [p.extract_text() for p in reader.pages]
    key_page = next(i for i, t in enumerate(texts) if "参考答案" in t)
    assert key_page >= 1
    assert texts[key_page].lstrip().startswith("参考答案"), "the key starts a page"
    assert "姓名" in texts[0]


def test_nothing_from_the_source_runs(open_sheet):
    quiz = hostile_quiz()
    page = open_sheet(quiz, "hostile")
    assert page.evaluate("document.scripts.length") == 2
    body = page.locator("main").inner_text()
    assert "<script>alert(1)</script>" in body
    assert page.title() == " ".join(quiz.title.split())
    # The page still works on such text: the hostile answer {braces} is accepted when typed.
    _answer(page, quiz)
    page.click("#check")
    assert page.locator("li.item.right").count() == len(quiz.items)
    page.click("#reveal")
    _shot(page, "html-hostile")
    assert page.events["dialogs"] == [], "a script from the document ran"
    assert not page.events["errors"]
    assert all(url.startswith("file://") for url in page.events["requests"]), page.events["requests"]
