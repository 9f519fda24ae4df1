"""Writing files so that a crash, Ctrl-C or a full disk never leaves half a file."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import tempfile
from pathlib import Path

from lagebild.errors import LagebildError, Problem

TEMP_PREFIX = ".lagebild-tmp-"


def write_text(path: Path, text: str, display: str | None = None, *, sync: bool = True) -> None:
    """Write via a temporary file in the same folder, fsync, then rename over the target.

    ``sync=False`` skips the fsync: still never half a file for readers, but after a power
    loss the file may be empty; for caches, whose readers treat a bad entry as missing.
    """
    write_bytes(path, text.encode("utf-8"), display, sync=sync)


def write_bytes(path: Path, data: bytes, display: str | None = None, *, sync: bool = True) -> None:
    """`write_text` for bytes."""
    shown = display or str(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.is_dir():
            raise LagebildError(Problem(shown, "is a folder, expected a file",
                                        hint="move the folder away"))
        handle, temp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, dir=path.parent)
    except OSError as exc:
        raise LagebildError(_os_problem(exc, shown)) from None
    try:
        # mkstemp makes 0600 files; keep the target's mode, or give a new file the usual one.
        os.chmod(temp_name, _mode_for(path))
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            if sync:
                os.fsync(stream.fileno())
        os.replace(temp_name, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        if isinstance(exc, OSError):
            raise LagebildError(_os_problem(exc, shown)) from None
        raise


def _mode_for(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


# mkstemp's names: the prefix and eight random letters, digits or '_'; nothing else is ours.
_OWN_TEMP = re.compile(re.escape(TEMP_PREFIX) + r"[a-z0-9_]{8}")


def remove_stale_temp_files(folder: Path) -> None:
    """Temporary files left by a run that was killed (only regular files named as ours)."""
    if folder.is_dir():
        for stale in folder.rglob(TEMP_PREFIX + "*"):
            if _OWN_TEMP.fullmatch(stale.name) and stale.is_file() and not stale.is_symlink():
                with contextlib.suppress(OSError):
                    stale.unlink()


def _os_problem(exc: OSError, shown: str) -> Problem:
    if exc.errno == errno.ENOSPC:
        return Problem(shown, "No space left on device while writing", hint="free disk space and run again")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return Problem(shown, "permission denied while writing",
                       hint="make the folder writable, or run from a copy you may write to")
    return Problem(shown, f"could not write: {exc.strerror or exc}")
