"""The index on disk: a folder of ``.npy`` arrays and raw blobs, checksummed, swapped atomically.

Layout::

    my.idx/
      CURRENT              the name of the live generation, replaced atomically (os.replace)
      lock                 writers hold an exclusive lock on it
      g-<id>/manifest.json format, version, settings, CRC-32 and size of every file
      g-<id>/*.npy *.bin   the arrays (np.save, no pickle) and UTF-8 blobs

A writer fills a new generation folder, fsyncs it, then points ``CURRENT`` at it, so a crash or
a kill at any moment leaves the old generation or the new one live, never a half-written one.
Nothing here can execute code from the files: arrays load with ``allow_pickle=False``, the
manifest is JSON.

Every file's checksum is checked on every load: corruption must never give wrong results. The
checksum is a CRC-32 (zlib), made for finding damage: it catches every burst of up to 32 flipped
bits and all but one in four billion larger damages, at 3.2 GB/s here against sha256's 1.4 GB/s.
It proves nothing against tampering, and need not: nothing in an index is ever executed. Files are
checked side by side in threads (zlib lets go of the GIL), about 0.13 s of CPU for the 354 MB
index of all laws and reports. Inside :func:`checked_by_exit` they are checked while the caller
goes on (a command starting its segmenter and running the query), and the block does not end
before every file has passed. Indexes of format 1, with sha256 checksums, still load.
"""

from __future__ import annotations

import contextlib
import contextvars
import errno
import hashlib
import io
import json
import mmap
import os
import re
import shutil
import stat
import threading
import time
import uuid
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator, Mapping

import numpy as np

from ..errors import (
    IndexCorrupt,
    IndexLocked,
    IndexNotFound,
    IndexVersionError,
    SearchIndexError,
)
from .ondisk import NOFOLLOW as _NOFOLLOW
from .ondisk import NONBLOCK as _NONBLOCK
from .ondisk import array_of, is_int, open_regular, read_small

FORMAT = "textkit-index"
FORMAT_VERSION = 2  # 2: CRC-32 checksums; 1: sha256, still read
READABLE_VERSIONS = (1, 2)
LOCK_WAIT_SECONDS = 5.0
_REBUILD = "rebuild it with `textkit index SOURCE… --index {path}`"
MAX_MANIFEST_BYTES = 16 * 2**20
_FULL = (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG)


@dataclass
class Stored:
    """What :func:`read` returns: arrays (memory-mapped), blobs (memory-mapped bytes), manifest."""

    arrays: dict[str, np.ndarray]
    blobs: dict[str, Any]
    meta: dict[str, Any]
    generation: str


@contextlib.contextmanager
def writer_lock(path: Path, wait: float = LOCK_WAIT_SECONDS) -> Iterator[None]:
    """Hold the index's writer lock; raise :class:`IndexLocked` after ``wait`` seconds of trying."""
    try:
        import fcntl
    except ImportError:  # no flock on this platform: writes are still atomic, just not exclusive
        yield
        return
    path.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path / "lock", os.O_RDWR | os.O_CREAT | _NOFOLLOW | _NONBLOCK, 0o644)
    except OSError as exc:
        raise SearchIndexError(f"{path}: cannot open its lock file ({exc.strerror or exc}; a link there is "
                               "refused); remove " f"{path}/lock and run the command again") from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise SearchIndexError(f"{path}/lock is not a regular file; remove it and run the command again")
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise IndexLocked(
                        f"{path} is being written by another textkit process; "
                        "wait until it finishes and run the command again"
                    ) from None
                time.sleep(0.05)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def current_generation(path: Path) -> str | None:
    """The live generation's name, or None when ``path`` holds no index.

    ``CURRENT`` is opened without following a link and without waiting (a FIFO planted there must
    not hang a reader), and must be a small regular file.
    """
    try:
        data = read_small(path / "CURRENT", 256)
    except (FileNotFoundError, NotADirectoryError):
        return None
    except IndexCorrupt as exc:
        raise IndexCorrupt(f"{path}: CURRENT {exc}; " + _REBUILD.format(path=path)) from None
    except OSError as exc:
        raise IndexCorrupt(f"{path}: cannot read CURRENT ({exc.strerror or exc}); "
                           + _REBUILD.format(path=path)) from None
    try:
        name = data.decode("ascii").strip()
    except UnicodeDecodeError:
        name = ""
    if not name.startswith("g-") or "/" in name or "\\" in name or not name.isprintable():
        raise IndexCorrupt(f"{path}: CURRENT is damaged; " + _REBUILD.format(path=path))
    return name


def write(path: Path, arrays: Mapping[str, np.ndarray], blobs: Mapping[str, bytes],
          meta: Mapping[str, Any], expect: str | None = None) -> str:
    """Write a new generation and make it live; return its name.

    ``expect``: the generation the caller loaded; if another writer replaced it meanwhile,
    nothing is written (:class:`IndexLocked`), so that no one's additions are silently lost.
    A write that fails (a full disk) removes everything it wrote, leaves the live generation as it
    was and says so; a new index folder it had to create is removed again.
    """
    path = Path(path)
    if path.exists() and not path.is_dir():
        raise SearchIndexError(f"{path} is a file, not an index folder; choose another --index path")
    if path.is_dir() and current_generation(path) is None and any(
            p.name != "lock" and not p.name.startswith((".g-", "g-")) for p in path.iterdir()):
        raise SearchIndexError(f"{path} exists and is not a textkit index; choose another --index path")
    created = not os.path.lexists(path)
    try:
        with writer_lock(path):
            live = current_generation(path)
            if expect is not None and live != expect:
                raise IndexLocked(f"{path} was changed by another process since it was loaded; "
                                  "nothing was written; run the command again")
            name = f"g-{time.time_ns():x}-{uuid.uuid4().hex[:8]}"
            _write_generation(path, name, arrays, blobs, meta)
            for old in path.iterdir():  # earlier generations and leftovers of killed writers
                if old.name != name and old.name.startswith(("g-", ".g-")):
                    _remove(old)
    except BaseException:
        if created and _live_or_none(path) is None:
            shutil.rmtree(path, ignore_errors=True)  # a new index that never came to be: no folder left
        raise
    return name


def _live_or_none(path: Path) -> str | None:
    """The live generation, or None when there is none or it cannot be read."""
    try:
        return current_generation(path)
    except SearchIndexError:
        return None


def _write_generation(path: Path, name: str, arrays: Mapping[str, np.ndarray], blobs: Mapping[str, bytes],
                      meta: Mapping[str, Any]) -> None:
    """Fill ``.name``, rename it to ``name`` and point CURRENT at it; on any failure before the swap,
    remove what was written and raise (a full disk: "no space left on device at PATH; nothing was changed")."""
    tmp, gen, pointer = path / f".{name}", path / name, path / "CURRENT.tmp"
    swapped = False
    try:
        tmp.mkdir()
        files: dict[str, dict[str, Any]] = {}
        for key, array in arrays.items():
            files[f"{key}.npy"] = _write_file(tmp / f"{key}.npy", array)
        for key, data in blobs.items():
            files[f"{key}.bin"] = _write_file(tmp / f"{key}.bin", data)
        manifest = {"format": FORMAT, "version": FORMAT_VERSION, **meta, "files": files}
        manifest["checksum"] = _manifest_hash(manifest)
        _write_file(tmp / "manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1).encode())
        _fsync_dir(tmp)
        os.rename(tmp, gen)
        _fsync_dir(path)
        _remove(pointer)  # a leftover of a killed writer, or a link planted there: never followed
        _write_file(pointer, (name + "\n").encode())
        os.replace(pointer, path / "CURRENT")
        swapped = True
        _fsync_dir(path)
    except BaseException as exc:
        if not swapped:
            for leftover in (tmp, gen, pointer):
                _remove(leftover)
        if isinstance(exc, OSError):
            if exc.errno in _FULL:
                raise SearchIndexError(f"no space left on device at {path}; nothing was changed") from None
            if not swapped:
                raise SearchIndexError(f"cannot write the index at {path} ({exc.strerror or exc}); "
                                       "nothing was changed") from None
        raise


def _remove(p: Path) -> None:
    """Remove a file, link or folder, never following a link."""
    try:
        if p.is_dir() and not p.is_symlink():
            shutil.rmtree(p, ignore_errors=True)
        else:
            p.unlink()
    except FileNotFoundError:
        pass
    except OSError:
        shutil.rmtree(p, ignore_errors=True)


Inspect = Callable[[dict, dict, dict], tuple[Callable[[str], None], Callable[[], None]]]


def read(path: Path, verify: bool = True, inspect: Inspect | None = None) -> Stored:
    """Read the live generation: check format, version and checksums, memory-map the arrays.

    ``inspect(meta, arrays, blobs)``, if given, checks the manifest (raising at once) and returns
    ``(per_file, finish)``: ``per_file(name)`` runs right after that file's checksum passed, while
    its pages are in memory; ``finish()`` once all have. Both raise to refuse the index, and like
    the checksums they run in the background inside :func:`checked_by_exit`.
    """
    path = Path(path)
    if not os.path.lexists(path):
        raise IndexNotFound(f"no index at {path}; build one with `textkit index SOURCE… --index {path}`")
    if not path.is_dir():
        raise SearchIndexError(f"{path} is a file, not an index folder; give the folder written by "
                               f"`textkit index SOURCE… --index FOLDER`")
    for attempt in range(3):
        name = current_generation(path)
        if name is None:
            raise IndexNotFound(f"{path} is not a textkit index (no CURRENT file); " + _REBUILD.format(path=path))
        try:
            return _read_generation(path, path / name, verify, inspect)
        except FileNotFoundError:
            if attempt == 2 or current_generation(path) == name:
                raise IndexCorrupt(f"{path}: files of generation {name} are missing; "
                                   + _REBUILD.format(path=path)) from None
            # A writer swapped generations while we were reading: read the new one.
    raise AssertionError("unreachable")


_FILE_NAME = re.compile(r"[a-z][a-z0-9_-]{0,63}\.(npy|bin)")


def _read_generation(root: Path, gen: Path, verify: bool, inspect: Inspect | None = None) -> Stored:
    hint = _REBUILD.format(path=root)
    if os.path.islink(gen):
        raise IndexCorrupt(f"{root}: {gen.name} is a symbolic link, which an index never holds; {hint}")
    try:
        raw = read_small(gen / "manifest.json", MAX_MANIFEST_BYTES)
    except NotADirectoryError:
        raise IndexCorrupt(f"{root}: {gen.name} is not a folder; {hint}") from None
    except IndexCorrupt as exc:
        raise IndexCorrupt(f"{root}: manifest.json {exc}; {hint}") from None
    try:
        manifest = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise IndexCorrupt(f"{root}: manifest.json is damaged; {hint}") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise IndexCorrupt(f"{root}: manifest.json is not a textkit index manifest; {hint}")
    if manifest.get("version") not in READABLE_VERSIONS or type(manifest.get("version")) is not int:
        raise IndexVersionError(
            f"{root} is in index format {manifest.get('version')!r}; this textkit reads format "
            f"{FORMAT_VERSION}; {hint}")
    if manifest.get("checksum") != _manifest_hash(manifest) or not isinstance(manifest.get("files"), dict):
        raise IndexCorrupt(f"{root}: manifest.json failed its checksum; {hint}")
    for fname, info in manifest["files"].items():
        if not _FILE_NAME.fullmatch(fname):
            raise IndexCorrupt(f"{root}: manifest names a file outside the index ({fname!r}); {hint}")
        if not (isinstance(info, dict) and is_int(info.get("size")) and info["size"] >= 0
                and (is_int(info.get("crc32")) and 0 <= info["crc32"] < 2**32 or isinstance(info.get("sha256"), str))):
            raise IndexCorrupt(f"{root}: manifest.json describes {fname} wrongly; {hint}")
    arrays: dict[str, np.ndarray] = {}
    blobs: dict[str, Any] = {}
    mapped = {}
    for fname, info in manifest["files"].items():
        try:
            fd = open_regular(gen / fname)
        except IndexCorrupt as exc:
            raise IndexCorrupt(f"{root}: {fname} {exc}; {hint}") from None
        try:
            size = os.fstat(fd).st_size
            if size != info["size"]:
                raise IndexCorrupt(f"{root}: {fname} has {size} bytes, expected {info['size']} "
                                   f"(truncated or damaged); {hint}")
            mapped[fname] = mmap.mmap(fd, 0, access=mmap.ACCESS_READ) if size else b""
        finally:
            os.close(fd)
    for fname, data in mapped.items():
        key, _, ext = fname.rpartition(".")
        if ext == "npy":
            try:
                arrays[key] = array_of(data)
            except ValueError as exc:
                if verify:  # damage is reported as a failed checksum when it is one
                    _Check(root, {fname: (data, manifest["files"][fname])}, workers=1).result()
                raise IndexCorrupt(f"{root}: {fname} is not a valid array ({exc}); {hint}") from None
        else:
            blobs[key] = data
    meta = {k: v for k, v in manifest.items() if k not in ("files", "checksum")}
    hooks = inspect(meta, arrays, blobs) if inspect is not None else None
    if verify:
        _verify(root, {fname: (data, manifest["files"][fname]) for fname, data in mapped.items()}, hooks)
    elif hooks is not None:
        for fname in mapped:
            hooks[0](fname)
        hooks[1]()
    return Stored(arrays, blobs, meta, gen.name)


# ---------------------------------------------------------------- checksums

_pending: contextvars.ContextVar[list[Any] | None] = contextvars.ContextVar("textkit_pending_checks", default=None)
_INLINE_BYTES = 1 << 20  # below this, a thread costs more than it saves


@contextlib.contextmanager
def checked_by_exit() -> Iterator[None]:
    """Within the block, :func:`read` checks checksums in the background, and the block ends only
    when every file has passed (else :class:`IndexCorrupt`): show or save nothing read from an index
    before it ends."""
    checks: list[Any] = []
    token = _pending.set(checks)
    try:
        yield
    except Exception:
        # Damaged data may fail in any way before its checksum is in; then the damage is the error.
        for check in checks:
            check.result()
        raise
    finally:
        _pending.reset(token)
    for check in checks:
        check.result()


def _verify(root: Path, files: dict[str, tuple[Any, Mapping[str, Any]]], hooks: Any = None) -> None:
    pending = _pending.get()
    cores = os.cpu_count() or 1
    if pending is None:
        _Check(root, files, workers=min(4, cores), hooks=hooks).result()
    else:  # leave a core to the caller, who goes on meanwhile
        pending.append(_Check(root, files, workers=min(4, max(1, cores - 1)), hooks=hooks))


class _Check:
    """The checksums of one generation's files, computed by worker threads; :meth:`result` waits."""

    def __init__(self, root: Path, files: dict[str, tuple[Any, Mapping[str, Any]]], workers: int,
                 hooks: Any = None) -> None:
        self.root = root
        self.failed: list[str] = []
        self._hooks = hooks
        self._refused: list[BaseException] = []  # what the per-file inspection found
        # Biggest first, so that the workers finish at about the same time.
        self._todo = sorted(files.items(), key=lambda item: len(item[1][0]))
        self._lock = threading.Lock()
        self._threads = []
        if sum(len(data) for data, _ in files.values()) < _INLINE_BYTES:
            self._work()
            return
        for _ in range(min(workers, len(files))):
            thread = threading.Thread(target=self._work, name="textkit-checksums", daemon=True)
            thread.start()
            self._threads.append(thread)

    def _work(self) -> None:
        while True:
            with self._lock:
                if not self._todo:
                    return
                fname, (data, info) = self._todo.pop()
            if not _matches(data, info):
                with self._lock:
                    self.failed.append(fname)
            elif self._hooks is not None:
                try:
                    self._hooks[0](fname)
                except Exception as exc:  # reported by result(), after any failed checksum
                    self._refused.append(exc)
            _release(data)

    def result(self) -> None:
        """Wait for every file; raise :class:`IndexCorrupt` naming the first that failed."""
        for thread in self._threads:
            thread.join()
        if self.failed:
            raise IndexCorrupt(f"{self.root}: {min(self.failed)} failed its checksum; {_REBUILD.format(path=self.root)}")
        if self._refused:
            raise self._refused[0]
        if self._hooks is not None:
            self._hooks[1]()


def _release(data: Any) -> None:
    """Drop the pages a checksum read from this process's memory (they stay in the page cache).

    Reading every byte makes the whole index resident in the process; a query then needs only a
    few pages, which are mapped in again from the cache when touched.
    """
    if isinstance(data, mmap.mmap) and hasattr(mmap, "MADV_DONTNEED"):
        data.madvise(mmap.MADV_DONTNEED)


def _matches(data: Any, info: Mapping[str, Any]) -> bool:
    # Every checksum recorded must match, and there must be one.
    known = [k for k in ("crc32", "sha256") if k in info]
    if "crc32" in info and zlib.crc32(data) != info["crc32"]:
        return False
    if "sha256" in info and hashlib.sha256(data).hexdigest() != info["sha256"]:
        return False
    return bool(known)


def _map(file: Path, size: int):
    if size == 0:
        return b""
    with open(file, "rb") as f:
        return mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)


def _write_file(file: Path, data: bytes | np.ndarray) -> dict[str, Any]:
    """Create ``file`` (it must not exist: ``O_EXCL|O_NOFOLLOW``, so a planted link is never followed),
    write, fsync; return its size and CRC. A short write is an OSError with its errno (ENOSPC)."""
    fd = os.open(file, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, 0o644)
    with os.fdopen(fd, "wb") as f:
        if isinstance(data, np.ndarray):
            if data.dtype.hasobject:
                raise SearchIndexError("refusing to save an object array (it would need pickle)")
            array = np.ascontiguousarray(data)
            header = np.lib.format.header_data_from_array_1_0(array)
            try:
                np.lib.format.write_array_header_1_0(f, header)
            except ValueError:  # a header too large for format 1.0
                np.lib.format.write_array_header_2_0(f, header)
            # Written by Python's file object (not numpy's tofile), so a full disk is ENOSPC, not a count.
            _put(f, memoryview(array).cast("B") if array.size else b"")
        else:
            _put(f, data)
        f.flush()
        os.fsync(f.fileno())
        size = f.tell()
    # Check what landed on disk (memory-mapped), not a second copy of the data in memory.
    return {"size": size, "crc32": zlib.crc32(_map(file, size))}


def _put(f: io.BufferedWriter, data: Any) -> None:
    f.write(data)


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:  # not possible on some platforms (Windows); the rename is still atomic
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _manifest_hash(manifest: Mapping[str, Any]) -> str:
    body = {k: v for k, v in manifest.items() if k != "checksum"}
    return hashlib.sha256(json.dumps(body, sort_keys=True, ensure_ascii=False).encode()).hexdigest()
