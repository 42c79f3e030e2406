"""Redraw docs/sheet-pdf.png, docs/sheet-docx.png and docs/sheet-html.png: page 1 of each paper.

    python tools/make_sheet_screenshots.py

The quiz is the hand-made one of the export tests that holds every item kind (real sentences of
the notice in corpus/). Needs poppler-utils (pdftoppm), LibreOffice (soffice) for the Word paper,
and Playwright with Debian's /usr/bin/chromium for the HTML sheet (answered in part and checked).
Look at the pictures after a change to a sheet format: they are what a teacher would hand out.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
DPI = "80"


def main() -> None:
    sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
    from export_quizzes import every_kind_quiz

    from textkit.export import render

    quiz = every_kind_quiz()
    with tempfile.TemporaryDirectory(prefix="textkit-shots-") as tmp:
        folder = Path(tmp)
        paper = folder / "paper.pdf"
        paper.write_bytes(render(quiz, "pdf"))
        _page_one(paper, DOCS / "sheet-pdf")
        word = folder / "paper.docx"
        word.write_bytes(render(quiz, "docx"))
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(folder / "lo"), str(word)],
                       check=True, capture_output=True, timeout=180)
        _page_one(folder / "lo" / "paper.pdf", DOCS / "sheet-docx")
        sheet = folder / "sheet.html"
        sheet.write_text(render(quiz, "html"), encoding="utf-8")
        _html_shot(sheet, DOCS / "sheet-html.png")
    for name in ("sheet-pdf.png", "sheet-docx.png", "sheet-html.png"):
        print(f"wrote docs/{name}")


def _page_one(pdf: Path, stem: Path) -> None:
    subprocess.run(["pdftoppm", "-r", DPI, "-png", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(stem)],
                   check=True, timeout=120)


def _html_shot(sheet: Path, out: Path) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", headless=True,
                                     args=["--no-sandbox", "--disable-gpu"])
        try:
            # Tall enough for the whole sheet, so the sticky buttons sit below the last item.
            page = browser.new_page(viewport={"width": 900, "height": 1500})
            page.goto(sheet.as_uri())
            page.locator("#item-1 input.blank").first.fill("两个维护")  # right
            page.locator("#item-3 input[type=radio][value='1']").check()  # right
            page.locator("#item-4 input[type=checkbox][value='1']").check()  # one of three: half credit
            page.locator("#item-6 input[type=radio][value='1']").check()  # 错: right
            page.click("#check")
            page.screenshot(path=str(out), full_page=True)
        finally:
            browser.close()


if __name__ == "__main__":
    main()
