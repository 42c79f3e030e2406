"""write_quiz: where sheets go, which format, the answer key as a second file, and the CLI over it."""

from __future__ import annotations

import sys
import zipfile

import pytest

from export_quizzes import CORPUS, hostile_quiz, notice_quiz
from textkit.errors import ExportError
from textkit.export import FORMATS, format_for, render, safe_filename, write_quiz


def test_default_output_is_quizzes_folder_named_after_the_title(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    q = notice_quiz()
    written = write_quiz(q, None, fmt="html")
    assert written == [tmp_path.joinpath("quizzes", f"{q.title}.html").relative_to(tmp_path)]
    assert (tmp_path / written[0]).read_text(encoding="utf-8") == render(q, "html")


def test_format_follows_the_file_ending(tmp_path):
    q = notice_quiz()
    for fmt in FORMATS:
        path = tmp_path / f"sheet.{fmt}"
        assert write_quiz(q, path) == [path]
        data = path.read_bytes()
        if fmt in ("docx", "apkg", "xlsx"):
            assert zipfile.is_zipfile(path)
        elif fmt == "pdf":
            assert data.startswith(b"%PDF-")
        else:
            assert data == render(q, fmt).encode("utf-8")
    assert format_for("x.HTM") == "html" and format_for("x.markdown") == "md" and format_for("x.gift") == "gift"
    assert format_for(None) == "md" and format_for("-") == "md" and format_for(tmp_path) == "md"


@pytest.mark.parametrize("name", ["sheet.txt", "sheet.notes", "sheet", "sheet.doc", "sheet.pdf.bak"])
def test_an_ending_that_names_no_format_is_an_error_not_another_format(tmp_path, name):
    # quiz.txt used to be written as GIFT without a word: a teacher expecting text got Moodle syntax.
    with pytest.raises(ExportError, match=r"names no sheet format.*\.md, \.html, \.docx.*\.pdf.*-f") as err:
        write_quiz(notice_quiz(), tmp_path / name)
    assert name in str(err.value)
    assert not list(tmp_path.iterdir()), "nothing is written"
    with pytest.raises(ExportError, match="names no sheet format"):
        write_quiz(notice_quiz(), tmp_path / "q.md", key_path=tmp_path / "key.txt")


def test_explicit_format_wins_over_the_ending(tmp_path):
    path = tmp_path / "sheet.txt"
    write_quiz(notice_quiz(), path, fmt="csv")
    assert path.read_bytes().startswith(b"\xef\xbb\xbfid,kind,prompt")


def test_text_formats_go_to_stdout_and_binary_ones_ask_for_a_file(capsys):
    q = notice_quiz()
    assert write_quiz(q, "-", fmt="gift") == []
    assert capsys.readouterr().out == render(q, "gift")
    with pytest.raises(ExportError, match="-o"):
        write_quiz(q, "-", fmt="docx")


def test_key_path_splits_sheet_and_key(tmp_path):
    from docx import Document

    q = notice_quiz()
    sheet, key = tmp_path / "卷.docx", tmp_path / "答案.docx"
    assert write_quiz(q, sheet, key_path=key) == [sheet, key]
    sheet_text = "\n".join(p.text for p in Document(str(sheet)).paragraphs)
    key_text = "\n".join(p.text for p in Document(str(key)).paragraphs)
    assert "参考答案" not in sheet_text and "姓名：" in sheet_text
    assert "参考答案" in key_text and "姓名：" not in key_text
    assert all(a in key_text for item in q.items for a in item.answers)
    md_sheet, html_key = tmp_path / "卷.md", tmp_path / "答案.html"
    write_quiz(q, md_sheet, key_path=html_key)
    assert html_key.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert "参考答案" not in md_sheet.read_text(encoding="utf-8")


def test_key_path_refused_where_answers_live_in_each_item(tmp_path):
    with pytest.raises(ExportError, match="--key"):
        write_quiz(notice_quiz(), tmp_path / "q.csv", key_path=tmp_path / "k.md")
    with pytest.raises(ExportError, match=r"\.md, \.html, \.docx or \.pdf"):
        write_quiz(notice_quiz(), tmp_path / "q.md", key_path=tmp_path / "k.csv")


def test_hostile_title_stays_inside_the_quizzes_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    [path] = write_quiz(hostile_quiz(), None, fmt="md")
    assert (tmp_path / path).resolve().parent == (tmp_path / "quizzes").resolve()
    assert not set(path.name) & set('<>:"/\\|?*')
    assert safe_filename("../../etc/passwd") == "etc_passwd"
    assert safe_filename("  ") == "quiz" and safe_filename("CON") == "quiz_CON"
    assert safe_filename("学习宣传贯彻《论述摘编》的通知 · 学习测验") == "学习宣传贯彻《论述摘编》的通知 · 学习测验"


def test_output_folder_gets_a_file_named_after_the_title(tmp_path):
    q = notice_quiz()
    assert write_quiz(q, tmp_path, fmt="gift") == [tmp_path / f"{q.title}.gift"]


def test_unwritable_place_is_a_clear_error(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(ExportError, match="cannot write"):
        write_quiz(notice_quiz(), blocker / "sheet.md")


def test_unknown_format_is_a_clear_error(tmp_path):
    with pytest.raises(ExportError, match="unknown format 'rtf': choose one of md, html, docx.*pdf"):
        write_quiz(notice_quiz(), tmp_path / "q.md", fmt="rtf")


def test_apkg_without_genanki_says_how_to_install_it(monkeypatch):
    monkeypatch.setitem(sys.modules, "genanki", None)
    with pytest.raises(ExportError, match=r"pip install textkit\[anki\]"):
        render(notice_quiz(), "apkg")


def test_cli_quiz_make_writes_every_format(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from textkit import quiz as quiz_module
    from textkit.cli import cli

    if not hasattr(quiz_module, "make_quiz"):
        pytest.skip("make_quiz is not written yet")
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    result = runner.invoke(cli, ["quiz", "make", str(CORPUS), "-n", "6", "--seed", "7", "-f", "html"])
    assert result.exit_code == 0, result.output
    made = list((tmp_path / "quizzes").glob("*.html"))
    assert len(made) == 1 and "wrote" in result.output
    result = runner.invoke(cli, ["quiz", "make", str(CORPUS), "-n", "6", "--seed", "7", "-o", "-", "-f", "apkg"])
    assert result.exit_code == 1 and "-o" in result.output
    result = runner.invoke(cli, ["quiz", "make", str(CORPUS), "-n", "6", "--seed", "7",
                                 "-o", "卷.docx", "--key", "答案.docx"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "卷.docx").exists() and (tmp_path / "答案.docx").exists()


def test_cli_refuses_an_ending_that_names_no_format(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from textkit.cli import cli

    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    result = runner.invoke(cli, ["quiz", "make", str(CORPUS), "-n", "4", "--seed", "7", "-o", "quiz.txt"])
    assert result.exit_code == 1 and "names no sheet format" in result.output and "-f" in result.output
    assert not (tmp_path / "quiz.txt").exists()
    result = runner.invoke(cli, ["quiz", "make", str(CORPUS), "-n", "4", "--seed", "7", "-o", "quiz.txt",
                                 "-f", "gift"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "quiz.txt").read_text(encoding="utf-8").startswith("// ")


@pytest.mark.slow
def test_cli_writes_a_pdf_paper_and_its_key(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from textkit.cli import cli

    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    pytest.importorskip("fpdf")
    try:
        from textkit.export.pdf import find_fonts

        find_fonts()
    except ExportError:
        pytest.skip("no Chinese font for the pdf format")
    result = runner.invoke(cli, ["quiz", "make", str(CORPUS), "-n", "4", "--seed", "7", "-o", "卷.pdf",
                                 "--key", "答案.pdf"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "卷.pdf").read_bytes().startswith(b"%PDF-") and (tmp_path / "答案.pdf").exists()
