"""The index as a thing on disk and in memory: exact statistics after changes, safe storage."""

import json
import zlib
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import numpy as np
import pytest

from textkit.search import storage
from textkit.errors import AnalysisMismatch, IndexCorrupt, IndexLocked, IndexNotFound, IndexVersionError, SearchIndexError
from textkit.analysis.excerpts import Document, split_document
from textkit.search.bundled import default_index
from textkit.search.index import SearchIndex
from textkit.analysis.load import load_corpus
from textkit.analysis.normalize import clean
from textkit.analysis.segment import Segmenter

ROOT = Path(__file__).resolve().parents[2]
REPORTS = ROOT.parent / "shared" / "data" / "political" / "government_work_reports.jsonl"


@pytest.fixture(scope="module")
def notice():
    return load_corpus([ROOT / "corpus"])


@pytest.fixture(scope="module")
def reports():
    """Three government work reports (their first 4,000 characters), split into excerpts."""
    if not REPORTS.exists():
        pytest.skip("../shared/data is absent")
    rows = [json.loads(line) for line in REPORTS.read_text(encoding="utf-8").splitlines()[-3:]]
    return [e for r in rows for e in split_document(Document(r["title"], clean(r["content"][:4000])))]


@pytest.fixture(scope="module")
def built(notice, reports):
    return SearchIndex.build(notice + reports)


QUERIES = ["两个维护", "工会 工作", "高质量发展", "就业 民生 -工会", "作报告", '"扩大内需"']


def ranking(index, query, k=10):
    return [(h.excerpt, round(h.score, 9)) for h in index.search(query, k=k)]


def by_id(index, tokens):
    return dict(zip((e.id for e in index.excerpts), index.bm25_scores(tokens).tolist()))


def test_add_and_remove_give_the_scores_of_a_fresh_build(notice, reports, built):
    grown = SearchIndex.build(notice)
    for doc in sorted({e.doc for e in reports}):
        grown.add([e for e in reports if e.doc == doc])
    grown.add(split_document(Document("临时文件", "临时文件里的工会工作和高质量发展。")))
    assert grown.remove("临时文件") == 1
    for q in QUERIES:
        assert ranking(grown, q) == ranking(built, q), q
        tokens = built.analyze(q)
        assert by_id(grown, tokens) == pytest.approx(by_id(built, tokens), abs=1e-12)


def test_removing_a_document_drops_only_its_excerpts(notice, reports):
    index = SearchIndex.build(notice + reports)
    doc = reports[0].doc
    n = sum(e.doc == doc for e in reports)
    assert index.remove(doc) == n
    assert index.size == len(notice) + len(reports) - n
    assert all(h.doc != doc for h in index.search("发展", k=50))
    assert index.remove("没有这个文件") == 0


def test_adding_a_document_again_replaces_it(notice):
    index = SearchIndex.build(notice)
    index.add(notice)
    assert index.size == len(notice)
    assert len(index.search("急难愁盼", k=5)) == 1


def test_lone_surrogates_are_stored_as_replacement_characters(notice, tmp_path):
    # Text decoded with errors="surrogateescape" (or pasted from a broken clipboard) holds lone
    # surrogates, which UTF-8 cannot store: they become U+FFFD, and every length stays the same.
    from dataclasses import replace

    broken = replace(notice[1], doc="坏\udcff文件", text=notice[1].text[:10] + "\udcff" + notice[1].text[11:])
    index = SearchIndex.build([notice[0], broken, *notice[2:]])
    index.save(tmp_path / "idx")
    stored = SearchIndex.load(tmp_path / "idx").excerpts[1]
    assert stored.doc == "坏\ufffd文件" and stored.text[10] == "\ufffd"
    assert len(stored.text) == len(broken.text) and stored.text[11:] == broken.text[11:]
    assert SearchIndex.load(tmp_path / "idx").excerpts[0] == notice[0]


def test_save_and_load_give_the_same_results(tmp_path, built):
    built.save(tmp_path / "idx")
    loaded = SearchIndex.load(tmp_path / "idx")
    assert loaded.size == built.size
    for q in QUERIES:
        assert [h.to_dict() for h in loaded.search(q, explain=True)] == [h.to_dict() for h in built.search(q, explain=True)]
    assert loaded.excerpts == built.excerpts
    # A loaded index can change and be saved again over itself.
    loaded.remove(built.excerpts[-1].doc)
    loaded.save(tmp_path / "idx")
    assert SearchIndex.load(tmp_path / "idx").size == loaded.size


def test_the_index_folder_holds_no_pickle(tmp_path, built):
    built.save(tmp_path / "idx")
    gen = tmp_path / "idx" / storage.current_generation(tmp_path / "idx")
    for f in gen.glob("*.npy"):
        np.load(f, allow_pickle=False)  # raises if any array needed pickle
    manifest = json.loads((gen / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["version"] == storage.FORMAT_VERSION
    assert manifest["analysis"]["engine"] == "fast" and manifest["analysis"]["lexicon_hash"]


@pytest.fixture()
def saved(tmp_path, notice):
    path = tmp_path / "idx"
    SearchIndex.build(notice).save(path)
    return path


def generation(path):
    return path / storage.current_generation(path)


@pytest.mark.parametrize("how", ["flip", "truncate"])
def test_damage_to_any_file_is_detected(saved, how):
    for f in sorted(generation(saved).iterdir()):
        original = f.read_bytes()
        data = bytearray(original)
        if how == "flip":
            data[len(data) // 2] ^= 0x40
        else:
            del data[len(data) // 2:]
        f.write_bytes(bytes(data))
        with pytest.raises(IndexCorrupt, match="rebuild"):
            SearchIndex.load(saved)
        f.write_bytes(original)
    SearchIndex.load(saved)


@pytest.mark.parametrize("name", ["vocab.bin", "text.bin", "key.bin", "id.bin"])
def test_text_that_is_not_utf8_under_a_valid_checksum_is_damage(saved, name):
    file = generation(saved) / name
    file.write_bytes(b"\xff" * file.stat().st_size)
    manifest_path = generation(saved) / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    manifest["files"][name] = {**manifest["files"][name], "crc32": zlib.crc32(file.read_bytes())}
    manifest["files"][name].pop("sha256", None)
    manifest["checksum"] = storage._manifest_hash(manifest)
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(IndexCorrupt, match="rebuild"):
        index = SearchIndex.load(saved)
        # What the CLI shows of each hit: its text and highlights (read from the analysis text).
        [(h.text, h.highlights) for h in index.search("两个维护")]
        index.excerpts


def test_damaged_current_pointer_and_missing_index(saved, tmp_path):
    with pytest.raises(IndexNotFound, match="textkit index"):
        SearchIndex.load(tmp_path / "nowhere")
    (saved / "CURRENT").write_text("../../etc\n")
    with pytest.raises(IndexCorrupt):
        SearchIndex.load(saved)


def test_another_format_version_is_named(saved):
    manifest_path = generation(saved) / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    manifest["version"] = 99
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(IndexVersionError, match="format 99"):
        SearchIndex.load(saved)


def test_a_different_query_segmenter_is_refused(saved):
    SearchIndex.load(saved, segmenter=Segmenter(engine="fast", mode="exact"))
    with pytest.raises(AnalysisMismatch, match="mode search"):
        SearchIndex.load(saved, segmenter=Segmenter(engine="fast", mode="search"))


def test_refuses_to_overwrite_a_folder_that_is_not_an_index(tmp_path, notice):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "mine.txt").write_text("我的文件", encoding="utf-8")
    with pytest.raises(SearchIndexError, match="not a textkit index"):
        SearchIndex.build(notice).save(tmp_path / "docs")
    assert (tmp_path / "docs" / "mine.txt").exists()


def test_a_second_writer_fails_clearly_while_the_first_holds_the_lock(saved, notice, monkeypatch):
    monkeypatch.setattr(storage, "LOCK_WAIT_SECONDS", 0.2)
    with storage.writer_lock(saved, wait=0.2):
        child = subprocess.run(
            [sys.executable, "-c", textwrap.dedent(f"""
                import sys; from textkit.search import storage; from textkit.search.index import SearchIndex
                storage.LOCK_WAIT_SECONDS = 0.2
                try:
                    SearchIndex.build(["工会"]).save({str(saved)!r})
                except storage.IndexLocked as exc:
                    print(exc); sys.exit(3)
            """)], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert child.returncode == 3, child.stderr
    assert "another textkit process" in child.stdout
    assert SearchIndex.load(saved).size == len(notice)


def test_a_change_made_meanwhile_by_another_writer_is_not_overwritten(saved, notice):
    first, second = SearchIndex.load(saved), SearchIndex.load(saved)
    first.add(["第一位写入者的新段落"])
    first.save(saved)
    second.add(["第二位写入者的新段落"])
    with pytest.raises(IndexLocked, match="changed by another process"):
        second.save(saved)
    assert SearchIndex.load(saved).search("第一位写入者")


def test_kill_during_save_leaves_a_loadable_index(saved, notice):
    script = textwrap.dedent(f"""
        from textkit.search.index import SearchIndex
        from textkit.analysis.load import load_corpus
        idx = SearchIndex.build(load_corpus([{str(ROOT / 'corpus')!r}]))
        n = 0
        while True:
            n += 1
            idx.add([f"第{{n}}段新增的工会工作内容"])
            idx._origin = None
            idx.save({str(saved)!r})
    """)
    for delay in (0.8, 1.1, 1.4, 1.7):
        proc = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT)
        time.sleep(delay)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        index = SearchIndex.load(saved)  # the old or a new generation, never a broken one
        assert index.size >= len(notice)
        assert index.search("急难愁盼")


def test_default_index_is_built_once_and_reused(tmp_path, monkeypatch, notice):
    monkeypatch.setenv("TEXTKIT_CACHE_DIR", str(tmp_path))
    calls = []
    first = default_index(progress=lambda done, total: calls.append((done, total)))
    assert first.size == len(notice) and calls and calls[-1][0] == calls[-1][1]
    cached = list(tmp_path.glob("corpus-*.idx"))
    assert len(cached) == 1
    monkeypatch.setattr(SearchIndex, "build", None)  # a second call must load, not build
    again = default_index()
    assert [h.excerpt for h in again.search("两个维护")] == [h.excerpt for h in first.search("两个维护")]
