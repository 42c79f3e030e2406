"""Inputs that must not hang, grow without bound or abort a load (issue 17): special files in a
folder, a .docx zip bomb, .jsonl lines too long or nested too deeply; and names that keep their folder."""

from __future__ import annotations

import json
import logging
import os
import socket
import threading
import time
import zipfile
import zlib
from pathlib import Path

import pytest

from textkit.analysis import sources
from textkit.analysis.load import load_corpus, load_documents

ROOT = Path(__file__).resolve().parents[2]
NOTICE = next((ROOT / "corpus").glob("*.txt")).read_text(encoding="utf-8")


def warnings_of(caplog) -> str:
    return "\n".join(r.getMessage() for r in caplog.records
                     if r.name == "textkit.analysis.load" and r.levelno >= logging.WARNING)


def in_thread(fn, timeout=60):
    """fn's result, failing the test (not hanging it) if it takes longer than ``timeout``."""
    out = []
    thread = threading.Thread(target=lambda: out.append(fn()), daemon=True)
    thread.start()
    thread.join(timeout)
    assert out, "the load hung"
    return out[0]


def test_special_files_in_a_folder_are_skipped_with_a_warning_never_opened(tmp_path, caplog):
    folder = tmp_path / "src"
    folder.mkdir()
    (folder / "good.txt").write_text(NOTICE, encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")  # opening it would wait for a writer forever
    (folder / "zero.txt").symlink_to("/dev/zero")  # reading it never ends
    (folder / "random.md").symlink_to("/dev/urandom")
    (folder / "link.txt").symlink_to(folder / "good.txt")  # a link to a file is that file (read once)
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(folder / "sock.md"))
    try:
        docs = in_thread(lambda: load_documents([folder]))
    finally:
        sock.close()
    assert [d.name for d in docs] == ["good"]
    said = warnings_of(caplog)
    for name, what in [("pipe.txt", "a FIFO"), ("zero.txt", "a device"), ("random.md", "a device"),
                       ("sock.md", "a socket")]:
        assert f"{name}: {what}" in said and "not a regular file" in said


def test_a_fifo_named_directly_is_skipped_too(tmp_path, caplog):
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "good.txt").write_text(NOTICE, encoding="utf-8")
    docs = in_thread(lambda: load_documents([tmp_path / "pipe.txt", tmp_path / "good.txt"]))
    assert [d.name for d in docs] == ["good"] and "pipe.txt: a FIFO" in warnings_of(caplog)


def _docx_bomb(path: Path, xml_bytes: int) -> None:
    body = b"<w:p><w:r><w:t>" + b"A" * xml_bytes + b"</w:t></w:r></w:p>"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", body)


def test_a_docx_zip_bomb_is_refused_from_its_directory_before_parsing(tmp_path, caplog, monkeypatch):
    import docx

    monkeypatch.setattr(docx, "Document", lambda *a, **k: pytest.fail("python-docx was asked to parse the bomb"))
    bomb = tmp_path / "bomb.docx"
    _docx_bomb(bomb, 300 * 2**20)  # 300 MB of XML in a file of about 300 KB
    assert bomb.stat().st_size < 2**20
    (tmp_path / "good.txt").write_text(NOTICE, encoding="utf-8")
    assert [d.name for d in load_documents([tmp_path])] == ["good"]
    assert "bomb.docx: unpacks to 300 MB (the limit is 256 MB)" in warnings_of(caplog)


def _pdf_bomb(path: Path, zero_bytes: int) -> None:
    """A PDF whose one Flate stream unpacks to ``zero_bytes`` zeros (about 1/1000 of that on disk)."""
    deflate = zlib.compressobj(9)
    body = b"".join(deflate.compress(bytes(2**20)) for _ in range(zero_bytes // 2**20)) + deflate.flush()
    head = b"%PDF-1.4\n1 0 obj\n<< /Length " + str(len(body)).encode() + b" /Filter /FlateDecode >>\nstream\n"
    path.write_bytes(head + body + b"\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")


def test_a_pdf_bomb_is_refused_before_the_reader_inflates_it(tmp_path, caplog, monkeypatch):
    import pdfminer.high_level

    monkeypatch.setattr(pdfminer.high_level, "extract_pages", lambda *a, **k: pytest.fail("the reader saw the bomb"))
    bomb = tmp_path / "bomb.pdf"
    _pdf_bomb(bomb, 300 * 2**20)  # 300 MB of zeros in a file of about 300 KB
    assert bomb.stat().st_size < 2**20
    (tmp_path / "good.txt").write_text(NOTICE, encoding="utf-8")
    assert [d.name for d in load_documents([tmp_path])] == ["good"]
    assert "bomb.pdf: its compressed streams unpack to more than 256 MB" in warnings_of(caplog)
    assert sources.pdf_unpacked_bytes(bomb, 2**40) == 300 * 2**20  # counted, never held


def test_deeply_nested_jsonl_line_is_a_warning_and_the_good_lines_are_kept(tmp_path, caplog):
    path = tmp_path / "rows.jsonl"
    good = json.dumps({"title": "前", "content": NOTICE[:400]}, ensure_ascii=False)
    after = json.dumps({"title": "后", "content": NOTICE[400:800]}, ensure_ascii=False)
    path.write_text("\n".join([good, "[" * 100_000 + "]" * 100_000, after]) + "\n", encoding="utf-8")
    assert [d.name for d in load_documents([path])] == ["前", "后"]
    assert f"{path}:2: JSON nested more than 32 levels deep" in warnings_of(caplog)


def test_a_jsonl_line_too_long_is_skipped_without_holding_it(tmp_path, caplog, monkeypatch):
    monkeypatch.setattr(sources, "MAX_LINE_BYTES", 2**20)
    path = tmp_path / "rows.jsonl"
    good = json.dumps({"title": "好", "content": NOTICE[:400]}, ensure_ascii=False)
    long = json.dumps({"title": "长", "content": "两个维护" * 300_000}, ensure_ascii=False)  # 3.6 MB
    path.write_text("\n".join([good, long, good.replace("好", "也好")]) + "\n", encoding="utf-8")
    assert [d.name for d in load_documents([path])] == ["好", "也好"]
    assert f"{path}:2: line longer than 1 MB" in warnings_of(caplog)


@pytest.mark.slow
def test_a_300_mb_one_line_jsonl_is_refused_quickly(tmp_path, caplog):
    path = tmp_path / "one.jsonl"
    with open(path, "wb") as fh:
        fh.write(b'{"content": "')
        chunk = "两个维护".encode() * (2**20 // 12)
        for _ in range(300):
            fh.write(chunk)
        fh.write(b'"}\n')
    start = time.monotonic()
    with pytest.raises(Exception, match="no text could be loaded"):
        load_corpus([path])
    assert time.monotonic() - start < 60  # not the 82 s and 2.1 GB of reading it whole
    assert "line longer than 32 MB" in warnings_of(caplog)


def test_same_file_names_in_different_folders_keep_the_folder(tmp_path):
    for year in ("2023", "2024"):
        (tmp_path / year).mkdir()
        (tmp_path / year / "工作要点.txt").write_text(f"{year}年工作要点：" + NOTICE[:300], encoding="utf-8")
    (tmp_path / "通知.txt").write_text(NOTICE[:300], encoding="utf-8")
    assert [d.name for d in load_documents([tmp_path])] == ["2023/工作要点", "2024/工作要点", "通知"]
    # Given as two folders, the same.
    assert [d.name for d in load_documents([tmp_path / "2023", tmp_path / "2024"])] == \
        ["2023/工作要点", "2024/工作要点"]
