"""Building the site into a sibling temporary folder and swapping it in on success.

A failed or interrupted build leaves ``site/`` exactly as the last good build
left it.  A lock (``fcntl.flock``, released by the kernel if the holder dies)
keeps two builds from mixing their output.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import errno
import fcntl
import logging
import os
import re
import secrets
import shutil
import signal
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from lagebild.errors import BuildLocked, LagebildError, Problem
from lagebild.paths import check_site_dir

# Our temporary folders beside the site: <site>.tmp-<pid>-<16 hex> and <site>.old-<pid>-<16 hex>.
_OWN_NAME = re.compile(r"^.+\.(tmp|old)-\d+-[0-9a-f]{16}$")
_RENAME_EXCHANGE = 2  # linux/fs.h: swap two paths in one step
# MkDocs names a page by its path inside docs_dir; editors know it by its path in the project.
_DOC_FILE = re.compile(r"^Doc file '([^']+)' (.*)$")


@contextlib.contextmanager
def project_lock(state_dir: Path) -> Iterator[None]:
    """Hold the project lock for the block; a lock whose holder is gone is taken over.

    The lock file records the holder's pid and start time.  The kernel releases a flock when
    its last holder closes it; forked workers close their inherited copy at once (see
    ``_release_in_child``), and if some other process still holds a dead build's lock, the
    recorded pid tells us the build is gone and the lock is taken over with a note.
    """
    state_dir.mkdir(parents=True, exist_ok=True)
    lock_path = state_dir / "lock"
    shown = f"{state_dir.name}/lock"
    for _attempt in range(5):
        handle = open(lock_path, "a+", encoding="utf-8")  # noqa: SIM115 - held across the yield
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            recorded = handle.read().strip()
            holder = recorded.split()[0] if recorded else "?"
            if _holder_alive(recorded) or not _same_file(handle, lock_path):
                handle.close()
                raise BuildLocked(Problem(shown, f"another build is running (lock {shown} held by pid {holder})",
                                          hint="wait for it to finish, then run again")) from None
            # The recorded holder is dead; what still holds the flock is an orphan of it.
            print(f"{shown}: note: the lock was held by pid {holder}, which no longer runs: taken over",
                  file=sys.stderr)
            with contextlib.suppress(FileNotFoundError):
                lock_path.unlink()
            handle.close()
            continue
        if not _same_file(handle, lock_path):
            handle.close()  # another run took a stale lock over meanwhile: lock its new file
            continue
        break
    else:
        raise BuildLocked(Problem(shown, "could not take the lock", hint="run again"))
    try:
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()} {_start_time(os.getpid())}")
        handle.flush()
        _held_locks.add(handle.fileno())
        try:
            yield
        finally:
            _held_locks.discard(handle.fileno())
            handle.seek(0)
            handle.truncate()
            fcntl.flock(handle, fcntl.LOCK_UN)
    finally:
        handle.close()


_held_locks: set[int] = set()


def _release_in_child() -> None:
    """A forked child (an extraction worker) must not keep the parent's lock alive: point its
    copies of the lock descriptor at /dev/null, which drops its share of the flock."""
    for fd in list(_held_locks):
        null = os.open(os.devnull, os.O_RDWR)
        os.dup2(null, fd)
        os.close(null)
    _held_locks.clear()


os.register_at_fork(after_in_child=_release_in_child)


def _start_time(pid: int) -> str:
    """The process's start time in clock ticks since boot (Linux), to tell a pid from its reuse."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return "?"
    fields = stat.rsplit(")", 1)[-1].split()
    return fields[19] if len(fields) > 19 else "?"


def _holder_alive(recorded: str) -> bool:
    """Whether the process named in the lock file still runs (unknown counts as running)."""
    parts = recorded.split()
    if not parts or not parts[0].isdigit():
        return True
    pid = int(parts[0])
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    if len(parts) > 1 and parts[1] != "?" and Path("/proc").is_dir():
        return _start_time(pid) == parts[1]  # the pid was reused by another process
    return True


def _same_file(handle: Any, path: Path) -> bool:
    try:
        return os.fstat(handle.fileno()).st_ino == path.stat().st_ino
    except OSError:
        return False


def _owned(folder: Path, site_dir: Path, prefix: str) -> bool:
    """Whether a folder beside the site is a temporary one of ours (never a user's backup)."""
    return _OWN_NAME.fullmatch(folder.name) is not None and folder.name.startswith(f"{site_dir.name}.{prefix}-")


def temp_name(site_dir: Path, kind: str) -> Path:
    """site.tmp-<pid>-<random token>: a name no user picks by chance."""
    return site_dir.parent / f"{site_dir.name}.{kind}-{os.getpid()}-{secrets.token_hex(8)}"


def remove_stale_builds(site_dir: Path) -> None:
    """Leftovers of a killed build; called only while holding the project lock."""
    parent = site_dir.parent
    temps = sorted(p for p in parent.glob(f"{site_dir.name}.tmp-*") if _owned(p, site_dir, "tmp"))
    olds = sorted((p for p in parent.glob(f"{site_dir.name}.old-*") if _owned(p, site_dir, "old")),
                  key=lambda p: p.stat().st_mtime)
    if olds and not site_dir.exists():
        # Killed between the two renames of a non-atomic swap: the old site is the last good one.
        os.replace(olds[-1], site_dir)
        olds = olds[:-1]
    for stale in [*temps, *olds]:
        shutil.rmtree(stale, ignore_errors=True)


class _Recorder(logging.Handler):
    """Keeps MkDocs' warnings and errors, and our plugin's problems, to report them together."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.problems: list[Problem] = []
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        problem = getattr(record, "lagebild_problem", None)
        if isinstance(problem, Problem):
            self.problems.append(problem)
        else:
            self.messages.append(record.getMessage())


def _mkdocs_problem(message: str, docs_dir: str, config_shown: str) -> Problem:
    match = _DOC_FILE.match(message)
    if match:
        return Problem(f"{docs_dir}/{match.group(1)}", match.group(2),
                       hint="fix or remove the link; `build.py check` lists briefing problems")
    return Problem(config_shown, message)


def build_site(config_file: Path, site_dir: Path, today: str | None = None) -> None:
    """Run MkDocs (strict) into a temporary sibling of site_dir, then swap it in."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, MkDocsException

    site_dir = site_dir.resolve()
    temp = temp_name(site_dir, "tmp")
    if today:
        os.environ["LAGEBILD_TODAY"] = today
    recorder = _Recorder()
    mkdocs_log = logging.getLogger("mkdocs")
    mkdocs_log.addHandler(recorder)
    config_shown = config_file.name
    docs_dir = "content"
    try:
        config = load_config(str(config_file), site_dir=str(temp), strict=True)
        docs_dir = Path(config.docs_dir).name
        # The site replaces its folder as a whole: never where the content or the project is.
        check_site_dir(site_dir, config_file.resolve().parent,
                       {"content": Path(config.docs_dir), "templates": config_file.resolve().parent / "templates"})
        remove_stale_builds(site_dir)
        build(config)
        with _deferred_interrupt():
            _swap(temp, site_dir)
    except LagebildError:
        raise
    except (Abort, MkDocsException) as exc:
        if recorder.problems:
            raise LagebildError(recorder.problems) from None
        details = [_mkdocs_problem(m, docs_dir, config_shown)
                   for m in recorder.messages if not m.startswith("lagebild:")]
        raise LagebildError(details or [Problem(config_shown, f"site build failed: {exc}")]) from None
    except OSError as exc:
        raise LagebildError(os_problem(exc, exc.filename or str(site_dir))) from None
    finally:
        mkdocs_log.removeHandler(recorder)
        with _deferred_interrupt():
            shutil.rmtree(temp, ignore_errors=True)


@contextlib.contextmanager
def _deferred_interrupt() -> Iterator[None]:
    """Let a Ctrl-C arriving here wait until the block is done, then raise it.

    Swapping the site in and removing the temporary folder must not stop halfway: an
    interrupt there would leave a half-removed folder or no site at all.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    received: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, _frame: received.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if received:
        raise KeyboardInterrupt


def os_problem(exc: OSError, path: str | os.PathLike[str]) -> Problem:
    shown = str(path)
    if exc.errno == errno.ENOSPC:
        return Problem(shown, "No space left on device while writing", hint="free disk space and run again")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return Problem(shown, f"permission denied ({exc.strerror})",
                       hint="make the folder writable, or build from a copy you may write to")
    return Problem(shown, f"could not write: {exc.strerror or exc}")


def _exchange(a: Path, b: Path) -> bool:
    """Swap two folders atomically (Linux renameat2); False where the system cannot."""
    libc_name = ctypes.util.find_library("c")
    if not libc_name:
        return False
    libc = ctypes.CDLL(libc_name, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    at_fdcwd = -100
    result = renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), _RENAME_EXCHANGE)
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP):
        return False
    raise OSError(code, os.strerror(code), str(b))


def _swap(temp: Path, site_dir: Path) -> None:
    """Put the new build in place: one atomic exchange, or two renames that the next run repairs."""
    if site_dir.is_dir() and not site_dir.is_symlink() and _exchange(temp, site_dir):
        return  # temp now holds the old site; the caller removes it
    old = temp_name(site_dir, "old")
    if site_dir.exists() or site_dir.is_symlink():
        os.replace(site_dir, old)
    try:
        os.replace(temp, site_dir)
    except BaseException:
        if old.exists():
            os.replace(old, site_dir)
        raise
    if old.is_dir() and not old.is_symlink():
        shutil.rmtree(old, ignore_errors=True)
    elif old.exists() or old.is_symlink():
        old.unlink()
