"""The CLI around an index's documents (issue 17): listing them, appending a name that exists,
removing an unknown name, locate's coverage, names with line breaks, and Ctrl-C."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from textkit.cli import cli

ROOT = Path(__file__).resolve().parents[1]
NOTICE = next((ROOT / "corpus").glob("*.txt")).read_text(encoding="utf-8")


def run(*args: str):
    return CliRunner().invoke(cli, [str(a) for a in args])


@pytest.fixture()
def years(tmp_path):
    for year in ("2023", "2024"):
        (tmp_path / "src" / year).mkdir(parents=True)
        (tmp_path / "src" / year / "工作要点.txt").write_text(f"{year}年工作要点。\n\n" + NOTICE, encoding="utf-8")
    idx = tmp_path / "y.idx"
    assert run("index", tmp_path / "src", "--index", idx).exit_code == 0
    return tmp_path, idx


def test_documents_lists_each_document_with_its_excerpt_count(years):
    _, idx = years
    result = run("documents", "--index", idx, "--json")
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [r["doc"] for r in rows] == ["2023/工作要点", "2024/工作要点"]
    assert rows[0]["excerpts"] == rows[1]["excerpts"] > 5
    text = run("documents", "--index", idx).output.splitlines()
    assert text[0].split() == [str(rows[0]["excerpts"]), "2023/工作要点"]


def test_documents_of_the_bundled_corpus_by_default():
    result = run("documents")
    assert result.exit_code == 0 and "学习宣传贯彻" in result.output


def test_appending_a_name_that_exists_asks_for_replace_then_reports_it(years):
    tmp_path, idx = years
    again = tmp_path / "工作要点.txt"
    again.write_text("新的一年工作要点：大力弘扬劳模精神。", encoding="utf-8")
    run("index", again, "--index", idx, "--append")  # a third document: 工作要点
    before = run("documents", "--index", idx, "--json").output
    refused = run("index", again, "--index", idx, "--append")
    assert refused.exit_code == 1
    assert "already has 1 document(s) of these names: 工作要点; add --replace" in refused.output
    assert "nothing was changed" in refused.output
    assert run("documents", "--index", idx, "--json").output == before
    replaced = run("index", again, "--index", idx, "--append", "--replace")
    assert replaced.exit_code == 0 and "replaced 工作要点 (1 excerpts)" in replaced.output


def test_removing_an_unknown_name_lists_close_names_and_changes_nothing(years):
    _, idx = years
    result = run("index", "--index", idx, "--remove", "工作要点")
    assert result.exit_code == 1
    assert "no document named '工作要点'" in result.output
    assert "close names: " in result.output and "2023/工作要点" in result.output and "2024/工作要点" in result.output
    assert "nothing was changed" in result.output
    far = run("index", "--index", idx, "--remove", "完全无关")
    assert "textkit documents --index" in far.output


def test_remove_reports_only_after_the_index_is_saved(years, monkeypatch):
    from textkit.errors import SearchIndexError
    from textkit.search.index import SearchIndex

    _, idx = years

    def full(self, path):
        raise SearchIndexError(f"no space left on device at {path}; nothing was changed")

    monkeypatch.setattr(SearchIndex, "save", full)
    result = run("index", "--index", idx, "--remove", "2023/工作要点")
    assert result.exit_code == 1 and "removed" not in result.output
    assert "no space left on device" in result.output


def test_locate_gives_coverage_and_no_match_for_lines_from_elsewhere(tmp_path):
    lines = tmp_path / "q.txt"
    lines.write_text("大力弘扬劳模精神劳动精神工匠精神\n"
                     "光合作用把二氧化碳和水变成葡萄糖\n", encoding="utf-8")
    rows = [json.loads(line) for line in run("locate", lines, "--json").output.splitlines()]
    assert rows[0]["coverage"] == 1.0 and rows[0]["rank"] == 1
    assert rows[1]["coverage"] < 0.5
    text = run("locate", lines).output.splitlines()
    assert text[0].startswith("1\t") and "(no match)" not in text[0]
    assert text[1] == "2\t-\t(no match)\t光合作用把二氧化碳和水变成葡萄糖"


def test_coverage_counts_letters_found_in_pieces_of_the_excerpt():
    from textkit.search.coverage import coverage

    text = "大力弘扬劳模精神、劳动精神、工匠精神，激发创新创造热情。"
    assert coverage("劳模精神劳动精神", text) == 1.0
    assert coverage("勞模精神", text) == 1.0  # traditional characters fold
    assert coverage("劳模精神与光合作用", text) == pytest.approx(4 / 9)
    assert coverage("", text) == 0.0 and coverage("，。", text) == 0.0


def test_a_document_name_with_a_line_break_stays_on_one_line(tmp_path):
    src = tmp_path / "a\nb.txt"
    src.write_text(NOTICE, encoding="utf-8")
    idx = tmp_path / "n.idx"
    assert run("index", src, "--index", idx).exit_code == 0
    out = run("search", "劳模精神", "-k", "1", "--index", idx).output.splitlines()
    assert out[0].startswith(" 1. a\\nb") and len(out) == 2
    assert run("documents", "--index", idx).output.strip().endswith("a\\nb")


def test_ctrl_c_in_a_command_is_one_line_and_exit_130(monkeypatch):
    from textkit.search.index import SearchIndex

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(SearchIndex, "load", interrupted)
    result = run("search", "两个维护", "--index", "x.idx")
    assert result.exit_code == 130 and result.output == "textkit: interrupted\n"


def test_ctrl_c_while_textkit_starts_is_one_line_and_exit_130(monkeypatch, capsys):
    import textkit.__main__ as entry
    import textkit.cli

    def interrupted():
        raise KeyboardInterrupt

    monkeypatch.setattr(textkit.cli, "main", interrupted)
    with pytest.raises(SystemExit) as exit_:
        entry.main()
    assert exit_.value.code == 130 and capsys.readouterr().err == "textkit: interrupted\n"


def test_ctrl_c_of_a_real_process_during_startup(tmp_path):
    """SIGINT a moment after textkit's entry point starts (importing the CLI, loading, searching):
    exit 130 and one line, never a traceback. (Python's own start-up, before any textkit code runs,
    is not textkit's: the child says when it is past it.)"""
    import signal
    import time

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    code = ("import os, sys; import textkit.__main__ as entry; os.write(int(sys.argv[1]), b'x'); "
            "sys.argv = ['textkit', 'search', '两个维护']; entry.main()")
    for delay in (0.1, 0.2, 0.4, 0.8):  # the entry point is entered within microseconds of the word
        ready, told = os.pipe()
        proc = subprocess.Popen([sys.executable, "-c", code, str(told)], env=env, pass_fds=(told,),
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
        os.close(told)
        os.read(ready, 1)
        os.close(ready)
        time.sleep(delay)
        proc.send_signal(signal.SIGINT)
        err = proc.communicate(timeout=60)[1].decode()
        if proc.returncode == 0 or (proc.returncode == -signal.SIGINT and not err):
            continue  # it had finished already (or was tearing the interpreter down, silently)
        assert proc.returncode == 130 and err == "textkit: interrupted\n", (delay, proc.returncode, err)


def test_documents_are_name_count_pairs():
    from textkit.search.bundled import default_index

    docs = default_index().documents()
    (name, count), = docs
    assert name == docs[0].name and count == docs[0].excerpts == default_index().size
    assert docs[0].to_dict() == {"doc": name, "excerpts": count}
