"""Hostile input through the command line: every bad file and bad query gets exit 1 (or 2 for bad
usage) and a message saying what is wrong and what to do; never a traceback, never a silent wrong
answer. Checked in-process with CliRunner and, for a sample, as real ``python -m textkit`` processes.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from textkit import SearchIndex, Segmenter
from textkit.cli import cli
from textkit.errors import TextkitError
from textkit.analysis.load import load_corpus

ROOT = Path(__file__).resolve().parents[1]
NOTICE = ROOT / "corpus" / "学习宣传贯彻《论述摘编》的通知.txt"
ENV = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}


@pytest.fixture(scope="module")
def notice() -> str:
    return NOTICE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def index_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "notice.idx"
    SearchIndex.build(load_corpus([NOTICE]), segmenter=Segmenter(engine="fast", mode="search")).save(path)
    return path


def _docx(path: Path, text: str) -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph(text)
    document.save(str(path))
    return path.read_bytes()


@pytest.fixture(scope="module")
def bad(tmp_path_factory, notice) -> Path:
    """A folder of the files users hand over, each bad in its own way, and one good file."""
    root = tmp_path_factory.mktemp("bad")
    (root / "good.txt").write_text(notice, encoding="utf-8")
    files = {
        "binary.txt": bytes(range(256)) * 20,
        "image.txt": b"\x89PNG\r\n\x1a\n" + bytes(range(200)),
        "empty.txt": b"",
        "blank.md": b"  \n\n\t\n",
        "nul.txt": "坚决做到两个维护\x00\x01\x07。".encode() * 50,
        "mixed.txt": notice[:300].encode("utf-8") + notice[300:600].encode("gb18030"),
        "not-word.docx": "这不是Word文件".encode(),
        "not-pdf.pdf": "这不是PDF".encode(),
        "old-word.txt": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100),
        "bad.jsonl": b'{"content": "\xe4\xb8"\n[1, 2]\nnull\n{"text": 5}\n',
        "script.html": b"<html><script>alert(1)</script><style>p{}</style></html>",
    }
    for name, data in files.items():
        (root / name).write_bytes(data)
    whole = _docx(root / "whole.docx", notice[:400])
    (root / "whole.docx").unlink()
    (root / "truncated.docx").write_bytes(whole[: len(whole) // 2])
    with zipfile.ZipFile(root / "empty-zip.docx", "w"):
        pass
    (root / "truncated.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\n")
    with open(root / "huge.txt", "wb") as f:  # sparse: 300 MB on paper, nothing on disk
        f.truncate(300 * 2**20)
    (root / "loop").mkdir()
    (root / "loop" / "back").symlink_to(root, target_is_directory=True)
    (root / "dangling.txt").symlink_to(root / "nowhere.txt")
    return root


def run(*args: str, input: str | bytes | None = None):
    return CliRunner().invoke(cli, list(args), input=input)


def assert_fails_cleanly(result, code: int, *phrases: str) -> None:
    """Exit ``code``, the message holds each phrase, and nothing escaped as an exception."""
    assert result.exit_code == code, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output and "internal error" not in result.output, result.output
    for phrase in phrases:
        assert phrase in result.output, f"{phrase!r} not in {result.output!r}"


# ---------------------------------------------------------------- bad files

NO_TEXT = "no text could be loaded"
WHAT_TO_DO = "give .txt, .md, .docx, .pdf, .html or .jsonl files"

BAD_FILES = [
    ("binary.txt", "a binary file"),
    ("image.txt", "this is an image, not text"),
    ("empty.txt", "empty"),
    ("blank.md", "empty"),
    ("nul.txt", "NUL or control characters"),
    ("mixed.txt", "mixed encodings?); save it as UTF-8"),
    ("not-word.docx", "not a readable Word .docx file"),
    ("truncated.docx", "not a readable Word .docx file"),
    ("empty-zip.docx", "not a readable Word .docx file"),
    ("not-pdf.pdf", "not a readable PDF"),
    ("truncated.pdf", "not a readable PDF"),
    ("old-word.txt", "save it as .docx"),
    ("bad.jsonl", "no line holds a JSON object"),
    ("script.html", "empty"),
    ("huge.txt", "too large (300 MB, the limit is 256 MB); split it"),
]


@pytest.mark.parametrize("name, why", BAD_FILES, ids=[n for n, _ in BAD_FILES])
def test_a_bad_file_alone_is_named_with_why_and_exit_1(bad, tmp_path, name, why):
    result = run("index", str(bad / name), "--index", str(tmp_path / "x.idx"))
    assert_fails_cleanly(result, 1, f"skipped {bad / name}", why, NO_TEXT, WHAT_TO_DO)
    assert not (tmp_path / "x.idx").exists(), "nothing is written when nothing loaded"


def test_bad_jsonl_lines_are_each_named_by_line(bad, tmp_path):
    result = run("index", str(bad / "bad.jsonl"), "--index", str(tmp_path / "x.idx"))
    for line, why in ((1, "not a JSON object in UTF-8"), (2, "a JSON list, not an object"), (4, "no text in")):
        assert f"{bad / 'bad.jsonl'}:{line}: {why}" in result.output


def test_a_folder_with_bad_files_indexes_the_good_one_and_names_each_bad_one(bad, tmp_path, notice):
    result = run("index", str(bad), "--index", str(tmp_path / "x.idx"))
    assert result.exit_code == 0, result.output
    for name, _ in BAD_FILES:
        assert f"skipped {bad / name}" in result.output
    assert "symlink loop" in result.output
    assert "dangling.txt" in result.output
    index = SearchIndex.load(tmp_path / "x.idx")
    assert {e.doc for e in index.excerpts} == {"good"}
    assert index.search("两个维护", k=1)[0].doc == "good"


def test_a_few_control_characters_and_a_huge_line_still_load(tmp_path, notice):
    """Text pasted from a terminal or WeChat: stray controls go; a 300,000-character line is cut up."""
    dirty = notice.replace("两个维护", "两个\x07维护\u200b", 1).replace("。", "。\x1b", 3)
    (tmp_path / "dirty.txt").write_text(dirty, encoding="utf-8")
    (tmp_path / "one-line.txt").write_text("坚决做到两个维护，增强四个意识" * 20000, encoding="utf-8")
    result = run("index", str(tmp_path / "dirty.txt"), str(tmp_path / "one-line.txt"), "--index", str(tmp_path / "x.idx"))
    assert result.exit_code == 0, result.output
    excerpts = SearchIndex.load(tmp_path / "x.idx").excerpts
    assert not any(ch in e.text for e in excerpts for ch in "\x07\x1b\u200b")
    assert any("做到“两个维护”" in e.text for e in excerpts if e.doc == "dirty")
    assert max(len(e.text) for e in excerpts if e.doc == "one-line") <= 400


@pytest.mark.parametrize("command", [["index", "{missing}", "--index", "{tmp}/x.idx"], ["phrases", "{missing}"],
                                     ["quiz", "make", "{missing}", "-o", "-"]])
def test_a_missing_path_says_so_and_writes_nothing(tmp_path, command):
    args = [a.format(missing=tmp_path / "没有这个文件.txt", tmp=tmp_path) for a in command]
    assert_fails_cleanly(run(*args), 1, "没有这个文件.txt: no such file or folder; check the path")
    assert not (tmp_path / "x.idx").exists()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_file_is_skipped_and_named(bad, tmp_path, notice):
    (tmp_path / "secret.txt").write_text(notice, encoding="utf-8")
    (tmp_path / "secret.txt").chmod(0)
    (tmp_path / "open.txt").write_text(notice, encoding="utf-8")
    result = run("index", str(tmp_path), "--index", str(tmp_path / "x.idx"))
    assert result.exit_code == 0 and "skipped" in result.output and "secret.txt" in result.output


@pytest.mark.parametrize("command, code, phrases", [
    (["segment", "-f", "{bad}/binary.txt"], 1, ["binary.txt: not text"]),
    (["segment", "-f", "{bad}/image.txt"], 1, ["image.txt: this is an image, not text"]),
    (["segment", "-f", "{bad}/missing.txt"], 2, ["missing.txt", "No such file"]),
    (["segment", "--dict", "{bad}/binary.txt", "两个维护"], 1, ["is not UTF-8 text; save it as UTF-8"]),
    (["locate", "{bad}/binary.txt", "--index", "{idx}"], 1, ["binary.txt: not text"]),
    (["phrases", "{bad}/nul.txt"], 1, [NO_TEXT, WHAT_TO_DO]),
    (["quiz", "make", "{bad}/binary.txt", "-o", "-"], 1, [NO_TEXT, WHAT_TO_DO]),
    (["quiz", "make", "{bad}/good.txt", "-n", "0"], 2, ["0 is not in the range x>=1"]),
    (["quiz", "grade", "{bad}/binary.txt", "{bad}/good.txt"], 1, ["not a textkit quiz", "textkit quiz make -f json"]),
    (["quiz", "grade", "{bad}/good.txt", "{bad}/good.txt"], 1, ["not a textkit quiz: invalid JSON"]),
    (["quiz", "take", "{bad}/image.txt"], 1, ["not a textkit quiz"]),
    (["index", "{bad}/good.txt", "--index", "{bad}/good.txt"], 1, ["is a file, not an index folder; choose another"]),
    (["index", "{bad}/good.txt", "--index", "{bad}/loop"], 1, ["is not a textkit index; choose another --index"]),
    (["index", "{bad}/good.txt"], 2, ["name the index to write with --index PATH"]),
    (["search", "两个维护", "--index", "{bad}/nowhere.idx"], 1, ["no index at", "build one with `textkit index"]),
    (["search", "两个维护", "--index", "{bad}/good.txt"], 1, ["good.txt is a file, not an index folder"]),
    (["search", "两个维护", "--index", "{bad}/loop"], 1, ["is not a textkit index", "rebuild it with"]),
    (["index", "{bad}/good.txt", "--index", "{bad}/nowhere.idx", "--remove", "good"], 1, ["no index at"]),
    (["search", "两个维护", "-k", "0", "--index", "{idx}"], 2, ["0 is not in the range x>=1"]),
])
def test_bad_paths_and_files_to_each_command(bad, index_path, command, code, phrases):
    args = [a.format(bad=bad, idx=index_path) for a in command]
    assert_fails_cleanly(run(*args), code, *phrases)


def test_answers_that_are_not_answers_say_what_is_expected(bad, tmp_path, notice):
    quiz = tmp_path / "quiz.json"
    quiz.write_text(json.dumps({"title": "测验", "items": [
        {"id": "q01", "kind": "cloze", "prompt": "坚决做到＿＿＿＿", "answers": ["两个维护"], "blanks": [[4, 8]]}]},
        ensure_ascii=False), encoding="utf-8")
    assert run("quiz", "grade", str(quiz), str(bad / "good.txt")).exit_code == 1  # a text is not answers
    cases = {
        "nested.json": ('{"q01": {"x": 1}}', "must be a string or a list of strings"),
        "list.json": ('["两个维护"]', 'expected a JSON object such as {"q01": "两个维护"}'),
        "broken.json": ('{"q01": ', "invalid JSON at line 1"),
        "unknown.json": ('{"q99": "两个维护"}', "answers name items the quiz does not have: q99"),
        "one-column.csv": ("q01\n", "expected id,answer"),
    }
    for name, (text, phrase) in cases.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        assert_fails_cleanly(run("quiz", "grade", str(quiz), str(tmp_path / name)), 1, phrase)
    (tmp_path / "gbk.csv").write_bytes("q01,两个维护\n".encode("gb18030"))
    assert_fails_cleanly(run("quiz", "grade", str(quiz), str(tmp_path / "gbk.csv")), 1, "save them as UTF-8")


def test_debug_shows_the_traceback_that_is_otherwise_hidden(bad):
    result = run("--debug", "index", str(bad / "binary.txt"), "--index", str(bad / "x.idx"))
    assert isinstance(result.exception, TextkitError)


# ---------------------------------------------------------------- hostile queries

NOTHING = "the query has nothing to search for; type a word or phrase"
NO_LETTERS = "holds no letters or characters to search for"
QUERIES = [
    ("empty", "", 1, NOTHING),
    ("spaces", "   \t ", 1, NOTHING),
    ("ideographic space", "\u3000\u3000", 1, NOTHING),
    ("punctuation", "，。！？、", 1, NO_LETTERS),
    ("ascii punctuation", "!?.,;:()", 1, NO_LETTERS),
    ("lone plus", "+", 1, NO_LETTERS),
    ("lone minus", "-", 1, NO_LETTERS),
    ("lone quote", '"', 1, NOTHING),
    ("empty phrase", '""', 1, NO_LETTERS),
    ("must empty phrase", '+""', 1, NO_LETTERS),
    ("only excluded", "-两个维护", 1, "the query only excludes (-word); add a word or phrase"),
    ("emoji", "😀🎉", 1, NO_LETTERS),
    ("control characters", "\x01\x02\x1b\x7f", 1, NOTHING),
    ("zero width", "\u200b\u200d\ufeff", 1, NOTHING),
    ("too long", "两个维护" * 2600, 1, "characters long; search for a phrase of at most"),
]


@pytest.mark.parametrize("query, code, phrase", [q[1:] for q in QUERIES], ids=[q[0] for q in QUERIES])
def test_a_query_with_nothing_to_search_fails_saying_what_to_type(index_path, query, code, phrase):
    assert_fails_cleanly(run("search", query, "--index", str(index_path)), code, phrase)


FOUND = [
    ("unbalanced quote", '"两个维护', "两个维护"),
    ("unbalanced curly quote", "“两个维护", "两个维护"),
    ("word and emoji", "两个维护😀", "两个维护"),
    ("control inside", "两个\x07维护", "两个"),
    ("exclude first", "-工匠 两个维护", "两个维护"),
    ("full width", "ＡＢＣ两个维护", "两个维护"),
    ("traditional", "兩個維護", "两个维护"),
    ("operators around", '+"两个维护" -并且', "两个维护"),
]


@pytest.mark.parametrize("query, shown", [f[1:] for f in FOUND], ids=[f[0] for f in FOUND])
def test_a_messy_query_that_holds_a_phrase_still_finds_it(index_path, query, shown):
    result = run("search", query, "--index", str(index_path), "-k", "3", "--json")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and shown in rows[0]["text"]
    assert all(row["text"][a:b] for row in rows for a, b in row["highlights"])


def test_a_query_found_nowhere_says_so_with_exit_0(index_path):
    result = run("search", "量子计算机", "--index", str(index_path))
    assert result.exit_code == 0 and result.stdout == ""
    assert "no excerpt matches '量子计算机'" in result.output


def test_locate_with_hostile_lines_answers_each_line(index_path):
    lines = ["两个维护", "，。！", "", "😀", "x" * 5000, '"四个意识', "\x01", "量子计算机"]
    result = run("locate", "-", "--index", str(index_path), "--json", input="\n".join(lines).encode("utf-8"))
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["query"] for r in rows] == [q.strip() for q in lines if q.strip()]
    by_query = {r["query"]: r for r in rows}
    assert "两个维护" in by_query["两个维护"]["text"] and "四个意识" in by_query['"四个意识']["text"]
    for q in ("，。！", "😀", "\x01", "量子计算机", "x" * 5000):
        assert by_query[q]["rank"] is None, "a line with nothing to find gets no made-up answer"


@settings(max_examples=15, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(query=st.text(max_size=60))
def test_any_query_is_answered_or_refused_in_one_line(index_path, query):
    result = run("search", query, "--index", str(index_path), "-k", "2")
    assert result.exit_code in (0, 1), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "internal error" not in result.output
    if result.exit_code == 1:
        assert result.output.startswith("Error: the query") and result.output.count("\n") == 1


# ---------------------------------------------------------------- real processes


def test_real_processes_fail_with_one_line_and_the_right_exit_code(bad, index_path, tmp_path):
    """As a user runs it: ``python -m textkit …`` in a shell; stderr has the message, no traceback."""
    cases = [
        (["search", "", "--index", str(index_path)], None, 1, "nothing to search for"),
        (["search", "\x01\x02", "--index", str(index_path)], None, 1, "nothing to search for"),
        (["search", "两个维护" * 2600, "--index", str(index_path)], None, 1, "characters long"),
        (["search", "-两个维护", "--index", str(index_path)], None, 1, "only excludes"),
        (["index", str(bad / "binary.txt"), "--index", str(tmp_path / "x.idx")], None, 1, NO_TEXT),
        (["segment", "-f", "-"], bytes(range(256)) * 4, 1, "<stdin>: not text"),
        (["quiz", "grade", str(bad / "image.txt"), str(bad / "good.txt")], None, 1, "not a textkit quiz"),
        (["search", "两个维护", "--index", str(bad / "good.txt")], None, 1, "is a file, not an index folder"),
        (["search"], None, 2, "Missing argument 'QUERY'"),
    ]
    procs = [(subprocess.Popen([sys.executable, "-m", "textkit", *args], env=ENV, stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE), stdin, code, phrase)
             for args, stdin, code, phrase in cases]
    for proc, stdin, code, phrase in procs:
        out, err = proc.communicate(stdin or b"", timeout=120)
        err = err.decode("utf-8")
        assert proc.returncode == code, err
        assert phrase in err and "Traceback" not in err, err
        assert out == b"", "nothing on stdout when a command fails"
