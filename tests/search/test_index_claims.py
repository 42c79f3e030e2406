"""What an index may claim (issue 17): hand-made indexes with resealed checksums, special files and
links inside the folder, outside paths in the manifest, full disks, and self-contained dictionaries."""

from __future__ import annotations

import errno
import json
import os
import shutil
import subprocess
import threading
from pathlib import Path

import numpy as np
import pytest

from textkit.analysis.load import load_corpus
from textkit.errors import IndexCorrupt, SearchIndexError
from textkit.search import storage
from textkit.search.index import SearchIndex

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    path = tmp_path_factory.mktemp("claims") / "notice.idx"
    SearchIndex.build(load_corpus([ROOT / "corpus"])).save(path)
    return path


@pytest.fixture()
def idx(built, tmp_path):
    return Path(shutil.copytree(built, tmp_path / "notice.idx", symlinks=True))


def gen(path: Path) -> Path:
    return path / storage.current_generation(path)


def reseal(path: Path, **arrays: np.ndarray) -> None:
    """Replace arrays (or, for bytes, blobs) and recompute every checksum, as a hand-made index would."""
    g = gen(path)
    manifest = json.loads((g / "manifest.json").read_text(encoding="utf-8"))
    for name, value in arrays.items():
        if isinstance(value, bytes):
            file = g / f"{name}.bin"
            file.write_bytes(value)
        else:
            file = g / f"{name}.npy"
            np.save(file, value, allow_pickle=False)
        data = file.read_bytes()
        manifest["files"][file.name] = {"size": len(data), "crc32": __import__("zlib").crc32(data)}
    manifest["checksum"] = storage._manifest_hash(manifest)
    (g / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")


def edit_manifest(path: Path, change) -> None:
    file = gen(path) / "manifest.json"
    manifest = json.loads(file.read_text(encoding="utf-8"))
    change(manifest)
    manifest["checksum"] = storage._manifest_hash(manifest)
    file.write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")


def arr(path: Path, name: str) -> np.ndarray:
    return np.load(gen(path) / f"{name}.npy").copy()


def _negative_doc(p):
    a = arr(p, "word_doc"); a[0] = -1; return {"word_doc": a}


def _doc_too_large(p):
    a = arr(p, "gram_doc"); a[-1] = 10**6; return {"gram_doc": a}


def _unsorted_posting(p):
    a, ptr = arr(p, "word_doc"), arr(p, "word_ptr")
    i = int(np.flatnonzero(np.diff(ptr) >= 2)[0])
    a[ptr[i]], a[ptr[i] + 1] = a[ptr[i] + 1], a[ptr[i]]
    return {"word_doc": a}


def _zero_tf(p):
    a = arr(p, "word_tf"); a[3] = 0; return {"word_tf": a}


def _huge_tf(p):
    a = arr(p, "word_tf"); a[3] = 2**30; return {"word_tf": a}


def _ptr_backwards(p):
    a = arr(p, "word_ptr"); a[5], a[6] = a[6], a[5]; return {"word_ptr": a}


def _shifted_offsets(p):
    a = arr(p, "text_off"); a[1:-1] += 3; return {"text_off": a}


def _negative_offsets(p):
    a = arr(p, "id_off"); a[1] = -5; return {"id_off": a}


def _reversed_keys(p):
    return {"gram_key": arr(p, "gram_key")[::-1].copy()}


def _negative_where_doc(p):
    a = arr(p, "where"); a[0, 0] = -1; return {"where": a}


def _where_section_out_of_range(p):
    a = arr(p, "where"); a[0, 1] = 10**5; return {"where": a}


def _negative_length(p):
    a = arr(p, "length"); a[0] = -4; return {"length": a}


def _wider_dtype(p):
    return {"word_doc": arr(p, "word_doc").astype(np.int64)}


def _big_endian(p):
    return {"word_tf": arr(p, "word_tf").astype(">i4")}


def _structured(p):
    a = arr(p, "length")
    return {"length": np.zeros(len(a), dtype=[("a", "<i4")])}


def _float_ptr(p):
    return {"word_ptr": arr(p, "word_ptr").astype(np.float64)}


def _short_vocab(p):
    data = (gen(p) / "vocab.bin").read_bytes()
    return {"vocab": data[: data.rindex(b"\n")]}


def _duplicated_vocab(p):
    words = (gen(p) / "vocab.bin").read_bytes().split(b"\n")
    words[1] = words[0]
    return {"vocab": b"\n".join(words)}


BAD_ARRAYS = [_negative_doc, _doc_too_large, _unsorted_posting, _zero_tf, _huge_tf, _ptr_backwards,
              _shifted_offsets, _negative_offsets, _reversed_keys, _negative_where_doc,
              _where_section_out_of_range, _negative_length, _wider_dtype, _big_endian, _structured,
              _float_ptr, _short_vocab, _duplicated_vocab]


@pytest.mark.parametrize("craft", BAD_ARRAYS, ids=lambda f: f.__name__.strip("_"))
def test_a_hand_made_index_with_resealed_checksums_is_refused(idx, craft):
    reseal(idx, **craft(idx))
    with pytest.raises(IndexCorrupt, match="rebuild"):
        index = SearchIndex.load(idx)
        # Some claims (the catalog's numbers, duplicated terms) are checked when first read.
        index.search("两个维护")
        [(h.doc, h.text) for h in index.search("工会", k=20)]


BAD_MANIFESTS = {
    "k1 1e308": lambda m: m["bm25"].update(k1=1e308),
    "k1 NaN": lambda m: m["bm25"].update(k1=float("nan")),
    "b 2": lambda m: m["bm25"].update(b=2),
    "k1 a string": lambda m: m["bm25"].update(k1="0.6"),
    "bm25 a list": lambda m: m.update(bm25=[1, 2]),
    "flavour unknown": lambda m: m["bm25"].update(flavour="evil"),
    "excerpts negative": lambda m: m.update(excerpts=-1),
    "excerpts a float": lambda m: m.update(excerpts=11.0),
    "terms wrong": lambda m: m.update(terms=m["terms"] + 1),
    "engine unknown": lambda m: m["analysis"].update(engine="evil"),
    "analysis null": lambda m: m.update(analysis=None),
    "dictionary /etc/passwd": lambda m: m.update(dictionaries=["/etc/passwd"]),
    "dictionary ../x": lambda m: m.update(dictionaries=["../dict-0.bin"]),
    "dictionary missing": lambda m: m.update(dictionaries=["dict-0.bin"]),
    "files a list": lambda m: m.update(files=[]),
    "file size a string": lambda m: m["files"]["length.npy"].update(size="10"),
    "file names a path": lambda m: m["files"].update({"../x.bin": m["files"]["id.bin"]}),
    "version a string": lambda m: m.update(version="2"),
    "vocab.bin not listed": lambda m: m["files"].pop("vocab.bin"),
}


@pytest.mark.parametrize("change", BAD_MANIFESTS.values(), ids=BAD_MANIFESTS.keys())
def test_a_manifest_with_damaged_fields_is_refused_as_damage(idx, change, monkeypatch):
    read = []
    real = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: read.append(str(self)) or real(self))
    edit_manifest(idx, change)
    with pytest.raises(SearchIndexError, match="rebuild"):
        SearchIndex.load(idx).search("两个维护")
    assert "/etc/passwd" not in read


@pytest.mark.parametrize("where", ["CURRENT", "manifest.json", "length.npy"])
@pytest.mark.parametrize("what", ["fifo", "link to /dev/urandom", "link to a copy"])
def test_special_files_and_links_inside_the_index_are_refused_without_hanging(idx, where, what):
    target = idx / "CURRENT" if where == "CURRENT" else gen(idx) / where
    copy = idx.parent / "copy"
    shutil.copyfile(target, copy)
    target.unlink()
    if what == "fifo":
        os.mkfifo(target)
    else:
        target.symlink_to("/dev/urandom" if "urandom" in what else copy)
    done = []

    def load():
        try:
            SearchIndex.load(idx)
        except SearchIndexError as exc:
            done.append(str(exc))

    thread = threading.Thread(target=load, daemon=True)
    thread.start()
    thread.join(30)
    assert done, "the load hung or did not refuse"
    assert ("FIFO" in done[0] or "symbolic link" in done[0]) and "rebuild" in done[0]


def test_index_arg_naming_a_file_says_it_is_a_file(tmp_path):
    file = tmp_path / "notes.txt"
    file.write_text("两个维护", encoding="utf-8")
    with pytest.raises(SearchIndexError, match="notes.txt is a file, not an index folder"):
        SearchIndex.load(file)


# ---------------------------------------------------------------- writing

def test_a_link_planted_at_current_tmp_is_never_followed(idx, tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    (idx / "CURRENT.tmp").symlink_to(victim)
    index = SearchIndex.load(idx)
    index.add(["新增的一段关于劳模精神的文字"])
    index.save(idx)
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert not (idx / "CURRENT").is_symlink() and (idx / "CURRENT").is_file()
    assert SearchIndex.load(idx).size == index.size


def test_a_link_planted_at_lock_is_refused(idx, tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    (idx / "lock").unlink(missing_ok=True)
    (idx / "lock").symlink_to(victim)
    with pytest.raises(SearchIndexError, match="lock"):
        SearchIndex.load(idx).save(idx)
    assert victim.read_text(encoding="utf-8") == "keep me"


def _full_after(monkeypatch, budget: int) -> None:
    """The disk fills after ``budget`` more bytes: every later write raises ENOSPC."""
    left = [budget]
    real = storage._put

    def put(f, data):
        n = len(memoryview(data).cast("B")) if not isinstance(data, bytes) else len(data)
        if n > left[0]:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        left[0] -= n
        real(f, data)
    monkeypatch.setattr(storage, "_put", put)


@pytest.mark.parametrize("budget", [0, 5000, 60000])
def test_a_full_disk_leaves_the_old_index_and_nothing_else(idx, monkeypatch, budget):
    before = sorted(p.name for p in idx.iterdir())
    old = SearchIndex.load(idx)
    hits = [h.to_dict() for h in old.search("两个维护")]
    old.add(["新增的一段关于劳模精神的文字"] * 50)
    _full_after(monkeypatch, budget)
    for _ in range(3):  # retries pile nothing up
        with pytest.raises(SearchIndexError, match=f"no space left on device at {idx}; nothing was changed"):
            old.save(idx)
    assert sorted(p.name for p in idx.iterdir()) == before
    assert [h.to_dict() for h in SearchIndex.load(idx).search("两个维护")] == hits


def test_a_fresh_build_on_a_full_disk_leaves_no_folder(tmp_path, monkeypatch):
    index = SearchIndex.build(load_corpus([ROOT / "corpus"]))
    _full_after(monkeypatch, 1000)
    with pytest.raises(SearchIndexError, match="no space left on device"):
        index.save(tmp_path / "new.idx")
    assert not (tmp_path / "new.idx").exists()


def _mount_tmpfs(where: Path, size: str) -> bool:
    where.mkdir()
    if os.geteuid() != 0:
        return False
    return subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
                          capture_output=True).returncode == 0


def test_a_real_full_disk_through_the_cli(tmp_path):
    from click.testing import CliRunner

    from textkit.cli import cli

    disk = tmp_path / "disk"
    if not _mount_tmpfs(disk, "24k"):
        pytest.skip("cannot mount a small tmpfs here (needs root)")
    try:
        runner = CliRunner()
        result = runner.invoke(cli, ["index", str(ROOT / "corpus"), "--index", str(disk / "a.idx")])
        assert result.exit_code == 1 and "no space left on device at" in result.output, result.output
        assert "nothing was changed" in result.output and list(disk.iterdir()) == []
    finally:
        subprocess.run(["umount", str(disk)], check=False)


# ---------------------------------------------------------------- dictionaries

def test_a_relative_dictionary_is_copied_in_and_the_index_works_from_anywhere(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from textkit.cli import cli

    work = tmp_path / "work"
    work.mkdir()
    (work / "my.dict").write_text("劳模工匠 50000 nz\n", encoding="utf-8")
    (work / "doc.txt").write_text("大力弘扬劳模工匠精神，激发创新创造热情。", encoding="utf-8")
    monkeypatch.chdir(work)
    runner = CliRunner()
    assert runner.invoke(cli, ["index", "doc.txt", "--index", "my.idx", "--dict", "my.dict"]).exit_code == 0
    (work / "my.dict").unlink()  # the index must not need it any more
    monkeypatch.chdir(tmp_path)
    index = SearchIndex.load(work / "my.idx")
    assert "劳模工匠" in index.analyze("劳模工匠精神")
    manifest = json.loads((gen(work / "my.idx") / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["dictionaries"] == ["dict-0.bin"]
    (work / "more.txt").write_text("劳模工匠精神代代相传。", encoding="utf-8")
    result = runner.invoke(cli, ["index", str(work / "more.txt"), "--index", str(work / "my.idx"), "--append"])
    assert result.exit_code == 0, result.output
    assert "劳模工匠" in SearchIndex.load(work / "my.idx").analyze("劳模工匠精神")


@pytest.mark.parametrize("craft", [_negative_doc, _reversed_keys, _huge_tf, _negative_where_doc, _shifted_offsets],
                         ids=lambda f: f.__name__.strip("_"))
def test_a_hand_made_index_through_the_cli_is_one_line_and_shows_nothing(idx, craft):
    from click.testing import CliRunner

    from textkit.cli import cli

    reseal(idx, **craft(idx))
    result = CliRunner().invoke(cli, ["search", "工会", "-k", "20", "--index", str(idx)])
    assert result.exit_code == 1 and "rebuild" in result.output, result.output
    assert result.output.startswith("Error:") and result.output.count("\n") == 1
