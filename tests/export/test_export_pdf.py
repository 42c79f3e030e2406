"""The PDF paper: every kind printed with an embedded Chinese font, read back by poppler and pypdf."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from export_quizzes import CORPUS, every_kind_quiz, hostile_quiz
from pdf_text import pdf_pages, squeeze
from textkit.errors import ExportError
from textkit.export import render, write_quiz
from textkit.export.sheet import CHOICE_KINDS, LETTERS, answer_text, choice_prompt, parts, total_points

pytest.importorskip("fpdf", reason="pip install 'textkit[pdf]' for the pdf format")
pdf = pytest.importorskip("textkit.export.pdf")


def _font_or_skip():
    try:
        return pdf.find_fonts()
    except ExportError:
        pytest.skip("no Chinese font on this system (apt-get install fonts-noto-cjk)")


@pytest.fixture(scope="module")
def paper() -> tuple[object, bytes]:
    _font_or_skip()
    quiz = every_kind_quiz()
    return quiz, render(quiz, "pdf")


def test_paper_is_a4_with_the_chinese_font_embedded(paper):
    from pypdf import PdfReader

    _, data = paper
    reader = PdfReader(io.BytesIO(data))
    box = reader.pages[0].mediabox
    assert abs(float(box.width) - 595.3) < 1 and abs(float(box.height) - 841.9) < 1, "A4 in points"
    fonts = [font.get_object() for page in reader.pages
             for font in page["/Resources"]["/Font"].values()]
    assert fonts
    for font in fonts:
        descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
        assert any(k in descriptor for k in ("/FontFile2", "/FontFile3")), "the font travels in the file"
        assert "CJK" in str(font["/BaseFont"]) or "Han" in str(font["/BaseFont"]) or "Song" in str(font["/BaseFont"])
    assert reader.metadata.title == every_kind_quiz().title


def test_every_prompt_and_option_reads_back_in_order(paper):
    quiz, data = paper
    pages = pdf_pages(data)
    key_at = next(i for i, text in enumerate(pages) if "参考答案" in text)
    assert key_at >= 1, "the key starts on its own page"
    sheet = squeeze("".join(pages[:key_at]))
    assert sheet.startswith(squeeze(quiz.title))
    assert all(label in sheet for label in ("姓名：", "部门：", "得分：", f"（满分{total_points(quiz)}分）"))
    at = 0
    for part in parts(quiz):
        at = sheet.index(squeeze(part.heading), at)
        if part.rule:
            assert squeeze(part.rule) in sheet
        for number, item in part.items:
            shown = item.prompt if item.kind == "cloze" else choice_prompt(item)  # cloze keeps one ＿ a character
            at = sheet.index(squeeze(f"{number}．{shown}"), at)
            if item.kind in CHOICE_KINDS:
                for i, choice in enumerate(item.choices):
                    box = "□" if item.kind == "multi" else ""
                    at = sheet.index(squeeze(f"{box}{LETTERS[i]}．{choice}"), at)
    assert "�" not in sheet and "\x00" not in sheet, "no missing glyph or garbled character"


def test_key_gives_each_answer_and_the_original_of_a_false_statement(paper):
    quiz, data = paper
    pages = pdf_pages(data)
    key_at = next(i for i, text in enumerate(pages) if "参考答案" in text)
    key = squeeze("".join(pages[key_at:]))
    assert pages[key_at].strip().startswith("参考答案")
    at = 0
    for part in parts(quiz):
        for number, item in part.items:
            at = key.index(squeeze(f"{number}．{answer_text(item)}"), at)
            if item.kind == "judge" and item.original:
                assert key.index(squeeze(f"原句：{item.original}"), at) < key.index(squeeze(f"{number + 1}．"), at)
    assert squeeze("2013年4月28日在同全国劳动模范代表座谈时的讲话") in key, "the source note is cited"
    assert re.search(r"第 ?1 ?页 ?共 ?\d+ ?页", pages[0]), "a page footer"


def test_lines_are_broken_the_chinese_way(paper):
    _, data = paper
    for page in pdf_pages(data):
        for line in page.splitlines():
            text = line.strip()
            if text:
                assert text[0] not in "，。、；：？！”’》）", f"a line starts with punctuation: {text!r}"
                assert text[-1] not in "“‘《（", f"a line ends with an opening mark: {text!r}"


def test_sheet_and_key_as_two_files(tmp_path):
    _font_or_skip()
    quiz = every_kind_quiz()
    sheet, key = tmp_path / "试卷.pdf", tmp_path / "答案.pdf"
    assert write_quiz(quiz, sheet, key_path=key) == [sheet, key]
    sheet_text = squeeze("".join(pdf_pages(sheet.read_bytes())))
    key_text = squeeze("".join(pdf_pages(key.read_bytes())))
    assert "参考答案" not in sheet_text and "姓名：" in sheet_text
    assert "参考答案" in key_text and "姓名：" not in key_text and key_text.startswith(squeeze(quiz.title))
    assert all(squeeze(answer_text(item)) in key_text for item in quiz.items)
    assert "原文：" not in sheet_text


def test_the_font_has_every_character_of_the_corpus():
    from fontTools.ttLib import TTFont

    body, head = _font_or_skip()
    text = "".join(p.read_text(encoding="utf-8") for p in CORPUS.glob("*.txt"))
    needed = {ch for ch in text if not ch.isspace()} | set("＿□（）：；对错一二三四五、．")
    for font in (body, head):
        with TTFont(str(font.path), fontNumber=font.index, lazy=True) as face:
            cmap = face.getBestCmap()
        missing = sorted(ch for ch in needed if ord(ch) not in cmap)
        assert not missing, f"{font.path.name} lacks {''.join(missing)}"


def test_hostile_text_prints_as_text(tmp_path):
    _font_or_skip()
    quiz = hostile_quiz()
    text = "".join(pdf_pages(render(quiz, "pdf")))
    assert "<script>alert(1)</script>" in text and "{braces}" in text


def test_a_character_the_font_lacks_is_named_in_a_warning(caplog):
    from dataclasses import replace

    _font_or_skip()
    quiz = every_kind_quiz()
    odd = replace(quiz.items[0], prompt=quiz.items[0].prompt + "😀")
    with caplog.at_level("WARNING", logger="textkit"):
        render(type(quiz)(quiz.title, [odd]), "pdf")
    assert any("😀" in r.getMessage() and pdf.FONT_ENV in r.getMessage() for r in caplog.records)


def test_without_a_chinese_font_the_error_names_the_package(monkeypatch, tmp_path):
    monkeypatch.delenv(pdf.FONT_ENV, raising=False)
    monkeypatch.setattr(pdf, "FONT_DIRS", (str(tmp_path),))
    with pytest.raises(ExportError, match="apt-get install fonts-noto-cjk") as err:
        render(every_kind_quiz(), "pdf")
    assert pdf.FONT_ENV in str(err.value)
    monkeypatch.setenv(pdf.FONT_ENV, str(tmp_path / "nope.otf"))
    with pytest.raises(ExportError, match="no such font file"):
        pdf.find_fonts()
    latin = next((p for p in Path("/usr/share/fonts").rglob("DejaVuSans.ttf")), None)
    if latin is not None:
        monkeypatch.setenv(pdf.FONT_ENV, str(latin))
        with pytest.raises(ExportError, match="has no Chinese characters"):
            pdf.find_fonts()


def test_a_font_named_by_the_environment_is_used(monkeypatch):
    body, _ = _font_or_skip()
    monkeypatch.setenv(pdf.FONT_ENV, f"{body.path}:{body.index}")
    assert pdf.find_fonts() == (body, body)
