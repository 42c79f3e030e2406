"""Opening an index's files for reading: never through a link, never blocking, regular files only;
and ``.npy`` arrays read from mapped bytes with nothing but plain numbers allowed."""

from __future__ import annotations

import errno
import io
import os
import stat
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import IndexCorrupt

NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
NONBLOCK = getattr(os, "O_NONBLOCK", 0)


def open_regular(file: Path) -> int:
    """A descriptor of ``file`` opened read-only, never through a link and never blocking; IndexCorrupt
    (saying what it is) if it is not a regular file. FileNotFoundError passes through."""
    try:
        fd = os.open(file, os.O_RDONLY | NOFOLLOW | NONBLOCK)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise IndexCorrupt("is a symbolic link, which an index never holds") from None
        raise
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        what = "a FIFO" if stat.S_ISFIFO(mode) else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) \
            else "a folder" if stat.S_ISDIR(mode) else "a socket" if stat.S_ISSOCK(mode) else "not a regular file"
        raise IndexCorrupt(f"is {what}, not a regular file")
    return fd


def read_small(file: Path, limit: int) -> bytes:
    fd = open_regular(file)
    try:
        if os.fstat(fd).st_size > limit:
            raise IndexCorrupt(f"is larger than {limit} bytes")
        with os.fdopen(fd, "rb", closefd=False) as f:
            return f.read(limit + 1)
    finally:
        os.close(fd)


def is_int(x: Any) -> bool:
    return type(x) is int


def array_of(data: Any) -> np.ndarray:
    """A read-only array viewing an ``.npy`` file's mapped bytes: plain numbers only (no objects, no
    records, no Fortran order, native byte order), and exactly as many bytes as its header says."""
    head = io.BytesIO(bytes(data[:min(len(data), 1 << 16)]))
    try:
        version = np.lib.format.read_magic(head)
        reader = np.lib.format.read_array_header_1_0 if version == (1, 0) else np.lib.format.read_array_header_2_0
        shape, fortran, dtype = reader(head)
    except Exception as exc:  # numpy says many things about a broken header
        raise ValueError(f"bad header: {str(exc)[:80]}") from None
    if dtype.hasobject or dtype.fields is not None or dtype.subdtype is not None or dtype.kind not in "biuf":
        raise ValueError(f"dtype {dtype} is not one an index holds")
    if not dtype.isnative or fortran:
        raise ValueError(f"dtype {dtype} in {'Fortran order' if fortran else 'foreign byte order'}")
    count = int(np.prod(shape, dtype=np.int64)) if shape else 1
    if head.tell() + count * dtype.itemsize != len(data):
        raise ValueError(f"{len(data) - head.tell()} bytes of data for shape {shape}")
    return np.frombuffer(data, dtype, count, head.tell()).reshape(shape)
