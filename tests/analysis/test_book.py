"""A book of numbered excerpts (论述摘编) as Word, text, Markdown, PDF and a saved web page.

The book is built at test time from the congress and government work reports (tests/book.py).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from book import DATA, TITLE, make_book, soffice_pdf, write_docx, write_text, write_web_page
from textkit.analysis.book import document_title, is_book
from textkit.analysis.excerpts import MAX_EXCERPT_CHARS, Document, split_document
from textkit.analysis.load import load_corpus, load_documents
from textkit.cli import cli
from textkit.search.index import SearchIndex

pytestmark = pytest.mark.skipif(not DATA.exists(), reason=f"{DATA} not present")


@pytest.fixture(scope="module")
def book():
    return make_book()


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("book")


@pytest.fixture(scope="module")
def docx_path(book, folder) -> Path:
    return write_docx(book, folder / "论述摘编.docx")


@pytest.fixture(scope="module")
def excerpts(docx_path):
    return load_corpus([docx_path])


def book_pdf(book, tmp_path_factory, a4: bool) -> Path:
    """The book exported to PDF by LibreOffice, once per test session (on a book's page or on A4)."""
    if not shutil.which("soffice") and not Path("/usr/bin/soffice").exists():
        pytest.skip("LibreOffice (soffice) is not installed")
    out = tmp_path_factory.getbasetemp() / ("book-pdf-a4" if a4 else "book-pdf")
    out.mkdir(exist_ok=True)
    return soffice_pdf(write_docx(book, out / "论述摘编.docx", a4=a4), out)


@pytest.fixture(scope="module")
def pdf_path(book, tmp_path_factory) -> Path:
    return book_pdf(book, tmp_path_factory, a4=False)


def by_number(excerpts) -> dict[int, list]:
    out: dict[int, list] = {}
    for e in excerpts:
        out.setdefault(e.paragraph, []).append(e)
    return out


# --- the Word file -------------------------------------------------------------------------------


def test_the_book_reads_as_its_numbered_passages_with_their_notes(book, excerpts):
    passages = by_number(excerpts)
    assert sorted(passages) == [p.number for p in book.passages]
    for p in book.passages:
        pieces = passages[p.number]
        # The passage's text, without the book's number, its paragraphs in order.
        assert "".join(e.text for e in pieces) == "".join(p.paragraphs)
        assert {e.note for e in pieces} == {p.note}
        assert {e.section for e in pieces} == {p.section}
        assert not pieces[0].text.startswith(f"{p.number}．")


def test_no_note_and_no_front_matter_is_an_excerpt(book, excerpts):
    texts = [e.text for e in excerpts]
    notes = {p.source.note for p in book.passages}
    assert not any(t in notes or t.startswith("（20") for t in texts)
    front = [*book.front[0][1], "出版说明", "中央文献出版社", *(line.split("\t")[0] for line in book.contents())]
    assert not any(t in front for t in texts)
    assert {e.section for e in excerpts} == set(book.sections)  # 目录's lines are not sections


def test_ids_follow_the_books_numbers_and_split_only_what_must_be(book, excerpts):
    passages = by_number(excerpts)
    for p in book.passages:
        pieces = passages[p.number]
        if len(p.paragraphs) == 1 and len(p.paragraphs[0]) <= MAX_EXCERPT_CHARS:
            assert [e.id for e in pieces] == [f"论述摘编#{p.number}"]
        else:
            assert [e.id for e in pieces] == [f"论述摘编#{p.number}.{n}" for n in range(1, len(pieces) + 1)]
            assert all(len(e.text) <= MAX_EXCERPT_CHARS for e in pieces)
    several = [p for p in book.passages if len(p.paragraphs) > 1]
    assert len(several) == 8  # one passage of several paragraphs in every 专题
    for p in several:  # a piece never runs across the book's paragraph break
        assert [e.text for e in passages[p.number]][-1].endswith(p.paragraphs[-1][-20:])


def test_the_title_is_the_books_own_not_the_file_name(docx_path, excerpts):
    (doc,) = load_documents([docx_path])
    assert doc.meta["title"] == TITLE and doc.name == "论述摘编"
    assert all(e.meta["title"] == TITLE for e in excerpts)


def test_offsets_point_at_each_excerpt_in_the_document(docx_path):
    (doc,) = load_documents([docx_path])
    for e in split_document(doc):
        assert doc.text[e.start:e.end] == e.text


@pytest.mark.parametrize("markdown", [False, True], ids=["txt", "md"])
def test_a_text_or_markdown_book_reads_as_the_word_file_does(book, folder, excerpts, markdown):
    path = write_text(book, folder / f"论述摘编.{'md' if markdown else 'txt'}", markdown=markdown)
    got = load_corpus([path])
    assert [(e.id, e.text, e.note, e.section) for e in got] == [(e.id, e.text, e.note, e.section) for e in excerpts]
    assert got[0].meta["title"] == TITLE


# --- search -----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def index(excerpts):
    return SearchIndex.build(excerpts)


def test_a_hit_carries_its_passages_note_and_never_the_bare_note(book, index):
    passage = next(p for p in book.passages if "工人阶级领导" in p.paragraphs[0])
    (hit,) = index.search("工人阶级领导的", k=1)
    assert hit.excerpt == f"论述摘编#{passage.number}" and hit.note == passage.note
    assert hit.to_dict()["note"] == passage.note
    # Searching the occasion finds passages, not notes standing alone.
    for hit in index.search("全国代表大会上的报告", k=5):
        assert not hit.text.startswith("（")


def test_notes_survive_saving_and_loading_and_the_excerpt_round_trip(index, excerpts, tmp_path):
    index.save(tmp_path / "idx")
    loaded = SearchIndex.load(tmp_path / "idx")
    assert [(e.id, e.text, e.note) for e in loaded.excerpts] == [(e.id, e.text, e.note) for e in excerpts]
    (hit,) = loaded.search("工人阶级领导的", k=1)
    assert hit.note and hit.note.endswith("的报告")


def test_an_index_without_notes_loads_with_note_none(tmp_path):
    notice = load_corpus([Path(__file__).resolve().parents[2] / "corpus"])
    SearchIndex.build(notice).save(tmp_path / "idx")
    files = {f.name for f in next((tmp_path / "idx").glob("g-*")).iterdir()}
    assert "note.bin" not in files  # as an index saved before notes were kept
    (hit,) = SearchIndex.load(tmp_path / "idx").search("两个维护", k=1)
    assert hit.note is None and hit.to_dict()["note"] is None


def test_cli_search_shows_the_note_and_keeps_to_a_section(docx_path, book, tmp_path):
    runner = CliRunner()
    idx = str(tmp_path / "book.idx")
    assert runner.invoke(cli, ["-q", "index", str(docx_path), "--index", idx]).exit_code == 0
    result = runner.invoke(cli, ["search", "工人阶级领导的", "--index", idx, "-k", "1"])
    assert result.exit_code == 0, result.output
    passage = next(p for p in book.passages if "工人阶级领导" in p.paragraphs[0])
    assert f"—— （{passage.note}）" in result.output
    result = runner.invoke(cli, ["search", "改革 发展", "--index", idx, "-k", "10", "--section", "六、", "--json"])
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert rows and all(r["section"] == "六、构建和谐劳动关系" and r["note"] for r in rows)


# --- PDF -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("a4", [False, pytest.param(True, marks=pytest.mark.slow)], ids=["book-page", "a4"])
def test_the_pdf_of_the_book_gives_the_same_excerpts_as_the_word_file(book, tmp_path_factory, excerpts, a4):
    (doc,) = load_documents([book_pdf(book, tmp_path_factory, a4)])
    got = split_document(doc)
    assert [(e.id, e.section, e.note) for e in got] == [(e.id, e.section, e.note) for e in excerpts]
    assert [e.text for e in got] == [e.text for e in excerpts]
    assert doc.meta["title"] == TITLE
    assert " 年" not in doc.text and " 月" not in doc.text  # no layout spaces: 2017年10月18日


def test_a_password_protected_pdf_is_skipped_saying_so_and_an_owner_lock_is_read(pdf_path, tmp_path, caplog):
    import pypdf

    for name, user in (("locked", "secret"), ("owner", "")):
        writer = pypdf.PdfWriter()
        writer.append(str(pdf_path), pages=(0, 2))  # the title page and 出版说明 are enough
        writer.encrypt(user, owner_password="owner-secret")
        writer.write(str(tmp_path / f"{name}.pdf"))
    with caplog.at_level("WARNING", logger="textkit.analysis.load"):
        docs = load_documents([tmp_path / "locked.pdf", tmp_path / "owner.pdf"])
    assert [d.name for d in docs] == ["owner"] and docs[0].meta["title"] == TITLE
    assert "locked.pdf: the PDF is password-protected" in caplog.text


# --- a saved web page ----------------------------------------------------------------------------


def test_a_saved_web_page_gives_its_article_only(book, folder):
    path = write_web_page(book, folder / "文章.html")
    (doc,) = load_documents([path])
    assert doc.meta["title"] == f"深入学习《{TITLE}》"
    for passage in book.passages[:4]:
        for p in passage.paragraphs:
            assert p in doc.text
    for chrome in ("中工网首页", "登录", "分享到", "微博", "京ICP备", "京公网安备", "责任编辑", "相关新闻",
                   "热点推荐", "版权所有", "请输入关键词", "当前位置"):
        assert chrome not in doc.text


# --- what is not a book reads as before ----------------------------------------------------------


def test_reports_and_notice_are_not_books():
    reports = load_documents([DATA / "government_work_reports.jsonl"])
    assert not any(is_book(d.text.split("\n")) for d in reports)
    resolution = next(d for d in reports if d.name.startswith("第十四届全国人民代表大会第一次会议"))
    # Its own （2023年3月13日…通过） line stays an excerpt: a report is not a book of notes.
    assert any(e.text.startswith("（2023年3月13日") for e in split_document(resolution))
    assert resolution.meta["title"] == resolution.name


def test_numbered_list_without_notes_is_paragraphs():
    doc = Document("清单", "一、要求\n1．坚持学习。\n2．联系实际。\n3．注重实效。")
    assert [e.id for e in split_document(doc)] == ["清单#1", "清单#2", "清单#3"]
    assert split_document(doc)[0].text == "1．坚持学习。"


def test_numbers_that_restart_in_every_section_stay_unique():
    text = "\n".join(["一、甲", "1．学习甲。", "（2013年4月28日在甲会上的讲话）", "2．学习乙。", "（2014年4月30日在乙地的讲话）",
                      "二、乙", "1．学习丙。", "（2015年4月28日在丙会上的讲话）"])
    ids = [e.id for e in split_document(Document("书", text))]
    assert ids == ["书#1-1", "书#1-2", "书#2-1"]


@pytest.mark.parametrize("text, title", [
    ("关于组织学习宣传贯彻《论述摘编》的通知\n各单位：", "关于组织学习宣传贯彻《论述摘编》的通知"),
    ("# 习近平关于工人阶级和工会工作论述摘编\n出版说明", TITLE),
    ("《习近平关于工人阶级和工会工作论述摘编》\n出版说明", TITLE),
    ("各位代表：\n现在，我代表国务院。", None),
    ("一、2024年工作回顾\n过去一年。", None),
    ("坚决做到两个维护，增强四个意识。", None),
])
def test_document_title(text, title):
    assert document_title(text) == title


def test_front_matter_without_a_first_heading_and_back_matter_are_not_passages():
    text = "\n".join(["出版说明", "本书收入论述三段。", "1．学习甲。", "（2013年4月28日在甲会上的讲话）", "2．学习乙。",
                      "（2014年4月30日在乙地的讲话）", "3．学习丙。", "（2015年4月28日在丙会上的讲话）", "后记", "本书编辑中得到帮助。"])
    excerpts = split_document(Document("书", text))
    assert [(e.id, e.text, e.section) for e in excerpts] == [("书#1", "学习甲。", ""), ("书#2", "学习乙。", ""),
                                                              ("书#3", "学习丙。", "")]


def test_a_plain_document_as_pdf_reads_as_its_text_quotation_marks_in_place(tmp_path_factory):
    """The notice as Word saves it (no indents, “” set in a Latin font), exported by LibreOffice."""
    import docx

    if not shutil.which("soffice") and not Path("/usr/bin/soffice").exists():
        pytest.skip("LibreOffice (soffice) is not installed")
    (notice,) = load_documents([Path(__file__).resolve().parents[2] / "corpus" / "学习宣传贯彻《论述摘编》的通知.txt"])
    paragraphs = notice.text.split("\n")
    out = tmp_path_factory.mktemp("notice-pdf")
    document = docx.Document()
    for p in paragraphs:
        document.add_paragraph(p)
    document.save(str(out / "通知.docx"))
    (doc,) = load_documents([soffice_pdf(out / "通知.docx", out)])
    assert doc.text.split("\n") == paragraphs
    assert "做到“两个维护”" in doc.text  # not 做到两个维护 with the marks on lines of their own


def _replace_sealed(path: Path, name: str, data) -> None:
    """Put ``data`` (bytes or an array) in place of an index file, its size and CRC recorded: checksums pass."""
    from textkit.search import storage

    gen = path / storage.current_generation(path)
    (gen / name).unlink()
    info = storage._write_file(gen / name, data)
    manifest = json.loads((gen / "manifest.json").read_text(encoding="utf-8"))
    manifest["files"][name] = info
    manifest["checksum"] = storage._manifest_hash(manifest)
    (gen / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")


def test_crafted_note_offsets_are_refused_not_believed(index, tmp_path):
    import numpy as np

    from textkit.errors import IndexCorrupt

    index.save(tmp_path / "idx")
    off = np.load(next((tmp_path / "idx").glob("g-*")) / "note_off.npy")
    crafted = off.copy()
    crafted[1] = crafted[-1] + 1000  # a note reaching past the end of note.bin
    _replace_sealed(tmp_path / "idx", "note_off.npy", crafted)
    with pytest.raises(IndexCorrupt, match="note offsets .*rebuild"):
        SearchIndex.load(tmp_path / "idx")


@pytest.mark.parametrize("seed", [1, 2])
def test_the_book_s_paper_has_exactly_the_counts_asked(excerpts, seed):
    """Issue 15: quiz make BOOK --kind cloze=4,choice=4,multi=3,judge=4,source=3 gives exactly those counts."""
    from collections import Counter

    from textkit.quiz.maker import make_quiz

    quiz = make_quiz(excerpts, kind="cloze=4,choice=4,multi=3,judge=4,source=3", seed=seed)
    assert Counter(item.kind for item in quiz.items) == {"cloze": 4, "choice": 4, "multi": 3, "judge": 4, "source": 3}
    assert [item.id for item in quiz.items] == [f"q{i:02d}" for i in range(1, 19)]
