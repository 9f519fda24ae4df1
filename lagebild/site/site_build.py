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
import gc
import logging
import os
import re
import secrets
import shutil
import signal
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from lagebild.errors import LagebildError, Problem
from lagebild.lock import project_lock
from lagebild.paths import check_site_dir, state_dir_for
from lagebild.site.incremental import site_record

# Our temporary folders beside the site: <site>.tmp-<pid>-<16 hex> and <site>.old-<pid>-<16 hex>.
_OWN_NAME = re.compile(r"^.+\.(tmp|old)-\d+-[0-9a-f]{16}$")
_RENAME_EXCHANGE = 2  # linux/fs.h: swap two paths in one step
__all__ = ["BuildOutcome", "build_site", "os_problem", "project_lock", "remove_stale_builds", "temp_name"]
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


@dataclass
class BuildOutcome:
    kept: bool = False  # nothing changed since the last build: site/ was left as it was
    rendered: int | None = None  # pages rendered by a warm build (None: a cold one rendered all)
    pages: int = 0
    notes: list[str] = field(default_factory=list)  # a page cache that could not be used or written


def build_site(config_file: Path, site_dir: Path, today: str | None = None,
               site_url: str | None = None, jobs: int = 2, collect_after: bool = True) -> BuildOutcome:
    """Run MkDocs (strict) into a temporary sibling of site_dir, then swap it in.

    `site_url` (the site's public address) overrides mkdocs.yml's `site_url`.  With the page cache
    (`incremental.page_cache`) a build whose inputs did not change keeps the site, and one whose
    inputs changed renders only the pages that show what changed.  A cold build with `jobs` 2 builds
    the pages in two processes where that is safe (`lagebild.site.page_fork`).  The cyclic garbage
    collector is off while it builds; `collect_after` False leaves it off (a process that ends after
    the build: see `_collector_paused`).
    """
    site_dir = site_dir.resolve()
    config_file = config_file.resolve()
    if today:
        os.environ["LAGEBILD_TODAY"] = today
    build_day = today or os.environ.get("LAGEBILD_TODAY") or date.today().isoformat()
    folder = config_file.parent / ".lagebild" / "cache" / "pages"
    notes: list[str] = []
    # Only the standard library and the record so far: a build with nothing to do imports no MkDocs.
    record = site_record.read_record(folder, notes)
    if record is not None and site_record.up_to_date(record, config_file, site_dir, build_day, site_url):
        return BuildOutcome(kept=True, pages=len(record.pages), notes=notes)
    from lagebild.site.incremental.page_cache import PageCache

    cache = PageCache(folder, notes, record)
    with _collector_paused(collect_after):
        outcome = _build(config_file, site_dir, build_day, site_url, cache, jobs)
    outcome.notes = notes
    return outcome


@contextlib.contextmanager
def _collector_paused(collect_after: bool = True) -> Iterator[None]:
    """No cyclic garbage collection while the site is built (nor in the processes it forks).

    A build only grows its heap (modules, briefings, corpus, pages), and each full collection walks
    all of it: at 1,000 briefings ten of them took ~0.8 s CPU in each process, nine before the first
    fork (on the critical path), for ~29,000 objects of cyclic garbage in the whole build (a few MB).
    Plain reference counting still frees everything else.  Collection comes back after the build
    (a process that builds again, e.g. the tests, collects then), unless `collect_after` is False:
    the first collection then walks every object the build made (~0.2 s at 1,000 briefings), and
    the interpreter walks them all again when it exits — wasted in a process that ends anyway."""
    if not collect_after:
        gc.disable()
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _input_folders(config: Any, plugin: Any) -> list[tuple[Path, frozenset[str]]]:
    """What a build reads besides mkdocs.yml: content, templates (and the theme overrides), the state
    folder without its caches, seeds."""
    root = Path(config.config_file_path).resolve().parent
    docs = Path(config.docs_dir).resolve()
    folders: list[tuple[Path, frozenset[str]]] = [(docs, frozenset()), (root / "templates", frozenset())]
    if plugin is not None:  # as its on_config will find it (not yet run)
        folders.append(((root / plugin.config.templates).resolve(), frozenset()))
    if config.theme.custom_dir:
        folders.append((Path(config.theme.custom_dir).resolve(), frozenset()))
    folders += [(state_dir_for(docs), site_record.SKIPPED_STATE), (root / "seeds", frozenset())]
    return sorted(set(folders), key=lambda item: str(item[0]))


def _fresh_plugins() -> None:
    """New plugin objects for this build.  MkDocs keeps plugins that have `on_startup` in a cache
    on its config schema, for `mkdocs serve`; a second build in the same process (tests) would
    otherwise start from the last one's state, of whatever project that was."""
    from mkdocs.config.defaults import MkDocsConfig

    option = dict(MkDocsConfig._schema).get("plugins")
    if option is not None and hasattr(option, "plugin_cache"):
        option.plugin_cache = {}


def _build(config_file: Path, site_dir: Path, today: str, site_url: str | None, cache: Any,
           jobs: int) -> BuildOutcome:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, MkDocsException

    from lagebild.site import last_good
    from lagebild.site.incremental import serve_hooks
    from lagebild.site.incremental.page_cache import search_is_ours
    from lagebild.site.plugin import LagebildPlugin

    temp = temp_name(site_dir, "tmp")
    recorder = _Recorder()
    mkdocs_log = logging.getLogger("mkdocs")
    mkdocs_log.addHandler(recorder)
    config_shown = config_file.name
    docs_dir = "content"
    outcome = BuildOutcome()
    built = False
    plugin = None
    try:
        overrides = {"site_url": site_url} if site_url else {}
        _fresh_plugins()
        # A render is no preview: a broken briefing fails it, whatever an earlier build of this process served.
        last_good.serving = False
        config = load_config(str(config_file), site_dir=str(temp), strict=True, **overrides)
        docs_dir = Path(config.docs_dir).name
        # The site replaces its folder as a whole: never where the content or the project is.
        check_site_dir(site_dir, config_file.parent,
                       {"content": Path(config.docs_dir), "templates": config_file.parent / "templates"})
        remove_stale_builds(site_dir)
        plugin = config.plugins.get("lagebild")
        plugin = plugin if isinstance(plugin, LagebildPlugin) else None
        if plugin is not None:
            plugin.processes = 1 if jobs < 2 else 2  # `--jobs 1`: one process throughout
        plugin_today = plugin.config.today if plugin is not None else None
        folders = _input_folders(config, plugin)
        # Before the build reads anything: an edit during the build makes the next build run again.
        inputs = site_record.inputs_digest(config_file, site_dir, today, site_url, folders)
        state = cache.load_state() if plugin is not None and search_is_ours(config.plugins) else None
        if state is not None and plugin is not None:
            cache.link_pages(site_dir, temp)
            plugin.resume(state)
            serve_hooks.drop_dirty_warning()  # MkDocs warns of every dirty build; strict would abort
            build(config, dirty=True)
        else:  # a cold build into the fresh temporary folder: the pages on two cores
            build(config, dirty=_split_pages(config) if jobs > 1 and not temp.exists() else False)
        with _deferred_interrupt():
            _swap(temp, site_dir)
            built = True
        if plugin is not None:
            outcome.pages = len(plugin.page_outputs)
            outcome.rendered = plugin.rendered_pages if state is not None else None
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
            if not built:
                cache.after_failure(site_dir)
    if plugin is not None:
        # A build date set in mkdocs.yml is not the one the inputs were digested with: no record.
        recorded = inputs if plugin_today in (None, today) else None
        with _deferred_interrupt():
            cache.save(plugin.snapshot(), recorded, folders, site_dir, plugin.page_outputs)
    return outcome


def _split_pages(config: Any) -> bool:
    """Let our plugin build the pages in two processes; True if it will (MkDocs then builds dirty:
    into the fresh temporary folder every page counts as modified, except those the child builds).

    Only into an empty folder: in a folder holding an earlier build, MkDocs' dirty build would skip
    every page whose output is newer than its source, whatever else changed."""
    from lagebild.site.incremental.serve_hooks import drop_dirty_warning
    from lagebild.site.theme_warmup import share_env

    plugin = config.plugins.get("lagebild")
    split = getattr(plugin, "split_pages", None)
    if split is None or not split():
        return False
    drop_dirty_warning()  # MkDocs' warning about dirty builds would fail the strict build
    share_env(config.theme)  # one theme environment for both processes, compiled before the fork
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
