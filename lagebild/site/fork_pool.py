"""Rendering the generated pages on two cores: one forked helper renders every other page.

The corpus is built once; a forked child shares it (copy-on-write) instead of receiving it, so
only the finished pages travel back, pickled through a pipe.  The parent renders its half
meanwhile and keeps the order of the jobs, so the result is what a serial run gives.

Only where forking is safe: a platform with `fork`, a process with no other thread (under
`mkdocs serve` the build runs beside the server's threads, and a lock held by one of them would
stay held forever in the child), and work big enough to pay for the fork.  If the child fails
for any reason, the parent renders its half itself — so an error (a broken template) is raised
in the parent as in a serial run.
"""

from __future__ import annotations

import os
import pickle
import threading
from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")
MIN_JOBS = 64  # below this a fork costs more than it saves


def usable_workers(wanted: int = 2) -> int:
    if wanted < 2 or not hasattr(os, "fork") or threading.active_count() > 1:
        return 1
    return 2 if (os.cpu_count() or 1) >= 2 else 1


def run_jobs(jobs: Sequence[Callable[[], T]], workers: int = 1, beside: Callable[[], object] | None = None,
             child_share: float = 0.5) -> list[T]:
    """Every job's result, in job order; with two workers a forked child runs a `child_share` of the
    jobs, spread evenly over the list (a half: the odd ones).

    `beside()`, if given, runs in this process while the child works (before this process's own
    jobs), or first when nothing forks: work that must happen anyway and would otherwise wait for
    the jobs, or they for it.  Give the child more than half of the jobs to match it."""
    if workers < 2 or len(jobs) < MIN_JOBS or usable_workers(workers) < 2:
        if beside is not None:
            beside()
        return [job() for job in jobs]
    theirs_at = child_indices(len(jobs), child_share)
    chosen = set(theirs_at)
    theirs_jobs = [jobs[index] for index in theirs_at]
    mine_jobs = [job for index, job in enumerate(jobs) if index not in chosen]
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: render, send, leave without running the parent's exit handlers
        status = 0
        try:
            os.close(read_end)
            data = pickle.dumps([job() for job in theirs_jobs], protocol=pickle.HIGHEST_PROTOCOL)
            with os.fdopen(write_end, "wb") as pipe:
                pipe.write(data)
        except BaseException:  # the parent redoes this half and reports the error
            status = 1
        finally:
            os._exit(status)
    os.close(write_end)
    try:
        if beside is not None:
            beside()
        mine = [job() for job in mine_jobs]
    except BaseException:
        _reap(pid, read_end)
        raise
    received = receive(pid, read_end)
    theirs: list[T] | None = received if isinstance(received, list) else None
    if theirs is None or len(theirs) != len(theirs_jobs):
        theirs = [job() for job in theirs_jobs]
    mine_results, theirs_results = iter(mine), iter(theirs)
    return [next(theirs_results) if index in chosen else next(mine_results) for index in range(len(jobs))]


def child_indices(count: int, share: float) -> list[int]:
    """The indices of `count` jobs that make up `share` of them, spread evenly (0.5: the odd ones)."""
    share = min(max(share, 0.0), 1.0)
    return [index for index in range(count) if int((index + 1) * share) > int(index * share)]


def receive(pid: int, read_end: int) -> object | None:
    """What a forked child pickled into its pipe, once it has ended well; None if it failed, sent
    nothing or a broken transfer (the caller then does the child's work itself)."""
    with os.fdopen(read_end, "rb") as pipe:
        data = pipe.read()
    _, status = os.waitpid(pid, 0)
    if status != 0 or not data:
        return None
    try:
        return pickle.loads(data)  # noqa: S301  # our own child's, through our own pipe
    except Exception:
        return None


def _reap(pid: int, read_end: int) -> None:
    with os.fdopen(read_end, "rb") as pipe:
        pipe.read()
    os.waitpid(pid, 0)
