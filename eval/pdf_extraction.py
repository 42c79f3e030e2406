"""Which PDF text extractor reads a book as its Word original does: the measurement behind textkit/analysis/pdf.py.

Builds the book of tests/book.py (real report text in the shape of 《论述摘编》) as .docx, exports it
to PDF with LibreOffice, reads the PDF with each extractor, runs textkit's own clean-up and
splitting on the text, and compares the excerpts with the .docx's: ids, texts and notes.

    python eval/pdf_extraction.py            # prints the Markdown table of docs/pdf-extraction.md
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from book import make_book, soffice_pdf, write_docx  # noqa: E402
from textkit.analysis.book import split_note_lines  # noqa: E402
from textkit.analysis.excerpts import Document, split_document  # noqa: E402
from textkit.analysis.load import load_corpus, load_documents  # noqa: E402
from textkit.analysis.normalize import clean  # noqa: E402
from textkit.analysis.pdf import fix_layout_spaces, read_pdf  # noqa: E402


def _pypdf(path: Path) -> str:
    import pypdf

    return "\n".join(page.extract_text() or "" for page in pypdf.PdfReader(str(path)).pages)


def _pdfminer(path: Path) -> str:
    from pdfminer.high_level import extract_text

    return extract_text(str(path))


def _pdfplumber(path: Path) -> str:
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def _pymupdf(path: Path) -> str:
    import pymupdf

    with pymupdf.open(str(path)) as pdf:
        return "\n".join(page.get_text() for page in pdf)


def _pdftotext(path: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


TEXTKIT = "**textkit: pdfminer.six characters + page geometry (now)**"
NOTICE = ROOT / "corpus" / "学习宣传贯彻《论述摘编》的通知.txt"

EXTRACTORS = {
    "pypdf 7 `extract_text` (before)": _pypdf,
    "pdfminer.six `extract_text`": _pdfminer,
    "pdfplumber `extract_text`": _pdfplumber,
    "PyMuPDF `get_text` (AGPL)": _pymupdf,
    "poppler `pdftotext` (CLI)": _pdftotext,
}


def excerpts_of(text: str, fix_spaces: bool, split_notes: bool = True) -> list:
    text = clean(fix_layout_spaces(text) if fix_spaces else text)
    return split_document(Document("论述摘编", split_note_lines(text) if split_notes else text))


def merged(excerpts: list) -> int:
    """Excerpts whose text holds a source note: （2017年10月18日…）2．… read as one paragraph."""
    return sum(1 for e in excerpts if re.search(r"[（(]\s*\d{4}\s*年", e.text))


def compare(got: list, want: list) -> dict:
    expected = {e.id: (e.text, e.note) for e in want}
    same = sum(1 for e in got if expected.get(e.id) == (e.text, e.note))
    return {
        "excerpts": len(got),
        "same": same,
        "notes merged": merged(got),
        "stray spaces": sum(len(re.findall(r"\d [年月日]|[年月] \d", e.text + e.note)) for e in got),
    }


def _timed(extract, pdf: Path):
    """Best of two runs (the first also loads the library and the PDF's CJK font tables)."""
    best, out = float("inf"), None
    for _ in range(2):
        start = time.perf_counter()
        out = extract(pdf)
        best = min(best, time.perf_counter() - start)
    return best, out


def main() -> None:
    book = make_book()
    for a4, page in ((False, "a book's page (32开, 140 × 203 mm, 10.5 pt)"), (True, "A4 in 12 pt, Word's default")):
        with tempfile.TemporaryDirectory() as tmp:
            table(book, Path(tmp), a4, page)
    with tempfile.TemporaryDirectory() as tmp:
        notice_table(Path(tmp))


def notice_table(tmp: Path) -> None:
    """The notice saved from Word as it comes (no indents), as PDF: does each paragraph come back?"""
    import docx

    (notice,) = load_documents([NOTICE])
    paragraphs = notice.text.split("\n")
    document = docx.Document()
    for p in paragraphs:
        document.add_paragraph(p)
    document.save(str(tmp / "通知.docx"))
    pdf = soffice_pdf(tmp / "通知.docx", tmp)
    quoted = len(re.findall("“[^”\n]+”", notice.text))
    print(f"The notice (corpus/, {len(paragraphs)} paragraphs, {quoted} quotations in “”) saved from Word with "
          "no indents, as PDF:\n")
    print("| extractor | paragraphs | same as the text | quotations in place |")
    print("|---|---|---|---|")
    texts = {name: clean(fix_layout_spaces(extract(pdf))) for name, extract in EXTRACTORS.items()}
    texts[TEXTKIT] = load_documents([pdf])[0].text
    for name, text in texts.items():
        got = text.split("\n")
        same = sum(1 for p in got if p in paragraphs)
        in_place = sum(len(re.findall("“[^”\n]+”", p)) for p in got)
        print(f"| {name} | {len(got)} | {same} / {len(paragraphs)} | {in_place} / {quoted} |")


def table(book, tmp: Path, a4: bool, page: str) -> None:
    """One Markdown table: every extractor on the book set on ``page``."""
    import pypdf

    docx = write_docx(book, tmp / "论述摘编.docx", a4=a4)
    pdf = soffice_pdf(docx, tmp)
    want = load_corpus([docx])
    rows = []
    for name, extract in EXTRACTORS.items():
        try:
            seconds, text = _timed(extract, pdf)
        except Exception as exc:  # a missing optional library
            print(f"{name}: {exc}", file=sys.stderr)
            continue
        raw = merged(excerpts_of(text, True, split_notes=False))
        rows.append((name, "no", compare(excerpts_of(text, False), want) | {"raw": raw}, seconds))
        rows.append((name, "yes", compare(excerpts_of(text, True), want) | {"raw": raw}, seconds))
    seconds, got = _timed(lambda path: load_corpus([path]), pdf)
    raw = merged(split_document(Document("论述摘编", clean(read_pdf(pdf)))))
    rows.append((TEXTKIT, "yes", compare(got, want) | {"raw": raw}, seconds))
    pages = len(pypdf.PdfReader(str(pdf)).pages)
    print(f"Set on {page}: {pages} pages, {len(book.passages)} numbered passages, {len(want)} excerpts in the .docx.\n")
    print("| extractor | layout spaces dropped | excerpts | same as .docx (id, text, note) | notes merged into text "
          "| … without the note-line split | stray spaces | seconds |")
    print("|---|---|---|---|---|---|---|---|")
    for name, fixed, r, seconds in rows:
        print(f"| {name} | {fixed} | {r['excerpts']} | {r['same']} / {len(want)} | {r['notes merged']} "
              f"| {r['raw']} | {r['stray spaces']} | {seconds:.2f} |")
    print()


if __name__ == "__main__":
    main()
