"""MkDocs' page loop on two cores: a forked child builds about every other page outside the nav.

MkDocs reads, converts and renders page after page in one process (at 1,000 briefings two
thirds of a cold build).  A page outside the nav (a briefing, an actor, a timeline month …)
needs nothing from another page's build: its Markdown, its fact blocks, Material's template
and its search entries depend only on the corpus and on the nav, both ready when `on_nav` runs.
So `build.py render` runs MkDocs' build as a *dirty* build into its fresh temporary folder
(where every page counts as modified unless a plugin says otherwise) and the plugin, in
`on_nav`, forks:

- the child builds the pages it is given with MkDocs' own `_populate_page`, the plugins'
  `on_env` and `_build_page` (MkDocs 1.6: `mkdocs/commands/build.py`), writes them, and sends
  back what the parent needs of them: each page's anchors and the anchors it links to (MkDocs
  checks them after its loop), what the plugins noted (`collect`: search entries, render-cache
  keys) and every log record (a broken link must still fail a strict build);
- the parent marks those pages unmodified, so its own loop skips them, builds the rest, and
  after its last page (`on_post_page`, before MkDocs' anchor check and the search index) waits
  for the child and takes its results (`join`).

A page's output is a function of the same inputs in either process, so the site is byte for
byte what one process builds (`tests/test_page_fork.py` compares whole sites).  If the child
reports an error, the parent logs the child's records (MkDocs' own "Error reading page …" among
them) and raises it naming the page; if the child dies without a word, the parent builds its
pages itself.  Whatever a page hook keeps in memory (a cache's keys, a page output store) must
go back through `collect`, or the child's half of it is lost with the child.  Forking needs a
process without other threads (`fork_pool.usable_workers`): under `mkdocs serve`, and wherever
that does not hold, the build stays in one process.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import logging
import os
import pickle
import signal
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mkdocs.commands import build as mkdocs_build
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from lagebild.errors import Problem
from lagebild.site.fork_pool import child_indices, receive, usable_workers

_log = logging.getLogger("mkdocs.plugins.lagebild")
MIN_PAGES = 64  # below this a fork costs more than it saves
# The child's share of the pages outside the nav, spread evenly over them.  Besides its half, the
# parent builds the nav's pages, copies the theme's files and makes the exports (deferred_files),
# takes the child's report over and writes the sitemap: at 1,000 briefings, with a half each, it
# spent ~8.1 s CPU from the fork to the join against the child's ~7.7 s.
CHILD_SHARE = 0.525
PR_SET_PDEATHSIG = 1  # linux/prctl.h
Collect = Callable[[list[Page]], Any]  # child: what the plugins noted about these pages
Apply = Callable[[Any], None]  # parent: take it over


@dataclass
class PageResult:
    """What the parent needs of a page the child built: its anchors and the anchors it links to."""

    anchors: set[str] | None
    links: dict[str, dict[str, str]] | None  # linked page's source path -> {anchor: link as written}


@dataclass
class ChildReport:
    pages: dict[str, PageResult] = field(default_factory=dict)  # source path -> result
    noted: Any = None  # `collect`'s answer
    records: list[logging.LogRecord] = field(default_factory=list)
    failed_page: str | None = None  # the page whose build raised
    error: str | None = None  # the exception as the parent shows it
    error_type: str = ""
    cpu_s: float = 0.0  # the child's CPU seconds for its pages
    os_error: tuple[int | None, str | None, str | None] | None = None  # errno, text, file: raised again as such


def usable() -> bool:
    """Whether this process may fork for its pages now (a platform with fork, no other thread)."""
    return usable_workers(2) == 2


class PageFork:
    """One build's child: started in `on_nav`, joined after the parent's last page."""

    def __init__(self, pid: int, read_end: int, theirs: list[Page], last_own: Page | None) -> None:
        self.pid = pid
        self.read_end = read_end
        self.theirs = theirs
        self.last_own = last_own  # the parent joins when this page is written
        self.started = time.process_time()  # the parent's CPU clock at the fork
        self.joined = False

    @classmethod
    def start(cls, config: MkDocsConfig, files: Files, nav: Navigation, collect: Collect,
              in_child: Callable[[], None] = lambda: None) -> PageFork | None:
        """Fork a child for a `CHILD_SHARE` of the pages outside the nav; None if too few or forking is unsafe.

        `in_child()` runs first in the child (e.g. silences the progress line the parent draws)."""
        in_nav = {id(page) for page in nav.pages}
        pages = [file.page for file in files.documentation_pages(inclusion=InclusionLevel.is_included)
                 if file.page is not None and file.is_modified()]
        outside = [page for page in pages if id(page) not in in_nav]
        theirs = [outside[index] for index in child_indices(len(outside), CHILD_SHARE)]
        if len(theirs) < MIN_PAGES or not usable():
            return None
        chosen = {id(page) for page in theirs}
        own = [page for page in pages if id(page) not in chosen]
        read_end, write_end = os.pipe()
        parent = os.getpid()
        pid = os.fork()
        if pid == 0:  # the child: build, report, leave without the parent's exit handlers
            os.close(read_end)
            _die_with(parent)
            _child(theirs, config, files, nav, collect, in_child, write_end)
        os.close(write_end)
        for page in theirs:  # the parent's loop skips them (these File objects live for this build)
            page.file.is_modified = _unmodified  # type: ignore[method-assign]
        return cls(pid, read_end, theirs, own[-1] if own else None)

    def join(self, config: MkDocsConfig, files: Files, apply: Apply, rebuild: Callable[[list[Page]], None]) -> None:
        """Wait for the child and take over its pages' results; its errors are raised here.

        `rebuild(pages)` builds the pages in this process: used when the child ended without a report."""
        if self.joined:
            return
        self.joined = True
        received = receive(self.pid, self.read_end)
        report = received if isinstance(received, ChildReport) else None
        if report is None:
            _log.info(
                "lagebild: the second build process ended without its pages; building them here")
            rebuild(self.theirs)
            return
        for record in report.records:
            logging.getLogger(record.name).handle(record)
        if report.os_error is not None:
            raise OSError(*report.os_error)
        if report.error is not None:
            # As a problem of the page's file: the build's report names it (not the parent's last page,
            # during whose hooks this is raised).
            where = f"{Path(config.docs_dir).name}/{report.failed_page}" if report.failed_page else config.docs_dir
            problem = Problem(where, f"building the page failed: {report.error_type}: {report.error}")
            _log.error(str(problem), extra={"lagebild_problem": problem})
            raise PluginError(f"lagebild: {problem}")
        for page in self.theirs:
            result = report.pages.get(page.file.src_uri)
            if result is None:
                raise PluginError(f"lagebild: the second build process did not build page '{page.file.src_uri}'")
            page.present_anchor_ids = result.anchors
            if result.links is None:
                page.links_to_anchors = None
                continue
            page.links_to_anchors = {}
            for target, anchors in result.links.items():
                found = page.file if target == page.file.src_uri else files.get_file_from_path(target)
                if found is not None:
                    page.links_to_anchors[found] = anchors
        apply(report.noted)
        _log.debug(f"lagebild: {len(self.theirs)} pages built by the second build process "
                   f"({report.cpu_s:.2f} s CPU); joined {time.process_time() - self.started:.2f} s CPU after the fork")

    def abort(self) -> None:
        """The build failed in the parent: stop the child and forget its work."""
        if self.joined:
            return
        self.joined = True
        with contextlib.suppress(OSError):
            os.kill(self.pid, signal.SIGTERM)
        with contextlib.suppress(OSError):
            os.close(self.read_end)
        with contextlib.suppress(OSError):
            os.waitpid(self.pid, 0)


def _die_with(parent: int) -> None:
    """End this child when the parent ends (Linux): a killed build must not leave a process writing
    into the temporary folder that the next build removes."""
    name = ctypes.util.find_library("c")
    prctl = getattr(ctypes.CDLL(name), "prctl", None) if name else None
    if prctl is not None:
        prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    if os.getppid() != parent:  # the parent ended before the signal was asked for
        os._exit(1)


def _unmodified() -> bool:
    return False


def _child(pages: list[Page], config: MkDocsConfig, files: Files, nav: Navigation, collect: Collect,
           in_child: Callable[[], None], write_end: int) -> None:
    """Build `pages` as MkDocs' loop would (read and convert all, then `on_env`, then render all),
    send the report through `write_end` and exit."""
    status = 0
    report = ChildReport()
    # Log records go to the parent, which handles them as its own (strict counting, the build's
    # problem list); nothing is printed from here.
    logging.Logger.callHandlers = lambda self, record: report.records.append(record)  # type: ignore[method-assign]
    current: Page | None = None
    started = time.process_time()
    try:
        in_child()
        for current in pages:
            mkdocs_build._populate_page(current, config, files, dirty=False)
        current = None
        env = config.plugins.on_env(config.theme.get_env(), config=config, files=files)
        doc_files = files.documentation_pages(inclusion=InclusionLevel.is_included)
        for current in pages:
            mkdocs_build._build_page(current, config, doc_files, nav, env, dirty=False,
                                     excluded=current.file.inclusion.is_excluded())
        current = None
        for page in pages:
            links = page.links_to_anchors
            report.pages[page.file.src_uri] = PageResult(
                set(page.present_anchor_ids) if page.present_anchor_ids is not None else None,
                None if links is None else {target.src_uri: dict(anchors) for target, anchors in links.items()})
        report.noted = collect(pages)
    except BaseException as error:  # reported to the parent, which raises it
        report.failed_page = current.file.src_uri if current is not None else None
        report.error_type = type(error).__name__
        report.error = str(error) or traceback.format_exception_only(error)[-1].strip()
        if isinstance(error, OSError):  # a full disk, a folder not writable: reported as the build reports them
            report.os_error = (error.errno, error.strerror, None if error.filename is None else str(error.filename))
        report.pages.clear()
    report.cpu_s = time.process_time() - started
    try:
        data = _dumps(report)
        with os.fdopen(write_end, "wb") as pipe:
            pipe.write(data)
    except BaseException:
        status = 1  # no report: the parent builds these pages itself
    finally:
        os._exit(status)


def _dumps(report: ChildReport) -> bytes:
    """The report, pickled; log records with their message made text (their arguments may not pickle)."""
    records = []
    for record in report.records:
        record.msg, record.args, record.exc_info = record.getMessage(), None, None
        try:
            pickle.dumps(record)
        except Exception:  # an unpicklable extra: keep the message, level and logger
            record = logging.makeLogRecord({"name": record.name, "levelno": record.levelno,
                                            "levelname": record.levelname, "msg": record.msg})
        records.append(record)
    report.records = records
    return pickle.dumps(report, protocol=pickle.HIGHEST_PROTOCOL)


def rebuild_here(config: MkDocsConfig, files: Files, nav: Navigation, env: Any, pages: list[Page]) -> None:
    """Build `pages` in this process, as MkDocs' loop does (the child ended without a report)."""
    for page in pages:
        mkdocs_build._populate_page(page, config, files, dirty=False)
    doc_files = files.documentation_pages(inclusion=InclusionLevel.is_included)
    for page in pages:
        mkdocs_build._build_page(page, config, doc_files, nav, env, dirty=False,
                                 excluded=page.file.inclusion.is_excluded())
