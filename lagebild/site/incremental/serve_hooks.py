"""What makes plain `mkdocs serve` rebuild dirty, driven by the plugin (MkDocs 1.6 internals).

- `mkdocs.commands.serve` looks `build` up as a module global on every rebuild
  (serve.py, `builder`), so the plugin substitutes a wrapper in `on_serve`, after the first (full)
  build: later builds run with `dirty=True` and the plugin marks unchanged pages.
- Every dirty build logs one warning (build.py, "A 'dirty' build is being performed"), which
  `strict: true` turns into an abort; a filter on that logger drops exactly that record.
- MkDocs' polling observer (0.5 s) plus a 0.1 s quiet period delay each rebuild; an inotify
  observer reacting only to changes starts it sooner.  `LAGEBILD_POLL=1` keeps MkDocs' polling
  (network or container mounts, where inotify sees nothing).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from typing import Any

import mkdocs.commands.serve as serve_command

DIRTY_WARNING = "A 'dirty' build is being performed"
BUILD_LOGGER = "mkdocs.commands.build"
BUILD_DELAY = 0.05  # seconds of quiet before a rebuild (MkDocs: 0.1 after a 0.5 s poll)


class DropDirtyWarning(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.levelno == logging.WARNING and str(record.msg).startswith(DIRTY_WARNING))


_FILTER = DropDirtyWarning()


def drop_dirty_warning() -> None:
    logger = logging.getLogger(BUILD_LOGGER)
    if _FILTER not in logger.filters:
        logger.addFilter(_FILTER)


def rebuild_dirty(may_build_dirty: Callable[[], bool]) -> bool:
    """From now on `mkdocs serve` rebuilds dirty whenever `may_build_dirty()` says so (the plugin
    answers False after a failed build: then the site folder is cleaned as usual).
    False if serve.py is not the one we know (no module-level `build`)."""
    original = getattr(serve_command, "build", None)
    if original is None or not callable(original):
        return False
    if getattr(original, "lagebild_dirty", False):
        original = original.lagebild_original

    def build(config: Any, *, serve_url: str | None = None, dirty: bool = False) -> None:
        original(config, serve_url=serve_url, dirty=dirty or may_build_dirty())

    build.lagebild_dirty = True  # type: ignore[attr-defined]
    build.lagebild_original = original  # type: ignore[attr-defined]
    serve_command.build = build
    drop_dirty_warning()
    return True


def restore_build() -> None:
    current = getattr(serve_command, "build", None)
    if getattr(current, "lagebild_dirty", False):
        serve_command.build = current.lagebild_original  # type: ignore[union-attr]


def use_change_observer(server: Any) -> bool:
    """Replace the server's polling observer by inotify, reacting to changes only (not opens).

    Watches are added by MkDocs with `server.watch(path)`; a watch on a file path watches only that
    file (watchdog's `ObservedWatch` keeps the path), not its whole folder."""
    if os.environ.get("LAGEBILD_POLL") == "1":
        return False
    try:
        from watchdog.events import (
            DirCreatedEvent,
            DirDeletedEvent,
            DirMovedEvent,
            FileClosedEvent,
            FileCreatedEvent,
            FileDeletedEvent,
            FileModifiedEvent,
            FileMovedEvent,
        )
        from watchdog.observers.inotify import InotifyObserver
    except ImportError:  # not Linux
        return False
    if not all(hasattr(server, name) for name in ("observer", "build_delay", "_watched_paths", "_watch_refs")):
        return False
    changes = [FileCreatedEvent, FileDeletedEvent, FileModifiedEvent, FileMovedEvent, FileClosedEvent,
               DirCreatedEvent, DirDeletedEvent, DirMovedEvent]
    try:
        observer = InotifyObserver(timeout=0.1)
        observer.schedule  # noqa: B018  # the API MkDocs calls
    except OSError:
        return False
    original_schedule = observer.schedule

    def schedule(handler: Any, path: str, recursive: bool = False, **kwargs: Any) -> Any:
        return original_schedule(handler, path, recursive=recursive, event_filter=changes)

    observer.schedule = schedule  # type: ignore[method-assign,assignment]
    watched = dict(server._watched_paths)  # watched before on_serve: docs_dir, mkdocs.yml, the theme
    server.observer = observer
    server._watched_paths, server._watch_refs = {}, {}
    for path, count in watched.items():
        for _ in range(count):
            server.watch(path)
    server.build_delay = BUILD_DELAY
    return True


__all__ = ["DIRTY_WARNING", "DropDirtyWarning", "drop_dirty_warning", "rebuild_dirty", "restore_build",
           "use_change_observer"]
