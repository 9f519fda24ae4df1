"""Under `mkdocs serve`: a second process that renders some re-keyed actors' pages of a dirty build.

The serve process cannot fork for a build (fork_pool): its server's threads run beside the build.
And forking a ~1 GB serve process per build did not pay when tried (h-perf22: copy-on-write faults
in both processes cost more than half the pages' rendering saved).  So one worker is forked once,
in `on_serve`, before the server starts any thread, and lives as long as the server.  It holds a
copy of what the actor pages are rendered from, kept in step by the serve process:

- `sync`, as soon as a build has read its briefings: the briefings in order (the objects sent
  again only where they are not those of last time), the aliases and event links, the global part
  and the build date.  The worker makes its own corpus from them the way the serve process does
  (`CorpusReuse`: patched, replayed or afresh — each equal to a fresh corpus, which the
  incremental tests and audit mode check), while the serve process makes its own and fingerprints
  every page.
- `render`, as soon as the plan's part for the actor pages is known (`Planner.plan`'s `early`; the
  serve process fingerprints the other pages meanwhile): the actors whose pages the worker renders
  (each actor's path chooses a side once and for all, so each side's memos — cells, archive cuts —
  stay warm) and the plan's answers.  `generated_pages` takes the answer only if it picks the same
  actors (else `drop`).  The serve process renders the rest meanwhile and then takes the worker's pages
  (`HtmlPage`s, pickled) in their places, so the result is what one process gives.  Log records
  the worker's rendering made are handed to the serve process's loggers.

If the worker fails (an error, a broken pipe, no answer in `WAIT` seconds) it is stopped and the
serve process renders those actors itself, then and in every later build: never a page from a
worker that did not answer in full.  The worker ends when the serve process closes its end of the
pipe (on_shutdown, or its exit: the worker then reads the end of the pipe), and on Linux also when
the serve process dies (`PR_SET_PDEATHSIG`).  Not started on one core, where `fork` is missing,
beside other threads, or with `LAGEBILD_WORKER=0`; a build with fewer than `MIN_ACTORS` actors to
render keeps them all in process.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import signal
import threading
import time
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, Pipe
from pathlib import Path
from typing import Any

from lagebild.briefing.model import Briefing
from lagebild.picture.corpus import Corpus
from lagebild.site.html_pages import HtmlPage
from lagebild.site.incremental.cell_memo import CellMemo
from lagebild.site.incremental.corpus_reuse import CorpusReuse

# Fewer actors to render: all in process.  1 (h-perf23): an actor on the worker's side rendered here
# meets this process's cold memos (its cells, its archive cuts are the worker's), which costs more than
# the round trip (~10 ms; sync is sent in every dirty build anyway).
MIN_ACTORS = 1
WAIT = 30.0  # seconds the serve process waits for the worker's pages before rendering them itself

Pages = list[tuple[str, HtmlPage]]


def usable() -> bool:
    return (hasattr(os, "fork") and (os.cpu_count() or 1) >= 2 and threading.active_count() == 1
            and os.environ.get("LAGEBILD_WORKER") != "0")


def worker_side(path: str) -> bool:
    """Does the worker render this actor's pages?  Fixed per actor (its memos stay warm): about two in
    three, since this process renders the other generated pages besides (at 3,000 briefings, with one
    in two, the worker's pages were ready 0.01 s after this process's in most new/delete edits)."""
    return zlib.crc32(path.encode("utf-8", "surrogatepass")) % 3 != 0


@dataclass
class _Replica:
    """The worker's side: the briefings, corpus and memos its pages are rendered from."""

    briefings: dict[str, Briefing]
    reuse: CorpusReuse
    cells: CellMemo | None
    corpus: Corpus | None = None
    broken: bool = False  # a sync failed: every render answers with an error until a sync succeeds
    records: list[logging.LogRecord] = field(default_factory=list)

    def sync(self, slugs: Sequence[str], sent: Sequence[Briefing | None], aliases: Any, event_links: Any,
             language: str, global_part: str, today: str, dirty: bool) -> None:
        self.corpus = None
        briefings = [b if b is not None else self.briefings[slug] for slug, b in zip(slugs, sent, strict=True)]
        self.briefings = {b.slug: b for b in briefings}
        corpus = self.reuse.corpus(
            briefings, lambda: Corpus(briefings, aliases, language=language, event_links=event_links),
            global_part, today, dirty, False)
        corpus.picture(today)
        self.reuse.built(corpus, global_part)
        if self.cells is not None:
            self.cells.within(global_part)
        self.corpus, self.broken = corpus, False

    def render(self, actor_keys: Sequence[tuple[str, str]], wanted: Callable[[str], bool], template_dir: Path,
               language: str, today: str, directory_urls: bool) -> list[Pages]:
        from lagebild.site.actor_pages import actor_pages  # (imports the page renderer, the worker's only user)
        corpus = self.corpus
        if corpus is None or self.broken:
            raise RuntimeError("no corpus")
        if self.cells is not None:
            self.cells.start()
        return [actor_pages(corpus, corpus.actors[key], template_dir, language, today, directory_urls, wanted,
                            self.cells) for key in actor_keys]


@dataclass(frozen=True)
class Timings:
    """How the worker spent the last build, in seconds (benchmark, `RenderWorker.timings`): its sync
    (wall, CPU), how long it then stood idle until asked to render, and its rendering (wall, CPU).  The
    serve process waits for the worker (`RenderWorker.waited`) when its sync and rendering end after
    this process's own pages."""

    sync_wall: float = 0.0
    sync_cpu: float = 0.0
    idle: float = 0.0
    render_wall: float = 0.0
    render_cpu: float = 0.0


class _Collect(logging.Handler):
    def __init__(self, records: list[logging.LogRecord]) -> None:
        super().__init__(logging.DEBUG)
        self.records = records

    def emit(self, record: logging.LogRecord) -> None:
        record.msg, record.args, record.exc_info = record.getMessage(), None, None
        self.records.append(record)


def _work(conn: Connection, replica: _Replica) -> None:
    """The worker's loop: a message, its answer, until the pipe closes.  Each answer carries how the
    worker spent the build (`Timings`)."""
    synced_at, sync_cpu, sync_wall = 0.0, 0.0, 0.0
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        received = time.perf_counter()
        kind, args = message
        if kind == "stop":
            return
        gc.disable()
        if kind == "sync":
            cpu = time.process_time()
            try:
                replica.sync(*args)
            except Exception:
                replica.broken, replica.corpus = True, None
                replica.reuse.forget()
            synced_at = time.perf_counter()
            sync_cpu, sync_wall = time.process_time() - cpu, synced_at - received
        elif kind == "render":
            cpu = time.process_time()
            records: list[logging.LogRecord] = []
            handler = _Collect(records)
            root = logging.getLogger()
            saved = root.handlers[:]
            root.handlers = [handler]
            try:
                answer: tuple[str, object] = ("ok", replica.render(*args))
            except Exception as error:
                answer = ("error", repr(error))
            finally:
                root.handlers = saved
            timings = Timings(sync_wall, sync_cpu, max(0.0, received - synced_at), time.perf_counter() - received,
                              time.process_time() - cpu)
            try:
                conn.send((*answer, records, timings))
            except Exception:
                return
        gc.enable()
        gc.collect(0)


class RenderWorker:
    """The serve process's handle on the worker."""

    def __init__(self, pid: int, conn: Connection, briefings: dict[str, Briefing]) -> None:
        self.pid, self.conn = pid, conn
        self.sent = dict(briefings)  # slug -> the briefing object the worker holds a copy of
        self.alive = True
        self.synced = False  # this build's briefings were sent
        self.pending: list[tuple[str, str]] | None = None  # actors (corpus keys) asked for, not yet answered
        self.rendered = 0  # pages the worker rendered in the last build (tests, benchmark)
        self.failures = 0
        self.waited = 0.0  # seconds the last build waited for the worker's pages (benchmark)
        self.timings: Timings | None = None  # the worker's own account of the last build (benchmark)

    @classmethod
    def start(cls, briefings: dict[str, Briefing], reuse: CorpusReuse, cells: CellMemo | None,
              close_in_child: Callable[[], None] = lambda: None) -> RenderWorker | None:
        """Fork the worker now (the caller has checked `usable()`), from the state of the last build."""
        ours, theirs = Pipe(duplex=True)
        pid = os.fork()
        if pid == 0:
            status = 0
            try:
                ours.close()
                signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the server; the worker follows it
                _die_with_parent()
                close_in_child()
                _work(theirs, _Replica(dict(briefings), reuse, cells))
            except BaseException:
                status = 1
            finally:
                os._exit(status)
        theirs.close()
        return cls(pid, ours, briefings)

    def sync(self, briefings: Sequence[Briefing], aliases: Any, event_links: Any, language: str,
             global_part: str, today: str, dirty: bool) -> None:
        """This build's briefings and what else its corpus is made of (before the serve process makes its own)."""
        if self.pending is not None:  # a build that failed between asking and taking: its answer is dropped
            self.answer()
        self.synced, self.rendered, self.waited, self.timings = False, 0, 0.0, None
        if not self.alive:
            return
        slugs = [b.slug for b in briefings]
        sent: list[Briefing | None] = [None if self.sent.get(b.slug) is b else b for b in briefings]
        if len(set(slugs)) != len(slugs):  # (two briefings with one slug: send them all)
            sent = list(briefings)
        if not self._send(("sync", (slugs, sent, aliases, event_links, language, global_part, today, dirty))):
            return
        self.sent = {b.slug: b for b in briefings}
        self.synced = True

    def ask(self, actor_keys: list[tuple[str, str]], wanted: Callable[[str], bool], template_dir: Path, language: str,
            today: str, directory_urls: bool) -> bool:
        """Ask for these actors' pages; False if the worker cannot take them (render them here)."""
        if not (self.alive and self.synced) or self.pending is not None:
            return False
        if not self._send(("render", (actor_keys, wanted, template_dir, language, today, directory_urls))):
            return False
        self.pending = actor_keys
        return True

    def answer(self) -> list[Pages] | None:
        """The pages asked for, per actor in the order asked; None if the worker failed (it is stopped)."""
        asked, self.pending = self.pending, None
        if asked is None or not self.alive:
            return None
        started = time.perf_counter()
        try:
            if not self.conn.poll(WAIT):
                raise TimeoutError
            status, pages, records, self.timings = self.conn.recv()
        except Exception:
            self._fail()
            return None
        self.waited = time.perf_counter() - started
        for record in records:
            logger = logging.getLogger(record.name)
            if logger.isEnabledFor(record.levelno):
                logger.handle(record)
        if status != "ok" or not isinstance(pages, list) or len(pages) != len(asked):
            self._fail()
            return None
        self.rendered = sum(len(done) for done in pages)
        return pages

    def drop(self) -> None:
        """Take the answer asked for and drop it (the build renders other actors than were asked for)."""
        self.answer()
        self.rendered = 0

    def _send(self, message: object) -> bool:
        try:
            self.conn.send(message)
            return True
        except Exception:
            self._fail()
            return False

    def _fail(self) -> None:
        self.failures += 1
        self.stop()

    def stop(self) -> None:
        """End the worker and wait for it (killed if it does not end within a second)."""
        if not self.alive:
            return
        self.alive = self.synced = False
        with contextlib.suppress(OSError):
            self.conn.close()
        for _ in range(100):
            try:
                done, _ = os.waitpid(self.pid, os.WNOHANG)
            except ChildProcessError:
                return
            if done:
                return
            threading.Event().wait(0.01)
        try:
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass


def _die_with_parent() -> None:
    """Linux: the worker gets SIGKILL when the serve process ends, however it ends."""
    with contextlib.suppress(Exception):  # not Linux: the end of the pipe ends it
        import ctypes
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


__all__ = ["MIN_ACTORS", "RenderWorker", "Timings", "usable", "worker_side"]
