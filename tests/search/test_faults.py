"""The index under faults: writers killed with SIGKILL, two writers at once, damaged and crafted files.

Whatever happens, an index either loads and holds the old or the new excerpts exactly, or
loading fails with a ``SearchIndexError`` whose message says to rebuild. Nothing from the
index files is ever executed.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from textkit import SearchIndex, Segmenter

from textkit.search import storage
from textkit.cli import cli
from textkit.errors import IndexCorrupt, IndexLocked, IndexVersionError, SearchIndexError
from textkit.analysis.load import load_corpus

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL") or os.name != "posix",
                                reason="kills processes with SIGKILL and locks with flock (POSIX)")

ROOT = Path(__file__).resolve().parents[2]
NOTICE = ROOT / "corpus" / "学习宣传贯彻《论述摘编》的通知.txt"
ENV = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}


# ---------------------------------------------------------------- shared material


@pytest.fixture(scope="module")
def material(tmp_path_factory) -> Path:
    """The notice cut into four documents, and an index of the first two."""
    root = tmp_path_factory.mktemp("faults")
    paragraphs = [p for p in NOTICE.read_text(encoding="utf-8").split("\n") if p.strip()]
    quarter = max(1, len(paragraphs) // 4)
    for n, name in enumerate(["一", "二", "三", "四"]):
        chunk = paragraphs[n * quarter:(n + 1) * quarter] if n < 3 else paragraphs[3 * quarter:]
        (root / f"通知{name}.txt").write_text("\n".join(chunk), encoding="utf-8")
    index = SearchIndex.build(load_corpus([root / "通知一.txt", root / "通知二.txt"]),
                              segmenter=Segmenter(engine="fast", mode="search"))
    index.save(root / "base.idx")
    return root


def contents(path: Path) -> list[tuple[str, str]]:
    """(id, text) of every excerpt of the index at ``path``: what 'the same index' means here."""
    return [(e.id, e.text) for e in SearchIndex.load(path).excerpts]


def copy_index(material: Path, dest: Path) -> Path:
    shutil.copytree(material / "base.idx", dest)
    return dest


def live_files(path: Path) -> list[Path]:
    gen = path / storage.current_generation(path)
    return sorted(gen.iterdir())


@pytest.fixture(scope="module")
def states(material) -> dict[str, list]:
    """The index before and after appending 通知三."""
    old = contents(material / "base.idx")
    index = SearchIndex.load(material / "base.idx")
    index.add(load_corpus([material / "通知三.txt"]))
    return {"old": old, "new": [(e.id, e.text) for e in index.excerpts]}


# ---------------------------------------------------------------- kill -9 at every step of a write

WRITER = textwrap.dedent("""
    # Appends a document and saves, in one forked process per kill point; the forked process
    # SIGKILLs itself just before the N-th file-system step of the write.
    import json, os, shutil, signal, sys
    from pathlib import Path
    from textkit import SearchIndex
    from textkit.search import storage
    from textkit.analysis.load import load_corpus

    base, addition, out = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
    index = SearchIndex.load(base)
    index.add(load_corpus([addition]))
    steps = []

    def hooked(name, fn, kill_at):
        def step(*args, **kwargs):
            steps.append(name)
            if len(steps) == kill_at:
                os.kill(os.getpid(), signal.SIGKILL)
            return fn(*args, **kwargs)
        return step

    def save(target, kill_at):
        pid = os.fork()
        if pid == 0:
            storage._write_file = hooked("write file", storage._write_file, kill_at)
            storage._fsync_dir = hooked("fsync folder", storage._fsync_dir, kill_at)
            storage.os.rename = hooked("rename generation", os.rename, kill_at)
            storage.os.replace = hooked("replace CURRENT", os.replace, kill_at)
            storage.shutil.rmtree = hooked("remove old generation", shutil.rmtree, kill_at)
            index.save(target)
            with open(out / "steps.json", "w") as f:
                json.dump(steps, f)
            os._exit(0)
        _, status = os.waitpid(pid, 0)
        return "killed" if os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL else os.WEXITSTATUS(status)

    shutil.copytree(base, out / "count.idx")
    assert save(out / "count.idx", 0) == 0
    total = len(json.load(open(out / "steps.json")))
    report = {}
    for k in range(1, total + 1):
        shutil.copytree(base, out / f"{k}.idx")
        report[k] = save(out / f"{k}.idx", k)
    print(json.dumps({"total": total, "outcome": report}))
""")


def test_kill_9_at_every_step_of_a_write_leaves_the_old_or_the_new_index(material, states, tmp_path):
    script = tmp_path / "writer.py"
    script.write_text(WRITER, encoding="utf-8")
    run = subprocess.run([sys.executable, str(script), str(material / "base.idx"), str(material / "通知三.txt"),
                          str(tmp_path)], env=ENV, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    report = json.loads(run.stdout.strip().splitlines()[-1])
    total, outcome = report["total"], report["outcome"]
    steps = json.loads((tmp_path / "steps.json").read_text())
    assert total >= 20 and "replace CURRENT" in steps  # every file, the folders, the swap
    assert all(v == "killed" for v in outcome.values())
    seen = []
    for k in range(1, total + 1):
        path = tmp_path / f"{k}.idx"
        got = contents(path)
        assert got in (states["old"], states["new"]), f"killed before step {k} ({steps[k - 1]}): a third state"
        seen.append("new" if got == states["new"] else "old")
        if steps[k - 1] == "replace CURRENT":
            assert seen[-1] == "old"
    # Killed before the swap: the old index; after it: the new one. Both happened.
    assert seen[0] == "old" and seen[-1] == "new"
    assert seen == sorted(seen, key=["old", "new"].index)
    # The killed writer held the lock: it is free again, and the next write clears its leftovers.
    path = tmp_path / f"{total // 2}.idx"
    index = SearchIndex.load(path)
    index.add(load_corpus([material / "通知四.txt"]))
    index.save(path)
    assert [p.name for p in path.iterdir() if p.name.startswith((".g-", "g-"))] == [storage.current_generation(path)]
    assert len(contents(path)) > len(states["old"])


def append_process(material: Path, index: Path, doc: str, *more: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "textkit", "index", str(material / doc), "--index", str(index),
                             "--append", *more], env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def kill_when(proc: subprocess.Popen, index: Path, moment: str, delay: float) -> str:
    """SIGKILL ``proc`` once ``moment`` is seen in the index folder (or after ``delay`` seconds)."""
    deadline = time.monotonic() + 60
    start = time.monotonic()
    while proc.poll() is None and time.monotonic() < deadline:
        names = os.listdir(index)
        if (moment == "delay" and time.monotonic() - start >= delay) or \
           (moment == "temp folder" and any(n.startswith(".g-") for n in names)) or \
           (moment == "new generation" and sum(n.startswith("g-") for n in names) > 1) or \
           (moment == "CURRENT.tmp" and "CURRENT.tmp" in names):
            proc.kill()
            proc.wait()
            return "killed"
        time.sleep(0.0005)
    proc.communicate()
    return "finished"


@pytest.mark.parametrize("moment, delay", [("delay", 1.0), ("temp folder", 0), ("new generation", 0)])
def test_kill_9_of_textkit_index_append_leaves_a_loadable_index(material, states, tmp_path, moment, delay):
    path = copy_index(material, tmp_path / "a.idx")
    proc = append_process(material, path, "通知三.txt")
    kill_when(proc, path, moment, delay)
    assert contents(path) in (states["old"], states["new"])
    # And the index still takes the append, as if nothing had happened (--replace: the killed
    # append may have finished its save just before the kill; without it that is refused).
    done = append_process(material, path, "通知三.txt", "--replace")
    _, err = done.communicate(timeout=120)
    assert done.returncode == 0, err
    assert contents(path) == states["new"]


@pytest.mark.slow
@pytest.mark.parametrize("seed", range(12))
def test_kill_9_after_random_delays(material, states, tmp_path, seed):
    path = copy_index(material, tmp_path / "a.idx")
    proc = append_process(material, path, "通知三.txt")
    moment = random.Random(seed).choice(["delay", "temp folder", "new generation", "CURRENT.tmp"])
    kill_when(proc, path, moment, random.Random(seed).uniform(0.0, 4.0))
    assert contents(path) in (states["old"], states["new"])


# ---------------------------------------------------------------- two writers at once


def test_two_appends_at_once_lose_nothing(material, tmp_path):
    path = copy_index(material, tmp_path / "a.idx")
    procs = {doc: append_process(material, path, doc) for doc in ("通知三.txt", "通知四.txt")}
    failed = []
    for doc, proc in procs.items():
        _, err = proc.communicate(timeout=120)
        assert proc.returncode in (0, 1), err
        assert "Traceback" not in err
        if proc.returncode == 1:
            # The second writer read the index before the first saved: it refuses, says so and how to go on.
            assert "another" in err and "run the command again" in err, err
            failed.append(doc)
    docs = {e.doc for e in SearchIndex.load(path).excerpts}
    assert {Path(d).stem for d in procs if d not in failed} <= docs
    for doc in failed:  # doing what the message says
        proc = append_process(material, path, doc)
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    assert {"通知一", "通知二", "通知三", "通知四"} == {e.doc for e in SearchIndex.load(path).excerpts}


def test_a_writer_that_loaded_a_stale_index_refuses_to_overwrite_newer_work(material, tmp_path):
    path = copy_index(material, tmp_path / "a.idx")
    first, second = SearchIndex.load(path), SearchIndex.load(path)
    first.add(load_corpus([material / "通知三.txt"]))
    second.add(load_corpus([material / "通知四.txt"]))
    first.save(path)
    with pytest.raises(IndexLocked, match="changed by another process.*run the command again"):
        second.save(path)
    assert "通知三" in {e.doc for e in SearchIndex.load(path).excerpts}


def test_a_writer_waits_for_the_lock_then_writes(material, tmp_path):
    import fcntl

    path = copy_index(material, tmp_path / "a.idx")
    index = SearchIndex.load(path)
    index.add(load_corpus([material / "通知三.txt"]))
    fd = os.open(path / "lock", os.O_RDWR)
    fcntl.flock(fd, fcntl.LOCK_EX)  # another writer holds the lock
    saver = threading.Thread(target=index.save, args=(path,))
    saver.start()
    time.sleep(0.5)
    assert saver.is_alive(), "the writer must wait while the lock is held"
    os.close(fd)
    saver.join(timeout=30)
    assert not saver.is_alive()
    assert "通知三" in {e.doc for e in SearchIndex.load(path).excerpts}


def test_a_lock_held_too_long_fails_with_a_clear_message(material, tmp_path):
    import fcntl

    path = copy_index(material, tmp_path / "a.idx")
    fd = os.open(path / "lock", os.O_RDWR)
    fcntl.flock(fd, fcntl.LOCK_EX)
    try:
        with pytest.raises(IndexLocked, match="being written by another textkit process; wait"):
            with storage.writer_lock(path, wait=0.2):
                pass
    finally:
        os.close(fd)


# ---------------------------------------------------------------- damaged files


def damaged_copies(material: Path, tmp_path: Path):
    """Every file of the index, each damaged in several ways, one copy of the index per damage."""
    names = [p.name for p in live_files(material / "base.idx")] + ["CURRENT"]
    rng = random.Random(8)
    n = 0
    for name in names:
        for how in ("flip first", "flip middle", "flip last", "truncate half", "empty", "delete"):
            n += 1
            path = copy_index(material, tmp_path / f"{n}.idx")
            file = path / "CURRENT" if name == "CURRENT" else path / storage.current_generation(path) / name
            data = bytearray(file.read_bytes())
            if how.startswith("flip"):
                at = {"first": 0, "middle": len(data) // 2, "last": len(data) - 1,
                      "random": rng.randrange(len(data))}[how.split()[1]]
                data[at] ^= 1 << rng.randrange(8)
                file.write_bytes(bytes(data))
            elif how == "delete":
                file.unlink()
            else:
                file.write_bytes(bytes(data[: {"truncate half": len(data) // 2, "truncate one": len(data) - 1,
                                                "empty": 0}[how]]))
            yield f"{how} {name}", path


def test_any_damaged_index_file_is_detected_with_a_hint_to_rebuild(material, tmp_path):
    original = contents(material / "base.idx")
    reference = SearchIndex.load(material / "base.idx").search("论述摘编 工会", k=5)
    cases = 0
    for what, path in damaged_copies(material, tmp_path):
        cases += 1
        try:
            index = SearchIndex.load(path)
            got = [(e.id, e.text) for e in index.excerpts]
            hits = index.search("论述摘编 工会", k=5)
        except SearchIndexError as exc:
            assert "rebuild" in str(exc) and str(path) in str(exc), f"{what}: {exc}"
            continue
        # Loaded after all: then it must be the very same index (a damage that changed nothing).
        assert got == original and [h.to_dict() for h in hits] == [h.to_dict() for h in reference], what
    assert cases >= 6 * 18


def test_a_damaged_index_through_the_cli_is_one_line_with_exit_1(material, tmp_path):
    path = copy_index(material, tmp_path / "a.idx")
    file = path / storage.current_generation(path) / "word_tf.npy"
    data = bytearray(file.read_bytes())
    data[-3] ^= 0x40
    file.write_bytes(bytes(data))
    result = CliRunner().invoke(cli, ["search", "论述摘编", "--index", str(path)])
    assert result.exit_code == 1
    assert "word_tf.npy failed its checksum" in result.output and "textkit index" in result.output
    assert "Traceback" not in result.output


# ---------------------------------------------------------------- other versions, crafted files


def rewrite_manifest(path: Path, change) -> None:
    """Edit the manifest and reseal its checksum, as a tool or a later textkit might."""
    file = path / storage.current_generation(path) / "manifest.json"
    manifest = json.loads(file.read_text(encoding="utf-8"))
    change(manifest)
    manifest["checksum"] = storage._manifest_hash(manifest)
    file.write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")


def replace_file(path: Path, name: str, data: bytes) -> None:
    """Put ``data`` in place of an index file and record its true size and hash: checksums pass."""
    gen = path / storage.current_generation(path)
    (gen / name).write_bytes(data)

    def change(manifest):
        manifest["files"][name] = {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
    rewrite_manifest(path, change)


def test_an_index_of_another_format_version_says_so(material, tmp_path):
    path = copy_index(material, tmp_path / "a.idx")
    rewrite_manifest(path, lambda m: m.update(version=storage.FORMAT_VERSION + 1))
    with pytest.raises(IndexVersionError, match=f"format {storage.FORMAT_VERSION + 1}.*reads format"):
        SearchIndex.load(path)
    result = CliRunner().invoke(cli, ["search", "论述摘编", "--index", str(path)])
    assert result.exit_code == 1 and "rebuild it with `textkit index" in result.output


class _Payload:
    """Unpickling this creates a file: the proof that code ran."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (Path.touch, (self.marker,))


def test_a_pickle_in_an_npy_file_is_never_run(material, tmp_path):
    import io

    marker = tmp_path / "pwned"
    path = copy_index(material, tmp_path / "a.idx")
    buf = io.BytesIO()
    np.save(buf, np.array([_Payload(marker)] * 3, dtype=object), allow_pickle=True)
    replace_file(path, "length.npy", buf.getvalue())
    with pytest.raises(IndexCorrupt, match="length.npy is not a valid array"):
        SearchIndex.load(path)
    result = CliRunner().invoke(cli, ["search", "论述摘编", "--index", str(path)])
    assert result.exit_code == 1 and "rebuild" in result.output
    assert not marker.exists()


def test_pickles_anywhere_else_in_an_index_are_never_run(material, tmp_path):
    import pickle

    marker = tmp_path / "pwned"
    payload = pickle.dumps(_Payload(marker))
    for n, name in enumerate(["manifest.json", "catalog.bin", "vocab.bin", "text.bin", "CURRENT"]):
        path = copy_index(material, tmp_path / f"{n}.idx")
        if name == "manifest.json":
            (path / storage.current_generation(path) / name).write_bytes(payload)
        elif name == "CURRENT":
            (path / name).write_bytes(payload)
        else:
            replace_file(path, name, payload)
        result = CliRunner().invoke(cli, ["search", "论述摘编", "--index", str(path)])
        assert result.exit_code == 1, (name, result.output)
        assert result.exception is None or isinstance(result.exception, SystemExit), (name, result.output)
    assert not marker.exists()


@pytest.mark.parametrize("name", ["vocab.bin", "text.bin", "key.bin", "id.bin"])
def test_a_resealed_blob_that_is_not_utf8_is_reported_as_damage(material, tmp_path, name):
    path = copy_index(material, tmp_path / "a.idx")
    size = (path / storage.current_generation(path) / name).stat().st_size
    replace_file(path, name, b"\xff" * size)
    result = CliRunner().invoke(cli, ["search", "论述摘编", "--index", str(path)])
    assert result.exit_code == 1
    assert "rebuild" in result.output and "internal error" not in result.output


def test_a_manifest_naming_files_outside_the_index_is_refused(material, tmp_path):
    path = copy_index(material, tmp_path / "a.idx")
    secret = tmp_path / "secret.npy"
    np.save(secret, np.arange(3))
    data = secret.read_bytes()

    def change(manifest):
        manifest["files"]["../../secret.npy"] = {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
    rewrite_manifest(path, change)
    with pytest.raises(IndexCorrupt, match="outside the index"):
        SearchIndex.load(path)


def test_consistent_checksums_over_inconsistent_arrays_are_caught(material, tmp_path):
    path = copy_index(material, tmp_path / "a.idx")
    gen = path / storage.current_generation(path)
    word_doc = np.load(gen / "word_doc.npy")
    import io

    buf = io.BytesIO()
    np.save(buf, word_doc + 1000)  # postings pointing past the last excerpt
    replace_file(path, "word_doc.npy", buf.getvalue())
    with pytest.raises(IndexCorrupt, match="do not fit together"):
        SearchIndex.load(path)
