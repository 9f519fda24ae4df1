"""Building the site into a sibling temporary folder and swapping it in on success.

A failed or interrupted build leaves ``site/`` exactly as the last good build
left it.  The project lock (``lagebild.lock``) keeps two builds from mixing
their output.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import errno
import logging
import os
import re
import secrets
import shutil
import signal
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from lagebild.errors import LagebildError, Problem
from lagebild.lock import project_lock
from lagebild.paths import check_site_dir

# Our temporary folders beside the site: <site>.tmp-<pid>-<16 hex> and <site>.old-<pid>-<16 hex>.
_OWN_NAME = re.compile(r"^.+\.(tmp|old)-\d+-[0-9a-f]{16}$")
_RENAME_EXCHANGE = 2  # linux/fs.h: swap two paths in one step
__all__ = ["build_site", "os_problem", "project_lock", "remove_stale_builds", "temp_name"]
# MkDocs names a page by its path inside docs_dir; editors know it by its path in the project.
_DOC_FILE = re.compile(r"^Doc file '([^']+)' (.*)$")


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


def build_site(config_file: Path, site_dir: Path, today: str | None = None, site_url: str | None = None,
               jobs: int = 2) -> None:
    """Run MkDocs (strict) into a temporary sibling of site_dir, then swap it in.

    `site_url` (the site's public address) overrides mkdocs.yml's `site_url`.  With `jobs` 2 the
    pages are built by two processes where that is safe (`lagebild.site.page_fork`).
    """
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
        overrides = {"site_url": site_url} if site_url else {}
        config = load_config(str(config_file), site_dir=str(temp), strict=True, **overrides)
        docs_dir = Path(config.docs_dir).name
        # The site replaces its folder as a whole: never where the content or the project is.
        check_site_dir(site_dir, config_file.resolve().parent,
                       {"content": Path(config.docs_dir), "templates": config_file.resolve().parent / "templates"})
        remove_stale_builds(site_dir)
        build(config, dirty=_split_pages(config) if jobs > 1 and not temp.exists() else False)
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


def _split_pages(config: Any) -> bool:
    """Let our plugin build the pages in two processes; True if it will (MkDocs then builds dirty:
    into the fresh temporary folder every page counts as modified, except those the child builds).

    Only into an empty folder: in a folder holding an earlier build, MkDocs' dirty build would skip
    every page whose output is newer than its source, whatever else changed."""
    from lagebild.site.incremental.serve_hooks import drop_dirty_warning

    plugin = config.plugins.get("lagebild")
    split = getattr(plugin, "split_pages", None)
    if split is None or not split():
        return False
    drop_dirty_warning()  # MkDocs' warning about dirty builds would fail the strict build
    return True


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
