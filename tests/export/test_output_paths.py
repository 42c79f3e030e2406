"""Where a sheet is written: devices, pipes and links are written through, never replaced by a file."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from export_quizzes import notice_quiz
from textkit import export
from textkit.errors import ExportError
from textkit.export import render, write_quiz

ROOT = Path(__file__).resolve().parents[2]


def _read_all_in_background(path_or_fd, out: list) -> threading.Thread:
    def run():
        if isinstance(path_or_fd, int):
            with os.fdopen(path_or_fd, "rb") as fh:
                out.append(fh.read())
        else:
            with open(path_or_fd, "rb") as fh:
                out.append(fh.read())
    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


@pytest.mark.skipif(os.geteuid() != 0, reason="mknod needs root")
def test_a_device_node_stays_a_device(tmp_path):
    node = tmp_path / "mynull"
    os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, 3))  # a null device of our own, not /dev/null
    assert write_quiz(notice_quiz(), node, fmt="md") == [node]
    assert stat.S_ISCHR(os.lstat(node).st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["mynull"]  # no temporary file left beside it


def test_dev_null_itself_is_written_directly():
    write_quiz(notice_quiz(), "/dev/null", fmt="md")
    assert stat.S_ISCHR(os.lstat("/dev/null").st_mode)


def test_a_fifo_is_written_to_and_stays_a_fifo(tmp_path):
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = _read_all_in_background(fifo, got)
    q = notice_quiz()
    write_quiz(q, fifo)
    reader.join(10)
    assert got == [render(q, "md").encode("utf-8")]
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_a_dev_fd_path_as_from_process_substitution_gets_the_sheet():
    r, w = os.pipe()
    got: list[bytes] = []
    reader = _read_all_in_background(r, got)
    q = notice_quiz()
    try:
        write_quiz(q, f"/dev/fd/{w}", fmt="gift")
    finally:
        os.close(w)
    reader.join(10)
    assert got == [render(q, "gift").encode("utf-8")]


def test_dev_stdout_redirected_to_a_file_fills_that_file(tmp_path):
    out = tmp_path / "out.md"
    code = ("import sys; sys.path.insert(0, 'tests'); from export_quizzes import notice_quiz; "
            "from textkit.export import write_quiz; write_quiz(notice_quiz(), '/dev/stdout', fmt='md')")
    with open(out, "wb") as fh:
        subprocess.run([sys.executable, "-c", code], cwd=ROOT, stdout=fh, check=True, timeout=120)
    assert out.read_text(encoding="utf-8") == render(notice_quiz(), "md")
    assert os.path.islink("/dev/stdout")


def test_a_link_to_a_sheet_updates_the_sheet_and_keeps_the_link(tmp_path):
    real = tmp_path / "real.md"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.md"
    link.symlink_to(real)
    write_quiz(notice_quiz(), link)
    assert link.is_symlink() and real.read_text(encoding="utf-8") == render(notice_quiz(), "md")


def test_a_link_planted_at_the_temporary_name_is_never_followed(tmp_path, monkeypatch):
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    monkeypatch.setattr(export.secrets, "token_hex", lambda n: "fixed")
    (tmp_path / ".sheet.md.fixed.tmp").symlink_to(victim)
    with pytest.raises(ExportError, match="cannot write .*sheet.md"):
        write_quiz(notice_quiz(), tmp_path / "sheet.md")
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert not (tmp_path / "sheet.md").exists()


@pytest.mark.parametrize("key", ["same", "dot", "link"])
def test_sheet_and_key_on_one_path_is_refused_before_writing(tmp_path, key):
    sheet = tmp_path / "paper.md"
    other = {"same": sheet, "dot": tmp_path / "." / "paper.md", "link": tmp_path / "alias.md"}[key]
    if key == "link":
        other.symlink_to(sheet)
    with pytest.raises(ExportError, match="both be written to .*paper.md; give --key another file name"):
        write_quiz(notice_quiz(), sheet, key_path=other)
    assert not sheet.exists()


def test_sheet_and_key_on_one_path_through_the_cli(tmp_path):
    from click.testing import CliRunner

    from textkit.cli import cli

    result = CliRunner().invoke(cli, ["quiz", "make", "-n", "3", "-o", str(tmp_path / "x.md"),
                                      "--key", str(tmp_path / "x.md")])
    assert result.exit_code == 1
    assert "give --key another file name" in result.output and not (tmp_path / "x.md").exists()


@pytest.mark.skipif(os.geteuid() != 0, reason="mknod needs root")
def test_a_full_device_is_a_one_line_error_and_stays_a_device(tmp_path):
    node = tmp_path / "myfull"
    os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, 7))  # a "full" device of our own, not /dev/full
    with pytest.raises(ExportError, match="cannot write .*myfull: No space left on device"):
        write_quiz(notice_quiz(), node, fmt="md")
    assert stat.S_ISCHR(os.lstat(node).st_mode)
