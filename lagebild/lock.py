"""The project lock: one build at a time, and a dead build never blocks the next one.

``fcntl.flock`` is released by the kernel when the last holder of the open
file closes it, so a killed build frees the lock by itself, unless a child
it forked still holds a copy.  Forked children (extraction workers) therefore
drop their copy at once, and the lock file records the holder's pid and start
time: a lock whose recorded holder no longer runs is taken over with a note.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from lagebild.errors import BuildLocked, Problem


@contextlib.contextmanager
def project_lock(state_dir: Path) -> Iterator[None]:
    """Hold the project lock for the block; a lock whose holder is gone is taken over."""
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
