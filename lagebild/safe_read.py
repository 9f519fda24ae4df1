"""Opening an input file only when it is a regular file.

A FIFO (named pipe) or a device among the seeds or briefings would block a
plain ``open().read()`` for ever while the build holds the project lock; a
folder or socket would fail with an unhelpful error.  The file is opened
without blocking and checked with ``fstat`` on the open descriptor, so what
is checked is what is read.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from lagebild.errors import LagebildError, Problem

NOT_REGULAR = "is not a regular file (a pipe, device or socket): skipped"


def not_regular(shown: str) -> Problem:
    return Problem(shown, NOT_REGULAR, hint="replace it by an ordinary file, or move it away")


def is_regular(path: str | Path) -> bool:
    """Whether the path is a regular file, without following a symlink and without opening it."""
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False


def read_bytes(path: Path, shown: str, limit: int | None = None) -> bytes:
    """The file's bytes (at most limit + 1, so the caller can tell it is too large).

    Raises LagebildError for a non-regular file; OSError for what the system refuses."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise LagebildError(not_regular(shown))
        os.set_blocking(fd, True)
        with os.fdopen(fd, "rb", closefd=False) as stream:
            return stream.read() if limit is None else stream.read(limit + 1)
    finally:
        os.close(fd)
