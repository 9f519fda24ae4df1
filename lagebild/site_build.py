"""Building the site into a sibling temporary folder and swapping it in on success.

A failed or interrupted build leaves ``site/`` exactly as the last good build
left it.  A lock (``fcntl.flock``, released by the kernel if the holder dies)
keeps two builds from mixing their output.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

from lagebild.errors import BuildLocked, LagebildError, Problem

TEMP_SITE_PREFIX = "site.tmp-"


@contextlib.contextmanager
def project_lock(state_dir: Path) -> Iterator[None]:
    state_dir.mkdir(parents=True, exist_ok=True)
    lock_path = state_dir / "lock"
    with open(lock_path, "a+", encoding="utf-8") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "?"
            raise BuildLocked(Problem(str(lock_path), f"another build is running (lock held by pid {holder})",
                                      hint="wait for it to finish, then run again")) from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        try:
            yield
        finally:
            handle.seek(0)
            handle.truncate()
            fcntl.flock(handle, fcntl.LOCK_UN)


def remove_stale_builds(site_dir: Path) -> None:
    for stale in site_dir.parent.glob(TEMP_SITE_PREFIX + "*"):
        shutil.rmtree(stale, ignore_errors=True)
    for stale in site_dir.parent.glob("site.old-*"):
        shutil.rmtree(stale, ignore_errors=True)


class _WarningCounter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def build_site(config_file: Path, site_dir: Path, today: str | None = None) -> None:
    """Run MkDocs (strict) into a temporary sibling of site_dir, then swap it in."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, MkDocsException

    site_dir = site_dir.resolve()
    remove_stale_builds(site_dir)
    temp = site_dir.parent / f"{TEMP_SITE_PREFIX}{os.getpid()}"
    if today:
        os.environ["LAGEBILD_TODAY"] = today
    counter = _WarningCounter()
    mkdocs_log = logging.getLogger("mkdocs")
    mkdocs_log.addHandler(counter)
    try:
        config = load_config(str(config_file), site_dir=str(temp), strict=True)
        build(config)
        _swap(temp, site_dir)
    except LagebildError:
        raise
    except (Abort, MkDocsException) as exc:
        details = [Problem(str(config_file), message) for message in counter.messages] or [
            Problem(str(config_file), f"site build failed: {exc}")]
        raise LagebildError(details) from None
    finally:
        mkdocs_log.removeHandler(counter)
        shutil.rmtree(temp, ignore_errors=True)


def _swap(temp: Path, site_dir: Path) -> None:
    old = site_dir.parent / f"site.old-{os.getpid()}"
    if site_dir.exists():
        os.replace(site_dir, old)
    os.replace(temp, site_dir)
    shutil.rmtree(old, ignore_errors=True)
