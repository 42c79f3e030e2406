"""Loading: every input format from real files made here, and bad files skipped with a warning."""

from __future__ import annotations

import json
import logging
import os
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from textkit.analysis import load as load_module
from textkit.errors import EmptyCorpus, LoadError, SourceNotFound
from textkit.analysis.load import decode_bytes, load_corpus, load_documents
from textkit.analysis.normalize import clean
from pdf_text import wrap_like_a_pdf

ROOT = Path(__file__).resolve().parents[2]
NOTICE = ROOT / "corpus" / "学习宣传贯彻《论述摘编》的通知.txt"
REPORTS = ROOT.parent / "shared" / "data" / "political" / "government_work_reports.jsonl"
TITLE = "关于组织学习宣传贯彻《习近平关于工人阶级和工会工作论述摘编》的通知"


@pytest.fixture(scope="module")
def raw() -> str:
    return NOTICE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def paragraphs(raw) -> list[str]:
    return clean(raw).split("\n")


def warnings_of(caplog) -> str:
    return "\n".join(r.getMessage() for r in caplog.records if r.name == "textkit.analysis.load" and r.levelno >= logging.WARNING)


# --- text in any encoding ---------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16", "utf-16-be"])
def test_encodings_load_to_exactly_the_utf8_text(tmp_path, raw, encoding):
    data = raw.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data  # with its BOM, as Windows Notepad writes it
    (tmp_path / f"通知.{encoding}.txt").write_bytes(data)
    (doc,) = load_documents([tmp_path / f"通知.{encoding}.txt"])
    assert doc.text == clean(raw)
    assert doc.text.startswith(TITLE)


def test_short_gbk_text_is_read_as_chinese_not_korean():
    assert decode_bytes("坚决做到两个维护".encode("gb18030")) == "坚决做到两个维护"


def test_big5_traditional_text_is_detected():
    text = "堅決做到兩個維護，增強四個意識，堅定四個自信。" * 3
    assert decode_bytes(text.encode("big5")) == text


def test_utf8_with_a_few_damaged_bytes_is_kept_with_a_warning(raw, caplog):
    data = raw.encode("utf-8")
    damaged = data[:100] + b"\xff" + data[100:]
    text = decode_bytes(damaged, "notice.txt")
    assert TITLE[:10] in text and "\ufffd" in text
    assert "notice.txt" in warnings_of(caplog)


def test_decode_bytes_names_the_input_when_it_is_binary():
    with pytest.raises(LoadError, match="stdin.*binary"):
        decode_bytes(bytes(range(256)) * 20, "stdin")


# --- Word, PDF, HTML, Markdown, JSON Lines ----------------------------------------------------


def test_docx_paragraphs_headings_and_table_cells(tmp_path, paragraphs):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_heading("学习通知", level=1)
    # The title broken over two Word paragraphs, as pasted from a PDF.
    document.add_paragraph("关于组织学习宣传贯彻《习近平关于工人阶级和")
    document.add_paragraph("工会工作论述摘编》的通知")
    for para in paragraphs[1:]:
        document.add_paragraph(para)
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "劳模精神"
    table.cell(0, 1).text = "工匠精神"
    table.cell(1, 0).merge(table.cell(1, 1)).text = "急难愁盼"
    document.save(tmp_path / "通知.docx")

    (doc,) = load_documents([tmp_path / "通知.docx"])
    lines = doc.text.split("\n")
    assert lines[0] == "# 学习通知"
    assert lines[1] == TITLE
    assert lines[2 : 2 + len(paragraphs) - 1] == paragraphs[1:]
    assert lines[-3:] == ["劳模精神", "工匠精神", "急难愁盼"]  # the merged cell once
    excerpts = load_corpus([tmp_path / "通知.docx"])
    assert excerpts[0].section == "学习通知"
    assert not any(e.text.startswith("#") for e in excerpts)


def make_pdf(path: Path, pages: list[list[str]]) -> None:
    """Write a PDF whose text pypdf can extract, Chinese included.

    The font is Adobe's predefined STSong-Light with the UniGB-UTF16-H encoding: readers know
    it without embedding, so the page text is plain UTF-16 that pypdf decodes. Each string in a
    page's list is one printed line.
    """
    from pypdf import PdfWriter
    from pypdf.generic import (
        ArrayObject,
        DecodedStreamObject,
        DictionaryObject,
        NameObject,
        NumberObject,
        TextStringObject,
    )

    writer = PdfWriter()
    for lines in pages:
        page = writer.add_blank_page(595, 842)
        cid_font = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/CIDFontType0"),
                NameObject("/BaseFont"): NameObject("/STSong-Light"),
                NameObject("/CIDSystemInfo"): DictionaryObject(
                    {
                        NameObject("/Registry"): TextStringObject("Adobe"),
                        NameObject("/Ordering"): TextStringObject("GB1"),
                        NameObject("/Supplement"): NumberObject(4),
                    }
                ),
            }
        )
        font = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type0"),
                NameObject("/BaseFont"): NameObject("/STSong-Light"),
                NameObject("/Encoding"): NameObject("/UniGB-UTF16-H"),
                NameObject("/DescendantFonts"): ArrayObject([writer._add_object(cid_font)]),
            }
        )
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): writer._add_object(font)})}
        )
        ops = ["BT", "/F1 12 Tf", "16 TL", "50 800 Td"]
        ops += [f"<{line.encode('utf-16-be').hex()}> Tj T*" for line in lines]
        ops.append("ET")
        stream = DecodedStreamObject()
        stream.set_data("\n".join(ops).encode("ascii"))
        page[NameObject("/Contents")] = writer._add_object(stream)
    with path.open("wb") as out:
        writer.write(out)



def test_pdf_lines_wrapped_by_the_layout_are_joined_across_pages(tmp_path, paragraphs):
    lines = [line for para in paragraphs for line in wrap_like_a_pdf(para)]
    make_pdf(tmp_path / "通知.pdf", [lines[:20], ["- 2 -"] + lines[20:]])  # a page number too
    (doc,) = load_documents([tmp_path / "通知.pdf"])
    assert doc.text.split("\n")[0] == TITLE
    assert doc.text.replace("\n", "") == "".join(paragraphs)
    # Headings stay lines of their own, so excerpts know their section.
    assert "一、提高政治站位，深刻认识《论述摘编》出版发行的重大意义" in doc.text.split("\n")
    assert "- 2 -" not in doc.text


def test_pdf_with_latin_text(tmp_path):
    make_pdf(tmp_path / "report.pdf", [["Trade unions protect the rights", "of workers."]])
    (doc,) = load_documents([tmp_path / "report.pdf"])
    assert "rights" in doc.text and "workers." in doc.text


def test_html_drops_scripts_and_styles_and_decodes_entities(tmp_path, paragraphs):
    body = "".join(f"<p>{p}</p>\n" for p in paragraphs[1:3])
    page = (
        "<html><head><title>通知</title><style>p {color: red}</style>"
        "<script>var x = '两个维护';</script></head><body>"
        "<h1>关于组织学习宣传贯彻《习近平关于工人阶级和<br>工会工作论述摘编》的通知</h1>"
        f"{body}<p>劳模精神&amp;工匠精神&nbsp;&#20004;&#20010;&#32500;&#25252;</p>"
        "<script>alert(1)</script></body></html>"
    )
    (tmp_path / "通知.html").write_text(page, encoding="utf-8")
    (doc,) = load_documents([tmp_path / "通知.html"])
    lines = doc.text.split("\n")
    assert lines[0] == "# " + TITLE
    assert lines[1:3] == paragraphs[1:3]
    assert lines[3] == "劳模精神&工匠精神两个维护"  # NBSP between Chinese characters dropped
    assert "alert" not in doc.text and "color" not in doc.text and "var x" not in doc.text


def test_markdown_headings_become_sections(tmp_path, paragraphs):
    (tmp_path / "notes.md").write_text("# 学习要点\n\n" + "\n\n".join(paragraphs[2:4]), encoding="utf-8")
    excerpts = load_corpus([tmp_path / "notes.md"])
    assert excerpts[0].section == "学习要点"


def test_jsonl_rows_become_documents_and_a_bad_line_is_named(tmp_path, paragraphs, caplog):
    rows = [
        json.dumps({"title": "通知", "content": "\n\n".join(paragraphs), "year": 2023}, ensure_ascii=False),
        "{not json",
        json.dumps({"text": paragraphs[2], "source": "web"}, ensure_ascii=False),
        json.dumps(["a list"]),
        json.dumps({"title": "空"}),
    ]
    path = tmp_path / "docs.jsonl"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    docs = load_documents([path])
    assert [d.name for d in docs] == ["通知", "docs:3"]
    assert docs[0].meta == {"year": 2023, "title": "通知"} and docs[1].meta == {"source": "web"}
    assert docs[0].text.startswith(TITLE)
    warned = warnings_of(caplog)
    assert f"{path}:2" in warned and f"{path}:4" in warned and f"{path}:5" in warned


def test_duplicate_names_are_made_unique_stably(tmp_path, raw):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "通知.txt").write_text(raw, encoding="utf-8")
    (tmp_path / "b" / "通知.md").write_text(raw, encoding="utf-8")
    names = [d.name for d in load_documents([tmp_path])]
    # The folder tells the first two apart; the last differs only by its ending, so it is numbered.
    assert names == ["a/通知", "b/通知", "b/通知 (2)"]
    assert [d.name for d in load_documents([tmp_path])] == names


# --- folders and bad files --------------------------------------------------------------------


def test_folder_with_bad_files_loads_the_good_ones_and_names_the_bad(tmp_path, raw, caplog):
    (tmp_path / "good.txt").write_text(raw, encoding="utf-8")
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04 this is not really a Word file")
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj garbage")
    (tmp_path / "binary.txt").write_bytes(os.urandom(4096))
    (tmp_path / "nul.txt").write_bytes(raw.encode("utf-8").replace("，".encode(), b"\x00\x00\x00"))
    (tmp_path / "empty.md").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b" \n\t\n")
    (tmp_path / "picture.png").write_bytes(b"\x89PNG not a document")  # not a document type: ignored
    docs = load_documents([tmp_path])
    assert [d.name for d in docs] == ["good"]
    warned = warnings_of(caplog)
    for bad in ("broken.docx", "broken.pdf", "binary.txt", "nul.txt", "empty.md", "blank.txt"):
        assert str(tmp_path / bad) in warned
    assert "picture.png" not in warned
    assert "Word" in warned and "PDF" in warned and "empty" in warned


def test_a_text_file_that_is_really_a_zip_says_so(tmp_path, caplog):
    (tmp_path / "report.txt").write_bytes(b"PK\x03\x04" + os.urandom(100))
    assert load_documents([tmp_path / "report.txt"]) == []
    assert "save Word documents as .docx" in warnings_of(caplog)


def test_missing_path_is_an_error_that_says_so(tmp_path):
    with pytest.raises(SourceNotFound, match="no such file or folder"):
        load_corpus([NOTICE, tmp_path / "nowhere.txt"])


def test_nothing_loadable_is_an_empty_corpus_error_saying_what_to_do(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.raises(EmptyCorpus, match=r"\.txt, \.md, \.docx"):
        load_corpus([tmp_path])
    with pytest.raises(EmptyCorpus):
        load_corpus([])


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks here")
def test_symlink_loop_in_a_folder_is_read_once(tmp_path, raw, caplog):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "通知.txt").write_text(raw, encoding="utf-8")
    os.symlink(tmp_path / "docs", tmp_path / "docs" / "loop")
    os.symlink(tmp_path / "docs" / "通知.txt", tmp_path / "docs" / "link.txt")
    docs = load_documents([tmp_path])
    assert len(docs) == 1  # the file reached through three paths is loaded once
    assert "symlink loop" in warnings_of(caplog)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads every file")
def test_unreadable_file_is_skipped(tmp_path, raw, caplog):
    (tmp_path / "a.txt").write_text(raw, encoding="utf-8")
    secret = tmp_path / "b.txt"
    secret.write_text(raw, encoding="utf-8")
    secret.chmod(0)
    try:
        assert [d.name for d in load_documents([tmp_path])] == ["a"]
    finally:
        secret.chmod(0o644)
    assert str(secret) in warnings_of(caplog)


def test_government_reports_load_whole(caplog):
    if not REPORTS.exists():
        pytest.skip(f"{REPORTS} not present")
    started = time.perf_counter()
    excerpts = load_corpus([REPORTS])
    logging.getLogger(__name__).info("loaded %d excerpts in %.2f s", len(excerpts), time.perf_counter() - started)
    docs = {e.doc for e in excerpts}
    assert len(docs) == 72
    assert "2025年中华人民共和国国务院政府工作报告" in docs
    assert not warnings_of(caplog)


def test_truncated_docx_and_pdf_are_skipped_with_a_warning(tmp_path, paragraphs, caplog):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    for para in paragraphs:
        document.add_paragraph(para)
    document.save(tmp_path / "whole.docx")
    data = (tmp_path / "whole.docx").read_bytes()
    (tmp_path / "cut.docx").write_bytes(data[: len(data) // 2])
    make_pdf(tmp_path / "whole.pdf", [wrap_like_a_pdf(p) for p in paragraphs])
    data = (tmp_path / "whole.pdf").read_bytes()
    (tmp_path / "cut.pdf").write_bytes(data[: len(data) // 3])
    names = [d.name for d in load_documents([tmp_path])]
    assert "whole" in names and "whole (2)" in names  # whole.docx and whole.pdf
    assert "cut" not in names
    assert str(tmp_path / "cut.docx") in warnings_of(caplog)
    assert str(tmp_path / "cut.pdf") in warnings_of(caplog)


def test_a_file_over_the_size_limit_is_skipped(tmp_path, raw, caplog, monkeypatch):
    (tmp_path / "big.txt").write_text(raw * 4, encoding="utf-8")
    (tmp_path / "small.txt").write_text(raw, encoding="utf-8")
    from textkit.analysis import sources

    monkeypatch.setattr(sources, "MAX_FILE_BYTES", len(raw.encode()) * 2)
    assert [d.name for d in load_documents([tmp_path])] == ["small"]
    assert "too large" in warnings_of(caplog)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    suffix=st.sampled_from(load_module.SUFFIXES),
    data=st.one_of(
        st.binary(max_size=400),
        st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")),
        st.sampled_from([b"PK\x03\x04", b"%PDF-1.7\n", b"<html><script>", b'{"content": 1}\n[1]\n']),
    ),
)
def test_any_bytes_in_any_file_type_load_or_warn_never_crash(tmp_path, suffix, data):
    path = tmp_path / f"x{suffix}"
    path.write_bytes(data)
    for doc in load_documents([path]):
        assert doc.text.strip() and "\x00" not in doc.text


def test_a_jsonl_in_the_wrong_encoding_warns_a_few_times_then_sums_up(tmp_path, paragraphs, caplog):
    rows = [json.dumps({"title": f"第{n}段", "content": p}, ensure_ascii=False) for n, p in enumerate(paragraphs)]
    path = tmp_path / "gbk.jsonl"
    path.write_bytes("\n".join(rows).encode("gb18030"))
    assert load_documents([path]) == []
    records = [r.getMessage() for r in caplog.records if r.name == "textkit.analysis.load"]
    assert len(records) == 7  # five lines named, one summary, one for the file
    assert f"{path}:1: not a JSON object in UTF-8" in records[0]
    assert "9 bad lines in all" in records[5]
